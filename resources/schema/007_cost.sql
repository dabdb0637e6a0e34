-- Cost analytics (schema 7): rollups the importer maintains so that every cost chart is an index
-- range over a few thousand rows instead of a scan of raw observations, and the user's budgets.
--
-- cost_rollup holds, per UTC time bucket and per value of one dimension, the sums over "calls":
-- observations of type GENERATION or EMBEDDING, or with a model, or with a cost. A call is
-- bucketed by its start time (the trace's time when it has none). Every call counts once in each
-- dimension (under '' when the value is missing) except tags, where it counts once per tag of its
-- trace. grain 0 = hour, 1 = day. dim: 1 model, 2 provider, 3 user, 4 trace name, 5 tag,
-- 6 environment. cost = provided cost where present, else computed (as traces.cost); unpriced
-- counts calls with a model or usage but no catalog price. core/store/costrollup.h keeps it exact
-- (import, re-import, re-pricing); cost_rollup_state.stale = 1 asks for a full rebuild on open.
CREATE TABLE cost_rollup (
  grain              INTEGER NOT NULL,
  dim                INTEGER NOT NULL,
  bucket_ns          INTEGER NOT NULL,
  value              TEXT NOT NULL,
  requests           INTEGER NOT NULL DEFAULT 0,
  errors             INTEGER NOT NULL DEFAULT 0,
  unpriced           INTEGER NOT NULL DEFAULT 0,
  cost               REAL NOT NULL DEFAULT 0,
  cost_provided      REAL NOT NULL DEFAULT 0,
  cost_computed      REAL NOT NULL DEFAULT 0,
  input_tokens       INTEGER NOT NULL DEFAULT 0,
  output_tokens      INTEGER NOT NULL DEFAULT 0,
  cache_read_tokens  INTEGER NOT NULL DEFAULT 0,
  cache_write_tokens INTEGER NOT NULL DEFAULT 0,
  reasoning_tokens   INTEGER NOT NULL DEFAULT 0,
  total_tokens       INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (grain, dim, bucket_ns, value)
) WITHOUT ROWID;

CREATE TABLE cost_rollup_state (
  id    INTEGER PRIMARY KEY CHECK (id = 1),
  stale INTEGER NOT NULL
);
INSERT INTO cost_rollup_state(id, stale) VALUES (1, 1);

-- Budgets: an amount per day, week (Monday-based, UTC) or month for the whole workspace (dim 0)
-- or one value of the model (1), user (3) or tag (5) dimension.
CREATE TABLE budgets (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL,
  period      TEXT NOT NULL CHECK (period IN ('day', 'week', 'month')),
  amount_usd  REAL NOT NULL CHECK (amount_usd > 0),
  dim         INTEGER NOT NULL DEFAULT 0,
  value       TEXT NOT NULL DEFAULT ''
);

