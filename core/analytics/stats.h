#pragma once
// Descriptive statistics and two-group comparison (Mann-Whitney U, Cliff's delta, bootstrap CI of
// the difference of means) shared by the quality and prompt A/B features. Pure functions; any thread.

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace spanscope::analytics {

// Cliff's delta magnitude (Romano et al. 2006): |d| < 0.147 negligible, < 0.33 small,
// < 0.474 medium, else large.
enum class Magnitude { Negligible, Small, Medium, Large };
const char *magnitudeName(Magnitude m); // "negligible" "small" "medium" "large"
Magnitude magnitudeOf(double cliffsDelta);

struct Summary {
    size_t n = 0;
    double mean = NAN, median = NAN, stddev = NAN, p95 = NAN, min = NAN, max = NAN;
    double ciLow = NAN, ciHigh = NAN; // 95% CI of the mean (Student t); NAN below two values
};
// NaN values are ignored.
Summary summarize(std::vector<double> values);

// p in [0,1], linear interpolation between closest ranks (numpy's default); NAN when empty.
double percentile(std::vector<double> values, double p);

// Two-sided 97.5% quantile of Student's t with df degrees of freedom (df >= 1).
double tQuantile975(double df);

struct CompareOptions {
    size_t minSamples = 30;
    int bootstrapResamples = 2000;
    uint64_t seed = 1;
};

struct Comparison {
    size_t nA = 0, nB = 0;
    double meanA = NAN, meanB = NAN, medianA = NAN, medianB = NAN;
    bool insufficient = false; // either group below minSamples: no p-value or effect claims
    // Mann-Whitney U of group A (pairs where a > b, ties count one half) and its two-sided
    // p-value: exact when there are no ties and both groups are small (<= 50), else the normal
    // approximation with tie and continuity correction.
    double u = NAN, pValue = NAN;
    bool exact = false;
    // P(b > a) - P(b < a): positive when B tends to be larger.
    double cliffsDelta = NAN;
    Magnitude magnitude = Magnitude::Negligible;
    // meanB - meanA and its bootstrap 95% percentile interval.
    double diffMean = NAN, diffCiLow = NAN, diffCiHigh = NAN;
};

// NaN values are ignored. Means and medians are filled even when the data is insufficient.
Comparison compareGroups(const std::vector<double> &a, const std::vector<double> &b,
                         const CompareOptions &options = {});

struct MannWhitney {
    double u = NAN;      // U of the first group
    double pValue = NAN; // two-sided
    bool exact = false;
};
// allowExact = false forces the normal approximation (used to validate it).
MannWhitney mannWhitneyU(const std::vector<double> &a, const std::vector<double> &b, bool allowExact = true);

} // namespace spanscope::analytics
