// Cost reports (core/store/costrepository, core/analytics/costreport, `spanscope-cli report cost`):
// series over ranges that cut days in half equal raw sums for the same calls; filtered reports
// (answered from raw rows) equal direct SQL; week and month buckets start where the calendar says;
// KPIs compare with the previous equal range; per-trace percentiles; metadata breakdowns;
// budgets persist; and the CLI prints the same numbers.

#include <QtTest>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "analytics/costreport.h"
#include "generate/generator.h"
#include "import/importservice.h"
#include "store/costrepository.h"
#include "testsupport.h"

using namespace spanscope;
using namespace spanscope::store;
using namespace spanscope::test;
using analytics::CostBucket;

namespace {

int64_t isoNs(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch() * 1000000;
}

// Direct SQL: cost and requests of the calls starting in [from, to), optionally of one user,
// grouped by model.
std::map<std::string, std::pair<double, int64_t>> rawByModel(Database &db, int64_t from, int64_t to,
                                                             const QString &user = QString())
{
    Statement st(db, QStringLiteral("SELECT COALESCE(o.model, ''), total(COALESCE(o.cost_provided, o.cost_computed)), "
                                    "count(*) FROM observations o JOIN traces t ON t.id = o.trace_id "
                                    "WHERE COALESCE(o.start_ns, t.timestamp_ns) >= ?1 AND COALESCE(o.start_ns, t.timestamp_ns) < ?2 "
                                    "AND (o.type IN ('GENERATION','EMBEDDING') OR o.model IS NOT NULL OR "
                                    "o.cost_provided IS NOT NULL OR o.cost_computed IS NOT NULL) %1 GROUP BY 1")
                         .arg(user.isEmpty() ? QString() : QStringLiteral("AND t.user_id = ?3"))
                         .toStdString());
    st.bind(1, from);
    st.bind(2, to);
    if (!user.isEmpty())
        st.bind(3, user);
    std::map<std::string, std::pair<double, int64_t>> out;
    while (st.step())
        out[st.text(0)] = { st.real(1), st.int64(2) };
    return out;
}

bool near(double a, double b) { return std::fabs(a - b) <= 1e-9 * std::max(1.0, std::fabs(b)); }

} // namespace

class TestCostReport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void seriesOverPartialDaysEqualsRaw_data();
    void seriesOverPartialDaysEqualsRaw();
    void filteredSeriesComesFromRawRowsAndMatches();
    void weekAndMonthBuckets();
    void kpisCompareWithPreviousRange();
    void traceStatsAndMetadata();
    void budgetsPersist();
    void cliPrintsTheSameNumbers();
    void metadataCacheServesRepeatsAndSeesNewData(); // last: imports more data

private:
    QTemporaryDir m_dir;
    Database m_db;
    QString m_path;
};

