// Per-version metrics of the Prompts page (declared in promptinfercatalog.h).

#include "analytics/promptinfercatalog.h"
#include "analytics/stats.h"

namespace spanscope::analytics {

VersionMetrics computeMetrics(const store::CallSet &set)
{
    VersionMetrics m;
    m.calls = int64_t(set.calls.size());
    std::vector<double> latency, in, outTok, total, cost;
    int64_t errors = 0;
    for (const store::CallSample &c : set.calls) {
        if (c.latencyMs)
            latency.push_back(*c.latencyMs);
        if (c.inputTokens)
            in.push_back(double(*c.inputTokens));
        if (c.outputTokens)
            outTok.push_back(double(*c.outputTokens));
        if (c.totalTokens)
            total.push_back(double(*c.totalTokens));
        if (c.cost)
            cost.push_back(*c.cost);
        errors += c.error ? 1 : 0;
    }
    auto mean = [](const std::vector<double> &v) -> std::optional<double> {
        if (v.empty())
            return std::nullopt;
        return summarize(v).mean;
    };
    if (!latency.empty()) {
        m.latencyP50Ms = percentile(latency, 0.5);
        m.latencyP95Ms = percentile(latency, 0.95);
    }
    m.inputTokensMean = mean(in);
    m.outputTokensMean = mean(outTok);
    m.totalTokensMean = mean(total);
    m.costPerCall = mean(cost);
    m.pricedCalls = int64_t(cost.size());
    m.errorShare = m.calls ? double(errors) / double(m.calls) : 0.0;
    for (const auto &[name, values] : set.scores)
        if (!values.empty())
            m.scores[name] = {summarize(values).mean, values.size()};
    return m;
}

} // namespace spanscope::analytics
