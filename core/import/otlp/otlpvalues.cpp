// OtlpParser: AnyValue / KeyValue decoding and the file-level resource/scope attributes.

#include <algorithm>
#include <charconv>
#include <map>

#include "import/common/jsonutil.h"
#include "import/otlp/otlpparser.h"

namespace spanscope::import::otlp {

using simdjson::error_code;
using simdjson::SUCCESS;

namespace {

// A plain JSON value where an AnyValue object was expected: keep it as typed as we can.
error_code bareValue(od::value v, od::json_type t, attr::Value &out, attr::TextArena &arena)
{
    switch (t) {
    case od::json_type::string: {
        std::string_view s;
        OTLP_TRY(v.get_string().get(s));
        out = attr::Value::string(s);
        return SUCCESS;
    }
    case od::json_type::boolean: {
        bool b;
        OTLP_TRY(v.get_bool().get(b));
        out = attr::Value::boolean(b);
        return SUCCESS;
    }
    case od::json_type::null:
        out = attr::Value();
        return SUCCESS;
    default: {
        auto raw = json::rawText(v);
        if (raw)
            out = attr::Value::json(arena.store(*raw));
        return SUCCESS;
    }
    }
}

bool digitsOnly(std::string_view s)
{
    if (s.empty())
        return false;
    size_t i = s[0] == '-' ? 1 : 0;
    if (i == s.size())
        return false;
    for (; i < s.size(); ++i)
        if (s[i] < '0' || s[i] > '9')
            return false;
    return true;
}

} // namespace

error_code OtlpParser::parseAnyValue(od::value v, attr::Value &out)
{
    out = attr::Value();
    od::json_type t;
    OTLP_TRY(v.type().get(t));
    if (t != od::json_type::object)
        return bareValue(v, t, out, m_arena);
    od::object o;
    OTLP_TRY(v.get_object().get(o));
    for (auto fr : o) {
        od::field f;
        OTLP_TRY(std::move(fr).get(f));
        const auto key = f.key();
        od::value &val = f.value();
        od::json_type vt;
        OTLP_TRY(val.type().get(vt));
        if (key == "stringValue" || key == "bytesValue") {
            if (vt == od::json_type::string) {
                std::string_view s;
                OTLP_TRY(val.get_string().get(s));
                out = attr::Value::string(s);
            } else {
                OTLP_TRY(bareValue(val, vt, out, m_arena));
            }
        } else if (key == "boolValue") {
            if (vt == od::json_type::boolean) {
                bool b;
                OTLP_TRY(val.get_bool().get(b));
                out = attr::Value::boolean(b);
            } else if (vt == od::json_type::string) {
                std::string_view s;
                OTLP_TRY(val.get_string().get(s));
                out = s == "true"  ? attr::Value::boolean(true)
                    : s == "false" ? attr::Value::boolean(false)
                                   : attr::Value::string(s);
            } else {
                OTLP_TRY(bareValue(val, vt, out, m_arena));
            }
        } else if (key == "intValue") {
            // Protobuf JSON writes int64 as a string; the JS exporter writes a number.
            if (vt == od::json_type::number) {
                int64_t i;
                if (val.get_int64().get(i) == SUCCESS) {
                    out = attr::Value::integer(i);
                } else {
                    double d;
                    OTLP_TRY(val.get_double().get(d));
                    out = attr::Value::real(d);
                }
            } else if (vt == od::json_type::string) {
                std::string_view s;
                OTLP_TRY(val.get_string().get(s));
                int64_t i = 0;
                auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), i);
                if (ec == std::errc() && p == s.data() + s.size())
                    out = attr::Value::integer(i);
                else
                    out = attr::Value::string(s);
            } else {
                OTLP_TRY(bareValue(val, vt, out, m_arena));
            }
        } else if (key == "doubleValue") {
            if (vt == od::json_type::number) {
                double d;
                OTLP_TRY(val.get_double().get(d));
                out = attr::Value::real(d);
            } else if (vt == od::json_type::string) {
                std::string_view s;
                OTLP_TRY(val.get_string().get(s));
                if (auto d = json::doubleFromString(s))
                    out = attr::Value::real(*d);
                else
                    out = attr::Value::string(s); // "NaN", "Infinity"
            } else {
                OTLP_TRY(bareValue(val, vt, out, m_arena));
            }
        } else if (key == "arrayValue" || key == "kvlistValue") {
            m_json.clear();
            if (vt == od::json_type::object) {
                OTLP_TRY(appendContainerJson(val, key == "arrayValue", m_json, 1));
                out = attr::Value::json(m_arena.store(m_json));
            } else {
                OTLP_TRY(bareValue(val, vt, out, m_arena));
            }
        }
    }
    return SUCCESS;
}

