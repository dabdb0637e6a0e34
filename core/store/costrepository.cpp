#include "store/costrepository.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

#include "store/tracefiltersql.h"

namespace spanscope::store {

using sqlfilter::Clause;

namespace {

constexpr int64_t kRawTraceSlackNs = 7 * kDayNs; // calls may start this long after (or before) their trace

CostSums readSums(const Statement &st, int col)
{
    CostSums s;
    s.requests = st.int64(col);
    s.errors = st.int64(col + 1);
    s.unpriced = st.int64(col + 2);
    s.cost = st.real(col + 3);
    s.costProvided = st.real(col + 4);
    s.costComputed = st.real(col + 5);
    s.inputTokens = st.int64(col + 6);
    s.outputTokens = st.int64(col + 7);
    s.cacheReadTokens = st.int64(col + 8);
    s.cacheWriteTokens = st.int64(col + 9);
    s.reasoningTokens = st.int64(col + 10);
    s.totalTokens = st.int64(col + 11);
    return s;
}

// The one dimension list a filter restricts, when it restricts nothing else.
struct FilterDim {
    bool simple = true; // no condition outside the dimension lists
    CostDim dim = CostDim::Total;
    const std::vector<std::string> *values = nullptr;
    int lists = 0;
};

FilterDim filterDim(const TraceFilter &f)
{
    FilterDim r;
    r.simple = f.text.empty() && f.sessionIds.empty() && f.releases.empty() && !f.promptName && !f.errorsOnly
               && !f.minLatencyNs && !f.minCostUsd && f.scores.empty() && f.traceIds.empty();
    const std::pair<CostDim, const std::vector<std::string> *> lists[] = {
        { CostDim::Model, &f.models },     { CostDim::Provider, &f.providers }, { CostDim::User, &f.userIds },
        { CostDim::TraceName, &f.traceNames }, { CostDim::Tag, &f.tags },   { CostDim::Environment, &f.environments },
    };
    for (const auto &[dim, values] : lists) {
        if (values->empty())
            continue;
        ++r.lists;
        r.dim = dim;
        r.values = values;
    }
    return r;
}

using Cells = std::map<std::pair<int64_t, std::string>, CostSums>;

void toRows(Cells &cells, std::vector<CostRow> &out)
{
    out.clear();
    out.reserve(cells.size());
    for (auto &[key, sums] : cells)
        out.push_back({ key.first, key.second, sums });
}

Status rollupRows(Database &db, const CostRequest &r, std::vector<CostRow> &out)
{
    const FilterDim fd = filterDim(r.filter);
    const CostDim dim = r.dim != CostDim::Total ? r.dim : fd.lists ? fd.dim : CostDim::Model;
    const int64_t from = floorToStep(r.fromNs, kHourNs);
    const int64_t to = ceilToStep(r.toNs, kHourNs);
    Clause values;
    if (fd.lists)
        sqlfilter::addIn(values, "value", *fd.values);
    const std::string extra = values.conditions.empty() ? std::string() : " AND " + values.conditions.front();
    Statement st(db, std::string("SELECT bucket_ns, value, requests, errors, unpriced, cost, cost_provided, "
                                 "cost_computed, input_tokens, output_tokens, cache_read_tokens, cache_write_tokens, "
                                 "reasoning_tokens, total_tokens FROM cost_rollup "
                                 "WHERE grain = ? AND dim = ? AND bucket_ns >= ? AND bucket_ns < ?")
                         + extra);
    if (!st.isValid())
        return Status::failure(QStringLiteral("cost query: %1").arg(st.prepareError()));
    Cells cells;
    auto read = [&](int grain, int64_t a, int64_t b) -> Status {
        if (a >= b)
            return Status::success();
        st.reset();
        st.bind(1, grain);
        st.bind(2, int(dim));
        st.bind(3, a);
        st.bind(4, b);
        sqlfilter::bindAll(st, values.params, 5); // after the four fixed parameters
        while (st.step()) {
            const int64_t bucket = r.daily ? floorToStep(st.int64(0), kDayNs) : st.int64(0);
            cells[{ bucket, r.dim == CostDim::Total ? std::string() : st.text(1) }].add(readSums(st, 2));
        }
        return st.failed() ? Status::failure(QStringLiteral("cost query: %1").arg(st.error())) : Status::success();
    };
    if (!r.daily) {
        if (Status s = read(0, from, to); !s)
            return s;
    } else {
        // Whole days from the day grain, the partial days at either edge from the hour grain.
        const int64_t dayFrom = ceilToStep(from, kDayNs), dayTo = floorToStep(to, kDayNs);
        if (dayFrom < dayTo) {
            for (const auto &[grain, a, b] : { std::tuple { 0, from, dayFrom }, std::tuple { 1, dayFrom, dayTo },
                                               std::tuple { 0, dayTo, to } })
                if (Status s = read(grain, a, b); !s)
                    return s;
        } else if (Status s = read(0, from, to); !s) {
            return s;
        }
    }
    toRows(cells, out);
    return Status::success();
}

std::string rawValueExpr(CostDim dim)
{
    switch (dim) {
    case CostDim::Total: return "''";
    case CostDim::Model: return "COALESCE(o.model, '')";
    case CostDim::Provider: return "COALESCE(spanscope_provider(o.provider, o.model), '')";
    case CostDim::User: return "COALESCE(t.user_id, '')";
    case CostDim::TraceName: return "COALESCE(t.name, '')";
    case CostDim::Tag: return "tag.value";
    case CostDim::Environment: return "COALESCE(t.environment, '')";
    }
    return "''";
}

// The calls of a request over `traces t JOIN observations o`: the filter's trace conditions, its
// models and providers on the call, and a trace-time window around the range that the caller
// narrows to the calls' own times. False when nothing can match.
bool rawCallClause(const CostRequest &r, int64_t from, int64_t to, Clause &where)
{
    TraceFilter traceSide = r.filter;
    traceSide.fromNs = from - kRawTraceSlackNs;
    traceSide.toNs = to + kRawTraceSlackNs;
    traceSide.models.clear();
    traceSide.providers.clear();
    if (!sqlfilter::buildFilter(traceSide, where))
        return false;
    where.add(kCostCallCondition);
    sqlfilter::addIn(where, "o.model", r.filter.models);
    sqlfilter::addIn(where, "spanscope_provider(o.provider, o.model)", r.filter.providers);
    return true;
}

Status rawRows(Database &db, const CostRequest &r, std::vector<CostRow> &out)
{
    const int64_t from = floorToStep(r.fromNs, kHourNs);
    const int64_t to = ceilToStep(r.toNs, kHourNs);
    const int64_t step = r.daily ? kDayNs : kHourNs;
    Clause where;
    if (!rawCallClause(r, from, to, where)) {
        out.clear();
        return Status::success();
    }
    const std::string tagJoin = r.dim == CostDim::Tag
        ? ", json_each(CASE WHEN json_valid(t.tags) THEN t.tags ELSE '[]' END) tag"
        : std::string();
    // step, from and to are integers computed here, written into the SQL so that the filter's
    // anonymous parameters keep positions 1..n.
    const std::string stepText = std::to_string(step);
    const std::string sql
        = "SELECT ct - ((ct % " + stepText + ") + " + stepText + ") % " + stepText
        + " AS b, v, count(*), COALESCE(sum(err), 0), COALESCE(sum(unpriced), 0), "
          "total(COALESCE(cp, cc)), total(cp), total(cc), total(it), total(ot), total(crt), total(cwt), total(rt), "
          "total(tt) FROM (SELECT COALESCE(o.start_ns, t.timestamp_ns, 0) AS ct, "
        + rawValueExpr(r.dim)
        + " AS v, o.level = 'ERROR' AS err, o.unpriced AS unpriced, o.cost_provided AS cp, o.cost_computed AS cc, "
          "o.input_tokens AS it, o.output_tokens AS ot, o.cache_read_tokens AS crt, o.cache_write_tokens AS cwt, "
          "o.reasoning_tokens AS rt, o.total_tokens AS tt FROM traces t JOIN observations o ON o.trace_id = t.id"
        + tagJoin + where.where() + ") WHERE ct >= " + std::to_string(from) + " AND ct < " + std::to_string(to)
        + " GROUP BY b, v ORDER BY b, v";
    Statement st(db, sql);
    if (!st.isValid())
        return Status::failure(QStringLiteral("cost query: %1").arg(st.prepareError()));
    sqlfilter::bindAll(st, where.params);
    out.clear();
    while (st.step()) {
        CostRow row;
        row.bucketNs = st.int64(0);
        row.value = st.text(1);
        row.sums.requests = st.int64(2);
        row.sums.errors = st.int64(3);
        row.sums.unpriced = st.int64(4);
        row.sums.cost = st.real(5);
        row.sums.costProvided = st.real(6);
        row.sums.costComputed = st.real(7);
        row.sums.inputTokens = int64_t(st.real(8));
        row.sums.outputTokens = int64_t(st.real(9));
        row.sums.cacheReadTokens = int64_t(st.real(10));
        row.sums.cacheWriteTokens = int64_t(st.real(11));
        row.sums.reasoningTokens = int64_t(st.real(12));
        row.sums.totalTokens = int64_t(st.real(13));
        out.push_back(std::move(row));
    }
    return st.failed() ? Status::failure(QStringLiteral("cost query: %1").arg(st.error())) : Status::success();
}

// The filter for trace-level queries: its own conditions plus the trace-time range.
Clause traceClause(const TraceFilter &filter, int64_t fromNs, int64_t toNs, bool &matchesAny)
{
    TraceFilter f = filter;
    f.fromNs = fromNs;
    f.toNs = toNs;
    Clause c;
    matchesAny = sqlfilter::buildFilter(f, c);
    return c;
}

Status groupCosts(Database &db, const std::string &valueExpr, const std::vector<sqlfilter::Param> &valueParams,
                  int64_t fromNs, int64_t toNs, const TraceFilter &filter, int limit, std::vector<TraceGroupCost> &out)
{
    out.clear();
    bool any = true;
    Clause c = traceClause(filter, fromNs, toNs, any);
    if (!any)
        return Status::success();
    Statement st(db, "SELECT " + valueExpr + " AS v, count(*), total(t.cost), total(t.total_tokens) FROM traces t"
                         + c.where() + " GROUP BY v ORDER BY 3 DESC, 1 LIMIT " + std::to_string(std::max(1, limit)));
    if (!st.isValid())
        return Status::failure(QStringLiteral("cost query: %1").arg(st.prepareError()));
    std::vector<sqlfilter::Param> params = valueParams;
    params.insert(params.end(), c.params.begin(), c.params.end());
    sqlfilter::bindAll(st, params);
    while (st.step())
        out.push_back({ st.text(0), st.int64(1), st.real(2), int64_t(st.real(3)) });
    return st.failed() ? Status::failure(QStringLiteral("cost query: %1").arg(st.error())) : Status::success();
}

double percentile(const std::vector<double> &sorted, double p)
{
    if (sorted.empty())
        return 0;
    const double pos = p * double(sorted.size() - 1);
    const size_t lo = size_t(std::floor(pos));
    const size_t hi = std::min(sorted.size() - 1, lo + 1);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - double(lo));
}

} // namespace

