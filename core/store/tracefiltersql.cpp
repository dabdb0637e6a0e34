#include "store/tracefiltersql.h"

#include <QString>

#include "store/gramindex.h"
#include "store/searchindex.h"
#include "store/tracerepository.h"

namespace spanscope::store::sqlfilter {

std::string jsonString(const std::string &s)
{
    std::string out = "\"";
    for (unsigned char c : s) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += char(c);
        } else if (c < 0x20) {
            static const char hex[] = "0123456789abcdef";
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 15];
        } else {
            out += char(c);
        }
    }
    return out + '"';
}

// `expr IN (...)`. Long lists (a chart segment's trace ids) go in as one JSON array, which keeps
// clear of SQLite's parameter limit.
void addIn(Clause &c, const std::string &expr, const std::vector<std::string> &values)
{
    if (values.empty())
        return;
    if (values.size() > 64) {
        std::string json = "[";
        for (const std::string &v : values) {
            if (json.size() > 1)
                json += ',';
            json += jsonString(v);
        }
        json += ']';
        c.add(expr + " IN (SELECT value FROM json_each(?))");
        c.params.emplace_back(std::move(json));
        return;
    }
    std::string list;
    for (const std::string &v : values) {
        list += list.empty() ? "?" : ", ?";
        c.params.emplace_back(v);
    }
    c.add(expr + " IN (" + list + ")");
}

namespace {

const char *opText(ScoreCondition::Op op)
{
    switch (op) {
    case ScoreCondition::Op::Less: return "<";
    case ScoreCondition::Op::LessEqual: return "<=";
    case ScoreCondition::Op::Greater: return ">";
    case ScoreCondition::Op::GreaterEqual: return ">=";
    case ScoreCondition::Op::Equal: return "=";
    case ScoreCondition::Op::NotEqual: return "<>";
    }
    return "=";
}

// Full-text search. The trigram lists (store/gramindex.h) give the rows holding every trigram of
// the term (spanscope_search); each candidate is then checked against its text with
// `LIKE '%term%'` (ASCII case-insensitive). A term holding % or _ matches any character there
// and is re-checked exactly with instr(). A term without three characters in a row outside % and
// _ has no trigrams: then every row's text is checked.
//
// Two forms. Collected: every matching row's trace id, then the traces among them; fewest texts
// re-checked. Per trace: each trace is kept at its first matching row, so a term in most traces
// re-checks about one row per trace, and a page sorted by time stops once it is full.
void addTextSearch(Clause &c, const std::string &term, TextSearch form)
{
    std::string pattern = "%";
    bool wildcards = false;
    for (char ch : term) {
        if (ch == '%' || ch == '_') {
            wildcards = true;
            pattern += '_';
        } else {
            pattern += ch;
        }
    }
    pattern += '%';
    auto matches = [&](const std::string &alias) {
        std::vector<std::string> texts { alias + ".name" };
        for (const char *col : kSearchedPayloads)
            texts.push_back("spanscope_text(" + alias + "." + col + ")");
        std::string any;
        for (const std::string &text : texts) {
            any += (any.empty() ? "(" : " OR (") + text + " LIKE ?";
            c.params.emplace_back(pattern);
            if (wildcards) {
                any += " AND instr(lower(" + text + "), lower(?)) > 0";
                c.params.emplace_back(term);
            }
            any += ")";
        }
        return "(" + any + ")";
    };
    const bool indexed = !grams::termGrams(term).empty(); // else every row's text is read
    if (form == TextSearch::PerTrace && indexed) {
        c.params.emplace_back(term);
        std::string any = "(EXISTS (SELECT 1 FROM observations so WHERE so.trace_id = t.id AND so.rowid IN "
                          "(SELECT key FROM spanscope_search(?)) AND ";
        any += matches("so") + ")";
        c.params.emplace_back(term);
        any += " OR (-t.rowid IN (SELECT key FROM spanscope_search(?)) AND ";
        any += matches("t") + "))";
        c.add(any);
        return;
    }
    std::string sub;
    if (!indexed) {
        sub = "SELECT o.trace_id FROM observations o WHERE " + matches("o");
        sub += " UNION SELECT tr.id FROM traces tr WHERE " + matches("tr");
    } else {
        // The candidates once (materialised), then their observations and traces.
        c.params.emplace_back(term);
        sub = "WITH s(key) AS MATERIALIZED (SELECT key FROM spanscope_search(?)) ";
        sub += "SELECT o.trace_id FROM s JOIN observations o ON o.rowid = s.key WHERE s.key > 0 AND " + matches("o");
        sub += " UNION SELECT tr.id FROM s JOIN traces tr ON tr.rowid = -s.key WHERE s.key < 0 AND " + matches("tr");
    }
    c.add("t.id IN (" + sub + ")");
}

} // namespace

