#include "generate/jsonwriter.h"

#include <charconv>
#include <cmath>

namespace spanscope::generate {

void appendJsonString(std::string &out, std::string_view s)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    size_t run = 0; // start of the pending unescaped run: appended in one go
    for (size_t i = 0; i < s.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
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
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    out.append(s.data() + run, s.size() - run);
    out += '"';
}

void appendInt(std::string &out, int64_t v)
{
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, r.ptr);
}

void appendDouble(std::string &out, double v)
{
    if (!std::isfinite(v)) {
        out += "null";
        return;
    }
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, r.ptr);
}

namespace {

// Howard Hinnant's civil_from_days: exact proleptic Gregorian date from days since 1970-01-01.
void civilFromDays(int64_t z, int64_t &y, unsigned &m, unsigned &d)
{
    z += 719468;
    const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    y = int64_t(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y += m <= 2;
}

void put(char *&p, unsigned v, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        p[i] = char('0' + v % 10);
        v /= 10;
    }
    p += width;
}

} // namespace

void appendIsoMs(std::string &out, int64_t ns)
{
    int64_t ms = ns >= 0 ? ns / 1000000 : -((-ns + 999999) / 1000000);
    int64_t days = ms >= 0 ? ms / 86400000 : -((-ms + 86399999) / 86400000);
    int64_t msOfDay = ms - days * 86400000;
    int64_t y;
    unsigned mo, d;
    civilFromDays(days, y, mo, d);
    char buf[32];
    char *p = buf;
    put(p, unsigned(y), 4);
    *p++ = '-';
    put(p, mo, 2);
    *p++ = '-';
    put(p, d, 2);
    *p++ = 'T';
    put(p, unsigned(msOfDay / 3600000), 2);
    *p++ = ':';
    put(p, unsigned(msOfDay / 60000 % 60), 2);
    *p++ = ':';
    put(p, unsigned(msOfDay / 1000 % 60), 2);
    *p++ = '.';
    put(p, unsigned(msOfDay % 1000), 3);
    *p++ = 'Z';
    out.append(buf, p);
}

} // namespace spanscope::generate
