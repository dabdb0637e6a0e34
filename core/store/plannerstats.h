#pragma once
// Query-planner statistics (sqlite_stat1) for the traces table. Without them SQLite assumes
// every index is selective, so a filter on a low-cardinality column (trace name, environment)
// sorted by another column (time, cost) reads all matching rows through the filter's index and
// sorts them: 0.2–0.6 s per page at 1M traces. With them it walks the sort index and stops after
// one page: ~5 ms. ANALYZE reads every index of the table (~2 s per 1M traces), so it runs after
// an import or sync commits, and only when the table has grown or shrunk by half since the last
// run.

#include <cstdint>

#include "store/database.h"

namespace spanscope::store {

// Below this many traces the planner's defaults are fast enough and nothing is analyzed.
constexpr int64_t kPlannerStatsMinTraces = 20000;

// Analyzes the traces table when its statistics are missing or stale; `ran` says whether it did.
Status refreshPlannerStats(Database &db, bool *ran = nullptr);

} // namespace spanscope::store
