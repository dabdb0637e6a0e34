#pragma once
// The record sink behind every import: buffers records per trace, merges duplicate ids, prices
// observations, repairs trees (in memory when a trace is complete in the buffer, in the database
// when it spans several flushes or imports), writes through store::TraceWriter, and finally
// refreshes trace totals and the search index. Owns no transaction: the caller does.
// Called from one thread (the import worker). Pipelined, the database writes of each flushed
// buffer run on a writer thread of the session's own while the caller goes on parsing, pricing
// and repairing the next buffer; the caller must then leave the database alone from beginFile()
// to endFile() or finish(), which wait for the writes.

#include <atomic>
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
    ImportSession(store::Database &db, std::shared_ptr<const pricing::PriceCatalog> catalog, bool costRollups = true,
                  bool pipelined = false);
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
    // A buffered trace made ready for the database: observations priced; when the whole trace was
    // in this session's buffer, its tree repaired and its totals summed in memory (the writer side
    // checks whether an earlier import wrote some of it and then repairs it from the store).
    struct PreparedTrace {
        TraceRecord record;
        std::vector<ObservationRecord> observations;
        store::TraceTotals totals;
        bool firstTouch = false; // not written before in this session
        bool inBuffer = false;   // every observation of this session was in this buffer
    };
    // One flushed buffer: what the writer side writes in one go.
    struct WriteBatch {
        int64_t sourceId = -1;
        std::vector<PreparedTrace> traces;
        std::vector<ScoreRecord> scores;
        std::vector<AttributeRecord> attributes;
        std::vector<uint32_t> scoreOrder, attributeOrder; // write order (see keyOrder)
        std::vector<PromptRecord> prompts;
        std::vector<ImportProblem> problems;
    };
    class WriterThread;

    void fail(const store::Status &s);
    void flush();
    void waitForWrites();
    PreparedTrace prepareTrace(const std::string &traceId, TraceBuffer &buf);
    // Writer side: every database access of a flush. `stop` (may be null) abandons the batch.
    store::Status writeBatch(WriteBatch &batch, const std::atomic<bool> *stop);
    store::Status writePrepared(PreparedTrace &p, int64_t sourceId);
    store::Status repairStoredTree(const std::string &traceId);
    void addCallsToRollup(const TraceRecord &t, const store::TraceTotals &totals,
                          const std::vector<ObservationRecord> &observations);

    store::Database &m_db;
    std::shared_ptr<const pricing::PriceCatalog> m_catalog;
    store::Status m_status;
    int64_t m_sourceId = -1;
    std::string m_fileName;

    // The caller's side.
    std::unordered_map<std::string, TraceBuffer> m_buffer;
    std::vector<std::string> m_bufferOrder;
    std::vector<ScoreRecord> m_scores;
    std::vector<AttributeRecord> m_attributes;
    std::vector<PromptRecord> m_prompts;
    std::vector<ImportProblem> m_problems; // waiting to be logged
    size_t m_bufferedObservations = 0;
    size_t m_flushObservations = 0; // observations per buffer: starts small when pipelined, see flush()
    size_t m_bufferedTraceRecords = 0;
    size_t m_bufferedBytes = 0;
    std::unordered_set<std::string> m_touched;     // traces written in this session
    std::unordered_set<std::string> m_written;     // traces with observations already flushed
    std::unordered_set<std::string> m_fileTraces;
    std::unordered_set<std::string> m_scoredTraces; // traces of written scores (quality facts)

    // The writer side (the writer thread while it runs; finish() once the writes are done).
    std::unique_ptr<store::TraceWriter> m_writer;
    std::unique_ptr<store::StoredCallReader> m_callReader;
    store::CostRollupDelta m_rollup;
    std::unordered_set<std::string> m_totalsWritten; // complete traces whose totals were written at flush
    std::unordered_set<std::string> m_dirty;       // need tree repair from the database
    std::unordered_set<std::string> m_preexisting; // had rows before this session (re-index FTS)
    std::unordered_set<std::string> m_rollupDirty; // rollups re-read from the store in finish()
    bool m_costRollups = true;
    FileCounts m_file;
    std::vector<ImportProblem> m_fileProblems;
    std::unique_ptr<WriterThread> m_pipeline; // last: stopped before anything it uses goes
};

} // namespace spanscope::import
