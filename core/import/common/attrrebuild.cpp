#include "import/common/attrrebuild.h"

#include <algorithm>
#include <charconv>

#include "import/common/jsonutil.h"

namespace spanscope::import::attr {

namespace {

bool numericKey(std::string_view k, size_t &index)
{
    if (k.empty() || k.size() > 9)
        return false;
    size_t v = 0;
    auto [p, ec] = std::from_chars(k.data(), k.data() + k.size(), v);
    if (ec != std::errc() || p != k.data() + k.size())
        return false;
    index = v;
    return true;
}

bool wrapperKey(std::string_view k)
{
    return k == "message" || k == "message_content" || k == "tool_call" || k == "document" || k == "embedding"
        || k == "image";
}

} // namespace

void DottedTree::clear()
{
    m_nodes.resize(1);
    m_nodes[0] = Node();
}

int DottedTree::child(int parent, std::string_view key)
{
    for (int c = m_nodes[size_t(parent)].firstChild; c >= 0; c = m_nodes[size_t(c)].next)
        if (m_nodes[size_t(c)].key == key)
            return c;
    Node n;
    n.key = key;
    m_nodes.push_back(n);
    const int idx = int(m_nodes.size() - 1);
    Node &p = m_nodes[size_t(parent)];
    if (p.lastChild >= 0)
        m_nodes[size_t(p.lastChild)].next = idx;
    else
        p.firstChild = idx;
    p.lastChild = idx;
    return idx;
}

void DottedTree::add(std::string_view path, const Value &v)
{
    int node = 0;
    size_t pos = 0;
    while (pos <= path.size()) {
        size_t dot = path.find('.', pos);
        if (dot == std::string_view::npos)
            dot = path.size();
        node = child(node, path.substr(pos, dot - pos));
        pos = dot + 1;
    }
    m_nodes[size_t(node)].hasLeaf = true;
    m_nodes[size_t(node)].leaf = v;
}

void DottedTree::write(std::string &out, int node, bool unwrap) const
{
    const Node &n = m_nodes[size_t(node)];
    if (n.firstChild < 0) {
        appendJson(out, n.hasLeaf ? n.leaf : Value());
        return;
    }
    // All-numeric children make an array (sorted by index, gaps closed); otherwise an object.
    bool numeric = true;
    int count = 0;
    for (int c = n.firstChild; c >= 0; c = m_nodes[size_t(c)].next, ++count) {
        size_t ix;
        if (!numericKey(m_nodes[size_t(c)].key, ix))
            numeric = false;
    }
    if (numeric) {
        std::vector<std::pair<size_t, int>> items;
        items.reserve(size_t(count));
        for (int c = n.firstChild; c >= 0; c = m_nodes[size_t(c)].next) {
            size_t ix = 0;
            numericKey(m_nodes[size_t(c)].key, ix);
            items.emplace_back(ix, c);
        }
        std::stable_sort(items.begin(), items.end());
        out.push_back('[');
        bool first = true;
        for (const auto &[ix, c] : items) {
            if (!first)
                out.push_back(',');
            first = false;
            int target = c;
            const Node &e = m_nodes[size_t(c)];
            if (unwrap && e.firstChild >= 0 && m_nodes[size_t(e.firstChild)].next < 0 && !e.hasLeaf
                && wrapperKey(m_nodes[size_t(e.firstChild)].key))
                target = e.firstChild;
            write(out, target, unwrap);
        }
        out.push_back(']');
        return;
    }
    out.push_back('{');
    bool first = true;
    if (n.hasLeaf) { // "a.b" and "a.b.c" both given: keep the scalar under "value"
        out += "\"value\":";
        appendJson(out, n.leaf);
        first = false;
    }
    for (int c = n.firstChild; c >= 0; c = m_nodes[size_t(c)].next) {
        if (!first)
            out.push_back(',');
        first = false;
        json::appendQuoted(out, m_nodes[size_t(c)].key);
        out.push_back(':');
        write(out, c, unwrap);
    }
    out.push_back('}');
}

std::string DottedTree::toJson(bool unwrap) const
{
    std::string out;
    if (empty())
        return out;
    write(out, 0, unwrap);
    return out;
}

} // namespace spanscope::import::attr
