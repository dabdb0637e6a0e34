// TreeRepository and SessionRepository against imported files: the flat tree arrays give the same
// parents, depths, names, times, tokens and costs as the observations table; the header carries
// the trace's totals and scores; one observation's detail holds its payloads, attributes, scores
// and EVENT children; sessions group traces with the right sums and turns come in time order.

#include <QTemporaryDir>
#include <QTest>

#include "import/importservice.h"
#include "store/database.h"
#include "store/sessionrepository.h"
#include "store/treerepository.h"
#include "testsupport.h"

using namespace spanscope;

class TestTreeRepository : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void treeArraysMatchTheTable();
    void headerHasTotalsAndScores();
    void detailHasPayloadsAttributesAndEvents();
    void sessionsSumTheirTraces();
    void unknownTraceIsEmpty();

private:
    QTemporaryDir m_dir;
    QString m_path;
    store::Database m_db;
};

void TestTreeRepository::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("w.spanscope"));
    QVERIFY(m_db.open(m_path).ok);
    const import::ImportSummary s = import::importFiles(
        m_db, { test::fixture(QStringLiteral("langfuse/beeai-2025-08-01.json")),
                test::fixture(QStringLiteral("langfuse/openai-agents-2025-09-30.json")),
                test::testData(QStringLiteral("detail/repairs.jsonl")), test::testData(QStringLiteral("langfuse/export-observations.jsonl")),
                test::testData(QStringLiteral("langfuse/export-scores.json")), test::testData(QStringLiteral("langfuse/export-traces.csv")) });
    QVERIFY2(s.outcome == import::ImportSummary::Outcome::Ok || s.outcome == import::ImportSummary::Outcome::Skipped,
             qPrintable(s.error));
}

void TestTreeRepository::treeArraysMatchTheTable()
{
    store::TreeRepository repo(m_db);
    QVERIFY(repo.status().ok);
    store::Statement traces(m_db, "SELECT id FROM traces");
    int checked = 0;
    while (traces.step()) {
        const std::string traceId = traces.text(0);
        store::TraceTree tree;
        QVERIFY(repo.traceTree(traceId, tree).ok);
        store::Statement st(m_db, "SELECT id, parent_id, depth, name, start_ns, end_ns, "
                                  "coalesce(total_tokens, input_tokens + output_tokens), "
                                  "coalesce(cost_provided, cost_computed), level, flags FROM observations "
                                  "WHERE trace_id = ?1 ORDER BY preorder");
        st.bind(1, traceId);
        int i = 0;
        while (st.step()) {
            QCOMPARE(std::string(tree.id(i)), st.text(0));
            const int parent = tree.parent[size_t(i)];
            QCOMPARE(parent < 0 ? std::string() : std::string(tree.id(parent)), st.optText(1).value_or(""));
            QCOMPARE(int(tree.depth[size_t(i)]), int(st.int64(2)));
            QCOMPARE(tree.names[tree.nameId[size_t(i)]], st.optText(3).value_or(""));
            if (!st.isNull(4))
                QCOMPARE(tree.start[size_t(i)], st.int64(4));
            if (!st.isNull(6))
                QCOMPARE(tree.tokens[size_t(i)], st.int64(6));
            if (!st.isNull(7))
                QCOMPARE(tree.cost[size_t(i)], st.real(7));
            else
                QVERIFY(std::isnan(tree.cost[size_t(i)]));
            QCOMPARE(tree.level[size_t(i)] == store::TraceTree::LevelError, st.optText(8).value_or("") == "ERROR");
            QCOMPARE(int(tree.flags[size_t(i)]), int(st.int64(9)));
            // The children list of the parent holds this node at its row.
            if (parent >= 0)
                QCOMPARE(tree.child(parent, tree.rowInParent[size_t(i)]), i);
            ++i;
        }
        QCOMPARE(i, tree.size());
        ++checked;
    }
    QVERIFY(checked >= 4);
}

void TestTreeRepository::headerHasTotalsAndScores()
{
    store::TreeRepository repo(m_db);
    store::Statement st(m_db, "SELECT trace_id, count(*) FROM scores WHERE trace_id IN (SELECT id FROM traces) "
                              "GROUP BY trace_id ORDER BY count(*) DESC LIMIT 1");
    QVERIFY(st.step());
    const std::string traceId = st.text(0);
    store::TraceHeader h;
    QVERIFY(repo.traceHeader(traceId, h).ok);
    QVERIFY(h.found);
    QCOMPARE(int64_t(h.scores.size()), st.int64(1));
    QCOMPARE(h.totalTokens, test::scalar(m_db, QStringLiteral("SELECT total_tokens FROM traces WHERE id = '%1'")
                                                  .arg(QString::fromStdString(traceId))).toLongLong());
    store::TraceHeader repair;
    QVERIFY(repo.traceHeader("t-repair", repair).ok);
    QCOMPARE(repair.flags, 1 | 4 | 8);
    QCOMPARE(repair.errorCount, 1);
    QCOMPARE(repair.observationCount, 6);
}

