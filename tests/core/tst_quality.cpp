// Quality heatmap (core/store/qualityrepository): every cell's n, mean, median and 95% CI equal
// aggregates computed by separate direct SQL over the same workspace, for every grouping, on
// generated data and on the Langfuse fixtures; a cell's Traces filter selects exactly the traces
// behind the cell; score pairs and the low-quality list match direct queries.

#include <QtTest>

#include <QFile>

#include <set>

#include "analytics/stats.h"
#include "generate/generator.h"
#include "import/importservice.h"
#include "store/qualityfacts.h"
#include "store/qualityrepository.h"
#include "store/tracerepository.h"
#include "testsupport.h"

using namespace spanscope;
using namespace spanscope::store;
using namespace spanscope::test;

namespace {

// The cell's condition written independently of the repository's SQL (?2 = key, ?3 = version/to).
QString cellCondition(QualityGrouping g)
{
    switch (g) {
    case QualityGrouping::Model:
        return QStringLiteral("EXISTS (SELECT 1 FROM observations o WHERE o.trace_id = t.id AND o.model = ?2)");
    case QualityGrouping::PromptVersion:
        return QStringLiteral("EXISTS (SELECT 1 FROM observations o WHERE o.trace_id = t.id AND o.prompt_name = ?2 "
                              "AND o.prompt_version = ?3)");
    case QualityGrouping::TraceName: return QStringLiteral("t.name = ?2");
    case QualityGrouping::User: return QStringLiteral("t.user_id = ?2");
    case QualityGrouping::Environment: return QStringLiteral("t.environment = ?2");
    case QualityGrouping::Release: return QStringLiteral("t.release = ?2");
    case QualityGrouping::Day:
    case QualityGrouping::Week: return QStringLiteral("t.timestamp_ns >= ?2 AND t.timestamp_ns < ?3");
    }
    return {};
}

void bindKey(Statement &st, const QualityHeatmap &map, size_t c)
{
    const QualityColumn &col = map.columns[c];
    switch (map.grouping) {
    case QualityGrouping::PromptVersion:
        st.bind(2, col.promptName);
        st.bind(3, col.promptVersion);
        break;
    case QualityGrouping::Day:
    case QualityGrouping::Week:
        st.bind(2, col.fromNs);
        st.bind(3, col.toNs);
        break;
    default: st.bind(2, col.key);
    }
}

bool close(double a, double b) { return (std::isnan(a) && std::isnan(b)) || std::fabs(a - b) <= 1e-9 * std::max(1.0, std::fabs(b)); }

// Checks every cell of a numeric heatmap against direct SQL; returns the number of non-empty cells.
int checkNumericCells(Database &db, const QualityHeatmap &map)
{
    const QString cond = cellCondition(map.grouping);
    Statement agg(db, QStringLiteral("SELECT count(*), avg(s.value), sum(s.value * s.value) FROM scores s "
                                     "JOIN traces t ON t.id = s.trace_id WHERE s.name = ?1 AND s.value IS NOT NULL "
                                     "AND s.data_type IN ('NUMERIC','BOOLEAN') AND %1").arg(cond).toStdString());
    Statement vals(db, QStringLiteral("SELECT s.value FROM scores s JOIN traces t ON t.id = s.trace_id "
                                      "WHERE s.name = ?1 AND s.value IS NOT NULL AND s.data_type IN ('NUMERIC','BOOLEAN') "
                                      "AND %1 ORDER BY s.value").arg(cond).toStdString());
    if (!agg.isValid() || !vals.isValid()) {
        qWarning() << agg.prepareError() << vals.prepareError();
        return -1;
    }
    int nonEmpty = 0;
    for (size_t r = 0; r < map.rows.size(); ++r) {
        for (size_t c = 0; c < map.columns.size(); ++c) {
            const analytics::Summary &cell = map.cell(r, c);
            agg.reset();
            agg.bind(1, map.rows[r]);
            bindKey(agg, map, c);
            if (!agg.step())
                return -1;
            const int64_t n = agg.int64(0);
            if (int64_t(cell.n) != n || map.hitCount(r, c) != n) {
                qWarning() << "n" << map.rows[r].c_str() << map.columns[c].key.c_str() << cell.n << n;
                return -1;
            }
            if (n == 0)
                continue;
            ++nonEmpty;
            const double mean = agg.real(1);
            std::vector<double> v;
            vals.reset();
            vals.bind(1, map.rows[r]);
            bindKey(vals, map, c);
            while (vals.step())
                v.push_back(vals.real(0));
            const double median = v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
            double lo = NAN, hi = NAN;
            if (n >= 2) {
                const double sd = std::sqrt(std::max(0.0, (agg.real(2) - double(n) * mean * mean) / double(n - 1)));
                const double half = analytics::tQuantile975(double(n - 1)) * sd / std::sqrt(double(n));
                lo = mean - half;
                hi = mean + half;
            }
            if (!close(cell.mean, mean) || !close(cell.median, median) || std::fabs(cell.ciLow - lo) > 1e-7
                || std::fabs(cell.ciHigh - hi) > 1e-7 || (std::isnan(lo) != std::isnan(cell.ciLow))) {
                qWarning() << "cell" << map.rows[r].c_str() << map.columns[c].key.c_str() << cell.mean << mean
                           << cell.median << median << cell.ciLow << lo << cell.ciHigh << hi;
                return -1;
            }
        }
    }
    return nonEmpty;
}

std::set<std::string> filteredTraceIds(Database &db, const TraceFilter &f)
{
    std::set<std::string> ids;
    TraceListPage page;
    if (!queryTracePage(db, f, TraceSort {}, std::nullopt, 100000, page))
        return { "<error>" };
    for (const auto &r : page.rows)
        ids.insert(r.id);
    return ids;
}

std::set<std::string> cellTraceIds(Database &db, const QualityHeatmap &map, size_t r, size_t c)
{
    const bool cat = !map.categoricalScore.empty();
    Statement st(db, QStringLiteral("SELECT DISTINCT t.id FROM scores s JOIN traces t ON t.id = s.trace_id WHERE %1 AND %2")
                         .arg(cat ? QStringLiteral("s.name = ?4 AND s.string_value = ?1")
                                  : QStringLiteral("s.name = ?1 AND s.value IS NOT NULL"),
                              cellCondition(map.grouping))
                         .toStdString());
    st.bind(1, map.rows[r]);
    bindKey(st, map, c);
    if (cat)
        st.bind(4, map.categoricalScore);
    std::set<std::string> ids;
    while (st.step())
        ids.insert(st.text(0));
    return ids;
}

// Every heatmap the page can ask for, read from the quality facts and through the join: the same
// rows, columns and cells. Returns a description of the first difference.
QString compareFactsWithJoin(Database &db)
{
    for (QualityGrouping g : allQualityGroupings()) {
        for (const std::string &cat : { std::string(), std::string("sentiment") }) {
            HeatmapRequest req;
            req.grouping = g;
            req.categoricalScore = cat;
            QualityHeatmap facts, halves, join;
            if (!loadQualityHeatmap(db, req, facts))
                return QStringLiteral("load failed");
            req.parallelFromRows = 0; // two connections, each reading half the facts
            if (!loadQualityHeatmap(db, req, halves))
                return QStringLiteral("load in halves failed");
            if (halves.cells.size() != facts.cells.size() || halves.hits != facts.hits)
                return QStringLiteral("%1: read in halves differs").arg(QString::fromLatin1(qualityGroupingName(g)));
            req.useFacts = false;
            if (!loadQualityHeatmap(db, req, join))
                return QStringLiteral("load by join failed");
            const QString where = QStringLiteral("%1 %2: ").arg(QString::fromLatin1(qualityGroupingName(g)), QString::fromStdString(cat));
            if (facts.rows != join.rows || facts.columns.size() != join.columns.size())
                return where + QStringLiteral("rows or columns differ");
            for (size_t c = 0; c < join.columns.size(); ++c)
                if (facts.columns[c].key != join.columns[c].key)
                    return where + QStringLiteral("column %1 is %2 by join").arg(QString::fromStdString(facts.columns[c].key),
                                                                               QString::fromStdString(join.columns[c].key));
            for (size_t i = 0; i < join.cells.size(); ++i) {
                const analytics::Summary &a = facts.cells[i], &b = join.cells[i];
                if (a.n != b.n || facts.hits[i] != join.hits[i] || !close(a.mean, b.mean) || !close(a.median, b.median)
                    || !close(a.ciLow, b.ciLow))
                    return where + QStringLiteral("cell %1: n %2 vs %3, mean %4 vs %5").arg(i).arg(a.n).arg(b.n).arg(a.mean).arg(b.mean);
            }
        }
    }
    return {};
}

// The facts table's content with keys spelled out, in a fixed order.
std::vector<std::string> factRows(Database &db)
{
    std::vector<std::string> rows;
    Statement st(db, "SELECT k.text, f.type, f.value, l.text, f.day, tn.text, u.text, e.text, r.text, m.text, p.text, "
                     "f.trace_rowid FROM (SELECT name, type, value, label, day, trace_name, user_id, environment, "
                     "release, models, prompts, trace_rowid FROM quality_facts UNION ALL SELECT name, 2, NULL, "
                     "label, day, trace_name, user_id, environment, release, models, prompts, trace_rowid "
                     "FROM quality_label_facts) f JOIN quality_keys k ON k.id = f.name "
                     "LEFT JOIN quality_keys l ON l.id = f.label LEFT JOIN quality_keys tn ON tn.id = f.trace_name "
                     "LEFT JOIN quality_keys u ON u.id = f.user_id LEFT JOIN quality_keys e ON e.id = f.environment "
                     "LEFT JOIN quality_keys r ON r.id = f.release LEFT JOIN quality_keys m ON m.id = f.models "
                     "LEFT JOIN quality_keys p ON p.id = f.prompts");
    while (st.step()) {
        std::string row;
        for (int c = 0; c < 12; ++c)
            row += (st.isNull(c) ? std::string("-") : st.text(c)) + '|';
        rows.push_back(std::move(row));
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

} // namespace

class TestQuality : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void heatmapCellsEqualDirectSql_data();
    void heatmapCellsEqualDirectSql();
    void categoricalCellsAreShares();
    void cellFilterSelectsExactlyTheCellsTraces();
    void dayAndWeekColumnsAreUtcCalendarUnits();
    void fixtureScoresMakeAHeatmap();
    void scorePairsAndLowQualityList();
    void scoreNamesWithTypes();
    void factsFollowLaterImports();
    void schema9FactsSplitOnUpgrade();

private:
    QTemporaryDir m_dir;
    Database m_db;
};

void TestQuality::initTestCase()
{
    generate::Options o;
    o.traces = 400;
    o.spansPerTrace = 6;
    o.seed = 11;
    const QString file = m_dir.filePath(QStringLiteral("gen.jsonl"));
    const auto res = generate::writeFile(file, o);
    QVERIFY2(res.ok, qPrintable(res.error));
    QVERIFY(res.scores > 200);
    QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("w.db"))).ok);
    import::ImportOptions io;
    io.buildSearchIndex = false;
    const auto summary = import::importFiles(m_db, { file }, io);
    QCOMPARE(count(m_db, QStringLiteral("scores")), qint64(res.scores));
}

