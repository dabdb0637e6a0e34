-- Spanscope workspace schema, version 1.
-- Times are int64 nanoseconds since the Unix epoch (UTC). Payload columns hold JSON text.
-- Costs are USD (REAL). NULL means "not known", never zero.

CREATE TABLE sources (
  id              INTEGER PRIMARY KEY,
  kind            TEXT NOT NULL,              -- 'file' | 'api' | 'live'
  uri             TEXT NOT NULL,
  format          TEXT,
  fingerprint     TEXT NOT NULL,              -- size + hash of head/tail: same content => same source
  size_bytes      INTEGER,
  started_ns      INTEGER,
  finished_ns     INTEGER,
  import_count    INTEGER NOT NULL DEFAULT 1,
  traces          INTEGER NOT NULL DEFAULT 0,
  observations    INTEGER NOT NULL DEFAULT 0,
  scores          INTEGER NOT NULL DEFAULT 0,
  skipped         INTEGER NOT NULL DEFAULT 0,
  status          TEXT NOT NULL DEFAULT 'ok', -- 'ok' | 'partial'
  UNIQUE (uri, fingerprint)
);

CREATE TABLE traces (
  rowid              INTEGER PRIMARY KEY,
  id                 TEXT NOT NULL UNIQUE,
  source_id          INTEGER REFERENCES sources(id),
  name               TEXT,
  timestamp_ns       INTEGER,
  user_id            TEXT,
  session_id         TEXT,
  release            TEXT,
  version            TEXT,
  environment        TEXT,
  tags               TEXT,                  -- JSON array
  metadata           TEXT,                  -- JSON
  input              TEXT,                  -- JSON
  output             TEXT,                  -- JSON
  -- derived from observations (kept current on import)
  start_ns           INTEGER,
  end_ns             INTEGER,
  latency_ns         INTEGER,
  observation_count  INTEGER NOT NULL DEFAULT 0,
  error_count        INTEGER NOT NULL DEFAULT 0,
  input_tokens       INTEGER NOT NULL DEFAULT 0,
  output_tokens      INTEGER NOT NULL DEFAULT 0,
  total_tokens       INTEGER NOT NULL DEFAULT 0,
  cost_provided      REAL,
  cost_computed      REAL,
  cost               REAL,                  -- per observation: provided where present, else computed
  unpriced_count     INTEGER NOT NULL DEFAULT 0,
  flags              INTEGER NOT NULL DEFAULT 0  -- OR of observation repair flags
);
CREATE INDEX traces_by_time ON traces(timestamp_ns DESC, id DESC);
CREATE INDEX traces_by_session ON traces(session_id) WHERE session_id IS NOT NULL;
CREATE INDEX traces_by_user ON traces(user_id) WHERE user_id IS NOT NULL;

CREATE TABLE observations (
  rowid              INTEGER PRIMARY KEY,
  trace_id           TEXT NOT NULL,
  id                 TEXT NOT NULL,
  parent_id          TEXT,                  -- effective parent after repair (NULL = root)
  orig_parent_id     TEXT,                  -- parent as given, only when repair changed it
  source_id          INTEGER,
  type               TEXT NOT NULL,         -- SPAN GENERATION EVENT AGENT TOOL CHAIN RETRIEVER EMBEDDING EVALUATOR GUARDRAIL
  name               TEXT,
  start_ns           INTEGER,
  end_ns             INTEGER,
  completion_start_ns INTEGER,
  level              TEXT,                  -- DEBUG DEFAULT WARNING ERROR
  status_message     TEXT,
  model              TEXT,
  provider           TEXT,
  model_parameters   TEXT,                  -- JSON
  input              TEXT,                  -- JSON
  output             TEXT,                  -- JSON
  metadata           TEXT,                  -- JSON
  prompt_name        TEXT,
  prompt_version     INTEGER,
  input_tokens       INTEGER,
  output_tokens      INTEGER,
  total_tokens       INTEGER,
  cache_read_tokens  INTEGER,
  cache_write_tokens INTEGER,
  reasoning_tokens   INTEGER,
  usage_details      TEXT,                  -- JSON {key:int}
  cost_provided      REAL,
  cost_provided_details TEXT,               -- JSON {key:usd}
  cost_computed      REAL,
  cost_computed_details TEXT,               -- JSON {key:usd}
  price_model_id     TEXT,                  -- catalog entry used for cost_computed
  unpriced           INTEGER NOT NULL DEFAULT 0, -- 1: has a model/usage but no catalog price matched
  depth              INTEGER NOT NULL DEFAULT 0,
  preorder           INTEGER NOT NULL DEFAULT 0,
  flags              INTEGER NOT NULL DEFAULT 0, -- 1 orphan, 2 cycle broken, 4 starts before parent, 8 duplicate merged
  UNIQUE (trace_id, id)
);
CREATE INDEX observations_tree ON observations(trace_id, preorder);
CREATE INDEX observations_by_model ON observations(model) WHERE model IS NOT NULL;

