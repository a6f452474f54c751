#pragma once

#include "core/queryspec.h"
#include "db/readrouter.h"
#include "pagedtablemodel.h"
#include "recordsavejob.h"
#include "recordtypes.h"

namespace catalog {

class ConnectionManager;

// The part of a table model over a versioned repository (products, suppliers) that does not depend
// on the columns: the filter, the count/page/save/history jobs over Traits::Repository, and what
// every versioned record has (id, version, deleted). Subclasses add the columns and their editing.
//
// Traits names Record, Repository (with count, list, saveChanges, findById, history and
// restoreVersion, as ProductRepository has) and Filter, and offers
// `static Result<QVariant> pageExtra(ConnectionManager &, const QList<Record> &)`: what a page needs
// besides its rows (handed to absorbExtra() on the GUI thread). Jobs capture copies of the filter
// and a pointer to the ConnectionManager, which must outlive the model; they run on worker threads.
template <typename Traits> class RecordTableModel : public PagedTableModel
{
public:
    using Record = typename Traits::Record;
    using Repository = typename Traits::Repository;
    using Filter = typename Traits::Filter;

    const Filter &filter() const { return m_filter; }
    void setFilter(const Filter &filter)
    {
        m_filter = filter;
        reload();
    }

    bool hasHistory() const override { return true; }
    HistoryJob makeHistoryJob(qint64 id) const override
    {
        ConnectionManager *connections = &m_connections;
        // Browsing, so from the read server when there is one; a version saved a moment ago is
        // read from the primary until the standby has replayed it (ReadRouter).
        return [connections, id] {
            return ReadRouter::read<QList<HistoryEntry>>(
                *connections, [id](ConnectionManager &reads) { return Repository(reads).history(id); });
        };
    }
    // Writes the version before `historyId` back over whatever version is stored now.
    RestoreJob makeRestoreJob(qint64 id) const override
    {
        ConnectionManager *connections = &m_connections;
        return [connections, id](qint64 historyId) -> StorageError {
            Repository repository(*connections);
            const Result<Record> current = repository.findById(id);
            if (!current)
                return current.error();
            const Result<Record> restored = repository.restoreVersion(id, historyId, current->version);
            return restored ? StorageError {} : restored.error();
        };
    }

protected:
    explicit RecordTableModel(ConnectionManager &connections, QObject *parent = nullptr)
        : PagedTableModel(parent)
        , m_connections(connections)
    {
    }

    ConnectionManager &connections() const { return m_connections; }

    CountJob makeCountJob() const override
    {
        ConnectionManager *connections = &m_connections;
        const Filter filter = m_filter;
        return [connections, filter] {
            // Browsing reads from the read server when there is one (ReadRouter decides).
            return ReadRouter::read<qint64>(
                *connections, [&](ConnectionManager &reads) { return Repository(reads).count(filter); });
        };
    }

    QuickCountJob makeQuickCountJob() const override
    {
        ConnectionManager *connections = &m_connections;
        const Filter filter = m_filter;
        return [connections, filter] {
            return ReadRouter::read<RowCount>(*connections,
                [&](ConnectionManager &reads) { return Repository(reads).quickCount(filter, kCountBudgetMs); });
        };
    }

    PositionJob makePositionJob(const PageQuery &order, qint64 stride) const override
    {
        ConnectionManager *connections = &m_connections;
        const Filter filter = m_filter;
        const PageRequest request = pageRequest(order);
        return [connections, filter, request, stride]() -> Result<PositionSample> {
            return ReadRouter::read<PositionSample>(*connections, [&](ConnectionManager &reads) {
                Repository repository(reads);
                return stride > 0 ? repository.positionSample(filter, request, stride)
                                  : repository.estimatedPositions(filter, request);
            });
        };
    }

    PageJob makePageJob(const PageQuery &query) const override
    {
        ConnectionManager *connections = &m_connections;
        const Filter filter = m_filter;
        return [connections, filter, query]() -> Result<FetchedPage> {
            return ReadRouter::read<FetchedPage>(*connections, [&](ConnectionManager &reads) -> Result<FetchedPage> {
                Result<Page<Record>> page = Repository(reads).list(filter, pageRequest(query));
                if (!page)
                    return page.error();
                FetchedPage fetched;
                fetched.first = page->first;
                fetched.last = page->next;
                for (const Record &r : std::as_const(page->rows))
                    fetched.records << QVariant::fromValue(r);
                Result<QVariant> extra = Traits::pageExtra(reads, page->rows);
                if (!extra)
                    return extra.error();
                fetched.extra = extra.takeValue();
                return fetched;
            });
        };
    }

    SaveJob makeSaveJob(const QList<Change> &changes) const override
    {
        return recordSaveJob<Record, Repository>(m_connections, changes);
    }

    qint64 recordId(const QVariant &record) const override { return recordOf<Record>(record).id; }
    int recordVersion(const QVariant &record) const override { return recordOf<Record>(record).version; }
    bool recordDeleted(const QVariant &record) const override { return recordOf<Record>(record).isDeleted(); }
    QVariant withVersion(const QVariant &record, int version) const override
    {
        Record r = recordOf<Record>(record);
        r.version = version;
        return QVariant::fromValue(r);
    }

    // A pending copy of a record: not stored yet, its source_id made unique by a suffix.
    static Record unsavedCopy(const QVariant &record)
    {
        static const QString suffix = QStringLiteral("-copy");
        Record r = recordOf<Record>(record);
        r.id = 0;
        r.version = 0;
        r.sourceId = r.sourceId.left(50 - suffix.size()) + suffix;
        r.createdAt = {};
        r.updatedAt = {};
        r.deletedAt = {};
        r.updatedBy.clear();
        return r;
    }

private:
    ConnectionManager &m_connections;
    Filter m_filter;
};

} // namespace catalog
