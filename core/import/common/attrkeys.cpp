// The exact attribute keys the mapper knows and the prefix groups (see attrslots.h).

#include <cstring>
#include <unordered_map>

#include "import/common/attrslots.h"

namespace spanscope::import {

namespace mapping {

namespace {

const std::unordered_map<std::string_view, Field> &keyTable()
{
    static const std::unordered_map<std::string_view, Field> table = {
        { "langfuse.observation.type", LfType },
        { "openinference.span.kind", OiKind },
        { "gen_ai.operation.name", GenOp },
        { "traceloop.span.kind", TlKind },
        { "ai.operationId", AiOpId },
        { "langfuse.observation.model.name", LfModel },
        { "gen_ai.response.model", GenRespModel },
        { "gen_ai.request.model", GenReqModel },
        { "llm.model_name", LlmModel },
        { "ai.response.model", AiRespModel },
        { "ai.model.id", AiModel },
        { "embedding.model_name", EmbModel },
        { "gen_ai.provider.name", GenProvider },
        { "gen_ai.system", GenSystem },
        { "llm.provider", LlmProvider },
        { "llm.system", LlmSystem },
        { "ai.model.provider", AiProvider },
        { "langfuse.observation.model.parameters", LfParams },
        { "llm.invocation_parameters", LlmParams },
        { "langfuse.observation.usage_details", LfUsage },
        { "gen_ai.usage.input_tokens", GenIn },
        { "gen_ai.usage.prompt_tokens", GenPromptTok },
        { "llm.token_count.prompt", LlmPromptTok },
        { "ai.usage.promptTokens", AiPromptTok },
        { "ai.usage.inputTokens", AiInTok },
        { "gen_ai.usage.output_tokens", GenOut },
        { "gen_ai.usage.completion_tokens", GenCompTok },
        { "llm.token_count.completion", LlmCompTok },
        { "ai.usage.completionTokens", AiCompTok },
        { "ai.usage.outputTokens", AiOutTok },
        { "llm.token_count.total", LlmTotal },
        { "llm.usage.total_tokens", LlmUsageTotal },
        { "gen_ai.usage.total_tokens", GenTotal },
        { "ai.usage.totalTokens", AiTotal },
        { "gen_ai.usage.cache_read.input_tokens", GenCacheRead },
        { "gen_ai.usage.cache_read_input_tokens", GenCacheRead2 },
        { "llm.token_count.prompt_details.cache_read", LlmCacheRead },
        { "ai.usage.cachedInputTokens", AiCached },
        { "gen_ai.usage.cache_creation.input_tokens", GenCacheWrite },
        { "gen_ai.usage.cache_creation_input_tokens", GenCacheWrite2 },
        { "llm.token_count.prompt_details.cache_write", LlmCacheWrite },
        { "gen_ai.usage.reasoning.output_tokens", GenReasoning },
        { "llm.token_count.completion_details.reasoning", LlmReasoning },
        { "ai.usage.reasoningTokens", AiReasoning },
        { "langfuse.observation.cost_details", LfCost },
        { "gen_ai.usage.cost", GenCost },
        { "llm.cost.total", LlmCostTotal },
        { "llm.cost.prompt", LlmCostPrompt },
        { "llm.cost.completion", LlmCostCompletion },
        { "llm.cost.prompt_details.cache_read", LlmCostCacheRead },
        { "llm.cost.prompt_details.cache_write", LlmCostCacheWrite },
        { "langfuse.observation.input", LfIn },
        { "gen_ai.input.messages", GenInMsgs },
        { "input.value", InValue },
        { "input.mime_type", InMime },
        { "gen_ai.prompt", GenPromptBare },
        { "ai.prompt.messages", AiPromptMsgs },
        { "ai.prompt", AiPrompt },
        { "ai.toolCall.args", AiToolArgs },
        { "traceloop.entity.input", TlIn },
        { "gen_ai.tool.call.arguments", GenToolArgs },
        { "langfuse.observation.output", LfOut },
        { "gen_ai.output.messages", GenOutMsgs },
        { "output.value", OutValue },
        { "output.mime_type", OutMime },
        { "gen_ai.completion", GenCompletionBare },
        { "ai.response.text", AiRespText },
        { "ai.response.object", AiRespObject },
        { "ai.response.toolCalls", AiRespToolCalls },
        { "ai.toolCall.result", AiToolResult },
        { "traceloop.entity.output", TlOut },
        { "gen_ai.tool.call.result", GenToolResult },
        { "langfuse.trace.name", LfTraceName },
        { "langfuse.trace.tags", LfTraceTags },
        { "langfuse.trace.input", LfTraceIn },
        { "langfuse.trace.output", LfTraceOut },
        { "langfuse.trace.metadata", LfTraceMeta },
        { "langfuse.release", LfRelease },
        { "langfuse.version", LfVersion },
        { "langfuse.user.id", LfUser },
        { "user.id", User },
        { "langfuse.session.id", LfSession },
        { "session.id", Session },
        { "gen_ai.conversation.id", GenConv },
        { "langfuse.environment", LfEnv },
        { "tag.tags", TagTags },
        { "langfuse.observation.level", LfLevel },
        { "langfuse.observation.status_message", LfStatus },
        { "langfuse.observation.prompt.name", LfPromptName },
        { "langfuse.observation.prompt.version", LfPromptVersion },
        { "langfuse.observation.completion_start_time", LfCompletionStart },
        { "llm.prompt_template.version", OiPromptVersion },
        { "langfuse.observation.metadata", LfObsMeta },
        { "metadata", OiMeta },
        { "ai.stream.msToFirstChunk", AiMsToFirstChunk },
    };
    return table;
}

struct PrefixGroup {
    std::string_view prefix;
    Group group;
};
constexpr PrefixGroup kPrefixes[] = {
    { "langfuse.observation.metadata.", MetaObs },
    { "langfuse.trace.metadata.", MetaTrace },
    { "ai.telemetry.metadata.", MetaVercel },
    { "traceloop.association.properties.", MetaTraceloop },
    { "llm.input_messages.", OiIn },
    { "llm.output_messages.", OiOut },
    { "gen_ai.prompt.", GenPrompt },
    { "gen_ai.completion.", GenCompletion },
    { "retrieval.documents.", Docs },
    { "gen_ai.request.", Params },
    { "ai.settings.", Params },
};

bool startsWith(std::string_view s, std::string_view p)
{
    return s.size() > p.size() && std::memcmp(s.data(), p.data(), p.size()) == 0;
}

} // namespace

size_t groupPrefixLength(Group g, std::string_view key)
{
    for (const auto &p : kPrefixes)
        if (p.group == g && startsWith(key, p.prefix))
            return p.prefix.size();
    return 0;
}

int classify(std::string_view key)
{
    const auto &t = keyTable();
    auto it = t.find(key);
    if (it != t.end())
        return it->second;
    // Prefix groups start with one of these letters; most foreign keys skip the loop.
    const char c = key.empty() ? 0 : key[0];
    if (c != 'l' && c != 'a' && c != 't' && c != 'g' && c != 'r')
        return FieldCount;
    for (const auto &p : kPrefixes) {
        if (!startsWith(key, p.prefix))
            continue;
        // gen_ai.prompt.N / gen_ai.completion.N need a numeric index after the prefix.
        if ((p.group == GenPrompt || p.group == GenCompletion)
            && (key[p.prefix.size()] < '0' || key[p.prefix.size()] > '9'))
            return FieldCount;
        return -(int(p.group) + 1);
    }
    return FieldCount;
}

} // namespace mapping

} // namespace spanscope::import
