#pragma once
// Read side of the trace detail view: one trace's whole tree as flat arrays indexed by pre-order
// position (built once, children lists included), the trace header, and everything the detail
// pane shows for one observation (payloads, usage and cost, raw attributes, scores, events).
// Any thread that owns the Database it is given; results are plain values safe to move across threads.

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "store/database.h"

namespace spanscope::store {

// One trace's observations in pre-order, one array per column. A node is its position i; the
// hierarchy is parent[i] and the CSR children list childIndex[childOffset[i] .. childOffset[i+1]).
// Strings that repeat (names, models, types) are interned; ids live in one character buffer.
// About 90 bytes per observation, so a 1M-observation trace fits in ~100 MB.
struct TraceTree {
    static constexpr int64_t kNoTime = std::numeric_limits<int64_t>::min();
    enum Level : uint8_t { LevelDefault = 0, LevelDebug = 1, LevelWarning = 2, LevelError = 3 };

    std::string traceId;
    // Time axis of the trace: earliest known start, latest known end (kNoTime when none known).
    int64_t axisStartNs = kNoTime;
    int64_t axisEndNs = kNoTime;

    std::vector<int64_t> start, end;   // kNoTime when unknown
    std::vector<int64_t> tokens;       // total tokens; -1 when unknown
    std::vector<double> cost;          // provided where present, else computed; NaN when unknown
    std::vector<int32_t> parent;       // -1 for roots
    std::vector<int32_t> rowInParent;  // row under its parent (or among the roots)
    std::vector<int32_t> subtreeEnd;   // exclusive: descendants of i are (i, subtreeEnd[i])
    std::vector<int32_t> childOffset;  // size n + 1
    std::vector<int32_t> childIndex;   // size n - roots
    std::vector<int32_t> roots;
    std::vector<int32_t> dbPreorder;   // observations.preorder (the key of the tree index)
    std::vector<uint16_t> depth;
    std::vector<uint8_t> typeId, level, flags, unpriced;
    std::vector<uint32_t> nameId, modelId; // into names / models; 0 = none
    std::vector<std::string> names, models, types; // index 0 of names and models is ""
    std::string idChars;
    std::vector<uint32_t> idOffset;    // size n + 1

    int size() const { return int(start.size()); }
    std::string_view id(int i) const
    {
        return std::string_view(idChars).substr(idOffset[size_t(i)], idOffset[size_t(i) + 1] - idOffset[size_t(i)]);
    }
    int childCount(int i) const { return childOffset[size_t(i) + 1] - childOffset[size_t(i)]; }
    int child(int i, int row) const { return childIndex[size_t(childOffset[size_t(i)] + row)]; }
    bool hasTime(int i) const { return start[size_t(i)] != kNoTime; }
    int maxDepth() const;
    // Bytes held by the arrays (what the tree adds to the process).
    size_t memoryBytes() const;
    // Position of an observation id, -1 when absent. Linear: for a one-off lookup (copy link, tests).
    int find(std::string_view observationId) const;
};

struct ScoreRow {
    std::string id;
    std::optional<std::string> observationId;
    std::string name;
    std::string dataType; // NUMERIC CATEGORICAL BOOLEAN TEXT
    std::optional<double> value;
    std::optional<std::string> stringValue;
    std::optional<std::string> source;
    std::optional<std::string> comment;
    std::optional<int64_t> timestampNs;
};

struct TraceHeader {
    bool found = false;
    std::string id;
    std::optional<std::string> name, userId, sessionId, release, version, environment, tagsJson;
    std::optional<int64_t> timestampNs, startNs, endNs, latencyNs;
    int64_t observationCount = 0, errorCount = 0, inputTokens = 0, outputTokens = 0, totalTokens = 0;
    int64_t unpricedCount = 0;
    std::optional<double> costProvided, costComputed, cost;
    int flags = 0;
    std::vector<ScoreRow> scores; // trace-level and observation-level scores of the trace
};

struct AttributeRow {
    std::string key;
    std::string valueJson;
};

// An EVENT child of the selected observation.
struct EventRow {
    std::string id;
    std::optional<std::string> name, level, statusMessage, inputJson, metadataJson;
    std::optional<int64_t> startNs;
};

struct ObservationDetail {
    bool found = false;
    std::string id, type;
    std::optional<std::string> parentId, origParentId, name, level, statusMessage, model, provider;
    std::optional<std::string> modelParametersJson, inputJson, outputJson, metadataJson;
    std::optional<std::string> promptName;
    std::optional<int64_t> promptVersion, startNs, endNs, completionStartNs;
    std::optional<int64_t> inputTokens, outputTokens, totalTokens, cacheReadTokens, cacheWriteTokens, reasoningTokens;
    std::optional<std::string> usageDetailsJson, costProvidedDetailsJson, costComputedDetailsJson, priceModelId;
    std::optional<double> costProvided, costComputed;
    bool unpriced = false;
    int depth = 0, flags = 0;
    std::vector<AttributeRow> attributes;
    std::vector<ScoreRow> scores;
    std::vector<EventRow> events;
};

// Completes a tree whose per-node columns (start, end, depth, ...) are filled in pre-order: sets the
// time axis and derives parents, rows, subtree ends and children lists from the depths.
void finishTraceTree(TraceTree &tree);

class TreeRepository {
public:
    // The Database must stay open for the repository's lifetime; statements are prepared once.
    explicit TreeRepository(Database &db);
    Status status() const { return m_status; }

    // The whole tree of a trace (no payloads). An unknown trace gives an empty tree.
    Status traceTree(const std::string &traceId, TraceTree &out);
    Status traceHeader(const std::string &traceId, TraceHeader &out);
    // One observation with payloads, attributes and scores; its EVENT children are read by their
    // pre-order keys (the caller knows them from the tree), so no scan of a large trace is needed.
    Status observationDetail(const std::string &traceId, const std::string &observationId,
                             const std::vector<int32_t> &eventPreorders, ObservationDetail &out);

private:
    Database &m_db;
    Status m_status;
    Statement m_tree, m_header, m_traceScores, m_detail, m_attributes, m_obsScores, m_event;
};

} // namespace spanscope::store
