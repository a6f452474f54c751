// The row hashes kept with backup sets (issue 21): the file reads back what was written and a file
// cut short is refused; an incremental's checksum brought up to date from the changes alone equals
// the sum over the table rebuilt row by row; a delta that misses a row is refused; a chain's state
// is the full set's hashes with each incremental applied, proven against the last manifest.

#include "maintenance/backup/rowhashes_p.h"

#include "testmain.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace catalog;

namespace {

using Rows = QList<RowHashes::Row>;
using State = std::map<qint64, quint64>;

Rows rowsOf(const State &state)
{
    Rows rows;
    for (const auto &[key, hash] : state)
        rows.append({ key, hash });
    return rows;
}

quint64 naiveSum(const State &state)
{
    quint64 sum = 0;
    for (const auto &entry : state)
        sum += entry.second;
    return sum;
}

QList<QPair<qint64, qint64>> naiveRanges(const State &state)
{
    QList<QPair<qint64, qint64>> ranges;
    for (const auto &entry : state) {
        if (!ranges.isEmpty() && ranges.last().second + 1 == entry.first)
            ranges.last().second = entry.first;
        else
            ranges.append({ entry.first, entry.first });
    }
    return ranges;
}

// A table of `count` rows with gaps in its keys, some of them negative.
State randomTable(QRandomGenerator &random, int count)
{
    State state;
    qint64 key = -50;
    for (int i = 0; i < count; ++i) {
        key += 1 + (random.bounded(10) == 0 ? random.bounded(1000) : 0);
        state[key] = random.generate64();
    }
    return state;
}

BackupManifest manifestIn(const QString &dir, const QString &name, const QString &table, const State &state)
{
    BackupManifest m;
    m.path = QDir(dir).filePath(name + QLatin1String(BackupManifest::kSuffix));
    m.files.append({ name + QLatin1String(RowHashes::kSuffix), QLatin1String(RowHashes::kRole), 0, {} });
    m.tables.insert(table, { qint64(state.size()), RowHashes::checksumText(naiveSum(state)) });
    return m;
}

} // namespace

class RowHashesTest : public QObject
{
    Q_OBJECT

private slots:
    void shouldReadBackWhatWasWritten()
    {
        QTemporaryDir dir;
        RowHashes written;
        RowHashes::Table &products = written.tables[QStringLiteral("products")];
        products.complete = true;
        products.rows = { { std::numeric_limits<qint64>::min(), 1 }, { -7, 0 }, { 0, ~quint64(0) }, { 1, 42 },
            { 1LL << 40, 7 }, { std::numeric_limits<qint64>::max(), 9 } };
        RowHashes::Table &history = written.tables[QStringLiteral("product_history")];
        history.rows = { { 5, 5 } };
        history.deleted = { -3, 2, 1000000 };
        written.tables[QStringLiteral("empty")];
        const QString path = dir.filePath(QStringLiteral("set.rowhashes"));
        QVERIFY(written.write(path).ok());

        const Result<RowHashes> read = RowHashes::read(path);
        QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
        QCOMPARE(read->tables.keys(), written.tables.keys());
        for (auto it = written.tables.cbegin(); it != written.tables.cend(); ++it) {
            const RowHashes::Table &back = read->tables.value(it.key());
            QCOMPARE(back.complete, it->complete);
            QCOMPARE(back.deleted, it->deleted);
            QCOMPARE(back.rows.size(), it->rows.size());
            for (qsizetype i = 0; i < it->rows.size(); ++i) {
                QCOMPARE(back.rows.at(i).key, it->rows.at(i).key);
                QCOMPARE(back.rows.at(i).hash, it->rows.at(i).hash);
            }
        }
    }

    void shouldRefuseAFileCutShortOrNotOurs()
    {
        QTemporaryDir dir;
        RowHashes written;
        written.tables[QStringLiteral("products")].rows = { { 1, 1 }, { 2, 2 } };
        const QString path = dir.filePath(QStringLiteral("set.rowhashes"));
        QVERIFY(written.write(path).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(file.size() - 3));
        file.close();
        Result<RowHashes> read = RowHashes::read(path);
        QVERIFY(!read);
        QCOMPARE(read.error().kind, ErrorKind::Validation);
        QVERIFY2(
            read.error().message.contains(QStringLiteral("cut short")), qPrintable(read.error().message));

        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("catalog-admin-delta 1\n");
        file.close();
        read = RowHashes::read(path);
        QVERIFY(!read);
        QCOMPARE(read.error().kind, ErrorKind::Validation);
    }

