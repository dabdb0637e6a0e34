#include "store/costrollup.h"

#include <algorithm>

#include <map>
#include <tuple>
#include <vector>

#include <nlohmann/json.hpp>

#include "model/records.h"

namespace spanscope::store {

namespace {

constexpr const char *kCallCondition = kCostCallCondition;

// A call's fields in the order readCall() reads them.
constexpr const char *kCallColumns
    = "COALESCE(o.start_ns, t.timestamp_ns, 0), COALESCE(o.model, ''), COALESCE(spanscope_provider(o.provider, o.model), ''), "
      "COALESCE(t.user_id, ''), COALESCE(t.name, ''), COALESCE(t.environment, ''), COALESCE(t.tags, ''), "
      "o.level = 'ERROR', o.unpriced, o.cost_provided, o.cost_computed, COALESCE(o.input_tokens, 0), "
      "COALESCE(o.output_tokens, 0), COALESCE(o.cache_read_tokens, 0), COALESCE(o.cache_write_tokens, 0), "
      "COALESCE(o.reasoning_tokens, 0), COALESCE(o.total_tokens, 0)";

std::string callQuery(const char *extraCondition)
{
    return std::string("SELECT ") + kCallColumns + " FROM observations o LEFT JOIN traces t ON t.id = o.trace_id WHERE "
           + kCallCondition + extraCondition;
}

// Valid while st stays on the row.
CostCall readCall(const Statement &st)
{
    CostCall c;
    c.timeNs = st.int64(0);
    c.model = st.textView(1);
    c.provider = st.textView(2);
    c.user = st.textView(3);
    c.traceName = st.textView(4);
    c.environment = st.textView(5);
    c.tagsJson = st.textView(6);
    c.error = st.int64(7) != 0;
    c.unpriced = st.int64(8) != 0;
    c.costProvided = st.optReal(9);
    c.costComputed = st.optReal(10);
    c.inputTokens = st.int64(11);
    c.outputTokens = st.int64(12);
    c.cacheReadTokens = st.int64(13);
    c.cacheWriteTokens = st.int64(14);
    c.reasoningTokens = st.int64(15);
    c.totalTokens = st.int64(16);
    return c;
}

// The distinct tags of a trace's tags JSON (non-string values as their JSON text).
std::vector<std::string> parseTags(const std::string &json)
{
    std::vector<std::string> tags;
    if (json.empty())
        return tags;
    const nlohmann::json j = nlohmann::json::parse(json, nullptr, false);
    if (!j.is_array())
        return tags;
    for (const auto &v : j) {
        std::string tag = v.is_string() ? v.get<std::string>() : v.dump();
        if (std::find(tags.begin(), tags.end(), tag) == tags.end())
            tags.push_back(std::move(tag));
    }
    return tags;
}

constexpr const char *kUpsert = R"SQL(
INSERT INTO cost_rollup(grain, dim, bucket_ns, value, requests, errors, unpriced, cost, cost_provided,
  cost_computed, input_tokens, output_tokens, cache_read_tokens, cache_write_tokens, reasoning_tokens, total_tokens)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)
ON CONFLICT(grain, dim, bucket_ns, value) DO UPDATE SET
  requests = requests + excluded.requests, errors = errors + excluded.errors,
  unpriced = unpriced + excluded.unpriced, cost = cost + excluded.cost,
  cost_provided = cost_provided + excluded.cost_provided, cost_computed = cost_computed + excluded.cost_computed,
  input_tokens = input_tokens + excluded.input_tokens, output_tokens = output_tokens + excluded.output_tokens,
  cache_read_tokens = cache_read_tokens + excluded.cache_read_tokens,
  cache_write_tokens = cache_write_tokens + excluded.cache_write_tokens,
  reasoning_tokens = reasoning_tokens + excluded.reasoning_tokens, total_tokens = total_tokens + excluded.total_tokens
)SQL";

} // namespace

