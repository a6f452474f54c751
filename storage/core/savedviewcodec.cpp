#include "core/savedviewcodec.h"

#include <QJsonArray>

#include <algorithm>
#include <functional>

namespace catalog {

namespace viewcodec {

using namespace Qt::StringLiterals;

// How one filter field is written and read. write() returns Undefined for the default value (not
// written); read() returns false when the stored value does not fit the field.
template <typename F> struct FilterField
{
    QString key;
    std::function<QJsonValue(const F &)> write;
    std::function<bool(F &, const QJsonValue &)> read;
};

template <typename F> FilterField<F> textField(const QString &key, QString F::*member)
{
    return { key,
        [member](const F &f) {
            return (f.*member).isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(f.*member);
        },
        [member](F &f, const QJsonValue &v) {
            f.*member = v.toString();
            return v.isString();
        } };
}

template <typename F> FilterField<F> listField(const QString &key, QStringList F::*member)
{
    return { key,
        [member](const F &f) {
            return (f.*member).isEmpty() ? QJsonValue(QJsonValue::Undefined)
                                         : QJsonValue(QJsonArray::fromStringList(f.*member));
        },
        [member](F &f, const QJsonValue &v) {
            QStringList items;
            for (const QJsonValue item : v.toArray()) {
                if (!item.isString())
                    return false;
                items << item.toString();
            }
            f.*member = items;
            return v.isArray();
        } };
}

template <typename F> FilterField<F> idField(const QString &key, std::optional<qint64> F::*member)
{
    return { key,
        [member](const F &f) {
            return (f.*member) ? QJsonValue(QString::number(*(f.*member)))
                               : QJsonValue(QJsonValue::Undefined);
        },
        [member](F &f, const QJsonValue &v) {
            bool ok = false;
            const qint64 id = v.toString().toLongLong(&ok);
            if (ok && id > 0)
                f.*member = id;
            return ok && id > 0;
        } };
}

template <typename F> FilterField<F> decimalField(const QString &key, std::optional<Decimal2> F::*member)
{
    return { key,
        [member](const F &f) {
            return (f.*member) ? QJsonValue((f.*member)->toString()) : QJsonValue(QJsonValue::Undefined);
        },
        [member](F &f, const QJsonValue &v) {
            f.*member = Decimal2::parse(v.toString());
            return (f.*member).has_value();
        } };
}

template <typename F> FilterField<F> timeField(const QString &key, QDateTime F::*member)
{
    return { key,
        [member](const F &f) {
            return (f.*member).isValid() ? QJsonValue((f.*member).toString(Qt::ISODateWithMs))
                                         : QJsonValue(QJsonValue::Undefined);
        },
        [member](F &f, const QJsonValue &v) {
            f.*member = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
            return (f.*member).isValid();
        } };
}

// A data-quality kind by its text (core/qualitykind.h).
FilterField<ProductFilter> qualityField(const QString &key)
{
    return { key,
        [](const ProductFilter &f) {
            return f.quality ? QJsonValue(qualityKindText(*f.quality)) : QJsonValue(QJsonValue::Undefined);
        },
        [](ProductFilter &f, const QJsonValue &v) {
            f.quality = qualityKindFromText(v.toString());
            return f.quality.has_value();
        } };
}

template <typename F> FilterField<F> optionalTextField(const QString &key, std::optional<QString> F::*member)
{
    return { key,
        [member](const F &f) { return (f.*member) ? QJsonValue(*(f.*member)) : QJsonValue(QJsonValue::Undefined); },
        [member](F &f, const QJsonValue &v) {
            if (v.isString())
                f.*member = v.toString();
            return v.isString();
        } };
}

const QStringList &deletedTexts()
{
    static const QStringList texts { u"active"_s, u"deleted"_s, u"all"_s }; // DeletedFilter's order
    return texts;
}

template <typename F> FilterField<F> deletedField(const QString &key, DeletedFilter F::*member)
{
    return { key,
        [member](const F &f) {
            return f.*member == DeletedFilter::ActiveOnly ? QJsonValue(QJsonValue::Undefined)
                                                          : QJsonValue(deletedTexts().at(int(f.*member)));
        },
        [member](F &f, const QJsonValue &v) {
            const qsizetype index = deletedTexts().indexOf(v.toString());
            if (index >= 0)
                f.*member = DeletedFilter(index);
            return index >= 0;
        } };
}

const QList<FilterField<ProductFilter>> &productFields()
{
    static const QList<FilterField<ProductFilter>> fields {
        textField(u"text"_s, &ProductFilter::text),
        listField(u"sync_statuses"_s, &ProductFilter::syncStatuses),
        idField(u"supplier_id"_s, &ProductFilter::supplierId),
        textField(u"currency"_s, &ProductFilter::currency),
        decimalField(u"price_from"_s, &ProductFilter::priceFrom),
        decimalField(u"price_to"_s, &ProductFilter::priceTo),
        timeField(u"updated_since"_s, &ProductFilter::updatedSince),
        deletedField(u"deleted"_s, &ProductFilter::deleted),
        qualityField(u"quality"_s),
        textField(u"spec_key"_s, &ProductFilter::specKey),
        optionalTextField(u"spec_value"_s, &ProductFilter::specValue),
    };
    return fields;
}

const QList<FilterField<SupplierFilter>> &supplierFields()
{
    static const QList<FilterField<SupplierFilter>> fields {
        textField(u"text"_s, &SupplierFilter::text),
        textField(u"location"_s, &SupplierFilter::location),
        deletedField(u"deleted"_s, &SupplierFilter::deleted),
    };
    return fields;
}

template <typename F> QJsonObject encodeFilter(const F &filter, const QList<FilterField<F>> &fields)
{
    QJsonObject object;
    for (const FilterField<F> &field : fields) {
        const QJsonValue value = field.write(filter);
        if (!value.isUndefined())
            object.insert(field.key, value);
    }
    return object;
}

template <typename F>
F decodeFilter(const QJsonObject &object, const QList<FilterField<F>> &fields, QStringList &dropped)
{
    F filter;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const auto field = std::find_if(
            fields.cbegin(), fields.cend(), [&](const FilterField<F> &f) { return f.key == it.key(); });
        if (field == fields.cend()) {
            dropped << u"the filter \"%1\" (not known to this version)"_s.arg(it.key());
            continue;
        }
        F candidate = filter;
        if (field->read(candidate, it.value()))
            filter = candidate;
        else
            dropped << u"the filter \"%1\" (its value does not fit)"_s.arg(it.key());
    }
    return filter;
}

QJsonObject encodeLayout(const ViewLayout &layout)
{
    QJsonObject object;
    if (!layout.sortColumn.isEmpty())
        object.insert(u"sort"_s,
            QJsonObject { { u"column"_s, layout.sortColumn },
                { u"order"_s, layout.sortOrder == Qt::DescendingOrder ? u"descending"_s : u"ascending"_s } });
    QJsonArray columns;
    for (const ViewColumn &c : layout.columns)
        columns.append(QJsonObject { { u"key"_s, c.key }, { u"position"_s, c.position },
            { u"width"_s, c.width }, { u"hidden"_s, c.hidden } });
    if (!columns.isEmpty())
        object.insert(u"columns"_s, columns);
    return object;
}

ViewLayout decodeLayout(const QJsonObject &object, const QStringList &knownColumns, QStringList &dropped)
{
    ViewLayout layout;
    const QJsonObject sort = object.value(u"sort"_s).toObject();
    const QString sortColumn = sort.value(u"column"_s).toString();
    if (knownColumns.contains(sortColumn)) {
        layout.sortColumn = sortColumn;
        layout.sortOrder
            = sort.value(u"order"_s).toString() == u"descending"_s ? Qt::DescendingOrder : Qt::AscendingOrder;
    } else if (!sortColumn.isEmpty()) {
        dropped << u"the sort by \"%1\" (no such column)"_s.arg(sortColumn);
    }
    for (const QJsonValue v : object.value(u"columns"_s).toArray()) {
        const QJsonObject c = v.toObject();
        const QString key = c.value(u"key"_s).toString();
        if (!knownColumns.contains(key)) {
            dropped << u"the column \"%1\" (no such column)"_s.arg(key);
            continue;
        }
        layout.columns << ViewColumn { key, c.value(u"position"_s).toInt(-1), c.value(u"width"_s).toInt(-1),
            c.value(u"hidden"_s).toBool() };
    }
    return layout;
}

template <typename F>
QJsonObject encodeView(const F &filter, const QList<FilterField<F>> &fields, const ViewLayout &layout)
{
    QJsonObject object = encodeLayout(layout);
    object.insert(u"filter"_s, encodeFilter(filter, fields));
    return object;
}

template <typename F>
DecodedView<F> decodeView(
    const QJsonObject &definition, const QList<FilterField<F>> &fields, const QStringList &known)
{
    DecodedView<F> view;
    view.filter = decodeFilter(definition.value(u"filter"_s).toObject(), fields, view.dropped);
    view.layout = decodeLayout(definition, known, view.dropped);
    return view;
}

} // namespace viewcodec

QJsonObject SavedViewCodec::encode(const ProductFilter &filter, const ViewLayout &layout)
{
    return viewcodec::encodeView(filter, viewcodec::productFields(), layout);
}

QJsonObject SavedViewCodec::encode(const SupplierFilter &filter, const ViewLayout &layout)
{
    return viewcodec::encodeView(filter, viewcodec::supplierFields(), layout);
}

DecodedView<ProductFilter> SavedViewCodec::decodeProducts(
    const QJsonObject &definition, const QStringList &knownColumns)
{
    return viewcodec::decodeView(definition, viewcodec::productFields(), knownColumns);
}

DecodedView<SupplierFilter> SavedViewCodec::decodeSuppliers(
    const QJsonObject &definition, const QStringList &knownColumns)
{
    return viewcodec::decodeView(definition, viewcodec::supplierFields(), knownColumns);
}

} // namespace catalog
