// Drift (core/analytics/drift): the two-sample KS test against values worked out by hand (the
// lattice-path counts are in the comments) and the Kolmogorov distribution's table values, the
// warning/critical rule at its edges, and synthetic windows with and without a planted shift.

#include <QTest>

#include <random>

#include "analytics/drift.h"

using namespace spanscope::analytics;

namespace {
// Normal samples from mt19937 (a standardised engine) via Box-Muller, so every platform draws
// the same numbers (std::normal_distribution is library-specific).
std::vector<double> normals(uint32_t seed, size_t n, double mean, double sd)
{
    std::mt19937 rng(seed);
    std::vector<double> out;
    while (out.size() < n) {
        const double u1 = (double(rng()) + 1.0) / 4294967297.0;
        const double u2 = (double(rng()) + 1.0) / 4294967297.0;
        const double r = std::sqrt(-2.0 * std::log(u1));
        out.push_back(mean + sd * r * std::cos(2 * M_PI * u2));
        if (out.size() < n)
            out.push_back(mean + sd * r * std::sin(2 * M_PI * u2));
    }
    return out;
}
bool near(double a, double b, double tol) { return std::fabs(a - b) <= tol; }
} // namespace

class TestDrift : public QObject {
    Q_OBJECT
private slots:
    void ksSeparatedSamplesHaveOnlyTwoExtremePaths();
    void ksEqualSizesMatchTheClosedForm();
    void ksInterleavedSamplesAreNotSignificant();
    void ksTiesCountOnceInTheStatistic();
    void kolmogorovTableValues();
    void ksExactAndAsymptoticAgreeForLargeSamples();
    void levelThresholds();
    void noShiftGivesNoDrift();
    void spreadChangeWithSameMeanIsAWarning();
    void plantedMeanShiftIsCritical();
    void tooFewSamplesIsInsufficient();
};

// [1 2 3] vs [4 5 6]: D = 1; of the C(6,3) = 20 merge orders only "all a first" and "all b
// first" reach D = 1, so p = 2/20 (scipy ks_2samp, method="exact", prints 0.1).
void TestDrift::ksSeparatedSamplesHaveOnlyTwoExtremePaths()
{
    KsResult r = ksTwoSample({ 1, 2, 3 }, { 4, 5, 6 });
    QCOMPARE(r.statistic, 1.0);
    QVERIFY(r.exact);
    QVERIFY(near(r.pValue, 0.1, 1e-12));
    r = ksTwoSample({ 5, 6, 7, 8 }, { 1, 2, 3, 4 });
    QCOMPARE(r.statistic, 1.0);
    QVERIFY(near(r.pValue, 2.0 / 70.0, 1e-12));
}

// For n = m the reflection principle gives P(D >= k/n) = 2 sum_j (-1)^(j-1) C(2n, n - jk) / C(2n, n).
// n = 5: k = 4 -> 2 * C(10,1) / 252 = 0.0793651; k = 3 -> 2 * C(10,2) / 252 = 0.3571429.
void TestDrift::ksEqualSizesMatchTheClosedForm()
{
    KsResult r = ksTwoSample({ 1, 2, 3, 4, 6 }, { 5, 7, 8, 9, 10 });
    QVERIFY(near(r.statistic, 0.8, 1e-12));
    QVERIFY2(near(r.pValue, 20.0 / 252.0, 1e-12), qPrintable(QString::number(r.pValue, 'g', 17)));
    r = ksTwoSample({ 1, 2, 3, 5, 7 }, { 4, 6, 8, 9, 10 });
    QVERIFY(near(r.statistic, 0.6, 1e-12));
    QVERIFY2(near(r.pValue, 90.0 / 252.0, 1e-12), qPrintable(QString::number(r.pValue, 'g', 17)));
}

