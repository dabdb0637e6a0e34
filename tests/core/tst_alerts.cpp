// Alert rules (core/analytics/alerts + spanscope-cli alerts): a workspace with planted problems —
// a costly day, a day of errors, a slow day, a day of low relevance and a day whose groundedness
// distribution shifts — must fire exactly those windows and nothing else; rules parse with
// precise errors; the CLI exits 4 when something fires and 0 when nothing does.

#include <QtTest>

#include "analytics/alerts.h"
#include "store/qualityfacts.h"
#include "testsupport.h"

using namespace spanscope;
using namespace spanscope::analytics;
using namespace spanscope::test;

namespace {
constexpr int64_t kHour = 3600LL * 1000000000LL;
constexpr int64_t kDay = 24 * kHour;
constexpr int64_t kT0 = 1772409600LL * 1000000000LL; // 2026-03-02T00:00:00Z
constexpr int kDays = 10, kPerDay = 20;
constexpr int kCostDay = 4, kErrorDay = 6, kSlowDay = 7, kLowScoreDay = 8, kDriftDay = 9;

QString traceId(int day, int i) { return QStringLiteral("t%1-%2").arg(day, 2, 10, QLatin1Char('0')).arg(i, 2, 10, QLatin1Char('0')); }
} // namespace

class TestAlerts : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void windowsParse();
    void rulesParseWithPreciseErrors();
    void plantedWindowsFireExactly();
    void firingsLinkTheTracesInvolved();
    void minSamplesSuppressesSmallWindows();
    void windowsAreAlignedToUtc();
    void cliExitCodesAndJson();
    void cliReportQualityMatchesTheData();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::vector<AlertFiring> m_firings;
};

