#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

#include <vector>

namespace catalog {

// The latency of the application's own storage calls, per kind, in memory: how long the
// statements the repositories run take from this process's point of view (network and server
// together), so the dashboard can show the slowest kinds with their p50 and p95.
//
// sql::exec() feeds it with one sample per statement: the time spent executing it and reading its
// rows (sql::Query::next()), not the caller's work between rows, recorded when the Query is done
// with the statement. The kind is the statement's verb and main table ("SELECT products",
// "INSERT suppliers"); other callers may record kinds of their own. Each kind keeps its most
// recent kWindow samples, so the figures follow what the app does now.
// Thread-safe; instance() is shared by the whole process.
class LatencyRecorder
{
public:
    static constexpr int kWindow = 512;

    struct Figures
    {
        QString kind;
        qint64 count = 0; // samples ever recorded
        double p50Ms = 0;
        double p95Ms = 0;
        double maxMs = 0; // of the window
    };

    static LatencyRecorder &instance();

    void record(const QString &kind, qint64 nanoseconds);
    // Every kind, the slowest p95 first.
    QList<Figures> figures() const;
    void clear();

    // "SELECT products", "UPDATE suppliers", "VACUUM": the verb and the first table named after
    // FROM, INTO or UPDATE.
    static QString kindOf(const QString &statement);

    // Records the time from construction to destruction under kindOf(statement).
    class StatementTimer
    {
    public:
        explicit StatementTimer(const QString &statement)
            : m_statement(statement)
        {
            m_timer.start();
        }
        ~StatementTimer() { instance().record(kindOf(m_statement), m_timer.nsecsElapsed()); }
        StatementTimer(const StatementTimer &) = delete;
        StatementTimer &operator=(const StatementTimer &) = delete;

    private:
        const QString &m_statement;
        QElapsedTimer m_timer;
    };

private:
    struct Samples
    {
        std::vector<qint64> ring; // nanoseconds
        qsizetype next = 0;
        qint64 count = 0;
    };
    mutable QMutex m_mutex;
    QHash<QString, Samples> m_kinds;
};

} // namespace catalog
