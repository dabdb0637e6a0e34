#include "store/tracerepository.h"

#include "store/tracefiltersql.h"

#include <map>

#include <sqlite3.h>

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcTraceRepo, "spanscope.store.traces")

namespace spanscope::store {

namespace {

constexpr const char *kCount = "SELECT count(*) FROM traces";
constexpr const char *kTree
    = "SELECT id, parent_id, type, name, start_ns, end_ns, level, model, input_tokens, output_tokens, "
      "total_tokens, cost_provided, cost_computed, unpriced, depth, preorder, flags "
      "FROM observations WHERE trace_id = ?1 ORDER BY preorder";
constexpr const char *kPayload = "SELECT input, output, metadata, model_parameters, usage_details, status_message "
                                 "FROM observations WHERE trace_id = ?1 AND id = ?2";
// observation_count is kept current on import, so summing it avoids scanning observations.
constexpr const char *kSummary = "SELECT count(*), coalesce(sum(observation_count), 0) FROM traces";

Status prepareAll(Database &db, std::initializer_list<std::pair<Statement *, const char *>> list)
{
    for (const auto &[st, sql] : list) {
        *st = Statement(db, sql);
        if (!st->isValid())
            return Status::failure(QStringLiteral("cannot prepare trace query: %1").arg(st->prepareError()));
    }
    return Status::success();
}

// Resets the statement when the caller leaves, whatever path it takes.
} // namespace

TraceRepository::TraceRepository(Database &db)
    : m_db(db)
{
    m_status = prepareAll(db,
        { { &m_count, kCount }, { &m_tree, kTree }, { &m_payload, kPayload }, { &m_summary, kSummary } });
    if (!m_status)
        qCWarning(lcTraceRepo) << m_status.error;
}

Status TraceRepository::tracePage(const std::optional<TraceCursor> &after, int limit, TraceListPage &out)
{
    if (!m_status)
        return m_status;
    return queryTracePage(m_db, TraceFilter {}, TraceSort {}, after, limit, out);
}

Status TraceRepository::traceCount(int64_t &out)
{
    out = 0;
    if (!m_status)
        return m_status;
    StatementReset guard { m_count };
    if (!m_count.step())
        return Status::failure(QStringLiteral("cannot count traces: %1").arg(m_db.lastError()));
    out = m_count.int64(0);
    return Status::success();
}

Status TraceRepository::traceTree(const std::string &traceId, std::vector<SpanRow> &out)
{
    out.clear();
    if (!m_status)
        return m_status;
    StatementReset guard { m_tree };
    m_tree.bind(1, std::string_view(traceId));
    while (m_tree.step()) {
        SpanRow r;
        r.id = m_tree.text(0);
        r.parentId = m_tree.optText(1);
        r.type = m_tree.text(2);
        r.name = m_tree.optText(3);
        r.startNs = m_tree.optInt64(4);
        r.endNs = m_tree.optInt64(5);
        r.level = m_tree.optText(6);
        r.model = m_tree.optText(7);
        r.inputTokens = m_tree.optInt64(8);
        r.outputTokens = m_tree.optInt64(9);
        r.totalTokens = m_tree.optInt64(10);
        r.costProvided = m_tree.optReal(11);
        r.costComputed = m_tree.optReal(12);
        r.unpriced = m_tree.int64(13) != 0;
        r.depth = int(m_tree.int64(14));
        r.preorder = int(m_tree.int64(15));
        r.flags = int(m_tree.int64(16));
        out.push_back(std::move(r));
    }
    if (m_tree.failed()) {
        out.clear();
        return Status::failure(QStringLiteral("cannot read the span tree: %1").arg(m_db.lastError()));
    }
    return Status::success();
}

Status TraceRepository::observationPayload(
    const std::string &traceId, const std::string &observationId, ObservationPayload &out)
{
    out = {};
    if (!m_status)
        return m_status;
    StatementReset guard { m_payload };
    m_payload.bind(1, std::string_view(traceId));
    m_payload.bind(2, std::string_view(observationId));
    if (!m_payload.step()) {
        if (m_payload.failed())
            return Status::failure(QStringLiteral("cannot read the observation: %1").arg(m_db.lastError()));
        return Status::success();
    }
    out.found = true;
    out.inputJson = m_payload.optText(0);
    out.outputJson = m_payload.optText(1);
    out.metadataJson = m_payload.optText(2);
    out.modelParametersJson = m_payload.optText(3);
    out.usageDetailsJson = m_payload.optText(4);
    out.statusMessage = m_payload.optText(5);
    return Status::success();
}

Status TraceRepository::workspaceSummary(WorkspaceSummary &out)
{
    out = {};
    if (!m_status)
        return m_status;
    StatementReset guard { m_summary };
    if (!m_summary.step())
        return Status::failure(QStringLiteral("cannot read workspace counts: %1").arg(m_db.lastError()));
    out.traces = m_summary.int64(0);
    out.observations = m_summary.int64(1);
    return Status::success();
}


// ---- The filtered, sorted trace list ------------------------------------------------------------

namespace {

// Columns of the trace list, in the order readListRow() reads them.
constexpr const char *kListColumns = "t.id, t.name, t.timestamp_ns, t.user_id, t.session_id, t.observation_count, "
                                     "t.latency_ns, t.total_tokens, t.cost, t.error_count, t.tags, t.environment";

using sqlfilter::Clause;
using sqlfilter::Param;
using sqlfilter::bindAll;
using sqlfilter::buildFilter;
using sqlfilter::jsonString;

// The filter as a clause, a search in the form that suits its term in this workspace.
bool listFilter(Database &db, const TraceFilter &f, Clause &c)
{
    return buildFilter(f, c, f.text.empty() ? sqlfilter::TextSearch::Collected : sqlfilter::textSearchFor(db, f.text));
}

void bindValue(Statement &st, int i, const TraceSortValue &v)
{
    std::visit(
        [&](const auto &x) {
            if constexpr (std::is_same_v<std::decay_t<decltype(x)>, std::monostate>)
                st.bindNull(i);
            else
                st.bind(i, x);
        },
        v);
}

const char *sortExpr(TraceSortColumn c)
{
    switch (c) {
    case TraceSortColumn::Time: return "t.timestamp_ns";
    case TraceSortColumn::Name: return "t.name";
    case TraceSortColumn::Observations: return "t.observation_count";
    case TraceSortColumn::Latency: return "t.latency_ns";
    case TraceSortColumn::Tokens: return "t.total_tokens";
    case TraceSortColumn::Cost: return "t.cost";
    }
    return "t.timestamp_ns";
}

bool sortColumnNullable(TraceSortColumn c)
{
    return c != TraceSortColumn::Observations && c != TraceSortColumn::Tokens;
}

TraceListRow readListRow(const Statement &st)
{
    TraceListRow r;
    r.id = st.text(0);
    r.name = st.optText(1);
    r.timestampNs = st.optInt64(2);
    r.userId = st.optText(3);
    r.sessionId = st.optText(4);
    r.observationCount = st.int64(5);
    r.latencyNs = st.optInt64(6);
    r.totalTokens = st.int64(7);
    r.cost = st.optReal(8);
    r.errorCount = st.int64(9);
    r.tagsJson = st.optText(10);
    r.environment = st.optText(11);
    return r;
}

// Runs one phase of a page: rows with a known sort value, or the unknown tail.
Status readPhase(Database &db, const Clause &filter, const TraceSort &sort, bool known,
                 const std::optional<TraceCursor> &after, int limit, std::vector<TraceListRow> &rows)
{
    Clause c = filter;
    const std::string col = sortExpr(sort.column);
    const char *dir = sort.descending ? " DESC" : " ASC";
    const char *cmp = sort.descending ? " < " : " > ";
    c.add(col + (known ? " IS NOT NULL" : " IS NULL"));
    if (after && known) {
        c.add("(" + col + ", t.id)" + cmp + "(?, ?)");
    } else if (after) {
        c.add(std::string("t.id") + cmp + "?");
    }
    const std::string order = known ? col + dir + ", t.id" + dir : std::string("t.id") + dir;
    const std::string sql
        = std::string("SELECT ") + kListColumns + " FROM traces t" + c.where() + " ORDER BY " + order + " LIMIT ?";
    Statement st(db, sql);
    if (!st.isValid())
        return Status::failure(QStringLiteral("cannot prepare the trace list: %1").arg(st.prepareError()));
    bindAll(st, c.params);
    int i = int(c.params.size()) + 1;
    if (after && known) {
        bindValue(st, i++, after->value);
        st.bind(i++, std::string_view(after->id));
    } else if (after) {
        st.bind(i++, std::string_view(after->id));
    }
    st.bind(i, limit);
    while (st.step())
        rows.push_back(readListRow(st));
    if (st.failed())
        return Status::failure(QStringLiteral("cannot read traces: %1").arg(db.lastError()));
    return Status::success();
}

// Folds the scores of the page's traces into one brief per (trace, name). The unary + keeps the
// planner on scores_by_trace in the subquery: by name it walked every score of that name per
// group (bench_uilist, 100k traces: 1.2 s per page, 4 ms with the +).
Status loadScoreBriefs(Database &db, std::vector<TraceListRow> &rows)
{
    if (rows.empty())
        return Status::success();
    std::string json = "[";
    for (const TraceListRow &r : rows)
        json += (json.size() > 1 ? "," : "") + jsonString(r.id);
    json += ']';
    Statement st(db, "SELECT trace_id, name, data_type, count(*), avg(value), "
                     "(SELECT s2.string_value FROM scores s2 WHERE s2.trace_id = s.trace_id AND +s2.name = s.name "
                     "AND s2.string_value IS NOT NULL GROUP BY s2.string_value ORDER BY count(*) DESC, "
                     "s2.string_value LIMIT 1) "
                     "FROM scores s WHERE trace_id IN (SELECT value FROM json_each(?1)) "
                     "GROUP BY trace_id, name, data_type ORDER BY trace_id, name");
    st.bind(1, json);
    std::map<std::string, std::vector<TraceScoreBrief>> byTrace;
    while (st.step()) {
        TraceScoreBrief b;
        b.name = st.text(1);
        b.dataType = st.text(2);
        b.count = st.int64(3);
        b.average = st.optReal(4);
        b.text = st.optText(5);
        byTrace[st.text(0)].push_back(std::move(b));
    }
    if (st.failed())
        return Status::failure(QStringLiteral("cannot read scores: %1").arg(db.lastError()));
    for (TraceListRow &r : rows) {
        auto it = byTrace.find(r.id);
        if (it != byTrace.end())
            r.scores = std::move(it->second);
    }
    return Status::success();
}

} // namespace

TraceSortValue traceSortValue(const TraceListRow &row, TraceSortColumn column)
{
    const auto opt = [](const auto &o) -> TraceSortValue { return o ? TraceSortValue(*o) : TraceSortValue(); };
    switch (column) {
    case TraceSortColumn::Time: return opt(row.timestampNs);
    case TraceSortColumn::Name: return opt(row.name);
    case TraceSortColumn::Observations: return row.observationCount;
    case TraceSortColumn::Latency: return opt(row.latencyNs);
    case TraceSortColumn::Tokens: return row.totalTokens;
    case TraceSortColumn::Cost: return opt(row.cost);
    }
    return {};
}

Status queryTracePage(Database &db, const TraceFilter &filter, const TraceSort &sort,
                      const std::optional<TraceCursor> &after, int limit, TraceListPage &out)
{
    out = {};
    if (limit <= 0)
        return Status::failure(QStringLiteral("page size must be positive"));
    Clause clause;
    if (!listFilter(db, filter, clause))
        return Status::success();
    // One row more than asked: its presence says whether another page exists.
    const int want = limit + 1;
    const bool inUnknownTail = after && std::holds_alternative<std::monostate>(after->value);
    if (!inUnknownTail) {
        if (Status s = readPhase(db, clause, sort, true, after, want, out.rows); !s)
            return s;
    }
    if (int(out.rows.size()) < want && sortColumnNullable(sort.column)) {
        const std::optional<TraceCursor> tailAfter = inUnknownTail ? after : std::nullopt;
        if (Status s = readPhase(db, clause, sort, false, tailAfter, want - int(out.rows.size()), out.rows); !s)
            return s;
    }
    if (int(out.rows.size()) > limit) {
        out.rows.resize(size_t(limit));
        const TraceListRow &last = out.rows.back();
        out.next = TraceCursor { traceSortValue(last, sort.column), last.id };
    }
    return loadScoreBriefs(db, out.rows);
}

Status countTraces(Database &db, const TraceFilter &filter, int64_t &out)
{
    out = 0;
    Clause clause;
    if (!listFilter(db, filter, clause))
        return Status::success();
    Statement st(db, "SELECT count(*) FROM traces t" + clause.where());
    if (!st.isValid())
        return Status::failure(QStringLiteral("cannot prepare the trace count: %1").arg(st.prepareError()));
    bindAll(st, clause.params);
    if (!st.step())
        return Status::failure(QStringLiteral("cannot count traces: %1").arg(db.lastError()));
    out = st.int64(0);
    return Status::success();
}

Status distinctTraceValues(Database &db, TraceField field, const std::string &prefix, int limit,
                           std::vector<std::string> &out)
{
    out.clear();
    const auto loose = [](const char *table, const char *col) {
        // A loose index scan: each step seeks the next value above the previous one.
        return std::string("WITH RECURSIVE v(x) AS (SELECT (SELECT min(") + col + ") FROM " + table + " WHERE " + col
            + " IS NOT NULL AND " + col + " >= ?1) UNION ALL SELECT (SELECT min(" + col + ") FROM " + table
            + " WHERE " + col + " IS NOT NULL AND " + col + " > v.x) FROM v WHERE v.x IS NOT NULL AND "
            + "substr(v.x, 1, ?2) = ?1 LIMIT ?3 + 1) "
            + "SELECT x FROM v WHERE x IS NOT NULL AND substr(x, 1, ?2) = ?1 LIMIT ?3";
    };
    std::string sql;
    switch (field) {
    case TraceField::Model: sql = loose("observations", "model"); break;
    case TraceField::User: sql = loose("traces", "user_id"); break;
    case TraceField::Session: sql = loose("traces", "session_id"); break;
    case TraceField::Name: sql = loose("traces", "name"); break;
    case TraceField::Environment: sql = loose("traces", "environment"); break;
    case TraceField::ScoreName: sql = loose("scores", "name"); break;
    case TraceField::Provider:
    case TraceField::Release: {
        // Not indexed: a plain DISTINCT (the pickers offer them rarely; the result is small).
        const char *col = field == TraceField::Provider ? "provider" : "release";
        const char *table = field == TraceField::Provider ? "observations" : "traces";
        sql = std::string("SELECT DISTINCT ") + col + " FROM " + table + " WHERE " + col + " IS NOT NULL AND substr("
            + col + ", 1, ?2) = ?1 ORDER BY 1 LIMIT ?3";
        break;
    }
    case TraceField::Tag:
        // Tags live in a JSON column without an index: suggest those of the newest 50,000 traces.
        sql = "SELECT DISTINCT j.value FROM (SELECT tags FROM traces WHERE tags IS NOT NULL AND json_valid(tags) "
              "ORDER BY timestamp_ns DESC LIMIT 50000) r, json_each(r.tags) j WHERE j.type = 'text' AND "
              "substr(j.value, 1, ?2) = ?1 ORDER BY 1 LIMIT ?3";
        break;
    }
    Statement st(db, sql);
    if (!st.isValid())
        return Status::failure(QStringLiteral("cannot prepare the value list: %1").arg(st.prepareError()));
    st.bind(1, std::string_view(prefix));
    int64_t codepoints = 0; // substr() counts characters, not bytes
    for (unsigned char ch : prefix)
        codepoints += (ch & 0xc0) != 0x80;
    st.bind(2, codepoints);
    st.bind(3, std::max(1, limit));
    while (st.step())
        out.push_back(st.text(0));
    if (st.failed())
        return Status::failure(QStringLiteral("cannot list values: %1").arg(db.lastError()));
    return Status::success();
}

} // namespace spanscope::store
