#include "import/common/jsonutil.h"

#include <charconv>
#include <cstring>

namespace spanscope::import::json {

namespace {

int64_t daysFromCivil(int64_t y, unsigned m, unsigned d)
{
    // Howard Hinnant's algorithm: days since 1970-01-01 for a proleptic Gregorian date.
    y -= m <= 2;
    const int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + int64_t(doe) - 719468;
}

bool digits(std::string_view s, size_t pos, size_t n, int &out)
{
    if (pos + n > s.size())
        return false;
    int v = 0;
    for (size_t i = 0; i < n; ++i) {
        const char c = s[pos + i];
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    out = v;
    return true;
}

} // namespace

std::optional<int64_t> parseIsoTimeNs(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '"'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '"'))
        s.remove_suffix(1);
    int y, mo, d, h = 0, mi = 0, sec = 0;
    if (!digits(s, 0, 4, y) || s.size() < 10 || s[4] != '-' || !digits(s, 5, 2, mo) || s[7] != '-'
        || !digits(s, 8, 2, d))
        return std::nullopt;
    if (mo < 1 || mo > 12 || d < 1 || d > 31)
        return std::nullopt;
    size_t p = 10;
    int64_t frac = 0;
    if (p < s.size() && (s[p] == 'T' || s[p] == 't' || s[p] == ' ')) {
        if (!digits(s, p + 1, 2, h) || p + 3 >= s.size() || s[p + 3] != ':' || !digits(s, p + 4, 2, mi))
            return std::nullopt;
        p += 6;
        if (p < s.size() && s[p] == ':') {
            if (!digits(s, p + 1, 2, sec))
                return std::nullopt;
            p += 3;
        }
        if (p < s.size() && (s[p] == '.' || s[p] == ',')) {
            ++p;
            int n = 0;
            while (p < s.size() && s[p] >= '0' && s[p] <= '9') {
                if (n < 9) {
                    frac = frac * 10 + (s[p] - '0');
                    ++n;
                }
                ++p;
            }
            if (n == 0)
                return std::nullopt;
            for (; n < 9; ++n)
                frac *= 10;
        }
    }
    if (h > 23 || mi > 59 || sec > 60)
        return std::nullopt;
    int64_t offsetSec = 0;
    if (p < s.size()) {
        if (s[p] == 'Z' || s[p] == 'z') {
            ++p;
        } else if (s[p] == '+' || s[p] == '-') {
            const int sign = s[p] == '-' ? -1 : 1;
            int oh = 0, om = 0;
            if (!digits(s, p + 1, 2, oh))
                return std::nullopt;
            size_t q = p + 3;
            if (q < s.size() && s[q] == ':')
                ++q;
            if (q < s.size() && !digits(s, q, 2, om))
                return std::nullopt;
            if (q < s.size())
                q += 2;
            offsetSec = sign * (oh * 3600 + om * 60);
            p = q;
        }
    }
    if (p != s.size())
        return std::nullopt;
    const int64_t days = daysFromCivil(y, unsigned(mo), unsigned(d));
    const int64_t secs = days * 86400 + h * 3600 + mi * 60 + sec - offsetSec;
    return secs * 1000000000LL + frac;
}

void appendQuoted(std::string &out, std::string_view s)
{
    static const char hex[] = "0123456789abcdef";
    out.push_back('"');
    size_t run = 0;
    for (size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(s.data() + run, i - run);
        run = i + 1;
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            out += "\\u00";
            out.push_back(hex[c >> 4]);
            out.push_back(hex[c & 15]);
        }
    }
    out.append(s.data() + run, s.size() - run);
    out.push_back('"');
}

std::string quote(std::string_view s)
{
    std::string out;
    out.reserve(s.size() + 2);
    appendQuoted(out, s);
    return out;
}

namespace {
// The final text when peeling stopped: valid JSON is kept, anything else becomes a JSON string.
std::string level0Quote(const std::string &current, std::string_view)
{
    size_t i = 0;
    while (i < current.size() && (current[i] == ' ' || current[i] == '\n' || current[i] == '\r' || current[i] == '\t'))
        ++i;
    const bool container = i < current.size() && (current[i] == '{' || current[i] == '[' || current[i] == '"');
    return container && isValidJson(current) ? current : quote(current);
}
} // namespace

bool isValidJson(std::string_view s)
{
    thread_local simdjson::dom::parser parser;
    simdjson::dom::element e;
    return parser.parse(s.data(), s.size(), true).get(e) == simdjson::SUCCESS;
}

