// spanscope-cli sync: pull a Langfuse project through its public API into a workspace.

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <unistd.h>

#include "cli/commands.h"
#include "import/common/jsonutil.h"
#include "remote/connectiontest.h"
#include "remote/langfusesync.h"
#include "remote/profiles.h"
#include "store/database.h"

namespace spanscope::cli {

namespace {

const char kUsage[] =
    "usage: spanscope-cli sync --db DB [--profile NAME | --host URL] --from T [--to T] [--json]\n"
    "                          [--environment ENV] [--name TRACE_NAME] [--user USER_ID] [--tag TAG]...\n"
    "                          [--full] [--no-index] [--check]\n"
    "  T is an ISO time (2026-01-31, 2026-01-31T12:00:00Z), 'now', or an age such as 7d, 12h, 30m.\n"
    "  Keys come from LANGFUSE_PUBLIC_KEY / LANGFUSE_SECRET_KEY (a profile supplies host and public key);\n"
    "  the host from --host, the profile, LANGFUSE_HOST or LANGFUSE_BASE_URL.\n"
    "  --full   fetch the whole window again, even parts earlier syncs covered\n"
    "  --check  only test the connection (health, then an authenticated call)\n"
    "  Exit codes: 0 done, 1 usage, 2 cannot connect / rejected / failed, 3 done with skipped pages.\n";

std::atomic<bool> g_cancel{false};
void onSignal(int) { g_cancel.store(true); }

const char *outcomeName(remote::SyncSummary::Outcome o)
{
    switch (o) {
    case remote::SyncSummary::Outcome::Ok: return "ok";
    case remote::SyncSummary::Outcome::Partial: return "partial";
    case remote::SyncSummary::Outcome::Cancelled: return "cancelled";
    case remote::SyncSummary::Outcome::Failed: return "failed";
    }
    return "failed";
}

QString windowText(int64_t from, int64_t to)
{
    auto f = [](int64_t ns) {
        return QDateTime::fromMSecsSinceEpoch(ns / 1000000, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    };
    return f(from) + QStringLiteral(" .. ") + f(to);
}

} // namespace

int cmdSync(const QStringList &argsIn)
{
    QStringList args = argsIn;
    const QString db = takeOption(args, QStringLiteral("--db"));
    const QString profileName = takeOption(args, QStringLiteral("--profile"));
    const QString hostArg = takeOption(args, QStringLiteral("--host"));
    const QString fromArg = takeOption(args, QStringLiteral("--from"));
    const QString toArg = takeOption(args, QStringLiteral("--to"));
    remote::SyncOptions options;
    options.filters.environment = takeOption(args, QStringLiteral("--environment"));
    options.filters.traceName = takeOption(args, QStringLiteral("--name"));
    options.filters.userId = takeOption(args, QStringLiteral("--user"));
    for (QString tag = takeOption(args, QStringLiteral("--tag")); !tag.isNull(); tag = takeOption(args, QStringLiteral("--tag")))
        options.filters.tags << tag;
    const bool json = takeFlag(args, QStringLiteral("--json"));
    options.full = takeFlag(args, QStringLiteral("--full"));
    options.buildSearchIndex = !takeFlag(args, QStringLiteral("--no-index"));
    const bool checkOnly = takeFlag(args, QStringLiteral("--check"));
    if (!args.isEmpty())
        return usageError(QStringLiteral("unknown argument %1").arg(args.first()), kUsage);
    if (!profileName.isEmpty() && !hostArg.isEmpty())
        return usageError(QStringLiteral("give --profile or --host, not both"), kUsage);

    remote::Connection conn = remote::connectionFromEnvironment();
    if (!profileName.isEmpty()) {
        const auto p = remote::findProfile(profileName);
        if (!p)
            return usageError(QStringLiteral("no connection profile named \"%1\"").arg(profileName), kUsage);
        conn.profile = p->name;
        conn.host = p->host;
        if (!p->publicKey.isEmpty())
            conn.publicKey = p->publicKey;
    }
    if (!hostArg.isEmpty())
        conn.host = hostArg;
    if (conn.host.isEmpty())
        return usageError(QStringLiteral("no server: give --host, --profile, or set LANGFUSE_HOST"), kUsage);
    if (conn.publicKey.isEmpty() || conn.secretKey.isEmpty())
        return usageError(QStringLiteral("set LANGFUSE_PUBLIC_KEY and LANGFUSE_SECRET_KEY (the secret key is read "
                                         "from the environment only)"),
                          kUsage);

    if (checkOnly) {
        const remote::ConnectionCheck c = remote::testConnection(conn);
        if (json) {
            QJsonObject o{{QStringLiteral("ok"), c.ok()}, {QStringLiteral("message"), c.message},
                          {QStringLiteral("server_version"), c.serverVersion}, {QStringLiteral("project_id"), c.projectId},
                          {QStringLiteral("project_name"), c.projectName}};
            printOut(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
        } else if (c.ok()) {
            printOut(c.message.toUtf8() + '\n');
        } else {
            printErr(c.message);
        }
        return c.ok() ? 0 : 2;
    }

    if (db.isEmpty())
        return usageError(QStringLiteral("sync needs --db DB"), kUsage);
    if (fromArg.isEmpty())
        return usageError(QStringLiteral("sync needs --from T"), kUsage);
    const auto from = parseTimeArg(fromArg);
    const auto to = toArg.isEmpty() ? parseTimeArg(QStringLiteral("now")) : parseTimeArg(toArg);
    if (!from || !to)
        return usageError(QStringLiteral("cannot read the time \"%1\"").arg(!from ? fromArg : toArg), kUsage);
    if (*to <= *from)
        return usageError(QStringLiteral("--from must be before --to"), kUsage);
    options.fromNs = *from;
    options.toNs = *to;

    store::Database database;
    if (store::Status s = database.open(db); !s) {
        printErr(QStringLiteral("spanscope-cli: %1").arg(s.error));
        return 2;
    }
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    options.cancel = &g_cancel;
    const bool tty = isatty(fileno(stderr));
    if (tty) {
        options.progress = [](const remote::SyncProgress &p) {
            QString line = QStringLiteral("\r%1 %2: %3 traces, %4 observations, %5 scores")
                               .arg(p.stage, windowText(p.windowFromNs, p.windowToNs))
                               .arg(p.traces)
                               .arg(p.observations)
                               .arg(p.scores);
            if (p.waitMs > 0)
                line += QStringLiteral(" (waiting: %1)").arg(p.waitReason);
            std::fprintf(stderr, "%-120s", line.toUtf8().constData());
            std::fflush(stderr);
        };
    }
    if (!json)
        options.log = [tty](const QString &line) {
            if (tty)
                std::fputc('\n', stderr);
            printErr(line);
        };
    const remote::SyncSummary s = remote::syncLangfuse(database, conn, options);
    if (tty)
        std::fputc('\n', stderr);
    if (json) {
        QJsonObject o{{QStringLiteral("outcome"), QLatin1String(outcomeName(s.outcome))},
                      {QStringLiteral("project_id"), s.projectId},
                      {QStringLiteral("traces"), qint64(s.traces)},
                      {QStringLiteral("observations"), qint64(s.observations)},
                      {QStringLiteral("scores"), qint64(s.scores)},
                      {QStringLiteral("sessions"), qint64(s.sessions)},
                      {QStringLiteral("prompts"), qint64(s.prompts)},
                      {QStringLiteral("models"), qint64(s.models)},
                      {QStringLiteral("score_configs"), qint64(s.scoreConfigs)},
                      {QStringLiteral("windows"), qint64(s.windows)},
                      {QStringLiteral("narrowed"), qint64(s.narrowed)},
                      {QStringLiteral("requests"), qint64(s.requests)},
                      {QStringLiteral("retries"), qint64(s.retries)},
                      {QStringLiteral("skipped_pages"), qint64(s.skippedPages)},
                      {QStringLiteral("apis"), QJsonObject{{QStringLiteral("traces"), s.tracesApi},
                                                           {QStringLiteral("observations"), s.observationsApi},
                                                           {QStringLiteral("scores"), s.scoresApi}}}};
        if (!s.error.isEmpty())
            o.insert(QStringLiteral("error"), s.error);
        if (s.httpStatus)
            o.insert(QStringLiteral("http_status"), s.httpStatus);
        printOut(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
    } else if (s.outcome == remote::SyncSummary::Outcome::Failed) {
        printErr(QStringLiteral("spanscope-cli: %1").arg(s.error));
    }
    switch (s.outcome) {
    case remote::SyncSummary::Outcome::Ok: return 0;
    case remote::SyncSummary::Outcome::Partial: return 3;
    default: return 2;
    }
}

namespace {
const CommandRegistration reg{"sync", "--db DB [--profile NAME | --host URL] --from T [--to T] [--json] ...", cmdSync};
} // namespace

} // namespace spanscope::cli
