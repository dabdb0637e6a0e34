// Budgets and forecasts (core/analytics/spendforecast): budget crossings on a hand-worked month,
// the reset at the next period and gaps; forecasts of a series with a known slope (exact fit, no
// band), of a weekly pattern (the right weekday ratio) and of a noisy series (the true future
// total inside the 90 % band about 90 % of the time); too little history is refused.

#include <QtTest>

#include <random>

#include "analytics/spendforecast.h"

using namespace spanscope;
using namespace spanscope::analytics;
using store::kDayNs;

namespace {
int64_t isoNs(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch() * 1000000;
}
} // namespace

class TestSpendForecast : public QObject {
    Q_OBJECT
private slots:
    void weekdays();
    void crossingsInAMonth();
    void crossingsPerWeekAndZeroBudget();
    void linearSeries();
    void weeklySeasonality();
    void noisySeriesInsideBand();
    void tooLittleHistory();
};

void TestSpendForecast::weekdays()
{
    QCOMPARE(weekdayIndex(isoNs("2026-01-05T00:00:00Z")), 0); // Monday
    QCOMPARE(weekdayIndex(isoNs("2026-01-10T00:00:00Z")), 5); // Saturday
    QCOMPARE(weekdayIndex(isoNs("2024-02-29T00:00:00Z")), 3); // Thursday
}

void TestSpendForecast::crossingsInAMonth()
{
    // Budget 100 for January. Jan 1-10: 5/day (cum 50 on Jan 10), Jan 11: 45 (cum 95: 75 and 90),
    // Jan 12-14: nothing (a gap), Jan 15: 5 (cum 100), Feb 1: 60 (new month: 50 only).
    const int64_t jan1 = isoNs("2026-01-01T00:00:00Z");
    std::vector<double> daily(32, 0.0);
    for (int i = 0; i < 10; ++i)
        daily[size_t(i)] = 5;
    daily[10] = 45;
    daily[14] = 5;
    daily[31] = 60;
    const auto c = budgetCrossings(jan1, daily, BudgetPeriod::Month, 100);
    QCOMPARE(int(c.size()), 5);
    QCOMPARE(c[0].percent, 50);
    QCOMPARE(c[0].dayNs, isoNs("2026-01-10T00:00:00Z"));
    QCOMPARE(c[0].cumulative, 50.0);
    QCOMPARE(c[1].percent, 75);
    QCOMPARE(c[1].dayNs, isoNs("2026-01-11T00:00:00Z"));
    QCOMPARE(c[2].percent, 90);
    QCOMPARE(c[2].dayNs, isoNs("2026-01-11T00:00:00Z"));
    QCOMPARE(c[3].percent, 100);
    QCOMPARE(c[3].dayNs, isoNs("2026-01-15T00:00:00Z"));
    QCOMPARE(c[4].percent, 50);
    QCOMPARE(c[4].periodStartNs, isoNs("2026-02-01T00:00:00Z"));
    QCOMPARE(c[4].dayNs, isoNs("2026-02-01T00:00:00Z"));
}

void TestSpendForecast::crossingsPerWeekAndZeroBudget()
{
    // Weekly budget 10 from Sunday 2026-01-04: Sunday 6 (50 %); Monday starts a new week: 9
    // (50, 75 and 90 %, not 100).
    const std::vector<double> daily { 6, 9 };
    const auto c = budgetCrossings(isoNs("2026-01-04T00:00:00Z"), daily, BudgetPeriod::Week, 10);
    QCOMPARE(int(c.size()), 4);
    QCOMPARE(c[0].periodStartNs, isoNs("2025-12-29T00:00:00Z"));
    QCOMPARE(c[1].periodStartNs, isoNs("2026-01-05T00:00:00Z"));
    QCOMPARE(c[1].percent, 50);
    QCOMPARE(c[3].percent, 90);
    QCOMPARE(c[3].cumulative, 9.0);
    QVERIFY(budgetCrossings(0, daily, BudgetPeriod::Day, 0).empty());
}

