#pragma once
// Internal helpers of core/diff: lenient JSON parsing (no exceptions escape) and the text forms
// values are shown in. Any thread.

#include <optional>
#include <string>

#include <QString>

#include <nlohmann/json.hpp>

namespace spanscope::diff::detail {

using Json = nlohmann::ordered_json;

// Parses JSON text; nullopt when it is not JSON. A JSON string that itself holds an object or
// array (JSON-in-string) is decoded one level.
std::optional<Json> parseJson(const QString &text);
std::optional<Json> parseJson(std::string_view text);
// Pretty form (2-space indent) of a value; strings are shown as their text, unquoted.
QString displayText(const Json &value);
// Compact single-line JSON.
QString compactText(const Json &value);

} // namespace spanscope::diff::detail