void TestQuality::heatmapCellsEqualDirectSql_data()
{
    QTest::addColumn<int>("grouping");
    for (QualityGrouping g : allQualityGroupings())
        QTest::newRow(qualityGroupingName(g)) << int(g);
}

void TestQuality::heatmapCellsEqualDirectSql()
{
    QFETCH(int, grouping);
    HeatmapRequest req;
    req.grouping = QualityGrouping(grouping);
    QualityHeatmap map;
    QVERIFY(loadQualityHeatmap(m_db, req, map).ok);
    // Rows: every numeric/boolean score name the generator writes.
    QCOMPARE(map.rows, (std::vector<std::string> { "hallucination", "helpful", "relevance" }));
    QVERIFY(map.columns.size() >= 2);
    QCOMPARE(map.cells.size(), map.rows.size() * map.columns.size());
    const int nonEmpty = checkNumericCells(m_db, map);
    QVERIFY2(nonEmpty > 2, "cells differ from direct SQL (see warnings)");
    // A restricted request returns only that row, with identical cells.
    req.scoreNames = { "relevance" };
    QualityHeatmap one;
    QVERIFY(loadQualityHeatmap(m_db, req, one).ok);
    QCOMPARE(one.rows, (std::vector<std::string> { "relevance" }));
    QVERIFY(checkNumericCells(m_db, one) > 0);
}

