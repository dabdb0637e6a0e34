-- Score configs (schema 11): a Langfuse project's score definitions (GET /api/public/score-configs),
-- upserted by every sync. A heatmap row of a numeric score with a config colours its cells on the
-- config's [min_value, max_value]; a categorical score's rows follow the config's category order.
-- categories: JSON array of {"value": number, "label": text} as the API gives it (NULL = none).
CREATE TABLE score_configs (
  id           TEXT PRIMARY KEY,
  project_id   TEXT,
  name         TEXT NOT NULL,
  data_type    TEXT NOT NULL,
  min_value    REAL,
  max_value    REAL,
  categories   TEXT,
  archived     INTEGER NOT NULL DEFAULT 0,
  description  TEXT,
  updated_ns   INTEGER
);
CREATE INDEX score_configs_by_name ON score_configs(name);