// [1 2 4] vs [3 5 6]: D = 2/3. Paths staying within |i - j| <= 1 pair their steps: 2^3 = 8 of
// 20, so p = 1 - 8/20 = 0.6. [1 3 5] vs [2 4 6]: D = 1/3, the smallest possible: p = 1.
void TestDrift::ksInterleavedSamplesAreNotSignificant()
{
    KsResult r = ksTwoSample({ 1, 2, 4 }, { 3, 5, 6 });
    QVERIFY(near(r.statistic, 2.0 / 3.0, 1e-12));
    QVERIFY(near(r.pValue, 0.6, 1e-12));
    r = ksTwoSample({ 1, 3, 5 }, { 2, 4, 6 });
    QVERIFY(near(r.statistic, 1.0 / 3.0, 1e-12));
    QVERIFY(near(r.pValue, 1.0, 1e-12));
}

// a = [1 1 2], b = [1 2 2]: at x = 1 the ECDFs are 2/3 and 1/3 (ties consumed together), at 2
// both are 1, so D = 1/3. Identical samples give D = 0 and p = 1. NaNs are ignored.
void TestDrift::ksTiesCountOnceInTheStatistic()
{
    KsResult r = ksTwoSample({ 1, 1, 2 }, { 1, 2, 2 });
    QVERIFY(near(r.statistic, 1.0 / 3.0, 1e-12));
    r = ksTwoSample({ 4, 4, 4 }, { 4, 4 });
    QCOMPARE(r.statistic, 0.0);
    QCOMPARE(r.pValue, 1.0);
    r = ksTwoSample({ 1, 2, NAN, 3 }, { 4, 5, 6 });
    QCOMPARE(r.statistic, 1.0);
    QVERIFY(near(r.pValue, 0.1, 1e-12));
    QVERIFY(std::isnan(ksTwoSample({}, { 1.0 }).pValue));
}

// Kolmogorov's limiting distribution: the classic critical values 1.2238 (10%), 1.3581 (5%),
// 1.6276 (1%), and P(K > 1) = 0.2699996717.
void TestDrift::kolmogorovTableValues()
{
    QVERIFY(near(kolmogorovSurvival(1.0), 0.2699996717, 1e-9));
    QVERIFY(near(kolmogorovSurvival(1.2238), 0.10, 2e-4));
    QVERIFY(near(kolmogorovSurvival(1.3581), 0.05, 2e-4));
    QVERIFY(near(kolmogorovSurvival(1.6276), 0.01, 2e-4));
    // Both branches of the implementation meet smoothly at z = 0.3 (P(K > 0.3) = 0.99999).
    QVERIFY(near(kolmogorovSurvival(0.2999), kolmogorovSurvival(0.3001), 1e-5));
    QVERIFY(kolmogorovSurvival(0.3) > 0.9999 && kolmogorovSurvival(0.3) < 1.0);
    QCOMPARE(kolmogorovSurvival(0.0), 1.0);
}

// With 900 x 1000 values the exact lattice count is still used; the asymptotic formula at the
// same D must agree closely (that is what the asymptotic theory promises).
void TestDrift::ksExactAndAsymptoticAgreeForLargeSamples()
{
    const auto a = normals(7, 900, 0.0, 1.0);
    const auto b = normals(8, 1000, 0.1, 1.0);
    const KsResult r = ksTwoSample(a, b);
    QVERIFY(r.exact);
    const double asymp = kolmogorovSurvival(std::sqrt(900.0 * 1000.0 / 1900.0) * r.statistic);
    QVERIFY2(near(r.pValue, asymp, 0.01), qPrintable(QStringLiteral("%1 vs %2").arg(r.pValue).arg(asymp)));
    // Above 1e6 pairs the asymptotic value is used.
    const KsResult big = ksTwoSample(normals(9, 1100, 0, 1), normals(10, 1100, 0, 1));
    QVERIFY(!big.exact);
    QVERIFY(big.pValue > 0 && big.pValue <= 1);
}

