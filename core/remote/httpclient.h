#pragma once
// Synchronous HTTPS GETs against one Langfuse server with Basic auth and the retry policy:
// 429 waits for Retry-After, 5xx/408/422/524 and lost connections back off exponentially with
// jitter, repeated server timeouts ask the caller to narrow its window. Waits honour cancel and
// pause. Owns a QNetworkAccessManager: create and use it on one thread (the CLI main thread or a
// GUI worker); it spins a local event loop per request, so that thread needs no running loop.

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>

#include <QByteArray>
#include <QString>
#include <QUrlQuery>

#include "remote/synctypes.h"

class QNetworkAccessManager;

namespace spanscope::remote {

struct HttpResponse {
    enum class Error { None, Http, Timeout, HostNotFound, Tls, Connection, Cancelled, Other };
    Error error = Error::None;
    int status = 0;        // HTTP status when the server answered
    QByteArray body;
    QString message;       // for the user; never contains credentials
    bool narrow = false;   // repeated server timeouts: the caller should ask for a smaller window
    int retryAfterMs = -1; // parsed Retry-After of the last answer
    bool ok() const { return error == Error::None && status >= 200 && status < 300; }
};

class HttpClient {
public:
    HttpClient(const Connection &connection, const RetryPolicy &policy, const std::atomic<bool> *cancel = nullptr,
               const std::atomic<bool> *pause = nullptr);
    ~HttpClient();
    HttpClient(const HttpClient &) = delete;
    HttpClient &operator=(const HttpClient &) = delete;

    // One attempt. `path` is relative to the host ("/api/public/health").
    HttpResponse getOnce(const QString &path, const QUrlQuery &query = {}, bool authenticate = true);
    // With retries. With narrowOnTimeouts, returns early (narrow = true) after
    // policy.narrowAfterTimeouts server timeouts in a row.
    HttpResponse get(const QString &path, const QUrlQuery &query = {}, bool narrowOnTimeouts = false);

    // Called before each wait (ms, reason) and with (0, "") when it ends.
    std::function<void(int, const QString &)> onWait;
    std::function<void(const QString &)> onLog;

    int64_t requests() const { return m_requests; }
    int64_t retries() const { return m_retries; }
    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }
    // Sleeps in small steps; returns false when cancelled meanwhile.
    bool sleepMs(int ms);

private:
    bool waitWhilePaused();
    int backoffMs(int attempt) const;
    Connection m_conn;
    RetryPolicy m_policy;
    const std::atomic<bool> *m_cancel;
    const std::atomic<bool> *m_pause;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    QByteArray m_authHeader;
    int64_t m_requests = 0;
    int64_t m_retries = 0;
};

// True for the answers that mean "the server timed out on this query" (narrow the window).
bool isServerTimeout(const HttpResponse &r);
// Retryable: 429, 5xx, 408, 422, 524, timeouts and dropped connections.
bool isRetryable(const HttpResponse &r);
// "https://host" from what a user typed: scheme added, trailing slashes and /api/public removed.
QString normaliseHost(const QString &host);

} // namespace spanscope::remote