std::string payloadFromString(std::string_view s)
{
    // Exporters sometimes encode twice ("\"{\\\"a\\\":1}\""): peel up to three levels of JSON-in-a-string.
    std::string current(s);
    for (int level = 0; level < 3; ++level) {
        size_t i = 0;
        while (i < current.size() && (current[i] == ' ' || current[i] == '\n' || current[i] == '\r' || current[i] == '\t'))
            ++i;
        if (i >= current.size() || (current[i] != '{' && current[i] != '[' && current[i] != '"'))
            break;
        thread_local simdjson::dom::parser parser;
        simdjson::dom::element e;
        if (parser.parse(current.data(), current.size(), true).get(e) != simdjson::SUCCESS)
            break;
        if (!e.is_string())
            return current; // an object or array: stored as is
        std::string inner(e.get_string().value_unsafe());
        size_t j = 0;
        while (j < inner.size() && (inner[j] == ' ' || inner[j] == '\n' || inner[j] == '\r' || inner[j] == '\t'))
            ++j;
        if (j >= inner.size() || (inner[j] != '{' && inner[j] != '[' && inner[j] != '"'))
            return current; // a plain JSON string
        current = std::move(inner);
    }
    return level0Quote(current, s);
}

std::optional<std::string_view> rawText(od::value v)
{
    od::json_type t;
    if (v.type().get(t))
        return std::nullopt;
    if (t == od::json_type::object) {
        od::object o;
        if (v.get_object().get(o))
            return std::nullopt;
        std::string_view raw;
        if (o.raw_json().get(raw))
            return std::nullopt;
        return raw;
    }
    if (t == od::json_type::array) {
        od::array a;
        if (v.get_array().get(a))
            return std::nullopt;
        std::string_view raw;
        if (a.raw_json().get(raw))
            return std::nullopt;
        return raw;
    }
    std::string_view raw = v.raw_json_token();
    while (!raw.empty() && (raw.back() == ' ' || raw.back() == '\n' || raw.back() == '\r' || raw.back() == '\t'))
        raw.remove_suffix(1);
    return raw;
}

std::optional<std::string> payloadText(od::value v)
{
    od::json_type t;
    if (v.type().get(t))
        return std::nullopt;
    if (t == od::json_type::null)
        return std::nullopt;
    if (t == od::json_type::string) {
        std::string_view s;
        if (v.get_string().get(s))
            return std::nullopt;
        return payloadFromString(s);
    }
    auto raw = rawText(v);
    if (!raw)
        return std::nullopt;
    return std::string(*raw);
}

std::optional<std::string> scalarText(od::value v, bool rawContainers)
{
    od::json_type t;
    if (v.type().get(t))
        return std::nullopt;
    switch (t) {
    case od::json_type::string: {
        std::string_view s;
        if (v.get_string().get(s))
            return std::nullopt;
        return std::string(s);
    }
    case od::json_type::number:
    case od::json_type::boolean: {
        auto raw = rawText(v);
        return raw ? std::optional<std::string>(std::string(*raw)) : std::nullopt;
    }
    case od::json_type::null:
        return std::nullopt;
    default:
        if (rawContainers) {
            auto raw = rawText(v);
            return raw ? std::optional<std::string>(std::string(*raw)) : std::nullopt;
        }
        return std::nullopt;
    }
}

std::optional<int64_t> intFromString(std::string_view s)
{
    while (!s.empty() && s.front() == ' ')
        s.remove_prefix(1);
    int64_t v = 0;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec == std::errc() && p == s.data() + s.size())
        return v;
    auto d = doubleFromString(s);
    if (d && *d >= -9.2e18 && *d <= 9.2e18)
        return int64_t(*d);
    return std::nullopt;
}

std::optional<double> doubleFromString(std::string_view s)
{
    while (!s.empty() && s.front() == ' ')
        s.remove_prefix(1);
    if (s.empty())
        return std::nullopt;
    double v = 0;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec == std::errc() && p == s.data() + s.size())
        return v;
    return std::nullopt;
}

std::optional<int64_t> intLenient(od::value v)
{
    od::json_type t;
    if (v.type().get(t))
        return std::nullopt;
    if (t == od::json_type::number) {
        od::number_type nt;
        if (v.get_number_type().get(nt))
            return std::nullopt;
        if (nt == od::number_type::floating_point_number) {
            double d;
            if (v.get_double().get(d))
                return std::nullopt;
            return int64_t(d);
        }
        int64_t i;
        if (v.get_int64().get(i) == simdjson::SUCCESS)
            return i;
        return std::nullopt;
    }
    if (t == od::json_type::string) {
        std::string_view s;
        if (v.get_string().get(s))
            return std::nullopt;
        return intFromString(s);
    }
    return std::nullopt;
}

std::optional<double> doubleLenient(od::value v)
{
    od::json_type t;
    if (v.type().get(t))
        return std::nullopt;
    if (t == od::json_type::number) {
        double d;
        if (v.get_double().get(d))
            return std::nullopt;
        return d;
    }
    if (t == od::json_type::string) {
        std::string_view s;
        if (v.get_string().get(s))
            return std::nullopt;
        return doubleFromString(s);
    }
    return std::nullopt;
}

std::string_view camelKey(std::string_view key, std::string &buf)
{
    if (key.find('_') == std::string_view::npos)
        return key;
    buf.clear();
    bool up = false;
    for (char c : key) {
        if (c == '_') {
            up = !buf.empty();
            continue;
        }
        buf.push_back(up && c >= 'a' && c <= 'z' ? char(c - 32) : c);
        up = false;
    }
    return buf;
}

} // namespace spanscope::import::json
