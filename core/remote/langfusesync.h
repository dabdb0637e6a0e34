#pragma once
// Pulls a Langfuse project into a workspace through the public API: traces, observations
// (v2 cursor or v1 pages), scores (v3/v2/v1), sessions, prompts (every version) and the
// project's models, for a time window with filters. Windows commit one by one through
// ImportSession (upsert by id), remember what was fetched (store/syncstate.h) and resume after a
// cancel or crash. Runs on the calling thread (CLI main thread or a GUI worker) and blocks until
// done; the Database must not be used by another thread meanwhile.

#include "remote/synctypes.h"

namespace spanscope::store {
class Database;
}

namespace spanscope::remote {

SyncSummary syncLangfuse(store::Database &db, const Connection &connection, const SyncOptions &options);

// "123 traces, 4,567 observations, ..." for logs and the CLI.
QString describeSummary(const SyncSummary &s);

} // namespace spanscope::remote
