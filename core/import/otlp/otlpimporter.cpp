#include "import/otlp/otlpimporter.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include "import/common/inputstream.h"
#include "import/common/jsonsplitter.h"
#include "import/common/linereader.h"
#include "import/otlp/otlpparser.h"

Q_LOGGING_CATEGORY(lcOtlp, "spanscope.import.otlp")

namespace spanscope::import {

namespace {

enum class Layout { NotJson, Lines, Document };

// JSON Lines unless the first value spans several lines (a pretty-printed document) or the
// input is a top-level array. A file holding one minified request is read as one line, so
// lines longer than the sniff head are handled alike.
Layout detectLayout(std::string_view head)
{
    size_t i = 0;
    if (head.substr(0, 3) == "\xEF\xBB\xBF")
        i = 3;
    while (i < head.size() && (head[i] == ' ' || head[i] == '\n' || head[i] == '\r' || head[i] == '\t'))
        ++i;
    if (i == head.size())
        return Layout::NotJson;
    if (head[i] == '[')
        return Layout::Document;
    if (head[i] != '{')
        return Layout::NotJson;
    int depth = 0;
    bool inString = false, escape = false;
    for (; i < head.size(); ++i) {
        const char c = head[i];
        if (inString) {
            if (escape)
                escape = false;
            else if (c == '\\')
                escape = true;
            else if (c == '"')
                inString = false;
            else if (c == '\n')
                return Layout::Lines; // broken string: let the line reader report it
            continue;
        }
        if (c == '\n')
            return Layout::Document;
        if (c == '"')
            inString = true;
        else if (c == '{' || c == '[')
            ++depth;
        else if ((c == '}' || c == ']') && --depth == 0)
            return Layout::Lines;
    }
    return Layout::Lines;
}

QString tr(const char *s)
{
    return QCoreApplication::translate("OtlpImporter", s);
}

class OtlpJsonImporter final : public Importer {
public:
    const char *id() const override { return "otlp-json"; }
    QString displayName() const override { return tr("OpenTelemetry OTLP JSON"); }

    int sniff(const SniffInput &in) const override
    {
        if (in.firstChar != '{' && in.firstChar != '[')
            return 0;
        size_t p = in.head.find("\"resourceSpans\"");
        if (p == std::string_view::npos)
            p = in.head.find("\"instrumentationLibrarySpans\"");
        if (p == std::string_view::npos)
            return 0;
        // The first key of the request (or of Jaeger's {"result": ...}) is unambiguous; deeper
        // down it could be text inside another format's payload.
        return p < 64 ? 95 : 60;
    }

    ReadResult read(InputStream &in, RecordSink &sink, const ReadContext &ctx) const override
    {
        otlp::OtlpParser parser(sink, ctx);
        ReadResult rr;
        const QString file = QString::fromStdString(ctx.fileName);
        const Layout layout = detectLayout(in.head());
        if (layout == Layout::NotJson) {
            return ReadResult::unreadable(in.head().empty() ? tr("%1: the file is empty").arg(file)
                                                            : tr("%1: not OTLP JSON (byte 0 does not start a JSON "
                                                                 "object)")
                                                                  .arg(file));
        }
        if (layout == Layout::Lines) {
            LineReader lines(in);
            std::string_view line;
            int64_t good = 0;
            std::vector<ImportProblem> pending; // bad lines before the first good one
            std::string error;
            while (lines.next(line)) {
                if (ctx.cancelled()) {
                    rr.outcome = ReadResult::Outcome::Cancelled;
                    return rr;
                }
                if (lines.lineNumber() == 1 && line.substr(0, 3) == "\xEF\xBB\xBF")
                    line.remove_prefix(3);
                if (line.find_first_not_of(" \t\r") == std::string_view::npos)
                    continue;
                const otlp::OtlpParser::Unit u { line, lines.lineNumber(), lines.lineOffset() };
                const auto st = parser.parseRequest(u, error);
                if (st == otlp::OtlpParser::Status::Cancelled) {
                    rr.outcome = ReadResult::Outcome::Cancelled;
                    return rr;
                }
                if (st == otlp::OtlpParser::Status::Ok) {
                    if (good++ == 0)
                        for (auto &p : pending)
                            sink.problem(std::move(p));
                    pending.clear();
                    continue;
                }
                ImportProblem p;
                p.file = ctx.fileName;
                p.line = u.line;
                p.byteOffset = u.offset;
                p.kind = "parse";
                p.message = "line " + std::to_string(u.line) + " skipped: " + error;
                p.excerpt = std::string(line.substr(0, 160));
                if (good > 0)
                    sink.problem(std::move(p));
                else if (pending.size() < 1000)
                    pending.push_back(std::move(p));
            }
            if (!lines.error().isEmpty())
                return ReadResult::unreadable(
                    tr("%1: read error at byte %2: %3").arg(file).arg(lines.bytesRead()).arg(lines.error()));
            if (good == 0 && !pending.empty()) {
                const ImportProblem &p = pending.front();
                return ReadResult::unreadable(tr("%1: not OTLP JSON at byte %2: %3")
                                                  .arg(file)
                                                  .arg(p.byteOffset)
                                                  .arg(QString::fromStdString(p.message)));
            }
        } else {
            JsonSplitter splitter(in);
            bool cancelled = false;
            std::string error;
            const bool ok = splitter.run([&](const JsonSplitter::Element &e) {
                if (ctx.cancelled()) {
                    cancelled = true;
                    return false;
                }
                const otlp::OtlpParser::Unit u { e.text, 0, e.offset };
                otlp::OtlpParser::Status st = otlp::OtlpParser::Status::Ok;
                if (e.key == "resourceSpans" && e.index >= 0) {
                    st = parser.parseResourceSpans(u, error);
                } else if (e.key == "resourceSpans") {
                    parser.problem(u, nullptr, "schema", "\"resourceSpans\" is not an array; skipped");
                    return true;
                } else if (e.key == "result" || e.key.empty()) {
                    // Jaeger API v3 {"result": request}, or a top-level array of requests.
                    st = parser.parseRequest(u, error);
                } else {
                    return true;
                }
                if (st == otlp::OtlpParser::Status::Cancelled) {
                    cancelled = true;
                    return false;
                }
                if (st == otlp::OtlpParser::Status::Failed)
                    parser.problem(u, nullptr, "parse", "element skipped: " + error);
                return true;
            });
            if (cancelled) {
                rr.outcome = ReadResult::Outcome::Cancelled;
                return rr;
            }
            if (!ok) {
                qCDebug(lcOtlp) << "unreadable" << file << splitter.error();
                return ReadResult::unreadable(tr("%1: %2").arg(file, splitter.error()));
            }
        }
        parser.finish();
        rr.records = parser.records();
        return rr;
    }
};

} // namespace

std::unique_ptr<Importer> makeOtlpJsonImporter()
{
    return std::make_unique<OtlpJsonImporter>();
}

} // namespace spanscope::import
