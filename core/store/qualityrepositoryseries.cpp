// Score pairs, the low-quality list, and time-stamped metric samples for alert windows and drift.

#include "store/qualityrepository.h"

namespace spanscope::store {

namespace {

// Two scores on the same target: the same trace and the same observation (or both trace-level).
const char kScorePairs[] = R"SQL(
SELECT a.value, a.string_value, b.value, b.string_value
FROM scores a JOIN scores b ON b.trace_id = a.trace_id AND b.name = ?2
  AND coalesce(b.observation_id, '') = coalesce(a.observation_id, '')
WHERE a.name = ?1 AND a.trace_id IS NOT NULL
)SQL";

const char kLowQuality[] = R"SQL(
SELECT s.id, s.trace_id, s.observation_id, t.name, coalesce(s.timestamp_ns, t.timestamp_ns), s.value,
  s.string_value, s.comment,
  CASE WHEN s.observation_id IS NOT NULL
       THEN (SELECT o.input FROM observations o WHERE o.trace_id = s.trace_id AND o.id = s.observation_id)
       ELSE t.input END
FROM scores s JOIN traces t ON t.id = s.trace_id
WHERE s.name = ?1 AND %1
ORDER BY coalesce(s.timestamp_ns, t.timestamp_ns) DESC, s.id DESC
LIMIT ?3
)SQL";

// Per metric: the sample query (time, value) and the window's worst traces.
struct MetricSql {
    const char *samples;
    const char *window;
};

MetricSql metricSql(QualityMetric m)
{
    switch (m) {
    case QualityMetric::Cost:
        return { "SELECT timestamp_ns, cost FROM traces WHERE timestamp_ns IS NOT NULL AND cost IS NOT NULL "
                 "ORDER BY timestamp_ns",
                 "SELECT id FROM traces WHERE timestamp_ns >= ?2 AND timestamp_ns < ?3 AND cost IS NOT NULL "
                 "ORDER BY cost DESC, id LIMIT ?4" };
    case QualityMetric::ErrorRate:
        return { "SELECT timestamp_ns, error_count > 0 FROM traces WHERE timestamp_ns IS NOT NULL "
                 "ORDER BY timestamp_ns",
                 "SELECT id FROM traces WHERE timestamp_ns >= ?2 AND timestamp_ns < ?3 AND error_count > 0 "
                 "ORDER BY error_count DESC, id LIMIT ?4" };
    case QualityMetric::LatencyMs:
        return { "SELECT timestamp_ns, latency_ns / 1e6 FROM traces WHERE timestamp_ns IS NOT NULL "
                 "AND latency_ns IS NOT NULL ORDER BY timestamp_ns",
                 "SELECT id FROM traces WHERE timestamp_ns >= ?2 AND timestamp_ns < ?3 AND latency_ns IS NOT NULL "
                 "ORDER BY latency_ns DESC, id LIMIT ?4" };
    case QualityMetric::Tokens:
        return { "SELECT timestamp_ns, total_tokens FROM traces WHERE timestamp_ns IS NOT NULL ORDER BY timestamp_ns",
                 "SELECT id FROM traces WHERE timestamp_ns >= ?2 AND timestamp_ns < ?3 "
                 "ORDER BY total_tokens DESC, id LIMIT ?4" };
    case QualityMetric::Score:
        break;
    }
    return { "SELECT t.timestamp_ns, s.value FROM scores s JOIN traces t ON t.id = s.trace_id "
             "WHERE s.name = ?1 AND s.value IS NOT NULL AND s.data_type IN ('NUMERIC', 'BOOLEAN') "
             "AND t.timestamp_ns IS NOT NULL ORDER BY t.timestamp_ns",
             "SELECT t.id FROM scores s JOIN traces t ON t.id = s.trace_id "
             "WHERE s.name = ?1 AND s.value IS NOT NULL AND s.data_type IN ('NUMERIC', 'BOOLEAN') "
             "AND t.timestamp_ns >= ?2 AND t.timestamp_ns < ?3 "
             "GROUP BY t.id ORDER BY min(s.value), t.id LIMIT ?4" };
}

