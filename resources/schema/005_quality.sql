-- Quality (issue 5): heatmaps, score-vs-score, low-quality lists and alert windows.
-- Numeric/boolean scores by name carry everything a heatmap cell needs (no table lookups):
-- the queries say `value IS NOT NULL`, which makes this partial index usable.
CREATE INDEX IF NOT EXISTS scores_numeric_by_name ON scores(name, trace_id, value, data_type, observation_id)
  WHERE value IS NOT NULL;
-- Categorical scores by name: their labels per trace (rows of a categorical heatmap, confusion matrices).
CREATE INDEX IF NOT EXISTS scores_categorical_by_name ON scores(name, trace_id, string_value)
  WHERE data_type = 'CATEGORICAL';
-- The distinct models / prompt versions of each trace (heatmap columns by model or prompt
-- version) without walking every span of the trace.
CREATE INDEX IF NOT EXISTS observations_trace_model ON observations(trace_id, model) WHERE model IS NOT NULL;
CREATE INDEX IF NOT EXISTS observations_trace_prompt ON observations(trace_id, prompt_name, prompt_version)
  WHERE prompt_name IS NOT NULL;
-- Trace-side heatmap columns straight from an index: joining scores to the traces table itself
-- reads one wide row (payloads inline) per score; this index holds just the grouping columns.
CREATE INDEX IF NOT EXISTS traces_quality_cover ON traces(id, timestamp_ns, name, user_id, environment, release);
