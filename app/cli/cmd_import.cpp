// spanscope-cli import: files into a workspace, with a JSON or human summary.

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <unistd.h>

#include "cli/commands.h"
#include "import/importservice.h"
#include "store/database.h"

namespace spanscope::cli {

namespace {

const char kUsage[] = "usage: spanscope-cli import --db DB [--json] [--no-index] [--format langfuse|otlp-json] FILE...\n"
                      "  --no-index  save the data without updating the search index (the next import\n"
                      "              or the app catches up)\n";

std::atomic<bool> g_cancel{false};
void onSignal(int) { g_cancel.store(true); }

} // namespace

int cmdImport(const QStringList &argsIn)
{
    QStringList args = argsIn;
    const QString db = takeOption(args, QStringLiteral("--db"));
    const bool json = takeFlag(args, QStringLiteral("--json"));
    const QString format = takeOption(args, QStringLiteral("--format"));
    const bool noIndex = takeFlag(args, QStringLiteral("--no-index"));
    if (db.isEmpty())
        return usageError(QStringLiteral("import needs --db DB"), kUsage);
    for (const QString &a : args)
        if (a.startsWith(QLatin1String("--")))
            return usageError(QStringLiteral("unknown option %1").arg(a), kUsage);
    if (args.isEmpty())
        return usageError(QStringLiteral("import needs at least one FILE"), kUsage);

    store::Database database;
    if (store::Status s = database.open(db); !s) {
        printErr(QStringLiteral("spanscope-cli: %1").arg(s.error));
        return 2;
    }
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    import::ImportOptions options;
    options.bulk = true;
    options.cancel = &g_cancel;
    options.format = format;
    options.buildSearchIndex = !noIndex;
    QElapsedTimer timer;
    timer.start();
    if (isatty(fileno(stderr))) {
        options.progress = [&timer](const import::ImportProgress &p) {
            const double secs = std::max(0.001, timer.elapsed() / 1000.0);
            std::fprintf(stderr, "\r[%d/%d] %s %s %lld records (%.0f/s) %.0f%%   ", p.fileIndex + 1, p.fileCount,
                         qPrintable(QFileInfo(p.file).fileName()), qPrintable(p.stage), (long long)p.records,
                         p.records / secs, p.bytesTotal > 0 ? 100.0 * p.bytesDone / p.bytesTotal : 0.0);
            std::fflush(stderr);
        };
    }
    const import::ImportSummary sum = import::importFiles(database, args, options);
    if (options.progress)
        std::fputs("\n", stderr);

    using O = import::ImportSummary::Outcome;
    if (json) {
        QJsonObject o;
        QJsonArray files;
        for (const auto &f : sum.files) {
            QJsonObject fo;
            fo[QStringLiteral("file")] = f.file;
            fo[QStringLiteral("format")] = f.format;
            fo[QStringLiteral("traces")] = qint64(f.traces);
            fo[QStringLiteral("observations")] = qint64(f.observations);
            fo[QStringLiteral("scores")] = qint64(f.scores);
            fo[QStringLiteral("skipped")] = qint64(f.skipped);
            if (f.unreadable)
                fo[QStringLiteral("error")] = f.error;
            files.append(fo);
        }
        QJsonArray problems;
        for (const auto &p : sum.problems) {
            QJsonObject po;
            po[QStringLiteral("file")] = QString::fromStdString(p.file);
            if (p.line > 0)
                po[QStringLiteral("line")] = qint64(p.line);
            po[QStringLiteral("byte_offset")] = qint64(p.byteOffset);
            po[QStringLiteral("kind")] = QString::fromStdString(p.kind);
            po[QStringLiteral("reason")] = QString::fromStdString(p.message);
            problems.append(po);
        }
        o[QStringLiteral("files")] = files;
        o[QStringLiteral("traces")] = qint64(sum.traces);
        o[QStringLiteral("observations")] = qint64(sum.observations);
        o[QStringLiteral("scores")] = qint64(sum.scores);
        o[QStringLiteral("prompts")] = qint64(sum.prompts);
        o[QStringLiteral("skipped")] = qint64(sum.skipped);
        o[QStringLiteral("problems")] = problems;
        QJsonObject index;
        index[QStringLiteral("rows")] = qint64(sum.indexedRows);
        index[QStringLiteral("text_bytes")] = qint64(sum.indexedTextBytes);
        index[QStringLiteral("complete")] = sum.searchIndexComplete;
        if (!sum.searchIndexError.isEmpty())
            index[QStringLiteral("error")] = sum.searchIndexError;
        o[QStringLiteral("search_index")] = index;
        static const char *const names[] = {"ok", "skipped", "unreadable", "cancelled", "failed"};
        o[QStringLiteral("outcome")] = QLatin1String(names[int(sum.outcome)]);
        if (!sum.error.isEmpty())
            o[QStringLiteral("error")] = sum.error;
        o[QStringLiteral("seconds")] = timer.elapsed() / 1000.0;
        printOut(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else if (sum.outcome == O::Ok || sum.outcome == O::Skipped) {
        printOut(QStringLiteral("imported %1 file(s): %2 traces, %3 observations, %4 scores, %5 skipped in %6 s\n")
                     .arg(sum.files.size())
                     .arg(sum.traces)
                     .arg(sum.observations)
                     .arg(sum.scores)
                     .arg(sum.skipped)
                     .arg(timer.elapsed() / 1000.0, 0, 'f', 2)
                     .toUtf8());
        if (!sum.searchIndexError.isEmpty())
            printErr(QStringLiteral("warning: the data is saved but the search index could not be updated: %1 "
                                    "(the next import retries)")
                         .arg(sum.searchIndexError));
        int shown = 0;
        for (const auto &p : sum.problems) {
            if (++shown > 20) {
                printErr(QStringLiteral("... and %1 more skipped records (see the import_log table)")
                             .arg(sum.problems.size() - 20));
                break;
            }
            printErr(QStringLiteral("skipped: %1:%2 (byte %3): %4")
                         .arg(QString::fromStdString(p.file))
                         .arg(p.line)
                         .arg(p.byteOffset)
                         .arg(QString::fromStdString(p.message)));
        }
    }
    if (sum.outcome != O::Ok && sum.outcome != O::Skipped)
        printErr(QStringLiteral("spanscope-cli: %1").arg(sum.error));
    switch (sum.outcome) {
    case O::Ok: return 0;
    case O::Skipped: return 3;
    case O::Unreadable: return 2;
    case O::Cancelled: return 130;
    case O::Failed: return 2;
    }
    return 2;
}

} // namespace spanscope::cli

namespace {
const spanscope::cli::CommandRegistration reg{"import", "--db DB [--json] [--no-index] [--format ID] FILE...\n            import trace files into a workspace",
                                              spanscope::cli::cmdImport};
}
