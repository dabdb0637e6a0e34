#pragma once
// Turns one Langfuse JSON object (trace, observation or score, camelCase or snake_case) into
// normalised records. Nested "observations"/"scores" arrays of a trace object are delivered too.
// Stateless apart from scratch buffers; one instance per thread.

#include <string>
#include <string_view>
#include <vector>

#include <simdjson.h>

#include "import/importer.h"

namespace spanscope::import::langfuse {

class RecordParser {
public:
    // Parses `text` (followed by >= SIMDJSON_PADDING readable bytes) and delivers records to the
    // sink. Returns an empty string on success, else the reason the record was skipped.
    // With deferNested, a trace object's own "observations"/"scores" arrays are kept for
    // deliverDeferred() instead (a UI download repeats them at the top level).
    std::string parse(std::string_view text, RecordSink &sink, bool deferNested = false);
    // Delivers nested arrays kept by parse(), except the kinds the document also holds at the
    // top level; a bad nested item is reported as a problem.
    void deliverDeferred(RecordSink &sink, bool skipObservations, bool skipScores);
    // Position of the record being parsed, for problems found in nested items.
    void setPosition(const std::string &file, int64_t line, int64_t offset)
    {
        m_file = file;
        m_line = line;
        m_offset = offset;
    }

private:
    struct Deferred {
        bool scores = false; // else observations
        std::string json;
        int64_t line = 0;
        int64_t offset = 0;
    };
    std::string parseObject(simdjson::ondemand::object obj, RecordSink &sink, int nesting, bool deferNested);
    void deliverNested(const std::string &arrayJson, RecordSink &sink, int64_t line, int64_t offset);
    simdjson::ondemand::parser m_parser;
    std::string m_keyBuf;
    std::vector<Deferred> m_deferred;
    std::string m_file;
    int64_t m_line = 0;
    int64_t m_offset = 0;
};

} // namespace spanscope::import::langfuse
