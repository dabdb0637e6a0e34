-- Trace explorer (issue 3): every sortable column of the Traces page gets an index ending in id,
-- so a sorted page is an index range scan (keyset paging: `WHERE (col, id) < (?, ?)`), and the
-- filter pickers list distinct values with a loose index scan instead of reading every trace.
-- Migrations apply in name order; this is schema version 3.
CREATE INDEX IF NOT EXISTS traces_by_name ON traces(name, id);
CREATE INDEX IF NOT EXISTS traces_by_latency ON traces(latency_ns, id);
CREATE INDEX IF NOT EXISTS traces_by_cost ON traces(cost, id);
CREATE INDEX IF NOT EXISTS traces_by_tokens ON traces(total_tokens, id);
CREATE INDEX IF NOT EXISTS traces_by_observations ON traces(observation_count, id);
CREATE INDEX IF NOT EXISTS traces_by_environment ON traces(environment) WHERE environment IS NOT NULL;
-- "Errors only", newest first: walks just the failed traces.
CREATE INDEX IF NOT EXISTS traces_with_errors_by_time ON traces(timestamp_ns, id) WHERE error_count > 0;
