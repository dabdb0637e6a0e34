#pragma once
// Deterministic realistic trace data for demo workspaces, tests and benchmarks: nested
// agent/chain/tool/generation trees, catalog models, token counts, chat payloads, users,
// sessions, tags, prompt versions, scores of every type, some errors. Any thread.

#include <cstdint>

#include <QString>

namespace spanscope::generate {

enum class Format { LangfuseJsonl, OtlpJsonl };

struct Options {
    Format format = Format::LangfuseJsonl;
    int64_t traces = 100;
    int spansPerTrace = 10;
    uint64_t seed = 1;
    // Multiplies the length of generated texts (questions, prompts, answers, tool arguments and
    // results, score comments); 1 is the default data, byte for byte. Smaller makes smaller
    // observations (0.25: ~1 KB per observation in Langfuse JSONL).
    double payloadScale = 1.0;
    int64_t startNs = 1767225600000000000LL; // 2026-01-01T00:00:00Z; traces spread over 30 days
};

struct Result {
    bool ok = false;
    QString error;
    int64_t traces = 0, observations = 0, scores = 0, bytes = 0;
};

// Writes the data set to path (overwrites). Same options => byte-identical file.
Result writeFile(const QString &path, const Options &options);

} // namespace spanscope::generate
