// Query-planner statistics: an import of a large workspace leaves sqlite_stat1 rows for the
// traces table, so a trace-name filter sorted by time walks the time index instead of sorting
// every matching trace; statistics are gathered again only when the table grew by half; small
// workspaces are left alone.

#include <cstdio>

#include <QTemporaryDir>
#include <QTest>

#include "generate/generator.h"
#include "import/importservice.h"
#include "store/database.h"
#include "store/plannerstats.h"
#include "store/tracewriter.h"
#include "testsupport.h"

using namespace spanscope;

namespace {

void writeTraces(store::Database &db, int first, int n)
{
    store::Transaction tx(db);
    store::TraceWriter w(db);
    const char *names[] = { "support-agent", "rag-qa", "sql-copilot" };
    for (int i = first; i < first + n; ++i) {
        TraceRecord t;
        char id[24];
        std::snprintf(id, sizeof id, "t%d", i);
        t.id = id;
        t.name = names[i % 3];
        t.timestampNs = 1767225600000000000LL + int64_t(i) * 1'000'000'000LL;
        t.environment = i % 2 ? "production" : "staging";
        w.writeTrace(t, 0);
    }
    QVERIFY(tx.commit().ok);
}

int64_t analyzedRows(store::Database &db)
{
    if (test::count(db, QStringLiteral("sqlite_master"), QStringLiteral("name = 'sqlite_stat1'")) == 0)
        return 0;
    return test::scalar(db, QStringLiteral("SELECT max(CAST(stat AS INTEGER)) FROM sqlite_stat1 WHERE tbl = 'traces'")).toLongLong();
}

QString plan(store::Database &db, const char *sql)
{
    store::Statement st(db, std::string("EXPLAIN QUERY PLAN ") + sql);
    QStringList lines;
    while (st.step())
        lines << st.qtext(3);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestPlannerStats : public QObject {
    Q_OBJECT
private slots:
    void smallWorkspaceIsLeftAlone();
    void gatheredOnceAndAgainAfterGrowth();
    void importLeavesStatistics();
};

void TestPlannerStats::smallWorkspaceIsLeftAlone()
{
    QTemporaryDir dir;
    store::Database db;
    QVERIFY(db.open(dir.filePath(QStringLiteral("w.db"))).ok);
    writeTraces(db, 0, 1000);
    bool ran = true;
    QVERIFY(store::refreshPlannerStats(db, &ran).ok);
    QVERIFY(!ran);
    QCOMPARE(analyzedRows(db), int64_t(0));
}

void TestPlannerStats::gatheredOnceAndAgainAfterGrowth()
{
    QTemporaryDir dir;
    store::Database db;
    QVERIFY(db.open(dir.filePath(QStringLiteral("w.db"))).ok);
    const int n = int(store::kPlannerStatsMinTraces);
    writeTraces(db, 0, n);
    const char *byNameAndTime = "SELECT t.id FROM traces t WHERE t.name IN ('rag-qa') AND t.timestamp_ns IS NOT NULL "
                                "ORDER BY t.timestamp_ns DESC, t.id DESC LIMIT 500";
    // Without statistics SQLite takes the name index and sorts all its rows.
    QVERIFY2(plan(db, byNameAndTime).contains(QStringLiteral("TEMP B-TREE")), qPrintable(plan(db, byNameAndTime)));
    bool ran = false;
    QVERIFY(store::refreshPlannerStats(db, &ran).ok);
    QVERIFY(ran);
    QCOMPARE(analyzedRows(db), int64_t(n));
    QVERIFY2(!plan(db, byNameAndTime).contains(QStringLiteral("TEMP B-TREE")), qPrintable(plan(db, byNameAndTime)));
    QVERIFY(plan(db, byNameAndTime).contains(QStringLiteral("traces_by_time")));
    // A quarter more: the statistics still describe the table.
    writeTraces(db, n, n / 4);
    QVERIFY(store::refreshPlannerStats(db, &ran).ok);
    QVERIFY(!ran);
    QCOMPARE(analyzedRows(db), int64_t(n));
    // Half as much again on top: gathered anew.
    writeTraces(db, n + n / 4, n / 2);
    QVERIFY(store::refreshPlannerStats(db, &ran).ok);
    QVERIFY(ran);
    QCOMPARE(analyzedRows(db), int64_t(n + n / 4 + n / 2));
}

void TestPlannerStats::importLeavesStatistics()
{
    QTemporaryDir dir;
    generate::Options o;
    o.traces = store::kPlannerStatsMinTraces + 500;
    o.spansPerTrace = 1;
    o.seed = 3;
    store::Database db;
    QVERIFY(db.open(dir.filePath(QStringLiteral("w.db"))).ok);
    const QString error = test::importGenerated(db, dir.filePath(QStringLiteral("gen.jsonl")), o);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(analyzedRows(db), test::count(db, QStringLiteral("traces")));
    QVERIFY(analyzedRows(db) >= store::kPlannerStatsMinTraces);
}

QTEST_GUILESS_MAIN(TestPlannerStats)
#include "tst_plannerstats.moc"
