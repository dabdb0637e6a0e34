// Correlation (core/analytics/correlation) against published values: Anscombe's quartet
// (Pearson r = 0.816 for every set), Wikipedia's Spearman IQ/TV example (rho = -29/165), a tied
// case worked by hand, and Cohen's kappa from the standard 50-rating example (kappa = 0.4).

#include <QTest>

#include "analytics/correlation.h"

using namespace spanscope::analytics;

class TestCorrelation : public QObject {
    Q_OBJECT
private slots:
    void pearsonAnscombe();
    void spearmanWithoutTies();
    void spearmanWithTiesUsesAverageRanks();
    void monotoneButNonlinear();
    void degenerateInputsGiveNan();
    void confusionMatrixAndKappa();
};

void TestCorrelation::pearsonAnscombe()
{
    const std::vector<double> x = { 10, 8, 13, 9, 11, 14, 6, 4, 12, 7, 5 };
    const std::vector<double> y1 = { 8.04, 6.95, 7.58, 8.81, 8.33, 9.96, 7.24, 4.26, 10.84, 4.82, 5.68 };
    const std::vector<double> y2 = { 9.14, 8.14, 8.74, 8.77, 9.26, 8.10, 6.13, 3.10, 9.13, 7.26, 4.74 };
    QVERIFY2(std::fabs(pearson(x, y1) - 0.81642) < 1e-5, qPrintable(QString::number(pearson(x, y1), 'g', 10)));
    QVERIFY2(std::fabs(pearson(x, y2) - 0.81624) < 1e-5, qPrintable(QString::number(pearson(x, y2), 'g', 10)));
    // Symmetric, and invariant to a positive linear transform.
    QVERIFY(std::fabs(pearson(y1, x) - pearson(x, y1)) < 1e-15);
    std::vector<double> scaled;
    for (double v : y1)
        scaled.push_back(1000 + 3 * v);
    QVERIFY(std::fabs(pearson(x, scaled) - pearson(x, y1)) < 1e-12);
}

// en.wikipedia.org/wiki/Spearman's_rank_correlation_coefficient: IQ vs hours of TV per week,
// sum d^2 = 194, rho = 1 - 6*194 / (10*99) = -29/165 = -0.1757575...
void TestCorrelation::spearmanWithoutTies()
{
    const std::vector<double> iq = { 106, 100, 86, 101, 99, 103, 97, 113, 112, 110 };
    const std::vector<double> tv = { 7, 27, 2, 50, 28, 29, 20, 12, 6, 17 };
    const double rho = spearman(iq, tv);
    QVERIFY2(std::fabs(rho - (-29.0 / 165.0)) < 1e-12, qPrintable(QString::number(rho, 'g', 17)));
}

// x = [1 2 2 3] ranks [1 2.5 2.5 4]; y = [1 3 2 4] ranks [1 3 2 4]. Deviations from 2.5:
// sum dx*dy = 4.5, sum dx^2 = 4.5, sum dy^2 = 5, so rho = 4.5 / sqrt(22.5) = sqrt(0.9).
void TestCorrelation::spearmanWithTiesUsesAverageRanks()
{
    const std::vector<double> ranks = averageRanks({ 1, 2, 2, 3 });
    QCOMPARE(ranks, (std::vector<double> { 1, 2.5, 2.5, 4 }));
    QCOMPARE(averageRanks({ 5, 5, 5 }), (std::vector<double> { 2, 2, 2 }));
    QVERIFY(std::fabs(spearman({ 1, 2, 2, 3 }, { 1, 3, 2, 4 }) - std::sqrt(0.9)) < 1e-12);
}

void TestCorrelation::monotoneButNonlinear()
{
    std::vector<double> x, y;
    for (int i = 1; i <= 10; ++i) {
        x.push_back(i);
        y.push_back(std::pow(i, 4));
    }
    const Correlation c = correlate(x, y);
    QCOMPARE(c.n, size_t(10));
    QVERIFY(std::fabs(c.spearman - 1.0) < 1e-12);
    QVERIFY(c.pearson < 0.95 && c.pearson > 0.8);
    // Reversed order: -1.
    std::reverse(y.begin(), y.end());
    QVERIFY(std::fabs(spearman(x, y) + 1.0) < 1e-12);
}

void TestCorrelation::degenerateInputsGiveNan()
{
    QVERIFY(std::isnan(pearson({ 1 }, { 2 })));
    QVERIFY(std::isnan(pearson({ 1, 1, 1 }, { 1, 2, 3 })));
    QVERIFY(std::isnan(spearman({}, {})));
    // A NaN drops the whole pair: what is left is perfectly correlated.
    const Correlation c = correlate({ 1, 2, NAN, 4 }, { 2, 4, 100, 8 });
    QCOMPARE(c.n, size_t(3));
    QVERIFY(std::fabs(c.pearson - 1.0) < 1e-12);
}

// Two raters, 50 items: yes/yes 20, yes/no 5, no/yes 10, no/no 15. p_o = 0.7,
// p_e = 0.5*0.6 + 0.5*0.4 = 0.5, kappa = (0.7 - 0.5) / 0.5 = 0.4.
void TestCorrelation::confusionMatrixAndKappa()
{
    std::vector<std::pair<std::string, std::string>> pairs;
    auto add = [&](const char *a, const char *b, int n) {
        for (int i = 0; i < n; ++i)
            pairs.emplace_back(a, b);
    };
    add("yes", "yes", 20);
    add("yes", "no", 5);
    add("no", "yes", 10);
    add("no", "no", 15);
    const ConfusionMatrix m = confusionMatrix(pairs);
    QCOMPARE(m.rowLabels, (std::vector<std::string> { "no", "yes" }));
    QCOMPARE(m.columnLabels, (std::vector<std::string> { "no", "yes" }));
    QCOMPARE(m.counts[1][1], int64_t(20));
    QCOMPARE(m.counts[1][0], int64_t(5));
    QCOMPARE(m.counts[0][1], int64_t(10));
    QCOMPARE(m.counts[0][0], int64_t(15));
    QCOMPARE(m.total, int64_t(50));
    QVERIFY(std::fabs(m.agreement - 0.7) < 1e-12);
    QVERIFY(std::fabs(m.kappa - 0.4) < 1e-12);
    // Different label sets: no shared label, agreement 0, kappa 0.
    const ConfusionMatrix d = confusionMatrix({ { "a", "x" }, { "b", "y" } });
    QCOMPARE(d.counts.size(), size_t(2));
    QCOMPARE(d.agreement, 0.0);
    QCOMPARE(d.kappa, 0.0);
    QVERIFY(std::isnan(confusionMatrix({}).agreement));
}

QTEST_GUILESS_MAIN(TestCorrelation)
#include "tst_correlation.moc"
