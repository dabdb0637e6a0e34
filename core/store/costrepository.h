#pragma once
// Cost reads for the Cost page, budgets and `spanscope-cli report cost`: sums per UTC hour or day
// and per value of one dimension, answered from cost_rollup whenever the filter allows (no
// filter, or values of the grouped dimension only) and otherwise from raw observations joined with
// their traces. Per-trace figures (percentiles, most expensive traces, sessions, metadata values)
// come from the traces table. Any thread with its own connection.

#include <cstdint>
#include <functional>
#include <list>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "store/costrollup.h"
#include "store/database.h"
#include "store/pricingrepository.h"
#include "store/tracefilter.h"

namespace spanscope::store {

struct CostRequest {
    // Calls starting in [fromNs, toNs), widened to whole UTC hours.
    int64_t fromNs = 0;
    int64_t toNs = 0;
    CostDim dim = CostDim::Total; // Total: one group with value ""
    bool daily = true;            // day buckets, else hour buckets
    // The Traces page's filter. Its time range is ignored (fromNs/toNs rule); models and
    // providers select calls, the rest select the calls' traces.
    TraceFilter filter;
    // Answer from the raw rows even when the rollups could (benchmarks' baseline, checks).
    bool fromRawRows = false;
};

struct CostRow {
    int64_t bucketNs = 0;
    std::string value;
    CostSums sums;
};

// Rows ordered by bucket, then value. *fromRollups tells which path answered.
Status costRows(Database &db, const CostRequest &request, std::vector<CostRow> &out, bool *fromRollups = nullptr);
// Every call of the request's range and filter with what pricing needs (for what-if pricing);
// visit gets the call and its provided cost and returns false to stop (Status "cancelled").
Status forEachCall(Database &db, const CostRequest &request,
                   const std::function<bool(const PricingInput &, std::optional<double>)> &visit);
// True when costRows() answers the request from the rollups.
bool costRollupsAnswer(const CostRequest &request);

// Per-trace cost in a trace-time range (traces.timestamp_ns in [fromNs, toNs)) under the filter.
struct TraceCostEntry {
    std::string id, name, userId;
    int64_t timestampNs = 0;
    double cost = 0;
};
struct TraceCostStats {
    int64_t traces = 0;    // with a known cost
    double p50 = 0, p95 = 0, mean = 0;
    std::vector<TraceCostEntry> top; // most expensive first
};
Status traceCostStats(Database &db, int64_t fromNs, int64_t toNs, const TraceFilter &filter, int topN,
                      TraceCostStats &out);

// Cost grouped by a trace-level value: the session, or a metadata key's value ('' = missing).
struct TraceGroupCost {
    std::string value;
    int64_t traces = 0;
    double cost = 0;
    int64_t tokens = 0;
};
Status sessionCosts(Database &db, int64_t fromNs, int64_t toNs, const TraceFilter &filter, int limit,
                    std::vector<TraceGroupCost> &out);
Status metadataCosts(Database &db, const std::string &key, int64_t fromNs, int64_t toNs, const TraceFilter &filter,
                     int limit, std::vector<TraceGroupCost> &out);
// Metadata breakdowns scan every trace of the range (seconds on millions), so results are kept
// per (workspace state, key, range, filter, limit), least recently used first out. The workspace
// state is a fingerprint of the day rollups and the traces table, which any import or re-pricing
// changes, so a stale result is never served even after another process wrote; clear() drops
// everything (the Cost page calls it when the workspace changes). Thread-safe.
class MetadataCostCache {
public:
    explicit MetadataCostCache(size_t capacity = 64) : m_capacity(capacity) {}
    // metadataCosts(), from the cache when the same question was answered for the same data.
    Status get(Database &db, const std::string &key, int64_t fromNs, int64_t toNs, const TraceFilter &filter, int limit,
               std::vector<TraceGroupCost> &out, bool *hit = nullptr);
    void clear();
    size_t size() const;

private:
    mutable std::mutex m_mutex;
    size_t m_capacity;
    std::list<std::pair<std::string, std::vector<TraceGroupCost>>> m_entries; // most recent first
};

// Top-level metadata keys seen on traces of the range (for the breakdown picker).
Status metadataKeys(Database &db, int64_t fromNs, int64_t toNs, int limit, std::vector<std::string> &out);

// The time span the rollups cover (first and last hour bucket); nullopt when empty.
Status costDataRange(Database &db, std::optional<int64_t> &firstNs, std::optional<int64_t> &lastNs);

// Budgets (table budgets). dim: Total, Model, User or Tag.
struct Budget {
    int64_t id = 0; // 0 = new
    std::string name;
    std::string period; // day | week | month
    double amountUsd = 0;
    CostDim dim = CostDim::Total;
    std::string value;
};
Status listBudgets(Database &db, std::vector<Budget> &out);
Status saveBudget(Database &db, Budget &budget); // inserts when id == 0 (sets id), else updates
Status deleteBudget(Database &db, int64_t id);

} // namespace spanscope::store
