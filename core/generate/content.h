#pragma once
// Word lists and text builders for generated payloads: sentences with real words (so full-text
// search has something to find), some accented and CJK text, workflows with their tools and
// prompts, tool arguments and results as JSON. Pure functions of the Rng; any thread.

#include <cstdint>
#include <string>

#include "generate/gentypes.h"
#include "generate/rng.h"

namespace spanscope::generate {

struct ToolSpec {
    const char *name;
    const char *description;
    const char *argKeys[3]; // nullptr-terminated when fewer
};

struct Workflow {
    const char *name;          // trace name and root agent name
    const char *subAgents[2];  // nested AGENT / CHAIN names
    const char *plannerPrompt; // prompt names used on generations
    const char *answerPrompt;
    ToolSpec tools[4];
    const char *topic[6];      // words that make the workflow's questions recognisable
};

const Workflow &workflow(int index);
int workflowCount();

// Catalogued models (weighted pick) and the made-up ones the catalog does not know.
const ModelInfo &pickModel(Rng &rng);
const ModelInfo &pickUnknownModel(Rng &rng);
const ModelInfo &embeddingModel();

// Appends roughly `chars` bytes of prose (sentences, sometimes paragraphs or a non-ASCII phrase).
void appendProse(Rng &rng, std::string &out, int chars);
std::string prose(Rng &rng, int chars);
// A user question about the workflow's topic.
std::string question(Rng &rng, const Workflow &wf, double scale = 1.0);
// The system prompt text of a prompt name and version (same for every call of that version).
std::string systemPrompt(const Workflow &wf, const char *promptName, int64_t version, double scale = 1.0);

// Tool arguments (a JSON object) and a tool result (a JSON object) of roughly `chars` bytes.
// `scale` (Options::payloadScale) multiplies the length of the prose these functions add.
std::string toolArguments(Rng &rng, const ToolSpec &tool, const Workflow &wf, double scale = 1.0);
std::string toolResult(Rng &rng, const ToolSpec &tool, int chars, double scale = 1.0);
// An error message for a failed observation of the given type.
std::string errorMessage(Rng &rng, const char *type);

// Identity pools.
std::string userName(int index);  // ~50 distinct users
const char *tagName(int index);
int tagCount();

} // namespace spanscope::generate