bool costRollupsAnswer(const CostRequest &request)
{
    if (request.fromRawRows)
        return false;
    const FilterDim fd = filterDim(request.filter);
    if (!fd.simple || fd.lists > 1)
        return false;
    if (fd.lists == 0)
        return true;
    if (request.dim == fd.dim)
        return true;
    // Totals over a value list of one dimension: exact unless a call can count under two tags.
    return request.dim == CostDim::Total && !(fd.dim == CostDim::Tag && fd.values->size() > 1);
}

Status costRows(Database &db, const CostRequest &request, std::vector<CostRow> &out, bool *fromRollups)
{
    const bool rollups = costRollupsAnswer(request);
    if (fromRollups)
        *fromRollups = rollups;
    if (request.toNs <= request.fromNs) {
        out.clear();
        return Status::success();
    }
    return rollups ? rollupRows(db, request, out) : rawRows(db, request, out);
}

Status forEachCall(Database &db, const CostRequest &request,
                   const std::function<bool(const PricingInput &, std::optional<double>)> &visit)
{
    const int64_t from = floorToStep(request.fromNs, kHourNs);
    const int64_t to = ceilToStep(request.toNs, kHourNs);
    Clause where;
    if (!rawCallClause(request, from, to, where))
        return Status::success();
    where.add("COALESCE(o.start_ns, t.timestamp_ns, 0) >= " + std::to_string(from));
    where.add("COALESCE(o.start_ns, t.timestamp_ns, 0) < " + std::to_string(to));
    Statement st(db, "SELECT o.rowid, o.trace_id, o.model, o.start_ns, o.input_tokens, o.output_tokens, "
                     "o.total_tokens, COALESCE(o.usage_details, ''), COALESCE(o.model_parameters, ''), "
                     "COALESCE(o.metadata, ''), o.cost_computed, o.cost_provided FROM traces t "
                     "JOIN observations o ON o.trace_id = t.id" + where.where());
    if (!st.isValid())
        return Status::failure(QStringLiteral("cost query: %1").arg(st.prepareError()));
    sqlfilter::bindAll(st, where.params);
    while (st.step()) {
        PricingInput in;
        in.rowid = st.int64(0);
        in.traceId = st.text(1);
        in.model = st.optText(2);
        in.startNs = st.optInt64(3);
        in.inputTokens = st.optInt64(4);
        in.outputTokens = st.optInt64(5);
        in.totalTokens = st.optInt64(6);
        in.usageDetailsJson = st.text(7);
        in.modelParametersJson = st.text(8);
        in.metadataJson = st.text(9);
        in.costComputed = st.optReal(10);
        if (!visit(in, st.optReal(11)))
            return Status::failure(QStringLiteral("cancelled"));
    }
    return st.failed() ? Status::failure(QStringLiteral("cost query: %1").arg(st.error())) : Status::success();
}

