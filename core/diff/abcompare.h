#pragma once
// A/B report: two call sets (two prompt versions, two models, or two labels) compared metric by
// metric — both distributions, means, Mann-Whitney p-value, Cliff's delta and its magnitude — with
// a plain verdict sentence; "insufficient data" when a side is too small. Any thread.

#include <optional>
#include <vector>

#include <QString>

#include "analytics/stats.h"
#include "store/database.h"
#include "store/promptrepository.h"

namespace spanscope::diff {

struct AbMetric {
    QString id;    // cost, latency, total_tokens, input_tokens, output_tokens, error, score:<name>
    QString title; // "cost per call", "latency", "relevance", ...
    QString unit;  // "$", "ms", "tokens", "share", ""
    bool lowerIsBetter = true;
    std::vector<double> a, b; // the two distributions
    analytics::Comparison result;
    QString verdict; // "version 4 is cheaper by 23% (p < 0.001, large effect)"
    bool significant() const { return !result.insufficient && result.pValue < 0.05; }
};

struct AbReport {
    QString labelA, labelB; // "version 3", "gpt-4o", "production (v3)"
    int64_t callsA = 0, callsB = 0;
    std::vector<AbMetric> metrics;
    QString verdict; // the metric verdicts that matter, joined with "; "
};

struct AbOptions {
    analytics::CompareOptions stats;
    double alpha = 0.05;
};

AbReport buildAbReport(const store::CallSet &a, const store::CallSet &b, const QString &labelA, const QString &labelB,
                       const AbOptions &options = {});

// Loads both call sets and builds the report.
store::Status loadAbReport(store::Database &db, const store::CallSelector &a, const store::CallSelector &b,
                           const QString &labelA, const QString &labelB, AbReport &out, const AbOptions &options = {});

// "p < 0.001", "p = 0.041", "p = 0.41"
QString formatP(double p);

} // namespace spanscope::diff
