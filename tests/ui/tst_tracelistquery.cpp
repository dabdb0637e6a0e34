// The trace list's queries over a generated workspace: every sort column in both directions pages
// through every trace exactly once in order (unknown values last); each filter of the filter bar
// selects exactly the traces an independent query selects, and the matching count agrees; the
// pickers list the workspace's distinct values; score summaries match the scores table.

#include <set>

#include <QTemporaryDir>
#include <QTest>

#include "generate/generator.h"
#include "import/importservice.h"
#include "store/database.h"
#include "store/searchindex.h"
#include "store/tracefiltersql.h"
#include "store/tracerepository.h"
#include "store/tracewriter.h"
#include "testsupport.h"

using namespace spanscope;
Q_DECLARE_METATYPE(store::TraceFilter)
Q_DECLARE_METATYPE(store::TraceSort)

namespace {

constexpr int kGenerated = 600;
constexpr int kBare = 6; // traces without observations: no latency, cost or (some) name/time

std::vector<store::TraceListRow> pageThrough(store::Database &db, const store::TraceFilter &f,
                                             const store::TraceSort &sort, int pageSize)
{
    std::vector<store::TraceListRow> all;
    std::optional<store::TraceCursor> cursor;
    int guard = 0;
    do {
        store::TraceListPage page;
        const store::Status s = store::queryTracePage(db, f, sort, cursor, pageSize, page);
        if (!s) {
            qWarning("%s", qPrintable(s.error));
            return {};
        }
        all.insert(all.end(), page.rows.begin(), page.rows.end());
        cursor = page.next;
    } while (cursor && ++guard < 100000);
    return all;
}

std::set<std::string> idsOf(const std::vector<store::TraceListRow> &rows)
{
    std::set<std::string> ids;
    for (const auto &r : rows)
        ids.insert(r.id);
    return ids;
}

std::set<std::string> idsWhere(store::Database &db, const std::string &where)
{
    store::Statement st(db, "SELECT id FROM traces t WHERE " + where);
    std::set<std::string> ids;
    while (st.step())
        ids.insert(st.text(0));
    return ids;
}

std::string firstValue(store::Database &db, store::TraceField field)
{
    std::vector<std::string> values;
    store::distinctTraceValues(db, field, std::string(), 10, values);
    return values.empty() ? std::string() : values.front();
}

// -1, 0, 1 for sort values of the same alternative.
int compareValues(const store::TraceSortValue &a, const store::TraceSortValue &b)
{
    return std::visit(
        [&](const auto &x) -> int {
            using T = std::decay_t<decltype(x)>;
            if constexpr (std::is_same_v<T, std::monostate>)
                return 0;
            else {
                const T &y = std::get<T>(b);
                return x < y ? -1 : (y < x ? 1 : 0);
            }
        },
        a);
}

} // namespace

class TestTraceListQuery : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void sortedPagingDeliversEveryTraceOnceInOrder_data();
    void sortedPagingDeliversEveryTraceOnceInOrder();
    void filtersSelectWhatAnIndependentQuerySelects_data();
    void filtersSelectWhatAnIndependentQuerySelects();
    void searchTermsShorterThanThreeCharactersMatchNothing();
    void bothSearchFormsSelectWhatAScanSelects();
    void pickersListTheWorkspaceValues();
    void scoreSummariesMatchTheScoresTable();

private:
    QTemporaryDir m_dir;
    QString m_path;
    store::Database m_db;
};

