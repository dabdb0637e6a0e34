#pragma once
// Read-only queries behind the Quality page, `report quality` and `alerts`: score names, heatmap
// cells (score x grouping) with n/mean/median/CI, the filter that selects a cell's traces, score
// pairs for score-vs-score, the low-quality list and time-stamped metric samples for alerts/drift.
// Any thread that owns the Database it is given (a read connection).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analytics/stats.h"
#include "store/database.h"
#include "store/tracefilter.h"

namespace spanscope::store {

// Heatmap columns. Model and prompt version come from the trace's observations (a trace using two
// models counts in both columns, as the Traces page's model filter matches it); the others are
// trace columns; Day/Week are UTC days/ISO weeks (Monday) of the trace timestamp.
enum class QualityGrouping { Model, PromptVersion, TraceName, User, Environment, Release, Day, Week };
const char *qualityGroupingName(QualityGrouping g); // "model" "prompt-version" "trace-name" "user" ...
std::optional<QualityGrouping> qualityGroupingFromName(std::string_view name);
const std::vector<QualityGrouping> &allQualityGroupings();

struct ScoreNameInfo {
    std::string name;
    std::string dataType; // NUMERIC BOOLEAN CATEGORICAL TEXT (the most common one for the name)
    int64_t count = 0;
    std::vector<std::string> categories; // CATEGORICAL: distinct labels, sorted
};
// Every score name with its type and count, by name.
Status loadScoreNames(Database &db, std::vector<ScoreNameInfo> &out);

struct QualityColumn {
    std::string key;               // model, "name@version", trace name, user, ..., or the UTC start date
    std::string promptName;        // PromptVersion
    int64_t promptVersion = 0;     // PromptVersion
    int64_t fromNs = 0, toNs = 0;  // Day/Week: [fromNs, toNs)
};

struct HeatmapRequest {
    QualityGrouping grouping = QualityGrouping::Model;
    // Rows are these numeric/boolean score names (empty = every numeric and boolean score)...
    std::vector<std::string> scoreNames;
    // ...unless a categorical score is named: then rows are its labels and a cell is the share of
    // the column's scores carrying the row's label (mean of a 0/1 indicator).
    std::string categoricalScore;
    // Read the precomputed quality facts when they are ready (store/qualityfacts.h); false forces
    // the join over scores, traces and observations (tests compare the two).
    bool useFacts = true;
    // Facts tables with at least this many rows are read in two halves on two connections at once.
    int64_t parallelFromRows = 200000;
};

struct QualityHeatmap {
    QualityGrouping grouping = QualityGrouping::Model;
    std::string categoricalScore;
    std::vector<std::string> rows;      // sorted
    std::vector<QualityColumn> columns; // Day/Week/PromptVersion in order, others by sample count
    // rows.size() * columns.size(), row-major. A cell without scores has n = 0.
    std::vector<analytics::Summary> cells;
    // Scores in the cell: n for numeric rows; for categorical rows the scores with the row's label
    // (cells[i].n is then the column's total for that score).
    std::vector<int64_t> hits;
    // Per row: the [min, max] its score config sets (store/scoreconfigs.h), NaN when there is none.
    // A categorical score's config also orders its rows (the config's categories first).
    std::vector<std::pair<double, double>> rowRanges;

    const analytics::Summary &cell(size_t row, size_t column) const { return cells[row * columns.size() + column]; }
    int64_t hitCount(size_t row, size_t column) const { return hits[row * columns.size() + column]; }
};

// Scores without a trace (session scores) and traces without a value for the grouping are in no
// column. TEXT scores never are rows.
Status loadQualityHeatmap(Database &db, const HeatmapRequest &request, QualityHeatmap &out);

// The Traces page filter that selects exactly the traces behind a cell: the traces carrying the
// row's score (with the row's label for categorical rows) and the column's value.
TraceFilter qualityCellFilter(const QualityHeatmap &map, size_t row, size_t column);

// Numeric/boolean scores of two names given on the same target (trace, or observation) — every
// combination when a target has several. Categorical pairs use the labels.
struct ScorePairs {
    std::vector<double> a, b;
    std::vector<std::pair<std::string, std::string>> labels;
};
Status loadScorePairs(Database &db, const std::string &nameA, const std::string &nameB, ScorePairs &out);

// A score below a threshold (or carrying a label), with what went in.
struct LowQualityRow {
    std::string scoreId, traceId;
    std::optional<std::string> observationId;
    std::optional<std::string> traceName;
    std::optional<int64_t> timestampNs; // the score's timestamp, else the trace's
    std::optional<double> value;
    std::optional<std::string> label;
    std::optional<std::string> comment;
    std::optional<std::string> inputJson; // the observation's input for observation scores, else the trace's
};
struct LowQualityQuery {
    std::string scoreName;
    std::optional<double> below;     // value < below
    std::optional<std::string> label; // string_value = label
    int limit = 200;
};
// Newest first.
Status loadLowQuality(Database &db, const LowQualityQuery &query, std::vector<LowQualityRow> &out);

// Time-stamped values of one metric, by trace time (scores take their trace's timestamp so the
// windows line up with the Traces page's time filter). Ordered by time.
enum class QualityMetric { Cost, ErrorRate, LatencyMs, Tokens, Score };
struct MetricSample {
    int64_t timestampNs = 0;
    double value = 0;
};
Status loadMetricSamples(Database &db, QualityMetric metric, const std::string &scoreName,
                         std::vector<MetricSample> &out);
// The traces behind a window of a metric, worst first (costliest, failed, slowest, lowest
// score), at most limit; plus how many traces the window holds.
Status loadWindowTraces(Database &db, QualityMetric metric, const std::string &scoreName, int64_t fromNs,
                        int64_t toNs, int limit, std::vector<std::string> &traceIds, int64_t &traceCount);

} // namespace spanscope::store
