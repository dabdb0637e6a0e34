#pragma once
// The record sink behind every import: buffers records per trace, merges duplicate ids, prices
// observations, repairs trees (in memory when a trace is complete in the buffer, in the database
// when it spans several flushes or imports), writes through store::TraceWriter, and finally
// refreshes trace totals and the search index. Owns no transaction: the caller does.
// One thread (the import worker).

#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "import/importer.h"
#include "store/costrollup.h"
#include "store/database.h"
#include "store/tracewriter.h"

namespace spanscope::pricing {
class PriceCatalog;
}

namespace spanscope::import {

class ImportSession final : public RecordSink {
public:
    ImportSession(store::Database &db, std::shared_ptr<const pricing::PriceCatalog> catalog, bool costRollups = true);
    ~ImportSession() override;
    store::Status status() const { return m_status; }

    // Starts a file: records its source row and clears that source's old problems.
    store::Status beginFile(const std::string &uri, const std::string &format, const std::string &fingerprint,
                            int64_t sizeBytes);
    // Ends a file: flushes and updates the source's counts.
    store::Status endFile();

    struct FileCounts {
        int64_t traces = 0, observations = 0, scores = 0, prompts = 0, skipped = 0;
    };
    const FileCounts &fileCounts() const { return m_file; }
    const std::vector<ImportProblem> &fileProblems() const { return m_fileProblems; }

    // After all files: fix trees of traces split across flushes, refresh totals, index text.
    store::Status finish();

    // RecordSink
    void trace(TraceRecord &&t) override;
    void observation(ObservationRecord &&o) override;
    void score(ScoreRecord &&s) override;
    void attribute(AttributeRecord &&a) override;
    void prompt(PromptRecord &&p) override;
    void problem(ImportProblem &&p) override;

private:
    struct TraceBuffer {
        std::optional<TraceRecord> trace;
        std::vector<ObservationRecord> observations;
        std::unordered_map<std::string, size_t> byId;
    };
    void fail(const store::Status &s);
    void flush();
    void flushTrace(const std::string &traceId, TraceBuffer &buf);
    store::Status repairStoredTree(const std::string &traceId);
    void addCallsToRollup(const TraceRecord &t, const store::TraceTotals &totals,
                          const std::vector<ObservationRecord> &observations);

    store::Database &m_db;
    std::unique_ptr<store::TraceWriter> m_writer;
    std::unique_ptr<store::StoredCallReader> m_callReader;
    store::CostRollupDelta m_rollup;
    std::shared_ptr<const pricing::PriceCatalog> m_catalog;
    store::Status m_status;
    int64_t m_sourceId = -1;
    std::string m_fileName;

    std::unordered_map<std::string, TraceBuffer> m_buffer;
    std::vector<std::string> m_bufferOrder;
    std::vector<ScoreRecord> m_scores;
    std::vector<AttributeRecord> m_attributes;
    size_t m_bufferedObservations = 0;
    size_t m_bufferedTraceRecords = 0;
    size_t m_bufferedBytes = 0;

    std::unordered_set<std::string> m_touched;     // traces written in this session
    std::unordered_set<std::string> m_written;     // traces with observations already flushed
    std::unordered_set<std::string> m_totalsWritten; // complete traces whose totals were written at flush
    std::unordered_set<std::string> m_dirty;       // need tree repair from the database
    std::unordered_set<std::string> m_preexisting; // had rows before this session (re-index FTS)
    std::unordered_set<std::string> m_fileTraces;
    std::unordered_set<std::string> m_rollupDirty; // rollups re-read from the store in finish()
    std::unordered_set<std::string> m_scoredTraces; // traces of written scores (quality facts)
    bool m_costRollups = true;
    FileCounts m_file;
    std::vector<ImportProblem> m_fileProblems;
};

} // namespace spanscope::import