void TestQuality::categoricalCellsAreShares()
{
    HeatmapRequest req;
    req.grouping = QualityGrouping::Model;
    req.categoricalScore = "sentiment";
    QualityHeatmap map;
    QVERIFY(loadQualityHeatmap(m_db, req, map).ok);
    QCOMPARE(map.rows, (std::vector<std::string> { "negative", "neutral", "positive" }));
    int checked = 0;
    for (size_t c = 0; c < map.columns.size(); ++c) {
        int64_t sumHits = 0;
        for (size_t r = 0; r < map.rows.size(); ++r) {
            Statement st(m_db, "SELECT count(*) FROM scores s JOIN traces t ON t.id = s.trace_id WHERE s.name = 'sentiment' "
                               "AND s.string_value = ?1 AND EXISTS (SELECT 1 FROM observations o WHERE o.trace_id = t.id "
                               "AND o.model = ?2)");
            st.bind(1, map.rows[r]);
            st.bind(2, map.columns[c].key);
            QVERIFY(st.step());
            QCOMPARE(map.hitCount(r, c), st.int64(0));
            sumHits += map.hitCount(r, c);
            const auto &cell = map.cell(r, c);
            if (cell.n > 0)
                QVERIFY(std::fabs(cell.mean - double(map.hitCount(r, c)) / double(cell.n)) < 1e-12);
            ++checked;
        }
        // n of every row in a column is the column's total of sentiment scores.
        QCOMPARE(int64_t(map.cell(0, c).n), sumHits);
    }
    QVERIFY(checked >= 6);
}

