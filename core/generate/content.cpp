#include "generate/content.h"

#include "generate/jsonwriter.h"

namespace spanscope::generate {

namespace {

// clang-format off
const char *const kWords[] = {
    "account", "address", "agent", "analysis", "answer", "api", "approve", "archive", "balance", "batch",
    "billing", "booking", "branch", "browser", "budget", "buffer", "cache", "calendar", "campaign", "cancel",
    "capacity", "carrier", "catalog", "checkout", "claim", "client", "cluster", "column", "commit", "compare",
    "compliance", "config", "contract", "coupon", "coverage", "customer", "dashboard", "database", "dataset", "deadline",
    "delivery", "deploy", "discount", "document", "domain", "draft", "duplicate", "embedding", "endpoint", "error",
    "estimate", "event", "export", "feature", "feedback", "filter", "forecast", "function", "gateway", "graph",
    "guideline", "history", "hotel", "incident", "index", "inventory", "invoice", "itinerary", "journey", "kernel",
    "label", "latency", "ledger", "license", "limit", "linear", "locale", "logistics", "margin", "merchant",
    "metric", "migration", "model", "module", "monitor", "network", "notebook", "notification", "option", "order",
    "package", "parcel", "partner", "payment", "payload", "pipeline", "platform", "policy", "portfolio", "pricing",
    "priority", "product", "profile", "project", "prompt", "query", "queue", "quota", "receipt", "record",
    "refund", "region", "release", "report", "request", "reservation", "resource", "response", "retry", "revenue",
    "review", "risk", "roadmap", "route", "schedule", "schema", "score", "search", "segment", "sensor",
    "server", "service", "session", "settlement", "shipment", "signal", "snapshot", "source", "storage", "subscription",
    "summary", "supplier", "support", "table", "target", "template", "tenant", "test", "threshold", "ticket",
    "timeline", "token", "tracking", "transaction", "transfer", "trend", "upgrade", "usage", "user", "vendor",
    "version", "warehouse", "webhook", "window", "workflow", "workspace",
    "the", "the", "the", "a", "a", "of", "of", "to", "to", "and", "and", "in", "in", "for", "for", "with", "on",
    "is", "is", "was", "are", "this", "that", "we", "you", "it", "should", "can", "will", "not", "please", "after",
    "before", "because", "which", "when", "every", "new", "last", "current", "latest", "missing", "pending",
    "failed", "updated", "quickly", "carefully", "again", "already", "still", "only", "also", "check", "verify",
    "confirm", "explain", "summarize", "update", "create", "delete", "find", "list", "show", "send", "compute",
};
const char *const kPhrases[] = {
    "Café au lait, s'il vous plaît — la réservation est confirmée.",
    "Bitte die Größe und das Gewicht der Lieferung prüfen.",
    "¿Dónde está mi pedido? Lo necesito antes del miércoles.",
    "The naïve résumé parser broke on the façade section.",
    "请帮我查询订单状态，谢谢。",
    "東京の天気はどうですか？明日は雨の予報です。",
    "데이터베이스 연결 오류가 발생했습니다.",
    "Привет! Заказ будет доставлен завтра.",
    "Route: São Paulo → Zürich → Kraków.",
    "Ærø og Øresund er smukke om sommeren.",
    "北京市朝阳区的仓库库存不足。",
    "配送予定日を教えてください。",
    "Crème brûlée à la carte, déjà vu.",
    "Ελέγξτε το τιμολόγιο παρακαλώ.",
};
const char *const kCities[] = {"München", "Zürich", "São Paulo", "Kraków", "東京", "Reykjavík", "Montréal",
                               "Paris", "New York", "Bengaluru", "Lisboa", "上海"};
const char *const kFirst[] = {"maria", "james", "li", "sofia", "noah", "zoë", "liam", "amélie", "mateo", "yuki",
                              "olivia", "björn", "aisha", "lucas", "chloé", "wei", "emma", "søren", "priya",
                              "diego", "hana", "jonas", "fatima", "ethan", "inès"};
const char *const kLast[] = {"garcia", "smith", "wang", "rossi", "müller", "tanaka", "kowalski", "dubois",
                             "silva", "nguyen", "andersen", "okafor"};
const char *const kTags[] = {"production-traffic", "beta", "rag", "tools", "billing", "support", "eval",
                             "experiment-42", "mobile", "web", "priority", "batch"};
// clang-format on

const Workflow kWorkflows[] = {
    {"support-agent", {"order-resolution", "refund-subagent"}, "support-planner", "support-answer",
     {{"lookup_order", "Find an order by id", {"order_id", "include_items", nullptr}},
      {"refund_payment", "Refund a payment", {"payment_id", "amount", "reason"}},
      {"search_kb", "Search the help center", {"query", "top_k", nullptr}},
      {"send_email", "Email the customer", {"to", "subject", "body"}}},
     {"order", "refund", "delivery", "invoice", "parcel", "subscription"}},
    {"research-assistant", {"web-research", "report-writer"}, "research-planner", "research-synthesis",
     {{"web_search", "Search the web", {"query", "max_results", nullptr}},
      {"fetch_url", "Download a page", {"url", nullptr, nullptr}},
      {"summarize_pdf", "Summarize a PDF", {"url", "max_words", nullptr}},
      {"save_note", "Save a research note", {"title", "body", nullptr}}},
     {"market", "trend", "forecast", "report", "competitor", "revenue"}},
    {"sql-copilot", {"schema-explorer", "query-writer"}, "sql-planner", "sql-writer",
     {{"list_tables", "List tables", {"schema", nullptr, nullptr}},
      {"describe_table", "Describe a table", {"table", nullptr, nullptr}},
      {"run_sql", "Run a read-only query", {"sql", "limit", nullptr}},
      {"plot_chart", "Plot a result", {"kind", "column", nullptr}}},
     {"table", "column", "revenue", "schema", "segment", "metric"}},
    {"code-review-bot", {"diff-analyzer", "test-runner"}, "review-planner", "review-comment",
     {{"read_file", "Read a file", {"path", "ref", nullptr}},
      {"run_tests", "Run the test suite", {"target", "timeout_s", nullptr}},
      {"post_comment", "Comment on the pull request", {"path", "line", "body"}},
      {"git_blame", "Blame a line", {"path", "line", nullptr}}},
     {"commit", "branch", "test", "function", "module", "release"}},
    {"travel-planner", {"flight-search", "hotel-booker"}, "travel-planner-system", "travel-itinerary",
     {{"search_flights", "Search flights", {"from", "to", "date"}},
      {"get_weather", "Weather forecast", {"city", "date", nullptr}},
      {"book_hotel", "Book a hotel", {"city", "nights", "guests"}},
      {"currency_convert", "Convert currency", {"amount", "from", "to"}}},
     {"hotel", "booking", "itinerary", "journey", "reservation", "route"}},
    {"rag-qa", {"retrieval-chain", "answer-chain"}, "rag-query-rewrite", "rag-answer",
     {{"search_docs", "Vector search", {"query", "top_k", nullptr}},
      {"rerank", "Rerank passages", {"query", "candidates", nullptr}},
      {"get_document", "Fetch a document", {"doc_id", nullptr, nullptr}},
      {"cite_sources", "Format citations", {"doc_ids", nullptr, nullptr}}},
     {"document", "policy", "guideline", "compliance", "contract", "license"}},
};

// Weighted so the common models dominate, as in real projects.
const ModelInfo kModels[] = {
    {"gpt-4o", "openai", 2.5e-6, 1e-5, 1.25e-6, false, "input_cache_read", true},
    {"gpt-4o-mini", "openai", 1.5e-7, 6e-7, 7.5e-8, false, "input_cache_read", true},
    {"gpt-4.1", "openai", 2e-6, 8e-6, 5e-7, false, "input_cache_read", true},
    {"gpt-4.1-mini", "openai", 4e-7, 1.6e-6, 1e-7, false, "input_cache_read", true},
    {"o4-mini", "openai", 1.1e-6, 4.4e-6, 2.75e-7, true, "input_cache_read", true},
    {"o3-mini", "openai", 1.1e-6, 4.4e-6, 5.5e-7, true, "input_cache_read", true},
    {"gpt-5-mini", "openai", 2.5e-7, 2e-6, 2.5e-8, true, "input_cache_read", true},
    {"claude-sonnet-4-5-20250929", "anthropic", 3e-6, 1.5e-5, 3e-7, false, "input_cache_read", true},
    {"claude-3-5-haiku-20241022", "anthropic", 8e-7, 4e-6, 8e-8, false, "input_cache_read", true},
    {"claude-haiku-4-5-20251001", "anthropic", 1e-6, 5e-6, 1e-7, false, "input_cache_read", true},
    {"gemini-2.5-flash", "google", 3e-7, 2.5e-6, 3e-8, true, "input_cached_tokens", true},
    {"gemini-2.5-pro", "google", 1.25e-6, 1e-5, 1.25e-7, true, "input_cached_tokens", true},
};
const int kModelWeights[] = {18, 22, 10, 8, 6, 3, 5, 12, 4, 5, 5, 2};
const ModelInfo kUnknownModels[] = {
    {"acme-llm-7b-internal", "acme", 0, 0, 0, false, "input_cache_read", false},
    {"local-finetune-qwen-v3", "self-hosted", 0, 0, 0, false, "input_cache_read", false},
};
const ModelInfo kEmbedding = {"text-embedding-3-small", "openai", 2e-8, 0, 0, false, "input_cache_read", true};

void appendWord(Rng &rng, std::string &out, bool capital)
{
    const char *w = rng.pick(kWords);
    if (capital && *w >= 'a' && *w <= 'z') {
        out += char(*w - 32);
        out += w + 1;
    } else {
        out += w;
    }
}

void appendSentence(Rng &rng, std::string &out)
{
    if (rng.chance(0.06)) {
        out += rng.pick(kPhrases);
        return;
    }
    const int n = int(rng.range(5, 16));
    for (int i = 0; i < n; ++i) {
        if (i)
            out += (i == n / 2 && rng.chance(0.2)) ? ", " : " ";
        appendWord(rng, out, i == 0);
    }
    out += rng.chance(0.12) ? '?' : '.';
}

std::string hexId(Rng &rng, int digits)
{
    static const char hex[] = "0123456789abcdef";
    std::string s;
    for (int i = 0; i < digits; ++i)
        s += hex[rng.below(16)];
    return s;
}

std::string isoDate(Rng &rng)
{
    std::string d = "2026-0";
    d += char('1' + rng.below(3));
    d += '-';
    const int day = int(rng.range(1, 28));
    d += char('0' + day / 10);
    d += char('0' + day % 10);
    return d;
}

} // namespace

const Workflow &workflow(int index) { return kWorkflows[index]; }
int workflowCount() { return int(std::size(kWorkflows)); }

const ModelInfo &pickModel(Rng &rng)
{
    int total = 0;
    for (int w : kModelWeights)
        total += w;
    int r = int(rng.below(uint64_t(total)));
    for (size_t i = 0; i < std::size(kModels); ++i) {
        if (r < kModelWeights[i])
            return kModels[i];
        r -= kModelWeights[i];
    }
    return kModels[0];
}

const ModelInfo &pickUnknownModel(Rng &rng) { return rng.pick(kUnknownModels); }
const ModelInfo &embeddingModel() { return kEmbedding; }

void appendProse(Rng &rng, std::string &out, int chars)
{
    const size_t target = out.size() + size_t(chars > 0 ? chars : 0);
    bool first = true;
    while (out.size() < target) {
        if (!first)
            out += rng.chance(0.15) ? "\n\n" : " ";
        appendSentence(rng, out);
        first = false;
    }
}

std::string prose(Rng &rng, int chars)
{
    std::string s;
    s.reserve(size_t(chars) + 80);
    appendProse(rng, s, chars);
    return s;
}

std::string question(Rng &rng, const Workflow &wf, double scale)
{
    static const char *const openers[] = {"Can you check the", "Why is my", "Please summarize the",
                                          "How do I update the", "What happened to the", "Find the latest",
                                          "Compare the", "Explain the"};
    std::string q = rng.pick(openers);
    q += ' ';
    q += wf.topic[rng.below(6)];
    q += ' ';
    q += rng.pick(kWords);
    q += " for ";
    q += rng.chance(0.3) ? rng.pick(kCities) : wf.topic[rng.below(6)];
    q += "? ";
    appendProse(rng, q, int(double(rng.range(60, 420)) * scale));
    return q;
}

std::string systemPrompt(const Workflow &wf, const char *promptName, int64_t version, double scale)
{
    // Seeded by name and version only: every call of one prompt version shares the text.
    uint64_t h = 1469598103934665603ULL;
    for (const char *p = promptName; *p; ++p)
        h = (h ^ uint64_t(static_cast<unsigned char>(*p))) * 1099511628211ULL;
    Rng rng(h ^ uint64_t(version) * 0x9e3779b97f4a7c15ULL);
    std::string s = "You are the ";
    s += wf.name;
    s += " (prompt ";
    s += promptName;
    s += " v";
    s += char('0' + version);
    s += "). Follow the guideline: ";
    appendProse(rng, s, int(double(180 + 60 * version) * scale));
    s += " Tools available: ";
    for (int i = 0; i < 4; ++i) {
        if (i)
            s += ", ";
        s += wf.tools[i].name;
    }
    s += '.';
    return s;
}

std::string toolArguments(Rng &rng, const ToolSpec &tool, const Workflow &wf, double scale)
{
    std::string out;
    JsonWriter w(out);
    w.beginObject();
    for (const char *k : tool.argKeys) {
        if (!k)
            break;
        const std::string_view key(k);
        w.key(key);
        if (key == "query" || key == "reason" || key == "subject" || key == "title") {
            std::string q = wf.topic[rng.below(6)];
            q += ' ';
            q += rng.pick(kWords);
            q += ' ';
            q += rng.pick(kWords);
            w.string(q);
        } else if (key == "body") {
            w.string(prose(rng, int(double(rng.range(80, 300)) * scale)));
        } else if (key == "top_k" || key == "max_results" || key == "limit" || key == "nights"
                   || key == "guests" || key == "line" || key == "max_words" || key == "timeout_s") {
            w.integer(rng.range(1, 50));
        } else if (key == "amount") {
            w.number(double(rng.range(500, 250000)) / 100.0);
        } else if (key == "include_items") {
            w.boolean(rng.chance(0.5));
        } else if (key == "city" || key == "from" || key == "to") {
            w.string(rng.pick(kCities));
        } else if (key == "date") {
            w.string(isoDate(rng));
        } else if (key == "sql") {
            std::string sql = "SELECT ";
            sql += rng.pick(kWords);
            sql += ", sum(";
            sql += rng.pick(kWords);
            sql += ") AS total FROM ";
            sql += wf.topic[rng.below(6)];
            sql += "s WHERE created_at >= '";
            sql += isoDate(rng);
            sql += "' GROUP BY 1 ORDER BY total DESC";
            w.string(sql);
        } else if (key == "url") {
            std::string u = "https://docs.example.com/";
            u += wf.topic[rng.below(6)];
            u += '/';
            u += hexId(rng, 8);
            w.string(u);
        } else if (key == "path") {
            std::string p = "src/";
            p += rng.pick(kWords);
            p += '/';
            p += rng.pick(kWords);
            p += ".cpp";
            w.string(p);
        } else if (key == "candidates" || key == "doc_ids") {
            w.beginArray();
            for (int i = 0, n = int(rng.range(2, 6)); i < n; ++i)
                w.string("doc-" + hexId(rng, 6));
            w.endArray();
        } else {
            std::string v = std::string(k) + "-" + hexId(rng, 6);
            w.string(v);
        }
    }
    w.endObject();
    return out;
}

std::string toolResult(Rng &rng, const ToolSpec &tool, int chars, double scale)
{
    std::string out;
    out.reserve(size_t(chars) + 200);
    JsonWriter w(out);
    w.beginObject().field("status", "ok").field("tool", tool.name);
    w.key("results").beginArray();
    const size_t target = size_t(chars);
    int i = 0;
    do {
        w.beginObject();
        w.field("id", "rec-" + hexId(rng, 8));
        w.fieldNumber("score", double(rng.range(200, 999)) / 1000.0);
        std::string title;
        appendWord(rng, title, true);
        title += ' ';
        appendWord(rng, title, false);
        w.field("title", title);
        w.field("snippet", prose(rng, int(double(rng.range(80, 240)) * scale)));
        w.endObject();
        ++i;
    } while (out.size() < target && i < 12);
    w.endArray();
    w.fieldInt("count", i);
    w.endObject();
    return out;
}

std::string errorMessage(Rng &rng, const char *type)
{
    const std::string_view t(type);
    if (t == "GENERATION") {
        static const char *const m[] = {
            "RateLimitError: 429 Too Many Requests: rate limit reached for requests per minute",
            "APITimeoutError: request timed out after 60s",
            "BadRequestError: 400 context_length_exceeded: the prompt is too long for this model",
            "InternalServerError: 500 upstream provider error, please retry",
            "ContentFilterError: the response was filtered by the provider's safety system"};
        return rng.pick(m);
    }
    if (t == "TOOL") {
        static const char *const m[] = {"ToolTimeout: tool did not answer within 30s",
                                        "HTTPError: 503 Service Unavailable from upstream",
                                        "ValidationError: argument 'order_id' does not match ^ORD-[0-9]+$",
                                        "PermissionDenied: the API key lacks scope 'write'",
                                        "KeyError: 'results' missing in tool response"};
        return rng.pick(m);
    }
    static const char *const m[] = {"AgentError: maximum number of iterations (10) reached",
                                    "OutputParserException: could not parse the model output as JSON",
                                    "RetrievalError: vector index unavailable",
                                    "CancelledError: the run was cancelled by the user"};
    return rng.pick(m);
}

std::string userName(int index)
{
    const int nf = int(std::size(kFirst)), nl = int(std::size(kLast));
    std::string s = kFirst[index % nf];
    s += '.';
    s += kLast[(index * 7 + index / nf) % nl];
    return s;
}

const char *tagName(int index) { return kTags[index]; }
int tagCount() { return int(std::size(kTags)); }

} // namespace spanscope::generate
