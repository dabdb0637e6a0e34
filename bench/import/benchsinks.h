#pragma once
// Record sinks for the import benchmark: one that only counts (the parse floor) and one that
// buffers parsed records and times nothing but the store writer's inserts (the store floor).
// One thread.

#include <cstdint>
#include <vector>

#include "import/importer.h"
#include "store/tracewriter.h"

namespace spanscope::bench {

class CountingSink final : public import::RecordSink {
public:
    void trace(TraceRecord &&) override { ++traces; }
    void observation(ObservationRecord &&o) override
    {
        ++observations;
        // Touch the payload so the compiler cannot drop the parse work behind it.
        payloadBytes += int64_t((o.inputJson ? o.inputJson->size() : 0) + (o.outputJson ? o.outputJson->size() : 0));
    }
    void score(ScoreRecord &&) override { ++scores; }
    void attribute(AttributeRecord &&) override { ++attributes; }
    void prompt(PromptRecord &&) override { }
    void problem(ImportProblem &&) override { ++problems; }

    int64_t traces = 0, observations = 0, scores = 0, attributes = 0, problems = 0, payloadBytes = 0;
};

// Parses into vectors (untimed) and every `batch` observations writes them with the TraceWriter,
// accumulating only the time spent in the writer.
class StoreFloorSink final : public import::RecordSink {
public:
    StoreFloorSink(store::TraceWriter &writer, int64_t sourceId, size_t batch = 20000)
        : m_writer(writer), m_sourceId(sourceId), m_batch(batch)
    {
    }
    void trace(TraceRecord &&t) override { m_traces.push_back(std::move(t)); }
    void observation(ObservationRecord &&o) override
    {
        m_observations.push_back(std::move(o));
        if (m_observations.size() >= m_batch)
            flush();
    }
    void score(ScoreRecord &&s) override { m_scores.push_back(std::move(s)); }
    void attribute(AttributeRecord &&a) override { m_attributes.push_back(std::move(a)); }
    void prompt(PromptRecord &&) override { }
    void problem(ImportProblem &&) override { ++problems; }

    // Writes what is buffered; returns false after the first write error (see error).
    bool flush();

    double writeSeconds = 0;
    int64_t traces = 0, observations = 0, scores = 0, attributes = 0, problems = 0;
    QString error;

private:
    store::TraceWriter &m_writer;
    int64_t m_sourceId;
    size_t m_batch;
    std::vector<TraceRecord> m_traces;
    std::vector<ObservationRecord> m_observations;
    std::vector<ScoreRecord> m_scores;
    std::vector<AttributeRecord> m_attributes;
};

} // namespace spanscope::bench