void TestQuality::cellFilterSelectsExactlyTheCellsTraces()
{
    int checked = 0;
    for (QualityGrouping g : allQualityGroupings()) {
        for (const std::string &cat : { std::string(), std::string("sentiment") }) {
            HeatmapRequest req;
            req.grouping = g;
            req.categoricalScore = cat;
            QualityHeatmap map;
            QVERIFY(loadQualityHeatmap(m_db, req, map).ok);
            // The first rows and columns of each map (the biggest cells) keep the test quick.
            for (size_t r = 0; r < std::min<size_t>(map.rows.size(), 2); ++r)
                for (size_t c = 0; c < std::min<size_t>(map.columns.size(), 3); ++c) {
                    const TraceFilter f = qualityCellFilter(map, r, c);
                    QVERIFY(f.traceIds.empty()); // a readable filter, not a list of ids
                    const auto expected = cellTraceIds(m_db, map, r, c);
                    const auto got = filteredTraceIds(m_db, f);
                    QVERIFY2(got == expected, qPrintable(QStringLiteral("%1 %2 %3: %4 vs %5")
                                                             .arg(QLatin1String(qualityGroupingName(g)))
                                                             .arg(QString::fromStdString(map.rows[r]))
                                                             .arg(QString::fromStdString(map.columns[c].key))
                                                             .arg(got.size())
                                                             .arg(expected.size())));
                    if (!expected.empty())
                        ++checked;
                }
        }
    }
    QVERIFY(checked > 40);
}

