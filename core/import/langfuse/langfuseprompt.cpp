#include "import/langfuse/langfuseprompt.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

#include "import/common/inputstream.h"
#include "import/common/jsonsplitter.h"
#include "import/common/jsonutil.h"
#include "import/common/linereader.h"
#include "import/registry.h"

namespace spanscope::import {

using Json = nlohmann::ordered_json;

namespace langfuse {

std::optional<PromptRecord> parsePromptObject(std::string_view text, std::string &error)
{
    Json v;
    try {
        v = Json::parse(text.begin(), text.end());
    } catch (const Json::exception &e) {
        error = std::string("not valid JSON: ") + e.what();
        return std::nullopt;
    }
    if (!v.is_object()) {
        error = "a prompt must be a JSON object";
        return std::nullopt;
    }
    PromptRecord p;
    const auto name = v.find("name");
    if (name == v.end() || !name->is_string() || name->get<std::string>().empty()) {
        error = "prompt without a name";
        return std::nullopt;
    }
    p.name = name->get<std::string>();
    const auto prompt = v.find("prompt");
    if (prompt == v.end() || !(prompt->is_string() || prompt->is_array())) {
        // The list endpoint's PromptMeta has versions but no body: each version must be fetched.
        error = v.contains("versions") ? "prompt list entry without a body (fetch each version from /v2/prompts/{name})"
                                       : "prompt \"" + p.name + "\" has no text or chat body";
        return std::nullopt;
    }
    const auto version = v.find("version");
    std::optional<int64_t> ver;
    if (version != v.end() && version->is_number_integer())
        ver = version->get<int64_t>();
    else if (version != v.end() && version->is_string())
        ver = json::intFromString(version->get<std::string>());
    if (!ver || *ver < 1) {
        error = "prompt \"" + p.name + "\" has no positive integer version";
        return std::nullopt;
    }
    p.version = *ver;
    std::string type = v.value("type", std::string());
    if (type != "chat" && type != "text")
        type = prompt->is_array() ? "chat" : "text";
    p.type = type;
    p.bodyJson = prompt->dump(-1, ' ', false, Json::error_handler_t::replace);
    if (const auto c = v.find("config"); c != v.end() && !c->is_null())
        p.configJson = c->dump(-1, ' ', false, Json::error_handler_t::replace);
    auto stringArray = [&](const char *key) -> std::optional<std::string> {
        const auto it = v.find(key);
        if (it == v.end() || !it->is_array())
            return std::nullopt;
        Json out = Json::array();
        for (const Json &e : *it)
            if (e.is_string())
                out.push_back(e);
        return out.dump();
    };
    p.labelsJson = stringArray("labels");
    p.tagsJson = stringArray("tags");
    for (const char *key : {"createdAt", "created_at", "updatedAt", "updated_at"}) {
        const auto it = v.find(key);
        if (it != v.end() && it->is_string()) {
            if (auto t = json::parseIsoTimeNs(it->get<std::string>())) {
                p.createdAtNs = *t;
                break;
            }
        }
    }
    return p;
}

} // namespace langfuse

namespace {

std::string excerpt(std::string_view text)
{
    std::string e(text.substr(0, 120));
    for (char &c : e)
        if (static_cast<unsigned char>(c) < 0x20)
            c = ' ';
    return e;
}

class LangfusePromptImporter final : public Importer {
public:
    const char *id() const override { return "langfuse-prompts"; }
    QString displayName() const override
    {
        return QCoreApplication::translate("Importer", "Langfuse prompts");
    }

    int sniff(const SniffInput &in) const override
    {
        if (in.firstChar != '{' && in.firstChar != '[')
            return 0;
        const std::string_view h = in.head;
        // Trace, observation and span files never count as prompt files, whatever their payloads say.
        for (std::string_view marker : {"\"traceId\"", "\"trace_id\"", "\"observations\"", "\"startTime\"",
                                        "\"start_time\"", "\"resourceSpans\"", "\"parentObservationId\"",
                                        "\"spans\"", "\"dataType\"", "\"data_type\"", "\"run_type\""})
            if (h.find(marker) != std::string_view::npos)
                return 0;
        int hits = 0;
        for (std::string_view marker : {"\"name\"", "\"version\"", "\"prompt\""})
            hits += h.find(marker) != std::string_view::npos ? 1 : 0;
        if (hits < 3)
            return 0;
        int extra = 0;
        for (std::string_view marker : {"\"labels\"", "\"config\"", "\"tags\"", "\"commitMessage\""})
            extra += h.find(marker) != std::string_view::npos ? 1 : 0;
        return extra >= 1 ? 80 + extra : 0;
    }

