#include "generate/generator.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <string>

#include <QFile>
#include <QLoggingCategory>

#include "generate/formatwriters.h"
#include "generate/gentypes.h"
#include "generate/tracebuilder.h"

Q_LOGGING_CATEGORY(lcGenerate, "spanscope.generate")

namespace spanscope::generate {

namespace {

constexpr int kOtlpTracesPerLine = 20;
constexpr size_t kFlushBytes = 8u << 20;

struct FileCloser {
    void operator()(std::FILE *f) const
    {
        if (f)
            std::fclose(f);
    }
};

} // namespace

Result writeFile(const QString &path, const Options &options)
{
    Result result;
    if (options.traces < 1) {
        result.error = QStringLiteral("the number of traces must be at least 1");
        return result;
    }
    if (options.spansPerTrace < 1) {
        result.error = QStringLiteral("the number of spans per trace must be at least 1");
        return result;
    }
    std::unique_ptr<std::FILE, FileCloser> file(std::fopen(QFile::encodeName(path).constData(), "wb"));
    if (!file) {
        result.error = QStringLiteral("cannot write %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return result;
    }
    auto flush = [&](std::string &buf) {
        if (buf.empty())
            return true;
        if (std::fwrite(buf.data(), 1, buf.size(), file.get()) != buf.size())
            return false;
        result.bytes += int64_t(buf.size());
        buf.clear();
        return true;
    };

    TraceBuilder builder(options);
    GenTrace trace;
    std::string buf;
    buf.reserve(kFlushBytes + (1u << 20));
    const bool otlp = options.format == Format::OtlpJsonl;
    for (int64_t i = 0; i < options.traces; ++i) {
        builder.build(i, trace);
        if (otlp) {
            const bool first = i % kOtlpTracesPerLine == 0;
            buf += first ? "{\"resourceSpans\":[" : ",";
            appendOtlpResourceSpans(trace, buf);
            if (i % kOtlpTracesPerLine == kOtlpTracesPerLine - 1 || i + 1 == options.traces)
                buf += "]}\n";
        } else {
            appendLangfuseLines(trace, buf);
        }
        ++result.traces;
        result.observations += int64_t(trace.observations.size());
        result.scores += int64_t(trace.scores.size());
        // Flush only between lines so a failed write never leaves half a record unreported.
        if (buf.size() >= kFlushBytes && (!otlp || buf.back() == '\n') && !flush(buf)) {
            result.error = QStringLiteral("cannot write %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
            return result;
        }
    }
    if (!flush(buf) || std::fflush(file.get()) != 0) {
        result.error = QStringLiteral("cannot write %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return result;
    }
    if (std::fclose(file.release()) != 0) {
        result.error = QStringLiteral("cannot write %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return result;
    }
    qCDebug(lcGenerate) << "generated" << result.traces << "traces," << result.observations << "observations,"
                        << result.scores << "scores," << result.bytes << "bytes into" << path;
    result.ok = true;
    return result;
}

} // namespace spanscope::generate