void TestCostReport::initTestCase()
{
    generate::Options o;
    o.traces = 1500;
    o.spansPerTrace = 6;
    o.seed = 21;
    m_path = m_dir.filePath(QStringLiteral("w.db"));
    QVERIFY(m_db.open(m_path).ok);
    const QString error = importGenerated(m_db, m_dir.filePath(QStringLiteral("gen.jsonl")), o);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestCostReport::seriesOverPartialDaysEqualsRaw_data()
{
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<int>("bucket");
    QTest::newRow("days, cut edges") << qint64(isoNs("2026-01-03T05:00:00Z")) << qint64(isoNs("2026-01-17T19:00:00Z"))
                                     << int(CostBucket::Day);
    QTest::newRow("inside one day") << qint64(isoNs("2026-01-08T02:00:00Z")) << qint64(isoNs("2026-01-08T23:00:00Z"))
                                    << int(CostBucket::Day);
    QTest::newRow("hours") << qint64(isoNs("2026-01-10T00:00:00Z")) << qint64(isoNs("2026-01-12T07:00:00Z"))
                           << int(CostBucket::Hour);
    QTest::newRow("whole data") << qint64(isoNs("2025-12-01T00:00:00Z")) << qint64(isoNs("2026-03-01T00:00:00Z"))
                                << int(CostBucket::Week);
}

void TestCostReport::seriesOverPartialDaysEqualsRaw()
{
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(int, bucket);
    analytics::CostQuery q;
    q.fromNs = from;
    q.toNs = to;
    q.dim = CostDim::Model;
    q.bucket = CostBucket(bucket);
    analytics::CostSeries s;
    QVERIFY(analytics::costSeries(m_db, q, s).ok);
    QVERIFY(s.fromRollups);
    const auto raw = rawByModel(m_db, from, to);
    QVERIFY(!raw.empty());
    QCOMPARE(s.groups.size(), raw.size());
    for (size_t g = 0; g < s.groups.size(); ++g) {
        const auto &[cost, requests] = raw.at(s.groups[g]);
        QCOMPARE(s.groupTotals[g].requests, requests);
        QVERIFY2(near(s.groupTotals[g].cost, cost), s.groups[g].c_str());
        // Buckets add up to the group's total.
        double sum = 0;
        for (const CostSums &c : s.cells[g])
            sum += c.cost;
        QVERIFY(near(sum, cost));
    }
    // Groups are ordered by cost.
    for (size_t g = 1; g < s.groups.size(); ++g)
        QVERIFY(s.groupTotals[g - 1].cost >= s.groupTotals[g].cost);
}

void TestCostReport::filteredSeriesComesFromRawRowsAndMatches()
{
    const QString user = scalar(m_db, QStringLiteral("SELECT user_id FROM traces WHERE user_id IS NOT NULL "
                                                     "GROUP BY user_id ORDER BY count(*) DESC LIMIT 1"))
                             .toString();
    QVERIFY(!user.isEmpty());
    analytics::CostQuery q;
    q.fromNs = isoNs("2026-01-02T00:00:00Z");
    q.toNs = isoNs("2026-01-20T00:00:00Z");
    q.dim = CostDim::Model;
    q.filter.userIds = { user.toStdString() };
    analytics::CostSeries s;
    QVERIFY(analytics::costSeries(m_db, q, s).ok);
    QVERIFY(!s.fromRollups); // a user filter grouped by model needs the raw rows
    const auto raw = rawByModel(m_db, q.fromNs, q.toNs, user);
    QCOMPARE(s.groups.size(), raw.size());
    for (size_t g = 0; g < s.groups.size(); ++g) {
        QCOMPARE(s.groupTotals[g].requests, raw.at(s.groups[g]).second);
        QVERIFY(near(s.groupTotals[g].cost, raw.at(s.groups[g]).first));
    }
    // The same user grouped by user is answered by the rollups and agrees.
    q.dim = CostDim::User;
    analytics::CostSeries byUser;
    QVERIFY(analytics::costSeries(m_db, q, byUser).ok);
    QVERIFY(byUser.fromRollups);
    QCOMPARE(byUser.groups.size(), size_t(1));
    QVERIFY(near(byUser.total.cost, s.total.cost));
    QCOMPARE(byUser.total.requests, s.total.requests);
}

void TestCostReport::weekAndMonthBuckets()
{
    // 2026-01-07 is a Wednesday; its week starts Monday 2026-01-05.
    QCOMPARE(analytics::costBucketStart(isoNs("2026-01-07T13:00:00Z"), CostBucket::Week), isoNs("2026-01-05T00:00:00Z"));
    QCOMPARE(analytics::costBucketStart(isoNs("2026-01-05T00:00:00Z"), CostBucket::Week), isoNs("2026-01-05T00:00:00Z"));
    QCOMPARE(analytics::costBucketStart(isoNs("2024-02-29T23:59:00Z"), CostBucket::Month), isoNs("2024-02-01T00:00:00Z"));
    QCOMPARE(analytics::costBucketNext(isoNs("2024-02-01T00:00:00Z"), CostBucket::Month), isoNs("2024-03-01T00:00:00Z"));
    QCOMPARE(analytics::costBucketNext(isoNs("2025-12-01T00:00:00Z"), CostBucket::Month), isoNs("2026-01-01T00:00:00Z"));
    QCOMPARE(analytics::autoCostBucket(0, 2 * kDayNs), CostBucket::Hour);
    QCOMPARE(analytics::autoCostBucket(0, 30 * kDayNs), CostBucket::Day);
    QCOMPARE(analytics::autoCostBucket(0, 365 * kDayNs), CostBucket::Week);
    QCOMPARE(analytics::autoCostBucket(0, 1000 * kDayNs), CostBucket::Month);

    analytics::CostQuery q;
    q.fromNs = isoNs("2026-01-01T00:00:00Z");
    q.toNs = isoNs("2026-02-01T00:00:00Z");
    q.bucket = CostBucket::Week;
    analytics::CostSeries s;
    QVERIFY(analytics::costSeries(m_db, q, s).ok);
    QCOMPARE(s.buckets.front(), isoNs("2025-12-29T00:00:00Z")); // the Monday before Jan 1
    for (size_t b = 1; b < s.buckets.size(); ++b)
        QCOMPARE(s.buckets[b] - s.buckets[b - 1], 7 * kDayNs);
    // Week 2026-01-05: its cells equal raw sums over that week.
    const auto raw = rawByModel(m_db, isoNs("2026-01-05T00:00:00Z"), isoNs("2026-01-12T00:00:00Z"));
    const size_t b = size_t(std::find(s.buckets.begin(), s.buckets.end(), isoNs("2026-01-05T00:00:00Z")) - s.buckets.begin());
    QVERIFY(b < s.buckets.size());
    for (size_t g = 0; g < s.groups.size(); ++g)
        QVERIFY(near(s.cells[g][b].cost, raw.count(s.groups[g]) ? raw.at(s.groups[g]).first : 0.0));
}

void TestCostReport::kpisCompareWithPreviousRange()
{
    analytics::CostKpis k;
    const int64_t from = isoNs("2026-01-11T00:00:00Z"), to = isoNs("2026-01-21T00:00:00Z");
    QVERIFY(analytics::costKpis(m_db, from, to, {}, k).ok);
    QCOMPARE(k.previousToNs, from);
    QCOMPARE(k.previousFromNs, isoNs("2026-01-01T00:00:00Z"));
    double cur = 0, prev = 0;
    int64_t curN = 0;
    for (const auto &[m, v] : rawByModel(m_db, from, to)) {
        cur += v.first;
        curN += v.second;
    }
    for (const auto &[m, v] : rawByModel(m_db, k.previousFromNs, from))
        prev += v.first;
    QVERIFY(near(k.current.cost, cur));
    QVERIFY(near(k.previous.cost, prev));
    QCOMPARE(k.current.requests, curN);
    QVERIFY(near(analytics::costPerRequest(k.current), cur / double(curN)));
    QVERIFY(analytics::errorShare(k.current) > 0 && analytics::errorShare(k.current) < 0.5);
    const auto change = analytics::relativeChange(k.current.cost, k.previous.cost);
    QVERIFY(change.has_value());
    QVERIFY(near(*change, (cur - prev) / prev));
    QVERIFY(!analytics::relativeChange(1, 0).has_value());
}

void TestCostReport::traceStatsAndMetadata()
{
    const int64_t from = isoNs("2026-01-01T00:00:00Z"), to = isoNs("2026-02-01T00:00:00Z");
    TraceCostStats st;
    QVERIFY(traceCostStats(m_db, from, to, {}, 5, st).ok);
    const qint64 n = count(m_db, QStringLiteral("traces"), QStringLiteral("cost IS NOT NULL AND timestamp_ns >= %1 AND timestamp_ns < %2").arg(from).arg(to));
    QCOMPARE(st.traces, n);
    // p50: the share of traces at or below it is about a half; p95 about 95 %.
    const double below50 = count(m_db, QStringLiteral("traces"), QStringLiteral("cost <= %1 AND timestamp_ns >= %2 AND timestamp_ns < %3").arg(st.p50, 0, 'g', 17).arg(from).arg(to));
    const double below95 = count(m_db, QStringLiteral("traces"), QStringLiteral("cost <= %1 AND timestamp_ns >= %2 AND timestamp_ns < %3").arg(st.p95, 0, 'g', 17).arg(from).arg(to));
    QVERIFY(std::fabs(below50 / double(n) - 0.5) < 0.01);
    QVERIFY(std::fabs(below95 / double(n) - 0.95) < 0.01);
    QCOMPARE(int(st.top.size()), 5);
    QVERIFY(near(st.top.front().cost, scalar(m_db, QStringLiteral("SELECT max(cost) FROM traces WHERE timestamp_ns >= %1 AND timestamp_ns < %2").arg(from).arg(to)).toDouble()));
    for (size_t i = 1; i < st.top.size(); ++i)
        QVERIFY(st.top[i - 1].cost >= st.top[i].cost);

    std::vector<std::string> keys;
    QVERIFY(metadataKeys(m_db, from, to, 20, keys).ok);
    QVERIFY(!keys.empty());
    std::vector<TraceGroupCost> groups;
    QVERIFY(metadataCosts(m_db, keys.front(), from, to, {}, 100, groups).ok);
    QVERIFY(!groups.empty());
    double sum = 0;
    int64_t traces = 0;
    for (const TraceGroupCost &g : groups) {
        sum += g.cost;
        traces += g.traces;
    }
    QCOMPARE(traces, count(m_db, QStringLiteral("traces"), QStringLiteral("timestamp_ns >= %1 AND timestamp_ns < %2").arg(from).arg(to)));
    QVERIFY(near(sum, scalar(m_db, QStringLiteral("SELECT total(cost) FROM traces WHERE timestamp_ns >= %1 AND timestamp_ns < %2").arg(from).arg(to)).toDouble()));
    std::vector<TraceGroupCost> sessions;
    QVERIFY(sessionCosts(m_db, from, to, {}, 10, sessions).ok);
    QCOMPARE(int(sessions.size()), 10);
}

void TestCostReport::budgetsPersist()
{
    Budget b;
    b.name = "monthly gpt-4o";
    b.period = "month";
    b.amountUsd = 25;
    b.dim = CostDim::Model;
    b.value = "gpt-4o";
    QVERIFY(saveBudget(m_db, b).ok);
    QVERIFY(b.id > 0);
    b.amountUsd = 30;
    QVERIFY(saveBudget(m_db, b).ok);
    std::vector<Budget> all;
    QVERIFY(listBudgets(m_db, all).ok);
    QCOMPARE(int(all.size()), 1);
    QCOMPARE(all.front().amountUsd, 30.0);
    QCOMPARE(all.front().value, std::string("gpt-4o"));
    QCOMPARE(int(all.front().dim), int(CostDim::Model));
    Budget bad = b;
    bad.id = 0;
    bad.period = "fortnight";
    QVERIFY(!saveBudget(m_db, bad).ok);
    // The budget's daily series equals the model's raw daily cost.
    std::vector<double> days;
    QVERIFY(analytics::dailyCost(m_db, isoNs("2026-01-04T00:00:00Z"), isoNs("2026-01-09T00:00:00Z"), CostDim::Model, "gpt-4o", days).ok);
    QCOMPARE(int(days.size()), 5);
    for (int i = 0; i < 5; ++i) {
        const auto raw = rawByModel(m_db, isoNs("2026-01-04T00:00:00Z") + i * kDayNs, isoNs("2026-01-05T00:00:00Z") + i * kDayNs);
        QVERIFY(near(days[size_t(i)], raw.count("gpt-4o") ? raw.at("gpt-4o").first : 0.0));
    }
    QVERIFY(deleteBudget(m_db, b.id).ok);
    QVERIFY(listBudgets(m_db, all).ok);
    QVERIFY(all.empty());
}

void TestCostReport::cliPrintsTheSameNumbers()
{
    const CliResult r = runCli({ QStringLiteral("report"), QStringLiteral("cost"), QStringLiteral("--db"), m_path,
                                 QStringLiteral("--by"), QStringLiteral("model"), QStringLiteral("--bucket"),
                                 QStringLiteral("day"), QStringLiteral("--from"), QStringLiteral("2026-01-03T05:00:00Z"),
                                 QStringLiteral("--to"), QStringLiteral("2026-01-17T19:00:00Z"), QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 0);
    const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
    const QJsonArray rows = doc.value(QStringLiteral("rows")).toArray();
    QVERIFY(!rows.isEmpty());
    std::map<std::string, std::pair<double, int64_t>> cli;
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        QVERIFY(o.contains(QStringLiteral("bucket")));
        auto &[c, n] = cli[o.value(QStringLiteral("group")).toString().toStdString()];
        c += o.value(QStringLiteral("cost_usd")).toDouble();
        n += o.value(QStringLiteral("requests")).toInteger();
    }
    const auto raw = rawByModel(m_db, isoNs("2026-01-03T05:00:00Z"), isoNs("2026-01-17T19:00:00Z"));
    QCOMPARE(cli.size(), raw.size());
    for (const auto &[model, v] : raw) {
        QCOMPARE(cli.at(model).second, v.second);
        QVERIFY(near(cli.at(model).first, v.first));
    }
    const CliResult bad = runCli({ QStringLiteral("report"), QStringLiteral("cost"), QStringLiteral("--db"), m_path,
                                   QStringLiteral("--by"), QStringLiteral("colour") });
    QCOMPARE(bad.exitCode, 1);
    QVERIFY(bad.err.contains("unknown grouping colour"));
    const CliResult csv = runCli({ QStringLiteral("report"), QStringLiteral("cost"), QStringLiteral("--db"), m_path,
                                   QStringLiteral("--by"), QStringLiteral("tag"), QStringLiteral("--csv") });
    QCOMPARE(csv.exitCode, 0);
    QVERIFY(csv.out.startsWith("group,cost_usd,requests,"));
    QVERIFY(csv.out.count('\n') >= 3);
}

namespace {
bool sameGroups(const std::vector<TraceGroupCost> &a, const std::vector<TraceGroupCost> &b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (a[i].value != b[i].value || a[i].traces != b[i].traces || a[i].tokens != b[i].tokens || !near(a[i].cost, b[i].cost))
            return false;
    return true;
}
} // namespace

void TestCostReport::metadataCacheServesRepeatsAndSeesNewData()
{
    const int64_t from = isoNs("2026-01-01T00:00:00Z"), to = isoNs("2026-02-01T00:00:00Z");
    std::vector<std::string> keys;
    QVERIFY(metadataKeys(m_db, from, to, 20, keys).ok);
    QVERIFY(!keys.empty());
    const std::string key = keys.front();
    MetadataCostCache cache(3);
    std::vector<TraceGroupCost> direct, got;
    bool hit = true;
    QVERIFY(metadataCosts(m_db, key, from, to, {}, 100, direct).ok);
    QVERIFY(cache.get(m_db, key, from, to, {}, 100, got, &hit).ok);
    QVERIFY(!hit);
    QVERIFY(sameGroups(got, direct));
    got.clear();
    QVERIFY(cache.get(m_db, key, from, to, {}, 100, got, &hit).ok);
    QVERIFY(hit);
    QVERIFY(sameGroups(got, direct));
    // Filters that differ only far behind the decimal point are different questions.
    TraceFilter f1, f2;
    f1.minCostUsd = 1e-7;
    f2.minCostUsd = 2e-7;
    QVERIFY(cache.get(m_db, key, from, to, f1, 100, got, &hit).ok);
    QVERIFY(!hit);
    QVERIFY(cache.get(m_db, key, from, to, f2, 100, got, &hit).ok);
    QVERIFY(!hit);
    QCOMPARE(cache.size(), size_t(3));
    // A fourth question evicts the least recently used (the unfiltered one).
    QVERIFY(cache.get(m_db, key, from, to - kDayNs, {}, 100, got, &hit).ok);
    QVERIFY(!hit);
    QCOMPARE(cache.size(), size_t(3));
    QVERIFY(cache.get(m_db, key, from, to, f2, 100, got, &hit).ok);
    QVERIFY(hit);
    QVERIFY(cache.get(m_db, key, from, to, {}, 100, got, &hit).ok);
    QVERIFY(!hit);

    // New data: the cached answer is not served again; the fresh one counts the new traces.
    generate::Options o;
    o.traces = 300;
    o.spansPerTrace = 3;
    o.seed = 77;
    const QString error = importGenerated(m_db, m_dir.filePath(QStringLiteral("more.jsonl")), o);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    std::vector<TraceGroupCost> after;
    QVERIFY(metadataCosts(m_db, key, from, to, {}, 100, after).ok);
    QVERIFY(!sameGroups(after, direct));
    QVERIFY(cache.get(m_db, key, from, to, {}, 100, got, &hit).ok);
    QVERIFY(!hit);
    QVERIFY(sameGroups(got, after));
    cache.clear();
    QCOMPARE(cache.size(), size_t(0));
}

QTEST_GUILESS_MAIN(TestCostReport)
#include "tst_costreport.moc"