void TestTraceListQuery::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString data = m_dir.filePath(QStringLiteral("gen.jsonl"));
    generate::Options o;
    o.traces = kGenerated;
    o.spansPerTrace = 6;
    o.seed = 11;
    QVERIFY(generate::writeFile(data, o).ok);
    m_path = m_dir.filePath(QStringLiteral("list.spanscope"));
    {
        store::Database db;
        QVERIFY(db.open(m_path).ok);
        const import::ImportSummary s = import::importFiles(db, { data });
        QVERIFY2(s.outcome == import::ImportSummary::Outcome::Ok, qPrintable(s.error));
        store::Transaction tx(db);
        store::TraceWriter writer(db);
        for (int i = 0; i < kBare; ++i) {
            TraceRecord t;
            t.id = "bare-" + std::to_string(i);
            if (i % 2 == 0)
                t.name = "bare";
            if (i % 3 != 0)
                t.timestampNs = 1767225600000000000LL + i;
            QVERIFY(writer.writeTrace(t, 0).ok);
        }
        QVERIFY(tx.commit().ok);
        QVERIFY(store::buildSearchIndex(db, {}).ok); // as after an import: the bare traces are searchable
    }
    QVERIFY(m_db.open(m_path, store::Database::Mode::ReadOnly).ok);
    QCOMPARE(test::count(m_db, QStringLiteral("traces")), qint64(kGenerated + kBare));
    // The generated data has what the filters need.
    QVERIFY(test::count(m_db, QStringLiteral("traces"), QStringLiteral("error_count > 0")) > 0);
    QVERIFY(test::count(m_db, QStringLiteral("scores")) > 0);
    QVERIFY(test::count(m_db, QStringLiteral("search_grams")) > 0);
}

void TestTraceListQuery::sortedPagingDeliversEveryTraceOnceInOrder_data()
{
    QTest::addColumn<store::TraceSort>("sort");
    QTest::addColumn<int>("pageSize");
    const char *names[] = { "time", "name", "observations", "latency", "tokens", "cost" };
    for (int c = 0; c <= int(store::TraceSortColumn::Cost); ++c) {
        for (bool desc : { true, false }) {
            for (int size : { 7, 250 }) {
                QTest::addRow("%s %s, pages of %d", names[c], desc ? "desc" : "asc", size)
                    << store::TraceSort { store::TraceSortColumn(c), desc } << size;
            }
        }
    }
}

void TestTraceListQuery::sortedPagingDeliversEveryTraceOnceInOrder()
{
    QFETCH(store::TraceSort, sort);
    QFETCH(int, pageSize);
    const auto all = pageThrough(m_db, {}, sort, pageSize);
    QCOMPARE(int(all.size()), kGenerated + kBare);
    QCOMPARE(int(idsOf(all).size()), kGenerated + kBare);
    bool sawUnknown = false;
    for (size_t i = 1; i < all.size(); ++i) {
        const store::TraceSortValue a = store::traceSortValue(all[i - 1], sort.column);
        const store::TraceSortValue b = store::traceSortValue(all[i], sort.column);
        const bool aUnknown = std::holds_alternative<std::monostate>(a);
        const bool bUnknown = std::holds_alternative<std::monostate>(b);
        sawUnknown = sawUnknown || bUnknown;
        QVERIFY2(!(aUnknown && !bUnknown), "a known value after an unknown one");
        int cmp = aUnknown ? 0 : (bUnknown ? 0 : compareValues(a, b));
        if (cmp == 0 && aUnknown == bUnknown)
            cmp = all[i - 1].id < all[i].id ? -1 : 1;
        else if (aUnknown != bUnknown)
            continue;
        QVERIFY2(sort.descending ? cmp > 0 : cmp < 0,
                 qPrintable(QStringLiteral("rows %1 and %2 out of order").arg(i - 1).arg(i)));
    }
    // Bare traces have no latency or cost: they come last in both directions.
    if (sort.column == store::TraceSortColumn::Latency || sort.column == store::TraceSortColumn::Cost)
        QVERIFY(sawUnknown);
}

