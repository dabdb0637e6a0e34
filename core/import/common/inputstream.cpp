#include "import/common/inputstream.h"

#include <zlib.h>

#include <cstring>

#include <QFileInfo>

namespace spanscope::import {

namespace {
constexpr int64_t kHeadBytes = 64 * 1024;
}

InputStream::~InputStream()
{
    if (m_gz)
        gzclose(static_cast<gzFile>(m_gz));
}

bool InputStream::open(const QString &path)
{
    m_path = path;
    const QFileInfo fi(path);
    if (!fi.exists()) {
        m_error = QStringLiteral("%1: no such file").arg(path);
        return false;
    }
    if (fi.isDir()) {
        m_error = QStringLiteral("%1: is a folder, not a file").arg(path);
        return false;
    }
    if (!fi.isReadable()) {
        m_error = QStringLiteral("%1: permission denied").arg(path);
        return false;
    }
    m_fileSize = fi.size();
    const QByteArray p = QFile::encodeName(path);
    gzFile gz = gzopen(p.constData(), "rb");
    if (!gz) {
        m_error = QStringLiteral("%1: cannot open").arg(path);
        return false;
    }
    gzbuffer(gz, 1 << 20);
    m_gz = gz;
    m_compressed = gzdirect(gz) == 0;
    m_head.resize(size_t(kHeadBytes));
    const int n = gzread(gz, m_head.data(), unsigned(kHeadBytes));
    if (n < 0) {
        int errnum = 0;
        m_error = QStringLiteral("%1: cannot read: %2").arg(path, QString::fromUtf8(gzerror(gz, &errnum)));
        return false;
    }
    m_head.resize(size_t(n));
    // gzdirect is only reliable after the first read.
    m_compressed = gzdirect(gz) == 0;
    return true;
}

int64_t InputStream::read(char *buf, int64_t n)
{
    int64_t done = 0;
    if (m_headPos < m_head.size()) {
        const int64_t take = std::min<int64_t>(n, int64_t(m_head.size() - m_headPos));
        std::memcpy(buf, m_head.data() + m_headPos, size_t(take));
        m_headPos += size_t(take);
        done += take;
        if (done == n)
            return done;
    }
    auto *gz = static_cast<gzFile>(m_gz);
    while (done < n) {
        const unsigned chunk = unsigned(std::min<int64_t>(n - done, 1 << 30));
        const int r = gzread(gz, buf + done, chunk);
        if (r < 0) {
            int errnum = 0;
            m_error = QStringLiteral("%1: read error: %2").arg(m_path, QString::fromUtf8(gzerror(gz, &errnum)));
            return -1;
        }
        if (r == 0)
            break;
        done += r;
    }
    if (done == 0 && m_compressed) {
        // A truncated gzip stream ends without its trailer: say so rather than stopping silently.
        int errnum = 0;
        gzerror(gz, &errnum);
        if (errnum != Z_OK && errnum != Z_STREAM_END) {
            m_error = QStringLiteral("%1: corrupt or truncated gzip data").arg(m_path);
            return -1;
        }
    }
    return done;
}

int64_t InputStream::compressedOffset() const
{
    return m_gz ? int64_t(gzoffset(static_cast<gzFile>(m_gz))) : 0;
}

} // namespace spanscope::import
