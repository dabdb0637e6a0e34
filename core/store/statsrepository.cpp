#include "store/statsrepository.h"

#include <sqlite3.h>

namespace spanscope::store {

Status loadWorkspaceStats(Database &db, WorkspaceStats &out)
{
    out = {};
    Statement st(db, R"SQL(
SELECT
  (SELECT count(*) FROM traces),
  (SELECT count(*) FROM observations),
  (SELECT count(*) FROM scores),
  (SELECT count(DISTINCT session_id) FROM traces WHERE session_id IS NOT NULL AND session_id <> ''),
  (SELECT count(DISTINCT user_id) FROM traces WHERE user_id IS NOT NULL AND user_id <> ''),
  (SELECT count(*) FROM prompts),
  (SELECT COALESCE(sum(input_tokens), 0) FROM observations),
  (SELECT COALESCE(sum(output_tokens), 0) FROM observations),
  (SELECT COALESCE(sum(total_tokens), 0) FROM observations),
  (SELECT total(cost_provided) FROM observations),
  (SELECT total(cost_computed) FROM observations),
  (SELECT total(COALESCE(cost_provided, cost_computed)) FROM observations),
  (SELECT count(*) FROM observations WHERE unpriced = 1),
  (SELECT count(*) FROM import_log),
  (SELECT count(*) FROM sources))SQL");
    if (!st.isValid())
        return Status::failure(QStringLiteral("not a Spanscope workspace: %1").arg(st.prepareError()));
    if (!st.step())
        return Status::failure(st.error());
    out.traces = st.int64(0);
    out.observations = st.int64(1);
    out.scores = st.int64(2);
    out.sessions = st.int64(3);
    out.users = st.int64(4);
    out.prompts = st.int64(5);
    out.inputTokens = st.int64(6);
    out.outputTokens = st.int64(7);
    out.totalTokens = st.int64(8);
    out.costProvidedUsd = st.real(9);
    out.costComputedUsd = st.real(10);
    out.costUsd = st.real(11);
    out.unpricedObservations = st.int64(12);
    out.importProblems = st.int64(13);
    out.sources = st.int64(14);
    Statement byType(db, "SELECT type, count(*) FROM observations GROUP BY type ORDER BY type");
    while (byType.step())
        out.observationsByType[byType.text(0)] = byType.int64(1);
    return Status::success();
}

Status runQuery(Database &db, const std::string &sql, const std::function<void(const std::vector<std::string> &)> &onHeader,
                const std::function<void(const std::vector<QueryCell> &)> &onRow)
{
    Statement st(db, sql);
    if (!st.isValid())
        return Status::failure(st.prepareError());
    std::vector<std::string> names;
    for (int c = 0; c < st.columnCount(); ++c)
        names.push_back(st.columnName(c).toStdString());
    onHeader(names);
    std::vector<QueryCell> row(size_t(st.columnCount()));
    while (st.step()) {
        for (int c = 0; c < st.columnCount(); ++c) {
            QueryCell &cell = row[size_t(c)];
            cell.type = st.columnType(c);
            switch (cell.type) {
            case SQLITE_INTEGER: cell.i = st.int64(c); break;
            case SQLITE_FLOAT: cell.d = st.real(c); break;
            case SQLITE_NULL: break;
            default: cell.text = st.text(c); break;
            }
        }
        onRow(row);
    }
    if (!st.error().isEmpty())
        return Status::failure(st.error());
    return Status::success();
}

} // namespace spanscope::store
