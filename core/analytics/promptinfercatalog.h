#pragma once
// Every prompt version the workspace knows, from four origins: Langfuse prompt objects (the
// prompts table), (name, version) pairs carried by generations, OpenInference
// llm.prompt_template.* attributes, and inferred templates for generations with none of those.
// Plus the per-version metrics the Prompts page shows. Any thread that owns the Database.

#include <cstdint>
#include <map>
#include <optional>
#include <vector>

#include <QString>
#include <QStringList>

#include "store/database.h"
#include "store/promptrepository.h"

namespace spanscope::analytics {

enum class PromptOrigin {
    Langfuse,      // a stored prompt object (the version's text is the managed template)
    Generations,   // only generations name it; the text shown is what the first call sent
    OpenInference, // llm.prompt_template.template attributes
    Inferred,      // grouped by Spanscope from the system/first message: a guess, marked as such
};
const char *originId(PromptOrigin o); // "langfuse" "generations" "openinference" "inferred"

struct PromptVersionEntry {
    int64_t version = 0;
    PromptOrigin origin = PromptOrigin::Langfuse;
    QString type; // text | chat
    QString bodyJson;
    QString configJson;
    QStringList labels;
    std::optional<int64_t> createdAtNs; // prompt object's createdAt, else first call
    std::optional<int64_t> lastUsedNs;
    int64_t calls = 0;
    QString note; // e.g. the OpenInference version string
    store::CallSelector selector;
};

struct PromptEntry {
    QString name;
    PromptOrigin origin = PromptOrigin::Langfuse;
    QStringList tags;
    std::vector<PromptVersionEntry> versions; // ascending version

    int64_t calls() const;
    std::optional<int64_t> lastUsedNs() const;
    const PromptVersionEntry *version(int64_t v) const;
};

struct PromptCatalog {
    std::vector<PromptEntry> prompts; // by name

    const PromptEntry *find(const QString &name) const;
    // "3", "v3", or a label ("production"): the matching version of the prompt, or nullptr.
    const PromptVersionEntry *resolve(const QString &name, const QString &versionOrLabel) const;
};

struct CatalogOptions {
    // Infer prompts for the generations that carry no prompt link of any kind (reads their inputs).
    bool infer = true;
};

store::Status loadPromptCatalog(store::Database &db, PromptCatalog &out, const CatalogOptions &options = {});

// What one version (or model, or any call set) did.
struct ScoreMean {
    double mean = 0;
    size_t n = 0;
};
struct VersionMetrics {
    int64_t calls = 0;
    std::optional<double> latencyP50Ms, latencyP95Ms;
    std::optional<double> inputTokensMean, outputTokensMean, totalTokensMean;
    std::optional<double> costPerCall; // mean over calls with a known cost
    int64_t pricedCalls = 0;
    double errorShare = 0; // 0..1
    std::map<std::string, ScoreMean> scores;
};
VersionMetrics computeMetrics(const store::CallSet &calls);

} // namespace spanscope::analytics
