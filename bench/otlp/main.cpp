// bench_otlp_parse [MB] [file]: writes a deterministic OTLP JSON Lines file of about MB
// megabytes (collector-style batches of 256 spans with GenAI attributes and events), then
// reads it with the otlp-json importer into a sink that only counts. Prints spans/s and MB/s.

#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>

#include <QCoreApplication>
#include <QFileInfo>
#include <QLoggingCategory>

#include "import/common/inputstream.h"
#include "import/registry.h"

using namespace spanscope;

namespace {

class CountingSink final : public import::RecordSink {
public:
    int64_t traces = 0, observations = 0, scores = 0, attributes = 0, problems = 0, payloadBytes = 0;
    void trace(TraceRecord &&) override { ++traces; }
    void observation(ObservationRecord &&o) override
    {
        ++observations;
        payloadBytes
            += int64_t(o.inputJson ? o.inputJson->size() : 0) + int64_t(o.outputJson ? o.outputJson->size() : 0);
    }
    void score(ScoreRecord &&) override { ++scores; }
    void attribute(AttributeRecord &&) override { ++attributes; }
    void prompt(PromptRecord &&) override { }
    void problem(ImportProblem &&) override { ++problems; }
};

uint64_t rng(uint64_t &s)
{
    s ^= s << 13;
    s ^= s >> 7;
    s ^= s << 17;
    return s;
}

std::string hex(uint64_t v, int digits)
{
    static const char h[] = "0123456789abcdef";
    std::string out(size_t(digits), '0');
    for (int i = digits - 1; i >= 0; --i, v >>= 4)
        out[size_t(i)] = h[v & 15];
    return out;
}

void kv(std::string &o, const char *k, const std::string &strValue)
{
    o += "{\"key\":\"";
    o += k;
    o += "\",\"value\":{\"stringValue\":\"";
    o += strValue;
    o += "\"}},";
}
void kvInt(std::string &o, const char *k, uint64_t v)
{
    o += "{\"key\":\"";
    o += k;
    o += "\",\"value\":{\"intValue\":\"";
    o += std::to_string(v);
    o += "\"}},";
}

int64_t generate(const std::string &path, int64_t targetBytes)
{
    std::ofstream out(path, std::ios::binary);
    uint64_t seed = 0x9E3779B97F4A7C15ULL;
    int64_t written = 0, spans = 0;
    int64_t t0 = 1767225600000000000LL;
    std::string line;
    while (written < targetBytes) {
        line.clear();
        line += "{\"resourceSpans\":[{\"resource\":{\"attributes\":[{\"key\":\"service.name\",\"value\":{"
                "\"stringValue\":"
                "\"agent-svc\"}},{\"key\":\"deployment.environment.name\",\"value\":{\"stringValue\":\"prod\"}}]},"
                "\"scopeSpans\":[{\"scope\":{\"name\":\"opentelemetry.instrumentation.openai_v2\",\"version\":\"2."
                "1b0\"},"
                "\"spans\":[";
        for (int s = 0; s < 256; ++s) {
            const uint64_t tr = rng(seed);
            const std::string traceId = hex(tr, 16) + hex(tr * 31, 16);
            const bool llm = s % 3 != 0;
            const int64_t start = t0 + int64_t(rng(seed) % 1000000000);
            const int64_t end = start + int64_t(rng(seed) % 5000000000);
            if (s)
                line += ',';
            line += "{\"traceId\":\"" + traceId + "\",\"spanId\":\"" + hex(rng(seed), 16) + "\",\"parentSpanId\":\""
                + hex(rng(seed), 16) + "\",\"name\":\"" + (llm ? "chat gpt-4o" : "execute_tool search")
                + "\",\"kind\":" + (llm ? "3" : "1") + ",\"startTimeUnixNano\":\"" + std::to_string(start)
                + "\",\"endTimeUnixNano\":\"" + std::to_string(end) + "\",\"attributes\":[";
            if (llm) {
                kv(line, "gen_ai.operation.name", "chat");
                kv(line, "gen_ai.provider.name", "openai");
                kv(line, "gen_ai.request.model", "gpt-4o");
                kv(line, "gen_ai.response.model", "gpt-4o-2024-08-06");
                kvInt(line, "gen_ai.usage.input_tokens", rng(seed) % 4000);
                kvInt(line, "gen_ai.usage.output_tokens", rng(seed) % 800);
                kvInt(line, "gen_ai.usage.cache_read.input_tokens", rng(seed) % 500);
                line += "{\"key\":\"gen_ai.request.temperature\",\"value\":{\"doubleValue\":0.7}},";
                kv(line, "gen_ai.input.messages",
                    "[{\\\"role\\\":\\\"system\\\",\\\"parts\\\":[{\\\"type\\\":\\\"text\\\",\\\"content\\\":\\\"You "
                    "are a "
                    "helpful travel assistant. Answer briefly and cite "
                    "sources.\\\"}]},{\\\"role\\\":\\\"user\\\",\\\"parts\\\":"
                    "[{\\\"type\\\":\\\"text\\\",\\\"content\\\":\\\"What is the weather in Paris tomorrow and should "
                    "I pack an "
                    "umbrella?\\\"}]}]");
                kv(line, "gen_ai.output.messages",
                    "[{\\\"role\\\":\\\"assistant\\\",\\\"parts\\\":[{\\\"type\\\":\\\"text\\\",\\\"content\\\":"
                    "\\\"Tomorrow in "
                    "Paris: light rain, 14 degrees. Yes, pack an umbrella.\\\"}],\\\"finish_reason\\\":\\\"stop\\\"}]");
                kv(line, "gen_ai.response.id", "chatcmpl-" + hex(rng(seed), 16));
                kv(line, "gen_ai.conversation.id", "conv-" + std::to_string(rng(seed) % 10000));
            } else {
                kv(line, "gen_ai.operation.name", "execute_tool");
                kv(line, "gen_ai.tool.name", "web_search");
                kv(line, "gen_ai.tool.call.arguments", "{\\\"query\\\":\\\"paris weather tomorrow\\\"}");
                kvInt(line, "http.status_code", 200);
            }
            line.pop_back();
            line += "],\"events\":[{\"timeUnixNano\":\"" + std::to_string(start + 1000)
                + "\",\"name\":\"retry\",\"attributes\":[{\"key\":\"attempt\",\"value\":{\"intValue\":\"1\"}}]}],"
                  "\"status\":{\"code\":"
                + (s % 50 == 0 ? "2,\"message\":\"boom\"" : std::string("0")) + "}}";
            ++spans;
        }
        line += "]}]}]}\n";
        out.write(line.data(), std::streamsize(line.size()));
        written += int64_t(line.size());
        t0 += 1000000000LL;
    }
    return spans;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("spanscope.*.debug=false"));
    const int64_t mb = argc > 1 ? std::atoll(argv[1]) : 120;
    const std::string path = argc > 2 ? argv[2] : "/tmp/spanscope-bench-otlp.jsonl";
    const int64_t spans = generate(path, mb * 1000 * 1000);
    const double bytes = double(QFileInfo(QString::fromStdString(path)).size());

    const import::Importer *imp = import::Registry::instance().byId("otlp-json");
    for (int run = 0; run < 3; ++run) {
        import::InputStream in;
        if (!in.open(QString::fromStdString(path))) {
            std::fprintf(stderr, "cannot open %s\n", path.c_str());
            return 2;
        }
        CountingSink sink;
        import::ReadContext ctx;
        ctx.fileName = path;
        const auto t = std::chrono::steady_clock::now();
        const import::ReadResult r = imp->read(in, sink, ctx);
        const double sec = std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
        std::printf("run %d: %lld spans, %lld observations (spans + events), %lld attributes, %lld problems, "
                    "outcome %d\n        %.2f s  %.0f spans/s  %.1f MB/s  (%.1f MB)\n",
            run, (long long)spans, (long long)sink.observations, (long long)sink.attributes, (long long)sink.problems,
            int(r.outcome), sec, double(spans) / sec, bytes / 1e6 / sec, bytes / 1e6);
    }
    return 0;
}
