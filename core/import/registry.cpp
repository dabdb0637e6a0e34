#include "import/registry.h"

#include <simdjson.h>

#include "import/langfuse/langfuseimporter.h"
#include "import/langfuse/langfuseprompt.h"
#include "import/otlp/otlpimporter.h"

namespace spanscope::import {

Registry::Registry()
{
    m_importers.push_back(makeLangfuseImporter());
    m_importers.push_back(makeOtlpJsonImporter());
    m_importers.push_back(makeLangfusePromptImporter());
}

const Registry &Registry::instance()
{
    static const Registry registry;
    return registry;
}

const Importer *Registry::byId(std::string_view id) const
{
    for (const auto &imp : m_importers)
        if (id == imp->id())
            return imp.get();
    return nullptr;
}

const Importer *Registry::sniff(const SniffInput &in) const
{
    const Importer *best = nullptr;
    int bestScore = 0;
    for (const auto &imp : m_importers) {
        const int s = imp->sniff(in);
        if (s > bestScore) {
            best = imp.get();
            bestScore = s;
        }
    }
    return best;
}

SniffInput Registry::makeSniffInput(std::string_view head)
{
    SniffInput in;
    in.head = head;
    size_t i = 0;
    if (head.substr(0, 3) == "\xEF\xBB\xBF")
        i = 3;
    while (i < head.size() && (head[i] == ' ' || head[i] == '\n' || head[i] == '\r' || head[i] == '\t'))
        ++i;
    in.firstChar = i < head.size() ? head[i] : 0;
    if (in.firstChar == '{') {
        // JSON Lines: the first line is a complete JSON value and another line follows.
        const size_t nl = head.find('\n', i);
        if (nl != std::string_view::npos) {
            std::string_view first = head.substr(i, nl - i);
            simdjson::dom::parser parser;
            simdjson::padded_string padded(first);
            simdjson::dom::element e;
            if (parser.parse(padded).get(e) == simdjson::SUCCESS) {
                in.jsonLines = true;
            }
        } else if (head.size() < 64 * 1024) {
            // A single line file: one record, read as JSON Lines too.
            in.jsonLines = false;
        }
    }
    return in;
}

} // namespace spanscope::import
