#include "store/tracerepository.h"

#include <sqlite3.h>

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcTraceRepo, "spanscope.store.traces")

namespace spanscope::store {

namespace {

// Columns of the trace list, in the order readTraceRows() reads them.
#define SPANSCOPE_TRACE_LIST_COLUMNS                                                                                   \
    "id, name, timestamp_ns, user_id, session_id, observation_count, latency_ns, total_tokens, cost, "                 \
    "error_count, tags"

// Dated rows first via the traces_by_time index; NULL timestamps never satisfy the row-value
// comparison, so they are paged separately by id (they sort last, as ORDER BY ... DESC does).
constexpr const char *kFirstPage = "SELECT " SPANSCOPE_TRACE_LIST_COLUMNS " FROM traces "
                                   "WHERE timestamp_ns IS NOT NULL "
                                   "ORDER BY timestamp_ns DESC, id DESC LIMIT ?1";
constexpr const char *kPageAfter = "SELECT " SPANSCOPE_TRACE_LIST_COLUMNS " FROM traces "
                                   "WHERE (timestamp_ns, id) < (?1, ?2) "
                                   "ORDER BY timestamp_ns DESC, id DESC LIMIT ?3";
constexpr const char *kUndatedFirst = "SELECT " SPANSCOPE_TRACE_LIST_COLUMNS " FROM traces "
                                      "WHERE timestamp_ns IS NULL ORDER BY id DESC LIMIT ?1";
constexpr const char *kUndatedAfter = "SELECT " SPANSCOPE_TRACE_LIST_COLUMNS " FROM traces "
                                      "WHERE timestamp_ns IS NULL AND id < ?1 ORDER BY id DESC LIMIT ?2";
constexpr const char *kCount = "SELECT count(*) FROM traces";
constexpr const char *kTree
    = "SELECT id, parent_id, type, name, start_ns, end_ns, level, model, input_tokens, output_tokens, "
      "total_tokens, cost_provided, cost_computed, unpriced, depth, preorder, flags "
      "FROM observations WHERE trace_id = ?1 ORDER BY preorder";
constexpr const char *kPayload = "SELECT input, output, metadata, model_parameters, usage_details, status_message "
                                 "FROM observations WHERE trace_id = ?1 AND id = ?2";
// observation_count is kept current on import, so summing it avoids scanning observations.
constexpr const char *kSummary = "SELECT count(*), coalesce(sum(observation_count), 0) FROM traces";

#undef SPANSCOPE_TRACE_LIST_COLUMNS

// Statement::step() reports "done" and "failed" alike as false; the connection's last result
// code tells them apart (sqlite3_step stores SQLITE_DONE there on success).
bool stepFailed(Database &db)
{
    const int rc = sqlite3_errcode(db.handle()) & 0xff;
    return rc != SQLITE_OK && rc != SQLITE_ROW && rc != SQLITE_DONE;
}

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
struct ResetGuard {
    Statement &st;
    ~ResetGuard() { st.reset(); }
};

} // namespace

TraceRepository::TraceRepository(Database &db)
    : m_db(db)
{
    m_status = prepareAll(db,
        { { &m_firstPage, kFirstPage }, { &m_pageAfter, kPageAfter }, { &m_undatedFirst, kUndatedFirst },
            { &m_undatedAfter, kUndatedAfter }, { &m_count, kCount }, { &m_tree, kTree }, { &m_payload, kPayload },
            { &m_summary, kSummary } });
    if (!m_status)
        qCWarning(lcTraceRepo) << m_status.error;
}

Status TraceRepository::readTraceRows(Statement &st, int limit, std::vector<TraceListRow> &rows)
{
    ResetGuard guard { st };
    int read = 0;
    while (read < limit && st.step()) {
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
        rows.push_back(std::move(r));
        ++read;
    }
    if (read < limit && stepFailed(m_db))
        return Status::failure(QStringLiteral("cannot read traces: %1").arg(m_db.lastError()));
    return Status::success();
}

Status TraceRepository::tracePage(const std::optional<TraceCursor> &after, int limit, TraceListPage &out)
{
    out = {};
    if (!m_status)
        return m_status;
    if (limit <= 0)
        return Status::failure(QStringLiteral("page size must be positive"));

    // Ask for one row more than needed: its presence says whether another page exists.
    const int want = limit + 1;
    const bool inUndatedTail = after && !after->timestampNs;
    if (!inUndatedTail) {
        Statement &st = after ? m_pageAfter : m_firstPage;
        if (after) {
            st.bind(1, *after->timestampNs);
            st.bind(2, std::string_view(after->id));
            st.bind(3, want);
        } else {
            st.bind(1, want);
        }
        if (Status s = readTraceRows(st, want, out.rows); !s)
            return s;
    }
    if (int(out.rows.size()) < want) {
        const int missing = want - int(out.rows.size());
        Statement &st = inUndatedTail ? m_undatedAfter : m_undatedFirst;
        if (inUndatedTail) {
            st.bind(1, std::string_view(after->id));
            st.bind(2, missing);
        } else {
            st.bind(1, missing);
        }
        if (Status s = readTraceRows(st, missing, out.rows); !s)
            return s;
    }
    if (int(out.rows.size()) > limit) {
        out.rows.resize(limit);
        const TraceListRow &last = out.rows.back();
        out.next = TraceCursor { last.timestampNs, last.id };
    }
    return Status::success();
}

Status TraceRepository::traceCount(int64_t &out)
{
    out = 0;
    if (!m_status)
        return m_status;
    ResetGuard guard { m_count };
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
    ResetGuard guard { m_tree };
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
    if (stepFailed(m_db)) {
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
    ResetGuard guard { m_payload };
    m_payload.bind(1, std::string_view(traceId));
    m_payload.bind(2, std::string_view(observationId));
    if (!m_payload.step()) {
        if (stepFailed(m_db))
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
    ResetGuard guard { m_summary };
    if (!m_summary.step())
        return Status::failure(QStringLiteral("cannot read workspace counts: %1").arg(m_db.lastError()));
    out.traces = m_summary.int64(0);
    out.observations = m_summary.int64(1);
    return Status::success();
}

} // namespace spanscope::store