void CostSums::add(const CostSums &o, int sign)
{
    requests += sign * o.requests;
    errors += sign * o.errors;
    unpriced += sign * o.unpriced;
    cost += sign * o.cost;
    costProvided += sign * o.costProvided;
    costComputed += sign * o.costComputed;
    inputTokens += sign * o.inputTokens;
    outputTokens += sign * o.outputTokens;
    cacheReadTokens += sign * o.cacheReadTokens;
    cacheWriteTokens += sign * o.cacheWriteTokens;
    reasoningTokens += sign * o.reasoningTokens;
    totalTokens += sign * o.totalTokens;
}

bool isCostCall(std::string_view type, bool hasModel, bool hasCost)
{
    return type == ObsType::Generation || type == ObsType::Embedding || hasModel || hasCost;
}

size_t CostRollupDelta::KeyHash::operator()(const Key &k) const noexcept
{
    return (std::hash<std::string> {}(k.value) * 1000003u) ^ std::hash<int64_t> {}(k.hour * 8 + k.dim);
}

void CostRollupDelta::put(CostDim dim, int64_t hour, std::string_view value, const CostSums &sums, int sign)
{
    m_cells[Key { int(dim), hour, std::string(value) }].add(sums, sign);
}

const std::vector<std::string> &CostRollupDelta::tagsOf(std::string_view json)
{
    auto it = m_tagCache.find(std::string(json));
    if (it == m_tagCache.end()) {
        if (m_tagCache.size() > 100000)
            m_tagCache.clear();
        it = m_tagCache.emplace(std::string(json), parseTags(std::string(json))).first;
    }
    return it->second;
}

void CostRollupDelta::add(const CostCall &c, int sign)
{
    CostSums s;
    s.requests = 1;
    s.errors = c.error ? 1 : 0;
    s.unpriced = c.unpriced ? 1 : 0;
    s.cost = c.costProvided ? *c.costProvided : c.costComputed.value_or(0.0);
    s.costProvided = c.costProvided.value_or(0.0);
    s.costComputed = c.costComputed.value_or(0.0);
    s.inputTokens = c.inputTokens;
    s.outputTokens = c.outputTokens;
    s.cacheReadTokens = c.cacheReadTokens;
    s.cacheWriteTokens = c.cacheWriteTokens;
    s.reasoningTokens = c.reasoningTokens;
    s.totalTokens = c.totalTokens;
    const int64_t hour = floorToStep(c.timeNs, kHourNs);
    put(CostDim::Model, hour, c.model, s, sign);
    put(CostDim::Provider, hour, c.provider, s, sign);
    put(CostDim::User, hour, c.user, s, sign);
    put(CostDim::TraceName, hour, c.traceName, s, sign);
    put(CostDim::Environment, hour, c.environment, s, sign);
    if (!c.tagsJson.empty())
        for (const std::string &tag : tagsOf(c.tagsJson))
            put(CostDim::Tag, hour, tag, s, sign);
}

