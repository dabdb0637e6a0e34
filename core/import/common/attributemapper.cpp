#include "import/common/attributemapper.h"

#include <algorithm>
#include <cstring>
#include <unordered_map>

#include <simdjson.h>

#include "import/common/attrslots.h"
#include "import/common/jsonutil.h"

namespace spanscope::import {

using attr::Value;
using attr::ValueKind;
using namespace mapping;

namespace {

bool sameValue(const Value &a, const Value &b)
{
    if (a.kind != b.kind)
        return false;
    switch (a.kind) {
    case ValueKind::Null:
        return true;
    case ValueKind::Bool:
        return a.b == b.b;
    case ValueKind::Int:
        return a.i == b.i;
    case ValueKind::Double:
        return a.d == b.d;
    default:
        return a.text == b.text;
    }
}

std::optional<std::string> nonEmptyText(const Value *v)
{
    if (!v || v->kind == ValueKind::Null)
        return std::nullopt;
    std::string s = attr::text(*v);
    if (s.empty())
        return std::nullopt;
    return s;
}

std::string upper(std::string_view s)
{
    std::string out(s);
    for (char &c : out)
        if (c >= 'a' && c <= 'z')
            c = char(c - 32);
    return out;
}

simdjson::dom::parser &domParser()
{
    thread_local simdjson::dom::parser parser;
    return parser;
}

// Calls cb(key, element) for each member of a JSON object given as text (a string attribute
// or a Json value). Returns false when the text is not an object.
template <typename Cb> bool forEachMember(std::string_view text, Cb &&cb)
{
    simdjson::padded_string padded(text);
    simdjson::dom::element root;
    if (domParser().parse(padded).get(root))
        return false;
    simdjson::dom::object obj;
    if (root.get_object().get(obj))
        return false;
    for (auto field : obj)
        cb(field.key, field.value);
    return true;
}

std::optional<int64_t> elementInt(simdjson::dom::element e)
{
    int64_t i;
    if (e.get_int64().get(i) == simdjson::SUCCESS)
        return i;
    double d;
    if (e.get_double().get(d) == simdjson::SUCCESS)
        return int64_t(d);
    std::string_view s;
    if (e.get_string().get(s) == simdjson::SUCCESS)
        return json::intFromString(s);
    return std::nullopt;
}

std::optional<double> elementDouble(simdjson::dom::element e)
{
    double d;
    if (e.get_double().get(d) == simdjson::SUCCESS)
        return d;
    std::string_view s;
    if (e.get_string().get(s) == simdjson::SUCCESS)
        return json::doubleFromString(s);
    return std::nullopt;
}

// Tags as a JSON array: arrays kept, JSON-array strings decoded, "a, b" split on commas.
std::optional<std::string> tagsJson(const Value &v)
{
    if (v.kind == ValueKind::Json && !v.text.empty() && v.text.front() == '[')
        return std::string(v.text);
    if (v.kind != ValueKind::String)
        return std::nullopt;
    std::string_view s = v.text;
    while (!s.empty() && s.front() == ' ')
        s.remove_prefix(1);
    if (s.empty())
        return std::nullopt;
    if (s.front() == '[' && json::isValidJson(s))
        return std::string(s);
    std::string out = "[";
    size_t pos = 0;
    bool first = true;
    while (pos <= s.size()) {
        size_t comma = s.find(',', pos);
        if (comma == std::string_view::npos)
            comma = s.size();
        std::string_view t = s.substr(pos, comma - pos);
        while (!t.empty() && t.front() == ' ')
            t.remove_prefix(1);
        while (!t.empty() && t.back() == ' ')
            t.remove_suffix(1);
        if (!t.empty()) {
            if (!first)
                out.push_back(',');
            first = false;
            json::appendQuoted(out, t);
        }
        pos = comma + 1;
    }
    out.push_back(']');
    return out;
}

// Builds a JSON object from (key, JSON value) entries; the first entry with a key wins.
class ObjectBuilder {
public:
    void add(std::string_view key, std::string_view jsonValue)
    {
        for (const auto &k : m_keys)
            if (k == key)
                return;
        m_keys.emplace_back(key);
        m_out.push_back(m_out.empty() ? '{' : ',');
        json::appendQuoted(m_out, key);
        m_out.push_back(':');
        m_out.append(jsonValue);
    }
    // Members of a JSON object text; a non-object goes in whole under `fallbackKey`.
    void merge(std::string_view objectText, std::string_view fallbackKey)
    {
        const bool ok = forEachMember(
            objectText, [&](std::string_view k, simdjson::dom::element e) { add(k, simdjson::minify(e)); });
        if (!ok)
            add(fallbackKey, objectText);
    }
    bool empty() const { return m_out.empty(); }
    std::optional<std::string> take()
    {
        if (m_out.empty())
            return std::nullopt;
        m_out.push_back('}');
        return std::move(m_out);
    }

private:
    std::vector<std::string> m_keys;
    std::string m_out;
};

} // namespace

const Value *AttributeMapper::Slots::pick(std::initializer_list<Field> fields)
{
    const Value *winner = nullptr;
    for (Field f : fields) {
        const Value *v = get(f);
        if (!v)
            continue;
        if (!winner) {
            winner = v;
            consume(f);
        } else if (sameValue(*winner, *v)) {
            consume(f);
        }
    }
    return winner;
}

void AttributeMapper::Result::clear()
{
    scores.clear();
    attributes.clear();
    eventConsumed.clear();
    trace.reset();
}

void AttributeMapper::map(const attr::AttributeList &attrs, const attr::SpanEvents &events, const Context &ctx,
    ObservationRecord &obs, Result &result)
{
    result.clear();
    result.eventConsumed.assign(events.events.size(), 0);
    m_consumed.assign(attrs.size(), 0);
    for (auto &g : m_groups)
        g.clear();
    Slots s;
    std::fill(std::begin(s.idx), std::end(s.idx), -1);
    s.attrs = &attrs;
    s.consumed = &m_consumed;
    for (size_t i = 0; i < attrs.size(); ++i) {
        const int c = classify(attrs[i].key);
        if (c >= 0 && c < FieldCount) {
            if (s.idx[c] < 0)
                s.idx[c] = int(i);
        } else if (c < 0) {
            m_groups[-c - 1].push_back(int(i));
        }
    }

    // Model: the reported (response) model is what ran and what the price catalog should see;
    // a different requested model stays as a raw attribute.
    if (auto m = nonEmptyText(s.pick({ LfModel, GenRespModel, GenReqModel, LlmModel, AiRespModel, AiModel, EmbModel })))
        obs.model = std::move(*m);
    {
        const bool vercel = !s.has(GenProvider) && !s.has(GenSystem) && !s.has(LlmProvider) && !s.has(LlmSystem);
        if (auto p = nonEmptyText(s.pick({ GenProvider, GenSystem, LlmProvider, LlmSystem, AiProvider }))) {
            if (vercel) { // "openai.chat" -> "openai"
                const size_t dot = p->find('.');
                if (dot != std::string::npos && dot > 0)
                    p->resize(dot);
            }
            obs.provider = std::move(*p);
        }
    }
    if (const Value *v = s.pick({ LfParams, LlmParams })) {
        obs.modelParametersJson = attr::payloadJson(*v);
    } else if (!m_groups[Params].empty()) {
        ObjectBuilder params;
        for (int i : m_groups[Params]) {
            const auto &a = attrs[size_t(i)];
            params.add(a.key.substr(groupPrefixLength(Params, a.key)), attr::toJson(a.value));
            m_consumed[size_t(i)] = 1;
        }
        obs.modelParametersJson = params.take();
    }

    mapUsage(attrs, s, obs);

    // Observation-level Langfuse extras.
    if (auto lvl = nonEmptyText(s.pick({ LfLevel }))) {
        std::string u = upper(*lvl);
        if (u == "DEBUG" || u == "DEFAULT" || u == "WARNING" || u == "ERROR")
            obs.level = std::move(u);
        else
            m_consumed[size_t(s.idx[LfLevel])] = 0;
    }
    if (auto st = nonEmptyText(s.pick({ LfStatus })))
        obs.statusMessage = std::move(*st);
    if (auto pn = nonEmptyText(s.pick({ LfPromptName })))
        obs.promptName = std::move(*pn);
    for (Field f : { LfPromptVersion, OiPromptVersion }) {
        if (obs.promptVersion || !s.has(f))
            continue;
        if (auto pv = attr::toInt(*s.get(f))) {
            obs.promptVersion = *pv;
            s.consume(f);
        }
    }
    if (const Value *cs = s.get(LfCompletionStart)) {
        if (auto t = json::parseIsoTimeNs(attr::text(*cs))) {
            obs.completionStartNs = *t;
            s.consume(LfCompletionStart);
        }
    }
    if (const Value *ttf = s.get(AiMsToFirstChunk); ttf && !obs.completionStartNs && obs.startNs) {
        if (auto ms = attr::toDouble(*ttf))
            obs.completionStartNs = *obs.startNs + int64_t(*ms * 1e6);
    }

    // Trace-level fields; the import session merges them into the trace.
    if (auto n = nonEmptyText(s.pick({ LfTraceName })))
        obs.traceName = std::move(*n);
    auto fromGroup = [&](Group g, std::initializer_list<std::string_view> tails) -> std::optional<std::string> {
        for (int i : m_groups[g]) {
            const auto &a = attrs[size_t(i)];
            const std::string_view tail = a.key.substr(groupPrefixLength(g, a.key));
            for (auto t : tails)
                if (tail == t)
                    return nonEmptyText(&a.value);
        }
        return std::nullopt;
    };
    if (auto u = nonEmptyText(s.pick({ LfUser, User })))
        obs.traceUserId = std::move(*u);
    else if (auto vu = fromGroup(MetaVercel, { "userId", "user_id" }))
        obs.traceUserId = std::move(*vu);
    else if (auto tu = fromGroup(MetaTraceloop, { "user_id", "userId" }))
        obs.traceUserId = std::move(*tu);
    if (auto se = nonEmptyText(s.pick({ LfSession, Session, GenConv })))
        obs.traceSessionId = std::move(*se);
    else if (auto vs = fromGroup(MetaVercel, { "sessionId", "session_id" }))
        obs.traceSessionId = std::move(*vs);
    else if (auto ts = fromGroup(MetaTraceloop, { "session_id", "sessionId" }))
        obs.traceSessionId = std::move(*ts);
    for (Field f : { LfTraceTags, TagTags }) {
        if (obs.traceTagsJson || !s.has(f))
            continue;
        if (auto t = tagsJson(*s.get(f))) {
            obs.traceTagsJson = std::move(*t);
            s.consume(f);
        }
    }
    if (auto e = nonEmptyText(s.pick({ LfEnv })))
        obs.traceEnvironment = std::move(*e);
    else if (!ctx.environment.empty())
        obs.traceEnvironment = std::string(ctx.environment);

    mapEvents(events, obs, result);
    mapPayloads(attrs, events, s, obs, result);
    mapMetadata(attrs, s, ctx, obs, result);
    mapType(attrs, s, obs);

    for (size_t i = 0; i < attrs.size(); ++i) {
        if (m_consumed[i])
            continue;
        AttributeRecord a;
        a.traceId = obs.traceId;
        a.observationId = obs.id;
        a.key = std::string(attrs[i].key);
        a.valueJson = attr::toJson(attrs[i].value);
        result.attributes.push_back(std::move(a));
    }
}

void AttributeMapper::mapUsage(const attr::AttributeList &attrs, Slots &s, ObservationRecord &obs)
{
    Usage &u = obs.usage;
    if (const Value *ud = s.get(LfUsage)) {
        // Langfuse usage details: keys already in Langfuse form, cached parts separate.
        const bool ok = forEachMember(attr::text(*ud), [&](std::string_view k, simdjson::dom::element e) {
            if (auto n = elementInt(e))
                u.details[std::string(k)] = *n;
        });
        if (ok && !u.details.empty()) {
            s.consume(LfUsage);
            int64_t in = 0, out = 0;
            bool anyIn = false, anyOut = false;
            for (const auto &[k, n] : u.details) {
                if (k.rfind("input", 0) == 0) {
                    in += n;
                    anyIn = true;
                } else if (k.rfind("output", 0) == 0) {
                    out += n;
                    anyOut = true;
                }
            }
            if (anyIn)
                u.input = in;
            if (anyOut)
                u.output = out;
            if (auto it = u.details.find("total"); it != u.details.end())
                u.total = it->second;
            else if (anyIn || anyOut)
                u.total = in + out;
            if (auto it = u.details.find("input_cache_read"); it != u.details.end())
                u.cacheRead = it->second;
            if (auto it = u.details.find("input_cache_creation"); it != u.details.end())
                u.cacheWrite = it->second;
            if (auto it = u.details.find("output_reasoning"); it != u.details.end())
                u.reasoning = it->second;
        }
    }
    auto pickInt = [&](std::initializer_list<Field> fields) -> std::optional<int64_t> {
        std::optional<int64_t> winner;
        for (Field f : fields) {
            const Value *v = s.get(f);
            if (!v)
                continue;
            auto n = attr::toInt(*v);
            if (!n)
                continue;
            if (!winner) {
                winner = n;
                s.consume(f);
            } else if (*winner == *n) {
                s.consume(f);
            }
        }
        return winner;
    };
    if (u.details.empty()) {
        u.input = pickInt({ GenIn, GenPromptTok, LlmPromptTok, AiPromptTok, AiInTok });
        u.output = pickInt({ GenOut, GenCompTok, LlmCompTok, AiCompTok, AiOutTok });
        u.total = pickInt({ LlmTotal, LlmUsageTotal, GenTotal, AiTotal });
        u.cacheRead = pickInt({ GenCacheRead, GenCacheRead2, LlmCacheRead, AiCached });
        u.cacheWrite = pickInt({ GenCacheWrite, GenCacheWrite2, LlmCacheWrite });
        u.reasoning = pickInt({ GenReasoning, LlmReasoning, AiReasoning });
        if (!u.total && u.input && u.output)
            u.total = *u.input + *u.output;
        // Reported input/output include cached and reasoning tokens; the Langfuse detail keys
        // price the uncached part separately, so take the cache out of "input".
        if (u.input)
            u.details["input"] = std::max<int64_t>(0, *u.input - u.cacheRead.value_or(0) - u.cacheWrite.value_or(0));
        if (u.cacheRead)
            u.details["input_cache_read"] = *u.cacheRead;
        if (u.cacheWrite)
            u.details["input_cache_creation"] = *u.cacheWrite;
        if (u.output)
            u.details["output"] = *u.output;
        if (u.total)
            u.details["total"] = *u.total;
    }

    // Provided cost.
    if (const Value *cd = s.get(LfCost)) {
        const bool ok = forEachMember(attr::text(*cd), [&](std::string_view k, simdjson::dom::element e) {
            if (auto d = elementDouble(e))
                obs.costProvidedDetails[std::string(k)] = *d;
        });
        if (ok && !obs.costProvidedDetails.empty()) {
            s.consume(LfCost);
            if (auto it = obs.costProvidedDetails.find("total"); it != obs.costProvidedDetails.end()) {
                obs.costProvided = it->second;
            } else {
                double sum = 0;
                for (const auto &[k, d] : obs.costProvidedDetails)
                    sum += d;
                obs.costProvided = sum;
            }
        }
    }
    if (obs.costProvidedDetails.empty()) {
        const std::pair<Field, const char *> parts[] = { { LlmCostPrompt, "input" }, { LlmCostCompletion, "output" },
            { LlmCostCacheRead, "input_cache_read" }, { LlmCostCacheWrite, "input_cache_creation" } };
        for (const auto &[f, key] : parts) {
            if (const Value *v = s.get(f)) {
                if (auto d = attr::toDouble(*v)) {
                    obs.costProvidedDetails[key] = *d;
                    s.consume(f);
                }
            }
        }
    }
    if (!obs.costProvided) {
        for (Field f : { GenCost, LlmCostTotal }) {
            const Value *v = s.get(f);
            if (!v)
                continue;
            if (auto d = attr::toDouble(*v)) {
                if (!obs.costProvided)
                    obs.costProvided = *d;
                if (*obs.costProvided == *d)
                    s.consume(f);
            }
        }
    }
    if (!obs.costProvided && !obs.costProvidedDetails.empty()) {
        double sum = 0;
        for (const auto &[k, d] : obs.costProvidedDetails)
            sum += d;
        obs.costProvided = sum;
    }
    (void)attrs;
}

void AttributeMapper::mapMetadata(
    const attr::AttributeList &attrs, Slots &s, const Context &ctx, ObservationRecord &obs, Result &result)
{
    ObjectBuilder meta;
    if (const Value *v = s.get(LfObsMeta)) {
        meta.merge(attr::payloadJson(*v), "metadata");
        s.consume(LfObsMeta);
    }
    auto addGroup = [&](ObjectBuilder &b, Group g) {
        for (int i : m_groups[g]) {
            const auto &a = attrs[size_t(i)];
            b.add(a.key.substr(groupPrefixLength(g, a.key)), attr::payloadJson(a.value));
            m_consumed[size_t(i)] = 1;
        }
    };
    addGroup(meta, MetaObs);
    if (const Value *v = s.get(OiMeta)) {
        meta.merge(attr::payloadJson(*v), "metadata");
        s.consume(OiMeta);
    }
    addGroup(meta, MetaVercel);
    addGroup(meta, MetaTraceloop);
    if (ctx.extraMetadata)
        for (const auto &a : *ctx.extraMetadata)
            meta.add(a.key, attr::toJson(a.value));
    obs.metadataJson = meta.take();

    // Trace payloads and metadata have no observation column: they travel as a TraceRecord.
    ObjectBuilder traceMeta;
    if (const Value *v = s.get(LfTraceMeta)) {
        traceMeta.merge(attr::payloadJson(*v), "metadata");
        s.consume(LfTraceMeta);
    }
    addGroup(traceMeta, MetaTrace);
    const Value *tin = s.pick({ LfTraceIn });
    const Value *tout = s.pick({ LfTraceOut });
    const Value *rel = s.pick({ LfRelease });
    const Value *ver = s.pick({ LfVersion });
    if (tin || tout || rel || ver || !traceMeta.empty()) {
        TraceRecord t;
        t.id = obs.traceId;
        if (tin)
            t.inputJson = attr::payloadJson(*tin);
        if (tout)
            t.outputJson = attr::payloadJson(*tout);
        t.release = nonEmptyText(rel);
        t.version = nonEmptyText(ver);
        t.metadataJson = traceMeta.take();
        result.trace = std::move(t);
    }
}

void AttributeMapper::mapType(const attr::AttributeList &attrs, Slots &s, ObservationRecord &obs)
{
    (void)attrs;
    if (auto t = nonEmptyText(s.get(LfType))) {
        std::string u = upper(*t);
        for (const char *known : { ObsType::Span, ObsType::Generation, ObsType::Event, ObsType::Agent, ObsType::Tool,
                 ObsType::Chain, ObsType::Retriever, ObsType::Embedding, ObsType::Evaluator, ObsType::Guardrail }) {
            if (u == known) {
                obs.type = known;
                s.consume(LfType);
                return;
            }
        }
    }
    if (auto k = nonEmptyText(s.get(OiKind))) {
        const std::string u = upper(*k);
        static const std::pair<const char *, const char *> oi[] = { { "LLM", ObsType::Generation },
            { "CHAIN", ObsType::Chain }, { "TOOL", ObsType::Tool }, { "RETRIEVER", ObsType::Retriever },
            { "EMBEDDING", ObsType::Embedding }, { "AGENT", ObsType::Agent }, { "GUARDRAIL", ObsType::Guardrail },
            { "EVALUATOR", ObsType::Evaluator }, { "RERANKER", ObsType::Span }, { "PROMPT", ObsType::Span } };
        for (const auto &[name, type] : oi) {
            if (u == name) {
                obs.type = type;
                // RERANKER/PROMPT collapse into SPAN: keep the kind as a raw attribute.
                if (type != ObsType::Span)
                    s.consume(OiKind);
                return;
            }
        }
    }
    // gen_ai.operation.name and traceloop.span.kind stay raw attributes: several values share a
    // type, so the column alone would lose them.
    if (auto op = nonEmptyText(s.get(GenOp))) {
        const std::string &o = *op;
        if (o == "chat" || o == "text_completion" || o == "generate_content") {
            obs.type = ObsType::Generation;
            return;
        }
        if (o == "embeddings") {
            obs.type = ObsType::Embedding;
            return;
        }
        if (o == "execute_tool") {
            obs.type = ObsType::Tool;
            return;
        }
        if (o == "invoke_agent" || o == "create_agent") {
            obs.type = ObsType::Agent;
            return;
        }
    }
    if (auto k = nonEmptyText(s.get(TlKind))) {
        const std::string &t = *k;
        if (t == "workflow") {
            obs.type = ObsType::Chain;
            return;
        }
        if (t == "task") {
            obs.type = ObsType::Span;
            return;
        }
        if (t == "agent") {
            obs.type = ObsType::Agent;
            return;
        }
        if (t == "tool") {
            obs.type = ObsType::Tool;
            return;
        }
    }
    // Vercel AI SDK: the provider call is the inner do* span; the outer ai.generateText span
    // repeats its usage, so it stays a SPAN to keep the usage from counting twice.
    std::string_view op;
    std::string opBuf;
    if (s.has(AiOpId)) {
        opBuf = attr::text(*s.get(AiOpId));
        op = opBuf;
    } else if (obs.name && obs.name->rfind("ai.", 0) == 0) {
        op = *obs.name;
    }
    if (!op.empty() && op.rfind("ai.", 0) == 0) {
        auto endsWith
            = [&](std::string_view suf) { return op.size() >= suf.size() && op.substr(op.size() - suf.size()) == suf; };
        if (endsWith(".doGenerate") || endsWith(".doStream")) {
            obs.type = ObsType::Generation;
            return;
        }
        if (endsWith(".doEmbed")) {
            obs.type = ObsType::Embedding;
            return;
        }
        if (op == "ai.toolCall") {
            obs.type = ObsType::Tool;
            return;
        }
        if (s.has(AiOpId)) {
            obs.type = ObsType::Span;
            return;
        }
    }
    if (obs.model && (obs.usage.input || obs.usage.output || obs.usage.total)) {
        obs.type = ObsType::Generation;
        return;
    }
    obs.type = ObsType::Span;
}

} // namespace spanscope::import