Status traceCostStats(Database &db, int64_t fromNs, int64_t toNs, const TraceFilter &filter, int topN,
                      TraceCostStats &out)
{
    out = {};
    bool any = true;
    Clause c = traceClause(filter, fromNs, toNs, any);
    if (!any)
        return Status::success();
    c.add("t.cost IS NOT NULL");
    Statement costs(db, "SELECT t.cost FROM traces t" + c.where() + " ORDER BY t.cost");
    if (!costs.isValid())
        return Status::failure(QStringLiteral("cost query: %1").arg(costs.prepareError()));
    sqlfilter::bindAll(costs, c.params);
    std::vector<double> values;
    double sum = 0;
    while (costs.step()) {
        values.push_back(costs.real(0));
        sum += values.back();
    }
    if (costs.failed())
        return Status::failure(QStringLiteral("cost query: %1").arg(costs.error()));
    out.traces = int64_t(values.size());
    out.p50 = percentile(values, 0.50);
    out.p95 = percentile(values, 0.95);
    out.mean = values.empty() ? 0 : sum / double(values.size());
    Statement top(db, "SELECT t.id, COALESCE(t.name, ''), COALESCE(t.user_id, ''), COALESCE(t.timestamp_ns, 0), t.cost "
                      "FROM traces t" + c.where() + " ORDER BY t.cost DESC, t.id LIMIT " + std::to_string(std::max(0, topN)));
    if (!top.isValid())
        return Status::failure(QStringLiteral("cost query: %1").arg(top.prepareError()));
    sqlfilter::bindAll(top, c.params);
    while (top.step())
        out.top.push_back({ top.text(0), top.text(1), top.text(2), top.int64(3), top.real(4) });
    return top.failed() ? Status::failure(QStringLiteral("cost query: %1").arg(top.error())) : Status::success();
}

