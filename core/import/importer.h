#pragma once
// The reader interface every input format implements, and the sink records flow into.
// An Importer is stateless and may be used from any thread; one read() call runs on one thread.

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include <QString>

#include "model/records.h"

namespace spanscope::import {

class InputStream;

// Where a reader delivers normalised records. Implemented by ImportSession (store) and by
// tests/benchmarks that only count.
class RecordSink {
public:
    virtual ~RecordSink() = default;
    virtual void trace(TraceRecord &&t) = 0;
    virtual void observation(ObservationRecord &&o) = 0;
    virtual void score(ScoreRecord &&s) = 0;
    virtual void attribute(AttributeRecord &&a) = 0;
    virtual void prompt(PromptRecord &&p) = 0;
    // A bad record: skipped, counted and logged with its position. Reading goes on.
    virtual void problem(ImportProblem &&p) = 0;
};

struct ReadContext {
    std::string fileName;                         // for problems and messages
    const std::atomic<bool> *cancel = nullptr;    // cooperative cancel
    bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
};

struct ReadResult {
    enum class Outcome { Ok, Unreadable, Cancelled };
    Outcome outcome = Outcome::Ok;
    QString error;            // for Unreadable: names the file and position
    int64_t records = 0;      // records delivered (traces + observations + scores + prompts)
    static ReadResult unreadable(const QString &e) { return {Outcome::Unreadable, e, 0}; }
};

// What sniffing sees: the first bytes (decompressed) of the input.
struct SniffInput {
    std::string_view head;     // up to 64 KiB
    bool jsonLines = false;    // the first line is a complete JSON value and more lines follow
    char firstChar = 0;        // first non-whitespace byte
};

class Importer {
public:
    virtual ~Importer() = default;
    virtual const char *id() const = 0;       // stable format id, e.g. "langfuse", "otlp-json"
    virtual QString displayName() const = 0;
    // 0 = not this format; higher = more confident. The registry picks the highest.
    virtual int sniff(const SniffInput &in) const = 0;
    // Streams the input into the sink. Returns Unreadable only when the file as a whole cannot
    // be read (the caller then rolls back everything this file wrote).
    virtual ReadResult read(InputStream &in, RecordSink &sink, const ReadContext &ctx) const = 0;
};

} // namespace spanscope::import
