#pragma once
// TraceFilter -> SQL WHERE clause over `traces t`, shared by the repositories that narrow a query to
// what the user filtered (trace list, cost breakdowns). Internal to core/store.

#include <string>
#include <variant>
#include <vector>

#include "store/database.h"
#include "store/tracefilter.h"

namespace spanscope::store::sqlfilter {

using Param = std::variant<int64_t, double, std::string>;

// A WHERE clause under construction: conditions joined with AND, anonymous `?` parameters bound
// in the order they were added.
struct Clause {
    std::vector<std::string> conditions;
    std::vector<Param> params;

    void add(std::string condition) { conditions.push_back(std::move(condition)); }
    std::string where() const
    {
        std::string w;
        for (const std::string &c : conditions)
            w += (w.empty() ? " WHERE " : " AND ") + c;
        return w;
    }
};

// s as a JSON string literal (quoted, escaped).
std::string jsonString(const std::string &s);
// `expr IN (...)`; long lists go in as one JSON array (clear of SQLite's parameter limit).
void addIn(Clause &c, const std::string &expr, const std::vector<std::string> &values);
// Adds the filter's conditions on `traces t`. False when the filter cannot match anything (a search
// term too short for the index).
bool buildFilter(const TraceFilter &f, Clause &c);
// Binds params to ?first, ?first+1, ...
void bindAll(Statement &st, const std::vector<Param> &params, int first = 1);

} // namespace spanscope::store::sqlfilter
