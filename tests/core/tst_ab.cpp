// A/B report: verdicts on synthetic call sets with and without a planted effect, "insufficient
// data" for small samples, and the CLI on generated prompt versions.

#include <QtTest>

#include <random>

#include "analytics/promptinfercatalog.h"
#include "diff/abcompare.h"
#include "generate/generator.h"
#include "import/importservice.h"
#include "testsupport.h"

using namespace spanscope;
using namespace spanscope::test;

namespace {
// n calls with normally distributed cost and latency and a "relevance" score per call.
store::CallSet calls(int n, double cost, double latencyMs, double relevance, double errorRate, uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> noise(0.0, 1.0);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    store::CallSet set;
    for (int i = 0; i < n; ++i) {
        store::CallSample c;
        c.rowid = i;
        c.cost = std::max(0.0, cost * (1.0 + 0.1 * noise(rng)));
        c.latencyMs = std::max(1.0, latencyMs * (1.0 + 0.2 * noise(rng)));
        c.totalTokens = int64_t(1000 + 100 * noise(rng));
        c.error = unit(rng) < errorRate;
        set.calls.push_back(c);
        set.scores["relevance"].push_back(std::clamp(relevance + 0.15 * noise(rng), 0.0, 1.0));
    }
    return set;
}

const diff::AbMetric &metric(const diff::AbReport &r, const QString &id)
{
    for (const auto &m : r.metrics)
        if (m.id == id)
            return m;
    static diff::AbMetric none;
    return none;
}
} // namespace

class TestAb : public QObject {
    Q_OBJECT
private slots:
    void plantedCostEffectIsFoundAndScoreIsUnchanged()
    {
        store::CallSet a = calls(200, 0.010, 800, 0.7, 0.05, 1), b = calls(200, 0.0077, 800, 0.7, 0.05, 2);
        // Relevance: the same judgements in another order, so "unchanged" is certain.
        b.scores["relevance"].assign(a.scores["relevance"].rbegin(), a.scores["relevance"].rend());
        const diff::AbReport r = diff::buildAbReport(a, b, QStringLiteral("version 3"), QStringLiteral("version 4"));
        const diff::AbMetric &cost = metric(r, QStringLiteral("cost"));
        QVERIFY(cost.significant());
        QVERIFY(cost.result.pValue < 0.001);
        QCOMPARE(cost.result.magnitude, analytics::Magnitude::Large);
        QVERIFY2(cost.verdict.startsWith(QStringLiteral("version 4 is cheaper by 2")), qPrintable(cost.verdict));
        QVERIFY(cost.verdict.endsWith(QStringLiteral("(p < 0.001, large effect)")));
        const diff::AbMetric &rel = metric(r, QStringLiteral("score:relevance"));
        QVERIFY2(!rel.significant(), qPrintable(rel.verdict));
        QVERIFY2(rel.verdict.startsWith(QStringLiteral("relevance unchanged (p = ")), qPrintable(rel.verdict));
        QCOMPARE(rel.result.nA, size_t(200));
        QVERIFY(r.verdict.contains(cost.verdict));
        QVERIFY(r.verdict.contains(rel.verdict));
    }

    void noPlantedEffectMeansUnchanged()
    {
        const diff::AbReport r = diff::buildAbReport(calls(150, 0.01, 500, 0.6, 0.1, 7), calls(150, 0.01, 500, 0.6, 0.1, 8),
                                                     QStringLiteral("A"), QStringLiteral("B"));
        int significant = 0;
        for (const auto &m : r.metrics)
            significant += m.significant();
        // Five metrics at alpha 0.05 on samples of one distribution: at most one chance finding.
        QVERIFY2(significant <= 1, qPrintable(r.verdict));
        // The same calls in another order: nothing changed, and the verdict says so.
        store::CallSet a = calls(150, 0.01, 500, 0.6, 0.1, 7), b = a;
        std::reverse(b.calls.begin(), b.calls.end());
        const diff::AbReport same = diff::buildAbReport(a, b, QStringLiteral("A"), QStringLiteral("B"));
        for (const auto &m : same.metrics)
            QVERIFY2(m.verdict.startsWith(m.title + QStringLiteral(" unchanged (p = ")), qPrintable(m.verdict));
    }