void TestQuality::dayAndWeekColumnsAreUtcCalendarUnits()
{
    for (QualityGrouping g : { QualityGrouping::Day, QualityGrouping::Week }) {
        HeatmapRequest req;
        req.grouping = g;
        QualityHeatmap map;
        QVERIFY(loadQualityHeatmap(m_db, req, map).ok);
        for (size_t c = 0; c < map.columns.size(); ++c) {
            const QualityColumn &col = map.columns[c];
            QCOMPARE(col.toNs - col.fromNs, (g == QualityGrouping::Day ? 1 : 7) * 86400000000000LL);
            Statement st(m_db, "SELECT date(?1 / 1000000000, 'unixepoch'), strftime('%w', ?1 / 1000000000, 'unixepoch')");
            st.bind(1, col.fromNs);
            QVERIFY(st.step());
            QCOMPARE(col.key, st.text(0));
            if (g == QualityGrouping::Week)
                QCOMPARE(st.text(1), std::string("1")); // Monday
            if (c > 0)
                QVERIFY(col.fromNs > map.columns[c - 1].fromNs);
        }
        // Generated traces span 30 days from 2026-01-01.
        if (g == QualityGrouping::Day) {
            QCOMPARE(map.columns.front().key, std::string("2026-01-01"));
            QVERIFY(map.columns.size() >= 28 && map.columns.size() <= 31);
        } else {
            QCOMPARE(map.columns.front().key, std::string("2025-12-29"));
            QCOMPARE(map.columns.size(), size_t(5));
        }
    }
}

void TestQuality::fixtureScoresMakeAHeatmap()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(dir.filePath(QStringLiteral("f.db"))).ok);
    QStringList files;
    for (const char *f : { "beeai-2025-08-01.json", "claude-agent-2025-12-22.trace.json", "langgraph-2025-08-22.json",
                           "openai-agents-2025-09-30.json", "vercel-aisdk-2025-11-17.trace.json" })
        files << fixture(QStringLiteral("langfuse/") + QLatin1String(f));
    import::ImportOptions io;
    io.buildSearchIndex = false;
    import::importFiles(db, files, io);
    QVERIFY(count(db, QStringLiteral("scores")) >= 10);
    const qint64 numeric = scalar(db, QStringLiteral("SELECT count(*) FROM scores s JOIN traces t ON t.id = s.trace_id "
                                                      "WHERE s.value IS NOT NULL AND s.data_type IN ('NUMERIC','BOOLEAN') "
                                                      "AND t.name IS NOT NULL")).toLongLong();
    QVERIFY(numeric > 0);
    for (QualityGrouping g : { QualityGrouping::TraceName, QualityGrouping::Model, QualityGrouping::Day }) {
        HeatmapRequest req;
        req.grouping = g;
        QualityHeatmap map;
        QVERIFY(loadQualityHeatmap(db, req, map).ok);
        QVERIFY(!map.rows.empty());
        QVERIFY(checkNumericCells(db, map) > 0);
        if (g == QualityGrouping::TraceName) {
            int64_t total = 0;
            for (const auto &cell : map.cells)
                total += int64_t(cell.n);
            QCOMPARE(total, int64_t(numeric));
        }
    }
}

