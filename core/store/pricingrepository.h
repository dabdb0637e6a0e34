#pragma once
// The workspace's own price entries (model_prices: 'user' entries the user added or imported,
// 'project' entries a Langfuse sync fetched) and the rows a re-price reads and rewrites. The
// catalog logic lives in core/pricing; this is its storage. Writer thread for the writes.

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "store/database.h"

namespace spanscope::store {

struct ModelPriceRow {
    std::string id, modelName, matchPattern;
    std::optional<int64_t> startDateNs;
    std::string origin; // user | project
    std::string tiersJson;
};
Status listModelPrices(Database &db, std::vector<ModelPriceRow> &out);
Status upsertModelPrice(Database &db, const ModelPriceRow &row);
Status deleteModelPrice(Database &db, const std::string &id);

// What the catalog needs to price one stored observation.
struct PricingInput {
    int64_t rowid = 0;
    std::string traceId;
    std::optional<std::string> model;
    std::optional<int64_t> startNs, inputTokens, outputTokens, totalTokens;
    std::string usageDetailsJson, modelParametersJson, metadataJson;
    std::optional<double> costComputed; // before the re-price
};
struct PricingOutput {
    std::optional<double> costComputed;
    std::map<std::string, double> costComputedDetails; // empty = NULL
    std::optional<std::string> priceModelId;
    bool unpriced = false;
};
// Walks every observation that has a model or usage, in rowid order. visit returns the new
// pricing, or nullopt to stop (cancel); every visited row is rewritten with it.
// changedTraces gets the traces of rewritten rows (each once, in order). Run inside a transaction.
Status repriceObservations(Database &db, const std::function<std::optional<PricingOutput>(const PricingInput &)> &visit,
                           std::vector<std::string> *changedTraces, int64_t *visited, bool *stopped);
// Recomputes the traces' cost columns from their observations.
Status refreshTraceCosts(Database &db, const std::vector<std::string> &traceIds);
// Workspace-wide pricing sums (before and after a re-price).
struct PricingTotals {
    double computed = 0, provided = 0;
    int64_t unpriced = 0;
};
Status pricingTotals(Database &db, PricingTotals &out);
// Observations that would be repriced (for progress).
int64_t priceableObservationCount(Database &db);

} // namespace spanscope::store
