#pragma once
// Langfuse files: UI trace downloads ({trace, observations} and {observations, scores}), UI batch
// exports (traces / observations / scores as JSON, JSONL, CSV) and blob-storage exports
// (snake_case JSONL, .gz). Stateless; any thread.

#include <memory>

#include "import/importer.h"

namespace spanscope::import {
std::unique_ptr<Importer> makeLangfuseImporter();
}
