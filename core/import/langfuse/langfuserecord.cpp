#include "import/langfuse/langfuserecord.h"

#include <algorithm>
#include <cstring>
#include <functional>
#include <map>
#include <optional>
#include <vector>

#include <QCryptographicHash>

#include "import/common/jsonutil.h"

namespace spanscope::import::langfuse {

namespace od = simdjson::ondemand;
using json::intLenient;
using json::payloadText;
using json::scalarText;

namespace {

// Every field any of the three record kinds may carry; collected in one pass, then classified.
struct Fields {
    std::optional<std::string> id, traceId, parentObservationId, observationId, type, name, level, statusMessage,
        model, providedModelName, modelParameters, input, output, metadata, promptName, userId, sessionId, release,
        version, environment, tags, dataType, stringValue, source, comment, configId, sessionIdForScore;
    std::optional<int64_t> startTime, endTime, completionStartTime, timestamp, promptVersion;
    std::optional<double> value, totalCost, calculatedTotalCost, inputCost, outputCost;
    std::optional<int64_t> inputUsage, outputUsage, totalUsage;
    std::map<std::string, int64_t> usageDetails, oldUsage;
    std::map<std::string, double> costDetails, providedCostDetails;
    bool hasUsageDetails = false;
    bool sawObservationField = false; // startTime / type / parentObservationId present
};

std::string describeType(od::value v)
{
    od::json_type t;
    if (v.type().get(t))
        return "invalid JSON";
    switch (t) {
    case od::json_type::array: return "an array";
    case od::json_type::object: return "an object";
    case od::json_type::number: return "a number";
    case od::json_type::string: return "a string";
    case od::json_type::boolean: return "a boolean";
    case od::json_type::null: return "null";
    }
    return "unknown";
}

bool isNull(od::value v)
{
    bool n = false;
    return !v.is_null().get(n) && n;
}

// A timestamp field: ISO string or epoch number in s/ms/µs/ns (by magnitude).
std::string readTime(od::value v, std::string_view key, std::optional<int64_t> &out)
{
    if (isNull(v))
        return {};
    od::json_type t;
    if (v.type().get(t))
        return std::string(key) + " is not valid JSON";
    if (t == od::json_type::string) {
        std::string_view s;
        if (v.get_string().get(s))
            return std::string(key) + " is not a valid string";
        if (s.empty())
            return {};
        if (auto ns = json::parseIsoTimeNs(s)) {
            out = ns;
            return {};
        }
        if (auto num = json::doubleFromString(s)) {
            // numeric string: fall through to the magnitude rule
            const double d = *num;
            out = d > 1e17 ? int64_t(d) : d > 1e14 ? int64_t(d * 1e3) : d > 1e11 ? int64_t(d * 1e6) : int64_t(d * 1e9);
            return {};
        }
        return std::string(key) + " is not a timestamp: \"" + std::string(s.substr(0, 40)) + "\"";
    }
    if (t == od::json_type::number) {
        double d;
        if (v.get_double().get(d))
            return std::string(key) + " is not a number";
        out = d > 1e17 ? int64_t(d) : d > 1e14 ? int64_t(d * 1e3) : d > 1e11 ? int64_t(d * 1e6) : int64_t(d * 1e9);
        return {};
    }
    return std::string(key) + " should be a timestamp but is " + describeType(v);
}

std::string readString(od::value v, std::string_view key, std::optional<std::string> &out)
{
    if (isNull(v))
        return {};
    od::json_type t;
    if (v.type().get(t))
        return std::string(key) + " is not valid JSON";
    if (t == od::json_type::string || t == od::json_type::number || t == od::json_type::boolean) {
        out = scalarText(v);
        return {};
    }
    return std::string(key) + " should be a string but is " + describeType(v);
}

std::string readPayload(od::value v, std::optional<std::string> &out)
{
    out = payloadText(v);
    return {};
}

std::string readInt(od::value v, std::string_view key, std::optional<int64_t> &out)
{
    if (isNull(v))
        return {};
    auto i = intLenient(v);
    if (!i) {
        std::optional<std::string> s;
        od::json_type t;
        if (!v.type().get(t) && t == od::json_type::string) {
            std::string_view sv;
            if (!v.get_string().get(sv) && (sv.empty() || sv == "null"))
                return {};
        }
        return std::string(key) + " should be a number";
    }
    out = i;
    return {};
}

std::string readDouble(od::value v, std::string_view key, std::optional<double> &out)
{
    if (isNull(v))
        return {};
    auto d = json::doubleLenient(v);
    if (!d) {
        od::json_type t;
        if (!v.type().get(t) && t == od::json_type::string) {
            std::string_view sv;
            if (!v.get_string().get(sv) && sv.empty())
                return {};
        }
        return std::string(key) + " should be a number";
    }
    out = d;
    return {};
}

// {key: number} maps (usage and cost details); a JSON string holding the map is accepted too.
template<typename T>
std::string readNumberMap(od::value v, std::string_view key, std::map<std::string, T> &out, bool *present = nullptr)
{
    if (isNull(v))
        return {};
    od::json_type t;
    if (v.type().get(t))
        return std::string(key) + " is not valid JSON";
    if (t == od::json_type::string) {
        std::string_view s;
        if (v.get_string().get(s))
            return std::string(key) + " is not a valid string";
        if (s.empty())
            return {};
        simdjson::padded_string padded(s);
        od::parser p;
        od::document doc;
        od::object obj;
        if (p.iterate(padded).get(doc) || doc.get_object().get(obj))
            return std::string(key) + " should be an object of numbers";
        for (auto field : obj) {
            std::string_view k;
            od::value fv;
            if (field.unescaped_key().get(k) || field.value().get(fv))
                return std::string(key) + " is malformed";
            if (isNull(fv))
                continue;
            auto n = json::doubleLenient(fv);
            if (!n)
                return std::string(key) + "." + std::string(k) + " should be a number";
            out[std::string(k)] = T(*n);
        }
        if (present)
            *present = true;
        return {};
    }
    if (t != od::json_type::object)
        return std::string(key) + " should be an object but is " + describeType(v);
    od::object obj;
    if (v.get_object().get(obj))
        return std::string(key) + " is malformed";
    for (auto field : obj) {
        std::string_view k;
        od::value fv;
        if (field.unescaped_key().get(k) || field.value().get(fv))
            return std::string(key) + " is malformed";
        if (isNull(fv))
            continue;
        auto n = json::doubleLenient(fv);
        if (!n)
            return std::string(key) + "." + std::string(k) + " should be a number";
        out[std::string(k)] = T(*n);
    }
    if (present)
        *present = true;
    return {};
}

// Langfuse's own rule: input usage = sum of keys starting with "input", output likewise.
void fillUsage(Usage &u, const Fields &f)
{
    if (f.hasUsageDetails) {
        u.details = f.usageDetails;
        int64_t in = 0, out = 0, cacheRead = 0, cacheWrite = 0, reasoning = 0;
        bool anyIn = false, anyOut = false, anyRead = false, anyWrite = false, anyReason = false;
        for (const auto &[k, v] : f.usageDetails) {
            if (k.rfind("input", 0) == 0 || k.rfind("prompt", 0) == 0 || k.rfind("cache_read", 0) == 0
                || k.rfind("cache_creation", 0) == 0) {
                in += v;
                anyIn = true;
            } else if (k.rfind("output", 0) == 0 || k.rfind("completion", 0) == 0) {
                out += v;
                anyOut = true;
            }
            if (k.find("cache_read") != std::string::npos || k.find("cached") != std::string::npos) {
                cacheRead += v;
                anyRead = true;
            } else if (k.find("cache_creation") != std::string::npos || k.find("cache_write") != std::string::npos) {
                cacheWrite += v;
                anyWrite = true;
            } else if (k.find("reasoning") != std::string::npos) {
                reasoning += v;
                anyReason = true;
            }
        }
        if (anyIn)
            u.input = in;
        if (anyOut)
            u.output = out;
        if (auto it = f.usageDetails.find("total"); it != f.usageDetails.end())
            u.total = it->second;
        if (anyRead)
            u.cacheRead = cacheRead;
        if (anyWrite)
            u.cacheWrite = cacheWrite;
        if (anyReason)
            u.reasoning = reasoning;
        return;
    }
    // Older exports: flat inputUsage/outputUsage/totalUsage or usage {input, output, total}.
    auto pick = [&](std::optional<int64_t> flat, const char *key) -> std::optional<int64_t> {
        if (flat)
            return flat;
        auto it = f.oldUsage.find(key);
        return it != f.oldUsage.end() ? std::optional<int64_t>(it->second) : std::nullopt;
    };
    u.input = pick(f.inputUsage, "input");
    u.output = pick(f.outputUsage, "output");
    u.total = pick(f.totalUsage, "total");
    if (u.input && *u.input)
        u.details["input"] = *u.input;
    if (u.output && *u.output)
        u.details["output"] = *u.output;
    if (u.total && *u.total)
        u.details["total"] = *u.total;
    if (u.input.value_or(0) == 0 && u.output.value_or(0) == 0 && u.total.value_or(0) == 0) {
        u.input.reset();
        u.output.reset();
        u.total.reset();
    }
}

std::string normaliseType(std::string t)
{
    std::transform(t.begin(), t.end(), t.begin(), [](unsigned char c) { return char(std::toupper(c)); });
    static const char *const known[] = {"SPAN", "GENERATION", "EVENT", "AGENT", "TOOL", "CHAIN", "RETRIEVER",
                                        "EMBEDDING", "EVALUATOR", "GUARDRAIL"};
    for (const char *k : known)
        if (t == k)
            return t;
    return ObsType::Span;
}

std::string scoreId(const ScoreRecord &s)
{
    QCryptographicHash h(QCryptographicHash::Sha1);
    for (const auto *p : {&s.traceId, &s.observationId, &s.sessionId})
        h.addData(QByteArray::fromStdString(p->value_or("") + '\x1f'));
    h.addData(QByteArray::fromStdString(s.name + '\x1f'));
    h.addData(QByteArray::number(qint64(s.timestampNs.value_or(0))));
    return "score-" + h.result().toHex().left(32).toStdString();
}

} // namespace

std::string RecordParser::parse(std::string_view text, RecordSink &sink, bool deferNested)
{
    od::document doc;
    if (auto err = m_parser.iterate(text.data(), text.size(), text.size() + simdjson::SIMDJSON_PADDING).get(doc))
        return std::string("not valid JSON: ") + simdjson::error_message(err);
    od::object obj;
    if (auto err = doc.get_object().get(obj)) {
        if (err == simdjson::INCORRECT_TYPE)
            return "expected a JSON object";
        return std::string("not valid JSON: ") + simdjson::error_message(err);
    }
    std::string e = parseObject(obj, sink, 0, deferNested);
    return e;
}

std::string RecordParser::parseObject(od::object obj, RecordSink &sink, int nesting, bool deferNested)
{
    Fields f;
    std::vector<std::pair<bool, std::string>> nested; // (is scores, raw JSON) of nested arrays
    for (auto field : obj) {
        std::string_view rawKey;
        if (field.unescaped_key().get(rawKey))
            return "not valid JSON: malformed member name";
        std::string keyCopy(rawKey);
        const std::string_view key = json::camelKey(keyCopy, m_keyBuf);
        od::value v;
        if (auto err = field.value().get(v))
            return std::string("not valid JSON: ") + simdjson::error_message(err);
        std::string e;
        // The ordered dispatch keeps the common keys first.
        if (key == "id") e = readString(v, key, f.id);
        else if (key == "traceId") e = readString(v, key, f.traceId);
        else if (key == "parentObservationId") { e = readString(v, key, f.parentObservationId); f.sawObservationField = true; }
        else if (key == "type") { e = readString(v, key, f.type); f.sawObservationField = true; }
        else if (key == "name") e = readString(v, key, f.name);
        else if (key == "startTime") { e = readTime(v, key, f.startTime); f.sawObservationField = true; }
        else if (key == "endTime") e = readTime(v, key, f.endTime);
        else if (key == "completionStartTime") e = readTime(v, key, f.completionStartTime);
        else if (key == "timestamp") e = readTime(v, key, f.timestamp);
        else if (key == "level") e = readString(v, key, f.level);
        else if (key == "statusMessage") e = readString(v, key, f.statusMessage);
        else if (key == "model") e = readString(v, key, f.model);
        else if (key == "providedModelName") e = readString(v, key, f.providedModelName);
        else if (key == "modelParameters") e = readPayload(v, f.modelParameters);
        else if (key == "input") e = readPayload(v, f.input);
        else if (key == "output") e = readPayload(v, f.output);
        else if (key == "metadata") e = readPayload(v, f.metadata);
        else if (key == "usageDetails") e = readNumberMap(v, key, f.usageDetails, &f.hasUsageDetails);
        else if (key == "costDetails") e = readNumberMap(v, key, f.costDetails);
        else if (key == "providedCostDetails") e = readNumberMap(v, key, f.providedCostDetails);
        else if (key == "usage") { if (!isNull(v)) { od::json_type t; if (!v.type().get(t) && t == od::json_type::object) e = readNumberMap(v, key, f.oldUsage); } }
        else if (key == "totalCost") e = readDouble(v, key, f.totalCost);
        else if (key == "calculatedTotalCost") e = readDouble(v, key, f.calculatedTotalCost);
        else if (key == "inputCost") e = readDouble(v, key, f.inputCost);
        else if (key == "outputCost") e = readDouble(v, key, f.outputCost);
        else if (key == "inputUsage" || key == "promptTokens") e = readInt(v, key, f.inputUsage);
        else if (key == "outputUsage" || key == "completionTokens") e = readInt(v, key, f.outputUsage);
        else if (key == "totalUsage" || key == "totalTokens") e = readInt(v, key, f.totalUsage);
        else if (key == "promptName") e = readString(v, key, f.promptName);
        else if (key == "promptVersion") e = readInt(v, key, f.promptVersion);
        else if (key == "userId") e = readString(v, key, f.userId);
        else if (key == "sessionId") e = readString(v, key, f.sessionId);
        else if (key == "release") e = readString(v, key, f.release);
        else if (key == "version") e = readString(v, key, f.version);
        else if (key == "environment") e = readString(v, key, f.environment);
        else if (key == "tags") {
            if (!isNull(v)) {
                od::json_type t = od::json_type::null;
                if (!v.type().get(t) && t == od::json_type::array) {
                    f.tags = std::string(*json::rawText(v));
                } else if (t == od::json_type::string) {
                    std::string_view s;
                    if (v.get_string().get(s)) {}
                    f.tags = json::payloadFromString(s);
                    if (!f.tags->empty() && f.tags->front() != '[')
                        f.tags = "[" + *f.tags + "]";
                } else {
                    e = "tags should be an array but is " + describeType(v);
                }
            }
        }
        else if (key == "dataType") e = readString(v, key, f.dataType);
        else if (key == "value") {
            od::json_type t;
            if (!isNull(v) && !v.type().get(t)) {
                if (t == od::json_type::string) e = readString(v, key, f.stringValue);
                else if (t == od::json_type::boolean) { bool b = false; if (v.get_bool().get(b)) {} f.value = b ? 1.0 : 0.0; }
                else e = readDouble(v, key, f.value);
            }
        }
        else if (key == "stringValue" || key == "longStringValue") {
            std::optional<std::string> s;
            e = readString(v, key, s);
            if (s && !s->empty())
                f.stringValue = std::move(s);
        }
        else if (key == "source") e = readString(v, key, f.source);
        else if (key == "comment") e = readString(v, key, f.comment);
        else if (key == "observationId") e = readString(v, key, f.observationId);
        else if (key == "configId") e = readString(v, key, f.configId);
        else if ((key == "observations" || key == "scores") && nesting == 0) {
            od::json_type t;
            if (!isNull(v) && !v.type().get(t) && t == od::json_type::array)
                nested.emplace_back(key == "scores", std::string(*json::rawText(v)));
        }
        if (!e.empty())
            return e;
    }

    const bool isScore = f.dataType.has_value()
        || (!f.sawObservationField && (f.value || f.stringValue) && (f.traceId || f.observationId) && f.name);
    const bool isObservation = !isScore && f.traceId && (f.sawObservationField || f.endTime);

    if (isScore) {
        ScoreRecord s;
        s.traceId = std::move(f.traceId);
        s.observationId = std::move(f.observationId);
        s.sessionId = std::move(f.sessionId);
        s.name = f.name.value_or("");
        if (s.name.empty())
            return "score without a name";
        s.value = f.value;
        s.stringValue = std::move(f.stringValue);
        std::string dt = f.dataType.value_or(s.value ? "NUMERIC" : "CATEGORICAL");
        std::transform(dt.begin(), dt.end(), dt.begin(), [](unsigned char c) { return char(std::toupper(c)); });
        if (dt != "NUMERIC" && dt != "CATEGORICAL" && dt != "BOOLEAN" && dt != "TEXT")
            return "score dataType \"" + dt + "\" is not NUMERIC, CATEGORICAL, BOOLEAN or TEXT";
        s.dataType = dt;
        if (dt == "BOOLEAN" && !s.value && s.stringValue) {
            std::string lower = *s.stringValue;
            std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return char(std::tolower(c)); });
            s.value = (lower == "true" || lower == "1") ? 1.0 : 0.0;
        }
        if (dt == "NUMERIC" && !s.value)
            return "numeric score \"" + s.name + "\" has no numeric value";
        s.source = std::move(f.source);
        s.comment = std::move(f.comment);
        s.timestampNs = f.timestamp;
        s.configId = std::move(f.configId);
        s.metadataJson = std::move(f.metadata);
        s.id = f.id.value_or("");
        if (s.id.empty())
            s.id = scoreId(s);
        sink.score(std::move(s));
        return {};
    }

    if (isObservation) {
        ObservationRecord o;
        o.traceId = std::move(*f.traceId);
        o.id = f.id.value_or("");
        if (o.id.empty())
            return "observation without an id";
        if (f.parentObservationId && !f.parentObservationId->empty())
            o.parentId = std::move(f.parentObservationId);
        o.type = normaliseType(f.type.value_or(ObsType::Span));
        o.name = std::move(f.name);
        o.startNs = f.startTime ? f.startTime : f.timestamp;
        o.endNs = f.endTime;
        o.completionStartNs = f.completionStartTime;
        if (f.level) {
            std::string lvl = *f.level;
            std::transform(lvl.begin(), lvl.end(), lvl.begin(), [](unsigned char c) { return char(std::toupper(c)); });
            o.level = lvl;
        } else {
            o.level = "DEFAULT";
        }
        o.statusMessage = std::move(f.statusMessage);
        o.model = f.model ? std::move(f.model) : std::move(f.providedModelName);
        if (o.model && o.model->empty())
            o.model.reset();
        o.modelParametersJson = std::move(f.modelParameters);
        o.inputJson = std::move(f.input);
        o.outputJson = std::move(f.output);
        o.metadataJson = std::move(f.metadata);
        o.promptName = std::move(f.promptName);
        o.promptVersion = f.promptVersion;
        fillUsage(o.usage, f);
        // The cost the file carries (Langfuse's own figure) is the provided cost.
        if (!f.providedCostDetails.empty())
            o.costProvidedDetails = f.providedCostDetails;
        else
            o.costProvidedDetails = f.costDetails;
        if (f.totalCost && (*f.totalCost != 0 || !o.costProvidedDetails.empty()))
            o.costProvided = f.totalCost;
        else if (auto it = o.costProvidedDetails.find("total"); it != o.costProvidedDetails.end())
            o.costProvided = it->second;
        else if (f.calculatedTotalCost)
            o.costProvided = f.calculatedTotalCost;
        else if (f.inputCost || f.outputCost)
            o.costProvided = f.inputCost.value_or(0) + f.outputCost.value_or(0);
        o.traceUserId = std::move(f.userId);
        o.traceSessionId = std::move(f.sessionId);
        o.traceEnvironment = std::move(f.environment);
        sink.observation(std::move(o));
        return {};
    }

    // A trace.
    TraceRecord t;
    t.id = f.id.value_or("");
    if (t.id.empty())
        return "record is neither a trace, an observation nor a score (no id)";
    t.name = std::move(f.name);
    t.timestampNs = f.timestamp;
    t.userId = std::move(f.userId);
    t.sessionId = std::move(f.sessionId);
    t.release = std::move(f.release);
    t.version = std::move(f.version);
    t.environment = std::move(f.environment);
    t.tagsJson = std::move(f.tags);
    t.metadataJson = std::move(f.metadata);
    t.inputJson = std::move(f.input);
    t.outputJson = std::move(f.output);
    sink.trace(std::move(t));
    for (auto &[scores, arr] : nested) {
        if (deferNested)
            m_deferred.push_back({scores, std::move(arr), m_line, m_offset});
        else
            deliverNested(arr, sink, m_line, m_offset);
    }
    return {};
}

void RecordParser::deliverDeferred(RecordSink &sink, bool skipObservations, bool skipScores)
{
    for (const Deferred &d : m_deferred)
        if (!(d.scores ? skipScores : skipObservations))
            deliverNested(d.json, sink, d.line, d.offset);
    m_deferred.clear();
}

void RecordParser::deliverNested(const std::string &arrayJson, RecordSink &sink, int64_t line, int64_t offset)
{
    simdjson::padded_string padded(arrayJson);
    od::parser p;
    od::document doc;
    od::array a;
    if (p.iterate(padded).get(doc) || doc.get_array().get(a)) {
        sink.problem({m_file, line, offset, "parse", "nested observations/scores array is malformed", {}});
        return;
    }
    int64_t index = 0;
    for (auto item : a) {
        od::object o;
        std::string e;
        if (item.get_object().get(o))
            e = "must be an object";
        else
            e = parseObject(o, sink, 1, false);
        if (!e.empty())
            sink.problem({m_file, line, offset, "schema",
                          "nested item " + std::to_string(index) + " of the trace: " + e, {}});
        ++index;
    }
}

} // namespace spanscope::import::langfuse
