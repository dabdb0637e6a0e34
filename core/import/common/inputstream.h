#pragma once
// Sequential byte input over a file, transparently gunzipping .gz content (detected by magic
// bytes, not by name). One thread at a time.

#include <cstdint>
#include <string>

#include <QString>

namespace spanscope::import {

class InputStream {
public:
    InputStream() = default;
    ~InputStream();
    InputStream(const InputStream &) = delete;
    InputStream &operator=(const InputStream &) = delete;

    // Opens the file; on failure returns false and error() says why (missing, permission, ...).
    bool open(const QString &path);
    // Reads up to n bytes; returns the count, 0 at end, -1 on error (see error()).
    int64_t read(char *buf, int64_t n);
    // The first bytes of the (decompressed) content; does not consume them.
    const std::string &head() const { return m_head; }
    int64_t fileSize() const { return m_fileSize; }
    // Compressed bytes consumed so far (for progress against fileSize()).
    int64_t compressedOffset() const;
    bool compressed() const { return m_compressed; }
    const QString &error() const { return m_error; }
    const QString &path() const { return m_path; }

private:
    void *m_gz = nullptr; // gzFile
    std::string m_head;
    size_t m_headPos = 0;
    int64_t m_fileSize = 0;
    bool m_compressed = false;
    QString m_error;
    QString m_path;
};

} // namespace spanscope::import
