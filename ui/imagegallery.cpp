#include "imagegallery.h"

#include "config/appidentity.h"
#include "db/readrouter.h"
#include "repositories/imagerepository.h"
#include "images/imagestore.h"
#include "statuscolors.h"

#include <QContextMenuEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPointer>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace catalog {

namespace {

constexpr int kThumbSize = 128;
constexpr int kRecordRole = Qt::UserRole + 1;
constexpr int kUrlRole = Qt::UserRole;

QIcon tile(const QSize &size, bool broken)
{
    QPixmap pixmap(size);
    // A placeholder drawn in the palette's colours: a faint tile with a grey picture, or a red cross.
    const StatusColors colors = StatusColors::current();
    const QColor base = colors.palette().color(QPalette::Base);
    const QColor text = colors.palette().color(QPalette::Text);
    pixmap.fill(
        broken ? colors.color(StatusColors::Role::ErrorBackground) : StatusColors::tinted(base, text, 0.07));
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(
        QPen(broken ? colors.color(StatusColors::Role::Error) : StatusColors::tinted(base, text, 0.28), 2));
    p.drawRect(pixmap.rect().adjusted(1, 1, -2, -2));
    const QRect r
        = pixmap.rect().adjusted(size.width() / 4, size.height() / 3, -size.width() / 4, -size.height() / 4);
    if (broken) {
        p.drawLine(r.topLeft(), r.bottomRight());
        p.drawLine(r.topRight(), r.bottomLeft());
    } else {
        p.drawPolyline(QPolygon({ r.bottomLeft(), QPoint(r.left() + r.width() / 3, r.top() + r.height() / 3),
            QPoint(r.left() + r.width() / 2, r.center().y()), QPoint(r.right() - r.width() / 4, r.top()),
            r.bottomRight() }));
    }
    return QIcon(pixmap);
}

// Thumbnails keep their aspect ratio inside a square tile, so the grid stays even.
QIcon framed(const QImage &thumb, const QSize &size)
{
    QPixmap pixmap(size);
    pixmap.fill(Qt::white);
    QPainter p(&pixmap);
    const QImage scaled = thumb.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    p.drawImage(QPoint((size.width() - scaled.width()) / 2, (size.height() - scaled.height()) / 2), scaled);
    p.setPen(StatusColors::tinted(StatusColors::current().palette().color(QPalette::Base),
        StatusColors::current().palette().color(QPalette::Text), 0.18));
    p.drawRect(pixmap.rect().adjusted(0, 0, -1, -1));
    return QIcon(pixmap);
}

} // namespace

ImageGallery::ImageGallery(ConnectionManager &connections, QWidget *parent)
    : QListWidget(parent)
    , m_connections(connections)
    , m_root(resolveStorageRoot())
    , m_cache(m_root)
{
    setViewMode(QListView::IconMode);
    setIconSize(QSize(96, 96));
    setResizeMode(QListView::Adjust);
    setMovement(QListView::Static);
    setSpacing(6);
    setWordWrap(true);
    setMinimumHeight(130);
    setSelectionMode(QAbstractItemView::SingleSelection);
    connect(this, &QListWidget::itemDoubleClicked, this, &ImageGallery::openFullImage);
    connect(&m_load, &QFutureWatcher<QList<ImageRecord>>::finished, this, [this] {
        if (m_load.property("generation").toULongLong() == m_generation && m_load.future().resultCount() > 0)
            applyRecords(m_load.result());
    });
}

ImageGallery::~ImageGallery()
{
    m_load.waitForFinished();
}

void ImageGallery::clearProduct()
{
    ++m_generation;
    m_productId = -1;
    clear();
}

void ImageGallery::showProduct(qint64 productId, const QStringList &urls, bool hasMain)
{
    const bool same = productId == m_productId && count() == urls.size();
    if (!same) {
        ++m_generation;
        clear();
        const QIcon placeholder = tile(iconSize(), false);
        for (qsizetype i = 0; i < urls.size(); ++i) {
            const QString label = hasMain && i == 0 ? tr("Main") : tr("Detail %1").arg(hasMain ? i : i + 1);
            auto *item = new QListWidgetItem(placeholder, label);
            item->setData(kUrlRole, urls.at(i));
            item->setToolTip(tr("%1\nNot fetched yet").arg(urls.at(i)));
            addItem(item);
        }
    }
    m_productId = productId;
    if (productId > 0 && !urls.isEmpty() && !same)
        reload();
}

void ImageGallery::reload()
{
    if (m_productId <= 0)
        return;
    ConnectionManager *connections = &m_connections;
    const qint64 id = m_productId;
    m_load.waitForFinished();
    m_load.setProperty("generation", QVariant::fromValue(m_generation));
    m_load.setFuture(QtConcurrent::run(&connections->workers(), [connections, id] {
        const Result<QList<ImageRecord>> r = ReadRouter::read<QList<ImageRecord>>(*connections,
            [id](ConnectionManager &reads) { return ImageRepository(reads).listForProduct(id); });
        return r ? r.value() : QList<ImageRecord> {};
    }));
}