void TestTreeRepository::detailHasPayloadsAttributesAndEvents()
{
    store::TreeRepository repo(m_db);
    store::TraceTree tree;
    QVERIFY(repo.traceTree("t-repair", tree).ok);
    const int gen = tree.find("r-gen");
    QVERIFY(gen >= 0);
    std::vector<int32_t> events;
    for (int r = 0; r < tree.childCount(gen); ++r)
        if (tree.types[tree.typeId[size_t(tree.child(gen, r))]] == "EVENT")
            events.push_back(tree.dbPreorder[size_t(tree.child(gen, r))]);
    QCOMPARE(events.size(), size_t(1));
    store::ObservationDetail d;
    QVERIFY(repo.observationDetail("t-repair", "r-gen", events, d).ok);
    QVERIFY(d.found);
    QCOMPARE(d.model.value_or(""), std::string("gpt-4o-mini"));
    QCOMPARE(d.inputTokens.value_or(0), 1000);
    QVERIFY(d.inputJson.value_or("").find("Describe this picture") != std::string::npos);
    QVERIFY(d.costComputed.has_value());
    QVERIFY(d.priceModelId.has_value());
    QCOMPARE(d.statusMessage.value_or(""), std::string("rate limited"));
    QCOMPARE(d.events.size(), size_t(1));
    QCOMPARE(d.events[0].name.value_or(""), std::string("retry"));
    store::ObservationDetail orphan;
    QVERIFY(repo.observationDetail("t-repair", "r-orphan", {}, orphan).ok);
    QCOMPARE(orphan.origParentId.value_or(""), std::string("missing-parent"));
    QCOMPARE(orphan.flags, 1);
    // Attributes: any observation that has some returns exactly the table's rows.
    store::Statement st(m_db, "SELECT trace_id, observation_id, count(*) FROM attributes WHERE observation_id <> '' "
                              "GROUP BY trace_id, observation_id LIMIT 1");
    if (st.step()) {
        store::ObservationDetail a;
        QVERIFY(repo.observationDetail(st.text(0), st.text(1), {}, a).ok);
        QCOMPARE(int64_t(a.attributes.size()), st.int64(2));
    }
    store::ObservationDetail missing;
    QVERIFY(repo.observationDetail("t-repair", "nope", {}, missing).ok);
    QVERIFY(!missing.found);
}

void TestTreeRepository::sessionsSumTheirTraces()
{
    store::SessionRepository repo(m_db);
    QVERIFY(repo.status().ok);
    std::vector<store::SessionRow> rows;
    QVERIFY(repo.sessions({}, 1000, rows).ok);
    int64_t count = 0;
    QVERIFY(repo.sessionCount(count).ok);
    QCOMPARE(int64_t(rows.size()), count);
    QCOMPARE(count, test::scalar(m_db, QStringLiteral("SELECT count(DISTINCT session_id) FROM traces")).toLongLong());
    for (const store::SessionRow &r : rows) {
        const QString where = QStringLiteral("session_id = '%1'").arg(QString::fromStdString(r.sessionId));
        QCOMPARE(r.traceCount, test::count(m_db, QStringLiteral("traces"), where));
        QCOMPARE(r.totalTokens, test::scalar(m_db, QStringLiteral("SELECT sum(total_tokens) FROM traces WHERE ") + where).toLongLong());
        std::vector<store::SessionTurn> turns;
        QVERIFY(repo.turns(r.sessionId, 100, turns).ok);
        QCOMPARE(int64_t(turns.size()), r.traceCount);
        for (size_t i = 1; i < turns.size(); ++i)
            QVERIFY(turns[i - 1].timestampNs.value_or(0) <= turns[i].timestampNs.value_or(0));
    }
    if (!rows.empty()) {
        std::vector<store::SessionRow> filtered;
        QVERIFY(repo.sessions(rows.front().sessionId, 10, filtered).ok);
        QVERIFY(!filtered.empty());
        QCOMPARE(filtered.front().sessionId, rows.front().sessionId);
    }
}

void TestTreeRepository::unknownTraceIsEmpty()
{
    store::TreeRepository repo(m_db);
    store::TraceTree tree;
    QVERIFY(repo.traceTree("no-such-trace", tree).ok);
    QCOMPARE(tree.size(), 0);
    QCOMPARE(tree.axisStartNs, store::TraceTree::kNoTime);
    store::TraceHeader h;
    QVERIFY(repo.traceHeader("no-such-trace", h).ok);
    QVERIFY(!h.found);
}

QTEST_GUILESS_MAIN(TestTreeRepository)
#include "tst_treerepository.moc"
