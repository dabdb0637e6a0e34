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
// How a search term narrows the traces (tracefiltersql.cpp): by collecting the ids of every
// matching row first, or per trace, stopping at its first matching row.
enum class TextSearch { Collected, PerTrace };
// Per trace once the term's candidate rows (those holding all its trigrams) are at least this share
// of all rows. Measured on 300k observations (docs/PERFORMANCE.md): terms in 97 % of traces with
// 35-38 % candidates count in half the time per trace; a phrase with 23 % candidates and 4 % of
// traces is faster collected.
constexpr int64_t kPerTraceSearchPercent = 30;
// The form for `term` in this workspace (one count of its candidates).
TextSearch textSearchFor(Database &db, const std::string &term);
// Adds the filter's conditions on `traces t`. False when the filter cannot match anything (a search
// term too short for the index).
bool buildFilter(const TraceFilter &f, Clause &c, TextSearch form = TextSearch::Collected);
// Binds params to ?first, ?first+1, ...
void bindAll(Statement &st, const std::vector<Param> &params, int first = 1);

} // namespace spanscope::store::sqlfilter
