#include "generate/tracebuilder.h"

#include <algorithm>

#include "generate/content.h"
#include "generate/jsonwriter.h"

namespace spanscope::generate {

namespace {

constexpr int64_t kMs = 1000000;
constexpr int64_t kDay = 86400LL * 1000 * kMs;
constexpr int64_t kSpreadNs = 30 * kDay;

const char kHex[] = "0123456789abcdef";

void appendHex64(std::string &out, uint64_t v, int digits = 16)
{
    for (int i = digits - 1; i >= 0; --i)
        out += kHex[(v >> (4 * i)) & 15];
}

std::string randomHex(Rng &rng, int digits)
{
    std::string s;
    s.reserve(size_t(digits));
    while (digits > 0) {
        const int n = std::min(digits, 16);
        appendHex64(s, rng.next(), n);
        digits -= n;
    }
    return s;
}

// Milliseconds with sub-millisecond jitter, as real clocks report.
int64_t msJitter(Rng &rng, int64_t ms) { return ms * kMs + int64_t(rng.below(uint64_t(kMs))); }

void meta(Metadata &m, const char *key, std::string value) { m.push_back({key, std::move(value), false}); }
void metaInt(Metadata &m, const char *key, int64_t value) { m.push_back({key, std::to_string(value), true}); }

// The first bytes of s, cut at a character boundary so the result stays valid UTF-8.
std::string utf8Prefix(const std::string &s, size_t n)
{
    if (s.size() <= n)
        return s;
    while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80)
        --n;
    return s.substr(0, n);
}

std::string jsonObject1(std::string_view k, std::string_view v)
{
    std::string out;
    JsonWriter(out).beginObject().field(k, v).endObject();
    return out;
}

} // namespace

struct TraceBuilder::Ctx {
    Rng rng;
    GenTrace &t;
    const Workflow &wf;
    int maxDepth = 2;
    int day = 0;       // day offset within the 30-day spread: drives releases and prompt versions
    int stepCounter = 0;
    std::vector<int64_t> duration; // per observation, ns
    Ctx(uint64_t seed, GenTrace &trace, const Workflow &w) : rng(seed), t(trace), wf(w) { }
};

TraceBuilder::TraceBuilder(const Options &options)
    : m_options(options), m_salt(mix64(options.seed ^ 0x5ca1ab1e5eedULL)), m_sessionRng(mix64(options.seed + 17))
{
}

std::string TraceBuilder::nextObservationId()
{
    std::string id;
    id.reserve(16);
    appendHex64(id, mix64(m_observationCounter++ ^ m_salt));
    return id;
}

std::string TraceBuilder::nextScoreId()
{
    // 64 bits of a bijection of the counter spread over the UUID (unique by construction), the
    // version-4 and variant nibbles, and the rest from the mix of a second value.
    const uint64_t a = mix64(m_scoreCounter ^ (m_salt * 3));
    const uint64_t b = mix64(m_scoreCounter++ + (m_salt ^ 0x9e3779b97f4a7c15ULL) * 7);
    std::string s;
    s.reserve(36);
    appendHex64(s, a >> 32, 8);
    s += '-';
    appendHex64(s, (a >> 16) & 0xffff, 4);
    s += "-4";
    appendHex64(s, (a >> 4) & 0xfff, 3);
    s += '-';
    s += kHex[8 + (b & 3)];
    appendHex64(s, a & 0xf, 1);
    appendHex64(s, (b >> 8) & 0xff, 2);
    s += '-';
    appendHex64(s, b >> 16, 12);
    return s;
}

int TraceBuilder::addNode(Ctx &c, int parent, int level, const char *type, std::string name)
{
    GenObservation o;
    o.id = nextObservationId();
    o.parent = parent;
    o.level = level;
    o.type = type;
    o.name = std::move(name);
    const int index = int(c.t.observations.size());
    c.t.observations.push_back(std::move(o));
    if (parent >= 0)
        c.t.observations[size_t(parent)].children.push_back(index);
    return index;
}