void TestAlerts::initTestCase()
{
    m_path = m_dir.filePath(QStringLiteral("planted.db"));
    store::Database db;
    QVERIFY(db.open(m_path).ok);
    store::Transaction tx(db);
    store::Statement trace(db, "INSERT INTO traces (id, name, timestamp_ns, latency_ns, error_count, cost) VALUES (?1, 'chat', ?2, ?3, ?4, ?5)");
    store::Statement score(db, "INSERT INTO scores (id, trace_id, name, data_type, value, timestamp_ns) VALUES (?1, ?2, ?3, 'NUMERIC', ?4, ?5)");
    QVERIFY(trace.isValid() && score.isValid());
    for (int d = 0; d < kDays; ++d)
        for (int i = 0; i < kPerDay; ++i) {
            const QString id = traceId(d, i);
            const int64_t ts = kT0 + d * kDay + int64_t(i) * kHour + 17; // one trace per hour
            trace.reset();
            trace.bind(1, id);
            trace.bind(2, ts);
            // Latency 500..1450 ms; the slow day has five 20 s traces (p95 = 20 s).
            const bool slow = d == kSlowDay && i >= 15;
            trace.bind(3, int64_t(slow ? 20000 : 500 + 50 * i) * 1000000);
            // One error a day (5%); the error day fails half its traces.
            trace.bind(4, int64_t((d == kErrorDay ? i % 2 == 0 : i == 3) ? 1 : 0));
            // $1 per trace ($20 a day); the costly day $3 ($60).
            trace.bind(5, d == kCostDay ? 3.0 : 1.0);
            QVERIFY(trace.run());
            // Relevance 0.8 (the low day 0.4); groundedness evenly over [0.6, 0.98) — the same
            // set every day, so consecutive days have KS D = 0 — and [0.1, 0.48) on the drift day.
            const struct { const char *name; double value; } scores[] = {
                { "relevance", d == kLowScoreDay ? 0.4 : 0.8 },
                { "groundedness", (d == kDriftDay ? 0.1 : 0.6) + 0.02 * ((i * 7) % kPerDay) },
            };
            for (const auto &s : scores) {
                score.reset();
                score.bind(1, id + QLatin1Char('-') + QLatin1String(s.name));
                score.bind(2, id);
                score.bind(3, s.name);
                score.bind(4, s.value);
                score.bind(5, ts + kHour / 2);
                QVERIFY(score.run());
            }
        }
    // Rows written by hand: derive the heatmap's quality facts as an import does.
    QVERIFY(store::rebuildQualityFacts(db).ok);
    QVERIFY(tx.commit().ok);
    QFile f(testData(QStringLiteral("quality/rules-planted.json")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    std::vector<AlertRule> rules;
    QString error;
    QVERIFY2(parseAlertRules(f.readAll(), rules, error), qPrintable(error));
    QCOMPARE(rules.size(), size_t(6));
    QVERIFY(evaluateAlerts(db, rules, m_firings).ok);
}

void TestAlerts::windowsParse()
{
    QCOMPARE(parseWindow("1h"), std::optional<int64_t>(kHour));
    QCOMPARE(parseWindow("1d"), std::optional<int64_t>(kDay));
    QCOMPARE(parseWindow("7d"), std::optional<int64_t>(7 * kDay));
    QCOMPARE(parseWindow("36h"), std::optional<int64_t>(36 * kHour));
    QCOMPARE(parseWindow("2d"), std::optional<int64_t>(2 * kDay));
    for (const char *bad : { "", "h", "0d", "1w", "-1h", "1.5h", "d1", "1 d", "1D" })
        QVERIFY2(!parseWindow(bad), bad);
}

void TestAlerts::rulesParseWithPreciseErrors()
{
    std::vector<AlertRule> rules;
    QString error;
    QVERIFY(parseAlertRules(R"({"rules":[{"name":"daily-cost","type":"cost","window":"1d","threshold":50,"severity":"critical"},
        {"name":"relevance","type":"score_mean","score":"relevance","window":"1d","threshold":0.7,"min_samples":50,"severity":"warning"}]})",
                            rules, error));
    QCOMPARE(rules.size(), size_t(2));
    QCOMPARE(rules[0].type, AlertType::Cost);
    QCOMPARE(rules[0].severity, std::string("critical"));
    QCOMPARE(rules[0].minSamples, size_t(1));
    QCOMPARE(rules[1].metric, store::QualityMetric::Score);
    QCOMPARE(rules[1].minSamples, size_t(50));
    const struct { const char *json; const char *message; } bad[] = {
        { "[1,2]", "\"rules\" array" },
        { "{\"rules\":[", "not valid JSON" },
        { R"({"rules":[{"type":"cost","window":"1d","threshold":1}]})", "missing \"name\"" },
        { R"({"rules":[{"name":"x","type":"budget","window":"1d","threshold":1}]})", "unknown type \"budget\"" },
        { R"({"rules":[{"name":"x","type":"cost","window":"1w","threshold":1}]})", "window \"1w\"" },
        { R"({"rules":[{"name":"x","type":"cost","window":"1d"}]})", "threshold" },
        { R"({"rules":[{"name":"x","type":"score_mean","window":"1d","threshold":1}]})", "needs \"score\"" },
        { R"({"rules":[{"name":"x","type":"drift","window":"1d","threshold":1}]})", "drift needs \"metric\"" },
        { R"({"rules":[{"name":"x","type":"cost","window":"1d","threshold":1,"severity":"page"}]})", "severity" },
        { R"({"rules":[{"name":"x","type":"cost","window":"1d","threshold":1,"min_samples":0}]})", "min_samples" },
    };
    for (const auto &b : bad) {
        QVERIFY2(!parseAlertRules(b.json, rules, error), b.json);
        QVERIFY2(error.contains(QLatin1String(b.message)), qPrintable(error));
    }
    // Drift defaults: 20 samples per window; a named score implies the score metric.
    QVERIFY(parseAlertRules(R"({"rules":[{"name":"d","type":"drift","score":"s","window":"1d","threshold":0.3}]})", rules, error));
    QCOMPARE(rules[0].minSamples, size_t(20));
    QCOMPARE(rules[0].metric, store::QualityMetric::Score);
}

