#include "import/common/linereader.h"

#include <cstring>

#include "import/common/inputstream.h"

namespace spanscope::import {

namespace {
constexpr size_t kChunk = 4 << 20;
}

bool LineReader::fill()
{
    if (m_eof)
        return false;
    // Move the unread tail to the front, then grow if a single line fills the buffer.
    if (m_pos > 0) {
        std::memmove(m_buf.data(), m_buf.data() + m_pos, m_end - m_pos);
        m_end -= m_pos;
        m_pos = 0;
    }
    if (m_buf.size() < m_end + kChunk + kLinePadding)
        m_buf.resize(std::max(m_buf.size() * 2, m_end + kChunk + kLinePadding));
    const int64_t n = m_in.read(m_buf.data() + m_end, int64_t(m_buf.size() - m_end - kLinePadding));
    if (n < 0) {
        m_error = m_in.error();
        m_eof = true;
        return false;
    }
    if (n == 0) {
        m_eof = true;
        return false;
    }
    m_end += size_t(n);
    return true;
}

bool LineReader::next(std::string_view &line)
{
    size_t scanFrom = m_pos;
    for (;;) {
        const char *start = m_buf.data() + scanFrom;
        const void *nl = m_end > scanFrom ? std::memchr(start, '\n', m_end - scanFrom) : nullptr;
        if (nl) {
            const size_t lineEnd = size_t(static_cast<const char *>(nl) - m_buf.data());
            size_t len = lineEnd - m_pos;
            if (len > 0 && m_buf[m_pos + len - 1] == '\r')
                --len;
            line = std::string_view(m_buf.data() + m_pos, len);
            m_lineOffset = m_consumed;
            ++m_lineNo;
            m_consumed += int64_t(lineEnd + 1 - m_pos);
            m_pos = lineEnd + 1;
            return true;
        }
        const size_t scanned = m_end - m_pos;
        if (!fill()) {
            if (!m_error.isEmpty())
                return false;
            if (m_end > m_pos) { // last line without a terminator
                size_t len = m_end - m_pos;
                if (len > 0 && m_buf[m_pos + len - 1] == '\r')
                    --len;
                line = std::string_view(m_buf.data() + m_pos, len);
                m_lineOffset = m_consumed;
                ++m_lineNo;
                m_consumed += int64_t(m_end - m_pos);
                m_pos = m_end;
                return true;
            }
            return false;
        }
        scanFrom = m_pos + scanned; // fill() moved data to the front
    }
}

} // namespace spanscope::import
