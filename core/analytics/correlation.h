#pragma once
// Score-vs-score relations: Pearson and Spearman correlation (average ranks for ties) for numeric
// pairs, a confusion matrix with agreement and Cohen's kappa for categorical pairs. Pure
// functions; any thread.

#include <cmath>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace spanscope::analytics {

// Pairs with a NaN on either side are dropped. NaN when fewer than two pairs remain or either
// side has no variance.
double pearson(const std::vector<double> &x, const std::vector<double> &y);
double spearman(const std::vector<double> &x, const std::vector<double> &y);
// 1-based ranks; tied values share the mean of the ranks they span.
std::vector<double> averageRanks(const std::vector<double> &values);

struct Correlation {
    size_t n = 0; // pairs used
    double pearson = NAN, spearman = NAN;
};
Correlation correlate(const std::vector<double> &x, const std::vector<double> &y);

// rows = labels of the first score, columns = labels of the second, both sorted.
struct ConfusionMatrix {
    std::vector<std::string> rowLabels, columnLabels;
    std::vector<std::vector<int64_t>> counts; // [row][column]
    int64_t total = 0;
    // Share of pairs whose two labels are the same string; NaN when empty.
    double agreement = NAN;
    // Cohen's kappa over the union of labels; NaN when empty or chance agreement is 1.
    double kappa = NAN;
};
ConfusionMatrix confusionMatrix(const std::vector<std::pair<std::string, std::string>> &pairs);

} // namespace spanscope::analytics
