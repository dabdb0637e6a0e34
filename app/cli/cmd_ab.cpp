// spanscope-cli ab: two prompt versions (numbers or labels) compared metric by metric: n and
// mean of each side, Mann-Whitney p-value, Cliff's delta and its magnitude, and a verdict.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

#include "analytics/promptinfercatalog.h"
#include "cli/commands.h"
#include "diff/abcompare.h"
#include "store/database.h"

namespace spanscope::cli {

namespace {
const char kUsage[] = "usage: spanscope-cli ab --db DB --prompt NAME --a V --b V [--json]\n"
                      "       V is a version number or a label (production, latest, ...)\n";

QJsonValue num(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

int cmdAb(const QStringList &argsIn)
{
    QStringList args = argsIn;
    const QString db = takeOption(args, QStringLiteral("--db"));
    const QString prompt = takeOption(args, QStringLiteral("--prompt"));
    const QString va = takeOption(args, QStringLiteral("--a"));
    const QString vb = takeOption(args, QStringLiteral("--b"));
    const bool json = takeFlag(args, QStringLiteral("--json"));
    if (db.isEmpty() || prompt.isEmpty() || va.isEmpty() || vb.isEmpty())
        return usageError(QStringLiteral("ab needs --db, --prompt, --a and --b"), kUsage);
    if (!args.isEmpty())
        return usageError(QStringLiteral("unexpected argument %1").arg(args.first()), kUsage);
    store::Database database;
    if (!openReadOnly(db, database))
        return 2;
    analytics::PromptCatalog catalog;
    if (!loadPromptCatalogFor(database, prompt, catalog))
        return 2;
    if (!catalog.find(prompt))
        return usageError(QStringLiteral("no prompt named \"%1\"").arg(prompt), kUsage);
    const analytics::PromptVersionEntry *a = catalog.resolve(prompt, va);
    const analytics::PromptVersionEntry *b = catalog.resolve(prompt, vb);
    if (!a || !b)
        return usageError(QStringLiteral("prompt \"%1\" has no version %2").arg(prompt, !a ? va : vb), kUsage);
    diff::AbReport report;
    const QString labelA = QStringLiteral("version %1").arg(a->version);
    const QString labelB = QStringLiteral("version %1").arg(b->version);
    if (store::Status s = diff::loadAbReport(database, a->selector, b->selector, labelA, labelB, report); !s) {
        printErr(QStringLiteral("spanscope-cli: %1").arg(s.error));
        return 2;
    }
    if (json) {
        QJsonObject o;
        o[QStringLiteral("prompt")] = prompt;
        o[QStringLiteral("a")] = QJsonObject{{QStringLiteral("version"), qint64(a->version)},
                                             {QStringLiteral("calls"), qint64(report.callsA)}};
        o[QStringLiteral("b")] = QJsonObject{{QStringLiteral("version"), qint64(b->version)},
                                             {QStringLiteral("calls"), qint64(report.callsB)}};
        QJsonArray metrics;
        for (const diff::AbMetric &m : report.metrics) {
            const analytics::Comparison &c = m.result;
            QJsonObject j;
            j[QStringLiteral("metric")] = m.id;
            j[QStringLiteral("n_a")] = qint64(c.nA);
            j[QStringLiteral("n_b")] = qint64(c.nB);
            j[QStringLiteral("mean_a")] = num(c.meanA);
            j[QStringLiteral("mean_b")] = num(c.meanB);
            j[QStringLiteral("insufficient")] = c.insufficient;
            j[QStringLiteral("p_value")] = c.insufficient ? QJsonValue(QJsonValue::Null) : num(c.pValue);
            j[QStringLiteral("cliffs_delta")] = c.insufficient ? QJsonValue(QJsonValue::Null) : num(c.cliffsDelta);
            j[QStringLiteral("magnitude")] = c.insufficient ? QJsonValue(QJsonValue::Null)
                                                            : QJsonValue(QLatin1String(analytics::magnitudeName(c.magnitude)));
            j[QStringLiteral("verdict")] = m.verdict;
            metrics.append(j);
        }
        o[QStringLiteral("metrics")] = metrics;
        o[QStringLiteral("verdict")] = report.verdict;
        printOut(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return 0;
    }
    QString out = QStringLiteral("%1: %2 (%3 calls) vs %4 (%5 calls)\n\n")
                      .arg(prompt, labelA)
                      .arg(report.callsA)
                      .arg(labelB)
                      .arg(report.callsB);
    out += QStringLiteral("%1 %2 %3 %4 %5 %6  %7\n")
               .arg(QStringLiteral("metric"), -22)
               .arg(QStringLiteral("n A"), 6)
               .arg(QStringLiteral("mean A"), 12)
               .arg(QStringLiteral("n B"), 6)
               .arg(QStringLiteral("mean B"), 12)
               .arg(QStringLiteral("p"), 10)
               .arg(QStringLiteral("Cliff's delta"));
    for (const diff::AbMetric &m : report.metrics) {
        const analytics::Comparison &c = m.result;
        out += QStringLiteral("%1 %2 %3 %4 %5 %6  %7\n")
                   .arg(m.title, -22)
                   .arg(qint64(c.nA), 6)
                   .arg(c.meanA, 12, 'g', 5)
                   .arg(qint64(c.nB), 6)
                   .arg(c.meanB, 12, 'g', 5)
                   .arg(c.insufficient ? QStringLiteral("n/a") : diff::formatP(c.pValue).mid(2), 10)
                   .arg(c.insufficient ? QStringLiteral("insufficient data")
                                       : QStringLiteral("%1 (%2)").arg(c.cliffsDelta, 0, 'f', 3).arg(QLatin1String(analytics::magnitudeName(c.magnitude))));
    }
    out += QLatin1Char('\n') + report.verdict + QStringLiteral(".\n");
    printOut(out.toUtf8());
    return 0;
}

const CommandRegistration reg{"ab", "--db DB --prompt NAME --a V --b V [--json]\n"
                                    "            A/B report of two prompt versions (V: number or label)",
                              cmdAb};
} // namespace

} // namespace spanscope::cli
