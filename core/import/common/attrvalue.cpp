#include "import/common/attrvalue.h"

#include <charconv>
#include <cmath>
#include <cstring>

#include <simdjson.h>

#include "import/common/jsonutil.h"

namespace spanscope::import::attr {

namespace {

void appendInt(std::string &out, int64_t v)
{
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, size_t(r.ptr - buf));
}

void appendDouble(std::string &out, double v)
{
    if (!std::isfinite(v)) {
        out += "null"; // JSON has no NaN/Infinity
        return;
    }
    char buf[32];
    auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, size_t(r.ptr - buf));
}

} // namespace

void appendJson(std::string &out, const Value &v)
{
    switch (v.kind) {
    case ValueKind::Null:
        out += "null";
        break;
    case ValueKind::String:
        json::appendQuoted(out, v.text);
        break;
    case ValueKind::Bool:
        out += v.b ? "true" : "false";
        break;
    case ValueKind::Int:
        appendInt(out, v.i);
        break;
    case ValueKind::Double:
        appendDouble(out, v.d);
        break;
    case ValueKind::Json:
        out.append(v.text);
        break;
    }
}

std::string toJson(const Value &v)
{
    std::string out;
    appendJson(out, v);
    return out;
}

std::string payloadJson(const Value &v)
{
    if (v.kind == ValueKind::String)
        return json::payloadFromString(v.text);
    return toJson(v);
}

std::string text(const Value &v)
{
    switch (v.kind) {
    case ValueKind::String:
    case ValueKind::Json:
        return std::string(v.text);
    case ValueKind::Null:
        return {};
    default:
        return toJson(v);
    }
}

std::optional<int64_t> toInt(const Value &v)
{
    switch (v.kind) {
    case ValueKind::Int:
        return v.i;
    case ValueKind::Double:
        if (std::isfinite(v.d) && v.d >= -9.2e18 && v.d <= 9.2e18)
            return int64_t(v.d);
        return std::nullopt;
    case ValueKind::String:
        return json::intFromString(v.text);
    default:
        return std::nullopt;
    }
}

std::optional<double> toDouble(const Value &v)
{
    switch (v.kind) {
    case ValueKind::Int:
        return double(v.i);
    case ValueKind::Double:
        return v.d;
    case ValueKind::String:
        return json::doubleFromString(v.text);
    default:
        return std::nullopt;
    }
}

std::string_view TextArena::store(std::string_view s)
{
    if (s.empty())
        return std::string_view("", 0);
    while (m_current < m_blocks.size() && m_blocks[m_current].size - m_blocks[m_current].used < s.size())
        ++m_current;
    if (m_current == m_blocks.size()) {
        Block b;
        b.size = std::max<size_t>(64 * 1024, s.size());
        b.data.reset(new char[b.size]);
        m_blocks.push_back(std::move(b));
    }
    Block &b = m_blocks[m_current];
    char *p = b.data.get() + b.used;
    std::memcpy(p, s.data(), s.size());
    b.used += s.size();
    return std::string_view(p, s.size());
}

void TextArena::reset()
{
    // Keep one block for reuse; drop oversized leftovers so one huge value does not pin memory.
    if (m_blocks.size() > 4)
        m_blocks.resize(4);
    for (auto &b : m_blocks)
        b.used = 0;
    m_current = 0;
}

bool parseFlatObject(std::string_view jsonText, AttributeList &out, TextArena &arena, std::string *error)
{
    simdjson::dom::parser parser;
    simdjson::padded_string padded(jsonText);
    simdjson::dom::element root;
    if (auto err = parser.parse(padded).get(root)) {
        if (error)
            *error = simdjson::error_message(err);
        return false;
    }
    simdjson::dom::object obj;
    if (root.get_object().get(obj)) {
        if (error)
            *error = "not a JSON object";
        return false;
    }
    for (auto field : obj) {
        Attribute a;
        a.key = arena.store(field.key);
        const simdjson::dom::element v = field.value;
        switch (v.type()) {
        case simdjson::dom::element_type::STRING:
            a.value = Value::string(arena.store(std::string_view(v.get_string().value_unsafe())));
            break;
        case simdjson::dom::element_type::INT64:
            a.value = Value::integer(v.get_int64().value_unsafe());
            break;
        case simdjson::dom::element_type::UINT64:
            a.value = Value::integer(int64_t(v.get_uint64().value_unsafe()));
            break;
        case simdjson::dom::element_type::DOUBLE:
            a.value = Value::real(v.get_double().value_unsafe());
            break;
        case simdjson::dom::element_type::BOOL:
            a.value = Value::boolean(v.get_bool().value_unsafe());
            break;
        case simdjson::dom::element_type::NULL_VALUE:
            a.value = Value();
            break;
        default:
            a.value = Value::json(arena.store(simdjson::minify(v)));
            break;
        }
        out.push_back(a);
    }
    return true;
}

} // namespace spanscope::import::attr
