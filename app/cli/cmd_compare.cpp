// spanscope-cli compare: two traces aligned span by span (added / removed / changed) with
// latency, token and cost deltas.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "cli/commands.h"
#include "store/comparerepository.h"
#include "store/database.h"

namespace spanscope::cli {

namespace {
const char kUsage[] = "usage: spanscope-cli compare --db DB TRACE_A TRACE_B [--json]\n";

QJsonValue optNum(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}
QJsonValue optInt(const std::optional<int64_t> &v)
{
    return v ? QJsonValue(qint64(*v)) : QJsonValue(QJsonValue::Null);
}

QJsonObject traceJson(const store::CompareTrace &t)
{
    QJsonObject o;
    o[QStringLiteral("id")] = QString::fromStdString(t.id);
    o[QStringLiteral("name")] = t.name ? QJsonValue(QString::fromStdString(*t.name)) : QJsonValue(QJsonValue::Null);
    o[QStringLiteral("latency_ms")] = t.latencyNs ? QJsonValue(double(*t.latencyNs) / 1e6) : QJsonValue(QJsonValue::Null);
    o[QStringLiteral("total_tokens")] = qint64(t.totalTokens);
    o[QStringLiteral("cost_usd")] = optNum(t.cost);
    o[QStringLiteral("observations")] = qint64(t.observationCount);
    o[QStringLiteral("errors")] = qint64(t.errorCount);
    return o;
}

QString signedText(double v, int decimals)
{
    return (v > 0 ? QStringLiteral("+") : QString()) + QString::number(v, 'f', decimals);
}

QStringList reasons(const diff::AlignedSpan &s)
{
    QStringList r;
    if (s.renamed)
        r << QStringLiteral("renamed");
    if (s.typeChanged)
        r << QStringLiteral("type");
    if (s.modelChanged)
        r << QStringLiteral("model");
    if (s.inputChanged)
        r << QStringLiteral("input");
    if (s.outputChanged)
        r << QStringLiteral("output");
    if (s.errorChanged)
        r << QStringLiteral("status");
    if (s.reordered)
        r << QStringLiteral("reordered");
    return r;
}

int cmdCompare(const QStringList &argsIn)
{
    QStringList args = argsIn;
    const QString db = takeOption(args, QStringLiteral("--db"));
    const bool json = takeFlag(args, QStringLiteral("--json"));
    if (db.isEmpty() || args.size() != 2)
        return usageError(db.isEmpty() ? QStringLiteral("compare needs --db DB")
                                       : QStringLiteral("compare needs exactly two trace ids"),
                          kUsage);
    store::Database database;
    if (!openReadOnly(db, database))
        return 2;
    store::TraceComparison cmp;
    if (store::Status s = store::compareTraces(database, args[0].toStdString(), args[1].toStdString(), cmp); !s) {
        // A trace id that does not exist is the caller's mistake, not an unreadable workspace.
        const bool missing = s.error.endsWith(QLatin1String("not found"));
        printErr(QStringLiteral("spanscope-cli: %1").arg(s.error));
        return missing ? 1 : 2;
    }
    const auto &t = cmp.alignment.totals;
    if (json) {
        QJsonObject o;
        o[QStringLiteral("trace_a")] = traceJson(cmp.a);
        o[QStringLiteral("trace_b")] = traceJson(cmp.b);
        QJsonObject totals;
        totals[QStringLiteral("same")] = t.same;
        totals[QStringLiteral("changed")] = t.changed;
        totals[QStringLiteral("added")] = t.added;
        totals[QStringLiteral("removed")] = t.removed;
        totals[QStringLiteral("reordered")] = t.reordered;
        totals[QStringLiteral("latency_delta_ms")] = optNum(cmp.latencyDeltaMs);
        totals[QStringLiteral("tokens_delta")] = qint64(cmp.tokensDelta);
        totals[QStringLiteral("cost_delta_usd")] = optNum(cmp.costDelta);
        o[QStringLiteral("totals")] = totals;
        QJsonArray spans;
        for (size_t i = 0; i < cmp.alignment.spans.size(); ++i) {
            const diff::AlignedSpan &s = cmp.alignment.spans[i];
            const store::SpanDelta &d = cmp.deltas[i];
            const diff::AlignSpan *l = s.left >= 0 ? &cmp.a.spans[size_t(s.left)] : nullptr;
            const diff::AlignSpan *r = s.right >= 0 ? &cmp.b.spans[size_t(s.right)] : nullptr;
            QJsonObject j;
            j[QStringLiteral("path")] = QString::fromStdString(s.path);
            j[QStringLiteral("status")] = QLatin1String(diff::statusName(s.status));
            j[QStringLiteral("depth")] = s.depth;
            j[QStringLiteral("id_a")] = l ? QJsonValue(QString::fromStdString(l->id)) : QJsonValue(QJsonValue::Null);
            j[QStringLiteral("id_b")] = r ? QJsonValue(QString::fromStdString(r->id)) : QJsonValue(QJsonValue::Null);
            j[QStringLiteral("name_a")] = l ? QJsonValue(QString::fromStdString(l->name)) : QJsonValue(QJsonValue::Null);
            j[QStringLiteral("name_b")] = r ? QJsonValue(QString::fromStdString(r->name)) : QJsonValue(QJsonValue::Null);
            j[QStringLiteral("type")] = QString::fromStdString((r ? r : l)->type);
            j[QStringLiteral("changes")] = QJsonArray::fromStringList(reasons(s));
            j[QStringLiteral("latency_delta_ms")] = optNum(d.latencyMs);
            j[QStringLiteral("tokens_delta")] = optInt(d.tokens);
            j[QStringLiteral("cost_delta_usd")] = optNum(d.cost);
            spans.append(j);
        }
        o[QStringLiteral("spans")] = spans;
        printOut(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return 0;
    }
    QString out;
    auto line = [&](const char *label, const store::CompareTrace &x) {
        out += QStringLiteral("%1 %2  %3  %4 spans  latency %5 ms  tokens %6  cost %7\n")
                   .arg(QLatin1String(label), QString::fromStdString(x.id),
                        QString::fromStdString(x.name.value_or("(unnamed)")))
                   .arg(x.observationCount)
                   .arg(x.latencyNs ? QString::number(double(*x.latencyNs) / 1e6, 'f', 1) : QStringLiteral("?"))
                   .arg(x.totalTokens)
                   .arg(x.cost ? QStringLiteral("$%1").arg(*x.cost, 0, 'f', 6) : QStringLiteral("?"));
    };
    line("A", cmp.a);
    line("B", cmp.b);
    out += QStringLiteral("%1 same, %2 changed, %3 added, %4 removed, %5 reordered; B - A: latency %6 ms, tokens %7, cost %8\n\n")
               .arg(t.same)
               .arg(t.changed)
               .arg(t.added)
               .arg(t.removed)
               .arg(t.reordered)
               .arg(cmp.latencyDeltaMs ? signedText(*cmp.latencyDeltaMs, 1) : QStringLiteral("?"))
               .arg(signedText(double(cmp.tokensDelta), 0))
               .arg(cmp.costDelta ? signedText(*cmp.costDelta, 6) : QStringLiteral("?"));
    for (size_t i = 0; i < cmp.alignment.spans.size(); ++i) {
        const diff::AlignedSpan &s = cmp.alignment.spans[i];
        const store::SpanDelta &d = cmp.deltas[i];
        static const char marks[] = {' ', '~', '+', '-'};
        const diff::AlignSpan &x = s.right >= 0 ? cmp.b.spans[size_t(s.right)] : cmp.a.spans[size_t(s.left)];
        QString name = QString::fromStdString(x.name);
        if (s.renamed)
            name = QString::fromStdString(cmp.a.spans[size_t(s.left)].name) + QStringLiteral(" -> ") + name;
        QString row = QLatin1Char(marks[int(s.status)]) + QLatin1Char(' ') + QString(s.depth * 2, QLatin1Char(' '))
            + name + QStringLiteral(" (") + QString::fromStdString(x.type) + QLatin1Char(')');
        row = row.leftJustified(60);
        if (d.latencyMs)
            row += QStringLiteral("  %1 ms").arg(signedText(*d.latencyMs, 1));
        if (d.tokens && *d.tokens)
            row += QStringLiteral("  %1 tok").arg(signedText(double(*d.tokens), 0));
        if (d.cost && *d.cost != 0)
            row += QStringLiteral("  %1 $").arg(signedText(*d.cost, 6));
        const QStringList why = reasons(s);
        if (!why.isEmpty())
            row += QStringLiteral("  [") + why.join(QStringLiteral(", ")) + QLatin1Char(']');
        out += row + QLatin1Char('\n');
    }
    printOut(out.toUtf8());
    return 0;
}

const CommandRegistration reg{"compare", "--db DB TRACE_A TRACE_B [--json]\n"
                                         "            align two traces span by span with latency/token/cost deltas",
                              cmdCompare};
} // namespace

} // namespace spanscope::cli
