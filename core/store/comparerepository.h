#pragma once
// Read side of trace-vs-trace compare and payload diffs: one trace's spans with payload hashes
// (never the payloads themselves), the aligned comparison of two traces with per-span latency,
// token and cost deltas, and one observation's input or output on demand.
// Any thread that owns the Database it is given (a read connection).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "diff/tracealign.h"
#include "store/database.h"

namespace spanscope::store {

struct CompareTrace {
    bool found = false;
    std::string id;
    std::optional<std::string> name;
    std::optional<int64_t> timestampNs, latencyNs;
    int64_t totalTokens = 0, observationCount = 0, errorCount = 0;
    std::optional<double> cost;
    std::vector<diff::AlignSpan> spans; // pre-order
};

Status loadCompareTrace(Database &db, const std::string &traceId, CompareTrace &out);

// B minus A for a matched pair; one-sided spans carry their own value as + (added) or - (removed).
struct SpanDelta {
    std::optional<double> latencyMs;
    std::optional<int64_t> tokens;
    std::optional<double> cost;
};

struct TraceComparison {
    CompareTrace a, b;
    diff::TraceAlignment alignment;
    std::vector<SpanDelta> deltas; // parallel to alignment.spans
    // Totals over the whole traces (B minus A).
    std::optional<double> latencyDeltaMs;
    int64_t tokensDelta = 0;
    std::optional<double> costDelta;
};

// Loads both traces and aligns them; a missing trace is an error naming it.
Status compareTraces(Database &db, const std::string &traceA, const std::string &traceB, TraceComparison &out);
// The same on traces loaded elsewhere (two workspaces).
TraceComparison compareLoaded(CompareTrace a, CompareTrace b);

enum class PayloadField { Input, Output, Metadata, ModelParameters };
// One observation's payload column; nullopt when the observation has none.
Status loadObservationPayload(Database &db, const std::string &traceId, const std::string &observationId,
                              PayloadField field, std::optional<std::string> &out);

} // namespace spanscope::store