Status sessionCosts(Database &db, int64_t fromNs, int64_t toNs, const TraceFilter &filter, int limit,
                    std::vector<TraceGroupCost> &out)
{
    return groupCosts(db, "COALESCE(t.session_id, '')", {}, fromNs, toNs, filter, limit, out);
}

Status metadataCosts(Database &db, const std::string &key, int64_t fromNs, int64_t toNs, const TraceFilter &filter,
                     int limit, std::vector<TraceGroupCost> &out)
{
    // The key as one JSON path step ($."key"), so dots and spaces in it stay part of the name.
    const std::string path = "$." + sqlfilter::jsonString(key);
    return groupCosts(db,
                      "COALESCE(CASE WHEN json_valid(t.metadata) THEN CAST(json_extract(t.metadata, ?) AS TEXT) END, '')",
                      { path }, fromNs, toNs, filter, limit, out);
}

namespace {
// What a cached breakdown depends on besides its question: the calls (day rollups) and the
// traces (their count and newest row). Cheap: the day rollups are small and max(rowid) is a seek.
Status workspaceFingerprint(Database &db, std::string &out)
{
    Statement st(db, "SELECT (SELECT count(*) || ':' || total(cost) || ':' || total(requests) || ':' || total(total_tokens) "
                     "FROM cost_rollup WHERE grain = 1 AND dim = 1) || '|' || (SELECT ifnull(max(rowid), 0) FROM traces)");
    if (!st.step())
        return Status::failure(QStringLiteral("cost query: %1").arg(st.error()));
    out = st.text(0);
    return Status::success();
}
} // namespace

