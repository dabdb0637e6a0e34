// Pricing tier selection: evaluates tier conditions against one observation's usage and its
// model parameters / metadata. Runs once per priced observation, so it avoids regexes and JSON
// parsing unless a condition actually needs them.

#include <array>
#include <cstring>

#include <simdjson.h>

#include "import/common/jsonutil.h"
#include "pricing/pricecatalog.h"

namespace spanscope::pricing {

namespace {

constexpr size_t kMaxCachedKeys = 4096;

// Value of a top-level key of a JSON object as a string (strings unescaped, other scalars as
// written); nullopt when the text is not an object or lacks the key.
std::optional<std::string> topLevelValue(std::string_view json, const std::string &key)
{
    if (json.empty())
        return std::nullopt;
    // Cheap rejection: most parameter objects do not mention the key at all. Keys that need
    // escaping in JSON skip the shortcut.
    // memmem, not string_view::find: the latter memcmp()s at every '"' of the text.
    if (key.find_first_of("\"\\") == std::string::npos) {
        const char *p = json.data();
        size_t left = json.size();
        bool found = false;
        while (const void *hit = memmem(p, left, key.data(), key.size())) {
            const char *h = static_cast<const char *>(hit);
            const char *end = h + key.size();
            if (h > json.data() && h[-1] == '"' && end < json.data() + json.size() && *end == '"') {
                found = true;
                break;
            }
            left -= size_t(end - p);
            p = end;
        }
        if (!found)
            return std::nullopt;
    }
    // One padded buffer per thread, reused: no allocation per observation.
    thread_local simdjson::ondemand::parser parser;
    thread_local std::string buffer;
    buffer.reserve(json.size() + simdjson::SIMDJSON_PADDING);
    buffer.assign(json.data(), json.size());
    simdjson::ondemand::document doc;
    if (parser.iterate(buffer.data(), buffer.size(), buffer.capacity()).get(doc))
        return std::nullopt;
    simdjson::ondemand::object obj;
    if (doc.get_object().get(obj))
        return std::nullopt;
    for (auto field : obj) {
        std::string_view k;
        simdjson::ondemand::value v;
        if (field.unescaped_key().get(k) || field.value().get(v))
            return std::nullopt;
        if (k == key)
            return import::json::scalarText(v, true);
    }
    return std::nullopt;
}

bool compare(TierCondition::Op op, double lhs, double rhs)
{
    using Op = TierCondition::Op;
    switch (op) {
    case Op::Gt:
        return lhs > rhs;
    case Op::Gte:
        return lhs >= rhs;
    case Op::Lt:
        return lhs < rhs;
    case Op::Lte:
        return lhs <= rhs;
    case Op::Eq:
        return lhs == rhs;
    case Op::Neq:
        return lhs != rhs;
    case Op::In:
    case Op::NotIn:
        return false; // not numeric operators; rejected when the entry is added
    }
    return false;
}

// Looks each (source, key) up at most once per observation even when several tiers test it
// (gpt-5 has a "fast" and a "flex" tier on the same service_tier key).
class ParameterLookup {
public:
    ParameterLookup(std::string_view params, std::string_view metadata)
        : m_params(params)
        , m_metadata(metadata)
    {
    }
    const std::optional<std::string> &value(const TierCondition &c)
    {
        const bool fromMetadata = c.fromMetadata;
        for (size_t i = 0; i < m_count; ++i) {
            if (m_slots[i].fromMetadata == fromMetadata && *m_slots[i].key == c.key)
                return m_slots[i].value;
        }
        Slot &s = m_slots[m_count < m_slots.size() ? m_count++ : m_slots.size() - 1];
        s.fromMetadata = fromMetadata;
        s.key = &c.key;
        s.value = topLevelValue(fromMetadata ? m_metadata : m_params, c.key);
        return s.value;
    }

private:
    struct Slot {
        bool fromMetadata = false;
        const std::string *key = nullptr;
        std::optional<std::string> value;
    };
    std::string_view m_params;
    std::string_view m_metadata;
    std::array<Slot, 4> m_slots;
    size_t m_count = 0;
};

} // namespace

bool PriceCatalog::usageKeyMatches(int patternIndex, const std::string &key) const
{
    // Caller holds m_keyMutex.
    auto it = m_keyMatchCache.find(key);
    if (it == m_keyMatchCache.end()) {
        if (m_keyMatchCache.size() >= kMaxCachedKeys)
            m_keyMatchCache.clear();
        it = m_keyMatchCache.emplace(key, std::vector<signed char>()).first;
    }
    std::vector<signed char> &known = it->second;
    if (known.size() < m_usagePatterns.size())
        known.resize(m_usagePatterns.size(), -1);
    signed char &m = known[size_t(patternIndex)];
    if (m < 0)
        m = m_usagePatterns[size_t(patternIndex)].match(QString::fromStdString(key)).hasMatch() ? 1 : 0;
    return m == 1;
}

const PriceTier *PriceCatalog::selectTier(const PriceEntry &entry, const std::map<std::string, int64_t> &usage,
    std::string_view modelParametersJson, std::string_view metadataJson) const
{
    ParameterLookup params(modelParametersJson, metadataJson);
    for (int index : entry.conditionalTiers) {
        const PriceTier &tier = entry.tiers[size_t(index)];
        // Like Langfuse: a non-default tier without conditions never applies.
        bool all = !tier.conditions.empty();
        for (const TierCondition &c : tier.conditions) {
            if (c.usagePattern) {
                double sum = 0;
                {
                    std::lock_guard lock(m_keyMutex);
                    for (const auto &[key, units] : usage) {
                        if (usageKeyMatches(c.patternIndex, key))
                            sum += double(units);
                    }
                }
                all = compare(c.opCode, sum, c.value);
            } else {
                const std::optional<std::string> &v = params.value(c);
                bool listed = false;
                if (v) {
                    for (const std::string &allowed : c.values) {
                        if (allowed == *v) {
                            listed = true;
                            break;
                        }
                    }
                }
                // A missing key is "not in" any list.
                all = c.opCode == TierCondition::Op::In ? listed : !listed;
            }
            if (!all)
                break;
        }
        if (all)
            return &tier;
    }
    return entry.defaultTier >= 0 ? &entry.tiers[size_t(entry.defaultTier)] : nullptr;
}

} // namespace spanscope::pricing
