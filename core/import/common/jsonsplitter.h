#pragma once
// Streams a single large JSON document without building a DOM: yields each element of a
// top-level array, or for a top-level object each member value (arrays are descended one level,
// so {"observations":[...]} yields every observation separately). Memory is bounded by the
// largest element. Element text is followed by kLinePadding readable bytes. One thread.

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include <QString>

namespace spanscope::import {

class InputStream;

class JsonSplitter {
public:
    struct Element {
        std::string_view key;  // top-level member name ("" for a top-level array)
        std::string_view text; // raw JSON text of the element
        int64_t offset = 0;    // byte offset of the element in the stream
        int64_t index = -1;    // position within its array, -1 for a plain member value
    };
    // Return false from the callback to stop early (cancel).
    using Callback = std::function<bool(const Element &)>;

    explicit JsonSplitter(InputStream &in) : m_in(in) {}
    // Returns true when the whole document was well-formed at the top level and every element
    // was delivered. On false, error() names the byte offset and what was wrong.
    bool run(const Callback &cb);
    const QString &error() const { return m_error; }
    bool stopped() const { return m_stopped; }
    int64_t bytesRead() const { return m_offset; }

private:
    bool nextChar(char &c);
    bool skipWs(char &c);
    bool readKey(std::string &key);
    bool captureValue(char first, std::string &out, char &after, bool &haveAfter);
    bool fail(const QString &what);

    InputStream &m_in;
    std::string m_chunk;
    size_t m_pos = 0;
    size_t m_end = 0;
    int64_t m_offset = 0; // offset of the next byte nextChar() returns
    QString m_error;
    bool m_stopped = false;
};

} // namespace spanscope::import