void TestDrift::levelThresholds()
{
    QCOMPARE(driftLevel(20.0, 0, 0.5), DriftLevel::None);   // "more than 20%"
    QCOMPARE(driftLevel(20.5, 0, 0.5), DriftLevel::Warning);
    QCOMPARE(driftLevel(-25, 0, 0.5), DriftLevel::Warning); // a drop is drift too
    QCOMPARE(driftLevel(50.0, 0, 0.5), DriftLevel::Warning);
    QCOMPARE(driftLevel(50.1, 0, 0.5), DriftLevel::Critical);
    QCOMPARE(driftLevel(0, 3.0, 0.5), DriftLevel::None);
    QCOMPARE(driftLevel(0, -3.2, 0.5), DriftLevel::Warning);
    QCOMPARE(driftLevel(0, 5.01, 0.5), DriftLevel::Critical);
    QCOMPARE(driftLevel(0, 0, 0.049), DriftLevel::Warning);
    QCOMPARE(driftLevel(0, 0, 0.05), DriftLevel::None);
    QCOMPARE(driftLevel(NAN, NAN, NAN), DriftLevel::None);
    QCOMPARE(QByteArray(driftLevelName(DriftLevel::Critical)), QByteArray("critical"));
}

void TestDrift::noShiftGivesNoDrift()
{
    const DriftResult r = compareWindows(normals(1, 400, 10, 2), normals(2, 400, 10, 2));
    QCOMPARE(r.nBaseline, size_t(400));
    QVERIFY(std::fabs(r.percentChange) < 5);
    QVERIFY(std::fabs(r.zScore) < 3);
    QVERIFY2(r.ks.pValue > 0.05, qPrintable(QString::number(r.ks.pValue)));
    QCOMPARE(r.level, DriftLevel::None);
}

// Same mean, a third of the spread: mean-based signals stay quiet, KS sees the shape change.
void TestDrift::spreadChangeWithSameMeanIsAWarning()
{
    const DriftResult r = compareWindows(normals(3, 500, 10, 3), normals(4, 500, 10, 1));
    QVERIFY(std::fabs(r.percentChange) < 5);
    QVERIFY(std::fabs(r.zScore) < 3);
    QVERIFY2(r.ks.pValue < 0.05, qPrintable(QString::number(r.ks.pValue)));
    QCOMPARE(r.level, DriftLevel::Warning);
}

void TestDrift::plantedMeanShiftIsCritical()
{
    const auto base = normals(5, 300, 10, 2);
    const auto cur = normals(6, 300, 16, 2);
    const DriftResult r = compareWindows(base, cur);
    QVERIFY(r.percentChange > 50 && r.percentChange < 70);
    QVERIFY(r.zScore > 5);
    QVERIFY(r.ks.statistic > 0.8);
    QVERIFY(r.ks.pValue < 1e-6);
    QCOMPARE(r.level, DriftLevel::Critical);
    // Hand check of z: (mean_c - mean_b) / (sd_b / sqrt(n_c)).
    double mb = 0, mc = 0, ss = 0;
    for (double v : base)
        mb += v;
    mb /= double(base.size());
    for (double v : cur)
        mc += v;
    mc /= double(cur.size());
    for (double v : base)
        ss += (v - mb) * (v - mb);
    const double sd = std::sqrt(ss / double(base.size() - 1));
    QVERIFY(near(r.zScore, (mc - mb) / (sd / std::sqrt(300.0)), 1e-9));
    QVERIFY(near(r.percentChange, 100 * (mc - mb) / mb, 1e-9));
}

void TestDrift::tooFewSamplesIsInsufficient()
{
    DriftOptions o;
    o.minSamples = 30;
    const DriftResult r = compareWindows({ 1, 2, 3 }, { 10, 20, 30 }, o);
    QVERIFY(r.insufficient);
    QCOMPARE(r.level, DriftLevel::None);
    QVERIFY(r.percentChange > 50); // still reported, just not judged
}

QTEST_GUILESS_MAIN(TestDrift)
#include "tst_drift.moc"