void TraceBuilder::build(int64_t index, GenTrace &t)
{
    t = GenTrace();
    const Workflow &wf = workflow(int(mix64(uint64_t(index) ^ m_salt) % uint64_t(workflowCount())));
    Ctx c(mix64(m_options.seed) ^ mix64(uint64_t(index) + 0x1234567ULL), t, wf);
    Rng &rng = c.rng;

    // Identity: trace id unique by construction (first half is a bijection of the index).
    t.id.reserve(32);
    appendHex64(t.id, mix64(uint64_t(index) ^ (m_salt >> 1)));
    appendHex64(t.id, mix64(uint64_t(index) + m_salt));
    t.name = wf.name;

    const int64_t n = std::max<int64_t>(1, m_options.traces);
    const int64_t slot = std::max<int64_t>(1, kSpreadNs / n);
    t.timestampNs = m_options.startNs + index * slot + int64_t(rng.below(uint64_t(slot - slot / 10) + 1));
    c.day = int(std::clamp<int64_t>((t.timestampNs - m_options.startNs) / kDay, 0, 29));

    // Sessions: runs of 1-9 consecutive traces (~5 on average) by one user; 10% have no session.
    if (m_sessionLeft <= 0) {
        m_sessionLeft = int(m_sessionRng.range(1, 9));
        m_sessionUser = int(m_sessionRng.skewed(0, 49, 2));
        m_sessionId = "sess-";
        appendHex64(m_sessionId, mix64(uint64_t(m_sessionCounter++) ^ (m_salt * 5)));
    }
    --m_sessionLeft;
    const bool anonymous = m_sessionRng.chance(0.04);
    const bool noSession = m_sessionRng.chance(0.10);
    if (!anonymous)
        t.userId = userName(m_sessionUser);
    if (!noSession)
        t.sessionId = m_sessionId;

    t.environment = rng.chance(0.8) ? "production" : "staging";
    t.release = "v1." + std::to_string(3 + c.day / 7) + "." + std::to_string(c.day % 7);
    if (t.environment == "staging")
        t.release = "v1." + std::to_string(4 + c.day / 7) + ".0-rc" + std::to_string(1 + c.day % 3);
    t.version = "agent-v" + std::to_string(1 + c.day / 10);
    for (int i = 0, k = int(rng.range(0, 3)); i < k; ++i) {
        std::string tag = tagName(int(rng.below(uint64_t(tagCount()))));
        if (std::find(t.tags.begin(), t.tags.end(), tag) == t.tags.end())
            t.tags.push_back(std::move(tag));
    }
    std::sort(t.tags.begin(), t.tags.end());
    {
        static const char *const regions[] = {"eu-west-1", "us-east-1", "ap-northeast-1", "eu-central-1"};
        static const char *const clients[] = {"web", "mobile-ios", "mobile-android", "api", "slack-bot"};
        meta(t.metadata, "region", rng.pick(regions));
        meta(t.metadata, "client", rng.pick(clients));
        meta(t.metadata, "app_version", "3." + std::to_string(c.day / 3) + "." + std::to_string(rng.range(0, 9)));
        metaInt(t.metadata, "experiment_bucket", rng.range(0, 9));
    }
    const std::string q = question(rng, wf, m_options.payloadScale);
    t.inputJson = jsonObject1("query", q);

    // Shape: M observations per trace on average (0.5M..1.5M), depth 2-5.
    const int m = std::max(1, m_options.spansPerTrace);
    const int total = std::max(2, int(double(m) * (0.5 + rng.unit()) + 0.5));
    c.maxDepth = int(rng.range(2, 5));
    const int root = addNode(c, -1, 1, "AGENT", wf.name);
    t.observations[size_t(root)].inputJson = t.inputJson;
    fill(c, root, 1, total - 1, c.maxDepth);

    // The answer: the last generation's text when there is one.
    std::string answer;
    for (auto it = t.observations.rbegin(); it != t.observations.rend(); ++it)
        if (std::string_view(it->type) == "GENERATION" && it->outputMessage.toolCalls.empty()) {
            answer = it->outputMessage.content;
            break;
        }
    if (answer.empty())
        answer = prose(rng, chars(rng.range(120, 500)));
    t.outputJson = jsonObject1("answer", answer);
    GenObservation &r = t.observations[size_t(root)];
    r.outputJson = t.outputJson;
    meta(r.metadata, "framework", "langgraph");
    metaInt(r.metadata, "steps", int64_t(t.observations.size()) - 1);
    if (rng.chance(0.03)) {
        r.logLevel = "ERROR";
        r.statusMessage = errorMessage(rng, r.type);
    }
    placeTimes(c);
    addScores(c);
}

