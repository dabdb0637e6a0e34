// Alert rule evaluation: samples are bucketed into UTC windows [k*L, (k+1)*L) and each window is
// compared with the rule's threshold (drift: with the window right before it).

#include "analytics/alerts.h"

#include <map>

#include "analytics/stats.h"

namespace spanscope::analytics {

namespace {

int64_t floorDiv(int64_t a, int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

constexpr int kTracesPerFiring = 20;

} // namespace

std::vector<AlertFiring> evaluateRule(const AlertRule &rule, const std::vector<store::MetricSample> &samples)
{
    std::vector<AlertFiring> out;
    if (rule.windowNs <= 0)
        return out;
    std::map<int64_t, std::vector<double>> windows;
    for (const store::MetricSample &s : samples)
        windows[floorDiv(s.timestampNs, rule.windowNs)].push_back(s.value);
    for (const auto &[k, values] : windows) {
        if (values.size() < rule.minSamples)
            continue;
        AlertFiring f;
        f.rule = rule.name;
        f.type = rule.type;
        f.severity = rule.severity;
        f.fromNs = k * rule.windowNs;
        f.toNs = f.fromNs + rule.windowNs;
        f.threshold = rule.threshold;
        f.samples = values.size();
        bool fires = false;
        switch (rule.type) {
        case AlertType::Cost: {
            double sum = 0;
            for (double v : values)
                sum += v;
            f.value = sum;
            fires = sum > rule.threshold;
            break;
        }
        case AlertType::ErrorRate:
            f.value = summarize(values).mean;
            fires = f.value > rule.threshold;
            break;
        case AlertType::LatencyP95:
            f.value = percentile(values, 0.95);
            fires = f.value > rule.threshold;
            break;
        case AlertType::ScoreMean:
            f.value = summarize(values).mean;
            fires = f.value < rule.threshold;
            break;
        case AlertType::Drift: {
            const auto prev = windows.find(k - 1);
            if (prev == windows.end() || prev->second.size() < rule.minSamples)
                break;
            DriftOptions o;
            o.minSamples = rule.minSamples;
            f.drift = compareWindows(prev->second, values, o);
            f.value = f.drift->ks.statistic;
            fires = f.value > rule.threshold;
            break;
        }
        }
        if (fires)
            out.push_back(std::move(f));
    }
    return out;
}

store::Status evaluateAlerts(store::Database &db, const std::vector<AlertRule> &rules, std::vector<AlertFiring> &out)
{
    out.clear();
    for (const AlertRule &rule : rules) {
        std::vector<store::MetricSample> samples;
        if (store::Status s = store::loadMetricSamples(db, rule.metric, rule.score, samples); !s)
            return s;
        std::vector<AlertFiring> firings = evaluateRule(rule, samples);
        for (AlertFiring &f : firings) {
            if (store::Status s = store::loadWindowTraces(db, rule.metric, rule.score, f.fromNs, f.toNs,
                                                          kTracesPerFiring, f.traceIds, f.traceCount);
                !s)
                return s;
            out.push_back(std::move(f));
        }
    }
    return store::Status::success();
}

} // namespace spanscope::analytics
