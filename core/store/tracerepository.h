#pragma once
// Read-only queries behind the trace explorer: the filtered, sorted, keyset-paged trace list with
// its matching count and the filter pickers' values; one trace's span tree (without payloads),
// one observation's payloads on demand, workspace counts.
// Any thread that owns the Database it is given (a read connection; never the import writer's).

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "store/database.h"
#include "store/tracefilter.h"

namespace spanscope::store {

// The scores of one name on one trace, folded for the list's "Scores" column.
struct TraceScoreBrief {
    std::string name;
    std::string dataType;          // NUMERIC CATEGORICAL BOOLEAN TEXT
    int64_t count = 0;
    std::optional<double> average; // numeric and boolean scores
    std::optional<std::string> text; // the most frequent string value (categorical, text)
};

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
    std::optional<std::string> environment;
    std::vector<TraceScoreBrief> scores; // by name
};

// Columns the list can be sorted by; each has an index ending in id (schema 003_traces_explorer).
enum class TraceSortColumn { Time, Name, Observations, Latency, Tokens, Cost };

struct TraceSort {
    TraceSortColumn column = TraceSortColumn::Time;
    bool descending = true;
};

// A row's value in the sort column; monostate = unknown (NULL).
using TraceSortValue = std::variant<std::monostate, int64_t, double, std::string>;

// Keyset position: the last row of the previous page. Rows whose sort value is unknown come
// after all known values in either direction (ordered by id), so a monostate value means
// "inside the unknown tail".
struct TraceCursor {
    TraceSortValue value;
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

// The fields the filter bar offers pickers for.
enum class TraceField { Model, Provider, User, Session, Name, Tag, Environment, Release, ScoreName };

// One page of the list under `filter`, in `sort` order, starting after `after` (nullopt = top).
// Score summaries come with the rows. The SQL is built per call from the filter (every value is
// a bound parameter). Full-text terms under 3 characters match nothing (the trigram index needs
// three; see traceSearchMinLength).
Status queryTracePage(Database &db, const TraceFilter &filter, const TraceSort &sort,
                      const std::optional<TraceCursor> &after, int limit, TraceListPage &out);
// How many traces match the filter.
Status countTraces(Database &db, const TraceFilter &filter, int64_t &out);
// Distinct values of a field, ascending, those starting with `prefix` (case-sensitive), at most
// `limit`. Indexed fields use a loose index scan (one seek per value).
Status distinctTraceValues(Database &db, TraceField field, const std::string &prefix, int limit,
                           std::vector<std::string> &out);
constexpr int traceSearchMinLength = 3;
// The sort value of a row in a sort column (what the next page's cursor holds).
TraceSortValue traceSortValue(const TraceListRow &row, TraceSortColumn column);

class TraceRepository {
public:
    // The Database must stay open for the repository's lifetime; statements are prepared once.
    explicit TraceRepository(Database &db);
    // Failure when a statement did not prepare (e.g. the file is not a Spanscope workspace).
    Status status() const { return m_status; }

    // Newest first, unfiltered (queryTracePage with the default sort). nullopt starts at the top.
    Status tracePage(const std::optional<TraceCursor> &after, int limit, TraceListPage &out);
    Status traceCount(int64_t &out);

    // All observations of a trace ordered by preorder (depth + preorder give the hierarchy).
    Status traceTree(const std::string &traceId, std::vector<SpanRow> &out);

    // The payload columns of one observation; out.found = false when it does not exist.
    Status observationPayload(const std::string &traceId, const std::string &observationId, ObservationPayload &out);

    Status workspaceSummary(WorkspaceSummary &out);

private:
    Database &m_db;
    Status m_status;
    // All fixed SQL of this repository, prepared once (the list's SQL depends on the filter).
    Statement m_count, m_tree, m_payload, m_summary;
};

} // namespace spanscope::store