const char kWindowCountTraces[] = "SELECT count(*) FROM traces WHERE timestamp_ns >= ?2 AND timestamp_ns < ?3";
const char kWindowCountScored[] = "SELECT count(DISTINCT t.id) FROM scores s JOIN traces t ON t.id = s.trace_id "
                                  "WHERE s.name = ?1 AND s.value IS NOT NULL AND s.data_type IN ('NUMERIC', 'BOOLEAN') "
                                  "AND t.timestamp_ns >= ?2 AND t.timestamp_ns < ?3";

} // namespace

Status loadScorePairs(Database &db, const std::string &nameA, const std::string &nameB, ScorePairs &out)
{
    out = ScorePairs();
    Statement st(db, kScorePairs);
    if (!st.isValid())
        return Status::failure(st.prepareError());
    st.bind(1, nameA);
    st.bind(2, nameB);
    while (st.step()) {
        if (!st.isNull(0) && !st.isNull(2)) {
            out.a.push_back(st.real(0));
            out.b.push_back(st.real(2));
        }
        if (!st.isNull(1) && !st.isNull(3))
            out.labels.emplace_back(st.text(1), st.text(3));
    }
    if (!st.error().isEmpty())
        return Status::failure(st.error());
    return Status::success();
}

Status loadLowQuality(Database &db, const LowQualityQuery &query, std::vector<LowQualityRow> &out)
{
    out.clear();
    if (!query.below && !query.label)
        return Status::failure(QStringLiteral("a low-quality query needs a threshold or a label"));
    const QString sql = QString::fromLatin1(kLowQuality)
                            .arg(query.below ? QLatin1String("s.value < ?2") : QLatin1String("s.string_value = ?2"));
    Statement st(db, sql.toStdString());
    if (!st.isValid())
        return Status::failure(st.prepareError());
    st.bind(1, query.scoreName);
    if (query.below)
        st.bind(2, *query.below);
    else
        st.bind(2, *query.label);
    st.bind(3, int64_t(query.limit));
    while (st.step()) {
        LowQualityRow r;
        r.scoreId = st.text(0);
        r.traceId = st.text(1);
        r.observationId = st.optText(2);
        r.traceName = st.optText(3);
        r.timestampNs = st.optInt64(4);
        r.value = st.optReal(5);
        r.label = st.optText(6);
        r.comment = st.optText(7);
        r.inputJson = st.optText(8);
        out.push_back(std::move(r));
    }
    if (!st.error().isEmpty())
        return Status::failure(st.error());
    return Status::success();
}

Status loadMetricSamples(Database &db, QualityMetric metric, const std::string &scoreName,
                         std::vector<MetricSample> &out)
{
    out.clear();
    Statement st(db, metricSql(metric).samples);
    if (!st.isValid())
        return Status::failure(st.prepareError());
    if (metric == QualityMetric::Score)
        st.bind(1, scoreName);
    while (st.step())
        out.push_back({ st.int64(0), st.real(1) });
    if (!st.error().isEmpty())
        return Status::failure(st.error());
    return Status::success();
}

Status loadWindowTraces(Database &db, QualityMetric metric, const std::string &scoreName, int64_t fromNs,
                        int64_t toNs, int limit, std::vector<std::string> &traceIds, int64_t &traceCount)
{
    traceIds.clear();
    traceCount = 0;
    // Unused parameters (?1 for trace metrics) are simply left NULL.
    Statement st(db, metricSql(metric).window);
    Statement count(db, metric == QualityMetric::Score ? kWindowCountScored : kWindowCountTraces);
    if (!st.isValid())
        return Status::failure(st.prepareError());
    if (!count.isValid())
        return Status::failure(count.prepareError());
    for (Statement *s : { &st, &count }) {
        if (metric == QualityMetric::Score)
            s->bind(1, scoreName);
        s->bind(2, fromNs);
        s->bind(3, toNs);
    }
    st.bind(4, int64_t(limit));
    while (st.step())
        traceIds.push_back(st.text(0));
    if (!st.error().isEmpty())
        return Status::failure(st.error());
    if (count.step())
        traceCount = count.int64(0);
    return Status::success();
}

} // namespace spanscope::store