    void shouldBringAChecksumUpToDateFromTheChangesAlone_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("changes");
        QTest::addColumn<int>("deletions");
        QTest::newRow("nothing changed") << 2000 << 0 << 0;
        QTest::newRow("one percent") << 5000 << 50 << 5;
        QTest::newRow("only deletions") << 3000 << 0 << 300;
        QTest::newRow("from an empty table") << 0 << 40 << 0;
        QTest::newRow("everything deleted") << 500 << 0 << 500;
    }
    void shouldBringAChecksumUpToDateFromTheChangesAlone()
    {
        QFETCH(int, rows);
        QFETCH(int, changes);
        QFETCH(int, deletions);
        QRandomGenerator random(20261207 + rows + changes);
        const State parent = randomTable(random, rows);
        State now = parent;
        QList<qint64> deleted;
        const Rows parentRows = rowsOf(parent);
        while (deleted.size() < deletions) {
            const qint64 key = parentRows.at(random.bounded(int(parentRows.size()))).key;
            if (now.erase(key))
                deleted.append(key);
        }
        std::sort(deleted.begin(), deleted.end());
        Rows changed;
        for (int i = 0; i < changes; ++i) {
            // Half updates of standing rows (some to the same hash: rewritten, unchanged), half new keys.
            qint64 key = 0;
            if (i % 2 == 0 && !now.empty()) {
                auto it = now.begin();
                std::advance(it, random.bounded(int(now.size())));
                key = it->first;
            } else {
                key = 10000000 + random.bounded(1000000);
            }
            if (std::any_of(
                    changed.cbegin(), changed.cend(), [&](const RowHashes::Row &r) { return r.key == key; }))
                continue;
            const quint64 hash = i % 6 == 0 && now.count(key) ? now[key] : random.generate64();
            now[key] = hash;
            changed.append({ key, hash });
        }

        RowHashes::Table table;
        table.complete = true;
        table.rows = parentRows;
        const Result<RowHashes::Incremental> next
            = RowHashes::next(QStringLiteral("products"), table, changed, qint64(now.size()), deleted);
        QVERIFY2(next, qPrintable(next ? QString() : next.error().message));
        QCOMPARE(next->digest.rows, qint64(now.size()));
        QCOMPARE(next->digest.checksum, RowHashes::checksumText(naiveSum(now)));
        QCOMPARE(next->ranges, naiveRanges(now));
        QCOMPARE(next->changes.deleted, deleted);
        QCOMPARE(next->changes.rows.size(), changed.size());
        QVERIFY(std::is_sorted(next->changes.rows.cbegin(), next->changes.rows.cend()));
    }

    void shouldRefuseADeltaThatMissedARow()
    {
        RowHashes::Table parent;
        parent.complete = true;
        parent.rows = { { 1, 10 }, { 2, 20 }, { 3, 30 } };
        // The table holds four rows, but the delta carries only one new one of the two written.
        const Result<RowHashes::Incremental> next
            = RowHashes::next(QStringLiteral("products"), parent, { { 4, 40 } }, 5, {});
        QVERIFY(!next);
        QCOMPARE(next.error().kind, ErrorKind::Internal);
        QVERIFY2(next.error().message.contains(QStringLiteral("products")), qPrintable(next.error().message));
        // A deleted key the parent never had does not fit either.
        QVERIFY(!RowHashes::next(QStringLiteral("products"), parent, {}, 2, { 9 }));
    }

    void shouldRebuildAChainsStateAndProveItAgainstTheLastManifest()
    {
        QTemporaryDir dir;
        const QString table = QStringLiteral("products");
        QRandomGenerator random(7);
        State full = randomTable(random, 1000);
        RowHashes fullFile;
        fullFile.tables[table] = { true, rowsOf(full), {} };
        QVERIFY(fullFile.write(dir.filePath(QStringLiteral("a.rowhashes"))).ok());
        const BackupManifest a = manifestIn(dir.path(), QStringLiteral("a"), table, full);

        // Two incrementals: the first changes and deletes, the second adds and deletes what the
        // first changed.
        State first = full;
        RowHashes firstFile;
        RowHashes::Table &c1 = firstFile.tables[table];
        for (const qint64 key : { full.begin()->first, std::next(full.begin(), 10)->first }) {
            first[key] = random.generate64();
            c1.rows.append({ key, first[key] });
        }
        const qint64 gone = std::next(full.begin(), 20)->first;
        first.erase(gone);
        c1.deleted = { gone };
        QVERIFY(firstFile.write(dir.filePath(QStringLiteral("b.rowhashes"))).ok());
        const BackupManifest b = manifestIn(dir.path(), QStringLiteral("b"), table, first);

        State second = first;
        RowHashes secondFile;
        RowHashes::Table &c2 = secondFile.tables[table];
        second[99999999] = 5;
        c2.rows.append({ 99999999, 5 });
        second.erase(first.begin()->first);
        c2.deleted = { first.begin()->first };
        QVERIFY(secondFile.write(dir.filePath(QStringLiteral("c.rowhashes"))).ok());
        const BackupManifest c = manifestIn(dir.path(), QStringLiteral("c"), table, second);

        const Result<RowHashes> state = RowHashes::stateOf({ a, b, c });
        QVERIFY2(state, qPrintable(state ? QString() : state.error().message));
        const Rows rows = state->tables.value(table).rows;
        QCOMPARE(rows.size(), qsizetype(second.size()));
        QCOMPARE(RowHashes::sumOf(rows), naiveSum(second));
        QVERIFY(std::equal(rows.cbegin(), rows.cend(), rowsOf(second).cbegin(),
            [](const RowHashes::Row &x, const RowHashes::Row &y) {
                return x.key == y.key && x.hash == y.hash;
            }));

        // A manifest whose sums the files do not make is refused, and so is a chain with a set
        // without row hashes in it.
        BackupManifest wrong = c;
        wrong.tables[table].checksum = RowHashes::checksumText(naiveSum(second) + 1);
        const Result<RowHashes> refused = RowHashes::stateOf({ a, b, wrong });
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Validation);
        BackupManifest bare = b;
        bare.files.clear();
        QVERIFY(!RowHashes::stateOf({ a, bare, c }));
        // An incremental with whole tables (built on older sets) starts the state by itself.
        RowHashes wholeFile;
        wholeFile.tables[table] = { true, rowsOf(first), {} };
        QVERIFY(wholeFile.write(dir.filePath(QStringLiteral("b.rowhashes"))).ok());
        BackupManifest oldFull = a;
        oldFull.files.clear();
        const Result<RowHashes> fromMiddle = RowHashes::stateOf({ oldFull, b, c });
        QVERIFY2(fromMiddle, qPrintable(fromMiddle ? QString() : fromMiddle.error().message));
        QCOMPARE(RowHashes::sumOf(fromMiddle->tables.value(table).rows), naiveSum(second));
    }
};

CATALOG_TEST_GUILESS_MAIN(RowHashesTest)
#include "tst_rowhashes.moc"
