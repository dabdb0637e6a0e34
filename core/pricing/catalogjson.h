#pragma once
// Reads Langfuse-format price catalog JSON (bundled file or /api/public/models response) into
// PriceEntry values, and writes tiers back as Langfuse JSON. Pure functions; any thread.

#include <string>
#include <string_view>
#include <vector>

#include <QString>

#include "pricing/pricecatalog.h"

namespace spanscope::pricing::detail {

// Parses a bare array of models or {"data":[...]} into entries (regexes not yet compiled:
// PriceCatalog::addEntry does that). Returns false with *error describing the first problem.
bool parseCatalogJson(std::string_view json, Origin origin, std::vector<PriceEntry> &out, QString *error);

// The tiers as a Langfuse pricingTiers JSON array.
std::string tiersToJson(const std::vector<PriceTier> &tiers);

} // namespace spanscope::pricing::detail
