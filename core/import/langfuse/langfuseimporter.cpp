#include "import/langfuse/langfuseimporter.h"

#include <QCoreApplication>

#include <unordered_set>

#include "import/common/csvreader.h"
#include "import/common/inputstream.h"
#include "import/common/jsonsplitter.h"
#include "import/common/jsonutil.h"
#include "import/common/linereader.h"
#include "import/langfuse/langfuserecord.h"
#include "import/registry.h"

namespace spanscope::import {

namespace {

std::string excerpt(std::string_view text)
{
    std::string e(text.substr(0, 120));
    for (char &c : e)
        if (static_cast<unsigned char>(c) < 0x20)
            c = ' ';
    return e;
}

int countOf(std::string_view head, std::string_view needle)
{
    int n = 0;
    for (size_t p = head.find(needle); p != std::string_view::npos; p = head.find(needle, p + 1))
        ++n;
    return n;
}

// CSV columns that hold JSON (objects, arrays) in Langfuse exports.
bool isJsonColumn(std::string_view c)
{
    static const std::unordered_set<std::string_view> cols = {
        "input", "output", "metadata", "modelParameters", "model_parameters", "usageDetails", "usage_details",
        "costDetails", "cost_details", "providedCostDetails", "provided_cost_details", "tags", "usage"};
    return cols.count(c) > 0;
}

bool isNumberColumn(std::string_view c)
{
    static const std::unordered_set<std::string_view> cols = {
        "value", "totalCost", "total_cost", "inputCost", "outputCost", "calculatedTotalCost", "inputUsage",
        "outputUsage", "totalUsage", "promptVersion", "prompt_version", "latency", "timeToFirstToken"};
    return cols.count(c) > 0;
}

class LangfuseImporter final : public Importer {
public:
    const char *id() const override { return "langfuse"; }
    QString displayName() const override { return QCoreApplication::translate("Importer", "Langfuse export"); }

    int sniff(const SniffInput &in) const override
    {
        const std::string_view h = in.head;
        if (h.find("\"resourceSpans\"") != std::string_view::npos)
            return 0;
        if (in.firstChar == '{' || in.firstChar == '[') {
            int score = 0;
            for (std::string_view marker : {"\"traceId\"", "\"trace_id\"", "\"parentObservationId\"",
                                            "\"parent_observation_id\"", "\"usageDetails\"", "\"usage_details\"",
                                            "\"observations\"", "\"dataType\"", "\"data_type\"", "\"startTime\"",
                                            "\"start_time\"", "\"projectId\"", "\"project_id\"", "\"sessionId\""})
                score += countOf(h, marker) > 0 ? 10 : 0;
            if (h.find("\"timestamp\"") != std::string_view::npos && h.find("\"id\"") != std::string_view::npos)
                score += 5;
            return score >= 15 ? 50 + score : 0;
        }
        // CSV: a header line naming Langfuse columns.
        const std::string_view first = h.substr(0, h.find('\n'));
        int hits = 0;
        for (std::string_view col : {"traceId", "trace_id", "startTime", "start_time", "timestamp", "dataType",
                                     "observationId", "parentObservationId", "userId", "sessionId"})
            if (first.find(col) != std::string_view::npos)
                ++hits;
        return (first.find(',') != std::string_view::npos && first.find("id") != std::string_view::npos && hits >= 1)
            ? 30 + hits
            : 0;
    }

    ReadResult read(InputStream &in, RecordSink &sink, const ReadContext &ctx) const override
    {
        const SniffInput s = Registry::makeSniffInput(in.head());
        if (s.jsonLines)
            return readLines(in, sink, ctx);
        if (s.firstChar == '[')
            return readDocument(in, sink, ctx);
        if (s.firstChar == '{') {
            // A container document ({trace, observations}, {data: [...]}) is split; a lone record
            // object (one trace/observation/score, possibly pretty-printed) is one record.
            const std::string key = firstKey(in.head());
            static const std::unordered_set<std::string> containers = {"trace", "observations", "scores", "data",
                                                                       "traces", "sessions"};
            if (containers.count(key) || int64_t(in.head().size()) >= in.fileSize())
                return containers.count(key) ? readDocument(in, sink, ctx) : readWhole(in, sink, ctx);
            return readLines(in, sink, ctx);
        }
        return readCsv(in, sink, ctx);
    }

private:
    static std::string firstKey(std::string_view h)
    {
        size_t i = h.find('{');
        if (i == std::string_view::npos)
            return {};
        ++i;
        while (i < h.size() && (h[i] == ' ' || h[i] == '\n' || h[i] == '\r' || h[i] == '\t'))
            ++i;
        if (i >= h.size() || h[i] != '"')
            return {};
        const size_t end = h.find('"', i + 1);
        return end == std::string_view::npos ? std::string() : std::string(h.substr(i + 1, end - i - 1));
    }

    // A small file holding one record object.
    ReadResult readWhole(InputStream &in, RecordSink &sink, const ReadContext &ctx) const
    {
        std::string text = in.head();
        text.reserve(text.size() + simdjson::SIMDJSON_PADDING);
        langfuse::RecordParser parser;
        parser.setPosition(ctx.fileName, 1, 0);
        const std::string err = parser.parse(text, sink);
        if (!err.empty())
            return ReadResult::unreadable(QStringLiteral("%1: %2").arg(QString::fromStdString(ctx.fileName),
                                                                    QString::fromStdString(err)));
        return {ReadResult::Outcome::Ok, {}, 1};
    }

