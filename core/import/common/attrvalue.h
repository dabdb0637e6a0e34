#pragma once
// Typed span attributes as views (key -> string/bool/int/double/JSON) plus span events, the input
// of the attribute mapper; a block arena that keeps converted text alive. One thread at a time.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace spanscope::import::attr {

enum class ValueKind : uint8_t { Null, String, Bool, Int, Double, Json };

// A view: `text` points into the parser's string buffer or a TextArena; both outlive the
// mapping of one span.
struct Value {
    ValueKind kind = ValueKind::Null;
    bool b = false;
    int64_t i = 0;
    double d = 0;
    std::string_view text; // String: unescaped text; Json: JSON text (arrays, kvlists)

    static Value string(std::string_view s)
    {
        Value v;
        v.kind = ValueKind::String;
        v.text = s;
        return v;
    }
    static Value boolean(bool x)
    {
        Value v;
        v.kind = ValueKind::Bool;
        v.b = x;
        return v;
    }
    static Value integer(int64_t x)
    {
        Value v;
        v.kind = ValueKind::Int;
        v.i = x;
        return v;
    }
    static Value real(double x)
    {
        Value v;
        v.kind = ValueKind::Double;
        v.d = x;
        return v;
    }
    static Value json(std::string_view s)
    {
        Value v;
        v.kind = ValueKind::Json;
        v.text = s;
        return v;
    }
};

struct Attribute {
    std::string_view key;
    Value value;
};
using AttributeList = std::vector<Attribute>;

// A span event; its attributes are the range [attrBegin, attrEnd) of SpanEvents::attributes.
struct Event {
    std::string_view name;
    std::optional<int64_t> timeNs;
    size_t attrBegin = 0;
    size_t attrEnd = 0;
};

struct SpanEvents {
    std::vector<Event> events;
    AttributeList attributes;
    void clear()
    {
        events.clear();
        attributes.clear();
    }
};

// Appends the JSON text of a value (strings quoted, Json as is, null for Null).
void appendJson(std::string &out, const Value &v);
std::string toJson(const Value &v);
// The value as payload JSON: strings holding JSON are decoded one level (jsonutil), others as JSON.
std::string payloadJson(const Value &v);
// Text of a scalar (strings as is, numbers formatted, booleans true/false); Json as its text.
std::string text(const Value &v);
// Lenient numbers: ints, doubles, numeric strings ("97", "97.0").
std::optional<int64_t> toInt(const Value &v);
std::optional<double> toDouble(const Value &v);

// Stable storage for text built while parsing (JSON of array/kvlist values). Views stay valid
// until reset(); blocks are kept for reuse.
class TextArena {
public:
    std::string_view store(std::string_view s);
    void reset();

private:
    struct Block {
        std::unique_ptr<char[]> data;
        size_t size = 0;
        size_t used = 0;
    };
    std::vector<Block> m_blocks;
    size_t m_current = 0;
};

// Reads a flat JSON object {"key": value, ...} (the fixture form of an attribute map) into
// `out`. Nested objects/arrays become Json values. Returns false with `error` on bad input.
bool parseFlatObject(std::string_view json, AttributeList &out, TextArena &arena, std::string *error = nullptr);

} // namespace spanscope::import::attr