void TraceBuilder::fill(Ctx &c, int parent, int level, int budget, int mustReach)
{
    Rng &rng = c.rng;
    while (budget > 0) {
        const bool canNest = level + 2 <= c.maxDepth;
        if (mustReach > level + 1 && budget >= 2) {
            const int need = mustReach - level - 1; // descendants needed below the new container
            const int sub = int(std::min<int64_t>(budget - 1, std::max<int64_t>(need, rng.range(need, budget * 2 / 3))));
            addContainer(c, parent, level + 1, sub, mustReach);
            budget -= 1 + sub;
            mustReach = 0;
        } else if (canNest && budget >= 4 && rng.chance(0.22)) {
            const int sub = int(rng.range(2, std::max(2, std::min(budget - 1, budget * 2 / 3))));
            addContainer(c, parent, level + 1, sub, 0);
            budget -= 1 + sub;
        } else if (budget >= 2 && rng.chance(0.45)) {
            addGeneration(c, parent, level + 1, true);
            const GenObservation &g = c.t.observations.back();
            const ToolCall call = g.outputMessage.toolCalls.front();
            addTool(c, parent, level + 1, &call);
            budget -= 2;
        } else {
            addLeaf(c, parent, level + 1);
            budget -= 1;
        }
    }
}

void TraceBuilder::addContainer(Ctx &c, int parent, int level, int budget, int mustReach)
{
    Rng &rng = c.rng;
    const char *type = level == 2 ? (rng.chance(0.5) ? "AGENT" : "CHAIN") : (rng.chance(0.6) ? "CHAIN" : "SPAN");
    std::string name = c.wf.subAgents[rng.below(2)];
    if (std::string_view(type) == "SPAN")
        name = "step-" + std::to_string(++c.stepCounter);
    const int idx = addNode(c, parent, level, type, std::move(name));
    GenObservation &o = c.t.observations[size_t(idx)];
    o.inputJson = jsonObject1("task", prose(rng, chars(rng.range(60, 240))));
    o.outputJson = jsonObject1("result", prose(rng, chars(rng.range(60, 320))));
    meta(o.metadata, "framework", "langgraph");
    meta(o.metadata, "node", o.name);
    if (rng.chance(0.03)) {
        o.logLevel = "ERROR";
        o.statusMessage = errorMessage(rng, o.type);
    }
    fill(c, idx, level, budget, mustReach);
}