void TestQuality::scorePairsAndLowQualityList()
{
    ScorePairs pairs;
    QVERIFY(loadScorePairs(m_db, "relevance", "helpful", pairs).ok);
    const qint64 expected = scalar(m_db, QStringLiteral(
        "SELECT count(*) FROM scores a JOIN scores b ON a.trace_id = b.trace_id AND b.name = 'helpful' "
        "AND a.observation_id IS NULL AND b.observation_id IS NULL WHERE a.name = 'relevance'")).toLongLong();
    QVERIFY(expected > 10);
    QCOMPARE(qint64(pairs.a.size()), expected);
    QCOMPARE(pairs.a.size(), pairs.b.size());
    for (double v : pairs.b)
        QVERIFY(v == 0.0 || v == 1.0);
    // Categorical pairs: sentiment vs helpful (labels "True"/"False").
    QVERIFY(loadScorePairs(m_db, "sentiment", "helpful", pairs).ok);
    QVERIFY(!pairs.labels.empty());
    QVERIFY(pairs.a.empty());

    LowQualityQuery q;
    q.scoreName = "relevance";
    q.below = 0.4;
    q.limit = 25;
    std::vector<LowQualityRow> rows;
    QVERIFY(loadLowQuality(m_db, q, rows).ok);
    const qint64 below = scalar(m_db, QStringLiteral("SELECT count(*) FROM scores WHERE name = 'relevance' AND value < 0.4")).toLongLong();
    QCOMPARE(qint64(rows.size()), std::min<qint64>(below, 25));
    for (size_t i = 0; i < rows.size(); ++i) {
        QVERIFY(*rows[i].value < 0.4);
        QVERIFY(rows[i].inputJson && !rows[i].inputJson->empty());
        if (i > 0)
            QVERIFY(*rows[i - 1].timestampNs >= *rows[i].timestampNs);
    }
    // The newest low score is first.
    const qint64 newest = scalar(m_db, QStringLiteral("SELECT max(timestamp_ns) FROM scores WHERE name = 'relevance' AND value < 0.4")).toLongLong();
    QCOMPARE(qint64(*rows.front().timestampNs), newest);
    // Observation scores bring the observation's input.
    q.scoreName = "hallucination";
    q.below = 0.5;
    QVERIFY(loadLowQuality(m_db, q, rows).ok);
    QVERIFY(!rows.empty());
    QVERIFY(rows.front().observationId.has_value());
    const QString obsInput = scalar(m_db, QStringLiteral("SELECT input FROM observations WHERE trace_id = '%1' AND id = '%2'")
                                              .arg(QString::fromStdString(rows.front().traceId),
                                                   QString::fromStdString(*rows.front().observationId))).toString();
    QCOMPARE(QString::fromStdString(*rows.front().inputJson), obsInput);
}

void TestQuality::scoreNamesWithTypes()
{
    std::vector<ScoreNameInfo> names;
    QVERIFY(loadScoreNames(m_db, names).ok);
    QCOMPARE(names.size(), size_t(5));
    std::map<std::string, ScoreNameInfo> byName;
    for (const auto &n : names)
        byName[n.name] = n;
    QCOMPARE(byName["relevance"].dataType, std::string("NUMERIC"));
    QCOMPARE(byName["helpful"].dataType, std::string("BOOLEAN"));
    QCOMPARE(byName["reviewer-note"].dataType, std::string("TEXT"));
    QCOMPARE(byName["sentiment"].categories, (std::vector<std::string> { "negative", "neutral", "positive" }));
    QCOMPARE(byName["relevance"].count, count(m_db, QStringLiteral("scores"), QStringLiteral("name = 'relevance'")));
}

