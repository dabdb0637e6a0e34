// AttributeMapper: input/output payloads (attributes, rebuilt dotted keys, message events) and
// span events that carry evaluations or exceptions.

#include <charconv>

#include "import/common/attributemapper.h"
#include "import/common/attrslots.h"
#include "import/common/jsonutil.h"

namespace spanscope::import {

using attr::Value;
using attr::ValueKind;
using namespace mapping;

namespace {

const Value *eventAttr(const attr::SpanEvents &events, const attr::Event &e, std::string_view key)
{
    for (size_t i = e.attrBegin; i < e.attrEnd; ++i)
        if (events.attributes[i].key == key)
            return &events.attributes[i].value;
    return nullptr;
}

// "gen_ai.user.message" -> "user"; empty when the name is not a GenAI message event.
std::string_view messageRole(std::string_view name)
{
    constexpr std::string_view pre = "gen_ai.", suf = ".message";
    if (name.size() <= pre.size() + suf.size() || name.substr(0, pre.size()) != pre
        || name.substr(name.size() - suf.size()) != suf)
        return {};
    const std::string_view role = name.substr(pre.size(), name.size() - pre.size() - suf.size());
    if (role == "system" || role == "user" || role == "assistant" || role == "tool")
        return role;
    return {};
}

// An event's attributes as one JSON object; `role` first when given. Provider keys are left out.
void appendEventObject(std::string &out, const attr::SpanEvents &events, const attr::Event &e, std::string_view role)
{
    out.push_back('{');
    bool first = true;
    if (!role.empty()) {
        out += "\"role\":";
        json::appendQuoted(out, role);
        first = false;
    }
    for (size_t i = e.attrBegin; i < e.attrEnd; ++i) {
        const auto &a = events.attributes[i];
        if (a.key == "gen_ai.system" || a.key == "gen_ai.provider.name" || (!role.empty() && a.key == "role"))
            continue;
        if (!first)
            out.push_back(',');
        first = false;
        json::appendQuoted(out, a.key);
        out.push_back(':');
        out += attr::payloadJson(a.value);
    }
    out.push_back('}');
}

std::string mimeAwarePayload(const Value &v, const Value *mime)
{
    // OpenInference says what the text is; plain text stays a string even if it looks like JSON.
    if (mime && v.kind == ValueKind::String && attr::text(*mime) == "text/plain")
        return json::quote(v.text);
    return attr::payloadJson(v);
}

} // namespace

void AttributeMapper::mapEvents(const attr::SpanEvents &events, ObservationRecord &obs, Result &result)
{
    m_eventInput.clear();
    m_eventOutput.clear();
    m_eventInputIdx.clear();
    m_eventOutputIdx.clear();
    std::string detailsIn, detailsOut, contentIn, contentOut, msgsIn, msgsOut;
    std::vector<size_t> detailsIdx, contentInIdx, contentOutIdx, msgsInIdx, msgsOutIdx;
    int evalCount = 0;
    for (size_t ei = 0; ei < events.events.size(); ++ei) {
        const attr::Event &e = events.events[ei];
        if (e.name == "gen_ai.evaluation.result") {
            ScoreRecord sc;
            sc.traceId = obs.traceId;
            sc.observationId = obs.id;
            sc.sessionId = obs.traceSessionId;
            sc.timestampNs = e.timeNs ? e.timeNs : obs.endNs;
            sc.source = "EVAL";
            const Value *name = eventAttr(events, e, "gen_ai.evaluation.name");
            sc.name = name ? attr::text(*name) : std::string("evaluation");
            if (sc.name.empty())
                sc.name = "evaluation";
            const Value *val = eventAttr(events, e, "gen_ai.evaluation.score.value");
            const Value *label = eventAttr(events, e, "gen_ai.evaluation.score.label");
            const Value *expl = eventAttr(events, e, "gen_ai.evaluation.explanation");
            if (val)
                sc.value = attr::toDouble(*val);
            if (label && label->kind != ValueKind::Null)
                sc.stringValue = attr::text(*label);
            if (sc.value) {
                sc.dataType = "NUMERIC";
            } else if (sc.stringValue) {
                sc.dataType = "CATEGORICAL";
            } else {
                continue; // neither a value nor a label: nothing to score, keep it as an event
            }
            if (expl && expl->kind != ValueKind::Null)
                sc.comment = attr::text(*expl);
            sc.id = obs.traceId + ':' + obs.id + ":eval:" + std::to_string(evalCount++);
            result.scores.push_back(std::move(sc));
            result.eventConsumed[ei] = 1;
        } else if (e.name == "exception") {
            // Stays an EVENT child (with its stack trace); also marks the span as failed.
            if (!obs.level || *obs.level == "DEFAULT")
                obs.level = "ERROR";
            if (!obs.statusMessage || obs.statusMessage->empty()) {
                const Value *type = eventAttr(events, e, "exception.type");
                const Value *msg = eventAttr(events, e, "exception.message");
                std::string text = type ? attr::text(*type) : std::string();
                if (msg) {
                    if (!text.empty())
                        text += ": ";
                    text += attr::text(*msg);
                }
                if (!text.empty())
                    obs.statusMessage = std::move(text);
            }
        } else if (e.name == "gen_ai.client.inference.operation.details") {
            if (const Value *in = eventAttr(events, e, "gen_ai.input.messages"); in && detailsIn.empty())
                detailsIn = attr::payloadJson(*in);
            if (const Value *out = eventAttr(events, e, "gen_ai.output.messages"); out && detailsOut.empty())
                detailsOut = attr::payloadJson(*out);
            detailsIdx.push_back(ei);
        } else if (e.name == "gen_ai.content.prompt") {
            if (const Value *p = eventAttr(events, e, "gen_ai.prompt"); p && contentIn.empty()) {
                contentIn = attr::payloadJson(*p);
                contentInIdx.push_back(ei);
            }
        } else if (e.name == "gen_ai.content.completion") {
            if (const Value *c = eventAttr(events, e, "gen_ai.completion"); c && contentOut.empty()) {
                contentOut = attr::payloadJson(*c);
                contentOutIdx.push_back(ei);
            }
        } else if (e.name == "gen_ai.choice") {
            msgsOut.push_back(msgsOut.empty() ? '[' : ',');
            appendEventObject(msgsOut, events, e, {});
            msgsOutIdx.push_back(ei);
        } else if (const std::string_view role = messageRole(e.name); !role.empty()) {
            msgsIn.push_back(msgsIn.empty() ? '[' : ',');
            appendEventObject(msgsIn, events, e, role);
            msgsInIdx.push_back(ei);
        }
    }
    if (!msgsIn.empty())
        msgsIn.push_back(']');
    if (!msgsOut.empty())
        msgsOut.push_back(']');
    // Newest convention first.
    if (!detailsIn.empty()) {
        m_eventInput = std::move(detailsIn);
        m_eventInputIdx = detailsIdx;
    } else if (!contentIn.empty()) {
        m_eventInput = std::move(contentIn);
        m_eventInputIdx = std::move(contentInIdx);
    } else if (!msgsIn.empty()) {
        m_eventInput = std::move(msgsIn);
        m_eventInputIdx = std::move(msgsInIdx);
    }
    if (!detailsOut.empty()) {
        m_eventOutput = std::move(detailsOut);
        m_eventOutputIdx = std::move(detailsIdx);
    } else if (!contentOut.empty()) {
        m_eventOutput = std::move(contentOut);
        m_eventOutputIdx = std::move(contentOutIdx);
    } else if (!msgsOut.empty()) {
        m_eventOutput = std::move(msgsOut);
        m_eventOutputIdx = std::move(msgsOutIdx);
    }
}

void AttributeMapper::mapPayloads(
    const attr::AttributeList &attrs, const attr::SpanEvents &events, Slots &s, ObservationRecord &obs, Result &result)
{
    (void)events;
    auto rebuild = [&](Group g, bool unwrap) -> std::optional<std::string> {
        if (m_groups[g].empty())
            return std::nullopt;
        m_tree.clear();
        for (int i : m_groups[g]) {
            const auto &a = attrs[size_t(i)];
            m_tree.add(a.key.substr(groupPrefixLength(g, a.key)), a.value);
            m_consumed[size_t(i)] = 1;
        }
        return m_tree.toJson(unwrap);
    };
    auto single = [&](Field f) -> std::optional<std::string> {
        const Value *v = s.get(f);
        if (!v || v->kind == ValueKind::Null)
            return std::nullopt;
        s.consume(f);
        return attr::payloadJson(*v);
    };
    auto fromEvents = [&](std::string &text, const std::vector<size_t> &idx) -> std::optional<std::string> {
        if (text.empty())
            return std::nullopt;
        for (size_t i : idx)
            result.eventConsumed[i] = 1;
        return std::move(text);
    };

    // Input: explicit Langfuse > GenAI messages > OpenInference messages > OpenInference value >
    // OpenLLMetry indexed prompt > deprecated attribute/events > Vercel AI > Traceloop entity.
    std::optional<std::string> in = single(LfIn);
    if (!in)
        in = single(GenInMsgs);
    if (!in)
        in = rebuild(OiIn, true);
    if (!in && s.has(InValue) && s.get(InValue)->kind != ValueKind::Null) {
        in = mimeAwarePayload(*s.get(InValue), s.get(InMime));
        s.consume(InValue);
        s.consume(InMime);
    }
    if (!in)
        in = rebuild(GenPrompt, false);
    if (!in)
        in = single(GenPromptBare);
    if (!in)
        in = fromEvents(m_eventInput, m_eventInputIdx);
    for (Field f : { AiPromptMsgs, AiPrompt, AiToolArgs, TlIn, GenToolArgs })
        if (!in)
            in = single(f);
    if (in)
        obs.inputJson = std::move(in);

    std::optional<std::string> out = single(LfOut);
    if (!out)
        out = single(GenOutMsgs);
    if (!out)
        out = rebuild(OiOut, true);
    if (!out && s.has(OutValue) && s.get(OutValue)->kind != ValueKind::Null) {
        out = mimeAwarePayload(*s.get(OutValue), s.get(OutMime));
        s.consume(OutValue);
        s.consume(OutMime);
    }
    if (!out)
        out = rebuild(GenCompletion, false);
    if (!out)
        out = single(GenCompletionBare);
    if (!out)
        out = fromEvents(m_eventOutput, m_eventOutputIdx);
    for (Field f : { AiRespText, AiRespObject, AiRespToolCalls, AiToolResult, TlOut, GenToolResult })
        if (!out)
            out = single(f);
    if (!out)
        out = rebuild(Docs, true);
    if (out)
        obs.outputJson = std::move(out);
}

} // namespace spanscope::import
