#include "store/plannerstats.h"

#include <optional>

namespace spanscope::store {

Status refreshPlannerStats(Database &db, bool *ran)
{
    if (ran)
        *ran = false;
    Statement count(db, "SELECT count(*) FROM traces");
    if (!count.isValid() || !count.step())
        return Status::failure(QStringLiteral("cannot count traces: %1").arg(db.lastError()));
    const int64_t traces = count.int64(0);
    if (traces < kPlannerStatsMinTraces)
        return Status::success();
    // sqlite_stat1 exists only after a first ANALYZE; its stat column starts with the row count.
    std::optional<int64_t> analyzed;
    {
        Statement exists(db, "SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'");
        if (exists.isValid() && exists.step()) {
            // Partial indexes count fewer rows: the largest figure is the table's.
            Statement stat(db, "SELECT max(CAST(stat AS INTEGER)) FROM sqlite_stat1 WHERE tbl = 'traces'");
            if (stat.isValid() && stat.step() && !stat.isNull(0))
                analyzed = stat.int64(0);
        }
    }
    if (analyzed && traces * 2 < *analyzed * 3 && *analyzed * 2 < traces * 3)
        return Status::success();
    if (Status s = db.exec("ANALYZE traces"); !s)
        return Status::failure(QStringLiteral("cannot gather query statistics: %1").arg(s.error));
    if (ran)
        *ran = true;
    return Status::success();
}

} // namespace spanscope::store