void TestAlerts::plantedWindowsFireExactly()
{
    QStringList got;
    for (const AlertFiring &f : m_firings)
        got << QStringLiteral("%1@%2").arg(QString::fromStdString(f.rule)).arg((f.fromNs - kT0) / kDay);
    QCOMPARE(got, (QStringList { QStringLiteral("daily-cost@4"), QStringLiteral("errors@6"), QStringLiteral("slow@7"),
                                 QStringLiteral("relevance@8"), QStringLiteral("grounded-drift@9") }));
    for (const AlertFiring &f : m_firings) {
        QCOMPARE(f.toNs - f.fromNs, kDay);
        QCOMPARE(f.samples, size_t(kPerDay));
    }
    QCOMPARE(m_firings[0].value, 60.0);
    QCOMPARE(m_firings[0].severity, std::string("critical"));
    QCOMPARE(m_firings[1].value, 0.5);
    QCOMPARE(m_firings[2].value, 20000.0);
    QVERIFY(std::fabs(m_firings[3].value - 0.4) < 1e-12);
    const AlertFiring &drift = m_firings[4];
    QVERIFY(drift.drift.has_value());
    QCOMPARE(drift.value, 1.0); // disjoint ranges
    QCOMPARE(drift.drift->level, DriftLevel::Critical); // mean fell by about 60%
    QVERIFY(drift.drift->ks.pValue < 1e-6);
}

void TestAlerts::firingsLinkTheTracesInvolved()
{
    const AlertFiring &cost = m_firings[0];
    QCOMPARE(cost.traceCount, int64_t(kPerDay));
    QCOMPARE(cost.traceIds.size(), size_t(kPerDay));
    QVERIFY(cost.traceIds.front().rfind("t04-", 0) == 0);
    const AlertFiring &errors = m_firings[1];
    QCOMPARE(errors.traceIds.size(), size_t(kPerDay / 2)); // exactly the failed ones
    for (const std::string &id : errors.traceIds) {
        QVERIFY(id.rfind("t06-", 0) == 0);
        QCOMPARE(std::stoi(id.substr(4)) % 2, 0);
    }
    // The slowest traces first.
    const AlertFiring &slow = m_firings[2];
    QCOMPARE(slow.traceIds.front(), std::string("t07-15"));
    QCOMPARE(QString::fromStdString(slow.traceIds[4]), QStringLiteral("t07-19"));
    QCOMPARE(m_firings[3].traceCount, int64_t(kPerDay));
}

void TestAlerts::minSamplesSuppressesSmallWindows()
{
    // relevance-strict (min 50 a day) never fires although day 8 is as low.
    for (const AlertFiring &f : m_firings)
        QVERIFY(f.rule != "relevance-strict");
    AlertRule r;
    r.name = "r";
    r.type = AlertType::ScoreMean;
    r.windowNs = kDay;
    r.threshold = 0.7;
    r.minSamples = 3;
    const std::vector<store::MetricSample> samples = { { 0, 0.1 }, { 1, 0.1 }, { kDay, 0.1 }, { kDay + 1, 0.1 }, { kDay + 2, 0.1 } };
    const auto fired = evaluateRule(r, samples);
    QCOMPARE(fired.size(), size_t(1));
    QCOMPARE(fired[0].fromNs, kDay);
}

void TestAlerts::windowsAreAlignedToUtc()
{
    AlertRule r;
    r.name = "c";
    r.type = AlertType::Cost;
    r.windowNs = 12 * kHour;
    r.threshold = 2.5;
    // Three $1 samples in [00:00, 12:00) and two in [12:00, 24:00): only the first half fires.
    const std::vector<store::MetricSample> samples = {
        { kT0 + kHour, 1 }, { kT0 + 5 * kHour, 1 }, { kT0 + 12 * kHour - 1, 1 }, { kT0 + 12 * kHour, 1 }, { kT0 + 20 * kHour, 1 }
    };
    const auto fired = evaluateRule(r, samples);
    QCOMPARE(fired.size(), size_t(1));
    QCOMPARE(fired[0].fromNs, kT0);
    QCOMPARE(fired[0].toNs, kT0 + 12 * kHour);
    QCOMPARE(fired[0].value, 3.0);
}

