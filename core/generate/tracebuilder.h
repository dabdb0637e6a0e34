#pragma once
// Builds the generator's traces one by one: tree shape, types, models, tokens, payloads, times,
// users/sessions and scores, all drawn from seeded Rngs so the same options give the same data.
// Call build() with increasing indexes (sessions are assigned in order). One thread.

#include <cstdint>

#include "generate/generator.h"
#include "generate/gentypes.h"
#include "generate/rng.h"

namespace spanscope::generate {

class TraceBuilder {
public:
    explicit TraceBuilder(const Options &options);
    // Fills t (reusing its storage) with trace number `index` (0-based, increasing).
    void build(int64_t index, GenTrace &t);

private:
    struct Ctx;
    int addNode(Ctx &c, int parent, int level, const char *type, std::string name);
    void fill(Ctx &c, int parent, int level, int budget, int mustReach);
    void addContainer(Ctx &c, int parent, int level, int budget, int mustReach);
    void addGeneration(Ctx &c, int parent, int level, bool callsTool);
    void addTool(Ctx &c, int parent, int level, const ToolCall *call);
    void addLeaf(Ctx &c, int parent, int level);
    void placeTimes(Ctx &c);
    void addScores(Ctx &c);
    std::string nextObservationId();
    // A payload length drawn for the default data, times Options::payloadScale.
    int chars(int64_t n) const { return int(double(n) * m_options.payloadScale); }
    std::string nextScoreId();

    Options m_options;
    uint64_t m_salt;
    Rng m_sessionRng;
    int64_t m_sessionCounter = 0;
    int m_sessionLeft = 0;
    int m_sessionUser = -1;
    std::string m_sessionId;
    uint64_t m_observationCounter = 0;
    uint64_t m_scoreCounter = 0;
};

} // namespace spanscope::generate
