#include "import/otlp/otlpparser.h"

#include <charconv>
#include <cmath>

#include "import/common/jsonutil.h"
#include "import/common/linereader.h" // kLinePadding
#include "import/otlp/otlpids.h"

namespace spanscope::import::otlp {

using simdjson::error_code;
using simdjson::SUCCESS;

namespace {

const char *const kKindNames[] = { "UNSPECIFIED", "INTERNAL", "SERVER", "CLIENT", "PRODUCER", "CONSUMER" };

std::string excerptOf(std::string_view s)
{
    if (s.size() > 160) {
        size_t cut = 160;
        while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80)
            --cut;
        s = s.substr(0, cut);
    }
    return std::string(s);
}

// Nanoseconds from a decimal string (protobuf JSON) or a number. False when neither.
bool readNanos(od::value &v, int64_t &out, std::string &shown, error_code &fatal)
{
    out = 0;
    od::json_type t;
    if ((fatal = v.type().get(t)))
        return false;
    if (t == od::json_type::null)
        return true;
    if (t == od::json_type::string) {
        std::string_view s;
        if ((fatal = v.get_string().get(s)))
            return false;
        if (s.empty())
            return true;
        uint64_t n = 0;
        auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
        if (ec == std::errc() && p == s.data() + s.size() && n <= uint64_t(INT64_MAX)) {
            out = int64_t(n);
            return true;
        }
        shown = json::quote(s.substr(0, 40));
        return false;
    }
    if (t == od::json_type::number) {
        uint64_t n;
        if (v.get_uint64().get(n) == SUCCESS && n <= uint64_t(INT64_MAX)) {
            out = int64_t(n);
            return true;
        }
        double d;
        if (v.get_double().get(d) == SUCCESS && std::isfinite(d) && d >= 0 && d < 9.2e18) {
            out = int64_t(d);
            return true;
        }
        shown = "a negative or out-of-range number";
        return false;
    }
    shown = t == od::json_type::object ? "an object" : t == od::json_type::array ? "an array" : "a boolean";
    return false;
}

// Where a value starts in the buffer (for problem positions); null when unknown.
const char *locationOf(od::value &v)
{
    const char *loc = nullptr;
    if (v.current_location().get(loc) != SUCCESS)
        return nullptr;
    return loc;
}

// A string member, or empty when it is not a string.
std::string_view stringOr(od::value &v)
{
    std::string_view s;
    if (v.get_string().get(s) != SUCCESS)
        return {};
    return s;
}

const char *typeName(od::json_type t)
{
    switch (t) {
    case od::json_type::array:
        return "an array";
    case od::json_type::object:
        return "an object";
    case od::json_type::number:
        return "a number";
    case od::json_type::string:
        return "a string";
    case od::json_type::boolean:
        return "a boolean";
    case od::json_type::null:
        return "null";
    }
    return "?";
}

} // namespace

OtlpParser::OtlpParser(RecordSink &sink, const ReadContext &ctx)
    : m_sink(sink)
    , m_ctx(ctx)
{
}

void OtlpParser::problem(const Unit &u, const char *at, const char *kind, std::string message)
{
    ImportProblem p;
    p.file = m_ctx.fileName;
    p.line = u.line;
    size_t rel = 0;
    if (at && at >= u.text.data() && at <= u.text.data() + u.text.size())
        rel = size_t(at - u.text.data());
    p.byteOffset = u.offset + int64_t(rel);
    p.kind = kind;
    p.message = std::move(message);
    p.excerpt = excerptOf(u.text.substr(rel));
    m_sink.problem(std::move(p));
}

void OtlpParser::unitHashes()
{
    if (m_haveUnitHash)
        return;
    for (uint64_t i = 0; i < 3; ++i)
        m_unitHash[i] = hashText(m_unit->text, i + 1);
    m_haveUnitHash = true;
}

void OtlpParser::noteTrace(std::vector<std::string> &list, const std::string &traceId)
{
    if (list.empty() || list.back() != traceId)
        list.push_back(traceId); // duplicates are removed when registered
}