void TestAlerts::cliExitCodesAndJson()
{
    CliResult r = runCli({ QStringLiteral("alerts"), QStringLiteral("--db"), m_path, QStringLiteral("--rules"),
                           testData(QStringLiteral("quality/rules-planted.json")), QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 4);
    const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
    const QJsonArray firings = doc.value(QStringLiteral("firings")).toArray();
    QCOMPARE(firings.size(), 5);
    const QJsonObject first = firings.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("rule")).toString(), QStringLiteral("daily-cost"));
    QCOMPARE(first.value(QStringLiteral("window")).toObject().value(QStringLiteral("from")).toString(),
             QStringLiteral("2026-03-06T00:00:00Z"));
    QCOMPARE(first.value(QStringLiteral("value")).toDouble(), 60.0);
    QCOMPARE(first.value(QStringLiteral("traces")).toArray().size(), kPerDay);
    const QJsonObject drift = firings.at(4).toObject().value(QStringLiteral("drift")).toObject();
    QCOMPARE(drift.value(QStringLiteral("level")).toString(), QStringLiteral("critical"));
    QCOMPARE(drift.value(QStringLiteral("ks_statistic")).toDouble(), 1.0);

    r = runCli({ QStringLiteral("alerts"), QStringLiteral("--db"), m_path, QStringLiteral("--rules"),
                 testData(QStringLiteral("quality/rules-quiet.json")) });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("3 rules, nothing fired"));

    r = runCli({ QStringLiteral("alerts"), QStringLiteral("--db"), m_path, QStringLiteral("--rules"),
                 testData(QStringLiteral("quality/rules-bad-window.json")) });
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("window \"1w\""));
    r = runCli({ QStringLiteral("alerts"), QStringLiteral("--db"), m_path });
    QCOMPARE(r.exitCode, 1);
    r = runCli({ QStringLiteral("alerts"), QStringLiteral("--db"), m_dir.filePath(QStringLiteral("none.db")), QStringLiteral("--rules"),
                 testData(QStringLiteral("quality/rules-quiet.json")) });
    QCOMPARE(r.exitCode, 2);
}

// report quality --by day over the planted relevance: ten days of 20 scores, 0.8 each except
// day 8 at 0.4; constant values have a zero-width CI.
void TestAlerts::cliReportQualityMatchesTheData()
{
    CliResult r = runCli({ QStringLiteral("report"), QStringLiteral("quality"), QStringLiteral("--db"), m_path,
                           QStringLiteral("--score"), QStringLiteral("relevance"), QStringLiteral("--by"), QStringLiteral("day"),
                           QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("rows")).toArray();
    QCOMPARE(rows.size(), kDays);
    for (int d = 0; d < kDays; ++d) {
        const QJsonObject o = rows.at(d).toObject();
        QCOMPARE(o.value(QStringLiteral("group")).toString(),
                 QDate(2026, 3, 2).addDays(d).toString(Qt::ISODate));
        QCOMPARE(o.value(QStringLiteral("n")).toInt(), kPerDay);
        const double expected = d == kLowScoreDay ? 0.4 : 0.8;
        QVERIFY(std::fabs(o.value(QStringLiteral("mean")).toDouble() - expected) < 1e-12);
        QVERIFY(std::fabs(o.value(QStringLiteral("median")).toDouble() - expected) < 1e-12);
        const QJsonArray ci = o.value(QStringLiteral("ci95")).toArray();
        QCOMPARE(ci.size(), 2);
        QVERIFY(std::fabs(ci.at(0).toDouble() - expected) < 1e-9 && std::fabs(ci.at(1).toDouble() - expected) < 1e-9);
    }
    r = runCli({ QStringLiteral("report"), QStringLiteral("quality"), QStringLiteral("--db"), m_path, QStringLiteral("--score"),
                 QStringLiteral("relevance"), QStringLiteral("--by"), QStringLiteral("colour") });
    QCOMPARE(r.exitCode, 1);
    r = runCli({ QStringLiteral("report"), QStringLiteral("quality"), QStringLiteral("--db"), m_path, QStringLiteral("--score"),
                 QStringLiteral("nope"), QStringLiteral("--by"), QStringLiteral("day") });
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("no score named"));
}

QTEST_GUILESS_MAIN(TestAlerts)
#include "tst_alerts.moc"
