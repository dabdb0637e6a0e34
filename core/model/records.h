#pragma once
// Plain normalised records every importer produces and the store writer consumes.
// Value types only; safe to create on any thread and move between threads.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace spanscope {

// Repair flags stored in observations.flags / traces.flags.
enum ObservationFlag : int {
    FlagOrphan = 1,             // parent id not found in the trace: shown as a root
    FlagCycleBroken = 2,        // parent chain formed a cycle: this node was made a root
    FlagStartsBeforeParent = 4, // clock skew: child starts before its parent
    FlagDuplicateMerged = 8,    // the same id appeared more than once in the input and was merged
};

// Canonical observation types (the Langfuse set; other formats map onto it).
namespace ObsType {
inline constexpr const char *Span = "SPAN";
inline constexpr const char *Generation = "GENERATION";
inline constexpr const char *Event = "EVENT";
inline constexpr const char *Agent = "AGENT";
inline constexpr const char *Tool = "TOOL";
inline constexpr const char *Chain = "CHAIN";
inline constexpr const char *Retriever = "RETRIEVER";
inline constexpr const char *Embedding = "EMBEDDING";
inline constexpr const char *Evaluator = "EVALUATOR";
inline constexpr const char *Guardrail = "GUARDRAIL";
} // namespace ObsType

// Usage (token) counts. Missing counts stay nullopt; `details` keeps every key as given
// (Langfuse usage-detail names: input, output, total, input_cache_read, ...).
struct Usage {
    std::optional<int64_t> input;
    std::optional<int64_t> output;
    std::optional<int64_t> total;
    std::optional<int64_t> cacheRead;
    std::optional<int64_t> cacheWrite;
    std::optional<int64_t> reasoning;
    std::map<std::string, int64_t> details;
    bool empty() const { return details.empty() && !input && !output && !total; }
};

struct TraceRecord {
    std::string id;
    std::optional<std::string> name;
    std::optional<int64_t> timestampNs;
    std::optional<std::string> userId;
    std::optional<std::string> sessionId;
    std::optional<std::string> release;
    std::optional<std::string> version;
    std::optional<std::string> environment;
    std::optional<std::string> tagsJson;     // JSON array text
    std::optional<std::string> metadataJson; // JSON text
    std::optional<std::string> inputJson;
    std::optional<std::string> outputJson;
};

struct ObservationRecord {
    std::string traceId;
    std::string id;
    std::optional<std::string> parentId;
    std::string type = ObsType::Span;
    std::optional<std::string> name;
    std::optional<int64_t> startNs;
    std::optional<int64_t> endNs;
    std::optional<int64_t> completionStartNs;
    std::optional<std::string> level; // DEBUG DEFAULT WARNING ERROR
    std::optional<std::string> statusMessage;
    std::optional<std::string> model;
    std::optional<std::string> provider;
    std::optional<std::string> modelParametersJson;
    std::optional<std::string> inputJson;
    std::optional<std::string> outputJson;
    std::optional<std::string> metadataJson;
    std::optional<std::string> promptName;
    std::optional<int64_t> promptVersion;
    Usage usage;
    std::optional<double> costProvided;                 // total USD as provided by the source
    std::map<std::string, double> costProvidedDetails;  // per usage key, as provided
    // Filled by the pricing step.
    std::optional<double> costComputed;
    std::map<std::string, double> costComputedDetails;
    std::optional<std::string> priceModelId;
    bool unpriced = false;
    // Filled by tree repair.
    std::optional<std::string> origParentId;
    int depth = 0;
    int preorder = 0;
    int flags = 0;
    // Trace-level fields carried by span attributes (OTel); merged into the trace record.
    std::optional<std::string> traceUserId;
    std::optional<std::string> traceSessionId;
    std::optional<std::string> traceName;
    std::optional<std::string> traceTagsJson;
    std::optional<std::string> traceEnvironment;
};

struct ScoreRecord {
    std::string id;
    std::optional<std::string> traceId;
    std::optional<std::string> observationId;
    std::optional<std::string> sessionId;
    std::string name;
    std::string dataType = "NUMERIC"; // NUMERIC CATEGORICAL BOOLEAN TEXT
    std::optional<double> value;
    std::optional<std::string> stringValue;
    std::optional<std::string> source;
    std::optional<std::string> comment;
    std::optional<int64_t> timestampNs;
    std::optional<std::string> configId;
    std::optional<std::string> metadataJson;
};

// A raw attribute kept for anything not mapped to a column.
struct AttributeRecord {
    std::string traceId;
    std::string observationId; // empty for trace/resource level
    std::string key;
    std::string valueJson;
};

struct PromptRecord {
    std::string name;
    int64_t version = 0;
    std::optional<std::string> type;
    std::optional<std::string> bodyJson;
    std::optional<std::string> configJson;
    std::optional<std::string> labelsJson;
    std::optional<std::string> tagsJson;
    std::optional<int64_t> createdAtNs;
};

// A record-level problem found while importing: skipped, counted and logged.
struct ImportProblem {
    std::string file;
    int64_t line = 0;       // 1-based; 0 when not line-oriented
    int64_t byteOffset = 0; // offset of the record in the (decompressed) input
    std::string kind;       // parse | schema | value | tree
    std::string message;
    std::string excerpt;
};

} // namespace spanscope