void TraceBuilder::addGeneration(Ctx &c, int parent, int level, bool callsTool)
{
    Rng &rng = c.rng;
    const bool unknown = rng.chance(0.01);
    const ModelInfo &model = unknown ? pickUnknownModel(rng) : pickModel(rng);
    const int idx = addNode(c, parent, level, "GENERATION", callsTool ? "plan-next-step" : "compose-answer");
    GenObservation &o = c.t.observations[size_t(idx)];
    o.model = &model;
    if (model.reasoning) {
        static const char *const efforts[] = {"low", "medium", "medium", "high"};
        o.reasoningEffort = rng.pick(efforts);
    } else {
        static const double temps[] = {0.0, 0.2, 0.2, 0.7, 1.0};
        o.temperature = rng.pick(temps);
    }
    static const int64_t maxTokens[] = {1024, 2048, 4096};
    o.maxTokens = rng.pick(maxTokens);

    // Prompt versions drift upward over the month (1..5), older versions linger.
    const char *promptName = callsTool ? c.wf.plannerPrompt : c.wf.answerPrompt;
    int64_t version = std::clamp<int64_t>(1 + c.day / 6 - (rng.chance(0.25) ? 1 : 0), 1, 5);
    if (rng.chance(0.78)) {
        o.promptName = promptName;
        o.promptVersion = version;
    }
    Message sys;
    sys.role = "system";
    sys.content = systemPrompt(c.wf, o.promptName.empty() ? "default-system" : promptName,
                               o.promptName.empty() ? 1 : version, m_options.payloadScale);
    o.inputMessages.push_back(std::move(sys));
    Message user;
    user.role = "user";
    user.content = question(c.rng, c.wf, m_options.payloadScale);
    o.inputMessages.push_back(std::move(user));
    if (rng.chance(0.3)) {
        // Earlier turn of the agent loop: a tool call and its result.
        const ToolSpec &tool = c.wf.tools[rng.below(4)];
        Message a;
        a.role = "assistant";
        a.toolCalls.push_back(
            { "call_" + randomHex(rng, 24), tool.name, toolArguments(rng, tool, c.wf, m_options.payloadScale) });
        Message r;
        r.role = "tool";
        r.toolCallId = a.toolCalls.back().id;
        r.content = toolResult(rng, tool, chars(rng.range(150, 400)), m_options.payloadScale);
        o.inputMessages.push_back(std::move(a));
        o.inputMessages.push_back(std::move(r));
    }
    o.outputMessage.role = "assistant";
    int64_t visibleOut;
    if (callsTool) {
        const ToolSpec &tool = c.wf.tools[rng.below(4)];
        if (rng.chance(0.4))
            o.outputMessage.content = prose(rng, chars(rng.range(40, 160)));
        o.outputMessage.toolCalls.push_back(
            { "call_" + randomHex(rng, 24), tool.name, toolArguments(rng, tool, c.wf, m_options.payloadScale) });
        o.finishReason = "tool_calls";
        visibleOut = rng.range(20, 160);
    } else {
        o.outputMessage.content = prose(rng, chars(rng.range(150, 1100)));
        o.finishReason = rng.chance(0.97) ? "stop" : "length";
        visibleOut = rng.skewed(60, 1500, 2);
    }
    o.inputTokens = rng.skewed(200, 8000, 2);
    if (o.inputTokens > 1024 && rng.chance(0.35))
        o.cacheReadTokens = o.inputTokens * rng.range(20, 90) / 100;
    if (model.reasoning)
        o.reasoningTokens = rng.skewed(64, 3000, 2);
    o.outputTokens = visibleOut + o.reasoningTokens;
    if (model.catalogued && rng.chance(0.3)) {
        o.providedCost = true;
        o.costInput = double(o.inputTokens - o.cacheReadTokens) * model.inputPrice
            + double(o.cacheReadTokens) * model.cachePrice;
        o.costOutput = double(o.outputTokens) * model.outputPrice;
    }
    meta(o.metadata, "provider", model.provider);
    meta(o.metadata, "request_id", "req_" + randomHex(rng, 20));
    meta(o.metadata, "finish_reason", o.finishReason);
    if (rng.chance(0.03)) {
        o.logLevel = "ERROR";
        o.statusMessage = errorMessage(rng, o.type);
    } else if (rng.chance(0.02)) {
        o.logLevel = "WARNING";
        o.statusMessage = "Retrying after a transient failure (attempt 2 of 3)";
    }
}

void TraceBuilder::addTool(Ctx &c, int parent, int level, const ToolCall *call)
{
    Rng &rng = c.rng;
    const ToolSpec *tool = &c.wf.tools[rng.below(4)];
    if (call)
        for (const ToolSpec &s : c.wf.tools)
            if (call->name == s.name)
                tool = &s;
    const int idx = addNode(c, parent, level, "TOOL", tool->name);
    GenObservation &o = c.t.observations[size_t(idx)];
    o.toolName = tool->name;
    o.toolCallId = call ? call->id : "call_" + randomHex(rng, 24);
    o.inputJson = call ? call->argumentsJson : toolArguments(rng, *tool, c.wf, m_options.payloadScale);
    meta(o.metadata, "tool_version", "1." + std::to_string(rng.range(0, 6)));
    meta(o.metadata, "description", tool->description);
    if (rng.chance(0.03)) {
        o.logLevel = "ERROR";
        o.statusMessage = errorMessage(rng, o.type);
        std::string out;
        JsonWriter(out).beginObject().field("error", o.statusMessage).endObject();
        o.outputJson = std::move(out);
    } else {
        o.outputJson = toolResult(rng, *tool, chars(rng.range(250, 1400)), m_options.payloadScale);
    }
}

