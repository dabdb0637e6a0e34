#include "store/sessionrepository.h"

#include <sqlite3.h>

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSessionRepo, "spanscope.store.sessions")

namespace spanscope::store {

namespace {

// Grouped over the traces_by_session partial index. The user is the first non-null one by time
// (min over "timestamp|user" would mis-sort numbers of different length, so a subquery picks it).
#define SPANSCOPE_SESSION_SELECT                                                                                       \
    "SELECT session_id, "                                                                                              \
    "(SELECT t2.user_id FROM traces t2 WHERE t2.session_id = t.session_id AND t2.user_id IS NOT NULL "                 \
    " ORDER BY t2.timestamp_ns, t2.id LIMIT 1), "                                                                      \
    "count(DISTINCT user_id), count(*), min(coalesce(start_ns, timestamp_ns)), "                                       \
    "max(coalesce(end_ns, timestamp_ns)), sum(total_tokens), sum(cost), sum(error_count) "                             \
    "FROM traces t WHERE session_id IS NOT NULL "
constexpr const char *kAll = SPANSCOPE_SESSION_SELECT "GROUP BY session_id "
                                                      "ORDER BY max(coalesce(end_ns, timestamp_ns)) DESC, session_id "
                                                      "LIMIT ?1";
constexpr const char *kFiltered = SPANSCOPE_SESSION_SELECT
    "GROUP BY session_id HAVING instr(lower(session_id), lower(?1)) > 0 "
    "OR max(instr(lower(coalesce(user_id, '')), lower(?1))) > 0 "
    "ORDER BY max(coalesce(end_ns, timestamp_ns)) DESC, session_id LIMIT ?2";
#undef SPANSCOPE_SESSION_SELECT
constexpr const char *kCount = "SELECT count(DISTINCT session_id) FROM traces WHERE session_id IS NOT NULL";
constexpr const char *kTurns
    = "SELECT id, name, user_id, timestamp_ns, latency_ns, total_tokens, observation_count, error_count, cost, "
      "substr(input, 1, ?3), length(input) > ?3, substr(output, 1, ?3), length(output) > ?3 "
      "FROM traces WHERE session_id = ?1 ORDER BY coalesce(timestamp_ns, start_ns), id LIMIT ?2";

Status readSessions(Database &db, Statement &st, std::vector<SessionRow> &out)
{
    StatementReset guard { st };
    while (st.step()) {
        SessionRow r;
        r.sessionId = st.text(0);
        r.userId = st.optText(1);
        r.userCount = int(st.int64(2));
        r.traceCount = st.int64(3);
        r.firstNs = st.optInt64(4);
        r.lastNs = st.optInt64(5);
        r.totalTokens = st.int64(6);
        r.cost = st.optReal(7);
        r.errorCount = st.int64(8);
        out.push_back(std::move(r));
    }
    if (st.failed()) {
        out.clear();
        return Status::failure(QStringLiteral("cannot read sessions: %1").arg(db.lastError()));
    }
    return Status::success();
}

} // namespace

SessionRepository::SessionRepository(Database &db)
    : m_db(db)
{
    const std::pair<Statement *, const char *> list[]
        = { { &m_all, kAll }, { &m_filtered, kFiltered }, { &m_count, kCount }, { &m_turns, kTurns } };
    for (const auto &[st, sql] : list) {
        *st = Statement(db, sql);
        if (!st->isValid()) {
            m_status = Status::failure(QStringLiteral("cannot prepare session query: %1").arg(st->prepareError()));
            qCWarning(lcSessionRepo) << m_status.error;
            return;
        }
    }
}

Status SessionRepository::sessions(const std::string &filter, int limit, std::vector<SessionRow> &out)
{
    out.clear();
    if (!m_status)
        return m_status;
    if (filter.empty()) {
        m_all.bind(1, limit);
        return readSessions(m_db, m_all, out);
    }
    m_filtered.bind(1, std::string_view(filter));
    m_filtered.bind(2, limit);
    return readSessions(m_db, m_filtered, out);
}

Status SessionRepository::sessionCount(int64_t &out)
{
    out = 0;
    if (!m_status)
        return m_status;
    StatementReset guard { m_count };
    if (!m_count.step())
        return Status::failure(QStringLiteral("cannot count sessions: %1").arg(m_db.lastError()));
    out = m_count.int64(0);
    return Status::success();
}

Status SessionRepository::turns(const std::string &sessionId, int limit, std::vector<SessionTurn> &out)
{
    out.clear();
    if (!m_status)
        return m_status;
    StatementReset guard { m_turns };
    m_turns.bind(1, std::string_view(sessionId));
    m_turns.bind(2, limit);
    m_turns.bind(3, kPayloadChars);
    while (m_turns.step()) {
        SessionTurn t;
        t.traceId = m_turns.text(0);
        t.name = m_turns.optText(1);
        t.userId = m_turns.optText(2);
        t.timestampNs = m_turns.optInt64(3);
        t.latencyNs = m_turns.optInt64(4);
        t.totalTokens = m_turns.int64(5);
        t.observationCount = m_turns.int64(6);
        t.errorCount = m_turns.int64(7);
        t.cost = m_turns.optReal(8);
        t.inputJson = m_turns.optText(9);
        t.inputCut = !m_turns.isNull(10) && m_turns.int64(10) != 0;
        t.outputJson = m_turns.optText(11);
        t.outputCut = !m_turns.isNull(12) && m_turns.int64(12) != 0;
        out.push_back(std::move(t));
    }
    if (m_turns.failed()) {
        out.clear();
        return Status::failure(QStringLiteral("cannot read the session's traces: %1").arg(m_db.lastError()));
    }
    return Status::success();
}

} // namespace spanscope::store
