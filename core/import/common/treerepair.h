#pragma once
// Span-tree repair for one trace: orphans become roots, parent cycles are broken, children that
// start before their parent are flagged, and every node gets its depth and pre-order index
// (children ordered by start time, then id). Iterative: trees 100k deep are fine. Pure; any thread.

#include <cstdint>
#include <string_view>
#include <vector>

namespace spanscope::import {

struct TreeNode {
    std::string_view id;
    std::string_view givenParent; // as the input said; empty = root
    int64_t startNs = 0;
    int flags = 0;                // in: flags to keep (e.g. duplicate merged); out: + repair flags
    // Results.
    int parent = -1;              // index of the effective parent, -1 for roots
    int depth = 0;
    int preorder = 0;
};

// Repairs in place. Node ids must be unique (duplicates are merged before).
void repairTree(std::vector<TreeNode> &nodes);

} // namespace spanscope::import