void TestTraceListQuery::filtersSelectWhatAnIndependentQuerySelects_data()
{
    QTest::addColumn<store::TraceFilter>("filter");
    QTest::addColumn<QString>("where");
    store::Database &db = m_db;
    const auto quote = [](const std::string &s) {
        return QStringLiteral("'%1'").arg(QString::fromStdString(s).replace(QLatin1Char('\''), QStringLiteral("''")));
    };
    store::TraceFilter f;
    const std::string user = firstValue(db, store::TraceField::User);
    QVERIFY(!user.empty());
    f.userIds = { user };
    QTest::newRow("user") << f << QStringLiteral("user_id = %1").arg(quote(user));
    f = {};
    const std::string model = firstValue(db, store::TraceField::Model);
    f.models = { model };
    QTest::newRow("model") << f
                           << QStringLiteral("EXISTS (SELECT 1 FROM observations o WHERE o.trace_id = t.id AND "
                                             "o.model = %1)").arg(quote(model));
    f = {};
    const std::string session = firstValue(db, store::TraceField::Session);
    f.sessionIds = { session };
    QTest::newRow("session") << f << QStringLiteral("session_id = %1").arg(quote(session));
    f = {};
    const std::string name = firstValue(db, store::TraceField::Name);
    f.traceNames = { name };
    QTest::newRow("trace name") << f << QStringLiteral("name = %1").arg(quote(name));
    f = {};
    const std::string env = firstValue(db, store::TraceField::Environment);
    f.environments = { env };
    QTest::newRow("environment") << f << QStringLiteral("environment = %1").arg(quote(env));
    f = {};
    const std::string tag = firstValue(db, store::TraceField::Tag);
    QVERIFY(!tag.empty());
    f.tags = { tag };
    QTest::newRow("tag") << f
                         << QStringLiteral("EXISTS (SELECT 1 FROM json_each(t.tags) j WHERE j.value = %1)").arg(quote(tag));
    f = {};
    f.errorsOnly = true;
    QTest::newRow("errors only") << f << QStringLiteral("error_count > 0");
    const qint64 medianLatency = test::scalar(db, QStringLiteral("SELECT latency_ns FROM traces WHERE latency_ns IS NOT "
                                                                 "NULL ORDER BY latency_ns LIMIT 1 OFFSET 300")).toLongLong();
    f = {};
    f.minLatencyNs = medianLatency;
    QTest::newRow("min latency") << f << QStringLiteral("latency_ns >= %1").arg(medianLatency);
    const double medianCost = test::scalar(db, QStringLiteral("SELECT cost FROM traces WHERE cost IS NOT NULL ORDER BY "
                                                              "cost LIMIT 1 OFFSET 300")).toDouble();
    f = {};
    f.minCostUsd = medianCost;
    QTest::newRow("min cost") << f << QStringLiteral("cost >= %1").arg(medianCost, 0, 'g', 17);
    const qint64 midTime = test::scalar(db, QStringLiteral("SELECT timestamp_ns FROM traces WHERE timestamp_ns IS NOT "
                                                           "NULL ORDER BY timestamp_ns LIMIT 1 OFFSET 200")).toLongLong();
    f = {};
    f.fromNs = midTime;
    f.toNs = midTime + 7LL * 24 * 3600 * 1000000000LL;
    QTest::newRow("time range") << f
                                << QStringLiteral("timestamp_ns >= %1 AND timestamp_ns < %2").arg(*f.fromNs).arg(*f.toNs);
    const std::string scoreName = test::scalar(db, QStringLiteral("SELECT name FROM scores WHERE data_type = 'NUMERIC' "
                                                                  "GROUP BY name ORDER BY count(*) DESC LIMIT 1"))
                                      .toString()
                                      .toStdString();
    QVERIFY(!scoreName.empty());
    f = {};
    f.scores = { store::ScoreCondition { scoreName, store::ScoreCondition::Op::Less, 0.6, std::nullopt } };
    QTest::newRow("score < 0.6") << f
                                 << QStringLiteral("EXISTS (SELECT 1 FROM scores s WHERE s.trace_id = t.id AND s.name "
                                                   "= %1 AND s.value < 0.6)").arg(quote(scoreName));
    // A word of generated payload text: found through the trigram index, checked by a full scan.
    const std::string word = "invoice";
    f = {};
    f.text = word;
    QTest::newRow("full text") << f
                               << QStringLiteral("id IN (SELECT trace_id FROM observations WHERE %1 UNION SELECT id FROM "
                                                 "traces WHERE %1)")
                                      .arg(QStringLiteral("name LIKE '%invoice%' OR spanscope_text(input) LIKE '%invoice%' "
                                                          "OR spanscope_text(output) LIKE '%invoice%' OR "
                                                          "spanscope_text(metadata) LIKE '%invoice%'"));
    f = {};
    f.text = "in_oice"; // wildcards in the term are literal characters
    QTest::newRow("full text with _") << f << QStringLiteral("0");
    f = {};
    f.userIds = { user };
    f.errorsOnly = true;
    QTest::newRow("user and errors") << f << QStringLiteral("user_id = %1 AND error_count > 0").arg(quote(user));
    f = {};
    QStringList ids;
    store::Statement st(db, "SELECT id FROM traces ORDER BY id LIMIT 90");
    while (st.step()) {
        f.traceIds.push_back(st.text(0));
        ids << quote(st.text(0));
    }
    QTest::newRow("90 trace ids") << f << QStringLiteral("id IN (%1)").arg(ids.join(QLatin1Char(',')));
}

