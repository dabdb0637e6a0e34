#pragma once
// OTLP JSON files: one ExportTraceServiceRequest per file or one per line (collector file
// exporter), hex or base64 ids, instrumentationLibrarySpans, events, links, status. Stateless.

#include <memory>

#include "import/importer.h"

namespace spanscope::import {
std::unique_ptr<Importer> makeOtlpJsonImporter();
}
