// spanscope-cli generate: deterministic realistic trace files for demos, tests and benchmarks.

#include <QFileInfo>

#include "cli/commands.h"
#include "generate/generator.h"

namespace spanscope::cli {

namespace {

const char kUsage[] = "usage: spanscope-cli generate [--format langfuse-jsonl|otlp-jsonl] [--traces N]\n"
                      "                              [--spans-per-trace M] [--seed S] --out FILE\n"
                      "  defaults: --format langfuse-jsonl --traces 100 --spans-per-trace 10 --seed 1\n";

// Parses an optional positive integer option; false (with *error) when present but invalid.
bool positive(const QString &text, const char *name, int64_t max, int64_t &out, QString *error)
{
    if (text.isNull())
        return true;
    bool ok = false;
    const qlonglong v = text.toLongLong(&ok);
    if (!ok || v < 1 || v > max) {
        *error = QStringLiteral("%1 needs a whole number from 1 to %2, got '%3'")
                     .arg(QLatin1String(name)).arg(max).arg(text);
        return false;
    }
    out = v;
    return true;
}

} // namespace

int cmdGenerate(const QStringList &argsIn)
{
    QStringList args = argsIn;
    const QString format = takeOption(args, QStringLiteral("--format"));
    const QString traces = takeOption(args, QStringLiteral("--traces"));
    const QString spans = takeOption(args, QStringLiteral("--spans-per-trace"));
    const QString seed = takeOption(args, QStringLiteral("--seed"));
    const QString out = takeOption(args, QStringLiteral("--out"));
    if (!args.isEmpty())
        return usageError(QStringLiteral("unexpected argument %1").arg(args.first()), kUsage);
    if (out.isEmpty())
        return usageError(QStringLiteral("generate needs --out FILE"), kUsage);

    generate::Options options;
    if (format.isNull() || format == QLatin1String("langfuse-jsonl"))
        options.format = generate::Format::LangfuseJsonl;
    else if (format == QLatin1String("otlp-jsonl"))
        options.format = generate::Format::OtlpJsonl;
    else
        return usageError(QStringLiteral("unknown format '%1' (use langfuse-jsonl or otlp-jsonl)").arg(format), kUsage);
    QString error;
    int64_t spansPerTrace = options.spansPerTrace;
    if (!positive(traces, "--traces", 100000000, options.traces, &error)
        || !positive(spans, "--spans-per-trace", 100000, spansPerTrace, &error))
        return usageError(error, kUsage);
    options.spansPerTrace = int(spansPerTrace);
    if (!seed.isNull()) {
        bool ok = false;
        options.seed = seed.toULongLong(&ok);
        if (!ok)
            return usageError(QStringLiteral("--seed needs a non-negative whole number, got '%1'").arg(seed), kUsage);
    }

    const generate::Result r = generate::writeFile(out, options);
    if (!r.ok) {
        printErr(QStringLiteral("spanscope-cli: %1").arg(r.error));
        return 2;
    }
    printOut(QStringLiteral("wrote %1: %2 traces, %3 observations, %4 scores, %5 bytes\n")
                 .arg(QFileInfo(out).filePath())
                 .arg(r.traces)
                 .arg(r.observations)
                 .arg(r.scores)
                 .arg(r.bytes)
                 .toUtf8());
    return 0;
}

} // namespace spanscope::cli

namespace {
const spanscope::cli::CommandRegistration reg{
    "generate", "--format langfuse-jsonl|otlp-jsonl --traces N --spans-per-trace M --seed S --out FILE\n"
                "            write deterministic realistic test data",
    spanscope::cli::cmdGenerate};
}