    void slowerAndMoreErrorsAreNamed()
    {
        const diff::AbReport r = diff::buildAbReport(calls(300, 0.01, 500, 0.6, 0.02, 3), calls(300, 0.01, 900, 0.6, 0.25, 4),
                                                     QStringLiteral("gpt-4o"), QStringLiteral("o4-mini"));
        QVERIFY(metric(r, QStringLiteral("latency")).verdict.startsWith(QStringLiteral("o4-mini is slower by")));
        QVERIFY(metric(r, QStringLiteral("error")).verdict.startsWith(QStringLiteral("o4-mini fails more often")));
    }

    void smallSamplesAreInsufficient()
    {
        const diff::AbReport r = diff::buildAbReport(calls(12, 0.01, 500, 0.6, 0, 5), calls(8, 0.005, 300, 0.9, 0, 6),
                                                     QStringLiteral("v1"), QStringLiteral("v2"));
        const diff::AbMetric &cost = metric(r, QStringLiteral("cost"));
        QVERIFY(cost.result.insufficient);
        QVERIFY(!cost.significant());
        QCOMPARE(cost.verdict, QStringLiteral("cost per call: insufficient data (n = 12 and 8)"));
    }

    void cliReportsGeneratedPromptVersions()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("gen.jsonl"));
        generate::Options o;
        o.traces = 400;
        o.spansPerTrace = 8;
        o.seed = 17;
        QVERIFY(generate::writeFile(file, o).ok);
        const QString dbPath = dir.filePath(QStringLiteral("w.db"));
        QCOMPARE(runCli({QStringLiteral("import"), QStringLiteral("--db"), dbPath, file}).exitCode, 0);
        store::Database db;
        QVERIFY(db.open(dbPath, store::Database::Mode::ReadOnly).ok);
        const QString prompt = scalar(db, QStringLiteral("SELECT prompt_name FROM observations WHERE prompt_name IS NOT NULL "
                                                         "GROUP BY prompt_name ORDER BY count(*) DESC LIMIT 1")).toString();
        const CliResult r = runCli({QStringLiteral("ab"), QStringLiteral("--db"), dbPath, QStringLiteral("--prompt"), prompt,
                                    QStringLiteral("--a"), QStringLiteral("1"), QStringLiteral("--b"), QStringLiteral("5"),
                                    QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject out = QJsonDocument::fromJson(r.out).object();
        const qint64 nA = count(db, QStringLiteral("observations"), QStringLiteral("prompt_name = '%1' AND prompt_version = 1").arg(prompt));
        const qint64 nB = count(db, QStringLiteral("observations"), QStringLiteral("prompt_name = '%1' AND prompt_version = 5").arg(prompt));
        QCOMPARE(out[QStringLiteral("a")].toObject()[QStringLiteral("calls")].toInteger(), nA);
        QCOMPARE(out[QStringLiteral("b")].toObject()[QStringLiteral("calls")].toInteger(), nB);
        bool sawLatency = false;
        for (const QJsonValue &v : out[QStringLiteral("metrics")].toArray()) {
            const QJsonObject m = v.toObject();
            if (m[QStringLiteral("metric")].toString() != QLatin1String("latency"))
                continue;
            sawLatency = true;
            QCOMPARE(m[QStringLiteral("n_a")].toInteger(), nA);
            const double meanA = scalar(db, QStringLiteral("SELECT avg((end_ns - start_ns) / 1e6) FROM observations WHERE "
                                                           "prompt_name = '%1' AND prompt_version = 1").arg(prompt)).toDouble();
            QVERIFY(qAbs(m[QStringLiteral("mean_a")].toDouble() - meanA) < 1e-6 * meanA);
            if (!m[QStringLiteral("insufficient")].toBool()) {
                const double p = m[QStringLiteral("p_value")].toDouble();
                QVERIFY(p >= 0 && p <= 1);
                QVERIFY(!m[QStringLiteral("magnitude")].toString().isEmpty());
            }
            QVERIFY(!m[QStringLiteral("verdict")].toString().isEmpty());
        }
        QVERIFY(sawLatency);
        QCOMPARE(runCli({QStringLiteral("ab"), QStringLiteral("--db"), dbPath, QStringLiteral("--prompt"), prompt,
                         QStringLiteral("--a"), QStringLiteral("1"), QStringLiteral("--b"), QStringLiteral("77")}).exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestAb)
#include "tst_ab.moc"
