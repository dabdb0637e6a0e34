#pragma once
// Internal to the attribute mapper: the exact keys it knows, the prefix groups, and the slot
// table filled by one pass over a span's attributes. Not for use outside attributemapper/attr*.

#include <initializer_list>
#include <string_view>
#include <vector>

#include "import/common/attributemapper.h"

namespace spanscope::import::mapping {

enum Field : int {
    // type
    LfType,
    OiKind,
    GenOp,
    TlKind,
    AiOpId,
    // model, provider, parameters
    LfModel,
    GenRespModel,
    GenReqModel,
    LlmModel,
    AiRespModel,
    AiModel,
    EmbModel,
    GenProvider,
    GenSystem,
    LlmProvider,
    LlmSystem,
    AiProvider,
    LfParams,
    LlmParams,
    // usage
    LfUsage,
    GenIn,
    GenPromptTok,
    LlmPromptTok,
    AiPromptTok,
    AiInTok,
    GenOut,
    GenCompTok,
    LlmCompTok,
    AiCompTok,
    AiOutTok,
    LlmTotal,
    LlmUsageTotal,
    GenTotal,
    AiTotal,
    GenCacheRead,
    GenCacheRead2,
    LlmCacheRead,
    AiCached,
    GenCacheWrite,
    GenCacheWrite2,
    LlmCacheWrite,
    GenReasoning,
    LlmReasoning,
    AiReasoning,
    // cost
    LfCost,
    GenCost,
    LlmCostTotal,
    LlmCostPrompt,
    LlmCostCompletion,
    LlmCostCacheRead,
    LlmCostCacheWrite,
    // payloads
    LfIn,
    GenInMsgs,
    InValue,
    InMime,
    GenPromptBare,
    AiPromptMsgs,
    AiPrompt,
    AiToolArgs,
    TlIn,
    GenToolArgs,
    LfOut,
    GenOutMsgs,
    OutValue,
    OutMime,
    GenCompletionBare,
    AiRespText,
    AiRespObject,
    AiRespToolCalls,
    AiToolResult,
    TlOut,
    GenToolResult,
    // trace level
    LfTraceName,
    LfTraceTags,
    LfTraceIn,
    LfTraceOut,
    LfTraceMeta,
    LfRelease,
    LfVersion,
    LfUser,
    User,
    LfSession,
    Session,
    GenConv,
    LfEnv,
    TagTags,
    // observation extras
    LfLevel,
    LfStatus,
    LfPromptName,
    LfPromptVersion,
    LfCompletionStart,
    OiPromptVersion,
    LfObsMeta,
    OiMeta,
    AiMsToFirstChunk,
    FieldCount
};

// Keys with a variable tail, collected per group.
enum Group : int {
    MetaObs, // langfuse.observation.metadata.*
    MetaTrace, // langfuse.trace.metadata.*
    MetaVercel, // ai.telemetry.metadata.*
    MetaTraceloop, // traceloop.association.properties.*
    OiIn, // llm.input_messages.*
    OiOut, // llm.output_messages.*
    GenPrompt, // gen_ai.prompt.N.*
    GenCompletion, // gen_ai.completion.N.*
    Docs, // retrieval.documents.*
    Params, // gen_ai.request.* (not .model), ai.settings.*
    GroupCount
};

// Length of the prefix of each group (the key minus it is the tail).
size_t groupPrefixLength(Group g, std::string_view key);

// Classifies a key: a Field, or a Group (returned as -(group + 1)), or FieldCount when unknown.
int classify(std::string_view key);

} // namespace spanscope::import::mapping

namespace spanscope::import {

struct AttributeMapper::Slots {
    int idx[mapping::FieldCount];
    const attr::AttributeList *attrs = nullptr;
    std::vector<uint8_t> *consumed = nullptr;

    const attr::Value *get(mapping::Field f) const { return idx[f] >= 0 ? &(*attrs)[size_t(idx[f])].value : nullptr; }
    bool has(mapping::Field f) const { return idx[f] >= 0; }
    void consume(mapping::Field f)
    {
        if (idx[f] >= 0)
            (*consumed)[size_t(idx[f])] = 1;
    }
    // The first present field wins and is consumed; later candidates holding the same value are
    // consumed too (no duplicate raw attribute), different ones stay raw attributes.
    const attr::Value *pick(std::initializer_list<mapping::Field> fields);
};

} // namespace spanscope::import
