-- Quality facts (schema 10): categorical facts move out of quality_facts into their own table, so
-- a heatmap of numeric and boolean scores scans only their rows (a quarter fewer in a typical
-- workspace) and a heatmap of one categorical score only categorical rows. From now on
-- quality_facts holds type 0 (numeric) and 1 (boolean) rows only. quality_label_facts has the
-- same grouping columns; label is the category's quality_keys id. Kept by core/store/qualityfacts.h
-- together with quality_facts.
CREATE TABLE quality_label_facts (
  name         INTEGER NOT NULL,
  label        INTEGER NOT NULL,
  day          INTEGER,
  trace_name   INTEGER,
  user_id      INTEGER,
  environment  INTEGER,
  release      INTEGER,
  models       INTEGER,
  prompts      INTEGER,
  trace_rowid  INTEGER NOT NULL
);
INSERT INTO quality_label_facts(name, label, day, trace_name, user_id, environment, release, models, prompts,
                                trace_rowid)
SELECT name, label, day, trace_name, user_id, environment, release, models, prompts, trace_rowid
FROM quality_facts WHERE type = 2 AND label IS NOT NULL;
DELETE FROM quality_facts WHERE type = 2;
CREATE INDEX quality_label_facts_by_trace ON quality_label_facts(trace_rowid);
