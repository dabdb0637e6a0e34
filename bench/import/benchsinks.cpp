#include "import/benchsinks.h"

#include "import/procstats.h"

namespace spanscope::bench {

bool StoreFloorSink::flush()
{
    if (!error.isEmpty())
        return false;
    const double t0 = nowSeconds();
    auto fail = [this](const store::Status &s) {
        error = s.error;
        return false;
    };
    for (const TraceRecord &t : m_traces)
        if (store::Status s = m_writer.writeTrace(t, m_sourceId); !s)
            return fail(s);
    for (const ObservationRecord &o : m_observations)
        if (store::Status s = m_writer.writeObservation(o, m_sourceId); !s)
            return fail(s);
    for (const ScoreRecord &sc : m_scores)
        if (store::Status s = m_writer.writeScore(sc, m_sourceId); !s)
            return fail(s);
    for (const AttributeRecord &a : m_attributes)
        if (store::Status s = m_writer.writeAttribute(a); !s)
            return fail(s);
    writeSeconds += nowSeconds() - t0;
    traces += int64_t(m_traces.size());
    observations += int64_t(m_observations.size());
    scores += int64_t(m_scores.size());
    attributes += int64_t(m_attributes.size());
    m_traces.clear();
    m_observations.clear();
    m_scores.clear();
    m_attributes.clear();
    return true;
}

} // namespace spanscope::bench
