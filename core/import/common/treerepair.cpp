#include "import/common/treerepair.h"

#include <algorithm>
#include <unordered_map>

#include "model/records.h"

namespace spanscope::import {

namespace {

bool startsBefore(const std::vector<TreeNode> &nodes, int a, int b)
{
    if (nodes[a].startNs != nodes[b].startNs)
        return nodes[a].startNs < nodes[b].startNs;
    return nodes[a].id < nodes[b].id;
}

} // namespace

void repairTree(std::vector<TreeNode> &nodes)
{
    const int n = int(nodes.size());
    std::unordered_map<std::string_view, int> index;
    index.reserve(size_t(n) * 2);
    for (int i = 0; i < n; ++i)
        index.emplace(nodes[i].id, i);

    for (int i = 0; i < n; ++i) {
        TreeNode &node = nodes[i];
        node.parent = -1;
        node.flags &= FlagDuplicateMerged;
        if (node.givenParent.empty())
            continue;
        auto it = index.find(node.givenParent);
        if (it == index.end()) {
            node.flags |= FlagOrphan;
        } else if (it->second == i) {
            node.flags |= FlagCycleBroken;
        } else {
            node.parent = it->second;
        }
    }

    // Break cycles: walk up from every node; a node met twice on the current path closes a cycle.
    std::vector<char> state(static_cast<size_t>(n), 0); // 0 new, 1 on path, 2 done
    std::vector<int> path;
    for (int i = 0; i < n; ++i) {
        if (state[i])
            continue;
        path.clear();
        int cur = i;
        while (cur >= 0 && state[cur] == 0) {
            state[cur] = 1;
            path.push_back(cur);
            cur = nodes[cur].parent;
        }
        if (cur >= 0 && state[cur] == 1) {
            // The cycle is the path from cur onwards; cut at its earliest node.
            auto from = std::find(path.begin(), path.end(), cur);
            int cut = cur;
            for (auto it = from; it != path.end(); ++it)
                if (startsBefore(nodes, *it, cut))
                    cut = *it;
            nodes[cut].parent = -1;
            nodes[cut].flags |= FlagCycleBroken;
        }
        for (int p : path)
            state[p] = 2;
    }

    // Children lists in start order, then an iterative pre-order walk.
    std::vector<int> order(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](int a, int b) { return startsBefore(nodes, a, b); });
    std::vector<int> childStart(static_cast<size_t>(n) + 1, 0);
    for (int i = 0; i < n; ++i)
        if (nodes[i].parent >= 0)
            ++childStart[size_t(nodes[i].parent) + 1];
    for (int i = 0; i < n; ++i)
        childStart[size_t(i) + 1] += childStart[size_t(i)];
    std::vector<int> children(static_cast<size_t>(childStart[size_t(n)]));
    std::vector<int> fill(childStart.begin(), childStart.end() - 1);
    std::vector<int> roots;
    for (int i : order) {
        const int p = nodes[i].parent;
        if (p < 0)
            roots.push_back(i);
        else
            children[size_t(fill[size_t(p)]++)] = i;
    }

    int next = 0;
    std::vector<int> stack;
    for (auto r = roots.rbegin(); r != roots.rend(); ++r)
        stack.push_back(*r);
    while (!stack.empty()) {
        const int i = stack.back();
        stack.pop_back();
        TreeNode &node = nodes[i];
        node.preorder = next++;
        if (node.parent >= 0) {
            node.depth = nodes[node.parent].depth + 1;
            if (node.startNs < nodes[node.parent].startNs)
                node.flags |= FlagStartsBeforeParent;
        } else {
            node.depth = 0;
        }
        for (int c = childStart[size_t(i) + 1] - 1; c >= childStart[size_t(i)]; --c)
            stack.push_back(children[size_t(c)]);
    }
}

} // namespace spanscope::import
