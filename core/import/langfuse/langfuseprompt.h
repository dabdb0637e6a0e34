#pragma once
// Langfuse prompt objects (the `/api/public/v2/prompts/{name}` response shape): a file with one
// prompt version, a JSON array or `{data: [...]}` list of them, or JSON Lines. Each becomes a
// PromptRecord (name, version, text/chat body, config, labels, tags, created time).
// Stateless; any thread.

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "import/importer.h"

namespace spanscope::import {

std::unique_ptr<Importer> makeLangfusePromptImporter();

namespace langfuse {
// One prompt object's JSON text to a record; on failure nullopt and `error` says why.
// Used by the importer and by the API sync (one response body per version).
std::optional<PromptRecord> parsePromptObject(std::string_view json, std::string &error);
} // namespace langfuse

} // namespace spanscope::import
