#pragma once
// Splits an InputStream into lines of any length (a 64 MB payload line is fine), tracking the
// 1-based line number and byte offset of each. The returned view is followed by at least
// kLinePadding readable bytes so simdjson can parse it in place. One thread at a time.

#include <cstdint>
#include <string>
#include <string_view>

#include <QString>

namespace spanscope::import {

class InputStream;

inline constexpr size_t kLinePadding = 64; // >= SIMDJSON_PADDING

class LineReader {
public:
    explicit LineReader(InputStream &in) : m_in(in) {}
    // Next line without its terminator (\n or \r\n). Returns false at end or on error
    // (error() is then non-empty).
    bool next(std::string_view &line);
    int64_t lineNumber() const { return m_lineNo; }
    int64_t lineOffset() const { return m_lineOffset; }
    int64_t bytesRead() const { return m_consumed; }
    const QString &error() const { return m_error; }

private:
    bool fill();
    InputStream &m_in;
    std::string m_buf;
    size_t m_pos = 0;   // start of unread data in m_buf
    size_t m_end = 0;   // end of valid data in m_buf
    bool m_eof = false;
    int64_t m_lineNo = 0;
    int64_t m_lineOffset = 0;
    int64_t m_consumed = 0; // offset of m_buf[m_pos] in the stream
    QString m_error;
};

} // namespace spanscope::import