void TestTraceListQuery::filtersSelectWhatAnIndependentQuerySelects()
{
    QFETCH(store::TraceFilter, filter);
    QFETCH(QString, where);
    const std::set<std::string> expected = idsWhere(m_db, where.toStdString());
    const auto rows = pageThrough(m_db, filter, {}, 50);
    QCOMPARE(int(rows.size()), int(idsOf(rows).size()));
    QCOMPARE(idsOf(rows), expected);
    int64_t count = -1;
    QVERIFY(store::countTraces(m_db, filter, count).ok);
    QCOMPARE(count, int64_t(expected.size()));
    // The filter narrows: never the whole workspace, and (but for the impossible term) not empty.
    QVERIFY(count < kGenerated + kBare);
    if (where != QLatin1String("0"))
        QVERIFY2(count > 0, "the filter should match some generated traces");
}

// A search term narrows the traces either by collecting the matching rows first or per trace
// (store/tracefiltersql.h); the list picks the form by how many rows hold the term's trigrams.
// Both select exactly the traces a scan of every text selects.
void TestTraceListQuery::bothSearchFormsSelectWhatAScanSelects()
{
    const std::string traceName = firstValue(m_db, store::TraceField::Name);
    QVERIFY(!traceName.empty());
    const std::vector<std::string> terms { "invoice", "the", "the user", "weather", "xylophone", "in_oice", "50%",
                                           traceName, "bare" };
    for (const std::string &term : terms) {
        std::string holds;
        for (const char *text : { "name", "spanscope_text(input)", "spanscope_text(output)", "spanscope_text(metadata)" })
            holds += std::string(holds.empty() ? "" : " OR ") + "instr(lower(" + text + "), lower(?1)) > 0";
        store::Statement scan(m_db, "SELECT id FROM traces WHERE " + holds + " UNION SELECT trace_id FROM observations "
                                    "WHERE " + holds);
        scan.bind(1, term);
        std::set<std::string> expected;
        while (scan.step())
            expected.insert(scan.text(0));
        for (const auto form : { store::sqlfilter::TextSearch::Collected, store::sqlfilter::TextSearch::PerTrace }) {
            store::TraceFilter f;
            f.text = term;
            store::sqlfilter::Clause c;
            QVERIFY(store::sqlfilter::buildFilter(f, c, form));
            store::Statement st(m_db, "SELECT t.id FROM traces t" + c.where());
            store::sqlfilter::bindAll(st, c.params);
            std::set<std::string> got;
            while (st.step())
                got.insert(st.text(0));
            QVERIFY2(!st.failed(), qPrintable(st.error()));
            QVERIFY2(got == expected, qPrintable(QStringLiteral("\"%1\", form %2: %3 traces, a scan finds %4")
                                                     .arg(QString::fromStdString(term))
                                                     .arg(int(form))
                                                     .arg(got.size())
                                                     .arg(expected.size())));
        }
    }
    // Which form the list uses: per trace for a term in most rows, collected for a rare one.
    QCOMPARE(store::sqlfilter::textSearchFor(m_db, "the"), store::sqlfilter::TextSearch::PerTrace);
    QCOMPARE(store::sqlfilter::textSearchFor(m_db, "xylophone"), store::sqlfilter::TextSearch::Collected);
    QCOMPARE(store::sqlfilter::textSearchFor(m_db, "weather"), store::sqlfilter::TextSearch::Collected);
}

