#pragma once
// Cost reports shared by the Cost page and `spanscope-cli report cost`, so both show the same
// numbers: a series (time buckets x groups of one dimension) re-bucketed from the store's hour or
// day rows into hour/day/week/month (UTC; weeks start on Monday), KPIs with the change against
// the previous equal range, and per-group totals. Any thread with its own connection.

#include <cstdint>
#include <string>
#include <vector>

#include "store/costrepository.h"

namespace spanscope::analytics {

enum class CostBucket { Hour, Day, Week, Month };

// hour up to 3 days, day up to 92 days, week up to 2 years, else month.
CostBucket autoCostBucket(int64_t fromNs, int64_t toNs);
// UTC start of the bucket holding ns, and of the next one.
int64_t costBucketStart(int64_t ns, CostBucket bucket);
int64_t costBucketNext(int64_t startNs, CostBucket bucket);
const char *costBucketName(CostBucket bucket); // hour day week month

struct CostSeries {
    CostBucket bucket = CostBucket::Day;
    store::CostDim dim = store::CostDim::Model;
    std::vector<int64_t> buckets;    // every bucket start from the range's first to its last
    std::vector<std::string> groups; // by total cost, highest first ('' = none)
    // cells[g][b]: sums of group g in bucket b.
    std::vector<std::vector<store::CostSums>> cells;
    std::vector<store::CostSums> groupTotals; // per group over the range
    store::CostSums total;
    bool fromRollups = true;
};

struct CostQuery {
    int64_t fromNs = 0, toNs = 0; // half-open, whole UTC hours
    store::CostDim dim = store::CostDim::Model;
    CostBucket bucket = CostBucket::Day;
    store::TraceFilter filter; // time range ignored: fromNs/toNs rule
};

store::Status costSeries(store::Database &db, const CostQuery &query, CostSeries &out);

struct CostKpis {
    int64_t fromNs = 0, toNs = 0, previousFromNs = 0, previousToNs = 0;
    store::CostSums current, previous;
};
// Totals of [from, to) and of the equal range before it.
store::Status costKpis(store::Database &db, int64_t fromNs, int64_t toNs, const store::TraceFilter &filter,
                       CostKpis &out);

// Ratios of a sum; 0 when the denominator is 0.
double costPerRequest(const store::CostSums &s);
double cacheHitShare(const store::CostSums &s); // cache-read tokens / input tokens (which include them)
double errorShare(const store::CostSums &s);    // errored calls / calls
// Relative change (current - previous) / previous; nullopt when previous is 0.
std::optional<double> relativeChange(double current, double previous);

// Daily cost of the whole workspace or one value of a dimension, gaps filled with 0, for budgets
// and forecasts: days[i] is the UTC day fromNs + i days.
store::Status dailyCost(store::Database &db, int64_t fromDayNs, int64_t toDayNs, store::CostDim dim,
                        const std::string &value, std::vector<double> &days);

} // namespace spanscope::analytics
