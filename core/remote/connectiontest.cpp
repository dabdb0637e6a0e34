#include "remote/connectiontest.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include "remote/httpclient.h"

namespace spanscope::remote {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("spanscope::remote::ConnectionTest", text);
}

// The network-level failures, shared by both calls.
bool networkProblem(const HttpResponse &r, ConnectionCheck &c, const QString &host)
{
    using P = ConnectionCheck::Problem;
    switch (r.error) {
    case HttpResponse::Error::HostNotFound:
        c.problem = P::HostNotFound;
        c.message = tr("Unknown host \"%1\": check the address (the name does not resolve).").arg(host);
        return true;
    case HttpResponse::Error::Tls:
        c.problem = P::Tls;
        c.message = tr("The secure connection failed (TLS): %1").arg(r.message);
        return true;
    case HttpResponse::Error::Timeout:
        c.problem = P::Timeout;
        c.message = tr("The server did not answer in time: %1").arg(r.message);
        return true;
    case HttpResponse::Error::Connection:
    case HttpResponse::Error::Other:
    case HttpResponse::Error::Cancelled:
        c.problem = P::Unreachable;
        c.message = tr("Cannot reach the server: %1").arg(r.message);
        return true;
    default:
        return false;
    }
}
} // namespace

ConnectionCheck testConnection(const Connection &connectionIn, int timeoutMs, const std::atomic<bool> *cancel)
{
    using P = ConnectionCheck::Problem;
    ConnectionCheck c;
    Connection connection = connectionIn;
    connection.host = normaliseHost(connection.host);
    const QUrl url(connection.host);
    if (connection.host.isEmpty() || !url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        c.problem = P::InvalidHost;
        c.message = tr("\"%1\" is not a server address (expected e.g. https://cloud.langfuse.com).").arg(connectionIn.host);
        return c;
    }
    RetryPolicy policy;
    policy.requestTimeoutMs = timeoutMs;
    HttpClient http(connection, policy, cancel);
    const HttpResponse health = http.getOnce(QStringLiteral("/api/public/health"), {}, false);
    if (networkProblem(health, c, url.host()))
        return c;
    const QJsonObject h = QJsonDocument::fromJson(health.body).object();
    if (!h.contains(QLatin1String("status"))) {
        c.problem = P::NotLangfuse;
        c.message = health.status == 200 || health.status == 404
            ? tr("%1 answers, but not like a Langfuse server (no health status at /api/public/health).").arg(url.host())
            : tr("%1 answers HTTP %2 at /api/public/health: not a working Langfuse server.").arg(url.host()).arg(health.status);
        return c;
    }
    c.serverVersion = h.value(QLatin1String("version")).toString();
    if (health.status >= 500) {
        c.problem = P::ServerError;
        c.message = tr("The Langfuse server reports a problem (HTTP %1, status \"%2\").")
                        .arg(health.status)
                        .arg(h.value(QLatin1String("status")).toString());
        return c;
    }
    if (connection.publicKey.isEmpty() || connection.secretKey.isEmpty()) {
        c.problem = P::Unauthorized;
        c.message = tr("The server is reachable (Langfuse %1), but a public and a secret key are needed.").arg(c.serverVersion);
        return c;
    }
    const HttpResponse projects = http.getOnce(QStringLiteral("/api/public/projects"));
    if (networkProblem(projects, c, url.host()))
        return c;
    if (projects.status == 401) {
        c.problem = P::Unauthorized;
        c.message = tr("Wrong keys: the server rejected the public/secret key pair (401).");
        return c;
    }
    if (projects.status == 403) {
        c.problem = P::Forbidden;
        c.message = tr("These keys have no access to the project's data (403): use a project API key.");
        return c;
    }
    if (!projects.ok()) {
        c.problem = P::ServerError;
        c.message = tr("The server answered HTTP %1 to an authenticated call.").arg(projects.status);
        return c;
    }
    const QJsonArray data = QJsonDocument::fromJson(projects.body).object().value(QLatin1String("data")).toArray();
    if (!data.isEmpty()) {
        c.projectId = data.first().toObject().value(QLatin1String("id")).toString();
        c.projectName = data.first().toObject().value(QLatin1String("name")).toString();
    }
    c.message = c.projectName.isEmpty()
        ? tr("Connected to Langfuse %1.").arg(c.serverVersion)
        : tr("Connected to Langfuse %1, project \"%2\".").arg(c.serverVersion, c.projectName);
    return c;
}

} // namespace spanscope::remote