// {"values":[AnyValue...]} -> [plain...], {"values":[{key,value}...]} -> {key: plain}.
error_code OtlpParser::appendContainerJson(od::value container, bool isArray, std::string &out, int depth)
{
    out.push_back(isArray ? '[' : '{');
    od::object o;
    OTLP_TRY(container.get_object().get(o));
    bool first = true;
    for (auto fr : o) {
        od::field f;
        OTLP_TRY(std::move(fr).get(f));
        if (!(f.key() == "values"))
            continue;
        od::json_type t;
        OTLP_TRY(f.value().type().get(t));
        if (t != od::json_type::array)
            continue;
        od::array arr;
        OTLP_TRY(f.value().get_array().get(arr));
        for (auto er : arr) {
            od::value ev;
            OTLP_TRY(er.get(ev));
            if (isArray) {
                if (!first)
                    out.push_back(',');
                first = false;
                OTLP_TRY(appendAnyValueJson(ev, out, depth + 1));
                continue;
            }
            // A key-value pair; the value may come before the key.
            od::json_type et;
            OTLP_TRY(ev.type().get(et));
            if (et != od::json_type::object)
                continue;
            od::object kv;
            OTLP_TRY(ev.get_object().get(kv));
            std::string_view k;
            bool haveKey = false;
            std::string valueJson;
            for (auto kr : kv) {
                od::field kf;
                OTLP_TRY(std::move(kr).get(kf));
                if (kf.key() == "key") {
                    if (kf.value().get_string().get(k) == SUCCESS)
                        haveKey = true;
                } else if (kf.key() == "value") {
                    OTLP_TRY(appendAnyValueJson(kf.value(), valueJson, depth + 1));
                }
            }
            if (!haveKey)
                continue;
            if (!first)
                out.push_back(',');
            first = false;
            json::appendQuoted(out, k);
            out.push_back(':');
            out += valueJson.empty() ? std::string_view("null") : std::string_view(valueJson);
        }
    }
    out.push_back(isArray ? ']' : '}');
    return SUCCESS;
}

// An AnyValue as plain JSON (nested arrays/kvlists included).
error_code OtlpParser::appendAnyValueJson(od::value v, std::string &out, int depth)
{
    od::json_type t;
    OTLP_TRY(v.type().get(t));
    if (t != od::json_type::object || depth > 64) {
        auto raw = json::rawText(v);
        out += raw && depth <= 64 ? *raw : std::string_view("null");
        return SUCCESS;
    }
    od::object o;
    OTLP_TRY(v.get_object().get(o));
    bool wrote = false;
    for (auto fr : o) {
        od::field f;
        OTLP_TRY(std::move(fr).get(f));
        if (wrote)
            continue;
        const auto key = f.key();
        od::value &val = f.value();
        od::json_type vt;
        OTLP_TRY(val.type().get(vt));
        if (key == "arrayValue" || key == "kvlistValue") {
            if (vt == od::json_type::object) {
                OTLP_TRY(appendContainerJson(val, key == "arrayValue", out, depth));
                wrote = true;
            }
            continue;
        }
        const bool known = key == "stringValue" || key == "bytesValue" || key == "boolValue" || key == "intValue"
            || key == "doubleValue";
        if (!known)
            continue;
        if (vt == od::json_type::string) {
            std::string_view s;
            OTLP_TRY(val.get_string().get(s));
            // int64 and double arrive as strings in protobuf JSON: write them as numbers.
            if ((key == "intValue" && digitsOnly(s)) || (key == "doubleValue" && json::doubleFromString(s)))
                out += s;
            else if (key == "boolValue" && (s == "true" || s == "false"))
                out += s;
            else
                json::appendQuoted(out, s);
        } else {
            auto raw = json::rawText(val);
            out += raw ? *raw : std::string_view("null");
        }
        wrote = true;
    }
    if (!wrote)
        out += "null";
    return SUCCESS;
}

error_code OtlpParser::parseKeyValues(od::value v, attr::AttributeList &out, bool &wrongType)
{
    od::json_type t;
    OTLP_TRY(v.type().get(t));
    if (t == od::json_type::null)
        return SUCCESS;
    if (t != od::json_type::array) {
        wrongType = true;
        return SUCCESS;
    }
    od::array arr;
    OTLP_TRY(v.get_array().get(arr));
    for (auto er : arr) {
        od::value ev;
        OTLP_TRY(er.get(ev));
        od::json_type et;
        OTLP_TRY(ev.type().get(et));
        if (et != od::json_type::object)
            continue;
        od::object kv;
        OTLP_TRY(ev.get_object().get(kv));
        attr::Attribute a;
        bool haveKey = false;
        for (auto kr : kv) {
            od::field kf;
            OTLP_TRY(std::move(kr).get(kf));
            if (kf.key() == "key") {
                if (kf.value().get_string().get(a.key) == SUCCESS)
                    haveKey = true;
            } else if (kf.key() == "value") {
                OTLP_TRY(parseAnyValue(kf.value(), a.value));
            }
        }
        if (haveKey && !a.key.empty())
            out.push_back(a);
    }
    return SUCCESS;
}

