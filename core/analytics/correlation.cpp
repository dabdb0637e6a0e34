// Correlation and agreement between two scores given on the same traces/observations.

#include "analytics/correlation.h"

#include <algorithm>
#include <map>
#include <numeric>

namespace spanscope::analytics {

namespace {

void dropNan(const std::vector<double> &x, const std::vector<double> &y, std::vector<double> &xo, std::vector<double> &yo)
{
    const size_t n = std::min(x.size(), y.size());
    xo.reserve(n);
    yo.reserve(n);
    for (size_t i = 0; i < n; ++i) {
        if (std::isnan(x[i]) || std::isnan(y[i]))
            continue;
        xo.push_back(x[i]);
        yo.push_back(y[i]);
    }
}

// Two-pass (mean first) for accuracy on values with a large common offset.
double pearsonClean(const std::vector<double> &x, const std::vector<double> &y)
{
    const size_t n = x.size();
    if (n < 2)
        return NAN;
    const double mx = std::accumulate(x.begin(), x.end(), 0.0) / double(n);
    const double my = std::accumulate(y.begin(), y.end(), 0.0) / double(n);
    double sxy = 0, sxx = 0, syy = 0;
    for (size_t i = 0; i < n; ++i) {
        const double dx = x[i] - mx, dy = y[i] - my;
        sxy += dx * dy;
        sxx += dx * dx;
        syy += dy * dy;
    }
    if (sxx <= 0 || syy <= 0)
        return NAN;
    return std::clamp(sxy / std::sqrt(sxx * syy), -1.0, 1.0);
}

} // namespace

std::vector<double> averageRanks(const std::vector<double> &values)
{
    std::vector<size_t> order(values.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return values[a] < values[b]; });
    std::vector<double> ranks(values.size());
    for (size_t i = 0; i < order.size();) {
        size_t j = i;
        while (j + 1 < order.size() && values[order[j + 1]] == values[order[i]])
            ++j;
        const double rank = (double(i) + double(j)) / 2.0 + 1.0;
        for (size_t k = i; k <= j; ++k)
            ranks[order[k]] = rank;
        i = j + 1;
    }
    return ranks;
}

double pearson(const std::vector<double> &x, const std::vector<double> &y)
{
    std::vector<double> xo, yo;
    dropNan(x, y, xo, yo);
    return pearsonClean(xo, yo);
}

double spearman(const std::vector<double> &x, const std::vector<double> &y)
{
    std::vector<double> xo, yo;
    dropNan(x, y, xo, yo);
    return pearsonClean(averageRanks(xo), averageRanks(yo));
}

Correlation correlate(const std::vector<double> &x, const std::vector<double> &y)
{
    std::vector<double> xo, yo;
    dropNan(x, y, xo, yo);
    Correlation c;
    c.n = xo.size();
    c.pearson = pearsonClean(xo, yo);
    c.spearman = pearsonClean(averageRanks(xo), averageRanks(yo));
    return c;
}

ConfusionMatrix confusionMatrix(const std::vector<std::pair<std::string, std::string>> &pairs)
{
    ConfusionMatrix m;
    std::map<std::string, size_t> rows, cols;
    for (const auto &[a, b] : pairs) {
        rows.emplace(a, 0);
        cols.emplace(b, 0);
    }
    for (auto &[label, index] : rows) {
        index = m.rowLabels.size();
        m.rowLabels.push_back(label);
    }
    for (auto &[label, index] : cols) {
        index = m.columnLabels.size();
        m.columnLabels.push_back(label);
    }
    m.counts.assign(m.rowLabels.size(), std::vector<int64_t>(m.columnLabels.size(), 0));
    std::map<std::string, int64_t> rowMargin, colMargin;
    int64_t same = 0;
    for (const auto &[a, b] : pairs) {
        ++m.counts[rows[a]][cols[b]];
        ++rowMargin[a];
        ++colMargin[b];
        if (a == b)
            ++same;
    }
    m.total = int64_t(pairs.size());
    if (m.total == 0)
        return m;
    const double total = double(m.total);
    m.agreement = double(same) / total;
    double chance = 0;
    for (const auto &[label, n] : rowMargin) {
        const auto it = colMargin.find(label);
        if (it != colMargin.end())
            chance += (double(n) / total) * (double(it->second) / total);
    }
    if (chance < 1.0)
        m.kappa = (m.agreement - chance) / (1.0 - chance);
    return m;
}

} // namespace spanscope::analytics
