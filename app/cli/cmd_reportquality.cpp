// spanscope-cli report quality: one score's n, mean, median and 95% CI per group (the Quality
// page's heatmap row as a table or JSON).

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "cli/commands.h"
#include "store/database.h"
#include "store/qualityrepository.h"

namespace spanscope::cli {

namespace {
const char kUsage[] = "usage: spanscope-cli report quality --db DB --score NAME "
                      "--by model|prompt-version|trace-name|user|environment|release|day|week [--json]\n";

QJsonValue number(double v) { return std::isnan(v) ? QJsonValue(QJsonValue::Null) : QJsonValue(v); }

QString fixed(double v) { return std::isnan(v) ? QStringLiteral("-") : QString::number(v, 'f', 4); }
} // namespace

int cmdReportQuality(const QStringList &argsIn)
{
    QStringList args = argsIn;
    const QString dbPath = takeOption(args, QStringLiteral("--db"));
    const QString score = takeOption(args, QStringLiteral("--score"));
    const QString by = takeOption(args, QStringLiteral("--by"));
    const bool json = takeFlag(args, QStringLiteral("--json"));
    if (dbPath.isEmpty() || score.isEmpty() || by.isEmpty())
        return usageError(QStringLiteral("report quality needs --db, --score and --by"), kUsage);
    if (!args.isEmpty())
        return usageError(QStringLiteral("unexpected argument %1").arg(args.first()), kUsage);
    const auto grouping = store::qualityGroupingFromName(by.toStdString());
    if (!grouping)
        return usageError(QStringLiteral("unknown grouping %1").arg(by), kUsage);
    store::Database db;
    if (!openReadOnly(dbPath, db))
        return 2;
    std::vector<store::ScoreNameInfo> names;
    if (store::Status s = store::loadScoreNames(db, names); !s) {
        printErr(QStringLiteral("spanscope-cli: %1").arg(s.error));
        return 2;
    }
    const store::ScoreNameInfo *info = nullptr;
    for (const auto &n : names)
        if (n.name == score.toStdString())
            info = &n;
    if (!info) {
        printErr(QStringLiteral("spanscope-cli: no score named \"%1\" in %2").arg(score, dbPath));
        return 1;
    }
    if (info->dataType == "TEXT") {
        printErr(QStringLiteral("spanscope-cli: \"%1\" is a text score; it has no mean").arg(score));
        return 1;
    }
    const bool categorical = info->dataType == "CATEGORICAL";
    store::HeatmapRequest req;
    req.grouping = *grouping;
    if (categorical)
        req.categoricalScore = info->name;
    else
        req.scoreNames = { info->name };
    store::QualityHeatmap map;
    if (store::Status s = store::loadQualityHeatmap(db, req, map); !s) {
        printErr(QStringLiteral("spanscope-cli: %1").arg(s.error));
        return 2;
    }
    QJsonArray rows;
    QString text = QStringLiteral("%1 by %2\n").arg(score, by);
    text += categorical ? QStringLiteral("group\tlabel\tcount\tn\tshare\t95% CI\n")
                        : QStringLiteral("group\tn\tmean\tmedian\t95% CI\n");
    for (size_t c = 0; c < map.columns.size(); ++c)
        for (size_t r = 0; r < map.rows.size(); ++r) {
            const auto &cell = map.cell(r, c);
            if (cell.n == 0)
                continue;
            const QString group = QString::fromStdString(map.columns[c].key);
            QJsonObject o;
            o[QStringLiteral("group")] = group;
            if (categorical) {
                o[QStringLiteral("label")] = QString::fromStdString(map.rows[r]);
                o[QStringLiteral("count")] = qint64(map.hitCount(r, c));
            }
            o[QStringLiteral("n")] = qint64(cell.n);
            o[QStringLiteral("mean")] = number(cell.mean);
            o[QStringLiteral("median")] = number(cell.median);
            o[QStringLiteral("ci95")] = QJsonArray { number(cell.ciLow), number(cell.ciHigh) };
            rows.append(o);
            const QString ci = QStringLiteral("[%1, %2]").arg(fixed(cell.ciLow), fixed(cell.ciHigh));
            if (categorical)
                text += QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\n")
                            .arg(group, QString::fromStdString(map.rows[r]))
                            .arg(map.hitCount(r, c))
                            .arg(qint64(cell.n))
                            .arg(fixed(cell.mean), ci);
            else
                text += QStringLiteral("%1\t%2\t%3\t%4\t%5\n").arg(group).arg(qint64(cell.n)).arg(fixed(cell.mean), fixed(cell.median), ci);
        }
    if (json)
        printOut(QJsonDocument(QJsonObject { { QStringLiteral("rows"), rows } }).toJson(QJsonDocument::Indented));
    else
        printOut(text.toUtf8());
    return 0;
}

} // namespace spanscope::cli

namespace {
const spanscope::cli::CommandRegistration reg{
    "report quality", "--db DB --score NAME --by model|prompt-version|trace-name|user|day [--json]  score by group",
    spanscope::cli::cmdReportQuality};
}
