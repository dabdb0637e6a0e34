#include "analytics/spendforecast.h"

#include <algorithm>
#include <cmath>

namespace spanscope::analytics {

using store::kDayNs;

int weekdayIndex(int64_t dayNs)
{
    // 1970-01-01 was a Thursday (index 3).
    const int64_t days = store::floorToStep(dayNs, kDayNs) / kDayNs;
    return int(((days + 3) % 7 + 7) % 7);
}

std::vector<BudgetCrossing> budgetCrossings(int64_t firstDayNs, const std::vector<double> &daily, BudgetPeriod period,
                                            double amount, const std::vector<int> &thresholds)
{
    std::vector<BudgetCrossing> out;
    if (amount <= 0)
        return out;
    std::vector<int> sorted = thresholds;
    std::sort(sorted.begin(), sorted.end());
    int64_t currentPeriod = INT64_MIN;
    double cumulative = 0;
    size_t next = 0; // first threshold not yet reached in this period
    for (size_t i = 0; i < daily.size(); ++i) {
        const int64_t day = firstDayNs + int64_t(i) * kDayNs;
        const int64_t p = costBucketStart(day, period);
        if (p != currentPeriod) {
            currentPeriod = p;
            cumulative = 0;
            next = 0;
        }
        cumulative += daily[i];
        while (next < sorted.size() && cumulative >= amount * sorted[next] / 100.0 - 1e-12) {
            out.push_back({ sorted[next], p, day, cumulative });
            ++next;
        }
    }
    return out;
}

SpendForecast forecastSpend(int64_t firstDayNs, const std::vector<double> &daily, BudgetPeriod period,
                            const ForecastOptions &opt)
{
    SpendForecast f;
    f.weekdayFactor.fill(1.0);
    if (daily.empty()) {
        f.reason = "no spend recorded";
        return f;
    }
    const int64_t lastDay = firstDayNs + int64_t(daily.size() - 1) * kDayNs;
    f.periodStartNs = costBucketStart(lastDay, period);
    f.periodEndNs = costBucketNext(f.periodStartNs, period);
    for (size_t i = 0; i < daily.size(); ++i)
        if (firstDayNs + int64_t(i) * kDayNs >= f.periodStartNs)
            f.spentSoFar += daily[i];

    // History: the last historyDays days, not before the first day with spend.
    size_t first = 0;
    while (first < daily.size() && daily[first] == 0)
        ++first;
    const size_t begin = std::max(first, daily.size() > size_t(opt.historyDays) ? daily.size() - size_t(opt.historyDays) : 0);
    const size_t n = daily.size() > begin ? daily.size() - begin : 0;
    if (n < size_t(opt.minHistoryDays)) {
        f.reason = "need at least " + std::to_string(opt.minHistoryDays) + " days of spend history";
        return f;
    }
    auto dayOf = [&](size_t i) { return firstDayNs + int64_t(i) * kDayNs; };

    if (n >= size_t(opt.seasonalMinDays)) {
        std::array<double, 7> sum {}, cnt {};
        double total = 0;
        for (size_t i = begin; i < daily.size(); ++i) {
            const int w = weekdayIndex(dayOf(i));
            sum[w] += daily[i];
            cnt[w] += 1;
            total += daily[i];
        }
        const double mean = total / double(n);
        bool allDays = true;
        for (int w = 0; w < 7; ++w)
            allDays = allDays && cnt[w] > 0;
        if (mean > 0 && allDays) {
            f.seasonal = true;
            for (int w = 0; w < 7; ++w)
                f.weekdayFactor[w] = sum[w] / cnt[w] / mean;
        }
    }
    // Fit on deseasonalised amounts; weekdays with (almost) no spend carry no information.
    std::vector<double> ts, ys;
    for (size_t i = begin; i < daily.size(); ++i) {
        const double fw = f.weekdayFactor[weekdayIndex(dayOf(i))];
        if (fw < 0.05)
            continue;
        ts.push_back(double(i - begin));
        ys.push_back(daily[i] / fw);
    }
    const double m = double(ts.size());
    if (m < 3) {
        f.reason = "not enough days with spend";
        return f;
    }
    double tbar = 0, ybar = 0;
    for (size_t k = 0; k < ts.size(); ++k) {
        tbar += ts[k];
        ybar += ys[k];
    }
    tbar /= m;
    ybar /= m;
    double sxx = 0, sxy = 0;
    for (size_t k = 0; k < ts.size(); ++k) {
        sxx += (ts[k] - tbar) * (ts[k] - tbar);
        sxy += (ts[k] - tbar) * (ys[k] - ybar);
    }
    const double b = sxx > 0 ? sxy / sxx : 0;
    const double a = ybar - b * tbar;
    double ssr = 0;
    for (size_t k = 0; k < ts.size(); ++k) {
        const double r = ys[k] - (a + b * ts[k]);
        ssr += r * r;
    }
    const double s = m > 2 ? std::sqrt(ssr / (m - 2)) : 0;
    f.slopePerDay = b;
    f.dailyRate = a + b * double(n - 1);

    double sumF = 0, sumF2 = 0, sumFdt = 0, sumMean = 0;
    for (int64_t day = lastDay + kDayNs; day < f.periodEndNs; day += kDayNs) {
        const double t = double(n - 1) + double((day - lastDay) / kDayNs);
        const double fw = f.weekdayFactor[weekdayIndex(day)];
        ForecastDay d;
        d.dayNs = day;
        d.mean = std::max(0.0, a + b * t) * fw;
        const double half = opt.z * s * fw * std::sqrt(1 + 1 / m + (sxx > 0 ? (t - tbar) * (t - tbar) / sxx : 0));
        d.low = std::max(0.0, d.mean - half);
        d.high = d.mean + half;
        f.days.push_back(d);
        sumMean += d.mean;
        sumF += fw;
        sumF2 += fw * fw;
        sumFdt += fw * (t - tbar);
    }
    const double var = s * s * (sumF2 + sumF * sumF / m + (sxx > 0 ? sumFdt * sumFdt / sxx : 0));
    const double half = f.days.empty() ? 0 : opt.z * std::sqrt(var);
    f.projectedTotal = f.spentSoFar + sumMean;
    f.projectedLow = std::max(f.spentSoFar, f.projectedTotal - half);
    f.projectedHigh = f.projectedTotal + half;
    f.ok = true;
    return f;
}

} // namespace spanscope::analytics
