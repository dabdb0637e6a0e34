#pragma once
// The provider of a model when the trace did not say (Langfuse generations carry a model but no
// provider; OpenTelemetry spans carry gen_ai.provider.name / gen_ai.system, which wins). Inferred
// from the model name: a known "provider/" or Bedrock "provider." prefix, else the name families
// of the major providers (gpt-/o1/o3/text-embedding → openai, claude → anthropic, gemini/bison/
// gecko → google, mistral → mistral, command → cohere, llama → meta, …). Used for the cost
// rollups' provider dimension and its filters, never written over a provided value.

#include <string_view>

namespace spanscope {

// "" when the name gives no provider away. The result points at static text or into `model`.
std::string_view inferProvider(std::string_view model);
// The provided provider when it is not empty, else inferProvider(model).
std::string_view effectiveProvider(std::string_view provided, std::string_view model);

} // namespace spanscope
