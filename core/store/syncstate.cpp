#include "store/syncstate.h"

#include <algorithm>

namespace spanscope::store {

namespace {
void bindKey(Statement &st, const SyncKey &key)
{
    st.bind(1, key.profile);
    st.bind(2, key.projectId);
    st.bind(3, key.scope);
}

Status failed(Statement &st, const char *what)
{
    return Status::failure(QStringLiteral("sync state (%1): %2")
                               .arg(QLatin1String(what), st.isValid() ? st.error() : st.prepareError()));
}
} // namespace

std::vector<TimeRange> loadCoverage(Database &db, const SyncKey &key)
{
    std::vector<TimeRange> out;
    Statement st(db, "SELECT from_ns, to_ns FROM sync_coverage WHERE profile = ?1 AND project_id = ?2 "
                     "AND scope = ?3 ORDER BY from_ns");
    if (!st.isValid())
        return out;
    bindKey(st, key);
    while (st.step())
        out.push_back({st.int64(0), st.int64(1)});
    return out;
}

Status addCoverage(Database &db, const SyncKey &key, TimeRange range)
{
    if (range.toNs <= range.fromNs)
        return Status::success();
    // Ranges touching the new one are folded into it, then replaced by the union.
    Statement find(db, "SELECT from_ns, to_ns FROM sync_coverage WHERE profile = ?1 AND project_id = ?2 "
                       "AND scope = ?3 AND from_ns <= ?5 AND to_ns >= ?4");
    if (!find.isValid())
        return failed(find, "coverage");
    bindKey(find, key);
    find.bind(4, range.fromNs);
    find.bind(5, range.toNs);
    std::vector<int64_t> merged;
    while (find.step()) {
        range.fromNs = std::min(range.fromNs, find.int64(0));
        range.toNs = std::max(range.toNs, find.int64(1));
        merged.push_back(find.int64(0));
    }
    Statement del(db, "DELETE FROM sync_coverage WHERE profile = ?1 AND project_id = ?2 AND scope = ?3 AND from_ns = ?4");
    for (int64_t from : merged) {
        bindKey(del, key);
        del.bind(4, from);
        if (!del.run())
            return failed(del, "coverage");
        del.reset();
    }
    Statement ins(db, "INSERT INTO sync_coverage(profile, project_id, scope, from_ns, to_ns) VALUES (?1, ?2, ?3, ?4, ?5)");
    bindKey(ins, key);
    ins.bind(4, range.fromNs);
    ins.bind(5, range.toNs);
    if (!ins.run())
        return failed(ins, "coverage");
    return Status::success();
}

Status clearCoverage(Database &db, const SyncKey &key)
{
    Statement st(db, "DELETE FROM sync_coverage WHERE profile = ?1 AND project_id = ?2 AND scope = ?3");
    bindKey(st, key);
    return st.run() ? Status::success() : failed(st, "coverage");
}

std::optional<std::string> syncStateValue(Database &db, const SyncKey &key, const std::string &name)
{
    Statement st(db, "SELECT value FROM sync_state WHERE profile = ?1 AND project_id = ?2 AND key = ?3");
    if (!st.isValid())
        return std::nullopt;
    st.bind(1, key.profile);
    st.bind(2, key.projectId);
    st.bind(3, name);
    if (st.step())
        return st.optText(0);
    return std::nullopt;
}

Status setSyncStateValue(Database &db, const SyncKey &key, const std::string &name, const std::string &value)
{
    Statement st(db, "INSERT INTO sync_state(profile, project_id, key, value) VALUES (?1, ?2, ?3, ?4) "
                     "ON CONFLICT(profile, project_id, key) DO UPDATE SET value = excluded.value");
    st.bind(1, key.profile);
    st.bind(2, key.projectId);
    st.bind(3, name);
    st.bind(4, value);
    return st.run() ? Status::success() : failed(st, "state");
}

Status upsertRemoteSession(Database &db, const RemoteSession &s, const std::string &projectId, int64_t sourceId)
{
    Statement st(db, "INSERT INTO remote_sessions(id, project_id, created_at_ns, environment, source_id) "
                     "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT(id) DO UPDATE SET "
                     "project_id = excluded.project_id, created_at_ns = excluded.created_at_ns, "
                     "environment = excluded.environment, source_id = COALESCE(source_id, excluded.source_id)");
    st.bind(1, s.id);
    st.bind(2, projectId);
    st.bind(3, s.createdAtNs);
    st.bind(4, s.environment);
    if (sourceId >= 0)
        st.bind(5, sourceId);
    else
        st.bindNull(5);
    return st.run() ? Status::success() : failed(st, "sessions");
}

int64_t remoteSessionCount(Database &db)
{
    Statement st(db, "SELECT count(*) FROM remote_sessions");
    return st.isValid() && st.step() ? st.int64(0) : 0;
}

Status replaceProjectModelPrices(Database &db, const std::vector<ProjectModelPrice> &models)
{
    if (Status s = db.exec("DELETE FROM model_prices WHERE origin = 'project'"); !s)
        return s;
    Statement st(db, "INSERT INTO model_prices(id, model_name, match_pattern, start_date_ns, origin, tiers) "
                     "VALUES (?1, ?2, ?3, ?4, 'project', ?5) ON CONFLICT(id) DO UPDATE SET "
                     "model_name = excluded.model_name, match_pattern = excluded.match_pattern, "
                     "start_date_ns = excluded.start_date_ns, origin = 'project', tiers = excluded.tiers");
    for (const ProjectModelPrice &m : models) {
        st.bind(1, m.id);
        st.bind(2, m.modelName);
        st.bind(3, m.matchPattern);
        st.bind(4, m.startDateNs);
        st.bind(5, m.tiersJson);
        if (!st.run())
            return failed(st, "model prices");
        st.reset();
    }
    return Status::success();
}

Status markApiSource(Database &db, const std::string &uri, const std::string &fingerprint)
{
    Statement st(db, "UPDATE sources SET kind = 'api' WHERE uri = ?1 AND fingerprint = ?2");
    st.bind(1, uri);
    st.bind(2, fingerprint);
    return st.run() ? Status::success() : failed(st, "sources");
}

int64_t sourceIdFor(Database &db, const std::string &uri, const std::string &fingerprint)
{
    Statement st(db, "SELECT id FROM sources WHERE uri = ?1 AND fingerprint = ?2");
    st.bind(1, uri);
    st.bind(2, fingerprint);
    return st.isValid() && st.step() ? st.int64(0) : -1;
}

} // namespace spanscope::store
