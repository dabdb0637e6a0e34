// Drift statistics. The exact KS p-value walks the (n+1) x (m+1) lattice of merged-sample paths
// with transition probabilities (a uniformly random path), so nothing overflows for large n, m.

#include "analytics/drift.h"

#include <algorithm>
#include <cstdint>

#include "analytics/stats.h"

namespace spanscope::analytics {

namespace {

std::vector<double> finite(std::vector<double> v)
{
    v.erase(std::remove_if(v.begin(), v.end(), [](double x) { return std::isnan(x); }), v.end());
    std::sort(v.begin(), v.end());
    return v;
}

int64_t absDiff(int64_t a, int64_t b) { return a > b ? a - b : b - a; }

// P(max |i*m - j*n| < d) for a uniformly random lattice path from (0,0) to (n,m).
double probabilityInside(int64_t n, int64_t m, int64_t d)
{
    std::vector<double> row(size_t(m) + 1, 0.0);
    // row[j] = probability of reaching (i, j) without leaving the band.
    for (int64_t i = 0; i <= n; ++i) {
        for (int64_t j = 0; j <= m; ++j) {
            double p;
            if (i == 0 && j == 0) {
                p = 1.0;
            } else {
                p = 0.0;
                // From (i-1, j): an a-step, chosen with probability (n-(i-1)) / (remaining).
                if (i > 0) {
                    const double rem = double(n - (i - 1) + m - j);
                    p += row[size_t(j)] * double(n - (i - 1)) / rem;
                }
                if (j > 0) {
                    const double rem = double(n - i + m - (j - 1));
                    p += row[size_t(j - 1)] * double(m - (j - 1)) / rem;
                }
            }
            if (absDiff(i * m, j * n) >= d)
                p = 0.0;
            row[size_t(j)] = p;
        }
    }
    return row[size_t(m)];
}

} // namespace

double kolmogorovSurvival(double z)
{
    if (std::isnan(z))
        return NAN;
    if (z <= 0)
        return 1.0;
    if (z < 0.3) {
        // The alternating series converges slowly near 0; use the Jacobi theta form of the CDF.
        double cdf = 0;
        const double c = std::sqrt(2 * M_PI) / z;
        for (int k = 1; k < 50; ++k) {
            const double t = double(2 * k - 1) * double(2 * k - 1) * M_PI * M_PI / (8 * z * z);
            cdf += std::exp(-t);
        }
        return std::clamp(1.0 - c * cdf, 0.0, 1.0);
    }
    double sum = 0;
    for (int k = 1; k < 200; ++k) {
        const double term = std::exp(-2.0 * double(k) * double(k) * z * z);
        sum += (k % 2 ? 1.0 : -1.0) * term;
        if (term < 1e-18)
            break;
    }
    return std::clamp(2.0 * sum, 0.0, 1.0);
}

KsResult ksTwoSample(std::vector<double> aIn, std::vector<double> bIn)
{
    const std::vector<double> a = finite(std::move(aIn));
    const std::vector<double> b = finite(std::move(bIn));
    KsResult r;
    if (a.empty() || b.empty())
        return r;
    const int64_t n = int64_t(a.size()), m = int64_t(b.size());
    // Walk both sorted samples; after consuming every value <= x from each, compare i/n with j/m
    // in integers (i*m vs j*n) so D is exact and ties never produce a spurious step.
    int64_t i = 0, j = 0, dInt = 0;
    while (i < n || j < m) {
        const double x = (j >= m || (i < n && a[size_t(i)] <= b[size_t(j)])) ? a[size_t(i)] : b[size_t(j)];
        while (i < n && a[size_t(i)] <= x)
            ++i;
        while (j < m && b[size_t(j)] <= x)
            ++j;
        dInt = std::max(dInt, absDiff(i * m, j * n));
    }
    r.statistic = double(dInt) / double(n * m);
    if (double(n) * double(m) <= 1e6) {
        r.exact = true;
        r.pValue = std::clamp(1.0 - probabilityInside(n, m, dInt), 0.0, 1.0);
    } else {
        const double en = double(n) * double(m) / double(n + m);
        r.pValue = kolmogorovSurvival(std::sqrt(en) * r.statistic);
    }
    return r;
}

const char *driftLevelName(DriftLevel level)
{
    switch (level) {
    case DriftLevel::Warning: return "warning";
    case DriftLevel::Critical: return "critical";
    case DriftLevel::None: break;
    }
    return "none";
}

DriftLevel driftLevel(double percentChange, double zScore, double ksPValue)
{
    const double change = std::isnan(percentChange) ? 0 : std::fabs(percentChange);
    const double z = std::isnan(zScore) ? 0 : std::fabs(zScore);
    if (change > 50 || z > 5)
        return DriftLevel::Critical;
    if (change > 20 || z > 3 || (!std::isnan(ksPValue) && ksPValue < 0.05))
        return DriftLevel::Warning;
    return DriftLevel::None;
}

DriftResult compareWindows(const std::vector<double> &baseline, const std::vector<double> &current,
                           const DriftOptions &options)
{
    DriftResult r;
    const Summary base = summarize(baseline);
    const Summary cur = summarize(current);
    r.nBaseline = base.n;
    r.nCurrent = cur.n;
    r.meanBaseline = base.mean;
    r.meanCurrent = cur.mean;
    if (base.n > 0 && cur.n > 0 && base.mean != 0)
        r.percentChange = 100.0 * (cur.mean - base.mean) / std::fabs(base.mean);
    if (base.n >= 2 && cur.n > 0 && base.stddev > 0)
        r.zScore = (cur.mean - base.mean) / (base.stddev / std::sqrt(double(cur.n)));
    r.ks = ksTwoSample(baseline, current);
    r.insufficient = base.n < std::max<size_t>(options.minSamples, 1) || cur.n < std::max<size_t>(options.minSamples, 1);
    r.level = r.insufficient ? DriftLevel::None : driftLevel(r.percentChange, r.zScore, r.ks.pValue);
    return r;
}

} // namespace spanscope::analytics
