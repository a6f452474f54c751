#pragma once

#include "db/readrouter.h"
#include "pagedtablemodel.h"

namespace catalog {

class ConnectionManager;

// The part of a read-only table over a repository with count() and list(offset, limit, order)
// (the images, the job journal) that does not depend on the columns: its count and page jobs,
// which are browsing and so read through ReadRouter (the read server when there is one, with its
// read-your-writes rule). Subclasses add the columns. Jobs capture a pointer to the
// ConnectionManager, which must outlive the model; they run on the model's worker threads and
// return errors as their Result.
template<typename Repository, typename Record> class ListTableModel : public PagedTableModel
{
protected:
    explicit ListTableModel(ConnectionManager &connections, QObject *parent = nullptr)
        : PagedTableModel(parent)
        , m_connections(connections)
    {
    }

    CountJob makeCountJob() const override
    {
        ConnectionManager *connections = &m_connections;
        return [connections] {
            return ReadRouter::read<qint64>(
                *connections, [](ConnectionManager &reads) { return Repository(reads).count(); });
        };
    }

    PageJob makePageJob(const PageQuery &query) const override
    {
        ConnectionManager *connections = &m_connections;
        return [connections, query]() -> Result<FetchedPage> {
            return ReadRouter::read<FetchedPage>(*connections, [&](ConnectionManager &reads) -> Result<FetchedPage> {
                Result<QList<Record>> rows = Repository(reads).list(query.offset, query.limit, query.order);
                if (!rows)
                    return rows.error();
                FetchedPage page;
                for (const Record &r : rows.value())
                    page.records << QVariant::fromValue(r);
                return page;
            });
        };
    }

private:
    ConnectionManager &m_connections;
};

} // namespace catalog
