#pragma once

#include "core/queryspec.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace catalog {

// The products filter bar's second row: a data-quality problem ("has problem KIND"), the
// currency and a specification typed as NAME or NAME=VALUE. applyTo() writes them, and the stale
// days of the setting quality/stale_sync_days, into a ProductFilter. The two combos emit
// changed(); the text fields emit edited() on every keystroke, for the page to delay.
// A child of the filter bar; GUI thread only; no database access.
class ProductExtraFilters : public QWidget
{
    Q_OBJECT
public:
    explicit ProductExtraFilters(QWidget *parent = nullptr);

    void applyTo(ProductFilter &filter) const;
    // Whether the fields this row sets are the same in both filters.
    static bool sameExtras(const ProductFilter &a, const ProductFilter &b);
    // Chooses the problem in the combo (empty: any), e.g. from a click on the dashboard tile.
    void setQuality(std::optional<QualityKind> kind);
    // Shows the fields of `filter` this row sets (a saved view does this), without signals.
    void show(const ProductFilter &filter);

Q_SIGNALS:
    void changed();
    void edited();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QComboBox *m_problem = nullptr;
    QLabel *m_currencyLabel = nullptr;
    QComboBox *m_currency = nullptr;
    QLineEdit *m_specification = nullptr;
};

} // namespace catalog