void TestSpendForecast::linearSeries()
{
    // 28 days ending Wed 2026-01-14 with spend 10 + 0.5 t (t = 0..27), exactly on a line.
    const int64_t first = isoNs("2025-12-18T00:00:00Z");
    std::vector<double> daily;
    for (int t = 0; t < 28; ++t)
        daily.push_back(10 + 0.5 * t);
    ForecastOptions opt;
    opt.seasonalMinDays = 1000; // plain trend
    const SpendForecast f = forecastSpend(first, daily, BudgetPeriod::Month, opt);
    QVERIFY(f.ok);
    QVERIFY(!f.seasonal);
    QVERIFY(std::fabs(f.slopePerDay - 0.5) < 1e-9);
    QVERIFY(std::fabs(f.dailyRate - (10 + 0.5 * 27)) < 1e-9);
    // January: Jan 1..14 are t = 14..27 (spent); Jan 15..31 are t = 28..44.
    double spent = 0, rest = 0;
    for (int t = 14; t <= 27; ++t)
        spent += 10 + 0.5 * t;
    for (int t = 28; t <= 44; ++t)
        rest += 10 + 0.5 * t;
    QVERIFY(std::fabs(f.spentSoFar - spent) < 1e-9);
    QCOMPARE(int(f.days.size()), 17);
    QVERIFY(std::fabs(f.projectedTotal - (spent + rest)) < 1e-6);
    QVERIFY(f.projectedHigh - f.projectedLow < 1e-6); // no residuals, no band
    QCOMPARE(f.days.front().dayNs, isoNs("2026-01-15T00:00:00Z"));
    QVERIFY(std::fabs(f.days.front().mean - (10 + 0.5 * 28)) < 1e-9);
}

void TestSpendForecast::weeklySeasonality()
{
    // Four weeks from Monday 2025-12-15: weekdays 12, weekend 5 (level constant).
    const int64_t first = isoNs("2025-12-15T00:00:00Z");
    std::vector<double> daily;
    for (int i = 0; i < 28; ++i)
        daily.push_back(i % 7 >= 5 ? 5.0 : 12.0);
    const SpendForecast f = forecastSpend(first, daily, BudgetPeriod::Month);
    QVERIFY(f.ok);
    QVERIFY(f.seasonal);
    // Mean = (5 * 12 + 2 * 5) / 7 = 10: factors 1.2 and 0.5.
    QVERIFY(std::fabs(f.weekdayFactor[2] - 1.2) < 1e-9);
    QVERIFY(std::fabs(f.weekdayFactor[5] - 0.5) < 1e-9);
    auto dayMean = [&](const char *iso) {
        for (const ForecastDay &d : f.days)
            if (d.dayNs == isoNs(iso))
                return d.mean;
        return -1.0;
    };
    // Last history day is Sunday 2026-01-11; Wednesday 14th and Saturday 17th follow.
    QVERIFY(std::fabs(dayMean("2026-01-14T00:00:00Z") - 12.0) < 1e-9);
    QVERIFY(std::fabs(dayMean("2026-01-17T00:00:00Z") - 5.0) < 1e-9);
}

void TestSpendForecast::noisySeriesInsideBand()
{
    // 60 days of 20 + 0.2 t + noise (sd 3, fixed seed); forecast the month from day 45 and compare
    // with the series' own continuation, for 400 seeds.
    int inside = 0;
    for (unsigned seed = 1; seed <= 400; ++seed) {
        std::mt19937 rng(seed);
        std::normal_distribution<double> noise(0, 3);
        const int64_t first = isoNs("2025-11-17T00:00:00Z");
        std::vector<double> all;
        for (int t = 0; t < 80; ++t)
            all.push_back(std::max(0.0, 20 + 0.2 * t + noise(rng)));
        // History up to 2026-01-10 (t = 54); January ends at t = 75 (the series runs past it).
        const size_t cut = size_t((isoNs("2026-01-10T00:00:00Z") - first) / kDayNs) + 1;
        std::vector<double> history(all.begin(), all.begin() + long(cut));
        ForecastOptions opt;
        opt.seasonalMinDays = 1000;
        const SpendForecast f = forecastSpend(first, history, BudgetPeriod::Month, opt);
        QVERIFY(f.ok);
        double truth = 0;
        for (size_t i = 0; i < all.size(); ++i) {
            const int64_t day = first + int64_t(i) * kDayNs;
            if (day >= isoNs("2026-01-01T00:00:00Z") && day < isoNs("2026-02-01T00:00:00Z"))
                truth += all[i];
        }
        QVERIFY(f.projectedLow < f.projectedTotal && f.projectedTotal < f.projectedHigh);
        inside += truth >= f.projectedLow && truth <= f.projectedHigh;
    }
    // A 90 % band: the truth is inside in about 90 % of 400 runs (binomial sd 1.5 %).
    QVERIFY2(inside >= 340 && inside <= 380, qPrintable(QString::number(inside)));
}

void TestSpendForecast::tooLittleHistory()
{
    const SpendForecast f = forecastSpend(isoNs("2026-01-01T00:00:00Z"), { 0, 0, 3, 4, 5 }, BudgetPeriod::Month);
    QVERIFY(!f.ok);
    QVERIFY(f.reason.find("7 days") != std::string::npos);
}

QTEST_GUILESS_MAIN(TestSpendForecast)
#include "tst_spendforecast.moc"
