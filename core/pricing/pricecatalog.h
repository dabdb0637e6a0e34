#pragma once
// Model price catalog in the Langfuse format (bundled default-model-prices.json + user and
// project entries) and the cost calculation Langfuse applies: regex model match (user entries
// first, then latest start date), pricing tiers with conditions, price per usage key.
// A loaded catalog is read-only and may be shared across threads (the match cache is locked).

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <QRegularExpression>
#include <QString>

#include "model/records.h"

namespace spanscope::pricing {

enum class Origin { Bundled, Project, User }; // precedence: User > Project > Bundled

struct TierCondition {
    enum class Op { Gt, Gte, Lt, Lte, Eq, Neq, In, NotIn };
    // Usage condition: sum of usage keys matching usageDetailPattern compared with value.
    std::optional<QRegularExpression> usagePattern;
    // Parameter condition: source ("model_parameters" | "metadata"), key, and allowed values.
    std::string source;
    std::string key;
    std::vector<std::string> values;
    std::string op; // gt gte lt lte eq neq in not_in
    double value = 0;
    // Parsed once when the entry is added (from op / usagePattern) so evaluation never
    // compares strings or compiles regexes.
    Op opCode = Op::Gt;
    bool caseSensitive = false;
    bool fromMetadata = false; // source == "metadata"
    int patternIndex = -1; // index into the catalog's usage-pattern memo
};

struct PriceTier {
    std::string id;
    std::string name;
    bool isDefault = false;
    int priority = 0;
    std::vector<TierCondition> conditions;
    std::map<std::string, double> prices; // usage key -> USD per unit
};

struct PriceEntry {
    std::string id;
    std::string modelName;
    std::string matchPattern;
    std::optional<int64_t> startDateNs;
    Origin origin = Origin::Bundled;
    std::vector<PriceTier> tiers; // as given; the default tier has isDefault
    std::string tiersJson; // the tiers in Langfuse JSON (for storing in model_prices)
    QRegularExpression regex;
    // Filled by PriceCatalog::addEntry: non-default tiers by ascending priority, and the default.
    std::vector<int> conditionalTiers;
    int defaultTier = -1;
};

struct PriceResult {
    bool matched = false; // a catalog entry matched the model
    const PriceEntry *entry = nullptr;
    std::string tierId;
    std::string tierName;
    double total = 0; // sum of details
    std::map<std::string, double> details;
};

class PriceCatalog {
public:
    PriceCatalog();
    ~PriceCatalog();
    PriceCatalog(const PriceCatalog &) = delete;
    PriceCatalog &operator=(const PriceCatalog &) = delete;

    // The catalog bundled as a resource (:/pricing/default-model-prices.json).
    static std::shared_ptr<const PriceCatalog> bundled();

    // Adds entries from Langfuse-format JSON: a bare array of models, or the
    // /api/public/models shape {"data":[...], "meta":{...}}. Entries with an id already present
    // are replaced. Returns the number of entries added, or -1 with *error set.
    int addFromJson(std::string_view json, Origin origin, QString *error = nullptr);
    // Adds (or replaces by id) one entry. Compiles the regexes and orders the tiers. Returns
    // false with *error set when the match pattern or a usage pattern is not a valid regex or
    // an operator is unknown. Not thread-safe against concurrent readers.
    bool addEntry(PriceEntry entry, QString *error = nullptr);

    const std::vector<std::unique_ptr<PriceEntry>> &entries() const { return m_entries; }

    // The entry that prices `model` at time `atNs` (nullopt = now): user entries beat project
    // beat bundled; among those, the latest startDate not after atNs.
    const PriceEntry *match(std::string_view model, std::optional<int64_t> atNs = std::nullopt) const;

    // Cost of one observation's usage. usage keys are Langfuse usage-detail names.
    PriceResult price(std::string_view model, const std::map<std::string, int64_t> &usage,
        std::string_view modelParametersJson = {}, std::string_view metadataJson = {},
        std::optional<int64_t> atNs = std::nullopt) const;

    // Fills o.costComputed, costComputedDetails, priceModelId and unpriced from o's model,
    // usage details, parameters and start time. An observation with a model or usage but no
    // matching entry is marked unpriced with costComputed empty (never silently zero).
    // costComputedDetails holds the priced usage keys only (no synthetic "total": Langfuse's
    // costDetails.total equals costComputed). Earlier pricing results on o are replaced.
    void applyTo(ObservationRecord &o) const;

private:
    // Lets the match cache be probed with a string_view (no allocation on a hit).
    struct StringHash {
        using is_transparent = void;
        size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view> {}(s); }
    };
    const PriceTier *selectTier(const PriceEntry &entry, const std::map<std::string, int64_t> &usage,
        std::string_view modelParametersJson, std::string_view metadataJson) const;
    bool usageKeyMatches(int patternIndex, const std::string &key) const;
    int registerUsagePattern(const QRegularExpression &re);

    std::vector<std::unique_ptr<PriceEntry>> m_entries;
    mutable std::mutex m_cacheMutex;
    // model string -> entries whose pattern matches it, best first (origin, then startDate).
    mutable std::unordered_map<std::string, std::vector<const PriceEntry *>, StringHash, std::equal_to<>> m_matchCache;
    // Distinct usage-detail regexes of all tiers, and per usage key whether each one matches
    // (-1 unknown, 0, 1): the same few keys recur on every observation.
    std::vector<QRegularExpression> m_usagePatterns;
    mutable std::mutex m_keyMutex;
    mutable std::unordered_map<std::string, std::vector<signed char>, StringHash, std::equal_to<>> m_keyMatchCache;
};

} // namespace spanscope::pricing