void ImageGallery::applyRecords(const QList<ImageRecord> &records)
{
    for (int i = 0; i < count(); ++i) {
        QListWidgetItem *item = this->item(i);
        const QString url = item->data(kUrlRole).toString();
        const auto it = std::find_if(
            records.cbegin(), records.cend(), [&](const ImageRecord &r) { return r.url == url; });
        if (it == records.cend())
            continue;
        const ImageRecord &r = *it;
        item->setData(kRecordRole, QVariant::fromValue(r));
        const QString role = r.imageType == QLatin1String("main")
            ? tr("Main")
            : item->text().section(QLatin1Char('\n'), 0, 0);
        if (r.isStored()) {
            item->setText(role);
            item->setToolTip(tr("%1\n%2 x %3 %4, %5")
                                 .arg(r.url)
                                 .arg(r.width.value_or(0))
                                 .arg(r.height.value_or(0))
                                 .arg(r.format.toUpper(), QLocale().formattedDataSize(r.size.value_or(0))));
            requestThumbnail(item, r);
        } else if (!r.fetchError.isEmpty()) {
            item->setIcon(tile(iconSize(), true));
            item->setText(tr("%1\nFailed").arg(role));
            item->setToolTip(tr("%1\nFetch failed: %2").arg(r.url, r.fetchError));
        }
    }
    Q_EMIT imagesLoaded();
}

void ImageGallery::requestThumbnail(QListWidgetItem *item, const ImageRecord &record)
{
    if (const QImage hit = m_cache.cached(record, kThumbSize); !hit.isNull()) {
        item->setIcon(framed(hit, iconSize()));
        return;
    }
    auto *watcher = new QFutureWatcher<QImage>(this);
    const quint64 generation = m_generation;
    const QString url = record.url;
    QPointer<ImageGallery> self(this);
    connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, watcher, generation, url] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        const QImage thumb = watcher->result();
        for (int i = 0; i < count(); ++i) {
            QListWidgetItem *it = this->item(i);
            if (it->data(kUrlRole).toString() != url)
                continue;
            if (thumb.isNull()) {
                it->setIcon(tile(iconSize(), true));
                it->setToolTip(it->toolTip()
                    + tr("\nThe stored file cannot be read; run Maintenance > Check Consistency"));
            } else {
                it->setIcon(framed(thumb, iconSize()));
            }
        }
    });
    watcher->setFuture(m_cache.request(record, kThumbSize));
}

ImageRecord ImageGallery::recordOf(const QListWidgetItem *item)
{
    return item ? item->data(kRecordRole).value<ImageRecord>() : ImageRecord();
}

void ImageGallery::openFullImage(QListWidgetItem *item)
{
    const ImageRecord record = recordOf(item);
    if (!record.isStored()) {
        QMessageBox::information(this, tr("Image"),
            record.fetchError.isEmpty() ? tr("This image has not been fetched yet.")
                                        : tr("This image could not be fetched: %1").arg(record.fetchError));
        return;
    }
    const QString path = ImageStore(m_connections, m_root).absolutePath(record.localPath);
    auto *watcher = new QFutureWatcher<QImage>(this);
    connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, watcher, record, path] {
        watcher->deleteLater();
        const QImage image = watcher->result();
        if (image.isNull()) {
            QMessageBox::warning(this, tr("Image"), tr("Cannot read %1.").arg(path));
            return;
        }
        auto *dialog = new QDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(
            tr("%1 x %2 – %3").arg(image.width()).arg(image.height()).arg(QFileInfo(record.url).fileName()));
        auto *layout = new QVBoxLayout(dialog);
        auto *scroll = new QScrollArea(dialog);
        auto *label = new QLabel(scroll);
        label->setPixmap(QPixmap::fromImage(image));
        scroll->setWidget(label);
        scroll->setAlignment(Qt::AlignCenter);
        layout->addWidget(scroll);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
        connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
        layout->addWidget(buttons);
        dialog->resize(qMin(image.width() + 60, 1000), qMin(image.height() + 90, 800));
        dialog->setObjectName(QStringLiteral("fullImage"));
        dialog->show();
    });
    watcher->setFuture(QtConcurrent::run([path] { return QImage(path); }));
}

void ImageGallery::contextMenuEvent(QContextMenuEvent *event)
{
    QListWidgetItem *item = itemAt(event->pos());
    if (!item || m_productId <= 0)
        return;
    const ImageRecord record = recordOf(item);
    QMenu menu(this);
    menu.addAction(tr("Open"), this, [this, item] { openFullImage(item); })->setEnabled(record.isStored());
    menu.addAction(
        tr("Fetch This Product's Images Again"), this, [this] { Q_EMIT refetchRequested(m_productId); });
    menu.addAction(tr("Delete Image…"), this, [this, record] { deleteImage(record); })
        ->setEnabled(record.id > 0);
    menu.exec(event->globalPos());
}

void ImageGallery::deleteImage(const ImageRecord &record)
{
    if (QMessageBox::question(this, tr("Delete image"),
            tr("Delete this image (its row and its file)?\n%1\n\nIt is fetched again the next time this "
               "product's images are fetched, as long as the product names it.")
                .arg(record.url))
        != QMessageBox::Yes)
        return;
    ConnectionManager *connections = &m_connections;
    const QString root = m_root;
    auto *watcher = new QFutureWatcher<StorageError>(this);
    connect(watcher, &QFutureWatcher<StorageError>::finished, this, [this, watcher, record] {
        watcher->deleteLater();
        const StorageError e = watcher->result();
        if (!e.ok())
            QMessageBox::warning(
                this, tr("Delete image"), tr("The image was not deleted: %1").arg(e.toString()));
        m_cache.forget(record.sha256);
        const qint64 id = m_productId;
        QStringList urls;
        bool hasMain = false;
        for (int i = 0; i < count(); ++i) {
            if (item(i)->data(kUrlRole).toString() != record.url || !e.ok())
                urls << item(i)->data(kUrlRole).toString();
            hasMain = hasMain || (i == 0 && item(i)->text().startsWith(tr("Main")));
        }
        m_productId = -1;
        showProduct(id, urls, hasMain && !(record.imageType == QLatin1String("main") && e.ok()));
    });
    watcher->setFuture(QtConcurrent::run(&connections->workers(),
        [connections, root, record] { return ImageStore(*connections, root).deleteImage(record.id); }));
}

} // namespace catalog
