#pragma once
// Imports files into a workspace: sniff, stream, repair, price, write, index — all files of one
// call in one transaction, so an unreadable file leaves the database exactly as it was.
// Runs on the calling thread (a worker thread in the GUI); the Database must not be used by
// another thread meanwhile. Progress callbacks come from the same thread.

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

#include <QString>
#include <QStringList>

#include "model/records.h"

namespace spanscope::store {
class Database;
}
namespace spanscope::pricing {
class PriceCatalog;
}

namespace spanscope::import {

struct ImportProgress {
    int fileIndex = 0;       // 0-based
    int fileCount = 0;
    QString file;
    int64_t bytesDone = 0;   // of the current file (compressed bytes for .gz)
    int64_t bytesTotal = 0;
    int64_t records = 0;     // records read so far in this call
    int64_t skipped = 0;
    QString stage;           // "reading", "indexing", "committing"
};

struct ImportSummary;

struct ImportOptions {
    // Bulk mode: switch the journal to DELETE for the transaction (crash-safe, faster on large
    // loads). Only when this is the only connection to the workspace (the CLI).
    bool bulk = false;
    const std::atomic<bool> *cancel = nullptr;
    std::function<void(const ImportProgress &)> progress; // throttled by the caller's needs
    // Force a format id ("langfuse", "otlp-json") instead of sniffing.
    QString format;
    // After the import commits, bring the search index up to date (in batches; stage "indexing").
    bool buildSearchIndex = true;
    // Called right after the import committed, before indexing (e.g. to show the new traces).
    std::function<void(const ImportSummary &)> committed;
    // Keep the cost rollups current during the import (store/costrollup.h). Off: they are marked
    // stale and rebuilt in one pass when the workspace is next opened (benchmarks compare both).
    bool costRollups = true;
    // Price catalog; when null, the workspace's (bundled plus its user and project entries).
    std::shared_ptr<const pricing::PriceCatalog> catalog;
};

struct FileSummary {
    QString file;
    QString format;          // importer id, empty if unrecognised
    int64_t traces = 0;      // distinct traces touched
    int64_t observations = 0;
    int64_t scores = 0;
    int64_t prompts = 0;
    int64_t skipped = 0;     // bad records skipped (logged in import_log)
    bool unreadable = false;
    QString error;           // for unreadable files: names the file and position
};

struct ImportSummary {
    enum class Outcome { Ok, Skipped, Unreadable, Cancelled, Failed };
    Outcome outcome = Outcome::Ok; // Skipped = imported with skipped records
    QString error;                 // for Unreadable / Failed
    std::vector<FileSummary> files;
    std::vector<ImportProblem> problems; // every skipped record (file, position, reason)
    int64_t traces = 0, observations = 0, scores = 0, prompts = 0, skipped = 0;
    // The search index after the import: rows and text added, whether nothing is left to index
    // (false after a cancel during indexing: the data is saved, the index catches up next time).
    int64_t indexedRows = 0, indexedTextBytes = 0;
    bool searchIndexComplete = false;
    QString searchIndexError;
};

ImportSummary importFiles(store::Database &db, const QStringList &files, const ImportOptions &options = {});

} // namespace spanscope::import