CREATE TABLE attributes (
  trace_id        TEXT NOT NULL,
  observation_id  TEXT NOT NULL,             -- '' for trace/resource level
  key             TEXT NOT NULL,
  value           TEXT,                      -- JSON scalar or value
  PRIMARY KEY (trace_id, observation_id, key)
) WITHOUT ROWID;

CREATE TABLE scores (
  id              TEXT PRIMARY KEY,
  trace_id        TEXT,
  observation_id  TEXT,
  session_id      TEXT,
  source_id       INTEGER,
  name            TEXT NOT NULL,
  data_type       TEXT NOT NULL,             -- NUMERIC CATEGORICAL BOOLEAN TEXT
  value           REAL,
  string_value    TEXT,
  source          TEXT,                      -- API EVAL ANNOTATION ...
  comment         TEXT,
  timestamp_ns    INTEGER,
  config_id       TEXT,
  metadata        TEXT
) WITHOUT ROWID;
CREATE INDEX scores_by_trace ON scores(trace_id);
CREATE INDEX scores_by_name ON scores(name);

CREATE TABLE prompts (
  name            TEXT NOT NULL,
  version         INTEGER NOT NULL,
  type            TEXT,                      -- text | chat
  body            TEXT,                      -- JSON
  config          TEXT,                      -- JSON
  labels          TEXT,                      -- JSON array
  tags            TEXT,                      -- JSON array
  created_at_ns   INTEGER,
  source_id       INTEGER,
  PRIMARY KEY (name, version)
) WITHOUT ROWID;

CREATE TABLE model_prices (
  id              TEXT PRIMARY KEY,
  model_name      TEXT NOT NULL,
  match_pattern   TEXT NOT NULL,
  start_date_ns   INTEGER,
  origin          TEXT NOT NULL,             -- 'bundled' | 'user' | 'project'
  tiers           TEXT NOT NULL              -- JSON array of pricing tiers (Langfuse format)
) WITHOUT ROWID;

CREATE TABLE import_log (
  id              INTEGER PRIMARY KEY,
  source_id       INTEGER NOT NULL,
  line            INTEGER,
  byte_offset     INTEGER,
  kind            TEXT NOT NULL,             -- 'parse' | 'schema' | 'value' | 'tree'
  message         TEXT NOT NULL,
  excerpt         TEXT
);
CREATE INDEX import_log_by_source ON import_log(source_id);

-- Full-text search (trigram: substring search that also works for CJK). Filled in batches after
-- a bulk load; rowid = observations.rowid for observations and -traces.rowid for traces.
CREATE VIRTUAL TABLE search_fts USING fts5(
  trace_id UNINDEXED, observation_id UNINDEXED, name, input, output, metadata,
  tokenize = 'trigram'
);
-- High-water marks of what search_fts already holds ('observations', 'traces' -> max rowid).
CREATE TABLE search_fts_state (
  key             TEXT PRIMARY KEY,
  value           INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO search_fts_state VALUES ('observations', 0), ('traces', 0);