Status CostRollupDelta::apply(Database &db)
{
    if (m_cells.empty())
        return Status::success();
    struct Row {
        int grain, dim;
        int64_t bucket;
        const std::string *value;
        CostSums sums;
        bool negative; // some contribution was taken away: the row may reach zero
    };
    std::vector<Row> rows;
    rows.reserve(m_cells.size() * 2);
    std::unordered_map<Key, size_t, KeyHash> days;
    for (auto &[k, sums] : m_cells) {
        if (sums.requests == 0 && sums.cost == 0 && sums.costProvided == 0 && sums.costComputed == 0
            && sums.totalTokens == 0 && sums.inputTokens == 0 && sums.outputTokens == 0)
            continue; // an exact cancellation (a trace subtracted and re-added unchanged)
        const bool negative = sums.requests <= 0;
        rows.push_back({ 0, k.dim, k.hour, &k.value, sums, negative });
        auto [it, fresh] = days.try_emplace(Key { k.dim, floorToStep(k.hour, kDayNs), k.value }, 0);
        if (fresh) {
            it->second = rows.size();
            rows.push_back({ 1, k.dim, it->first.hour, &it->first.value, {}, false });
        }
        rows[it->second].sums.add(sums);
        rows[it->second].negative = rows[it->second].negative || negative;
    }
    // Primary-key order keeps the B-tree writes local.
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return std::tie(a.grain, a.dim, a.bucket, *a.value) < std::tie(b.grain, b.dim, b.bucket, *b.value);
    });
    Statement up(db, kUpsert);
    Statement del(db, "DELETE FROM cost_rollup WHERE grain = ?1 AND dim = ?2 AND bucket_ns = ?3 AND value = ?4 "
                      "AND requests <= 0");
    if (!up.isValid() || !del.isValid())
        return Status::failure(QStringLiteral("cost rollups: %1").arg(db.lastError()));
    for (const Row &r : rows) {
        const CostSums &s = r.sums;
        up.bind(1, r.grain);
        up.bind(2, r.dim);
        up.bind(3, r.bucket);
        up.bindStatic(4, *r.value);
        up.bind(5, s.requests);
        up.bind(6, s.errors);
        up.bind(7, s.unpriced);
        up.bind(8, s.cost);
        up.bind(9, s.costProvided);
        up.bind(10, s.costComputed);
        up.bind(11, s.inputTokens);
        up.bind(12, s.outputTokens);
        up.bind(13, s.cacheReadTokens);
        up.bind(14, s.cacheWriteTokens);
        up.bind(15, s.reasoningTokens);
        up.bind(16, s.totalTokens);
        if (!up.run())
            return Status::failure(QStringLiteral("cost rollups: %1").arg(up.error()));
        up.reset();
        if (r.negative) {
            del.bind(1, r.grain);
            del.bind(2, r.dim);
            del.bind(3, r.bucket);
            del.bindStatic(4, *r.value);
            if (!del.run())
                return Status::failure(QStringLiteral("cost rollups: %1").arg(del.error()));
            del.reset();
        }
    }
    m_cells.clear();
    return Status::success();
}

StoredCallReader::StoredCallReader(Database &db) : m_st(db, callQuery(" AND o.trace_id = ?1")) { }

Status StoredCallReader::addTrace(const std::string &traceId, int sign, CostRollupDelta &delta)
{
    if (!m_st.isValid())
        return Status::failure(QStringLiteral("cost rollups: %1").arg(m_st.prepareError()));
    StatementReset guard { m_st };
    m_st.bindStatic(1, traceId);
    while (m_st.step())
        delta.add(readCall(m_st), sign);
    return m_st.failed() ? Status::failure(QStringLiteral("cost rollups: %1").arg(m_st.error())) : Status::success();
}

Status rebuildCostRollups(Database &db, const std::function<bool(int64_t)> &progress)
{
    if (Status s = db.exec("DELETE FROM cost_rollup"); !s)
        return s;
    Statement st(db, callQuery(""));
    if (!st.isValid())
        return Status::failure(QStringLiteral("cost rollups: %1").arg(st.prepareError()));
    CostRollupDelta delta;
    int64_t n = 0;
    while (st.step()) {
        delta.add(readCall(st));
        if ((++n & 0xFFFF) != 0)
            continue;
        if (progress && !progress(n))
            return Status::failure(QStringLiteral("cancelled"));
        if (delta.size() >= kMaxDeltaCells)
            if (Status s = delta.apply(db); !s)
                return s;
    }
    if (st.failed())
        return Status::failure(QStringLiteral("cost rollups: %1").arg(st.error()));
    st.reset();
    if (Status s = delta.apply(db); !s)
        return s;
    return db.exec("UPDATE cost_rollup_state SET stale = 0");
}

bool costRollupsStale(Database &db)
{
    Statement st(db, "SELECT stale FROM cost_rollup_state WHERE id = 1");
    return st.isValid() && st.step() && st.int64(0) != 0;
}

bool costRollupsReady(Database &db)
{
    Statement st(db, "SELECT stale FROM cost_rollup_state WHERE id = 1");
    return st.isValid() && st.step() && st.int64(0) == 0;
}

Status markCostRollupsStale(Database &db)
{
    return db.exec("UPDATE cost_rollup_state SET stale = 1");
}

} // namespace spanscope::store
