#pragma once
// Display formatting shared by the models and pages: times, durations, tokens, costs, JSON.
// Pure functions; any thread (they read the default QLocale).

#include <cstdint>
#include <optional>
#include <string>

#include <QString>

namespace spanscope::ui {

// The placeholder shown for values that are not known (NULL in the database).
QString unknownText();

// Local date and time with milliseconds, e.g. "2025-08-22 11:38:56.228".
QString formatTimestamp(std::optional<int64_t> ns);
// Human duration: "850 µs", "12.3 ms", "1.25 s", "2 min 05 s".
QString formatDuration(std::optional<int64_t> ns);
// Grouped integer ("12,345" in English).
QString formatCount(std::optional<int64_t> n);
// US dollars with 6 significant digits, fixed notation: "$0.00123457", "$12.3457".
QString formatCost(std::optional<double> usd);

// Pretty-prints JSON text (objects and arrays indented; a JSON string shows its content).
// Text that is not JSON is returned unchanged.
QString prettyJson(const std::string &json);

} // namespace spanscope::ui
