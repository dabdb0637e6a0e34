#pragma once
// Workspace-wide figures (counts, tokens, costs, problems) for `spanscope-cli stats` and the
// status bar, and the read-only SQL runner behind `spanscope-cli query`. Any thread that owns
// the Database it is given.

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "store/database.h"

namespace spanscope::store {

struct WorkspaceStats {
    int64_t traces = 0, observations = 0, scores = 0, sessions = 0, users = 0, prompts = 0;
    int64_t inputTokens = 0, outputTokens = 0, totalTokens = 0;
    double costProvidedUsd = 0, costComputedUsd = 0, costUsd = 0;
    int64_t unpricedObservations = 0;
    std::map<std::string, int64_t> observationsByType;
    int64_t importProblems = 0;
    int64_t sources = 0;
};

Status loadWorkspaceStats(Database &db, WorkspaceStats &out);

// Runs one SQL statement and hands each row to onRow (column names first through onHeader).
// The Database should be opened ReadOnly: SQLite then refuses writes itself.
struct QueryCell {
    int type = 0; // SQLITE_INTEGER 1, SQLITE_FLOAT 2, SQLITE_TEXT 3, SQLITE_BLOB 4, SQLITE_NULL 5
    int64_t i = 0;
    double d = 0;
    std::string text;
};
Status runQuery(Database &db, const std::string &sql, const std::function<void(const std::vector<std::string> &)> &onHeader,
                const std::function<void(const std::vector<QueryCell> &)> &onRow);

} // namespace spanscope::store
