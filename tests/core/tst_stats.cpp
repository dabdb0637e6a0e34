// Statistics (core/analytics/stats): checked against published values from the scipy and R
// documentation and against small cases worked out by hand (the working is in the comments).

#include <QTest>

#include <random>

#include "analytics/stats.h"

using namespace spanscope::analytics;

class TestStats : public QObject {
    Q_OBJECT
private slots:
    void mannWhitneyExactScipyExample();
    void mannWhitneyExactRExample();
    void mannWhitneyNormalApproximation();
    void mannWhitneyTiesHandWorked();
    void cliffsDeltaAndMagnitude();
    void summaryAndPercentile();
    void compareGroupsLargeSamples();
    void insufficientData();
    void bootstrapInterval();
};

// scipy.stats.mannwhitneyu docs: males [19 22 16 29 24], females [20 11 17 12]:
// U1 = 17, exact two-sided p = 0.1111111 (= 14/126).
void TestStats::mannWhitneyExactScipyExample()
{
    const MannWhitney r = mannWhitneyU({ 19, 22, 16, 29, 24 }, { 20, 11, 17, 12 });
    QCOMPARE(r.u, 17.0);
    QVERIFY(r.exact);
    QVERIFY(std::fabs(r.pValue - 0.1111111111) < 1e-9);
}

// R ?wilcox.test: x (10 values) vs y (5 values), W = 35, one-sided p = 0.1272 (exact), so the
// two-sided p is 0.2544 to the printed precision.
void TestStats::mannWhitneyExactRExample()
{
    const std::vector<double> x = { 0.80, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46 };
    const std::vector<double> y = { 1.15, 0.88, 0.90, 0.74, 1.21 };
    const MannWhitney r = mannWhitneyU(x, y);
    QCOMPARE(r.u, 35.0);
    QVERIFY(r.exact);
    QVERIFY2(std::fabs(r.pValue - 0.2544) < 0.0005, qPrintable(QString::number(r.pValue)));
    // Swapping the groups mirrors U (nm - U) and keeps the two-sided p.
    const MannWhitney s = mannWhitneyU(y, x);
    QCOMPARE(s.u, 15.0);
    QVERIFY(std::fabs(s.pValue - r.pValue) < 1e-12);
}

// scipy docs, same data with method="asymptotic": p = 0.11134688653314041 (continuity corrected).
void TestStats::mannWhitneyNormalApproximation()
{
    const MannWhitney r = mannWhitneyU({ 19, 22, 16, 29, 24 }, { 20, 11, 17, 12 }, false);
    QVERIFY(!r.exact);
    QVERIFY2(std::fabs(r.pValue - 0.11134688653314041) < 1e-9, qPrintable(QString::number(r.pValue, 'g', 17)));
}

// A = [1 1 2], B = [2 3 3]. Pooled ranks 1.5 1.5 3.5 3.5 5.5 5.5 → R_A = 6.5, U_A = 0.5.
// Ties (three pairs): sigma² = 9/12 · (7 − 18/30) = 4.8; z = (0.5 − 4.5 + 0.5)/√4.8 = −1.5975;
// p = 2·Φ(−1.5975) = 0.1101.
void TestStats::mannWhitneyTiesHandWorked()
{
    const MannWhitney r = mannWhitneyU({ 1, 1, 2 }, { 2, 3, 3 });
    QCOMPARE(r.u, 0.5);
    QVERIFY(!r.exact); // ties: no exact distribution
    QVERIFY2(std::fabs(r.pValue - 0.1101) < 0.0005, qPrintable(QString::number(r.pValue)));
    // Every value equal: nothing to tell apart.
    QCOMPARE(mannWhitneyU({ 5, 5, 5 }, { 5, 5 }).pValue, 1.0);
}

// A = [1 2 3 4], B = [3 4 5 6]: of 16 pairs b > a in 13, b < a in 1 (4 vs 3), 2 ties →
// delta = (13 − 1)/16 = 0.75.
void TestStats::cliffsDeltaAndMagnitude()
{
    CompareOptions o;
    o.minSamples = 1;
    o.bootstrapResamples = 0;
    Comparison c = compareGroups({ 1, 2, 3, 4 }, { 3, 4, 5, 6 }, o);
    QCOMPARE(c.cliffsDelta, 0.75);
    QCOMPARE(c.magnitude, Magnitude::Large);
    c = compareGroups({ 4, 5, 6 }, { 1, 2, 3 }, o);
    QCOMPARE(c.cliffsDelta, -1.0);
    QCOMPARE(c.diffMean, -3.0);

    QCOMPARE(magnitudeOf(0.146), Magnitude::Negligible);
    QCOMPARE(magnitudeOf(-0.147), Magnitude::Small);
    QCOMPARE(magnitudeOf(0.329), Magnitude::Small);
    QCOMPARE(magnitudeOf(0.33), Magnitude::Medium);
    QCOMPARE(magnitudeOf(0.473), Magnitude::Medium);
    QCOMPARE(magnitudeOf(0.474), Magnitude::Large);
    QCOMPARE(QByteArray(magnitudeName(Magnitude::Medium)), QByteArray("medium"));
}