void TestTraceListQuery::searchTermsShorterThanThreeCharactersMatchNothing()
{
    store::TraceFilter f;
    f.text = "in";
    int64_t count = -1;
    QVERIFY(store::countTraces(m_db, f, count).ok);
    QCOMPARE(count, 0);
    store::TraceListPage page;
    QVERIFY(store::queryTracePage(m_db, f, {}, std::nullopt, 10, page).ok);
    QVERIFY(page.rows.empty());
}

void TestTraceListQuery::pickersListTheWorkspaceValues()
{
    const struct {
        store::TraceField field;
        const char *sql;
    } cases[] = {
        { store::TraceField::User, "SELECT DISTINCT user_id FROM traces WHERE user_id IS NOT NULL ORDER BY 1" },
        { store::TraceField::Model, "SELECT DISTINCT model FROM observations WHERE model IS NOT NULL ORDER BY 1" },
        { store::TraceField::Name, "SELECT DISTINCT name FROM traces WHERE name IS NOT NULL ORDER BY 1" },
        { store::TraceField::Environment,
          "SELECT DISTINCT environment FROM traces WHERE environment IS NOT NULL ORDER BY 1" },
        { store::TraceField::ScoreName, "SELECT DISTINCT name FROM scores ORDER BY 1" },
        { store::TraceField::Tag, "SELECT DISTINCT j.value FROM traces, json_each(traces.tags) j ORDER BY 1" },
    };
    for (const auto &c : cases) {
        std::vector<std::string> expected;
        store::Statement st(m_db, c.sql);
        while (st.step())
            expected.push_back(st.text(0));
        QVERIFY2(!expected.empty(), c.sql);
        std::vector<std::string> got;
        QVERIFY(store::distinctTraceValues(m_db, c.field, std::string(), 100000, got).ok);
        QCOMPARE(got, expected);
        // A prefix narrows to the values that start with it; a limit cuts the list.
        const std::string prefix = expected.back().substr(0, 2);
        QVERIFY(store::distinctTraceValues(m_db, c.field, prefix, 100000, got).ok);
        std::vector<std::string> withPrefix;
        for (const auto &v : expected) {
            if (v.compare(0, prefix.size(), prefix) == 0)
                withPrefix.push_back(v);
        }
        QCOMPARE(got, withPrefix);
        QVERIFY(store::distinctTraceValues(m_db, c.field, std::string(), 1, got).ok);
        QCOMPARE(int(got.size()), 1);
    }
}

void TestTraceListQuery::scoreSummariesMatchTheScoresTable()
{
    const auto rows = pageThrough(m_db, {}, {}, 500);
    int checked = 0;
    for (const auto &r : rows) {
        for (const store::TraceScoreBrief &b : r.scores) {
            const QString where = QStringLiteral("trace_id = '%1' AND name = '%2'")
                                      .arg(QString::fromStdString(r.id), QString::fromStdString(b.name));
            QCOMPARE(b.count, test::count(m_db, QStringLiteral("scores"), where));
            if (b.average) {
                const double avg
                    = test::scalar(m_db, QStringLiteral("SELECT avg(value) FROM scores WHERE ") + where).toDouble();
                QCOMPARE(*b.average, avg);
            }
            ++checked;
        }
    }
    QCOMPARE(qint64(checked), test::scalar(m_db, QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM scores WHERE "
                                                                "trace_id IN (SELECT id FROM traces) GROUP BY "
                                                                "trace_id, name, data_type)")).toLongLong());
}

QTEST_GUILESS_MAIN(TestTraceListQuery)
#include "tst_tracelistquery.moc"
