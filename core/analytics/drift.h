#pragma once
// Drift between a baseline window and a current window of one metric: percent change of the
// mean, z-score of the current mean, two-sample Kolmogorov-Smirnov statistic and p-value, and a
// warning/critical level. Pure functions; any thread.

#include <cmath>
#include <cstddef>
#include <vector>

namespace spanscope::analytics {

struct KsResult {
    double statistic = NAN; // D = sup |F_a(x) - F_b(x)|
    double pValue = NAN;    // two-sided
    bool exact = false;
};

// Two-sample KS test, two-sided. Exact p-value (lattice-path count, as scipy's method="exact")
// when n*m <= 1e6, else the asymptotic Kolmogorov distribution at sqrt(nm/(n+m)) * D (scipy's
// method="asymp"). The exact count assumes no ties; ties are handled correctly in D itself.
// NaN values are ignored; either sample empty gives NaNs.
KsResult ksTwoSample(std::vector<double> a, std::vector<double> b);

// Survival function of the limiting Kolmogorov distribution: P(K > z) = 2 sum (-1)^(k-1) e^(-2k^2 z^2).
double kolmogorovSurvival(double z);

enum class DriftLevel { None, Warning, Critical };
const char *driftLevelName(DriftLevel level); // "none" "warning" "critical"

struct DriftOptions {
    size_t minSamples = 2; // per window; below it the result is insufficient and the level None
};

struct DriftResult {
    size_t nBaseline = 0, nCurrent = 0;
    double meanBaseline = NAN, meanCurrent = NAN;
    double percentChange = NAN; // 100 * (current - baseline) / |baseline|; NaN when baseline mean is 0
    double zScore = NAN;        // (current mean - baseline mean) / (baseline sd / sqrt(nCurrent)); NaN when sd is 0
    KsResult ks;
    bool insufficient = false;
    DriftLevel level = DriftLevel::None;
};

// Warning when |change| > 20% or |z| > 3 or KS p < 0.05; critical when |change| > 50% or |z| > 5.
DriftResult compareWindows(const std::vector<double> &baseline, const std::vector<double> &current,
                           const DriftOptions &options = {});
// The level rule alone (exposed so the thresholds are tested on their own).
DriftLevel driftLevel(double percentChange, double zScore, double ksPValue);

} // namespace spanscope::analytics
