#include "import/common/csvreader.h"

#include "import/common/inputstream.h"

namespace spanscope::import {

bool CsvReader::get(char &c)
{
    if (m_pos == m_end) {
        if (m_eof)
            return false;
        m_buf.resize(1 << 20);
        const int64_t n = m_in.read(m_buf.data(), int64_t(m_buf.size()));
        if (n <= 0) {
            if (n < 0)
                m_error = m_in.error();
            m_eof = true;
            return false;
        }
        m_pos = 0;
        m_end = size_t(n);
    }
    c = m_buf[m_pos++];
    ++m_offset;
    return true;
}

bool CsvReader::next(std::vector<std::string> &fields)
{
    fields.clear();
    char c;
    // Skip blank lines between records.
    for (;;) {
        if (!get(c))
            return false;
        if (c == '\n') {
            ++m_line;
            continue;
        }
        if (c == '\r')
            continue;
        break;
    }
    m_recordLine = m_line;
    m_recordOffset = m_offset - 1;
    std::string field;
    bool quoted = false;
    bool fieldStart = true;
    for (;;) {
        if (quoted) {
            if (c == '"') {
                char n;
                if (get(n)) {
                    if (n == '"') {
                        field.push_back('"');
                    } else {
                        quoted = false;
                        unget();
                    }
                } else {
                    quoted = false;
                }
            } else {
                if (c == '\n')
                    ++m_line;
                field.push_back(c);
            }
        } else if (c == '"' && fieldStart) {
            quoted = true;
            fieldStart = false;
        } else if (c == m_sep) {
            fields.push_back(std::move(field));
            field.clear();
            fieldStart = true;
        } else if (c == '\n' || c == '\r') {
            if (c == '\r') {
                char n;
                if (get(n) && n != '\n')
                    unget();
            }
            ++m_line;
            fields.push_back(std::move(field));
            return true;
        } else {
            field.push_back(c);
            fieldStart = false;
        }
        if (!get(c)) {
            if (quoted) {
                m_error = QStringLiteral("unterminated quoted field in the record that starts on line %1").arg(m_recordLine);
                return false;
            }
            fields.push_back(std::move(field));
            return m_error.isEmpty();
        }
    }
}

} // namespace spanscope::import
