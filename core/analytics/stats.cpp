#include "analytics/stats.h"

#include <algorithm>
#include <numeric>
#include <random>

namespace spanscope::analytics {

namespace {

std::vector<double> withoutNaN(std::vector<double> v)
{
    v.erase(std::remove_if(v.begin(), v.end(), [](double x) { return std::isnan(x); }), v.end());
    return v;
}

double sortedPercentile(const std::vector<double> &sorted, double p)
{
    if (sorted.empty())
        return NAN;
    const double pos = std::clamp(p, 0.0, 1.0) * double(sorted.size() - 1);
    const size_t lo = size_t(std::floor(pos));
    const size_t hi = std::min(lo + 1, sorted.size() - 1);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - double(lo));
}

double mean(const std::vector<double> &v)
{
    return v.empty() ? NAN : std::accumulate(v.begin(), v.end(), 0.0) / double(v.size());
}

double normalCdf(double z) { return 0.5 * std::erfc(-z / std::sqrt(2.0)); }

// P(U = u) for groups of sizes n and m under H0 (no ties), u = 0..n*m, by the recurrence
// P_{n,m}(u) = n/(n+m) P_{n-1,m}(u-m) + m/(n+m) P_{n,m-1}(u) — probabilities stay positive, so
// nothing cancels. O(n*m*n*m), fine for the sizes we use it at (< 50 each).
std::vector<double> exactUDistribution(size_t n, size_t m)
{
    // prev[j] = distribution for (i-1, j); cur[j] for (i, j).
    std::vector<std::vector<double>> prev(m + 1), cur(m + 1);
    for (size_t j = 0; j <= m; ++j)
        prev[j] = {1.0}; // i = 0: U is always 0
    for (size_t i = 1; i <= n; ++i) {
        cur[0] = {1.0}; // j = 0: U is always 0
        for (size_t j = 1; j <= m; ++j) {
            std::vector<double> d(i * j + 1, 0.0);
            const double wPrevI = double(i) / double(i + j), wPrevJ = double(j) / double(i + j);
            for (size_t u = 0; u < prev[j].size(); ++u) // first group's largest value is the maximum
                d[u + j] += wPrevI * prev[j][u];
            for (size_t u = 0; u < cur[j - 1].size(); ++u)
                d[u] += wPrevJ * cur[j - 1][u];
            cur[j] = std::move(d);
        }
        std::swap(prev, cur);
    }
    return prev[m];
}

} // namespace

const char *magnitudeName(Magnitude m)
{
    switch (m) {
    case Magnitude::Negligible: return "negligible";
    case Magnitude::Small: return "small";
    case Magnitude::Medium: return "medium";
    case Magnitude::Large: return "large";
    }
    return "negligible";
}

Magnitude magnitudeOf(double d)
{
    const double a = std::fabs(d);
    if (std::isnan(a) || a < 0.147)
        return Magnitude::Negligible;
    if (a < 0.33)
        return Magnitude::Small;
    if (a < 0.474)
        return Magnitude::Medium;
    return Magnitude::Large;
}

double tQuantile975(double df)
{
    // Exact table for small df; above it the Cornish-Fisher expansion (error < 1e-4 at df > 30).
    static const double table[] = { 12.706205, 4.302653, 3.182446, 2.776445, 2.570582, 2.446912, 2.364624,
                                    2.306004,  2.262157, 2.228139, 2.200985, 2.178813, 2.160369, 2.144787,
                                    2.131450,  2.119905, 2.109816, 2.100922, 2.093024, 2.085963, 2.079614,
                                    2.073873,  2.068658, 2.063899, 2.059539, 2.055529, 2.051831, 2.048407,
                                    2.045230,  2.042272 };
    if (df < 1)
        return NAN;
    if (df <= 30 && df == std::floor(df))
        return table[size_t(df) - 1];
    const double z = 1.959963985;
    const double z3 = z * z * z, z5 = z3 * z * z, z7 = z5 * z * z;
    return z + (z3 + z) / (4 * df) + (5 * z5 + 16 * z3 + 3 * z) / (96 * df * df)
           + (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * df * df * df);
}

double percentile(std::vector<double> values, double p)
{
    values = withoutNaN(std::move(values));
    std::sort(values.begin(), values.end());
    return sortedPercentile(values, p);
}

Summary summarize(std::vector<double> values)
{
    values = withoutNaN(std::move(values));
    Summary s;
    s.n = values.size();
    if (values.empty())
        return s;
    // Order statistics by selection (linear) rather than a full sort: a heatmap summarises every
    // cell of a million scores. Same ranks and interpolation as sortedPercentile.
    s.mean = mean(values);
    const auto [lo, hi] = std::minmax_element(values.begin(), values.end());
    s.min = *lo;
    s.max = *hi;
    auto select = [&values](double p) {
        const double pos = p * double(values.size() - 1);
        const size_t k = size_t(std::floor(pos));
        std::nth_element(values.begin(), values.begin() + ptrdiff_t(k), values.end());
        const double a = values[k];
        const double b = k + 1 < values.size() ? *std::min_element(values.begin() + ptrdiff_t(k) + 1, values.end()) : a;
        return a + (b - a) * (pos - double(k));
    };
    s.median = select(0.5);
    s.p95 = select(0.95);
    if (s.n >= 2) {
        double ss = 0;
        for (double v : values)
            ss += (v - s.mean) * (v - s.mean);
        s.stddev = std::sqrt(ss / double(s.n - 1));
        const double half = tQuantile975(double(s.n - 1)) * s.stddev / std::sqrt(double(s.n));
        s.ciLow = s.mean - half;
        s.ciHigh = s.mean + half;
    } else {
        s.stddev = 0;
    }
    return s;
}

