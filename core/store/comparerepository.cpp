#include "store/comparerepository.h"

#include <sqlite3.h>

#include <unordered_map>

namespace spanscope::store {

namespace {

// FNV-1a of a payload: lets the database say "changed" without shipping payloads out.
void fnvHash(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_int64(ctx, 0);
        return;
    }
    const auto *p = static_cast<const unsigned char *>(sqlite3_value_blob(argv[0]));
    const int n = sqlite3_value_bytes(argv[0]);
    uint64_t h = 1469598103934665603ULL;
    for (int i = 0; i < n; ++i)
        h = (h ^ p[i]) * 1099511628211ULL;
    sqlite3_result_int64(ctx, int64_t(h | 1)); // never 0: 0 means "no payload"
}

const char kTrace[] = R"SQL(
SELECT id, name, timestamp_ns, latency_ns, total_tokens, observation_count, error_count, cost
FROM traces WHERE id = ?1
)SQL";

const char kSpans[] = R"SQL(
SELECT id, parent_id, type, name, model, start_ns, end_ns, total_tokens, COALESCE(cost_provided, cost_computed),
       level = 'ERROR', spanscope_fnv64(input), spanscope_fnv64(output)
FROM observations WHERE trace_id = ?1 ORDER BY preorder
)SQL";

} // namespace

Status loadCompareTrace(Database &db, const std::string &traceId, CompareTrace &out)
{
    out = CompareTrace();
    out.id = traceId;
    sqlite3_create_function_v2(db.handle(), "spanscope_fnv64", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                               fnvHash, nullptr, nullptr, nullptr);
    Statement t(db, kTrace);
    if (!t.isValid())
        return Status::failure(t.prepareError());
    t.bind(1, traceId);
    if (t.step()) {
        out.found = true;
        out.name = t.optText(1);
        out.timestampNs = t.optInt64(2);
        out.latencyNs = t.optInt64(3);
        out.totalTokens = t.int64(4);
        out.observationCount = t.int64(5);
        out.errorCount = t.int64(6);
        out.cost = t.optReal(7);
    }
    if (!t.error().isEmpty())
        return Status::failure(t.error());
    if (!out.found)
        return Status::success();

    Statement s(db, kSpans);
    if (!s.isValid())
        return Status::failure(s.prepareError());
    s.bind(1, traceId);
    std::unordered_map<std::string, int> index;
    std::vector<std::optional<std::string>> parents;
    while (s.step()) {
        diff::AlignSpan a;
        a.id = s.text(0);
        parents.push_back(s.optText(1));
        a.type = s.text(2);
        a.name = s.optText(3).value_or(std::string());
        a.model = s.optText(4).value_or(std::string());
        a.startNs = s.optInt64(5);
        a.endNs = s.optInt64(6);
        a.tokens = s.optInt64(7);
        a.cost = s.optReal(8);
        a.error = !s.isNull(9) && s.int64(9) != 0;
        a.inputHash = uint64_t(s.int64(10));
        a.outputHash = uint64_t(s.int64(11));
        index.emplace(a.id, int(out.spans.size()));
        out.spans.push_back(std::move(a));
    }
    if (!s.error().isEmpty())
        return Status::failure(s.error());
    for (size_t i = 0; i < out.spans.size(); ++i)
        if (parents[i])
            if (const auto it = index.find(*parents[i]); it != index.end())
                out.spans[i].parent = it->second;
    return Status::success();
}

TraceComparison compareLoaded(CompareTrace a, CompareTrace b)
{
    TraceComparison out;
    out.a = std::move(a);
    out.b = std::move(b);
    out.alignment = diff::alignTraces(out.a.spans, out.b.spans);
    out.deltas.reserve(out.alignment.spans.size());
    for (const diff::AlignedSpan &s : out.alignment.spans) {
        SpanDelta d;
        const diff::AlignSpan *l = s.left >= 0 ? &out.a.spans[size_t(s.left)] : nullptr;
        const diff::AlignSpan *r = s.right >= 0 ? &out.b.spans[size_t(s.right)] : nullptr;
        auto ms = [](const diff::AlignSpan *x) -> std::optional<double> {
            if (!x)
                return 0.0;
            const auto d = x->durationNs();
            return d ? std::optional<double>(double(*d) / 1e6) : std::nullopt;
        };
        const auto la = ms(l), lb = ms(r);
        if (la && lb)
            d.latencyMs = *lb - *la;
        const std::optional<int64_t> ta = l ? l->tokens : std::optional<int64_t>(0);
        const std::optional<int64_t> tb = r ? r->tokens : std::optional<int64_t>(0);
        if (ta && tb && ((l && l->tokens) || (r && r->tokens)))
            d.tokens = *tb - *ta;
        const std::optional<double> ca = l ? l->cost : std::optional<double>(0.0);
        const std::optional<double> cb = r ? r->cost : std::optional<double>(0.0);
        if (ca && cb && ((l && l->cost) || (r && r->cost)))
            d.cost = *cb - *ca;
        out.deltas.push_back(d);
    }
    if (out.a.latencyNs && out.b.latencyNs)
        out.latencyDeltaMs = double(*out.b.latencyNs - *out.a.latencyNs) / 1e6;
    out.tokensDelta = out.b.totalTokens - out.a.totalTokens;
    if (out.a.cost || out.b.cost)
        out.costDelta = out.b.cost.value_or(0.0) - out.a.cost.value_or(0.0);
    return out;
}

Status compareTraces(Database &db, const std::string &traceA, const std::string &traceB, TraceComparison &out)
{
    CompareTrace a, b;
    if (Status s = loadCompareTrace(db, traceA, a); !s)
        return s;
    if (!a.found)
        return Status::failure(QStringLiteral("trace %1 not found").arg(QString::fromStdString(traceA)));
    if (Status s = loadCompareTrace(db, traceB, b); !s)
        return s;
    if (!b.found)
        return Status::failure(QStringLiteral("trace %1 not found").arg(QString::fromStdString(traceB)));
    out = compareLoaded(std::move(a), std::move(b));
    return Status::success();
}

Status loadObservationPayload(Database &db, const std::string &traceId, const std::string &observationId,
                              PayloadField field, std::optional<std::string> &out)
{
    static const char *const queries[] = {
        "SELECT input FROM observations WHERE trace_id = ?1 AND id = ?2",
        "SELECT output FROM observations WHERE trace_id = ?1 AND id = ?2",
        "SELECT metadata FROM observations WHERE trace_id = ?1 AND id = ?2",
        "SELECT model_parameters FROM observations WHERE trace_id = ?1 AND id = ?2",
    };
    Statement st(db, queries[int(field)]);
    if (!st.isValid())
        return Status::failure(st.prepareError());
    st.bind(1, traceId);
    st.bind(2, observationId);
    out.reset();
    if (st.step())
        out = st.optText(0);
    return st.error().isEmpty() ? Status::success() : Status::failure(st.error());
}

} // namespace spanscope::store