// [1..5]: mean 3, s = 1.5811, t(0.975, 4) = 2.776445 → CI 3 ± 1.96330.
void TestStats::summaryAndPercentile()
{
    const Summary s = summarize({ 5, 1, 4, 2, 3, NAN });
    QCOMPARE(s.n, size_t(5));
    QCOMPARE(s.mean, 3.0);
    QCOMPARE(s.median, 3.0);
    QCOMPARE(s.min, 1.0);
    QCOMPARE(s.max, 5.0);
    QVERIFY(std::fabs(s.stddev - 1.5811388) < 1e-6);
    QVERIFY(std::fabs(s.ciLow - 1.0367) < 1e-4);
    QVERIFY(std::fabs(s.ciHigh - 4.9633) < 1e-4);
    QVERIFY(std::fabs(s.p95 - 4.8) < 1e-12); // position 0.95·4 = 3.8

    QCOMPARE(percentile({ 4, 1, 3, 2 }, 0.95), 3.85); // position 2.85
    QCOMPARE(percentile({ 4, 1, 3, 2 }, 0.0), 1.0);
    QCOMPARE(percentile({ 7 }, 0.5), 7.0);
    QVERIFY(std::isnan(percentile({}, 0.5)));
    QVERIFY(std::isnan(summarize({}).mean));
    // Large df: the expansion meets the normal quantile's neighbourhood (t(0.975, 120) = 1.979930).
    QVERIFY(std::fabs(tQuantile975(120) - 1.979930) < 1e-4);
    QVERIFY(std::fabs(tQuantile975(40) - 2.021075) < 1e-4);
}

void TestStats::compareGroupsLargeSamples()
{
    std::mt19937_64 rng(7);
    std::normal_distribution<double> n0(0, 1), n1(1, 1);
    std::vector<double> a, b, c;
    for (int i = 0; i < 200; ++i) {
        a.push_back(n0(rng));
        b.push_back(n1(rng));
        c.push_back(n0(rng));
    }
    const Comparison shifted = compareGroups(a, b);
    QVERIFY(!shifted.insufficient);
    QVERIFY(!shifted.exact);
    QVERIFY(shifted.pValue < 1e-10);
    QVERIFY(shifted.cliffsDelta > 0.4); // a one-sd shift is δ ≈ 0.52
    QVERIFY(shifted.diffCiLow > 0.7 && shifted.diffCiHigh < 1.3);
    const Comparison same = compareGroups(a, c);
    QVERIFY(same.pValue > 0.01);
    QCOMPARE(same.magnitude, Magnitude::Negligible);
    QVERIFY(same.diffCiLow < 0 && same.diffCiHigh > 0);
}

void TestStats::insufficientData()
{
    std::vector<double> a(29, 1.0), b(40, 2.0);
    const Comparison c = compareGroups(a, b);
    QVERIFY(c.insufficient);
    QCOMPARE(c.nA, size_t(29));
    QCOMPARE(c.meanA, 1.0);
    QCOMPARE(c.meanB, 2.0);
    QVERIFY(std::isnan(c.pValue));
    QVERIFY(std::isnan(c.cliffsDelta));
    a.push_back(1.0);
    QVERIFY(!compareGroups(a, b).insufficient);
}

void TestStats::bootstrapInterval()
{
    std::vector<double> a, b;
    for (int i = 0; i < 40; ++i) {
        a.push_back(i);
        b.push_back(i + 10);
    }
    const Comparison c = compareGroups(a, b);
    QCOMPARE(c.diffMean, 10.0);
    QVERIFY(c.diffCiLow < 10 && c.diffCiHigh > 10);
    QVERIFY(c.diffCiLow > 2 && c.diffCiHigh < 18);
    const Comparison again = compareGroups(a, b);
    QCOMPARE(again.diffCiLow, c.diffCiLow); // same seed, same interval
    CompareOptions other;
    other.seed = 99;
    QVERIFY(compareGroups(a, b, other).diffCiLow != c.diffCiLow);
    // Constant groups: every resample gives the exact difference.
    const Comparison k = compareGroups(std::vector<double>(30, 2.0), std::vector<double>(30, 5.0));
    QCOMPARE(k.diffCiLow, 3.0);
    QCOMPARE(k.diffCiHigh, 3.0);
}

QTEST_GUILESS_MAIN(TestStats)
#include "tst_stats.moc"
