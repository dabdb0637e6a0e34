#pragma once
// The workspace's price catalog (bundled + the workspace's project and user entries), re-pricing
// every stored observation after the catalog changed (trace totals and cost rollups follow), and
// what-if pricing of a selection as another model. Any thread with its own writable connection;
// re-pricing runs in one transaction, so a cancel or a failure changes nothing.

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include <QString>

#include "pricing/pricecatalog.h"
#include "store/costrepository.h"
#include "store/database.h"

namespace spanscope::pricing {

// Bundled entries plus model_prices rows (user > project > bundled). An unusable stored entry is
// skipped and named in *warning.
std::shared_ptr<const PriceCatalog> loadWorkspaceCatalog(store::Database &db, QString *warning = nullptr);

// Adds or replaces user entries from Langfuse-format JSON (a bare array or /api/public/models).
// Returns how many, or -1 with *error.
int importUserEntries(store::Database &db, std::string_view json, QString *error);

struct RepriceSummary {
    bool ok = false, cancelled = false;
    QString error;
    int64_t observations = 0;   // priced again
    int64_t tracesChanged = 0;  // whose computed cost changed
    double computedBefore = 0, computedAfter = 0; // sum of computed cost over the workspace
    double providedTotal = 0;   // provided cost (kept as it was)
    int64_t unpricedBefore = 0, unpricedAfter = 0;
};
// progress(done, total) is called every few thousand rows; cancel stops and rolls back.
RepriceSummary repriceWorkspace(store::Database &db, const PriceCatalog &catalog,
                                const std::function<void(int64_t, int64_t)> &progress = {},
                                const std::atomic<bool> *cancel = nullptr);

// What the calls of a range and filter cost, and would have cost priced as targetModel.
struct WhatIfRow {
    std::string model;      // the model the calls used
    int64_t calls = 0;
    double actual = 0;      // cost as recorded (provided, else computed)
    double asTarget = 0;    // priced as the target model
    int64_t unpricedAsTarget = 0; // calls the target's prices cannot price (no usage)
};
struct WhatIfResult {
    bool ok = false;
    QString error;
    std::string targetModel, targetEntryId;
    std::vector<WhatIfRow> rows; // by actual cost, highest first
    double actual = 0, asTarget = 0;
    int64_t calls = 0;
};
WhatIfResult whatIf(store::Database &db, const PriceCatalog &catalog, const store::CostRequest &selection,
                    const std::string &targetModel, const std::atomic<bool> *cancel = nullptr);

} // namespace spanscope::pricing
