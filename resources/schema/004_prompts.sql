-- Prompt versions (issue 6): the calls of one version without scanning every observation, the
-- OpenInference prompt-template attributes without scanning every attribute, and the
-- generations without a prompt (the input of prompt inference).
CREATE INDEX IF NOT EXISTS observations_by_prompt ON observations(prompt_name, prompt_version, start_ns)
  WHERE prompt_name IS NOT NULL;
CREATE INDEX IF NOT EXISTS attributes_prompt_template ON attributes(key)
  WHERE key = 'llm.prompt_template.template';
CREATE INDEX IF NOT EXISTS observations_unlinked_generations ON observations(type)
  WHERE type = 'GENERATION' AND prompt_name IS NULL;
