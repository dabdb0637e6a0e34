#pragma once
// Read side of the Sessions page: sessions (traces grouped by session_id) with their totals, and
// one session's traces in time order with each turn's input and output (cut to a display size).
// Any thread that owns the Database it is given.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/database.h"

namespace spanscope::store {

struct SessionRow {
    std::string sessionId;
    std::optional<std::string> userId; // the user of its first trace that has one
    int userCount = 0;                 // distinct users (a shared session shows > 1)
    int64_t traceCount = 0;
    std::optional<int64_t> firstNs, lastNs; // first trace start, last trace end
    int64_t totalTokens = 0;
    std::optional<double> cost; // nullopt when no trace of the session has a known cost
    int64_t errorCount = 0;
    std::optional<int64_t> durationNs() const
    {
        if (firstNs && lastNs)
            return *lastNs - *firstNs;
        return std::nullopt;
    }
};

struct SessionTurn {
    std::string traceId;
    std::optional<std::string> name, userId;
    std::optional<int64_t> timestampNs, latencyNs;
    int64_t totalTokens = 0, observationCount = 0, errorCount = 0;
    std::optional<double> cost;
    // The trace's input/output JSON, cut to SessionRepository::kPayloadChars; the flags say so.
    std::optional<std::string> inputJson, outputJson;
    bool inputCut = false, outputCut = false;
};

class SessionRepository {
public:
    // Turns show at most this many bytes of each payload: a session view is for reading, and a
    // multi-megabyte document would stall it. The trace detail page shows the whole payload.
    static constexpr int kPayloadChars = 32 * 1024;

    explicit SessionRepository(Database &db);
    Status status() const { return m_status; }

    // Sessions whose id or user contains `filter` (all when empty), most recent activity first.
    Status sessions(const std::string &filter, int limit, std::vector<SessionRow> &out);
    // Number of distinct sessions in the workspace.
    Status sessionCount(int64_t &out);
    // The session's traces by time (then id), at most `limit`.
    Status turns(const std::string &sessionId, int limit, std::vector<SessionTurn> &out);

private:
    Database &m_db;
    Status m_status;
    Statement m_all, m_filtered, m_count, m_turns;
};

} // namespace spanscope::store
