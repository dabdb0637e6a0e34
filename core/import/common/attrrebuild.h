#pragma once
// Rebuilds flattened attribute keys with numeric segments ("0.message.role", "0.message.
// tool_calls.1.tool_call.id") into JSON arrays and objects (OpenInference, OpenLLMetry).
// Reusable across spans without reallocating; one thread at a time.

#include <string>
#include <string_view>
#include <vector>

#include "import/common/attrvalue.h"

namespace spanscope::import::attr {

class DottedTree {
public:
    // `path` is the key after the common prefix, e.g. "0.message.role".
    void add(std::string_view path, const Value &v);
    bool empty() const { return m_nodes.size() <= 1; }
    void clear();
    // JSON text of the tree. With unwrap, an array element that is an object holding a single
    // OpenInference wrapper key ("message", "message_content", "tool_call", "document") is
    // replaced by that key's value, which gives OpenAI-style message lists.
    std::string toJson(bool unwrap = true) const;

private:
    struct Node {
        std::string_view key;
        int firstChild = -1;
        int lastChild = -1;
        int next = -1;
        bool hasLeaf = false;
        Value leaf;
    };
    int child(int parent, std::string_view key);
    void write(std::string &out, int node, bool unwrap) const;
    std::vector<Node> m_nodes = std::vector<Node>(1);
};

} // namespace spanscope::import::attr
