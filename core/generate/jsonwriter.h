#pragma once
// Minimal streaming JSON writer appending compact JSON to a std::string, plus ISO-8601 time
// formatting. Output is byte-stable (shortest round-trip doubles via std::to_chars), which the
// generator's "same options => same bytes" promise relies on. One thread per instance.

#include <cstdint>
#include <string>
#include <string_view>

namespace spanscope::generate {

// Appends s to out as a JSON string literal (quotes included), escaping what JSON requires.
void appendJsonString(std::string &out, std::string_view s);
void appendInt(std::string &out, int64_t v);
void appendDouble(std::string &out, double v);
// "2026-01-01T00:00:00.123Z" (milliseconds, UTC; sub-millisecond digits are truncated).
void appendIsoMs(std::string &out, int64_t ns);

class JsonWriter {
public:
    explicit JsonWriter(std::string &out) : m_out(out) { }

    JsonWriter &beginObject() { sep(); m_out += '{'; m_comma = false; return *this; }
    JsonWriter &endObject() { m_out += '}'; m_comma = true; return *this; }
    JsonWriter &beginArray() { sep(); m_out += '['; m_comma = false; return *this; }
    JsonWriter &endArray() { m_out += ']'; m_comma = true; return *this; }
    JsonWriter &key(std::string_view k)
    {
        sep();
        m_out += '"';
        m_out += k; // keys are generator constants: never need escaping
        m_out += "\":";
        m_comma = false;
        return *this;
    }
    JsonWriter &string(std::string_view s) { sep(); appendJsonString(m_out, s); m_comma = true; return *this; }
    JsonWriter &integer(int64_t v) { sep(); appendInt(m_out, v); m_comma = true; return *this; }
    JsonWriter &number(double v) { sep(); appendDouble(m_out, v); m_comma = true; return *this; }
    JsonWriter &boolean(bool b) { sep(); m_out += b ? "true" : "false"; m_comma = true; return *this; }
    JsonWriter &null() { sep(); m_out += "null"; m_comma = true; return *this; }
    // Pre-rendered JSON text (an object or array built by another writer).
    JsonWriter &raw(std::string_view json) { sep(); m_out += json; m_comma = true; return *this; }
    JsonWriter &isoTime(int64_t ns)
    {
        sep();
        m_out += '"';
        appendIsoMs(m_out, ns);
        m_out += '"';
        m_comma = true;
        return *this;
    }
    // Decimal string holding an integer (OTLP's int64 encoding: "1767225600000000000").
    JsonWriter &intString(int64_t v)
    {
        sep();
        m_out += '"';
        appendInt(m_out, v);
        m_out += '"';
        m_comma = true;
        return *this;
    }

    // key + value shortcuts
    JsonWriter &field(std::string_view k, std::string_view v) { return key(k).string(v); }
    JsonWriter &fieldInt(std::string_view k, int64_t v) { return key(k).integer(v); }
    JsonWriter &fieldNumber(std::string_view k, double v) { return key(k).number(v); }
    JsonWriter &fieldNull(std::string_view k) { return key(k).null(); }
    // The string, or null when it is empty.
    JsonWriter &fieldOrNull(std::string_view k, std::string_view v) { return v.empty() ? key(k).null() : field(k, v); }

    std::string &out() { return m_out; }

private:
    void sep()
    {
        if (m_comma)
            m_out += ',';
    }
    std::string &m_out;
    bool m_comma = false;
};

} // namespace spanscope::generate
