// spanscope-cli stats and query: read-only views of a workspace.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sqlite3.h>

#include "cli/commands.h"
#include "util/csvfield.h"
#include "store/database.h"
#include "store/statsrepository.h"

namespace spanscope::cli {

using util::csvField;

namespace {
const char kStatsUsage[] = "usage: spanscope-cli stats --db DB [--json]\n";
const char kQueryUsage[] = "usage: spanscope-cli query --db DB [--csv|--json] \"SQL\"\n";

} // namespace

int cmdStats(const QStringList &argsIn)
{
    QStringList args = argsIn;
    const QString db = takeOption(args, QStringLiteral("--db"));
    const bool json = takeFlag(args, QStringLiteral("--json"));
    if (db.isEmpty() || !args.isEmpty())
        return usageError(db.isEmpty() ? QStringLiteral("stats needs --db DB")
                                       : QStringLiteral("unexpected argument %1").arg(args.first()),
                          kStatsUsage);
    store::Database database;
    if (!openReadOnly(db, database))
        return 2;
    store::WorkspaceStats s;
    if (store::Status st = store::loadWorkspaceStats(database, s); !st) {
        printErr(QStringLiteral("spanscope-cli: %1").arg(st.error));
        return 2;
    }
    QJsonObject o;
    o[QStringLiteral("traces")] = qint64(s.traces);
    o[QStringLiteral("observations")] = qint64(s.observations);
    o[QStringLiteral("scores")] = qint64(s.scores);
    o[QStringLiteral("sessions")] = qint64(s.sessions);
    o[QStringLiteral("users")] = qint64(s.users);
    o[QStringLiteral("prompts")] = qint64(s.prompts);
    o[QStringLiteral("input_tokens")] = qint64(s.inputTokens);
    o[QStringLiteral("output_tokens")] = qint64(s.outputTokens);
    o[QStringLiteral("total_tokens")] = qint64(s.totalTokens);
    o[QStringLiteral("cost_provided_usd")] = s.costProvidedUsd;
    o[QStringLiteral("cost_computed_usd")] = s.costComputedUsd;
    o[QStringLiteral("cost_usd")] = s.costUsd;
    o[QStringLiteral("unpriced_observations")] = qint64(s.unpricedObservations);
    QJsonObject byType;
    for (const auto &[type, n] : s.observationsByType)
        byType[QString::fromStdString(type)] = qint64(n);
    o[QStringLiteral("observations_by_type")] = byType;
    o[QStringLiteral("import_problems")] = qint64(s.importProblems);
    o[QStringLiteral("sources")] = qint64(s.sources);
    if (json) {
        printOut(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else {
        QString text;
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.value().isObject()) {
                text += it.key() + QStringLiteral(":\n");
                const QJsonObject sub = it.value().toObject();
                for (auto jt = sub.begin(); jt != sub.end(); ++jt)
                    text += QStringLiteral("  %1: %2\n").arg(jt.key()).arg(jt.value().toInteger());
            } else if (it.value().isDouble() && it.key().endsWith(QLatin1String("_usd"))) {
                text += QStringLiteral("%1: %2\n").arg(it.key()).arg(it.value().toDouble(), 0, 'f', 6);
            } else {
                text += QStringLiteral("%1: %2\n").arg(it.key()).arg(it.value().toInteger());
            }
        }
        printOut(text.toUtf8());
    }
    return 0;
}

int cmdQuery(const QStringList &argsIn)
{
    QStringList args = argsIn;
    const QString db = takeOption(args, QStringLiteral("--db"));
    const bool csv = takeFlag(args, QStringLiteral("--csv"));
    const bool json = takeFlag(args, QStringLiteral("--json"));
    if (db.isEmpty() || args.size() != 1 || (csv && json))
        return usageError(db.isEmpty() ? QStringLiteral("query needs --db DB")
                                       : QStringLiteral("query needs exactly one SQL statement"),
                          kQueryUsage);
    store::Database database;
    if (!openReadOnly(db, database))
        return 2;
    std::vector<std::string> header;
    QJsonArray rows;
    QByteArray out;
    auto cellText = [](const store::QueryCell &c) -> QString {
        switch (c.type) {
        case SQLITE_INTEGER: return QString::number(c.i);
        case SQLITE_FLOAT: return QString::number(c.d, 'g', 17);
        case SQLITE_NULL: return QString();
        default: return QString::fromStdString(c.text);
        }
    };
    const store::Status st = store::runQuery(
        database, args.first().toStdString(),
        [&](const std::vector<std::string> &names) {
            header = names;
            if (!json) {
                QStringList h;
                for (const auto &n : names)
                    h << (csv ? csvField(QString::fromStdString(n)) : QString::fromStdString(n));
                out += h.join(csv ? QLatin1Char(',') : QLatin1Char('\t')).toUtf8() + '\n';
            }
        },
        [&](const std::vector<store::QueryCell> &row) {
            if (json) {
                QJsonObject o;
                for (size_t c = 0; c < row.size(); ++c) {
                    const QString key = QString::fromStdString(header[c]);
                    switch (row[c].type) {
                    case SQLITE_INTEGER: o[key] = qint64(row[c].i); break;
                    case SQLITE_FLOAT: o[key] = row[c].d; break;
                    case SQLITE_NULL: o[key] = QJsonValue::Null; break;
                    default: o[key] = QString::fromStdString(row[c].text); break;
                    }
                }
                rows.append(o);
            } else {
                QStringList cells;
                for (const auto &c : row)
                    cells << (csv ? csvField(cellText(c)) : cellText(c));
                out += cells.join(csv ? QLatin1Char(',') : QLatin1Char('\t')).toUtf8() + '\n';
                if (out.size() > (1 << 20)) {
                    printOut(out);
                    out.clear();
                }
            }
        });
    if (!st) {
        QString msg = st.error;
        if (msg.contains(QLatin1String("readonly")) || msg.contains(QLatin1String("read-only")))
            msg = QStringLiteral("the workspace is opened read-only; query runs only statements that read (%1)").arg(msg);
        printErr(QStringLiteral("spanscope-cli: query failed: %1").arg(msg));
        return 1;
    }
    if (json)
        printOut(QJsonDocument(rows).toJson(QJsonDocument::Indented));
    else
        printOut(out);
    return 0;
}

} // namespace spanscope::cli

namespace {
const spanscope::cli::CommandRegistration regStats{"stats", "--db DB [--json]                        counts, tokens and costs of a workspace",
                                                   spanscope::cli::cmdStats};
const spanscope::cli::CommandRegistration regQuery{"query", "--db DB [--csv|--json] SQL              run a read-only SQL query",
                                                   spanscope::cli::cmdQuery};
}