// Resets per-unit state and checks the unit is a JSON object (else error = notObject, plus the
// found type when notObject ends with a space).
bool OtlpParser::beginUnit(const Unit &u, od::document &doc, std::string &error, const char *notObject)
{
    m_unit = &u;
    m_haveUnitHash = false;
    m_spanOrdinal = 0;
    m_arena.reset();
    if (const error_code e = m_parser.iterate(u.text.data(), u.text.size(), u.text.size() + kLinePadding).get(doc)) {
        error = std::string("not valid JSON: ") + simdjson::error_message(e);
        return false;
    }
    od::json_type t;
    if (const error_code e = doc.type().get(t)) {
        error = std::string("not valid JSON: ") + simdjson::error_message(e);
        return false;
    }
    if (t != od::json_type::object) {
        error = notObject;
        if (!error.empty() && error.back() == ' ')
            error += typeName(t);
        return false;
    }
    return true;
}

OtlpParser::Status OtlpParser::parseRequest(const Unit &u, std::string &error)
{
    od::document doc;
    if (!beginUnit(u, doc, error, "not an OTLP request: the text is not a JSON object"))
        return Status::Failed;
    od::object req;
    Status st = Status::Ok;
    error_code e = doc.get_object().get(req);
    bool found = false;
    if (!e)
        e = walkRequest(req, st, found);
    if (e) {
        const char *loc = nullptr;
        std::string where;
        if (doc.current_location().get(loc) == SUCCESS && loc >= u.text.data())
            where = " near byte " + std::to_string(u.offset + (loc - u.text.data()));
        error = std::string("malformed JSON") + where + ": " + simdjson::error_message(e);
        return Status::Failed;
    }
    if (!found && st == Status::Ok) {
        error = "not an OTLP trace request: no \"resourceSpans\"";
        return Status::Failed;
    }
    return st;
}

OtlpParser::Status OtlpParser::parseResourceSpans(const Unit &u, std::string &error)
{
    od::document doc;
    if (!beginUnit(u, doc, error, "a resourceSpans element must be an object, found "))
        return Status::Failed;
    od::object rs;
    Status st = Status::Ok;
    error_code e = doc.get_object().get(rs);
    if (!e)
        e = walkResourceSpans(rs, st);
    if (e) {
        error = std::string("malformed JSON: ") + simdjson::error_message(e);
        return Status::Failed;
    }
    return st;
}

error_code OtlpParser::walkRequest(od::object req, Status &st, bool &found)
{
    for (auto fr : req) {
        od::field f;
        OTLP_TRY(std::move(fr).get(f));
        const auto key = f.key();
        od::value &val = f.value();
        if (key == "resourceSpans") {
            found = true;
            od::json_type t;
            OTLP_TRY(val.type().get(t));
            if (t != od::json_type::array) {
                const char *loc = locationOf(val);
                problem(*m_unit, loc, "schema", std::string("\"resourceSpans\" is ") + typeName(t) + ", not an array");
                continue;
            }
            od::array arr;
            OTLP_TRY(val.get_array().get(arr));
            for (auto er : arr) {
                od::value rv;
                OTLP_TRY(er.get(rv));
                od::json_type rt;
                OTLP_TRY(rv.type().get(rt));
                if (rt != od::json_type::object) {
                    const char *loc = locationOf(rv);
                    problem(*m_unit, loc, "schema",
                        std::string("a resourceSpans element is ") + typeName(rt) + ", not an object; skipped");
                    continue;
                }
                od::object rs;
                OTLP_TRY(rv.get_object().get(rs));
                OTLP_TRY(walkResourceSpans(rs, st));
                if (st == Status::Cancelled)
                    return SUCCESS;
            }
        } else if (key == "result") {
            // Jaeger query API v3 wraps the OTLP request.
            od::json_type t;
            OTLP_TRY(val.type().get(t));
            if (t != od::json_type::object)
                continue;
            od::object inner;
            OTLP_TRY(val.get_object().get(inner));
            OTLP_TRY(walkRequest(inner, st, found));
            if (st == Status::Cancelled)
                return SUCCESS;
        }
    }
    return SUCCESS;
}

