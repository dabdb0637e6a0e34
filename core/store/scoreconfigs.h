#pragma once
// Score configs (schema 11): a project's definitions of its scores (range, categories, type) as a
// sync fetches them from Langfuse's /api/public/score-configs. The quality heatmap reads them for
// per-row colour ranges and category order.

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "store/database.h"

namespace spanscope::store {

struct ScoreConfig {
    std::string id, projectId, name, dataType;
    std::optional<double> minValue, maxValue;
    std::vector<std::pair<double, std::string>> categories; // (value, label) in the config's order
    bool archived = false;
    std::string description;
    std::optional<int64_t> updatedNs;
};

// Parses one ScoreConfig object of the API; nullopt (and `error`) when it lacks an id, a name or a
// data type or is not JSON.
std::optional<ScoreConfig> parseScoreConfig(std::string_view json, std::string *error = nullptr);

// Inserts or replaces configs by id.
Status upsertScoreConfigs(Database &db, const std::vector<ScoreConfig> &configs);

// The config that applies to each score name: an active one before an archived one, then the most
// recently updated. Empty on a workspace before schema 11.
std::unordered_map<std::string, ScoreConfig> scoreConfigsByName(Database &db);

} // namespace spanscope::store
