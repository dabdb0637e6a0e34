#pragma once
// Structural diff of two JSON values (config, model parameters, tool definitions) by key path:
// objects by key, arrays of named objects by their name/id, other arrays by a Myers alignment
// of their elements. Pure functions; any thread.

#include <optional>
#include <vector>

#include <QString>

#include "diff/diffdocument.h"

namespace spanscope::diff {

struct JsonChange {
    enum class Kind { Added, Removed, Changed };
    Kind kind = Kind::Changed;
    QString path;   // $.model.temperature, $.tools[name=get_weather].parameters, $.stop[2]
    QString before; // compact JSON; empty for Added
    QString after;  // compact JSON; empty for Removed
};

// nullopt when either text is not JSON.
std::optional<std::vector<JsonChange>> jsonChanges(const QString &a, const QString &b);

// Rows: a header per changed key path, then the old and new value (pretty-printed, line-diffed).
// nullopt when either text is not JSON.
std::optional<DiffDocument> diffJson(const QString &a, const QString &b);

} // namespace spanscope::diff
