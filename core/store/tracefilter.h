#pragma once
// What the user narrowed the trace list to: one value type shared by the Traces page filter bar,
// the charts and heatmaps that open the Traces page "filtered to this", and the repositories that
// turn it into SQL. Plain data; any thread.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace spanscope::store {

// A condition on a score of the trace (or of any of its observations), e.g. relevance < 0.6.
struct ScoreCondition {
    enum class Op { Less, LessEqual, Greater, GreaterEqual, Equal, NotEqual };
    std::string name;
    Op op = Op::Less;
    std::optional<double> number;      // numeric / boolean scores
    std::optional<std::string> text;   // categorical scores (Equal / NotEqual only)
};

struct TraceFilter {
    // Trace time (traces.timestamp_ns), half-open [fromNs, toNs).
    std::optional<int64_t> fromNs;
    std::optional<int64_t> toNs;
    // Full-text search over names, inputs, outputs and metadata (FTS5 trigram).
    std::string text;
    // Each list matches any of its values; lists combine with AND.
    std::vector<std::string> models;       // any observation of the trace uses the model
    std::vector<std::string> providers;
    std::vector<std::string> userIds;
    std::vector<std::string> sessionIds;
    std::vector<std::string> traceNames;
    std::vector<std::string> tags;         // the trace carries the tag
    std::vector<std::string> environments;
    std::vector<std::string> releases;
    // A prompt used by any observation of the trace (version nullopt = any version).
    std::optional<std::string> promptName;
    std::optional<int64_t> promptVersion;
    bool errorsOnly = false;
    std::optional<int64_t> minLatencyNs;
    std::optional<double> minCostUsd;
    std::vector<ScoreCondition> scores;
    // Exactly these traces (a heatmap cell, a chart segment); empty = no restriction.
    std::vector<std::string> traceIds;

    bool isEmpty() const
    {
        return !fromNs && !toNs && text.empty() && models.empty() && providers.empty() && userIds.empty() &&
               sessionIds.empty() && traceNames.empty() && tags.empty() && environments.empty() &&
               releases.empty() && !promptName && !errorsOnly && !minLatencyNs && !minCostUsd &&
               scores.empty() && traceIds.empty();
    }
};

} // namespace spanscope::store
