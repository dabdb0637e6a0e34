// spanscope-cli report cost: cost, requests and tokens per group of one dimension, optionally per
// time bucket — the numbers the Cost page shows (both read analytics/costreport.h).

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "analytics/costreport.h"
#include "cli/commands.h"
#include "store/costrepository.h"
#include "store/costrollup.h"
#include "util/csvfield.h"

namespace spanscope::cli {

using util::csvField;

namespace {
const char kUsage[]
    = "usage: spanscope-cli report cost --db DB --by model|provider|user|trace-name|tag|environment\n"
      "         [--bucket hour|day|week|month] [--from T] [--to T] [--json|--csv]\n"
      "  T: an ISO date or date-time (UTC), \"now\", or an age such as 7d or 12h. Without --from/--to the\n"
      "  report covers all the workspace's calls. Ranges resolve to whole UTC hours; buckets are UTC\n"
      "  (weeks start on Monday). A group '' means the call has no value for that dimension.\n";

std::optional<store::CostDim> dimFromName(const QString &name)
{
    static const std::pair<const char *, store::CostDim> names[] = {
        { "model", store::CostDim::Model },     { "provider", store::CostDim::Provider },
        { "user", store::CostDim::User },       { "trace-name", store::CostDim::TraceName },
        { "tag", store::CostDim::Tag },         { "environment", store::CostDim::Environment },
    };
    for (const auto &[n, d] : names)
        if (name == QLatin1String(n))
            return d;
    return std::nullopt;
}

std::optional<analytics::CostBucket> bucketFromName(const QString &name)
{
    for (auto b : { analytics::CostBucket::Hour, analytics::CostBucket::Day, analytics::CostBucket::Week,
                    analytics::CostBucket::Month })
        if (name == QLatin1String(analytics::costBucketName(b)))
            return b;
    return std::nullopt;
}

QString isoTime(int64_t ns)
{
    return QDateTime::fromMSecsSinceEpoch(ns / 1000000, Qt::UTC).toString(Qt::ISODate);
}

QJsonObject sumsJson(const store::CostSums &s)
{
    return QJsonObject {
        { QStringLiteral("cost_usd"), s.cost },
        { QStringLiteral("requests"), qint64(s.requests) },
        { QStringLiteral("errors"), qint64(s.errors) },
        { QStringLiteral("unpriced"), qint64(s.unpriced) },
        { QStringLiteral("input_tokens"), qint64(s.inputTokens) },
        { QStringLiteral("output_tokens"), qint64(s.outputTokens) },
        { QStringLiteral("cache_read_tokens"), qint64(s.cacheReadTokens) },
        { QStringLiteral("cache_write_tokens"), qint64(s.cacheWriteTokens) },
        { QStringLiteral("reasoning_tokens"), qint64(s.reasoningTokens) },
        { QStringLiteral("total_tokens"), qint64(s.totalTokens) },
        { QStringLiteral("cost_provided_usd"), s.costProvided },
        { QStringLiteral("cost_computed_usd"), s.costComputed },
    };
}


QString sumsCsv(const store::CostSums &s)
{
    return QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8,%9,%10")
        .arg(QString::number(s.cost, 'g', 12))
        .arg(s.requests)
        .arg(s.errors)
        .arg(s.inputTokens)
        .arg(s.outputTokens)
        .arg(s.cacheReadTokens)
        .arg(s.cacheWriteTokens)
        .arg(s.reasoningTokens)
        .arg(s.totalTokens)
        .arg(s.unpriced);
}
} // namespace

int cmdReportCost(const QStringList &argsIn)
{
    QStringList args = argsIn;
    const QString dbPath = takeOption(args, QStringLiteral("--db"));
    const QString by = takeOption(args, QStringLiteral("--by"));
    const QString bucketArg = takeOption(args, QStringLiteral("--bucket"));
    const QString fromArg = takeOption(args, QStringLiteral("--from"));
    const QString toArg = takeOption(args, QStringLiteral("--to"));
    const bool json = takeFlag(args, QStringLiteral("--json"));
    const bool csv = takeFlag(args, QStringLiteral("--csv"));
    if (dbPath.isEmpty() || by.isEmpty())
        return usageError(QStringLiteral("report cost needs --db and --by"), kUsage);
    if (!args.isEmpty())
        return usageError(QStringLiteral("unexpected argument %1").arg(args.first()), kUsage);
    if (json && csv)
        return usageError(QStringLiteral("choose one of --json and --csv"), kUsage);
    const auto dim = dimFromName(by);
    if (!dim)
        return usageError(QStringLiteral("unknown grouping %1").arg(by), kUsage);
    std::optional<analytics::CostBucket> bucket;
    if (!bucketArg.isEmpty() && !(bucket = bucketFromName(bucketArg)))
        return usageError(QStringLiteral("unknown bucket %1").arg(bucketArg), kUsage);
    std::optional<int64_t> from, to;
    if (!fromArg.isEmpty() && !(from = parseTimeArg(fromArg)))
        return usageError(QStringLiteral("cannot read the time \"%1\"").arg(fromArg), kUsage);
    if (!toArg.isEmpty() && !(to = parseTimeArg(toArg)))
        return usageError(QStringLiteral("cannot read the time \"%1\"").arg(toArg), kUsage);

    store::Database db;
    if (!openReadOnly(dbPath, db))
        return 2;
    if (!store::costRollupsReady(db)) {
        // An older workspace (or one imported without rollups): upgrading it builds them once.
        db.close();
        if (store::Status s = db.open(dbPath); !s) {
            printErr(QStringLiteral("spanscope-cli: %1\n").arg(s.error));
            return 2;
        }
    }
    if (!from || !to) {
        std::optional<int64_t> first, last;
        if (store::Status s = store::costDataRange(db, first, last); !s) {
            printErr(QStringLiteral("spanscope-cli: %1\n").arg(s.error));
            return 2;
        }
        if (!from)
            from = first.value_or(0);
        if (!to)
            to = last ? *last + store::kHourNs : *from;
    }
    if (*to <= *from && !(fromArg.isEmpty() && toArg.isEmpty()))
        return usageError(QStringLiteral("--from must be before --to"), kUsage);

    analytics::CostQuery q;
    q.fromNs = *from;
    q.toNs = *to;
    q.dim = *dim;
    q.bucket = bucket.value_or(analytics::CostBucket::Day);
    analytics::CostSeries series;
    if (store::Status s = analytics::costSeries(db, q, series); !s) {
        printErr(QStringLiteral("spanscope-cli: %1\n").arg(s.error));
        return 2;
    }

    QJsonArray rows;
    QString text = bucket ? QStringLiteral("bucket\tgroup\tcost_usd\trequests\tinput_tokens\toutput_tokens\n")
                          : QStringLiteral("group\tcost_usd\trequests\tinput_tokens\toutput_tokens\n");
    QString csvText = QStringLiteral("%1group,cost_usd,requests,errors,input_tokens,output_tokens,cache_read_tokens,"
                                     "cache_write_tokens,reasoning_tokens,total_tokens,unpriced\n")
                          .arg(bucket ? QStringLiteral("bucket,") : QString());
    auto addRow = [&](const std::string &group, const store::CostSums &s, std::optional<int64_t> bucketNs) {
        const QString g = QString::fromStdString(group);
        QJsonObject o = sumsJson(s);
        o[QStringLiteral("group")] = g;
        if (bucketNs)
            o[QStringLiteral("bucket")] = isoTime(*bucketNs);
        rows.append(o);
        const QString prefix = bucketNs ? isoTime(*bucketNs) + QLatin1Char('\t') : QString();
        text += prefix
                + QStringLiteral("%1\t%2\t%3\t%4\t%5\n")
                      .arg(g.isEmpty() ? QStringLiteral("(none)") : g, QString::number(s.cost, 'f', 6))
                      .arg(s.requests)
                      .arg(s.inputTokens)
                      .arg(s.outputTokens);
        csvText += (bucketNs ? isoTime(*bucketNs) + QLatin1Char(',') : QString()) + csvField(g) + QLatin1Char(',')
                   + sumsCsv(s) + QLatin1Char('\n');
    };
    if (bucket) {
        for (size_t b = 0; b < series.buckets.size(); ++b)
            for (size_t g = 0; g < series.groups.size(); ++g)
                if (series.cells[g][b].requests > 0)
                    addRow(series.groups[g], series.cells[g][b], series.buckets[b]);
    } else {
        for (size_t g = 0; g < series.groups.size(); ++g)
            addRow(series.groups[g], series.groupTotals[g], std::nullopt);
    }
    if (json) {
        QJsonObject doc { { QStringLiteral("by"), by },
                          { QStringLiteral("from"), isoTime(*from) },
                          { QStringLiteral("to"), isoTime(*to) },
                          { QStringLiteral("rows"), rows },
                          { QStringLiteral("total"), sumsJson(series.total) } };
        if (bucket)
            doc[QStringLiteral("bucket")] = QLatin1String(analytics::costBucketName(*bucket));
        printOut(QJsonDocument(doc).toJson(QJsonDocument::Indented));
    } else if (csv) {
        printOut(csvText.toUtf8());
    } else {
        text += QStringLiteral("total\t%1\t%2 requests\n").arg(QString::number(series.total.cost, 'f', 6)).arg(series.total.requests);
        printOut(text.toUtf8());
    }
    return 0;
}

} // namespace spanscope::cli

namespace {
const spanscope::cli::CommandRegistration reg {
    "report cost",
    "--db DB --by model|provider|user|trace-name|tag|environment [--bucket hour|day|week|month] [--from T] [--to T] "
    "[--json|--csv]  cost by group",
    spanscope::cli::cmdReportCost
};
}
