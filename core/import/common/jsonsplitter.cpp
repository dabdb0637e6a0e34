#include "import/common/jsonsplitter.h"

#include <cstring>

#include "import/common/inputstream.h"
#include "import/common/linereader.h" // kLinePadding

namespace spanscope::import {

namespace {
constexpr size_t kChunk = 1 << 20;
inline bool isWs(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }
} // namespace

bool JsonSplitter::fail(const QString &what)
{
    if (m_error.isEmpty())
        m_error = what;
    return false;
}

bool JsonSplitter::nextChar(char &c)
{
    if (m_pos == m_end) {
        if (m_chunk.size() < kChunk)
            m_chunk.resize(kChunk);
        const int64_t n = m_in.read(m_chunk.data(), int64_t(kChunk));
        if (n < 0)
            return fail(m_in.error());
        if (n == 0)
            return false;
        m_pos = 0;
        m_end = size_t(n);
    }
    c = m_chunk[m_pos++];
    ++m_offset;
    return true;
}

bool JsonSplitter::skipWs(char &c)
{
    while (nextChar(c)) {
        if (!isWs(c))
            return true;
    }
    return false;
}

bool JsonSplitter::readKey(std::string &key)
{
    key.clear();
    char c;
    bool escape = false;
    while (nextChar(c)) {
        if (escape) {
            key.push_back(c);
            escape = false;
        } else if (c == '\\') {
            escape = true;
        } else if (c == '"') {
            return true;
        } else {
            key.push_back(c);
        }
    }
    return fail(QStringLiteral("unexpected end of file at byte %1 inside a member name: the JSON document is truncated")
                    .arg(m_offset));
}

// Captures one JSON value whose first byte is `first`. For scalars the byte after the value is
// consumed to find its end and handed back through `after`.
bool JsonSplitter::captureValue(char first, std::string &out, char &after, bool &haveAfter)
{
    out.clear();
    out.push_back(first);
    haveAfter = false;
    const int64_t start = m_offset - 1;
    if (first == '{' || first == '[' || first == '"') {
        int64_t depth = first == '"' ? 0 : 1;
        bool inString = first == '"';
        bool escape = false;
        for (;;) {
            // Fast path: copy runs of uninteresting bytes straight from the chunk.
            if (m_pos < m_end) {
                size_t i = m_pos;
                if (inString) {
                    while (i < m_end && m_chunk[i] != '"' && m_chunk[i] != '\\')
                        ++i;
                } else {
                    while (i < m_end && m_chunk[i] != '"' && m_chunk[i] != '{' && m_chunk[i] != '}'
                           && m_chunk[i] != '[' && m_chunk[i] != ']')
                        ++i;
                }
                if (!escape && i > m_pos) {
                    out.append(m_chunk.data() + m_pos, i - m_pos);
                    m_offset += int64_t(i - m_pos);
                    m_pos = i;
                }
            }
            char c;
            if (!nextChar(c)) {
                if (!m_error.isEmpty())
                    return false;
                return fail(QStringLiteral("unexpected end of file at byte %1 inside the value that starts at byte %2: "
                                           "the JSON document is truncated")
                                .arg(m_offset)
                                .arg(start));
            }
            out.push_back(c);
            if (inString) {
                if (escape)
                    escape = false;
                else if (c == '\\')
                    escape = true;
                else if (c == '"') {
                    inString = false;
                    if (depth == 0)
                        return true;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (--depth == 0)
                    return true;
            }
        }
    }
    // Scalar: number, true, false, null.
    char c;
    while (nextChar(c)) {
        if (isWs(c) || c == ',' || c == ']' || c == '}') {
            after = c;
            haveAfter = true;
            return true;
        }
        out.push_back(c);
    }
    return m_error.isEmpty();
}

bool JsonSplitter::run(const Callback &cb)
{
    std::string elem;
    std::string key;
    char c;
    if (!skipWs(c))
        return fail(m_error.isEmpty() ? QStringLiteral("the file is empty") : m_error);
    if (c == '\xEF') { // UTF-8 byte order mark
        char b1, b2;
        if (!nextChar(b1) || !nextChar(b2) || b1 != '\xBB' || b2 != '\xBF' || !skipWs(c))
            return fail(QStringLiteral("not JSON: unexpected bytes at the start of the file"));
    }
    auto deliver = [&](std::string_view k, int64_t offset, int64_t index) {
        elem.reserve(elem.size() + kLinePadding);
        const Element e{k, std::string_view(elem), offset, index};
        if (!cb(e)) {
            m_stopped = true;
            return false;
        }
        return true;
    };
    // Walks the elements of an array whose '[' was just read.
    auto walkArray = [&](std::string_view k) -> bool {
        int64_t index = 0;
        char ch;
        if (!skipWs(ch))
            return fail(QStringLiteral("unexpected end of file at byte %1: the JSON document is truncated").arg(m_offset));
        if (ch == ']')
            return true;
        for (;;) {
            const int64_t offset = m_offset - 1;
            char after = 0;
            bool haveAfter = false;
            if (!captureValue(ch, elem, after, haveAfter))
                return false;
            if (!deliver(k, offset, index++))
                return false;
            if (!haveAfter || isWs(after)) {
                if (!skipWs(after))
                    return fail(QStringLiteral("unexpected end of file at byte %1: the JSON document is truncated")
                                    .arg(m_offset));
            }
            if (after == ']')
                return true;
            if (after != ',')
                return fail(QStringLiteral("expected ',' or ']' at byte %1").arg(m_offset - 1));
            if (!skipWs(ch))
                return fail(QStringLiteral("unexpected end of file at byte %1: the JSON document is truncated").arg(m_offset));
        }
    };

    if (c == '[') {
        if (!walkArray(std::string_view()))
            return false;
    } else if (c == '{') {
        if (!skipWs(c))
            return fail(QStringLiteral("unexpected end of file at byte %1: the JSON document is truncated").arg(m_offset));
        if (c != '}') {
            for (;;) {
                if (c != '"')
                    return fail(QStringLiteral("expected a member name at byte %1").arg(m_offset - 1));
                if (!readKey(key))
                    return false;
                if (!skipWs(c) || c != ':')
                    return fail(m_error.isEmpty() ? QStringLiteral("expected ':' at byte %1").arg(m_offset - 1) : m_error);
                if (!skipWs(c))
                    return fail(QStringLiteral("unexpected end of file at byte %1: the JSON document is truncated").arg(m_offset));
                char after = 0;
                bool haveAfter = false;
                if (c == '[') {
                    if (!walkArray(key))
                        return false;
                } else {
                    const int64_t offset = m_offset - 1;
                    if (!captureValue(c, elem, after, haveAfter))
                        return false;
                    if (!deliver(key, offset, -1))
                        return false;
                }
                if (!haveAfter || isWs(after)) {
                    if (!skipWs(after))
                        return fail(QStringLiteral("unexpected end of file at byte %1: the JSON document is truncated")
                                        .arg(m_offset));
                }
                if (after == '}')
                    break;
                if (after != ',')
                    return fail(QStringLiteral("expected ',' or '}' at byte %1").arg(m_offset - 1));
                if (!skipWs(c))
                    return fail(QStringLiteral("unexpected end of file at byte %1: the JSON document is truncated").arg(m_offset));
            }
        }
    } else {
        return fail(QStringLiteral("not a JSON object or array: unexpected byte at offset %1").arg(m_offset - 1));
    }
    // Only whitespace may follow the document.
    if (skipWs(c))
        return fail(QStringLiteral("unexpected data after the end of the JSON document at byte %1").arg(m_offset - 1));
    return m_error.isEmpty();
}

} // namespace spanscope::import