MannWhitney mannWhitneyU(const std::vector<double> &aIn, const std::vector<double> &bIn, bool allowExact)
{
    const std::vector<double> a = withoutNaN(aIn), b = withoutNaN(bIn);
    MannWhitney r;
    const size_t n = a.size(), m = b.size();
    if (n == 0 || m == 0)
        return r;
    // Pooled values tagged by group, ranked with ties given their average rank.
    std::vector<std::pair<double, bool>> all;
    all.reserve(n + m);
    for (double v : a)
        all.push_back({ v, true });
    for (double v : b)
        all.push_back({ v, false });
    std::sort(all.begin(), all.end(), [](const auto &x, const auto &y) { return x.first < y.first; });
    double rankSumA = 0, tieTerm = 0;
    bool ties = false;
    for (size_t i = 0; i < all.size();) {
        size_t j = i;
        while (j < all.size() && all[j].first == all[i].first)
            ++j;
        const double t = double(j - i);
        const double avgRank = (double(i + 1) + double(j)) / 2.0;
        for (size_t k = i; k < j; ++k)
            if (all[k].second)
                rankSumA += avgRank;
        if (t > 1) {
            ties = true;
            tieTerm += t * t * t - t;
        }
        i = j;
    }
    r.u = rankSumA - double(n) * double(n + 1) / 2.0;
    const double N = double(n + m), nm = double(n) * double(m);
    if (allowExact && !ties && n < 50 && m < 50) {
        const std::vector<double> dist = exactUDistribution(n, m);
        const size_t u = size_t(std::llround(r.u));
        double lower = 0, upper = 0;
        for (size_t k = 0; k <= u; ++k)
            lower += dist[k];
        for (size_t k = u; k < dist.size(); ++k)
            upper += dist[k];
        r.pValue = std::min(1.0, 2.0 * std::min(lower, upper));
        r.exact = true;
        return r;
    }
    const double sigma = std::sqrt(nm / 12.0 * ((N + 1) - tieTerm / (N * (N - 1))));
    if (sigma <= 0) { // every value equal: no evidence of a difference
        r.pValue = 1.0;
        return r;
    }
    double z = r.u - nm / 2.0;
    z = (z - (z > 0 ? 0.5 : z < 0 ? -0.5 : 0.0)) / sigma;
    r.pValue = std::min(1.0, 2.0 * std::min(normalCdf(z), 1.0 - normalCdf(z)));
    return r;
}

Comparison compareGroups(const std::vector<double> &aIn, const std::vector<double> &bIn,
                         const CompareOptions &options)
{
    std::vector<double> a = withoutNaN(aIn), b = withoutNaN(bIn);
    Comparison c;
    c.nA = a.size();
    c.nB = b.size();
    c.meanA = mean(a);
    c.meanB = mean(b);
    c.medianA = percentile(a, 0.5);
    c.medianB = percentile(b, 0.5);
    c.diffMean = c.meanB - c.meanA;
    c.insufficient = c.nA < std::max<size_t>(options.minSamples, 1) || c.nB < std::max<size_t>(options.minSamples, 1);
    if (c.insufficient)
        return c;

    const MannWhitney mw = mannWhitneyU(a, b);
    c.u = mw.u;
    c.pValue = mw.pValue;
    c.exact = mw.exact;
    // U of A counts pairs with a > b (ties one half), so P(a > b) - P(a < b) = 2U/nm - 1.
    c.cliffsDelta = -(2.0 * c.u / (double(c.nA) * double(c.nB)) - 1.0);
    c.magnitude = magnitudeOf(c.cliffsDelta);

    if (options.bootstrapResamples > 0) {
        std::mt19937_64 rng(options.seed);
        std::uniform_int_distribution<size_t> pickA(0, a.size() - 1), pickB(0, b.size() - 1);
        std::vector<double> diffs;
        diffs.reserve(size_t(options.bootstrapResamples));
        for (int r = 0; r < options.bootstrapResamples; ++r) {
            double sa = 0, sb = 0;
            for (size_t i = 0; i < a.size(); ++i)
                sa += a[pickA(rng)];
            for (size_t i = 0; i < b.size(); ++i)
                sb += b[pickB(rng)];
            diffs.push_back(sb / double(b.size()) - sa / double(a.size()));
        }
        std::sort(diffs.begin(), diffs.end());
        c.diffCiLow = sortedPercentile(diffs, 0.025);
        c.diffCiHigh = sortedPercentile(diffs, 0.975);
    }
    return c;
}

} // namespace spanscope::analytics
