#include "analytics/costreport.h"

#include <algorithm>
#include <map>

#include <QDateTime>

namespace spanscope::analytics {

using store::CostDim;
using store::CostSums;
using store::kDayNs;
using store::kHourNs;

namespace {

QDate utcDate(int64_t ns) { return QDate(1970, 1, 1).addDays(store::floorToStep(ns, kDayNs) / kDayNs); }
int64_t dayNs(const QDate &d) { return QDate(1970, 1, 1).daysTo(d) * kDayNs; }

} // namespace

CostBucket autoCostBucket(int64_t fromNs, int64_t toNs)
{
    const int64_t span = toNs - fromNs;
    if (span <= 3 * kDayNs)
        return CostBucket::Hour;
    if (span <= 92 * kDayNs)
        return CostBucket::Day;
    if (span <= 731 * kDayNs)
        return CostBucket::Week;
    return CostBucket::Month;
}

int64_t costBucketStart(int64_t ns, CostBucket bucket)
{
    switch (bucket) {
    case CostBucket::Hour: return store::floorToStep(ns, kHourNs);
    case CostBucket::Day: return store::floorToStep(ns, kDayNs);
    case CostBucket::Week: {
        const QDate d = utcDate(ns);
        return dayNs(d.addDays(1 - d.dayOfWeek())); // Monday
    }
    case CostBucket::Month: {
        const QDate d = utcDate(ns);
        return dayNs(QDate(d.year(), d.month(), 1));
    }
    }
    return ns;
}

int64_t costBucketNext(int64_t startNs, CostBucket bucket)
{
    switch (bucket) {
    case CostBucket::Hour: return startNs + kHourNs;
    case CostBucket::Day: return startNs + kDayNs;
    case CostBucket::Week: return startNs + 7 * kDayNs;
    case CostBucket::Month: return dayNs(utcDate(startNs).addMonths(1));
    }
    return startNs + kDayNs;
}

const char *costBucketName(CostBucket bucket)
{
    switch (bucket) {
    case CostBucket::Hour: return "hour";
    case CostBucket::Day: return "day";
    case CostBucket::Week: return "week";
    case CostBucket::Month: return "month";
    }
    return "day";
}

store::Status costSeries(store::Database &db, const CostQuery &q, CostSeries &out)
{
    out = {};
    out.bucket = q.bucket;
    out.dim = q.dim;
    store::CostRequest r;
    r.fromNs = q.fromNs;
    r.toNs = q.toNs;
    r.dim = q.dim;
    r.daily = q.bucket != CostBucket::Hour;
    r.filter = q.filter;
    std::vector<store::CostRow> rows;
    if (store::Status s = store::costRows(db, r, rows, &out.fromRollups); !s)
        return s;
    if (q.toNs <= q.fromNs)
        return store::Status::success();
    for (int64_t b = costBucketStart(q.fromNs, q.bucket); b < q.toNs; b = costBucketNext(b, q.bucket))
        out.buckets.push_back(b);
    std::map<std::string, CostSums> totals;
    for (const store::CostRow &row : rows)
        totals[row.value].add(row.sums);
    std::vector<std::pair<std::string, CostSums>> ordered(totals.begin(), totals.end());
    std::stable_sort(ordered.begin(), ordered.end(), [](const auto &a, const auto &b) {
        return a.second.cost != b.second.cost ? a.second.cost > b.second.cost : a.second.requests > b.second.requests;
    });
    std::map<std::string, size_t> groupIndex;
    for (auto &[value, sums] : ordered) {
        groupIndex[value] = out.groups.size();
        out.groups.push_back(value);
        out.groupTotals.push_back(sums);
        out.total.add(sums);
    }
    out.cells.assign(out.groups.size(), std::vector<CostSums>(out.buckets.size()));
    for (const store::CostRow &row : rows) {
        const int64_t start = costBucketStart(row.bucketNs, q.bucket);
        const auto it = std::lower_bound(out.buckets.begin(), out.buckets.end(), start);
        if (it == out.buckets.end() || *it != start)
            continue; // cannot happen: rows lie inside the range
        out.cells[groupIndex[row.value]][size_t(it - out.buckets.begin())].add(row.sums);
    }
    return store::Status::success();
}

store::Status costKpis(store::Database &db, int64_t fromNs, int64_t toNs, const store::TraceFilter &filter,
                       CostKpis &out)
{
    out = {};
    out.fromNs = store::floorToStep(fromNs, kHourNs);
    out.toNs = store::ceilToStep(toNs, kHourNs);
    out.previousToNs = out.fromNs;
    out.previousFromNs = out.fromNs - (out.toNs - out.fromNs);
    for (auto [a, b, into] : { std::tuple { out.fromNs, out.toNs, &out.current },
                               std::tuple { out.previousFromNs, out.previousToNs, &out.previous } }) {
        store::CostRequest r;
        r.fromNs = a;
        r.toNs = b;
        r.dim = CostDim::Total;
        r.filter = filter;
        std::vector<store::CostRow> rows;
        if (store::Status s = store::costRows(db, r, rows); !s)
            return s;
        for (const store::CostRow &row : rows)
            into->add(row.sums);
    }
    return store::Status::success();
}

double costPerRequest(const CostSums &s) { return s.requests ? s.cost / double(s.requests) : 0.0; }

double cacheHitShare(const CostSums &s)
{
    // Stored input token counts include the cache reads (the importers add them up).
    return s.inputTokens > 0 ? std::min(1.0, double(s.cacheReadTokens) / double(s.inputTokens)) : 0.0;
}

double errorShare(const CostSums &s) { return s.requests ? double(s.errors) / double(s.requests) : 0.0; }

std::optional<double> relativeChange(double current, double previous)
{
    if (previous == 0)
        return std::nullopt;
    return (current - previous) / previous;
}

store::Status dailyCost(store::Database &db, int64_t fromDayNs, int64_t toDayNs, CostDim dim, const std::string &value,
                        std::vector<double> &days)
{
    fromDayNs = store::floorToStep(fromDayNs, kDayNs);
    toDayNs = store::floorToStep(toDayNs, kDayNs);
    days.assign(size_t(std::max<int64_t>(0, (toDayNs - fromDayNs) / kDayNs)), 0.0);
    store::CostRequest r;
    r.fromNs = fromDayNs;
    r.toNs = toDayNs;
    r.dim = CostDim::Total;
    switch (dim) {
    case CostDim::Model: r.filter.models = { value }; break;
    case CostDim::Provider: r.filter.providers = { value }; break;
    case CostDim::User: r.filter.userIds = { value }; break;
    case CostDim::TraceName: r.filter.traceNames = { value }; break;
    case CostDim::Tag: r.filter.tags = { value }; break;
    case CostDim::Environment: r.filter.environments = { value }; break;
    case CostDim::Total: break;
    }
    std::vector<store::CostRow> rows;
    if (store::Status s = store::costRows(db, r, rows); !s)
        return s;
    for (const store::CostRow &row : rows) {
        const int64_t i = (row.bucketNs - fromDayNs) / kDayNs;
        if (i >= 0 && i < int64_t(days.size()))
            days[size_t(i)] += row.sums.cost;
    }
    return store::Status::success();
}

} // namespace spanscope::analytics