// The facts behind the heatmap follow later imports that rename a trace, add a model and a prompt
// version to one, add and change scores and add traces, exactly as the join reads them; and a
// full rebuild gives the same rows as those incremental updates.
void TestQuality::factsFollowLaterImports()
{
    QTemporaryDir dir;
    generate::Options o;
    o.traces = 300;
    o.spansPerTrace = 4;
    o.seed = 23;
    const QString file = dir.filePath(QStringLiteral("gen.jsonl"));
    QVERIFY(generate::writeFile(file, o).ok);
    Database db;
    QVERIFY(db.open(dir.filePath(QStringLiteral("w.db"))).ok);
    QVERIFY(qualityFactsReady(db));
    import::ImportOptions io;
    io.buildSearchIndex = false;
    QCOMPARE(import::importFiles(db, { file }, io).outcome, import::ImportSummary::Outcome::Ok);
    // Numeric and boolean facts in one table, categorical ones in the other (schema 10).
    QCOMPARE(count(db, QStringLiteral("quality_facts")),
             count(db, QStringLiteral("scores"), QStringLiteral("trace_id IN (SELECT id FROM traces) AND data_type IN "
                                                                "('NUMERIC','BOOLEAN') AND value IS NOT NULL")));
    QCOMPARE(count(db, QStringLiteral("quality_label_facts")),
             count(db, QStringLiteral("scores"), QStringLiteral("trace_id IN (SELECT id FROM traces) AND data_type = "
                                                                "'CATEGORICAL' AND string_value IS NOT NULL")));
    QVERIFY(count(db, QStringLiteral("quality_label_facts")) > 0);
    QString diff = compareFactsWithJoin(db);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));

    std::vector<std::string> ids;
    Statement pick(db, "SELECT DISTINCT trace_id FROM scores WHERE data_type = 'NUMERIC' ORDER BY trace_id LIMIT 3");
    while (pick.step())
        ids.push_back(pick.text(0));
    QCOMPARE(ids.size(), size_t(3));
    Statement scoreOf(db, "SELECT id FROM scores WHERE trace_id = ?1 AND data_type = 'NUMERIC' LIMIT 1");
    scoreOf.bind(1, ids[2]);
    QVERIFY(scoreOf.step());
    const std::string changedScore = scoreOf.text(0);
    const QString later = dir.filePath(QStringLiteral("later.jsonl"));
    QFile f(later);
    QVERIFY(f.open(QIODevice::WriteOnly));
    const QByteArray t0 = QByteArray::fromStdString(ids[0]), t1 = QByteArray::fromStdString(ids[1]),
                     t2 = QByteArray::fromStdString(ids[2]);
    f.write("{\"id\":\"" + t0 + "\",\"timestamp\":\"2031-01-15T12:00:00.000Z\",\"name\":\"renamed-flow\","
            "\"userId\":\"late-user\",\"environment\":\"late-env\",\"release\":\"late-release\"}\n");
    f.write("{\"id\":\"late-obs\",\"traceId\":\"" + t1 + "\",\"type\":\"GENERATION\",\"name\":\"late\","
            "\"startTime\":\"2031-01-15T12:00:00.000Z\",\"model\":\"model-added-later\","
            "\"promptName\":\"late-prompt\",\"promptVersion\":9}\n");
    f.write("{\"id\":\"late-score\",\"traceId\":\"" + t2 + "\",\"name\":\"relevance\",\"dataType\":\"NUMERIC\","
            "\"value\":0.125,\"timestamp\":\"2031-01-15T12:00:00.000Z\"}\n");
    f.write("{\"id\":\"" + QByteArray::fromStdString(changedScore) + "\",\"traceId\":\"" + t2
            + "\",\"name\":\"relevance\",\"dataType\":\"NUMERIC\",\"value\":0.5,"
              "\"timestamp\":\"2031-01-15T12:00:00.000Z\"}\n");
    f.write("{\"id\":\"late-trace\",\"timestamp\":\"2031-01-16T12:00:00.000Z\",\"name\":\"late-flow\"}\n");
    f.write("{\"id\":\"late-trace-obs\",\"traceId\":\"late-trace\",\"type\":\"GENERATION\",\"name\":\"gen\","
            "\"startTime\":\"2031-01-16T12:00:00.000Z\",\"model\":\"model-added-later\"}\n");
    f.write("{\"id\":\"late-trace-score\",\"traceId\":\"late-trace\",\"name\":\"sentiment\","
            "\"dataType\":\"CATEGORICAL\",\"stringValue\":\"late-label\",\"timestamp\":\"2031-01-16T12:00:00.000Z\"}\n");
    f.close();
    const auto summary = import::importFiles(db, { later }, io);
    QCOMPARE(summary.outcome, import::ImportSummary::Outcome::Ok);
    QVERIFY(qualityFactsReady(db));
    diff = compareFactsWithJoin(db);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));

    // What the user sees: the renamed trace's scores under its new name, the added model's column
    // holding the scores of the trace that gained it, the new label as a row.
    HeatmapRequest req;
    req.grouping = QualityGrouping::TraceName;
    QualityHeatmap map;
    QVERIFY(loadQualityHeatmap(db, req, map).ok);
    const auto col = std::find_if(map.columns.begin(), map.columns.end(), [](const QualityColumn &c) { return c.key == "renamed-flow"; });
    QVERIFY(col != map.columns.end());
    int64_t renamed = 0;
    for (size_t r = 0; r < map.rows.size(); ++r)
        renamed += map.hitCount(r, size_t(col - map.columns.begin()));
    QCOMPARE(renamed, count(db, QStringLiteral("scores"), QStringLiteral("trace_id = '%1' AND data_type IN ('NUMERIC','BOOLEAN')").arg(QString::fromStdString(ids[0]))));
    req.grouping = QualityGrouping::Model;
    req.categoricalScore = "sentiment";
    QVERIFY(loadQualityHeatmap(db, req, map).ok);
    QVERIFY(std::find(map.rows.begin(), map.rows.end(), "late-label") != map.rows.end());
    QVERIFY(std::any_of(map.columns.begin(), map.columns.end(), [](const QualityColumn &c) { return c.key == "model-added-later"; }));

    // Incremental updates and a full rebuild agree row for row.
    const std::vector<std::string> incremental = factRows(db);
    bool rebuilt = false;
    QVERIFY(refreshQualityFacts(db, { ids[0] }, &rebuilt).ok);
    QVERIFY(!rebuilt);
    QCOMPARE(factRows(db), incremental);
    const Status rebuiltAll = rebuildQualityFacts(db);
    QVERIFY2(rebuiltAll.ok, qPrintable(rebuiltAll.error));
    QCOMPARE(factRows(db), incremental);
    QCOMPARE(qint64(incremental.size()),
             count(db, QStringLiteral("scores"), QStringLiteral("trace_id IN (SELECT id FROM traces) AND ((data_type IN ('NUMERIC','BOOLEAN') "
                                                                "AND value IS NOT NULL) OR (data_type = 'CATEGORICAL' AND string_value IS NOT NULL))")));
}

