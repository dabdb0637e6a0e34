#include "remote/httpclient.h"

#include <algorithm>
#include <cmath>

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSslError>
#include <QThread>
#include <QTimer>
#include <QUrl>

Q_LOGGING_CATEGORY(lcRemote, "spanscope.remote")

namespace spanscope::remote {

namespace {
// Retry-After is seconds, or an HTTP date.
int parseRetryAfter(const QByteArray &value)
{
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const double secs = value.trimmed().toDouble(&ok);
    if (ok)
        return secs < 0 ? 0 : int(std::min(secs * 1000.0, 86400000.0));
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(value.trimmed()), Qt::RFC2822Date);
    if (when.isValid())
        return int(std::clamp<qint64>(QDateTime::currentDateTimeUtc().msecsTo(when), 0, 86400000));
    return -1;
}

QString describeStatus(int status)
{
    return QStringLiteral("HTTP %1").arg(status);
}
} // namespace

QString normaliseHost(const QString &hostIn)
{
    QString host = hostIn.trimmed();
    if (host.isEmpty())
        return host;
    if (!host.contains(QLatin1String("://")))
        host.prepend(QLatin1String("https://"));
    while (host.endsWith(QLatin1Char('/')))
        host.chop(1);
    if (host.endsWith(QLatin1String("/api/public")))
        host.chop(int(qstrlen("/api/public")));
    while (host.endsWith(QLatin1Char('/')))
        host.chop(1);
    return host;
}

bool isServerTimeout(const HttpResponse &r)
{
    if (r.error == HttpResponse::Error::Timeout)
        return true;
    return r.error == HttpResponse::Error::Http && (r.status == 408 || r.status == 422 || r.status == 524 || r.status == 504);
}

bool isRetryable(const HttpResponse &r)
{
    switch (r.error) {
    case HttpResponse::Error::Timeout:
    case HttpResponse::Error::Connection:
        return true;
    case HttpResponse::Error::Http:
        return r.status == 429 || r.status == 408 || r.status == 422 || r.status == 524 || r.status >= 500;
    default:
        return false;
    }
}

HttpClient::HttpClient(const Connection &connection, const RetryPolicy &policy, const std::atomic<bool> *cancel,
                       const std::atomic<bool> *pause)
    : m_conn(connection), m_policy(policy), m_cancel(cancel), m_pause(pause),
      m_nam(std::make_unique<QNetworkAccessManager>())
{
    m_conn.host = normaliseHost(m_conn.host);
    m_authHeader = "Basic " + (m_conn.publicKey + QLatin1Char(':') + m_conn.secretKey).toUtf8().toBase64();
    m_nam->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

HttpClient::~HttpClient() = default;

bool HttpClient::sleepMs(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) {
        if (cancelled())
            return false;
        QThread::msleep(std::min<qint64>(25, ms - t.elapsed() + 1));
    }
    return !cancelled();
}

bool HttpClient::waitWhilePaused()
{
    bool announced = false;
    while (m_pause && m_pause->load(std::memory_order_relaxed)) {
        if (!announced && onWait)
            onWait(-1, QStringLiteral("paused"));
        announced = true;
        if (!sleepMs(100))
            return false;
    }
    if (announced && onWait)
        onWait(0, QString());
    return !cancelled();
}

int HttpClient::backoffMs(int attempt) const
{
    const double base = double(m_policy.baseBackoffMs) * std::pow(2.0, std::min(attempt, 16));
    const double jitter = 0.5 + QRandomGenerator::global()->generateDouble(); // 0.5 .. 1.5
    return int(std::min(base * jitter, double(m_policy.maxBackoffMs)));
}

