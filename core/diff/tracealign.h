#pragma once
// Trace-vs-trace structural alignment: spans matched by path (ancestor names + type + ordinal
// among same-named siblings), then by name across types (traces from different sources), then
// renamed spans by similarity. Works on plain arrays, so it runs on any thread.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace spanscope::diff {

// One span of a trace, in pre-order (parents before children).
struct AlignSpan {
    std::string id;
    int parent = -1; // index into the same vector; -1 = root
    std::string name;
    std::string type;
    std::string model;
    std::optional<int64_t> startNs, endNs;
    std::optional<int64_t> tokens;
    std::optional<double> cost;
    uint64_t inputHash = 0, outputHash = 0; // 0 = no payload
    bool error = false;

    std::optional<int64_t> durationNs() const
    {
        return startNs && endNs ? std::optional<int64_t>(*endNs - *startNs) : std::nullopt;
    }
};

struct AlignedSpan {
    enum class Status { Same, Changed, Added, Removed };
    Status status = Status::Same;
    int left = -1;  // index in the left trace; -1 = added
    int right = -1; // index in the right trace; -1 = removed
    int depth = 0;
    std::string path; // "agent/plan-next-step#2" style: ancestor names, own name, ordinal
    // Why a matched pair counts as changed.
    bool renamed = false, typeChanged = false, modelChanged = false, inputChanged = false, outputChanged = false,
         errorChanged = false;
    bool reordered = false; // matched, but its order among its siblings differs
};

struct AlignTotals {
    int same = 0, changed = 0, added = 0, removed = 0, reordered = 0;
};

struct TraceAlignment {
    std::vector<AlignedSpan> spans; // pre-order of the merged tree
    AlignTotals totals;
};

TraceAlignment alignTraces(const std::vector<AlignSpan> &left, const std::vector<AlignSpan> &right);

const char *statusName(AlignedSpan::Status s); // "same" "changed" "added" "removed"

} // namespace spanscope::diff
