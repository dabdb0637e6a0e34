#pragma once
// Serialisers of a generated trace: Langfuse batch-export JSONL lines, and OTLP/JSON
// resourceSpans entries with GenAI semantic-convention and Langfuse OTel attributes.
// Pure functions appending to a string; any thread.

#include <cstdint>
#include <string>

#include "generate/gentypes.h"

namespace spanscope::generate {

// Appends the trace line, its observation lines and its score lines (each ending in '\n').
void appendLangfuseLines(const GenTrace &t, std::string &out);

// Appends one resourceSpans element (no separators) holding the trace's spans; scores travel as
// gen_ai.evaluation.result span events.
void appendOtlpResourceSpans(const GenTrace &t, std::string &out);

} // namespace spanscope::generate
