#pragma once
// Read-only queries behind prompt versions: stored prompt objects, the (name, version) pairs
// generations carry, OpenInference prompt-template attributes, the generations without any prompt
// (input of inference), and the calls + scores of a version, a model or a set of observations.
// Any thread that owns the Database it is given (a read connection).

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "store/database.h"

namespace spanscope::store {

// One row of the prompts table.
struct StoredPromptRow {
    std::string name;
    int64_t version = 0;
    std::optional<std::string> type, bodyJson, configJson, labelsJson, tagsJson;
    std::optional<int64_t> createdAtNs;
};

// A (prompt_name, prompt_version) pair as generations carry it, with how often and when it ran.
struct PromptUsageRow {
    std::string name;
    int64_t version = 0;
    int64_t calls = 0;
    std::optional<int64_t> firstNs, lastNs;
};

// A generation carrying an OpenInference llm.prompt_template.template attribute.
struct TemplateCallRow {
    int64_t rowid = 0;
    std::string observationName;
    std::optional<int64_t> startNs;
    std::string templateJson;               // attribute value (JSON string)
    std::optional<std::string> versionJson; // llm.prompt_template.version attribute, when kept raw
    std::optional<int64_t> version;         // observations.prompt_version (mapped integer version)
};

// A generation with no prompt link of any kind: what prompt inference reads.
struct UnlinkedGenerationRow {
    int64_t rowid = 0;
    std::string traceName;
    std::string observationName;
    std::optional<int64_t> startNs;
    std::string inputJson;
};

// Which calls a metric set covers.
struct CallSelector {
    enum class Kind { PromptVersion, Observations, Model };
    Kind kind = Kind::PromptVersion;
    std::string name;            // PromptVersion: prompt name; Model: model name
    int64_t version = 0;         // PromptVersion
    std::vector<int64_t> rowids; // Observations: observations.rowid values

    static CallSelector promptVersion(std::string name, int64_t version);
    static CallSelector observations(std::vector<int64_t> rowids);
    static CallSelector model(std::string name);
};

// One call (a generation) and what it cost.
struct CallSample {
    int64_t rowid = 0;
    std::string traceId, observationId;
    std::optional<int64_t> startNs;
    std::optional<double> latencyMs;
    std::optional<int64_t> inputTokens, outputTokens, totalTokens;
    std::optional<double> cost; // provided where present, else computed
    bool error = false;         // level ERROR
};

struct CallSet {
    std::vector<CallSample> calls;
    // Numeric and boolean score values by score name: scores on the calls themselves and
    // trace-level scores of the traces the calls belong to (each score once).
    std::map<std::string, std::vector<double>> scores;
};

Status loadStoredPrompts(Database &db, std::vector<StoredPromptRow> &out);
Status loadPromptUsage(Database &db, std::vector<PromptUsageRow> &out);
// The input of the earliest call of a version (what a version without a prompt object looked like).
Status loadFirstInput(Database &db, const std::string &name, int64_t version, std::optional<std::string> &input);
Status loadTemplateCalls(Database &db, std::vector<TemplateCallRow> &out);
// Streams the generations without prompt name and without template attribute; stop by returning false.
Status forEachUnlinkedGeneration(Database &db, const std::function<bool(UnlinkedGenerationRow &&)> &fn);
Status loadCalls(Database &db, const CallSelector &selector, CallSet &out);
// Distinct model names of generations with their call counts, most used first.
Status loadModels(Database &db, std::vector<std::pair<std::string, int64_t>> &out);

} // namespace spanscope::store
