#pragma once
// Turns OTLP JSON requests (ExportTraceServiceRequest / TracesData) into records with simdjson
// On-Demand: spans -> observations (via AttributeMapper), events -> EVENT children or scores,
// links/kind -> raw attributes, resource and scope -> trace-level attributes at finish().
// Keeps per-file state; one instance per read() call, one thread.

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <simdjson.h>

#include "import/common/attributemapper.h"
#include "import/common/attrvalue.h"
#include "import/importer.h"

// Returns a simdjson error from the enclosing function (shared by the OTLP parser files).
#define OTLP_TRY(expr)                                                                                                 \
    do {                                                                                                               \
        if (const simdjson::error_code otlp_err_ = (expr))                                                             \
            return otlp_err_;                                                                                          \
    } while (0)

namespace spanscope::import::otlp {

namespace od = simdjson::ondemand;

class OtlpParser {
public:
    OtlpParser(RecordSink &sink, const ReadContext &ctx);

    // A piece of input parsed as one document. `text` must be followed by kLinePadding readable
    // bytes. line is 1-based for JSON Lines, 0 for a single document.
    struct Unit {
        std::string_view text;
        int64_t line = 0;
        int64_t offset = 0;
    };
    enum class Status { Ok, Failed, Cancelled };

    // A whole request: {"resourceSpans":[...]} or the Jaeger API v3 {"result": {...}}.
    Status parseRequest(const Unit &u, std::string &error);
    // One element of a single document's "resourceSpans" array.
    Status parseResourceSpans(const Unit &u, std::string &error);
    // Reports a problem at a position of the unit (`at` inside u.text, or null = unit start).
    void problem(const Unit &u, const char *at, const char *kind, std::string message);
    // Emits trace-level attributes (resource.*, scope.*) for every trace seen. Call once, last.
    void finish();

    int64_t records() const { return m_records; }
    int64_t spans() const { return m_spans; }

private:
    bool beginUnit(const Unit &u, simdjson::ondemand::document &doc, std::string &error, const char *notObject);
    enum class SpanStatus { Ok, Skip, Fatal, Cancelled };
    struct TraceLevel {
        std::vector<uint32_t> resources;
        std::vector<uint32_t> scopes;
    };
    using KeyValues = std::vector<std::pair<std::string, std::string>>; // key -> JSON

    simdjson::error_code walkRequest(od::object req, Status &st, bool &found);
    simdjson::error_code walkResourceSpans(od::object rs, Status &st);
    simdjson::error_code walkScopeSpans(od::object ss, Status &st);
    SpanStatus parseSpan(od::value v, std::string &why, simdjson::error_code &fatal);
    simdjson::error_code parseResource(od::value v);
    simdjson::error_code parseScope(od::value v, KeyValues &scope);
    // AnyValue -> typed value (lenient: a wrongly typed member keeps its raw JSON text).
    simdjson::error_code parseAnyValue(od::value v, attr::Value &out);
    simdjson::error_code appendAnyValueJson(od::value v, std::string &out, int depth);
    simdjson::error_code appendContainerJson(od::value container, bool isArray, std::string &out, int depth);
    // [{key, value}] -> attributes (appended).
    simdjson::error_code parseKeyValues(od::value v, attr::AttributeList &out, bool &wrongType);
    void emitSpan();
    uint32_t intern(std::vector<KeyValues> &sets, std::unordered_map<std::string, uint32_t> &index, KeyValues &&kv);
    void noteTrace(std::vector<std::string> &list, const std::string &traceId);
    void registerTraces(std::vector<std::string> &traces, uint32_t id, bool resource);
    void unitHashes();

    RecordSink &m_sink;
    const ReadContext &m_ctx;
    od::parser m_parser;
    AttributeMapper m_mapper;
    AttributeMapper::Result m_result;
    attr::TextArena m_arena;
    std::string m_json; // scratch for JSON text of arrays/kvlists

    // The unit being parsed.
    const Unit *m_unit = nullptr;
    bool m_haveUnitHash = false;
    uint64_t m_unitHash[3] = { 0, 0, 0 };
    uint64_t m_spanOrdinal = 0;
    uint64_t m_ordinal = 0; // of the span being parsed

    // Resource of the current resourceSpans element.
    attr::AttributeList m_resourceAttrs;
    attr::AttributeList m_spanMeta; // service.name for each span's metadata
    std::string_view m_environment;
    std::vector<std::string> m_resourceTraces; // traces seen under the current resource
    std::vector<std::string> m_scopeTraces; // traces seen under the current scope

    // The span being parsed.
    std::string_view m_rawTraceId, m_rawSpanId, m_rawParentId, m_name;
    bool m_hasName = false;
    int64_t m_start = 0, m_end = 0;
    int m_kind = 0;
    int m_statusCode = 0;
    std::string_view m_statusMessage;
    attr::AttributeList m_attrs;
    attr::SpanEvents m_events;
    attr::AttributeList m_linkAttrs;
    std::string m_links;
    std::string m_traceId, m_spanId, m_parentId;

    // File-level trace attributes, emitted at finish().
    std::vector<KeyValues> m_resources, m_scopes;
    std::unordered_map<std::string, uint32_t> m_resourceIndex, m_scopeIndex;
    std::unordered_map<std::string, TraceLevel> m_traceLevel;

    int64_t m_records = 0;
    int64_t m_spans = 0;
};

} // namespace spanscope::import::otlp
