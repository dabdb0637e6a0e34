#pragma once
// Maps a span's attributes and events (GenAI semantic conventions current and deprecated,
// OpenInference, OpenLLMetry/Traceloop, Vercel AI SDK, Langfuse OTel) onto ObservationRecord
// columns, scores and leftover raw attributes. Keeps scratch buffers: one instance per thread.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "import/common/attrrebuild.h"
#include "import/common/attrvalue.h"
#include "model/records.h"

namespace spanscope::import {

class AttributeMapper {
public:
    // What the caller knows besides the attributes (resource level, for OTLP).
    struct Context {
        std::string_view environment; // deployment.environment(.name), fallback
        const attr::AttributeList *extraMetadata = nullptr; // merged into metadata (e.g. service.name)
    };

    struct Result {
        std::vector<ScoreRecord> scores; // gen_ai.evaluation.result events
        std::vector<AttributeRecord> attributes; // everything not mapped to a column
        std::vector<uint8_t> eventConsumed; // 1: the event became a payload or a score
        std::optional<TraceRecord> trace; // langfuse.trace.{input,output,metadata.*}
        void clear();
    };

    // Fills `obs` from the attributes. The caller sets obs.traceId, id, parentId, name, startNs,
    // endNs and the OTel status (level / statusMessage) first; explicit Langfuse level/status
    // attributes override those. `result` is cleared first.
    void map(const attr::AttributeList &attrs, const attr::SpanEvents &events, const Context &ctx,
        ObservationRecord &obs, Result &result);
    void map(const attr::AttributeList &attrs, ObservationRecord &obs, Result &result)
    {
        static const attr::SpanEvents none;
        map(attrs, none, Context(), obs, result);
    }

private:
    struct Slots;
    void mapPayloads(const attr::AttributeList &attrs, const attr::SpanEvents &events, Slots &s, ObservationRecord &obs,
        Result &result);
    void mapEvents(const attr::SpanEvents &events, ObservationRecord &obs, Result &result);
    void mapUsage(const attr::AttributeList &attrs, Slots &s, ObservationRecord &obs);
    void mapMetadata(
        const attr::AttributeList &attrs, Slots &s, const Context &ctx, ObservationRecord &obs, Result &result);
    void mapType(const attr::AttributeList &attrs, Slots &s, ObservationRecord &obs);

    std::vector<uint8_t> m_consumed;
    // Payload candidates found in events (mapEvents), used by mapPayloads when nothing better.
    std::string m_eventInput, m_eventOutput;
    std::vector<size_t> m_eventInputIdx, m_eventOutputIdx;
    std::vector<int> m_groups[10]; // attribute indexes per prefix group (attrslots.h)
    attr::DottedTree m_tree;
    std::string m_scratch;
};

} // namespace spanscope::import
