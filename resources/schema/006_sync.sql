-- Server sync (issue 7): what was fetched from a Langfuse server, per profile, project and filter
-- scope, so a later sync fetches only newer data and a cancelled or killed sync resumes.
-- No secret is ever stored here: a profile is a name or a host URL.

-- Time ranges [from_ns, to_ns) whose traces, observations, scores and sessions are in the
-- workspace. A range ends `overlap` before the moment it was fetched, so data that arrives late
-- at the server is fetched again next time. Adjacent and overlapping ranges are merged.
CREATE TABLE sync_coverage (
  profile         TEXT NOT NULL,             -- profile name, or the host URL when synced by --host
  project_id      TEXT NOT NULL,             -- Langfuse project id ('' when the server does not say)
  scope           TEXT NOT NULL,             -- filter scope ('' = unfiltered)
  from_ns         INTEGER NOT NULL,
  to_ns           INTEGER NOT NULL,
  PRIMARY KEY (profile, project_id, scope, from_ns)
) WITHOUT ROWID;

-- Per profile and project: endpoint variants detected, prompt/model high-water marks, last run.
CREATE TABLE sync_state (
  profile         TEXT NOT NULL,
  project_id      TEXT NOT NULL,
  key             TEXT NOT NULL,             -- 'observations_api', 'scores_api', 'prompts_updated_ns', 'last_run_ns', ...
  value           TEXT,
  PRIMARY KEY (profile, project_id, key)
) WITHOUT ROWID;

-- Sessions as the server lists them (/api/public/sessions); traces carry session_id already,
-- this keeps sessions' own creation time and environment.
CREATE TABLE remote_sessions (
  id              TEXT PRIMARY KEY,
  project_id      TEXT,
  created_at_ns   INTEGER,
  environment     TEXT,
  source_id       INTEGER
) WITHOUT ROWID;