void TraceBuilder::addLeaf(Ctx &c, int parent, int level)
{
    Rng &rng = c.rng;
    const int64_t r = int64_t(rng.below(100));
    if (r < 48) {
        addGeneration(c, parent, level, false);
        return;
    }
    if (r < 58) {
        addTool(c, parent, level, nullptr);
        return;
    }
    int idx;
    if (r < 70) {
        idx = addNode(c, parent, level, "RETRIEVER", rng.chance(0.5) ? "vector-search" : "retrieve-context");
        GenObservation &o = c.t.observations[size_t(idx)];
        std::string in;
        JsonWriter(in)
            .beginObject()
            .field("query", utf8Prefix(question(rng, c.wf, m_options.payloadScale), 160))
            .fieldInt("top_k", rng.range(3, 10))
            .field("index", std::string(c.wf.topic[0]) + "-docs")
            .endObject();
        o.inputJson = std::move(in);
        o.outputJson = toolResult(rng, c.wf.tools[0], chars(rng.range(400, 1600)), m_options.payloadScale);
        meta(o.metadata, "vector_store", "pgvector");
        metaInt(o.metadata, "dimensions", 1536);
    } else if (r < 78) {
        idx = addNode(c, parent, level, "EMBEDDING", "embed-query");
        GenObservation &o = c.t.observations[size_t(idx)];
        o.model = &embeddingModel();
        std::string in;
        JsonWriter w(in);
        w.beginObject().key("texts").beginArray();
        for (int i = 0, n = int(rng.range(1, 4)); i < n; ++i)
            w.string(prose(rng, chars(rng.range(40, 200))));
        w.endArray().endObject();
        o.inputJson = std::move(in);
        o.inputTokens = rng.range(20, 600);
        std::string out;
        JsonWriter(out).beginObject().fieldInt("dimensions", 1536).fieldInt("count", 1).endObject();
        o.outputJson = std::move(out);
        meta(o.metadata, "provider", "openai");
    } else if (r < 88) {
        static const char *const names[] = {"cache-hit", "user-feedback-received", "guardrail-triggered",
                                            "handoff"};
        idx = addNode(c, parent, level, "EVENT", rng.pick(names));
        GenObservation &o = c.t.observations[size_t(idx)];
        o.inputJson = jsonObject1("detail", prose(rng, chars(rng.range(30, 150))));
        meta(o.metadata, "source", "sdk");
        if (rng.chance(0.3))
            o.logLevel = "DEBUG";
    } else {
        static const char *const names[] = {"validate-output", "parse-response", "format-citations", "pii-redaction"};
        idx = addNode(c, parent, level, "SPAN", rng.pick(names));
        GenObservation &o = c.t.observations[size_t(idx)];
        o.inputJson = jsonObject1("text", prose(rng, chars(rng.range(80, 400))));
        std::string out;
        JsonWriter ow(out);
        ow.beginObject().key("valid").boolean(rng.chance(0.9)).field("note", prose(rng, chars(rng.range(30, 200))));
        ow.endObject();
        o.outputJson = std::move(out);
        meta(o.metadata, "validator", "schema-v2");
    }
    GenObservation &o = c.t.observations[size_t(idx)];
    if (rng.chance(0.03)) {
        o.logLevel = "ERROR";
        o.statusMessage = errorMessage(rng, o.type);
    }
}

