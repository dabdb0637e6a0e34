#pragma once
// Streaming RFC 4180 CSV reader: quoted fields with embedded separators, quotes and newlines.
// Tracks the line number and byte offset where each record starts. One thread.

#include <cstdint>
#include <string>
#include <vector>

#include <QString>

namespace spanscope::import {

class InputStream;

class CsvReader {
public:
    explicit CsvReader(InputStream &in, char separator = ',') : m_in(in), m_sep(separator) {}
    // Reads the next record into fields. Returns false at the end or on error (error() set).
    bool next(std::vector<std::string> &fields);
    int64_t recordLine() const { return m_recordLine; }
    int64_t recordOffset() const { return m_recordOffset; }
    const QString &error() const { return m_error; }

private:
    bool get(char &c);
    void unget() { --m_pos; --m_offset; }
    InputStream &m_in;
    char m_sep;
    std::string m_buf;
    size_t m_pos = 0, m_end = 0;
    int64_t m_offset = 0;
    int64_t m_line = 1;
    int64_t m_recordLine = 0, m_recordOffset = 0;
    bool m_eof = false;
    QString m_error;
};

} // namespace spanscope::import
