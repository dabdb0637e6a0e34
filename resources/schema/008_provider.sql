-- The cost rollups' provider dimension now falls back to the provider the model name gives away
-- (spanscope_provider(provider, model)) when a call carries none, as Langfuse data never does.
-- Rollups written before count those calls under '' : rebuild them once on the next open.
UPDATE cost_rollup_state SET stale = 1;
