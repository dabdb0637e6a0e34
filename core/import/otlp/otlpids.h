#pragma once
// OTLP trace/span id normalisation (hex any case, base64 from generic protobuf->JSON
// converters) and deterministic synthetic ids for spans that carry none. Pure; any thread.

#include <cstdint>
#include <string>
#include <string_view>

namespace spanscope::import::otlp {

// Normalises an id of `bytes` bytes (16 trace, 8 span) into `out`:
//  - hex of 2*bytes digits, any case, optional 0x  -> lower hex
//  - standard or URL-safe base64 of exactly `bytes` bytes (24 / 12 chars padded, 22 / 11 unpadded)
//    -> lower hex
//  - other all-hex strings -> lower hex as given; anything else is kept as given.
// Returns false for an empty or all-zero id (OTLP's "no id"); out is then empty.
bool normalizeId(std::string_view raw, size_t bytes, std::string &out);

// FNV-1a 64 over text with a seed, finished with a SplitMix64 mix (well spread low bits).
uint64_t hashText(std::string_view text, uint64_t seed);
uint64_t mix64(uint64_t x);
// 2*sizeof(v) lower-hex digits appended to out.
void appendHex64(std::string &out, uint64_t v);

// Synthetic ids for spans whose ids are empty. The unit is the text of one request (a JSON
// Lines line, or one resourceSpans element of a single document):
//   trace id = hex(hashText(unit, 1)) + hex(hashText(unit, 2))         (32 hex digits)
//   span id  = hex(mix64(hashText(unit, 3) + ordinal))               (16 hex digits)
// where ordinal is the 0-based position of the span within the unit. All spans of a unit that
// lack a trace id share that unit's synthetic trace; the same file gives the same ids.
std::string syntheticTraceId(uint64_t unitHashA, uint64_t unitHashB);
std::string syntheticSpanId(uint64_t unitHashC, uint64_t ordinal);

} // namespace spanscope::import::otlp
