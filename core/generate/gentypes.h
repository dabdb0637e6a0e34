#pragma once
// The generator's in-memory form of one trace (tree, payload parts, scores) that both output
// formats serialise, so the Langfuse and OTLP files of one seed carry the same content.
// Plain values; one thread per instance.

#include <cstdint>
#include <string>
#include <vector>

namespace spanscope::generate {

// A model the generator calls. catalogued = the bundled price catalog prices it.
struct ModelInfo {
    const char *name;
    const char *provider;     // as stored in Langfuse metadata / gen_ai.provider.name
    double inputPrice;        // USD per token, for provided costs (mirrors the catalog)
    double outputPrice;
    double cachePrice;
    bool reasoning;           // emits reasoning tokens
    const char *cacheKey;     // usage-detail key for cache reads in this provider's catalog entry
    bool catalogued;
};

// One metadata key. Values are strings or integers, so OTLP can carry each as an attribute.
struct MetaEntry {
    std::string key;
    std::string text;
    bool number = false;
};
using Metadata = std::vector<MetaEntry>;

struct ToolCall {
    std::string id;
    std::string name;
    std::string argumentsJson;
};

struct Message {
    const char *role = "user"; // system | user | assistant | tool
    std::string content;
    std::vector<ToolCall> toolCalls; // assistant only
    std::string toolCallId;          // tool only
};

struct GenObservation {
    std::string id;      // 16 hex
    int parent = -1;     // index into GenTrace::observations; -1 = root
    int level = 1;       // 1 = root
    const char *type = "SPAN";
    std::string name;
    int64_t startNs = 0, endNs = 0, completionStartNs = 0; // completionStart 0 = none
    const char *logLevel = "DEFAULT";
    std::string statusMessage;
    std::vector<int> children;

    // GENERATION / EMBEDDING
    const ModelInfo *model = nullptr;
    double temperature = -1; // < 0 = not set
    int64_t maxTokens = 0;
    const char *reasoningEffort = nullptr;
    std::vector<Message> inputMessages;  // GENERATION
    Message outputMessage;               // GENERATION
    std::string finishReason;
    int64_t inputTokens = 0;  // all input, cache reads included
    int64_t outputTokens = 0; // all output, reasoning included
    int64_t cacheReadTokens = 0;
    int64_t reasoningTokens = 0;
    bool providedCost = false;
    double costInput = 0, costOutput = 0;
    std::string promptName;
    int64_t promptVersion = 0;

    // TOOL
    std::string toolName, toolCallId;

    // Payloads as JSON text for everything that is not a chat generation.
    std::string inputJson, outputJson;
    Metadata metadata;
};

struct GenScore {
    std::string id;        // UUID
    int observation = -1;  // index into observations; -1 = trace-level
    std::string name;
    const char *dataType = "NUMERIC"; // NUMERIC BOOLEAN CATEGORICAL TEXT
    bool hasValue = false;
    double value = 0;
    std::string stringValue;
    const char *source = "API";
    std::string comment;
    int64_t timestampNs = 0;
};

struct GenTrace {
    std::string id; // 32 hex
    std::string name;
    int64_t timestampNs = 0;
    std::string userId, sessionId, release, version, environment;
    std::vector<std::string> tags;
    std::string inputJson, outputJson;
    Metadata metadata;
    std::vector<GenObservation> observations; // pre-order: parents before children
    std::vector<GenScore> scores;
};

} // namespace spanscope::generate