    ReadResult read(InputStream &in, RecordSink &sink, const ReadContext &ctx) const override
    {
        const SniffInput s = Registry::makeSniffInput(in.head());
        if (s.jsonLines)
            return readLines(in, sink, ctx);
        if (s.firstChar == '{' && firstKey(in.head()) != "data")
            return readWhole(in, sink, ctx);
        return readDocument(in, sink, ctx);
    }

private:
    static std::string firstKey(std::string_view h)
    {
        const size_t open = h.find('{');
        const size_t q = open == std::string_view::npos ? open : h.find('"', open);
        if (q == std::string_view::npos)
            return {};
        const size_t end = h.find('"', q + 1);
        return end == std::string_view::npos ? std::string() : std::string(h.substr(q + 1, end - q - 1));
    }

    static bool deliver(std::string_view text, RecordSink &sink, const ReadContext &ctx, int64_t line,
                        int64_t offset)
    {
        std::string error;
        std::optional<PromptRecord> p = langfuse::parsePromptObject(text, error);
        if (!p) {
            sink.problem({ctx.fileName, line, offset, error.rfind("not valid JSON", 0) == 0 ? "parse" : "schema",
                          error, excerpt(text)});
            return false;
        }
        sink.prompt(std::move(*p));
        return true;
    }

    // One prompt object (possibly pretty-printed over many lines).
    ReadResult readWhole(InputStream &in, RecordSink &sink, const ReadContext &ctx) const
    {
        std::string text;
        char buf[65536];
        for (int64_t n; (n = in.read(buf, sizeof buf)) > 0;)
            text.append(buf, size_t(n));
        if (!in.error().isEmpty())
            return ReadResult::unreadable(in.error());
        std::string error;
        std::optional<PromptRecord> p = langfuse::parsePromptObject(text, error);
        if (!p)
            return ReadResult::unreadable(
                QStringLiteral("%1: %2").arg(QString::fromStdString(ctx.fileName), QString::fromStdString(error)));
        sink.prompt(std::move(*p));
        return {ReadResult::Outcome::Ok, {}, 1};
    }

    ReadResult readLines(InputStream &in, RecordSink &sink, const ReadContext &ctx) const
    {
        LineReader lines(in);
        ReadResult rr;
        std::string_view line;
        while (lines.next(line)) {
            if (ctx.cancelled())
                return {ReadResult::Outcome::Cancelled, {}, rr.records};
            if (line.find_first_not_of(" \t\r") == std::string_view::npos)
                continue;
            if (deliver(line, sink, ctx, lines.lineNumber(), lines.lineOffset()))
                ++rr.records;
        }
        if (!lines.error().isEmpty())
            return ReadResult::unreadable(lines.error());
        return rr;
    }

    // A JSON array of prompt objects, or an object whose "data" member lists them.
    ReadResult readDocument(InputStream &in, RecordSink &sink, const ReadContext &ctx) const
    {
        JsonSplitter splitter(in);
        ReadResult rr;
        const bool ok = splitter.run([&](const JsonSplitter::Element &e) {
            if (ctx.cancelled())
                return false;
            if (!e.key.empty() && e.key != "data")
                return true; // "meta" and other wrapper members
            if (deliver(e.text, sink, ctx, 0, e.offset))
                ++rr.records;
            return true;
        });
        if (ctx.cancelled())
            return {ReadResult::Outcome::Cancelled, {}, rr.records};
        if (!ok)
            return ReadResult::unreadable(
                QStringLiteral("%1: %2").arg(QString::fromStdString(ctx.fileName), splitter.error()));
        return rr;
    }
};

} // namespace

std::unique_ptr<Importer> makeLangfusePromptImporter()
{
    return std::make_unique<LangfusePromptImporter>();
}

} // namespace spanscope::import
