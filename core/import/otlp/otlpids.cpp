#include "import/otlp/otlpids.h"

namespace spanscope::import::otlp {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

int base64Value(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+' || c == '-')
        return 62;
    if (c == '/' || c == '_')
        return 63;
    return -1;
}

constexpr char kHex[] = "0123456789abcdef";

bool decodeBase64(std::string_view s, size_t bytes, std::string &out)
{
    while (!s.empty() && s.back() == '=')
        s.remove_suffix(1);
    // Unpadded length of `bytes` bytes.
    if (s.size() != (bytes * 4 + 2) / 3)
        return false;
    out.clear();
    out.reserve(bytes * 2);
    uint32_t acc = 0;
    int bits = 0;
    size_t produced = 0;
    for (char c : s) {
        const int v = base64Value(c);
        if (v < 0)
            return false;
        acc = (acc << 6) | uint32_t(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            const unsigned byte = (acc >> bits) & 0xFF;
            if (produced < bytes) {
                out.push_back(kHex[byte >> 4]);
                out.push_back(kHex[byte & 15]);
            }
            ++produced;
        }
    }
    return produced == bytes;
}

} // namespace

bool normalizeId(std::string_view raw, size_t bytes, std::string &out)
{
    out.clear();
    while (!raw.empty() && (raw.front() == ' ' || raw.front() == '\t'))
        raw.remove_prefix(1);
    while (!raw.empty() && (raw.back() == ' ' || raw.back() == '\t'))
        raw.remove_suffix(1);
    if (raw.size() > 2 && raw[0] == '0' && (raw[1] == 'x' || raw[1] == 'X'))
        raw.remove_prefix(2);
    if (raw.empty())
        return false;
    bool allHex = true;
    bool allZero = true;
    for (char c : raw) {
        const int v = hexValue(c);
        if (v < 0) {
            allHex = false;
            break;
        }
        if (v != 0)
            allZero = false;
    }
    if (allHex && raw.size() == bytes * 2) {
        if (allZero)
            return false;
        out.resize(raw.size());
        for (size_t i = 0; i < raw.size(); ++i) {
            const char c = raw[i];
            out[i] = (c >= 'A' && c <= 'F') ? char(c + 32) : c;
        }
        return true;
    }
    const size_t padded = (bytes + 2) / 3 * 4;
    if ((raw.size() == padded || raw.size() == (bytes * 4 + 2) / 3) && decodeBase64(raw, bytes, out)) {
        if (out.find_first_not_of('0') == std::string::npos) {
            out.clear();
            return false;
        }
        return true;
    }
    if (allHex) {
        if (allZero)
            return false;
        out.resize(raw.size());
        for (size_t i = 0; i < raw.size(); ++i) {
            const char c = raw[i];
            out[i] = (c >= 'A' && c <= 'F') ? char(c + 32) : c;
        }
        return true;
    }
    out.assign(raw);
    return true;
}

uint64_t mix64(uint64_t x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

uint64_t hashText(std::string_view text, uint64_t seed)
{
    uint64_t h = 0xCBF29CE484222325ULL ^ mix64(seed);
    for (unsigned char c : text) {
        h ^= c;
        h *= 0x100000001B3ULL;
    }
    return mix64(h);
}

void appendHex64(std::string &out, uint64_t v)
{
    for (int shift = 60; shift >= 0; shift -= 4)
        out.push_back(kHex[(v >> shift) & 15]);
}

std::string syntheticTraceId(uint64_t unitHashA, uint64_t unitHashB)
{
    std::string out;
    out.reserve(32);
    appendHex64(out, unitHashA);
    appendHex64(out, unitHashB);
    return out;
}

std::string syntheticSpanId(uint64_t unitHashC, uint64_t ordinal)
{
    std::string out;
    out.reserve(16);
    appendHex64(out, mix64(unitHashC + ordinal));
    return out;
}

} // namespace spanscope::import::otlp