error_code OtlpParser::walkResourceSpans(od::object rs, Status &st)
{
    m_resourceAttrs.clear();
    m_spanMeta.clear();
    m_environment = {};
    m_resourceTraces.clear();
    // Spans need the resource (service.name, environment) even when it is written after them.
    od::value rv;
    const error_code found = rs.find_field_unordered("resource").get(rv);
    if (found == SUCCESS)
        OTLP_TRY(parseResource(rv));
    else if (found != simdjson::NO_SUCH_FIELD)
        return found;
    bool dummy;
    OTLP_TRY(rs.reset().get(dummy));
    for (auto fr : rs) {
        od::field f;
        OTLP_TRY(std::move(fr).get(f));
        const auto key = f.key();
        if (!(key == "scopeSpans") && !(key == "instrumentationLibrarySpans"))
            continue;
        od::value &val = f.value();
        od::json_type t;
        OTLP_TRY(val.type().get(t));
        if (t != od::json_type::array) {
            const char *loc = locationOf(val);
            problem(*m_unit, loc, "schema", std::string("\"scopeSpans\" is ") + typeName(t) + ", not an array");
            continue;
        }
        od::array arr;
        OTLP_TRY(val.get_array().get(arr));
        for (auto er : arr) {
            od::value sv;
            OTLP_TRY(er.get(sv));
            od::json_type stype;
            OTLP_TRY(sv.type().get(stype));
            if (stype != od::json_type::object) {
                const char *loc = locationOf(sv);
                problem(
                    *m_unit, loc, "schema", std::string("a scopeSpans element is ") + typeName(stype) + "; skipped");
                continue;
            }
            od::object ss;
            OTLP_TRY(sv.get_object().get(ss));
            OTLP_TRY(walkScopeSpans(ss, st));
            if (st == Status::Cancelled)
                return SUCCESS;
        }
    }
    if (!m_resourceAttrs.empty() && !m_resourceTraces.empty()) {
        KeyValues kv;
        kv.reserve(m_resourceAttrs.size());
        for (const auto &a : m_resourceAttrs)
            kv.emplace_back(std::string(a.key), attr::toJson(a.value));
        registerTraces(m_resourceTraces, intern(m_resources, m_resourceIndex, std::move(kv)), true);
    }
    return SUCCESS;
}

error_code OtlpParser::walkScopeSpans(od::object ss, Status &st)
{
    m_scopeTraces.clear();
    KeyValues scope;
    for (auto fr : ss) {
        od::field f;
        OTLP_TRY(std::move(fr).get(f));
        const auto key = f.key();
        od::value &val = f.value();
        if (key == "scope" || key == "instrumentationLibrary") {
            OTLP_TRY(parseScope(val, scope));
            continue;
        }
        if (!(key == "spans"))
            continue;
        od::json_type t;
        OTLP_TRY(val.type().get(t));
        if (t != od::json_type::array) {
            const char *loc = locationOf(val);
            problem(*m_unit, loc, "schema", std::string("\"spans\" is ") + typeName(t) + ", not an array");
            continue;
        }
        od::array arr;
        OTLP_TRY(val.get_array().get(arr));
        for (auto er : arr) {
            if (m_ctx.cancelled()) {
                st = Status::Cancelled;
                return SUCCESS;
            }
            od::value sv;
            OTLP_TRY(er.get(sv));
            const char *loc = locationOf(sv);
            std::string why;
            error_code fatal = SUCCESS;
            m_ordinal = m_spanOrdinal++;
            const SpanStatus r = parseSpan(sv, why, fatal);
            if (r == SpanStatus::Fatal)
                return fatal;
            if (r == SpanStatus::Skip) {
                problem(*m_unit, loc, "schema", "span skipped: " + why);
                continue;
            }
            emitSpan();
        }
    }
    if (!scope.empty() && !m_scopeTraces.empty())
        registerTraces(m_scopeTraces, intern(m_scopes, m_scopeIndex, std::move(scope)), false);
    return SUCCESS;
}

