#pragma once
// Lenient JSON value readers shared by the importers (simdjson On-Demand), timestamps and
// payload normalisation. Functions are pure; any thread.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <simdjson.h>

namespace spanscope::import::json {

namespace od = simdjson::ondemand;

// ISO-8601 ("2025-08-01T13:56:57.475Z", offsets, up to 9 fraction digits) and the
// "2025-08-01 13:56:57.475" form of ClickHouse exports (no zone = UTC). nullopt if malformed.
std::optional<int64_t> parseIsoTimeNs(std::string_view s);

// A JSON string literal for s (quotes and escapes added).
std::string quote(std::string_view s);
void appendQuoted(std::string &out, std::string_view s);

// True when s (after leading whitespace) is a complete, valid JSON document.
bool isValidJson(std::string_view s);

// The value as JSON text for a payload column. Objects and arrays are kept as written; a string
// holding JSON (object, array or string) is decoded one level; null gives nullopt.
std::optional<std::string> payloadText(od::value v);
// Same normalisation for a string that came from an attribute or a CSV cell.
std::string payloadFromString(std::string_view s);

// Text of a scalar: strings unescaped, numbers and booleans as written; null/containers nullopt
// (containers: their raw JSON text when rawContainers is true).
std::optional<std::string> scalarText(od::value v, bool rawContainers = false);
// Integer from a number or a numeric string ("42", "42.0"); nullopt otherwise.
std::optional<int64_t> intLenient(od::value v);
std::optional<double> doubleLenient(od::value v);
std::optional<int64_t> intFromString(std::string_view s);
std::optional<double> doubleFromString(std::string_view s);
// Raw JSON text of any value (containers consumed).
std::optional<std::string_view> rawText(od::value v);

// Converts "parent_observation_id" to "parentObservationId" (snake to camel case) into buf;
// returns the key unchanged when it has no underscore.
std::string_view camelKey(std::string_view key, std::string &buf);

} // namespace spanscope::import::json