HttpResponse HttpClient::getOnce(const QString &path, const QUrlQuery &query, bool authenticate)
{
    HttpResponse r;
    if (!waitWhilePaused()) {
        r.error = HttpResponse::Error::Cancelled;
        r.message = QStringLiteral("cancelled");
        return r;
    }
    QUrl url(m_conn.host + path);
    if (!url.isValid() || url.host().isEmpty()) {
        r.error = HttpResponse::Error::Other;
        r.message = QStringLiteral("\"%1\" is not a valid server address").arg(m_conn.host);
        return r;
    }
    url.setQuery(query);
    QNetworkRequest req(url);
    if (authenticate)
        req.setRawHeader("Authorization", m_authHeader);
    req.setRawHeader("Accept", "application/json");
    req.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("spanscope-sync/1"));
    ++m_requests;
    QNetworkReply *reply = m_nam->get(req);
    QEventLoop loop;
    bool timedOut = false;
    QString tlsErrors;
    QTimer idle;
    idle.setSingleShot(true);
    idle.setInterval(m_policy.requestTimeoutMs);
    QObject::connect(&idle, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::downloadProgress, &loop, [&] { idle.start(); });
    QObject::connect(reply, &QNetworkReply::sslErrors, &loop, [&](const QList<QSslError> &errors) {
        QStringList parts;
        for (const QSslError &e : errors)
            parts << e.errorString();
        tlsErrors = parts.join(QLatin1String("; "));
    });
    QTimer cancelPoll;
    cancelPoll.setInterval(50);
    QObject::connect(&cancelPoll, &QTimer::timeout, &loop, [&] {
        if (cancelled())
            reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    idle.start();
    cancelPoll.start();
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    idle.stop();
    cancelPoll.stop();

    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    r.status = statusAttr.isValid() ? statusAttr.toInt() : 0;
    r.retryAfterMs = parseRetryAfter(reply->rawHeader("Retry-After"));
    const QNetworkReply::NetworkError err = reply->error();
    if (r.status > 0 && !timedOut) {
        r.body = reply->readAll();
        if (r.status >= 200 && r.status < 300 && err == QNetworkReply::NoError) {
            r.error = HttpResponse::Error::None;
        } else if (r.status >= 200 && r.status < 300) {
            // The answer started but broke off: treat like a dropped connection.
            r.error = HttpResponse::Error::Connection;
            r.message = QStringLiteral("the connection broke off while reading the answer (%1)").arg(reply->errorString());
        } else {
            r.error = HttpResponse::Error::Http;
            r.message = describeStatus(r.status);
        }
    } else if (timedOut) {
        r.error = HttpResponse::Error::Timeout;
        r.message = QStringLiteral("no answer from %1 within %2 s").arg(url.host()).arg(m_policy.requestTimeoutMs / 1000.0);
    } else if (cancelled()) {
        r.error = HttpResponse::Error::Cancelled;
        r.message = QStringLiteral("cancelled");
    } else if (err == QNetworkReply::HostNotFoundError) {
        r.error = HttpResponse::Error::HostNotFound;
        r.message = QStringLiteral("unknown host \"%1\"").arg(url.host());
    } else if (err == QNetworkReply::SslHandshakeFailedError || !tlsErrors.isEmpty()) {
        r.error = HttpResponse::Error::Tls;
        r.message = QStringLiteral("secure connection to %1 failed: %2")
                        .arg(url.host(), tlsErrors.isEmpty() ? reply->errorString() : tlsErrors);
    } else if (err == QNetworkReply::ConnectionRefusedError || err == QNetworkReply::RemoteHostClosedError
               || err == QNetworkReply::TemporaryNetworkFailureError || err == QNetworkReply::NetworkSessionFailedError
               || err == QNetworkReply::UnknownNetworkError || err == QNetworkReply::ProxyConnectionRefusedError) {
        r.error = HttpResponse::Error::Connection;
        r.message = QStringLiteral("cannot connect to %1: %2").arg(url.host(), reply->errorString());
    } else if (err == QNetworkReply::TimeoutError) {
        r.error = HttpResponse::Error::Timeout;
        r.message = QStringLiteral("no answer from %1 (timeout)").arg(url.host());
    } else {
        r.error = HttpResponse::Error::Other;
        r.message = QStringLiteral("request to %1 failed: %2").arg(url.host(), reply->errorString());
    }
    // Deleting now keeps a long sync from piling up replies while no event loop runs.
    delete reply;
    return r;
}

HttpResponse HttpClient::get(const QString &path, const QUrlQuery &query, bool narrowOnTimeouts)
{
    int timeoutsInRow = 0;
    for (int attempt = 0;; ++attempt) {
        HttpResponse r = getOnce(path, query);
        if (r.ok() || !isRetryable(r) || r.error == HttpResponse::Error::Cancelled)
            return r;
        if (isServerTimeout(r)) {
            ++timeoutsInRow;
            if (narrowOnTimeouts && timeoutsInRow >= m_policy.narrowAfterTimeouts) {
                r.narrow = true;
                return r;
            }
        } else {
            timeoutsInRow = 0;
        }
        if (attempt + 1 >= m_policy.maxAttempts)
            return r;
        int wait = 0;
        QString reason;
        if (r.status == 429) {
            wait = r.retryAfterMs >= 0 ? int(std::min<double>(r.retryAfterMs * m_policy.retryAfterScale, m_policy.maxRetryAfterMs))
                                       : backoffMs(attempt);
            reason = QStringLiteral("rate limited (429), waiting %1 s as the server asks").arg(wait / 1000.0, 0, 'f', 1);
        } else {
            wait = backoffMs(attempt);
            reason = QStringLiteral("%1 on %2, retry %3 in %4 s")
                         .arg(r.message, path)
                         .arg(attempt + 1)
                         .arg(wait / 1000.0, 0, 'f', 1);
        }
        ++m_retries;
        qCInfo(lcRemote).noquote() << reason;
        if (onLog)
            onLog(reason);
        if (onWait)
            onWait(wait, reason);
        const bool ok = sleepMs(wait);
        if (onWait)
            onWait(0, QString());
        if (!ok) {
            r.error = HttpResponse::Error::Cancelled;
            r.message = QStringLiteral("cancelled");
            return r;
        }
    }
}

} // namespace spanscope::remote
