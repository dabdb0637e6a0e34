#pragma once
// Brings the search index (search_grams, store/gramindex.h) up to date after imports have committed: every
// observation and trace above the index's high-water marks, and every trace queued for
// re-indexing. Works in batches, each its own transaction, so data is searchable as it goes, a
// cancel or a crash loses at most one batch, and the next run resumes where this one stopped.
// Runs on the thread that owns the (read-write) Database.

#include <atomic>
#include <cstdint>
#include <functional>

#include "store/database.h"

namespace spanscope::store {

struct SearchIndexProgress {
    int64_t rowsDone = 0;    // observations + traces indexed in this run
    int64_t rowsTotal = 0;   // what was waiting when the run started
    int64_t textBytes = 0;   // bytes of text fed to the index in this run
};

struct SearchIndexOptions {
    int64_t batchRows = 20000; // rows per transaction
    const std::atomic<bool> *cancel = nullptr;
    std::function<void(const SearchIndexProgress &)> progress; // after every batch
};

// Rows not yet in the index (observations + traces + rows of queued traces).
Status pendingSearchRows(Database &db, int64_t &out);

// Indexes everything pending. Returns success when done or cancelled (check the cancel flag);
// failure only for database errors. `out` receives the totals of this run.
Status buildSearchIndex(Database &db, const SearchIndexOptions &options, SearchIndexProgress *out = nullptr);

// What a search looks in, for both the index and the re-check of its candidates
// (store/tracefiltersql.cpp): a row's name as stored, and the words of these JSON payload columns
// (spanscope_text(), store/textfunctions.h).
inline constexpr const char *kSearchedPayloads[] = { "input", "output", "metadata" };

} // namespace spanscope::store
