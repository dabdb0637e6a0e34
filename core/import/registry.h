#pragma once
// The list of known importers and content sniffing. Immutable after construction; any thread.

#include <memory>
#include <vector>

#include "import/importer.h"

namespace spanscope::import {

class Registry {
public:
    Registry();                                 // registers every built-in format
    static const Registry &instance();
    const std::vector<std::unique_ptr<Importer>> &importers() const { return m_importers; }
    const Importer *byId(std::string_view id) const;
    // Best match for the input, or nullptr.
    const Importer *sniff(const SniffInput &in) const;
    // Builds a SniffInput from the first bytes of a stream.
    static SniffInput makeSniffInput(std::string_view head);

private:
    std::vector<std::unique_ptr<Importer>> m_importers;
};

} // namespace spanscope::import
