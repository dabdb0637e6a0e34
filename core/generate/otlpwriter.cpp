// OTLP/JSON (ExportTraceServiceRequest) spans with GenAI semantic-convention attributes
// (gen_ai.*) plus the Langfuse OTel attributes for what the conventions do not cover.

#include <string_view>

#include "generate/formatwriters.h"
#include "generate/jsonwriter.h"

namespace spanscope::generate {

namespace {

// Attribute writers: {"key":K,"value":{"stringValue":V}} and friends.
void attrString(JsonWriter &w, std::string_view key, std::string_view v)
{
    w.beginObject().field("key", key).key("value").beginObject().field("stringValue", v).endObject().endObject();
}
void attrInt(JsonWriter &w, std::string_view key, int64_t v)
{
    // The protobuf JSON mapping encodes int64 as a string.
    w.beginObject().field("key", key).key("value").beginObject().key("intValue").intString(v).endObject().endObject();
}
void attrDouble(JsonWriter &w, std::string_view key, double v)
{
    w.beginObject().field("key", key).key("value").beginObject().fieldNumber("doubleValue", v).endObject().endObject();
}
template<typename List>
void attrStringArray(JsonWriter &w, std::string_view key, const List &values)
{
    w.beginObject().field("key", key).key("value").beginObject().key("arrayValue").beginObject();
    w.key("values").beginArray();
    for (const auto &v : values)
        w.beginObject().field("stringValue", v).endObject();
    w.endArray().endObject().endObject().endObject();
}
void attrMetadata(JsonWriter &w, std::string_view prefix, const Metadata &m)
{
    std::string key;
    for (const MetaEntry &e : m) {
        key.assign(prefix);
        key += e.key;
        if (e.number)
            attrInt(w, key, std::stoll(e.text));
        else
            attrString(w, key, e.text);
    }
}

const char *lowerType(std::string_view t)
{
    if (t == "GENERATION") return "generation";
    if (t == "AGENT") return "agent";
    if (t == "TOOL") return "tool";
    if (t == "CHAIN") return "chain";
    if (t == "RETRIEVER") return "retriever";
    if (t == "EMBEDDING") return "embedding";
    if (t == "EVENT") return "event";
    return "span";
}

const char *semconvProvider(const char *p)
{
    return std::string_view(p) == "google" ? "gcp.gemini" : p;
}

// GenAI semantic-convention message format: role + typed parts.
void writeMessages(JsonWriter &w, const Message *msgs, size_t n, const char *finishReason)
{
    w.beginArray();
    for (size_t i = 0; i < n; ++i) {
        const Message &m = msgs[i];
        w.beginObject().field("role", m.role).key("parts").beginArray();
        if (!m.toolCallId.empty()) {
            w.beginObject().field("type", "tool_call_response").field("id", m.toolCallId);
            w.key("response").raw(m.content).endObject();
        } else if (!m.content.empty()) {
            w.beginObject().field("type", "text").field("content", m.content).endObject();
        }
        for (const ToolCall &c : m.toolCalls) {
            w.beginObject().field("type", "tool_call").field("id", c.id).field("name", c.name);
            w.key("arguments").raw(c.argumentsJson).endObject();
        }
        w.endArray();
        if (finishReason)
            w.field("finish_reason", finishReason);
        w.endObject();
    }
    w.endArray();
}

void writeSpan(const GenTrace &t, const GenObservation &o, int index, std::string &out, std::string &scratch)
{
    const std::string_view type(o.type);
    const bool generation = type == "GENERATION";
    JsonWriter w(out);
    w.beginObject().field("traceId", t.id).field("spanId", o.id);
    w.field("parentSpanId", o.parent < 0 ? std::string_view() : std::string_view(t.observations[size_t(o.parent)].id));
    w.field("name", generation ? "chat " + std::string(o.model->name) : o.name);
    w.fieldInt("kind", generation || type == "EMBEDDING" || type == "TOOL" ? 3 : 1);
    w.key("startTimeUnixNano").intString(o.startNs);
    w.key("endTimeUnixNano").intString(o.endNs);
    w.key("attributes").beginArray();
    attrString(w, "langfuse.observation.type", lowerType(type));
    attrString(w, "langfuse.environment", t.environment);
    if (o.parent < 0) {
        // Trace-level fields ride on the root span.
        attrString(w, "langfuse.trace.name", t.name);
        if (!t.userId.empty())
            attrString(w, "user.id", t.userId);
        if (!t.sessionId.empty()) {
            attrString(w, "session.id", t.sessionId);
            attrString(w, "gen_ai.conversation.id", t.sessionId);
        }
        attrString(w, "langfuse.release", t.release);
        attrString(w, "langfuse.version", t.version);
        if (!t.tags.empty())
            attrStringArray(w, "langfuse.trace.tags", t.tags);
        attrString(w, "langfuse.trace.input", t.inputJson);
        attrString(w, "langfuse.trace.output", t.outputJson);
        attrMetadata(w, "langfuse.trace.metadata.", t.metadata);
        attrString(w, "gen_ai.operation.name", "invoke_agent");
        attrString(w, "gen_ai.agent.name", o.name);
    } else if (type == "AGENT") {
        attrString(w, "gen_ai.operation.name", "invoke_agent");
        attrString(w, "gen_ai.agent.name", o.name);
    }
    if (generation) {
        attrString(w, "gen_ai.operation.name", "chat");
        attrString(w, "gen_ai.provider.name", semconvProvider(o.model->provider));
        attrString(w, "gen_ai.request.model", o.model->name);
        attrString(w, "gen_ai.response.model", o.model->name);
        if (o.temperature >= 0)
            attrDouble(w, "gen_ai.request.temperature", o.temperature);
        attrInt(w, "gen_ai.request.max_tokens", o.maxTokens);
        if (o.reasoningEffort)
            attrString(w, "openai.request.reasoning_effort", o.reasoningEffort);
        // Semantic conventions: input/output token counts include cached and reasoning tokens.
        attrInt(w, "gen_ai.usage.input_tokens", o.inputTokens);
        attrInt(w, "gen_ai.usage.output_tokens", o.outputTokens);
        if (o.cacheReadTokens)
            attrInt(w, "gen_ai.usage.cache_read.input_tokens", o.cacheReadTokens);
        if (o.reasoningTokens)
            attrInt(w, "gen_ai.usage.reasoning.output_tokens", o.reasoningTokens);
        const std::string_view finish = o.finishReason;
        attrStringArray(w, "gen_ai.response.finish_reasons", std::initializer_list<std::string_view>{finish});
        scratch.clear();
        {
            JsonWriter mw(scratch);
            writeMessages(mw, o.inputMessages.data(), o.inputMessages.size(), nullptr);
        }
        attrString(w, "gen_ai.input.messages", scratch);
        scratch.clear();
        {
            JsonWriter mw(scratch);
            writeMessages(mw, &o.outputMessage, 1, o.finishReason.c_str());
        }
        attrString(w, "gen_ai.output.messages", scratch);
        if (!o.promptName.empty()) {
            attrString(w, "langfuse.observation.prompt.name", o.promptName);
            attrInt(w, "langfuse.observation.prompt.version", o.promptVersion);
        }
        scratch.clear();
        appendIsoMs(scratch, o.completionStartNs);
        attrString(w, "langfuse.observation.completion_start_time", scratch);
        if (o.providedCost) {
            scratch.clear();
            JsonWriter(scratch).beginObject().fieldNumber("input", o.costInput).fieldNumber("output", o.costOutput)
                .fieldNumber("total", o.costInput + o.costOutput).endObject();
            attrString(w, "langfuse.observation.cost_details", scratch);
        }
    } else {
        if (type == "TOOL") {
            attrString(w, "gen_ai.operation.name", "execute_tool");
            attrString(w, "gen_ai.tool.name", o.toolName);
            attrString(w, "gen_ai.tool.call.id", o.toolCallId);
        } else if (type == "EMBEDDING") {
            attrString(w, "gen_ai.operation.name", "embeddings");
            attrString(w, "gen_ai.provider.name", semconvProvider(o.model->provider));
            attrString(w, "gen_ai.request.model", o.model->name);
            attrInt(w, "gen_ai.usage.input_tokens", o.inputTokens);
        }
        if (!o.inputJson.empty())
            attrString(w, "langfuse.observation.input", o.inputJson);
        if (!o.outputJson.empty())
            attrString(w, "langfuse.observation.output", o.outputJson);
    }
    attrMetadata(w, "langfuse.observation.metadata.", o.metadata);
    if (std::string_view(o.logLevel) != "DEFAULT") {
        attrString(w, "langfuse.observation.level", o.logLevel);
        if (!o.statusMessage.empty())
            attrString(w, "langfuse.observation.status_message", o.statusMessage);
    }
    w.endArray();

    w.key("events").beginArray();
    for (const GenScore &s : t.scores) {
        // Trace-level scores ride on the root span, observation scores on their span.
        if (!(s.observation == index || (s.observation < 0 && o.parent < 0)))
            continue;
        w.beginObject().key("timeUnixNano").intString(s.timestampNs).field("name", "gen_ai.evaluation.result");
        w.key("attributes").beginArray();
        attrString(w, "gen_ai.evaluation.name", s.name);
        if (s.hasValue)
            attrDouble(w, "gen_ai.evaluation.score.value", s.value);
        if (!s.stringValue.empty())
            attrString(w, "gen_ai.evaluation.score.label", s.stringValue);
        if (!s.comment.empty())
            attrString(w, "gen_ai.evaluation.explanation", s.comment);
        attrString(w, "langfuse.score.data_type", s.dataType);
        attrString(w, "langfuse.score.source", s.source);
        attrString(w, "langfuse.score.id", s.id);
        w.endArray().endObject();
    }
    w.endArray();

    w.key("status").beginObject();
    if (std::string_view(o.logLevel) == "ERROR")
        w.fieldInt("code", 2).field("message", o.statusMessage);
    w.endObject();
    w.endObject();
}

} // namespace

void appendOtlpResourceSpans(const GenTrace &t, std::string &out)
{
    JsonWriter w(out);
    w.beginObject().key("resource").beginObject().key("attributes").beginArray();
    attrString(w, "service.name", t.name);
    attrString(w, "service.version", t.release);
    attrString(w, "deployment.environment.name", t.environment);
    attrString(w, "telemetry.sdk.language", "python");
    attrString(w, "telemetry.sdk.name", "opentelemetry");
    w.endArray().endObject();
    w.key("scopeSpans").beginArray().beginObject();
    w.key("scope").beginObject().field("name", "spanscope.generator").field("version", "1.0.0").endObject();
    w.key("spans").beginArray();
    std::string scratch;
    for (size_t i = 0; i < t.observations.size(); ++i) {
        if (i)
            out += ',';
        writeSpan(t, t.observations[i], int(i), out, scratch);
    }
    w.endArray().endObject().endArray().endObject();
}

} // namespace spanscope::generate
