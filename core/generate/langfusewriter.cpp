// Langfuse UI batch-export shape (camelCase), one JSON object per line.

#include <string_view>

#include "generate/formatwriters.h"
#include "generate/jsonwriter.h"

namespace spanscope::generate {

namespace {

void writeMetadata(JsonWriter &w, const Metadata &m)
{
    w.beginObject();
    for (const MetaEntry &e : m) {
        w.key(e.key);
        if (e.number)
            w.raw(e.text);
        else
            w.string(e.text);
    }
    w.endObject();
}

// OpenAI chat format, the most common shape in Langfuse generations.
void writeMessage(JsonWriter &w, const Message &m)
{
    w.beginObject().field("role", m.role);
    if (m.content.empty() && !m.toolCalls.empty())
        w.fieldNull("content");
    else
        w.field("content", m.content);
    if (!m.toolCalls.empty()) {
        w.key("tool_calls").beginArray();
        for (const ToolCall &c : m.toolCalls) {
            w.beginObject().field("id", c.id).field("type", "function");
            w.key("function").beginObject().field("name", c.name).field("arguments", c.argumentsJson).endObject();
            w.endObject();
        }
        w.endArray();
    }
    if (!m.toolCallId.empty())
        w.field("tool_call_id", m.toolCallId);
    w.endObject();
}

void writeObservation(const GenTrace &t, const GenObservation &o, std::string &out)
{
    const std::string_view type(o.type);
    const bool generation = type == "GENERATION";
    JsonWriter w(out);
    w.beginObject().field("id", o.id).field("traceId", t.id);
    if (o.parent < 0)
        w.fieldNull("parentObservationId");
    else
        w.field("parentObservationId", t.observations[size_t(o.parent)].id);
    w.field("type", o.type).field("name", o.name);
    w.key("startTime").isoTime(o.startNs);
    w.key("endTime").isoTime(o.endNs);
    if (generation)
        w.key("completionStartTime").isoTime(o.completionStartNs);
    w.field("level", o.logLevel).fieldOrNull("statusMessage", o.statusMessage);
    if (o.model)
        w.field("model", o.model->name);
    else
        w.fieldNull("model");
    if (generation) {
        w.key("modelParameters").beginObject();
        if (o.temperature >= 0)
            w.fieldNumber("temperature", o.temperature);
        if (o.reasoningEffort)
            w.field("reasoning_effort", o.reasoningEffort);
        w.fieldInt("max_tokens", o.maxTokens).endObject();
        w.key("input").beginArray();
        for (const Message &m : o.inputMessages)
            writeMessage(w, m);
        w.endArray();
        w.key("output");
        writeMessage(w, o.outputMessage);
    } else {
        w.fieldNull("modelParameters");
        w.key("input").raw(o.inputJson.empty() ? std::string_view("null") : std::string_view(o.inputJson));
        w.key("output").raw(o.outputJson.empty() ? std::string_view("null") : std::string_view(o.outputJson));
    }
    w.key("metadata");
    writeMetadata(w, o.metadata);
    if (generation) {
        // Langfuse keys: cached and reasoning tokens are separate keys, not part of input/output.
        w.key("usageDetails").beginObject();
        w.fieldInt("input", o.inputTokens - o.cacheReadTokens);
        w.fieldInt("output", o.outputTokens - o.reasoningTokens);
        if (o.cacheReadTokens)
            w.fieldInt(o.model->cacheKey, o.cacheReadTokens);
        if (o.reasoningTokens)
            w.fieldInt("output_reasoning", o.reasoningTokens);
        w.fieldInt("total", o.inputTokens + o.outputTokens).endObject();
        if (o.providedCost) {
            w.key("costDetails").beginObject().fieldNumber("input", o.costInput).fieldNumber("output", o.costOutput);
            w.fieldNumber("total", o.costInput + o.costOutput).endObject();
        }
    } else if (o.model) {
        w.key("usageDetails").beginObject().fieldInt("input", o.inputTokens).fieldInt("total", o.inputTokens);
        w.endObject();
    }
    w.fieldOrNull("promptName", o.promptName);
    if (o.promptVersion)
        w.fieldInt("promptVersion", o.promptVersion);
    else
        w.fieldNull("promptVersion");
    w.field("environment", t.environment);
    w.endObject();
    out += '\n';
}

} // namespace

void appendLangfuseLines(const GenTrace &t, std::string &out)
{
    {
        JsonWriter w(out);
        w.beginObject().field("id", t.id);
        w.key("timestamp").isoTime(t.timestampNs);
        w.field("name", t.name).fieldOrNull("userId", t.userId).fieldOrNull("sessionId", t.sessionId);
        w.field("release", t.release).field("version", t.version).field("environment", t.environment);
        w.key("tags").beginArray();
        for (const std::string &tag : t.tags)
            w.string(tag);
        w.endArray();
        w.key("input").raw(t.inputJson);
        w.key("output").raw(t.outputJson);
        w.key("metadata");
        writeMetadata(w, t.metadata);
        w.endObject();
        out += '\n';
    }
    for (const GenObservation &o : t.observations)
        writeObservation(t, o, out);
    for (const GenScore &s : t.scores) {
        JsonWriter w(out);
        w.beginObject().field("id", s.id).field("traceId", t.id);
        if (s.observation >= 0)
            w.field("observationId", t.observations[size_t(s.observation)].id);
        else
            w.fieldNull("observationId");
        w.field("name", s.name).field("dataType", s.dataType);
        if (s.hasValue)
            w.fieldNumber("value", s.value);
        else
            w.fieldNull("value");
        w.fieldOrNull("stringValue", s.stringValue).field("source", s.source).fieldOrNull("comment", s.comment);
        w.key("timestamp").isoTime(s.timestampNs);
        w.field("environment", t.environment);
        w.endObject();
        out += '\n';
    }
}

} // namespace spanscope::generate
