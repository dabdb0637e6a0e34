#pragma once
// Read-only queries behind the trace explorer: keyset-paged trace list, one trace's span tree
// (without payloads), one observation's payloads on demand, workspace counts.
// Any thread that owns the Database it is given (a read connection; never the import writer's).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/database.h"

namespace spanscope::store {

// One row of the trace list. NULL columns stay nullopt: "unknown" is not zero.
struct TraceListRow {
    std::string id;
    std::optional<std::string> name;
    std::optional<int64_t> timestampNs;
    std::optional<std::string> userId;
    std::optional<std::string> sessionId;
    int64_t observationCount = 0;
    std::optional<int64_t> latencyNs;
    int64_t totalTokens = 0;
    std::optional<double> cost; // USD: provided where present, else computed; nullopt = unknown
    int64_t errorCount = 0;
    std::optional<std::string> tagsJson; // JSON array text
};

// Keyset position: the last row of the previous page. Rows without a timestamp sort after all
// timestamped rows (ordered by id), so a null timestampNs means "inside the undated tail".
struct TraceCursor {
    std::optional<int64_t> timestampNs;
    std::string id;
};

struct TraceListPage {
    std::vector<TraceListRow> rows;
    // Where the next page starts; nullopt when this page reached the end of the list.
    std::optional<TraceCursor> next;
};

// One observation of a trace tree, in pre-order, without the payload columns.
struct SpanRow {
    std::string id;
    std::optional<std::string> parentId;
    std::string type;
    std::optional<std::string> name;
    std::optional<int64_t> startNs;
    std::optional<int64_t> endNs;
    std::optional<std::string> level;
    std::optional<std::string> model;
    std::optional<int64_t> inputTokens;
    std::optional<int64_t> outputTokens;
    std::optional<int64_t> totalTokens;
    std::optional<double> costProvided;
    std::optional<double> costComputed;
    bool unpriced = false;
    int depth = 0;
    int preorder = 0;
    int flags = 0;

    // Provided cost wins over computed cost; nullopt when neither is known.
    std::optional<double> cost() const { return costProvided ? costProvided : costComputed; }
    std::optional<int64_t> durationNs() const
    {
        if (startNs && endNs)
            return *endNs - *startNs;
        return std::nullopt;
    }
};

// The large columns of one observation, loaded only when the user looks at it.
struct ObservationPayload {
    bool found = false;
    std::optional<std::string> inputJson;
    std::optional<std::string> outputJson;
    std::optional<std::string> metadataJson;
    std::optional<std::string> modelParametersJson;
    std::optional<std::string> usageDetailsJson;
    std::optional<std::string> statusMessage;
};

struct WorkspaceSummary {
    int64_t traces = 0;
    int64_t observations = 0;
};

class TraceRepository {
public:
    // The Database must stay open for the repository's lifetime; statements are prepared once.
    explicit TraceRepository(Database &db);
    // Failure when a statement did not prepare (e.g. the file is not a Spanscope workspace).
    Status status() const { return m_status; }

    // Newest first (timestamp_ns DESC, id DESC). `after` = nullopt starts at the top.
    Status tracePage(const std::optional<TraceCursor> &after, int limit, TraceListPage &out);
    Status traceCount(int64_t &out);

    // All observations of a trace ordered by preorder (depth + preorder give the hierarchy).
    Status traceTree(const std::string &traceId, std::vector<SpanRow> &out);

    // The payload columns of one observation; out.found = false when it does not exist.
    Status observationPayload(const std::string &traceId, const std::string &observationId, ObservationPayload &out);

    Status workspaceSummary(WorkspaceSummary &out);

private:
    Status readTraceRows(Statement &st, int limit, std::vector<TraceListRow> &rows);

    Database &m_db;
    Status m_status;
    // All SQL of this repository, prepared once.
    Statement m_firstPage, m_pageAfter, m_undatedFirst, m_undatedAfter, m_count;
    Statement m_tree, m_payload, m_summary;
};

} // namespace spanscope::store
