#pragma once
// Quality facts (schema 9 and 10, resources/schema/009_quality_facts.sql and
// 010_quality_label_facts.sql): a narrow integer-keyed row per trace-bound numeric or boolean score
// (quality_facts) or categorical score (quality_label_facts) carrying every heatmap grouping of its
// trace, so a heatmap over a million scores is one table scan (store/qualityrepository.cpp)
// instead of a join per score. Derived data: the importer re-derives the rows of the traces it touched and of
// the scores it wrote (ImportSession::finish), a read-write open rebuilds them when marked stale.
// Write connection only.

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "store/database.h"

namespace spanscope::store {

// Every fact recomputed from scores, traces and observations; clears the stale flag. progress
// gets the scores written so far and returns false to cancel (the caller rolls back).
Status rebuildQualityFacts(Database &db, const std::function<bool(int64_t)> &progress = {});

// Re-derives the facts of these traces (the traces an import touched, and those its scores belong
// to). Beyond a quarter of the workspace's traces (and a few thousand), or when the facts are
// stale, one full rebuild is cheaper and is done instead. `rebuilt` says which ran.
Status refreshQualityFacts(Database &db, const std::vector<std::string> &traceIds, bool *rebuilt = nullptr);

// False when the workspace predates the facts (schema < 10) or they are marked stale; readers then
// take the slower join (and a read-write open rebuilds them).
bool qualityFactsReady(Database &db);
bool qualityFactsStale(Database &db);
Status markQualityFactsStale(Database &db);

// Keys of the models / prompt-version sets stored in quality_facts.models / .prompts.
constexpr char kFactsItemSeparator = '\x1e';  // between set members (prompts)
constexpr char kFactsFieldSeparator = '\x1f'; // between models; between a prompt's name and version

} // namespace spanscope::store