void TraceBuilder::placeTimes(Ctx &c)
{
    Rng &rng = c.rng;
    auto &obs = c.t.observations;
    std::vector<int64_t> dur(obs.size(), 0);
    // Bottom-up (reverse pre-order): leaf durations, then containers around their children.
    // A child's offset from its parent's start is kept in startNs until the top-down pass.
    for (size_t i = obs.size(); i-- > 0;) {
        GenObservation &o = obs[i];
        const std::string_view type(o.type);
        if (!o.children.empty()) {
            int64_t t = msJitter(rng, rng.range(1, 12));
            for (size_t k = 0; k < o.children.size(); ++k) {
                obs[size_t(o.children[k])].startNs = t;
                t += dur[size_t(o.children[k])];
                if (k + 1 < o.children.size())
                    t += msJitter(rng, rng.range(1, 40));
            }
            dur[i] = t + msJitter(rng, rng.range(1, 12));
        } else if (type == "GENERATION") {
            const int64_t ttft = msJitter(rng, rng.range(150, 1400) + o.reasoningTokens * 3);
            o.completionStartNs = ttft; // offset for now
            dur[i] = ttft + msJitter(rng, (o.outputTokens - o.reasoningTokens) * rng.range(8, 25) + 1);
        } else if (type == "TOOL") {
            dur[i] = msJitter(rng, rng.skewed(40, 3000, 2));
        } else if (type == "RETRIEVER") {
            dur[i] = msJitter(rng, rng.range(80, 900));
        } else if (type == "EMBEDDING") {
            dur[i] = msJitter(rng, rng.range(30, 400));
        } else if (type == "EVENT") {
            dur[i] = 0;
        } else {
            dur[i] = msJitter(rng, rng.range(1, 30));
        }
    }
    // Top-down (pre-order): parents are placed before their children.
    for (size_t i = 0; i < obs.size(); ++i) {
        GenObservation &o = obs[i];
        o.startNs = o.parent < 0 ? c.t.timestampNs : obs[size_t(o.parent)].startNs + o.startNs;
        o.endNs = o.startNs + dur[i];
        if (o.completionStartNs)
            o.completionStartNs += o.startNs;
    }
}

void TraceBuilder::addScores(Ctx &c)
{
    Rng &rng = c.rng;
    if (!rng.chance(0.6))
        return;
    const auto &obs = c.t.observations;
    const int64_t traceEnd = obs.front().endNs;
    int64_t promptVersion = 3;
    int firstGeneration = -1;
    for (size_t i = 0; i < obs.size(); ++i)
        if (std::string_view(obs[i].type) == "GENERATION") {
            firstGeneration = int(i);
            if (obs[i].promptVersion)
                promptVersion = obs[i].promptVersion;
            break;
        }
    int kinds[5] = {0, 1, 2, 3, 4};
    // Fisher-Yates with our own Rng (std::shuffle's algorithm is library-specific).
    for (int i = 4; i > 0; --i)
        std::swap(kinds[i], kinds[rng.below(uint64_t(i) + 1)]);
    const int count = int(rng.range(1, 4));
    for (int k = 0; k < count; ++k) {
        GenScore s;
        s.id = nextScoreId();
        s.timestampNs = traceEnd + msJitter(rng, rng.range(1000, 3600000));
        switch (kinds[k]) {
        case 0: {
            s.name = "relevance";
            s.source = "EVAL";
            s.hasValue = true;
            // Better prompt versions score a little higher: the quality heatmap has a signal.
            const double v = 0.55 + 0.06 * double(promptVersion - 3) + (rng.unit() - 0.5) * 0.6;
            s.value = double(int64_t(std::clamp(v, 0.0, 1.0) * 100 + 0.5)) / 100.0;
            break;
        }
        case 1:
            s.name = "helpful";
            s.dataType = "BOOLEAN";
            s.source = rng.chance(0.5) ? "ANNOTATION" : "API";
            s.hasValue = true;
            s.value = rng.chance(0.72) ? 1 : 0;
            s.stringValue = s.value > 0 ? "True" : "False";
            break;
        case 2: {
            static const char *const labels[] = {"positive", "positive", "neutral", "negative"};
            s.name = "sentiment";
            s.dataType = "CATEGORICAL";
            s.source = "API";
            s.stringValue = rng.pick(labels);
            break;
        }
        case 3:
            s.name = "reviewer-note";
            s.dataType = "TEXT";
            s.source = "ANNOTATION";
            s.stringValue = prose(rng, chars(rng.range(40, 200)));
            break;
        default:
            s.name = "hallucination";
            s.source = "EVAL";
            s.hasValue = true;
            s.value = double(rng.range(0, 100)) / 100.0;
            s.observation = firstGeneration;
            break;
        }
        if (rng.chance(0.35))
            s.comment = prose(rng, chars(rng.range(30, 140)));
        c.t.scores.push_back(std::move(s));
    }
}

} // namespace spanscope::generate