TextSearch textSearchFor(Database &db, const std::string &term)
{
    Statement st(db, "SELECT (SELECT count(*) FROM spanscope_search(?1)), "
                     "COALESCE((SELECT max(rowid) FROM observations), 0) + COALESCE((SELECT max(rowid) FROM traces), 0)");
    st.bind(1, term);
    if (!st.step())
        return TextSearch::Collected;
    const int64_t candidates = st.int64(0), rows = st.int64(1);
    return candidates * 100 >= rows * kPerTraceSearchPercent && candidates > 0 ? TextSearch::PerTrace
                                                                              : TextSearch::Collected;
}

// False when the filter cannot match anything (a search term too short for the index).
bool buildFilter(const TraceFilter &f, Clause &c, TextSearch form)
{
    if (f.fromNs) {
        c.add("t.timestamp_ns >= ?");
        c.params.emplace_back(*f.fromNs);
    }
    if (f.toNs) {
        c.add("t.timestamp_ns < ?");
        c.params.emplace_back(*f.toNs);
    }
    if (!f.text.empty()) {
        if (QString::fromStdString(f.text).size() < traceSearchMinLength)
            return false;
        addTextSearch(c, f.text, form);
    }
    addIn(c, "t.user_id", f.userIds);
    addIn(c, "t.session_id", f.sessionIds);
    addIn(c, "t.name", f.traceNames);
    addIn(c, "t.environment", f.environments);
    addIn(c, "t.release", f.releases);
    addIn(c, "t.id", f.traceIds);
    // Observation-level conditions: EXISTS walks the trace's rows through observations_tree_cover.
    // A provider is the given one or the one the model name gives away, as the cost rollups
    // count it, so a click on a provider's bar finds its traces.
    for (const auto &[column, values] : { std::pair { "o.model", &f.models },
                                          std::pair { "spanscope_provider(o.provider, o.model)", &f.providers } }) {
        if (values->empty())
            continue;
        Clause inner;
        addIn(inner, column, *values);
        c.add("EXISTS (SELECT 1 FROM observations o WHERE o.trace_id = t.id AND " + inner.conditions.front() + ")");
        c.params.insert(c.params.end(), inner.params.begin(), inner.params.end());
    }
    if (!f.tags.empty()) {
        Clause inner;
        addIn(inner, "j.value", f.tags);
        c.add("EXISTS (SELECT 1 FROM json_each(CASE WHEN json_valid(t.tags) THEN t.tags ELSE '[]' END) j WHERE "
              + inner.conditions.front() + ")");
        c.params.insert(c.params.end(), inner.params.begin(), inner.params.end());
    }
    if (f.promptName) {
        std::string cond = "EXISTS (SELECT 1 FROM observations o WHERE o.trace_id = t.id AND o.prompt_name = ?";
        c.params.emplace_back(*f.promptName);
        if (f.promptVersion) {
            cond += " AND o.prompt_version = ?";
            c.params.emplace_back(*f.promptVersion);
        }
        c.add(cond + ")");
    }
    if (f.errorsOnly)
        c.add("t.error_count > 0");
    if (f.minLatencyNs) {
        c.add("t.latency_ns >= ?");
        c.params.emplace_back(*f.minLatencyNs);
    }
    if (f.minCostUsd) {
        c.add("t.cost >= ?");
        c.params.emplace_back(*f.minCostUsd);
    }
    for (const ScoreCondition &sc : f.scores) {
        std::string cond = "EXISTS (SELECT 1 FROM scores s WHERE s.trace_id = t.id AND s.name = ?";
        c.params.emplace_back(sc.name);
        if (sc.number) {
            cond += std::string(" AND s.value ") + opText(sc.op) + " ?";
            c.params.emplace_back(*sc.number);
        } else if (sc.text) {
            cond += sc.op == ScoreCondition::Op::NotEqual ? " AND s.string_value <> ?" : " AND s.string_value = ?";
            c.params.emplace_back(*sc.text);
        }
        c.add(cond + ")");
    }
    return true;
}

void bindAll(Statement &st, const std::vector<Param> &params, int first)
{
    int i = first;
    for (const Param &p : params) {
        std::visit([&](const auto &v) { st.bind(i, v); }, p);
        ++i;
    }
}

} // namespace spanscope::store::sqlfilter
