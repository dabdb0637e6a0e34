#pragma once
// Offline alert rules: parse a rules JSON file, evaluate each rule over fixed UTC windows of a
// workspace's history, and list the windows where it fires with their values and traces.
// Parsing and evaluateRule are pure (any thread); evaluateAlerts reads the Database it is given
// on the calling thread.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <QByteArray>
#include <QString>

#include "analytics/drift.h"
#include "store/database.h"
#include "store/qualityrepository.h"

namespace spanscope::analytics {

enum class AlertType { Cost, ErrorRate, LatencyP95, ScoreMean, Drift };
const char *alertTypeName(AlertType t); // "cost" "error_rate" "latency_p95" "score_mean" "drift"

struct AlertRule {
    std::string name;
    AlertType type = AlertType::Cost;
    std::string window; // as written: "1h", "1d", "7d", "<n>h", "<n>d"
    int64_t windowNs = 0;
    // cost: window total (USD) above it fires; error_rate: share of failed traces (0..1) above;
    // latency_p95: p95 trace latency (ms) above; score_mean: mean score below; drift: KS statistic
    // against the preceding window above.
    double threshold = 0;
    std::string score;                                     // score_mean; drift on a score
    store::QualityMetric metric = store::QualityMetric::Cost; // what the rule reads
    size_t minSamples = 1;                                 // per window (drift: each of the two; default 20)
    std::string severity = "warning";                      // "warning" | "critical"
};

// "1h" -> 3600e9 ns; "<n>h" / "<n>d" with n >= 1; nullopt for anything else.
std::optional<int64_t> parseWindow(std::string_view text);

// {"rules":[{name, type, window, threshold, [score], [metric], [min_samples], [severity]}]}.
// drift takes "metric": cost | error_rate | latency | tokens | score (default score when a
// "score" is named). Returns false with a message naming the rule and field at fault.
bool parseAlertRules(const QByteArray &json, std::vector<AlertRule> &out, QString &error);

struct AlertFiring {
    std::string rule;
    AlertType type = AlertType::Cost;
    std::string severity;
    int64_t fromNs = 0, toNs = 0; // the window, [from, to)
    double value = 0;             // what was compared with the threshold
    double threshold = 0;
    size_t samples = 0;           // values in the window
    std::optional<DriftResult> drift; // drift rules: the full comparison with the preceding window
    // Traces involved, worst first (at most 20), and how many the window holds.
    std::vector<std::string> traceIds;
    int64_t traceCount = 0;
};

// Evaluates one rule over samples sorted by time (trace ids are not filled in here).
std::vector<AlertFiring> evaluateRule(const AlertRule &rule, const std::vector<store::MetricSample> &samples);

// Every rule over the workspace, firings in rule order then time order, with their traces.
store::Status evaluateAlerts(store::Database &db, const std::vector<AlertRule> &rules, std::vector<AlertFiring> &out);

} // namespace spanscope::analytics