    ReadResult readLines(InputStream &in, RecordSink &sink, const ReadContext &ctx) const
    {
        LineReader lines(in);
        langfuse::RecordParser parser;
        ReadResult rr;
        std::string_view line;
        while (lines.next(line)) {
            if ((rr.records & 1023) == 0 && ctx.cancelled())
                return {ReadResult::Outcome::Cancelled, {}, rr.records};
            size_t i = 0;
            while (i < line.size() && (line[i] == ' ' || line[i] == '\t'))
                ++i;
            if (i == line.size())
                continue;
            parser.setPosition(ctx.fileName, lines.lineNumber(), lines.lineOffset());
            const std::string e = parser.parse(line, sink);
            if (!e.empty())
                sink.problem({ctx.fileName, lines.lineNumber(), lines.lineOffset(), e.rfind("not valid JSON", 0) == 0 ? "parse" : "schema", e, excerpt(line)});
            else
                ++rr.records;
        }
        if (!lines.error().isEmpty())
            return ReadResult::unreadable(lines.error());
        return rr;
    }

    ReadResult readDocument(InputStream &in, RecordSink &sink, const ReadContext &ctx) const
    {
        JsonSplitter splitter(in);
        langfuse::RecordParser parser;
        ReadResult rr;
        bool topLevelObservations = false, topLevelScores = false;
        const bool ok = splitter.run([&](const JsonSplitter::Element &e) {
            if ((rr.records & 1023) == 0 && ctx.cancelled())
                return false;
            // Scalars and the metadata of API responses ("meta") carry no records.
            if (e.text.empty() || (e.text.front() != '{'))
                return true;
            if (e.key == "meta" || e.key == "pagination")
                return true;
            if (e.key == "observations")
                topLevelObservations = true;
            if (e.key == "scores")
                topLevelScores = true;
            parser.setPosition(ctx.fileName, 0, e.offset);
            const std::string err = parser.parse(e.text, sink, /*deferNested=*/true);
            if (!err.empty())
                sink.problem({ctx.fileName, 0, e.offset, err.rfind("not valid JSON", 0) == 0 ? "parse" : "schema", err,
                              excerpt(e.text)});
            else
                ++rr.records;
            return true;
        });
        if (ctx.cancelled())
            return {ReadResult::Outcome::Cancelled, {}, rr.records};
        if (!ok)
            return ReadResult::unreadable(QStringLiteral("%1: %2").arg(QString::fromStdString(ctx.fileName), splitter.error()));
        // A UI download repeats the trace's observations at the top level: use those when present.
        parser.deliverDeferred(sink, topLevelObservations, topLevelScores);
        return rr;
    }

    ReadResult readCsv(InputStream &in, RecordSink &sink, const ReadContext &ctx) const
    {
        CsvReader csv(in);
        std::vector<std::string> header, row;
        if (!csv.next(header))
            return ReadResult::unreadable(QStringLiteral("%1: %2").arg(QString::fromStdString(ctx.fileName),
                                                                    csv.error().isEmpty() ? QStringLiteral("the file is empty") : csv.error()));
        if (!header.empty() && header[0].rfind("\xEF\xBB\xBF", 0) == 0)
            header[0].erase(0, 3);
        langfuse::RecordParser parser;
        ReadResult rr;
        std::string obj;
        while (csv.next(row)) {
            if ((rr.records & 1023) == 0 && ctx.cancelled())
                return {ReadResult::Outcome::Cancelled, {}, rr.records};
            if (row.size() != header.size()) {
                sink.problem({ctx.fileName, csv.recordLine(), csv.recordOffset(), "parse",
                              "row has " + std::to_string(row.size()) + " fields, the header has " +
                                  std::to_string(header.size()),
                              excerpt(row.empty() ? std::string_view() : std::string_view(row[0]))});
                continue;
            }
            // Rebuild the row as a JSON object so one parser serves JSON, JSONL and CSV.
            obj.assign(1, '{');
            for (size_t i = 0; i < row.size(); ++i) {
                if (i)
                    obj.push_back(',');
                json::appendQuoted(obj, header[i]);
                obj.push_back(':');
                const std::string &cell = row[i];
                if (cell.empty()) {
                    obj += "null";
                } else if (isJsonColumn(header[i]) && (cell[0] == '{' || cell[0] == '[') && json::isValidJson(cell)) {
                    obj += cell;
                } else if (isNumberColumn(header[i]) && json::doubleFromString(cell)) {
                    obj += cell;
                } else {
                    json::appendQuoted(obj, cell);
                }
            }
            obj.push_back('}');
            obj.reserve(obj.size() + simdjson::SIMDJSON_PADDING);
            parser.setPosition(ctx.fileName, csv.recordLine(), csv.recordOffset());
            const std::string err = parser.parse(obj, sink);
            if (!err.empty())
                sink.problem({ctx.fileName, csv.recordLine(), csv.recordOffset(), "schema", err, excerpt(obj)});
            else
                ++rr.records;
        }
        if (!csv.error().isEmpty())
            return ReadResult::unreadable(QStringLiteral("%1: %2").arg(QString::fromStdString(ctx.fileName), csv.error()));
        return rr;
    }
};

} // namespace

std::unique_ptr<Importer> makeLangfuseImporter()
{
    return std::make_unique<LangfuseImporter>();
}

} // namespace spanscope::import