OtlpParser::SpanStatus OtlpParser::parseSpan(od::value v, std::string &why, error_code &fatal)
{
    m_rawTraceId = m_rawSpanId = m_rawParentId = m_name = m_statusMessage = {};
    m_hasName = false;
    m_start = m_end = 0;
    m_kind = 0;
    m_statusCode = 0;
    m_attrs.clear();
    m_events.clear();
    m_links.clear();

    od::json_type t;
    if ((fatal = v.type().get(t)))
        return SpanStatus::Fatal;
    if (t != od::json_type::object) {
        why = std::string("the span is ") + typeName(t) + ", not an object";
        return SpanStatus::Skip;
    }
    od::object o;
    if ((fatal = v.get_object().get(o)))
        return SpanStatus::Fatal;

    auto str = [&](od::value &val, std::string_view &out, const char *what) -> SpanStatus {
        od::json_type vt;
        if ((fatal = val.type().get(vt)))
            return SpanStatus::Fatal;
        if (vt == od::json_type::null)
            return SpanStatus::Ok;
        if (vt != od::json_type::string) {
            why = std::string(what) + " is " + typeName(vt) + ", not a string";
            return SpanStatus::Skip;
        }
        if ((fatal = val.get_string().get(out)))
            return SpanStatus::Fatal;
        return SpanStatus::Ok;
    };
    auto nanos = [&](od::value &val, int64_t &out, const char *what) -> SpanStatus {
        std::string shown;
        if (readNanos(val, out, shown, fatal))
            return SpanStatus::Ok;
        if (fatal)
            return SpanStatus::Fatal;
        why = std::string(what) + " is " + shown + ", not a whole number of nanoseconds";
        return SpanStatus::Skip;
    };
#define SPAN_TRY(expr)                                                                                                 \
    do {                                                                                                               \
        const SpanStatus s_ = (expr);                                                                                  \
        if (s_ != SpanStatus::Ok)                                                                                      \
            return s_;                                                                                                 \
    } while (0)
#define SPAN_FATAL(expr)                                                                                               \
    do {                                                                                                               \
        if ((fatal = (expr)))                                                                                          \
            return SpanStatus::Fatal;                                                                                  \
    } while (0)

    for (auto fr : o) {
        od::field f;
        SPAN_FATAL(std::move(fr).get(f));
        const auto key = f.key();
        od::value &val = f.value();
        if (key == "traceId") {
            SPAN_TRY(str(val, m_rawTraceId, "traceId"));
        } else if (key == "spanId") {
            SPAN_TRY(str(val, m_rawSpanId, "spanId"));
        } else if (key == "parentSpanId") {
            SPAN_TRY(str(val, m_rawParentId, "parentSpanId"));
        } else if (key == "name") {
            SPAN_TRY(str(val, m_name, "name"));
            m_hasName = true;
        } else if (key == "startTimeUnixNano") {
            SPAN_TRY(nanos(val, m_start, "startTimeUnixNano"));
        } else if (key == "endTimeUnixNano") {
            SPAN_TRY(nanos(val, m_end, "endTimeUnixNano"));
        } else if (key == "kind") {
            od::json_type kt;
            SPAN_FATAL(val.type().get(kt));
            if (kt == od::json_type::number) {
                int64_t k = 0;
                if (val.get_int64().get(k) == SUCCESS && k >= 0 && k <= 5)
                    m_kind = int(k);
            } else if (kt == od::json_type::string) {
                std::string_view k;
                SPAN_FATAL(val.get_string().get(k));
                if (k.substr(0, 10) == "SPAN_KIND_")
                    k.remove_prefix(10);
                for (int i = 0; i < 6; ++i)
                    if (k == kKindNames[i])
                        m_kind = i;
            }
        } else if (key == "attributes") {
            bool wrong = false;
            SPAN_FATAL(parseKeyValues(val, m_attrs, wrong));
            if (wrong) {
                why = "attributes is not an array of {key, value}";
                return SpanStatus::Skip;
            }
        } else if (key == "status") {
            od::json_type stt;
            SPAN_FATAL(val.type().get(stt));
            if (stt != od::json_type::object)
                continue;
            od::object so;
            SPAN_FATAL(val.get_object().get(so));
            for (auto sr : so) {
                od::field sf;
                SPAN_FATAL(std::move(sr).get(sf));
                od::value &sv = sf.value();
                if (sf.key() == "code") {
                    od::json_type ct;
                    SPAN_FATAL(sv.type().get(ct));
                    if (ct == od::json_type::number) {
                        int64_t c = 0;
                        if (sv.get_int64().get(c) == SUCCESS)
                            m_statusCode = int(c);
                    } else if (ct == od::json_type::string) {
                        std::string_view c;
                        SPAN_FATAL(sv.get_string().get(c));
                        if (c == "STATUS_CODE_ERROR" || c == "ERROR" || c == "2")
                            m_statusCode = 2;
                        else if (c == "STATUS_CODE_OK" || c == "OK" || c == "1")
                            m_statusCode = 1;
                    }
                } else if (sf.key() == "message") {
                    SPAN_TRY(str(sv, m_statusMessage, "status.message"));
                }
            }
        } else if (key == "events") {
            od::json_type et;
            SPAN_FATAL(val.type().get(et));
            if (et == od::json_type::null)
                continue;
            if (et != od::json_type::array) {
                why = std::string("events is ") + typeName(et) + ", not an array";
                return SpanStatus::Skip;
            }
            od::array arr;
            SPAN_FATAL(val.get_array().get(arr));
            for (auto er : arr) {
                od::value ev;
                SPAN_FATAL(er.get(ev));
                od::json_type evt;
                SPAN_FATAL(ev.type().get(evt));
                if (evt != od::json_type::object)
                    continue;
                od::object eo;
                SPAN_FATAL(ev.get_object().get(eo));
                attr::Event e;
                e.attrBegin = m_events.attributes.size();
                for (auto efr : eo) {
                    od::field ef;
                    SPAN_FATAL(std::move(efr).get(ef));
                    od::value &efv = ef.value();
                    if (ef.key() == "name") {
                        SPAN_TRY(str(efv, e.name, "event name"));
                    } else if (ef.key() == "timeUnixNano") {
                        int64_t ns = 0;
                        SPAN_TRY(nanos(efv, ns, "event timeUnixNano"));
                        if (ns > 0)
                            e.timeNs = ns;
                    } else if (ef.key() == "attributes") {
                        bool wrong = false;
                        SPAN_FATAL(parseKeyValues(efv, m_events.attributes, wrong));
                    }
                }
                e.attrEnd = m_events.attributes.size();
                m_events.events.push_back(e);
            }
        } else if (key == "links") {
            od::json_type lt;
            SPAN_FATAL(val.type().get(lt));
            if (lt != od::json_type::array)
                continue;
            od::array arr;
            SPAN_FATAL(val.get_array().get(arr));
            for (auto lr : arr) {
                od::value lv;
                SPAN_FATAL(lr.get(lv));
                od::json_type lvt;
                SPAN_FATAL(lv.type().get(lvt));
                if (lvt != od::json_type::object)
                    continue;
                od::object lo;
                SPAN_FATAL(lv.get_object().get(lo));
                std::string_view ltid, lsid, lstate;
                m_linkAttrs.clear();
                for (auto lfr : lo) {
                    od::field lf;
                    SPAN_FATAL(std::move(lfr).get(lf));
                    od::value &lfv = lf.value();
                    if (lf.key() == "traceId")
                        ltid = stringOr(lfv);
                    else if (lf.key() == "spanId")
                        lsid = stringOr(lfv);
                    else if (lf.key() == "traceState")
                        lstate = stringOr(lfv);
                    else if (lf.key() == "attributes") {
                        bool wrong = false;
                        SPAN_FATAL(parseKeyValues(lfv, m_linkAttrs, wrong));
                    }
                }
                std::string id;
                m_links.push_back(m_links.empty() ? '[' : ',');
                m_links += "{\"traceId\":";
                normalizeId(ltid, 16, id);
                json::appendQuoted(m_links, id);
                m_links += ",\"spanId\":";
                normalizeId(lsid, 8, id);
                json::appendQuoted(m_links, id);
                if (!lstate.empty()) {
                    m_links += ",\"traceState\":";
                    json::appendQuoted(m_links, lstate);
                }
                if (!m_linkAttrs.empty()) {
                    m_links += ",\"attributes\":{";
                    for (size_t i = 0; i < m_linkAttrs.size(); ++i) {
                        if (i)
                            m_links.push_back(',');
                        json::appendQuoted(m_links, m_linkAttrs[i].key);
                        m_links.push_back(':');
                        attr::appendJson(m_links, m_linkAttrs[i].value);
                    }
                    m_links.push_back('}');
                }
                m_links.push_back('}');
            }
            if (!m_links.empty())
                m_links.push_back(']');
        }
    }
#undef SPAN_TRY
#undef SPAN_FATAL
    return SpanStatus::Ok;
}