Status MetadataCostCache::get(Database &db, const std::string &key, int64_t fromNs, int64_t toNs,
                              const TraceFilter &filter, int limit, std::vector<TraceGroupCost> &out, bool *hit)
{
    if (hit)
        *hit = false;
    std::string id;
    if (Status s = workspaceFingerprint(db, id); !s)
        return s;
    Clause c;
    sqlfilter::buildFilter(filter, c);
    id += '\x1f' + db.path().toStdString() + '\x1f' + key + '\x1f' + std::to_string(fromNs) + '\x1f'
        + std::to_string(toNs) + '\x1f' + std::to_string(limit) + '\x1f' + c.where();
    for (const sqlfilter::Param &p : c.params)
        id += '\x1f' + std::visit([](const auto &v) {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, std::string>) {
                return v;
            } else if constexpr (std::is_same_v<T, double>) {
                char buf[32];
                std::snprintf(buf, sizeof buf, "%.17g", v); // exact: no two thresholds share a key
                return std::string(buf);
            } else {
                return std::to_string(v);
            }
        }, p);
    {
        std::lock_guard lock(m_mutex);
        for (auto it = m_entries.begin(); it != m_entries.end(); ++it)
            if (it->first == id) {
                m_entries.splice(m_entries.begin(), m_entries, it);
                out = it->second;
                if (hit)
                    *hit = true;
                return Status::success();
            }
    }
    if (Status s = metadataCosts(db, key, fromNs, toNs, filter, limit, out); !s)
        return s;
    std::lock_guard lock(m_mutex);
    m_entries.emplace_front(std::move(id), out);
    while (m_entries.size() > m_capacity)
        m_entries.pop_back();
    return Status::success();
}

void MetadataCostCache::clear()
{
    std::lock_guard lock(m_mutex);
    m_entries.clear();
}

size_t MetadataCostCache::size() const
{
    std::lock_guard lock(m_mutex);
    return m_entries.size();
}

Status metadataKeys(Database &db, int64_t fromNs, int64_t toNs, int limit, std::vector<std::string> &out)
{
    out.clear();
    Statement st(db, "SELECT j.key, count(*) FROM traces t, json_each(t.metadata) j "
                     "WHERE t.timestamp_ns >= ?1 AND t.timestamp_ns < ?2 AND json_valid(t.metadata) "
                     "AND json_type(t.metadata) = 'object' GROUP BY j.key ORDER BY 2 DESC, 1 LIMIT ?3");
    st.bind(1, fromNs);
    st.bind(2, toNs);
    st.bind(3, int64_t(limit));
    while (st.step())
        out.push_back(st.text(0));
    return st.failed() ? Status::failure(QStringLiteral("cost query: %1").arg(st.error())) : Status::success();
}

Status costDataRange(Database &db, std::optional<int64_t> &firstNs, std::optional<int64_t> &lastNs)
{
    Statement st(db, "SELECT min(bucket_ns), max(bucket_ns) FROM cost_rollup WHERE grain = 0 AND dim = 1");
    if (!st.step())
        return st.failed() ? Status::failure(st.error()) : Status::success();
    firstNs = st.optInt64(0);
    lastNs = st.optInt64(1);
    return Status::success();
}

Status listBudgets(Database &db, std::vector<Budget> &out)
{
    out.clear();
    Statement st(db, "SELECT id, name, period, amount_usd, dim, value FROM budgets ORDER BY name, id");
    while (st.step())
        out.push_back({ st.int64(0), st.text(1), st.text(2), st.real(3), CostDim(st.int64(4)), st.text(5) });
    return st.failed() ? Status::failure(st.error()) : Status::success();
}

Status saveBudget(Database &db, Budget &b)
{
    Statement st(db, b.id == 0 ? "INSERT INTO budgets(name, period, amount_usd, dim, value) VALUES (?1, ?2, ?3, ?4, ?5)"
                               : "UPDATE budgets SET name = ?1, period = ?2, amount_usd = ?3, dim = ?4, value = ?5 "
                                 "WHERE id = ?6");
    st.bind(1, b.name);
    st.bind(2, b.period);
    st.bind(3, b.amountUsd);
    st.bind(4, int(b.dim));
    st.bind(5, b.value);
    if (b.id != 0)
        st.bind(6, b.id);
    if (!st.run())
        return Status::failure(QStringLiteral("cannot save the budget: %1").arg(st.error()));
    if (b.id == 0)
        b.id = db.lastInsertRowId();
    return Status::success();
}

Status deleteBudget(Database &db, int64_t id)
{
    Statement st(db, "DELETE FROM budgets WHERE id = ?1");
    st.bind(1, id);
    return st.run() ? Status::success() : Status::failure(QStringLiteral("cannot delete the budget: %1").arg(st.error()));
}

} // namespace spanscope::store