error_code OtlpParser::parseResource(od::value v)
{
    od::json_type t;
    OTLP_TRY(v.type().get(t));
    if (t != od::json_type::object)
        return SUCCESS;
    od::object o;
    OTLP_TRY(v.get_object().get(o));
    for (auto fr : o) {
        od::field f;
        OTLP_TRY(std::move(fr).get(f));
        if (f.key() == "attributes") {
            bool wrong = false;
            OTLP_TRY(parseKeyValues(f.value(), m_resourceAttrs, wrong));
        }
    }
    for (const auto &a : m_resourceAttrs) {
        if (a.key == "service.name" && m_spanMeta.empty())
            m_spanMeta.push_back(a);
        else if ((a.key == "deployment.environment.name"
                     || (a.key == "deployment.environment" && m_environment.empty()))
            && a.value.kind == attr::ValueKind::String)
            m_environment = a.value.text;
    }
    return SUCCESS;
}

error_code OtlpParser::parseScope(od::value v, KeyValues &scope)
{
    od::json_type t;
    OTLP_TRY(v.type().get(t));
    if (t != od::json_type::object)
        return SUCCESS;
    od::object o;
    OTLP_TRY(v.get_object().get(o));
    for (auto fr : o) {
        od::field f;
        OTLP_TRY(std::move(fr).get(f));
        const auto key = f.key();
        if (key == "name" || key == "version") {
            std::string_view s;
            if (f.value().get_string().get(s) == SUCCESS && !s.empty())
                scope.emplace_back(key == "name" ? "name" : "version", json::quote(s));
        } else if (key == "attributes") {
            m_linkAttrs.clear();
            bool wrong = false;
            OTLP_TRY(parseKeyValues(f.value(), m_linkAttrs, wrong));
            for (const auto &a : m_linkAttrs)
                if (a.key != "name" && a.key != "version")
                    scope.emplace_back(std::string(a.key), attr::toJson(a.value));
        }
    }
    return SUCCESS;
}

uint32_t OtlpParser::intern(
    std::vector<KeyValues> &sets, std::unordered_map<std::string, uint32_t> &index, KeyValues &&kv)
{
    std::string canon;
    for (const auto &[k, v] : kv) {
        canon += k;
        canon.push_back('\0');
        canon += v;
        canon.push_back('\1');
    }
    auto [it, fresh] = index.try_emplace(std::move(canon), uint32_t(sets.size()));
    if (fresh)
        sets.push_back(std::move(kv));
    return it->second;
}

void OtlpParser::registerTraces(std::vector<std::string> &traces, uint32_t id, bool resource)
{
    std::sort(traces.begin(), traces.end());
    traces.erase(std::unique(traces.begin(), traces.end()), traces.end());
    for (const auto &t : traces) {
        auto &list = resource ? m_traceLevel[t].resources : m_traceLevel[t].scopes;
        if (std::find(list.begin(), list.end(), id) == list.end())
            list.push_back(id);
    }
}

void OtlpParser::finish()
{
    // One attribute per key and trace; when spans of one trace came from different resources
    // (services) or scopes, the distinct values are kept as a JSON array.
    auto emitSet = [&](const std::string &traceId, const std::vector<uint32_t> &ids, const std::vector<KeyValues> &sets,
                       const char *prefix) {
        if (ids.empty())
            return;
        if (ids.size() == 1) {
            for (const auto &[k, v] : sets[ids[0]])
                m_sink.attribute({ traceId, std::string(), prefix + k, v });
            return;
        }
        std::map<std::string, std::vector<std::string>> merged;
        for (uint32_t id : ids)
            for (const auto &[k, v] : sets[id]) {
                auto &vals = merged[k];
                if (std::find(vals.begin(), vals.end(), v) == vals.end())
                    vals.push_back(v);
            }
        for (auto &[k, vals] : merged) {
            if (vals.size() == 1) {
                m_sink.attribute({ traceId, std::string(), prefix + k, std::move(vals[0]) });
                continue;
            }
            std::string arr = "[";
            for (size_t i = 0; i < vals.size(); ++i) {
                if (i)
                    arr.push_back(',');
                arr += vals[i];
            }
            arr.push_back(']');
            m_sink.attribute({ traceId, std::string(), prefix + k, std::move(arr) });
        }
    };
    for (const auto &[traceId, tl] : m_traceLevel) {
        emitSet(traceId, tl.resources, m_resources, "resource.");
        emitSet(traceId, tl.scopes, m_scopes, "scope.");
    }
    m_traceLevel.clear();
}

} // namespace spanscope::import::otlp
