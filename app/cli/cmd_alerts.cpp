// spanscope-cli alerts: evaluate offline alert rules over a workspace. Exit 4 when any rule
// fires, so it can gate a CI pipeline.

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "analytics/alerts.h"
#include "cli/commands.h"
#include "store/database.h"

namespace spanscope::cli {

namespace {
const char kUsage[] = "usage: spanscope-cli alerts --db DB --rules rules.json [--json]\n";

QString isoTime(int64_t ns)
{
    return QDateTime::fromMSecsSinceEpoch(ns / 1000000, Qt::UTC).toString(Qt::ISODate);
}

QJsonValue number(double v) { return std::isnan(v) ? QJsonValue(QJsonValue::Null) : QJsonValue(v); }
} // namespace

int cmdAlerts(const QStringList &argsIn)
{
    QStringList args = argsIn;
    const QString dbPath = takeOption(args, QStringLiteral("--db"));
    const QString rulesPath = takeOption(args, QStringLiteral("--rules"));
    const bool json = takeFlag(args, QStringLiteral("--json"));
    if (dbPath.isEmpty() || rulesPath.isEmpty())
        return usageError(QStringLiteral("alerts needs --db and --rules"), kUsage);
    if (!args.isEmpty())
        return usageError(QStringLiteral("unexpected argument %1").arg(args.first()), kUsage);
    QFile rulesFile(rulesPath);
    if (!rulesFile.open(QIODevice::ReadOnly)) {
        printErr(QStringLiteral("spanscope-cli: %1: %2").arg(rulesPath, rulesFile.errorString()));
        return 2;
    }
    std::vector<analytics::AlertRule> rules;
    QString error;
    if (!analytics::parseAlertRules(rulesFile.readAll(), rules, error)) {
        printErr(QStringLiteral("spanscope-cli: %1: %2").arg(rulesPath, error));
        return 2;
    }
    store::Database db;
    if (!openReadOnly(dbPath, db))
        return 2;
    std::vector<analytics::AlertFiring> firings;
    if (store::Status s = analytics::evaluateAlerts(db, rules, firings); !s) {
        printErr(QStringLiteral("spanscope-cli: %1").arg(s.error));
        return 2;
    }
    if (json) {
        QJsonArray list;
        for (const auto &f : firings) {
            QJsonObject o;
            o[QStringLiteral("rule")] = QString::fromStdString(f.rule);
            o[QStringLiteral("type")] = QLatin1String(analytics::alertTypeName(f.type));
            o[QStringLiteral("severity")] = QString::fromStdString(f.severity);
            o[QStringLiteral("window")] = QJsonObject { { QStringLiteral("from"), isoTime(f.fromNs) },
                                                        { QStringLiteral("to"), isoTime(f.toNs) },
                                                        { QStringLiteral("from_ns"), qint64(f.fromNs) },
                                                        { QStringLiteral("to_ns"), qint64(f.toNs) } };
            o[QStringLiteral("value")] = number(f.value);
            o[QStringLiteral("threshold")] = f.threshold;
            o[QStringLiteral("samples")] = qint64(f.samples);
            o[QStringLiteral("trace_count")] = qint64(f.traceCount);
            QJsonArray ids;
            for (const auto &id : f.traceIds)
                ids.append(QString::fromStdString(id));
            o[QStringLiteral("traces")] = ids;
            if (f.drift) {
                const auto &d = *f.drift;
                o[QStringLiteral("drift")] = QJsonObject {
                    { QStringLiteral("baseline_n"), qint64(d.nBaseline) }, { QStringLiteral("current_n"), qint64(d.nCurrent) },
                    { QStringLiteral("baseline_mean"), number(d.meanBaseline) },
                    { QStringLiteral("current_mean"), number(d.meanCurrent) },
                    { QStringLiteral("percent_change"), number(d.percentChange) }, { QStringLiteral("z"), number(d.zScore) },
                    { QStringLiteral("ks_statistic"), number(d.ks.statistic) }, { QStringLiteral("ks_p"), number(d.ks.pValue) },
                    { QStringLiteral("level"), QLatin1String(analytics::driftLevelName(d.level)) }
                };
            }
            list.append(o);
        }
        printOut(QJsonDocument(QJsonObject { { QStringLiteral("rules"), qint64(rules.size()) },
                                             { QStringLiteral("firings"), list } })
                     .toJson(QJsonDocument::Indented));
    } else {
        QString text;
        for (const auto &f : firings)
            text += QStringLiteral("%1 %2 [%3, %4): %5 = %6 (threshold %7, %8 samples, %9 traces)\n")
                        .arg(QString::fromStdString(f.severity).toUpper(), QString::fromStdString(f.rule), isoTime(f.fromNs),
                             isoTime(f.toNs), QLatin1String(analytics::alertTypeName(f.type)))
                        .arg(f.value, 0, 'g', 6)
                        .arg(f.threshold, 0, 'g', 6)
                        .arg(qint64(f.samples))
                        .arg(f.traceCount);
        text += firings.empty() ? QStringLiteral("%1 rules, nothing fired\n").arg(rules.size())
                                : QStringLiteral("%1 rules, %2 firings\n").arg(rules.size()).arg(firings.size());
        printOut(text.toUtf8());
    }
    return firings.empty() ? 0 : 4;
}

} // namespace spanscope::cli

namespace {
const spanscope::cli::CommandRegistration reg{"alerts", "--db DB --rules rules.json [--json]     evaluate alert rules (exit 4 when any fires)",
                                              spanscope::cli::cmdAlerts};
}
