#pragma once
// Batched upserts of normalised records into a workspace, plus the post-load steps (tree fix-up
// rows, trace aggregates, search index). Statements are prepared once. Writer connection only;
// the caller owns the transaction. One thread at a time.

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "model/records.h"
#include "store/database.h"

namespace spanscope::store {

// One stored observation's tree fields, for re-running tree repair on a trace in the database.
// A trace's derived columns (see the traces table): what refreshTraceAggregates computes in SQL.
struct TraceTotals {
    std::optional<int64_t> startNs, endNs;
    int64_t observations = 0, errors = 0, inputTokens = 0, outputTokens = 0, totalTokens = 0, unpriced = 0;
    std::optional<double> costProvided, costComputed, cost;
    int flags = 0;
    std::optional<std::string> firstName; // name of the pre-order first observation
};

struct StoredTreeRow {
    int64_t rowid = 0;
    std::string id;
    std::string givenParent; // orig_parent_id when set, else parent_id
    int64_t startNs = 0;
    int flags = 0;
};

// Usage or cost details ({key: count} / {key: usd}) as the JSON stored in usage_details and
// cost_*_details.
std::string detailsJson(const std::map<std::string, int64_t> &m);
std::string detailsJson(const std::map<std::string, double> &m);

class TraceWriter {
public:
    explicit TraceWriter(Database &db);
    Status status() const { return m_status; } // failure if a statement did not prepare

    // Sources and the import log.
    int64_t upsertSource(const std::string &kind, const std::string &uri, const std::string &format,
                         const std::string &fingerprint, int64_t sizeBytes, int64_t startedNs);
    Status finishSource(int64_t sourceId, int64_t finishedNs, int64_t traces, int64_t observations,
                        int64_t scores, int64_t skipped);
    Status clearImportLog(int64_t sourceId);
    Status logProblem(int64_t sourceId, const ImportProblem &p);

    // With `totals` (a trace the caller holds complete in memory), the trace's derived columns
    // are written in the same statement, as refreshTraceAggregates would compute them; saves
    // re-reading the rows just written.
    Status writeTrace(const TraceRecord &t, int64_t sourceId, const TraceTotals *totals = nullptr);
    Status writeObservation(const ObservationRecord &o, int64_t sourceId);
    Status writeScore(const ScoreRecord &s, int64_t sourceId);
    Status writeAttribute(const AttributeRecord &a);
    Status writePrompt(const PromptRecord &p, int64_t sourceId);

    // True when the database already holds observations of this trace.
    bool traceHasObservations(const std::string &traceId);
    // True when the trace row exists (written by an earlier flush or import).
    bool traceExists(const std::string &traceId);
    std::vector<StoredTreeRow> loadTree(const std::string &traceId);
    Status updateTreeRow(int64_t rowid, const std::string *parentId, const std::string *origParentId,
                         int depth, int preorder, int flags);
    // Recomputes a trace's derived columns (times, counts, tokens, costs, flags, name) from its
    // observations.
    Status refreshTraceAggregates(const std::string &traceId);

    // Queues traces an earlier import indexed for re-indexing (store/searchindex.h builds the
    // index after the import commits; searches re-check the text, so stale lists do no harm).
    Status markForReindex(const std::vector<std::string> &traceIds);

private:
    Status check(Statement &st, const char *what);
    static void bindTotals(Statement &st, int first, const TraceTotals &t);
    Database &m_db;
    Status m_status;
    Statement m_upsertSource, m_finishSource, m_clearLog, m_logProblem;
    Statement m_trace, m_traceWithTotals, m_observation, m_score, m_attribute, m_prompt;
    Statement m_hasObservations, m_traceExists, m_loadTree, m_updateTree, m_aggregates;
};

} // namespace spanscope::store