void OtlpParser::emitSpan()
{
    if (!normalizeId(m_rawTraceId, 16, m_traceId)) {
        unitHashes();
        m_traceId = syntheticTraceId(m_unitHash[0], m_unitHash[1]);
    }
    if (!normalizeId(m_rawSpanId, 8, m_spanId)) {
        unitHashes();
        m_spanId = syntheticSpanId(m_unitHash[2], m_ordinal);
    }
    const bool hasParent = normalizeId(m_rawParentId, 8, m_parentId);

    ObservationRecord o;
    o.traceId = m_traceId;
    o.id = m_spanId;
    if (hasParent && m_parentId != m_spanId)
        o.parentId = m_parentId;
    if (m_hasName)
        o.name = std::string(m_name);
    if (m_start > 0)
        o.startNs = m_start;
    if (m_end > 0)
        o.endNs = m_end;
    if (m_statusCode == 2)
        o.level = "ERROR";
    if (!m_statusMessage.empty())
        o.statusMessage = std::string(m_statusMessage);

    AttributeMapper::Context mc;
    mc.environment = m_environment;
    mc.extraMetadata = m_spanMeta.empty() ? nullptr : &m_spanMeta;
    m_mapper.map(m_attrs, m_events, mc, o, m_result);

    noteTrace(m_resourceTraces, m_traceId);
    noteTrace(m_scopeTraces, m_traceId);
    ++m_spans;

    m_sink.observation(std::move(o));
    ++m_records;
    for (auto &s : m_result.scores) {
        m_sink.score(std::move(s));
        ++m_records;
    }
    if (m_result.trace) {
        m_sink.trace(std::move(*m_result.trace));
        ++m_records;
    }
    for (auto &a : m_result.attributes)
        m_sink.attribute(std::move(a));
    if (m_kind >= 2) // SERVER CLIENT PRODUCER CONSUMER; INTERNAL is the default and not stored
        m_sink.attribute({ m_traceId, m_spanId, "otel.span.kind", json::quote(kKindNames[m_kind]) });
    if (!m_links.empty())
        m_sink.attribute({ m_traceId, m_spanId, "otel.links", m_links });

    // Remaining events become EVENT children: "<span id>-e<index of the event in the span>".
    for (size_t i = 0; i < m_events.events.size(); ++i) {
        if (m_result.eventConsumed[i])
            continue;
        const attr::Event &e = m_events.events[i];
        ObservationRecord ev;
        ev.traceId = m_traceId;
        ev.id = m_spanId + "-e" + std::to_string(i);
        ev.parentId = m_spanId;
        ev.type = ObsType::Event;
        ev.name = std::string(e.name);
        ev.startNs = e.timeNs;
        ev.endNs = e.timeNs;
        if (e.attrEnd > e.attrBegin) {
            std::string meta = "{";
            for (size_t a = e.attrBegin; a < e.attrEnd; ++a) {
                if (a > e.attrBegin)
                    meta.push_back(',');
                json::appendQuoted(meta, m_events.attributes[a].key);
                meta.push_back(':');
                attr::appendJson(meta, m_events.attributes[a].value);
                if (e.name == "exception" && m_events.attributes[a].key == "exception.message")
                    ev.statusMessage = attr::text(m_events.attributes[a].value);
            }
            meta.push_back('}');
            ev.metadataJson = std::move(meta);
        }
        if (e.name == "exception")
            ev.level = "ERROR";
        m_sink.observation(std::move(ev));
        ++m_records;
    }
}

} // namespace spanscope::import::otlp
