#pragma once
// Cost rollups (schema: resources/schema/007_cost.sql): sums of cost, tokens, requests and errors
// per UTC hour and day and per value of one dimension (model, provider, user, trace name, tag,
// environment), so that cost charts read a few thousand rollup rows instead of raw observations.
//
// Exactness: the importer feeds every call it writes into a CostRollupDelta — from memory for a
// trace that is new and complete in its buffer, else by subtracting the trace's stored calls
// before it is rewritten and adding them back after the import settles (store/costrollup.cpp,
// import/importsession.cpp). Re-pricing rebuilds from raw rows. A delta is applied in the import's
// transaction, so the rollups commit or roll back with the rows they summarise.
// One thread (the writer's).

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "store/database.h"

namespace spanscope::store {

enum class CostDim : int { Total = 0, Model = 1, Provider = 2, User = 3, TraceName = 4, Tag = 5, Environment = 6 };
constexpr CostDim kCostDims[] = { CostDim::Model, CostDim::Provider, CostDim::User, CostDim::TraceName,
                                  CostDim::Tag, CostDim::Environment };

constexpr int64_t kHourNs = int64_t(3600) * 1000000000;
constexpr int64_t kDayNs = 24 * kHourNs;

// ns rounded down / up to a multiple of step (times before 1970 too).
inline int64_t floorToStep(int64_t ns, int64_t step)
{
    int64_t q = ns / step;
    if (ns % step < 0)
        --q;
    return q * step;
}
inline int64_t ceilToStep(int64_t ns, int64_t step)
{
    const int64_t f = floorToStep(ns, step);
    return f == ns ? f : f + step;
}

// Sums over calls. cost = provided where present, else computed; unknown costs add nothing
// (unpriced counts calls that have a model or usage but no catalog price).
struct CostSums {
    int64_t requests = 0, errors = 0, unpriced = 0;
    double cost = 0, costProvided = 0, costComputed = 0;
    int64_t inputTokens = 0, outputTokens = 0, cacheReadTokens = 0, cacheWriteTokens = 0, reasoningTokens = 0,
            totalTokens = 0;
    void add(const CostSums &o, int sign = 1);
};

// A delta is applied once it holds this many cells, which bounds the memory of a large import.
constexpr size_t kMaxDeltaCells = 400000;

// One call (an LLM request) as the rollups see it: its own numbers plus its trace's dimensions.
struct CostCall {
    int64_t timeNs = 0; // the call's start, else its trace's time
    std::string_view model, provider, user, traceName, environment;
    std::string_view tagsJson; // the trace's tags as stored (a JSON array)
    bool error = false, unpriced = false;
    std::optional<double> costProvided, costComputed;
    int64_t inputTokens = 0, outputTokens = 0, cacheReadTokens = 0, cacheWriteTokens = 0, reasoningTokens = 0,
            totalTokens = 0;
};

// Which observations are calls: GENERATION or EMBEDDING, or with a model, or with a cost.
bool isCostCall(std::string_view type, bool hasModel, bool hasCost);
// The same condition over `observations o`; both must agree.
constexpr const char *kCostCallCondition = "(o.type IN ('GENERATION', 'EMBEDDING') OR o.model IS NOT NULL "
                                           "OR o.cost_provided IS NOT NULL OR o.cost_computed IS NOT NULL)";

// Accumulates signed call contributions in memory; apply() merges them into cost_rollup.
class CostRollupDelta {
public:
    void add(const CostCall &call, int sign = 1);
    size_t size() const { return m_cells.size(); }
    bool empty() const { return m_cells.empty(); }
    // Adds the deltas to cost_rollup (hour and day grains, every dimension), drops rows whose
    // request count reaches zero, and clears the delta. Call inside the writer's transaction.
    Status apply(Database &db);

private:
    // One rollup row at hour grain; day rows are summed from these in apply().
    struct Key {
        int dim;
        int64_t hour;
        std::string value;
        bool operator==(const Key &o) const { return dim == o.dim && hour == o.hour && value == o.value; }
    };
    struct KeyHash {
        size_t operator()(const Key &k) const noexcept;
    };
    void put(CostDim dim, int64_t hour, std::string_view value, const CostSums &sums, int sign);
    const std::vector<std::string> &tagsOf(std::string_view json);
    std::unordered_map<Key, CostSums, KeyHash> m_cells;
    std::unordered_map<std::string, std::vector<std::string>> m_tagCache; // tags JSON -> tags
};

// Reads one trace's calls as currently stored (one prepared statement, reused).
class StoredCallReader {
public:
    explicit StoredCallReader(Database &db);
    // Adds (sign +1) or removes (-1) the trace's stored calls to/from delta.
    Status addTrace(const std::string &traceId, int sign, CostRollupDelta &delta);

private:
    Statement m_st;
};

// Recomputes every rollup row from the raw observations and clears the stale flag. progress gets
// the number of calls read so far and returns false to cancel (the caller rolls back).
Status rebuildCostRollups(Database &db, const std::function<bool(int64_t)> &progress = {});
// True when the rollups must be rebuilt before use (a fresh migration, an interrupted re-price).
bool costRollupsStale(Database &db);
Status markCostRollupsStale(Database &db);
// False when the workspace predates the rollups (schema < 7) or they are stale: a read-write
// open (which migrates and rebuilds) is needed before cost queries.
bool costRollupsReady(Database &db);

} // namespace spanscope::store
