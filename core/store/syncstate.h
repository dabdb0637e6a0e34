#pragma once
// Sync bookkeeping in the workspace (schema 007): the time ranges already fetched from a server
// per profile, project and filter scope, small per-project state values, the server's session
// list and its project model prices. All SQL of the server sync lives here. Never holds secrets.
// Writer connection; the caller owns the transaction. One thread at a time.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/database.h"

namespace spanscope::store {

struct SyncKey {
    std::string profile;   // profile name, or the host URL
    std::string projectId; // '' when unknown
    std::string scope;     // filter scope, '' = unfiltered
};

struct TimeRange {
    int64_t fromNs = 0;
    int64_t toNs = 0; // exclusive
};

// Covered ranges in ascending order (already merged).
std::vector<TimeRange> loadCoverage(Database &db, const SyncKey &key);
// Adds [from, to) and merges it with overlapping or adjacent ranges.
Status addCoverage(Database &db, const SyncKey &key, TimeRange range);
Status clearCoverage(Database &db, const SyncKey &key);

std::optional<std::string> syncStateValue(Database &db, const SyncKey &key, const std::string &name);
Status setSyncStateValue(Database &db, const SyncKey &key, const std::string &name, const std::string &value);

struct RemoteSession {
    std::string id;
    std::optional<int64_t> createdAtNs;
    std::optional<std::string> environment;
};
Status upsertRemoteSession(Database &db, const RemoteSession &s, const std::string &projectId, int64_t sourceId);
int64_t remoteSessionCount(Database &db);

struct ProjectModelPrice {
    std::string id;
    std::string modelName;
    std::string matchPattern;
    std::optional<int64_t> startDateNs;
    std::string tiersJson;
};
// Replaces the project entries of model_prices (origin 'project') with these.
Status replaceProjectModelPrices(Database &db, const std::vector<ProjectModelPrice> &models);

// A source row written by ImportSession::beginFile (kind 'file') marked as an API source.
Status markApiSource(Database &db, const std::string &uri, const std::string &fingerprint);
// The id of a source row, -1 when absent.
int64_t sourceIdFor(Database &db, const std::string &uri, const std::string &fingerprint);

} // namespace spanscope::store
