#pragma once
// Budgets and spend forecasts over daily cost (analytics::dailyCost): the days on which a
// period's cumulative spend first reached 50/75/90/100 % of a budget, and the spend to the end of
// the current day/week/month projected from the recent burn rate.
//
// Forecast model: ordinary least squares line through the last `historyDays` daily amounts
// (after dividing each by its weekday factor when there are at least `seasonalMinDays` days;
// factor = that weekday's mean / the overall mean). Each remaining day d of the period gets
// mean_d = max(0, a + b t_d) * f_d with a prediction band +-z s f_d sqrt(1 + 1/n + (t_d - tbar)^2 / Sxx)
// (s = residual standard deviation). The period total's band uses the variance of the sum:
// s^2 [ sum f_d^2 + (sum f_d)^2 / n + (sum f_d (t_d - tbar))^2 / Sxx ] (day noise independent, line
// parameters shared). Pure functions; any thread. Days are UTC days, weeks start on Monday.

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "analytics/costreport.h"

namespace spanscope::analytics {

// Budget and forecast periods: CostBucket::Day, Week or Month.
using BudgetPeriod = CostBucket;

struct BudgetCrossing {
    int percent = 0;
    int64_t periodStartNs = 0;
    int64_t dayNs = 0;       // the UTC day the cumulative spend first reached percent
    double cumulative = 0;   // the period's spend up to and including that day
};
// daily[i] is the spend of the UTC day firstDayNs + i days. Each threshold is listed at most once
// per period; the order is by day, then percent. amount <= 0 gives nothing.
std::vector<BudgetCrossing> budgetCrossings(int64_t firstDayNs, const std::vector<double> &daily, BudgetPeriod period,
                                            double amount, const std::vector<int> &thresholds = { 50, 75, 90, 100 });

struct ForecastDay {
    int64_t dayNs = 0;
    double mean = 0, low = 0, high = 0;
};
struct SpendForecast {
    bool ok = false;
    std::string reason;       // when !ok
    bool seasonal = false;
    double dailyRate = 0;     // fitted spend of the last history day (before weekday factors)
    double slopePerDay = 0;
    double spentSoFar = 0;    // the period's spend up to and including the last history day
    double projectedTotal = 0, projectedLow = 0, projectedHigh = 0; // whole period
    int64_t periodStartNs = 0, periodEndNs = 0;
    std::vector<ForecastDay> days; // the period's remaining days after the last history day
    std::array<double, 7> weekdayFactor {}; // Monday = 0; all 1 when not seasonal
};
struct ForecastOptions {
    int historyDays = 28;
    int minHistoryDays = 7;
    int seasonalMinDays = 21;
    double z = 1.6449; // 90 % band
};
// daily as for budgetCrossings; its last entry is the current (last complete) day.
SpendForecast forecastSpend(int64_t firstDayNs, const std::vector<double> &daily, BudgetPeriod period,
                            const ForecastOptions &options = {});

// Monday = 0 ... Sunday = 6 for a UTC day start.
int weekdayIndex(int64_t dayNs);

} // namespace spanscope::analytics