// A schema-9 workspace kept categorical facts in quality_facts (type 2). Read-only, its facts are
// not used (the heatmap takes the join); the read-write open's migration moves them to
// quality_label_facts, row for row.
void TestQuality::schema9FactsSplitOnUpgrade()
{
    QTemporaryDir dir;
    generate::Options o;
    o.traces = 120;
    o.spansPerTrace = 3;
    o.seed = 5;
    const QString file = dir.filePath(QStringLiteral("gen.jsonl"));
    QVERIFY(generate::writeFile(file, o).ok);
    const QString path = dir.filePath(QStringLiteral("w.db"));
    std::vector<std::string> before;
    {
        Database db;
        QVERIFY(db.open(path).ok);
        import::ImportOptions io;
        io.buildSearchIndex = false;
        QCOMPARE(import::importFiles(db, { file }, io).outcome, import::ImportSummary::Outcome::Ok);
        before = factRows(db);
        QVERIFY(count(db, QStringLiteral("quality_label_facts")) > 0);
        // Back to schema 9's layout.
        QVERIFY(db.exec("INSERT INTO quality_facts(name, type, value, label, day, trace_name, user_id, environment, "
                        "release, models, prompts, trace_rowid) SELECT name, 2, NULL, label, day, trace_name, user_id, "
                        "environment, release, models, prompts, trace_rowid FROM quality_label_facts; "
                        "DROP TABLE quality_label_facts; DROP TABLE score_configs; PRAGMA user_version=9;").ok);
    }
    {
        Database ro;
        QVERIFY(ro.open(path, Database::Mode::ReadOnly).ok);
        QVERIFY(!qualityFactsReady(ro));
        HeatmapRequest r;
        r.categoricalScore = "sentiment";
        QualityHeatmap map;
        QVERIFY(loadQualityHeatmap(ro, r, map).ok);
        QVERIFY(!map.rows.empty());
    }
    Database db;
    QVERIFY(db.open(path).ok);
    QCOMPARE(db.userVersion(), 12);
    QVERIFY(qualityFactsReady(db));
    QCOMPARE(count(db, QStringLiteral("quality_facts"), QStringLiteral("type = 2")), qint64(0));
    QCOMPARE(factRows(db), before);
    const QString diff = compareFactsWithJoin(db);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

QTEST_GUILESS_MAIN(TestQuality)
#include "tst_quality.moc"
