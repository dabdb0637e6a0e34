#pragma once
// A local Langfuse public-API server for the sync tests and benchmark: an HTTP server on
// 127.0.0.1 with a random port in its own thread, filled from Langfuse JSONL (the generator's
// output), UI trace downloads (fixtures) or by hand, serving the list endpoints as the OpenAPI
// spec defines them (page and cursor paging, time windows, filters) with injectable faults.
// Header-only (each test executable compiles alone). Thread-safe: handlers lock the data.

#include <algorithm>
#include <atomic>
#include <chrono>
#include <fstream>
#include <functional>
#include <map>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include <QByteArray>
#include <QString>

#include "import/common/jsonutil.h"
#include "fakelangfuse_http.h"

namespace spanscope::test {

class FakeLangfuse {
public:
    using json = nlohmann::ordered_json;

    struct Faults {
        int rateLimitEvery = 0;        // every Nth authenticated request answers 429
        double retryAfterSeconds = 1;  // Retry-After of those answers
        int errorBurst = 0;            // the next N requests answer errorStatus
        int errorStatus = 500;
        int slowMs = 0;                // delay before every answer
        int truncateNext = 0;          // the next N list answers are cut in half (bad JSON)
        std::string truncatePath;      // only answers of this path ("" = any list)
        int64_t timeoutWindowNs = 0;   // observation lists over a longer window answer 524
        std::set<std::string> missing; // paths answering 404 (e.g. "/api/public/v2/observations")
        bool forbidden = false;        // every authenticated call answers 403
        int shiftAfterTracePages = 0;  // after serving this many trace pages, onShift() runs once
        std::function<void(FakeLangfuse &)> onShift; // called with the data unlocked
    };

    FakeLangfuse(std::string publicKey = "pk-lf-test", std::string secretKey = "sk-lf-test")
        : m_auth("Basic " + QByteArray::fromStdString(publicKey + ":" + secretKey).toBase64().toStdString())
    {
        routes();
        m_port = m_server.bind_to_any_port("127.0.0.1");
        m_thread = std::thread([this] { m_server.listen_after_bind(); });
        for (int i = 0; i < 200 && !m_server.is_running(); ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    ~FakeLangfuse()
    {
        m_server.stop();
        if (m_thread.joinable())
            m_thread.join();
    }

    int port() const { return m_port; }
    QString host() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    int requests() const { return m_requests.load(); }
    int64_t cpuNs() const { return m_server.cpuNs(); }
    int requestsTo(const std::string &path)
    {
        std::lock_guard<std::mutex> l(m_mutex);
        return m_pathCounts[path];
    }
    template<typename F> void withFaults(F f)
    {
        std::lock_guard<std::mutex> l(m_mutex);
        f(m_faults);
    }

    // Items are stored in Langfuse API shape (camelCase, ISO times).
    void addTrace(json t) { lock([&] { m_traces.push_back(std::move(t)); }); }
    void addObservation(json o) { lock([&] { m_observations.push_back(std::move(o)); }); }
    void addScore(json s) { lock([&] { m_scores.push_back(std::move(s)); }); }
    void addScoreConfig(json c) { lock([&] { m_scoreConfigs.push_back(std::move(c)); }); }
    void addPrompt(json p) { lock([&] { m_prompts.push_back(std::move(p)); }); }
    void addModel(json m) { lock([&] { m_models.push_back(std::move(m)); }); }
    size_t traceCount() { std::lock_guard<std::mutex> l(m_mutex); return m_traces.size(); }
    size_t observationCount() { std::lock_guard<std::mutex> l(m_mutex); return m_observations.size(); }
    size_t scoreCount() { std::lock_guard<std::mutex> l(m_mutex); return m_scores.size(); }
    std::vector<json> traces() { std::lock_guard<std::mutex> l(m_mutex); return m_traces; }
    std::vector<json> observations() { std::lock_guard<std::mutex> l(m_mutex); return m_observations; }
    std::vector<json> scores() { std::lock_guard<std::mutex> l(m_mutex); return m_scores; }

    // Langfuse JSONL (generator output): trace, observation and score lines. Prompt objects are
    // made for every prompt name/version the observations reference.
    bool loadJsonl(const QString &path)
    {
        std::ifstream in(path.toStdString());
        if (!in)
            return false;
        std::string line;
        std::set<std::pair<std::string, int64_t>> prompts;
        while (std::getline(in, line)) {
            if (line.empty())
                continue;
            json v = json::parse(line, nullptr, false);
            if (!v.is_object())
                continue;
            if (v.contains("dataType"))
                addScore(v);
            else if (v.contains("traceId")) {
                if (v.value("promptName", json()).is_string() && v.value("promptVersion", json()).is_number_integer())
                    prompts.insert({v["promptName"].get<std::string>(), v["promptVersion"].get<int64_t>()});
                addObservation(v);
            } else
                addTrace(v);
        }
        for (const auto &[name, version] : prompts)
            addPrompt({{"name", name}, {"version", version}, {"type", "text"},
                       {"prompt", "You are " + name + " v" + std::to_string(version) + ". Answer {{question}}."},
                       {"config", json::object()}, {"labels", version == 1 ? json::array({"production"}) : json::array()},
                       {"tags", json::array({"generated"})}, {"createdAt", "2026-01-01T00:00:00.000Z"},
                       {"updatedAt", "2026-01-01T00:00:00.000Z"}});
        return true;
    }

    // A UI trace download {trace, observations}: nested score objects become scores.
    bool loadTraceDownload(const QString &path)
    {
        std::ifstream in(path.toStdString());
        json d = json::parse(in, nullptr, false);
        if (!d.is_object() || !d.contains("trace"))
            return false;
        json t = d["trace"];
        if (t.contains("scores") && t["scores"].is_array())
            for (const json &s : t["scores"])
                if (s.is_object())
                    addScore(s);
        t.erase("scores");
        t.erase("observations");
        addTrace(t);
        for (const json &o : d.value("observations", json::array()))
            addObservation(o);
        return true;
    }

    static int64_t timeNs(const json &v)
    {
        if (!v.is_string())
            return 0;
        return import::json::parseIsoTimeNs(v.get<std::string>()).value_or(0);
    }

private:
    template<typename F> void lock(F f)
    {
        std::lock_guard<std::mutex> l(m_mutex);
        f();
    }

    static int64_t param(const http::Request &req, const char *name, int64_t fallback)
    {
        if (!req.has_param(name))
            return fallback;
        try {
            return std::stoll(req.get_param_value(name));
        } catch (...) {
            return fallback;
        }
    }
    static int64_t timeParam(const http::Request &req, const char *name, int64_t fallback)
    {
        if (!req.has_param(name))
            return fallback;
        return import::json::parseIsoTimeNs(req.get_param_value(name)).value_or(fallback);
    }

    // Shared checks before any authenticated endpoint; true when the request was answered.
    bool gate(const http::Request &req, http::Response &res)
    {
        ++m_requests;
        Faults f;
        int n;
        {
            std::lock_guard<std::mutex> l(m_mutex);
            n = ++m_counter;
            ++m_pathCounts[req.path];
            f = m_faults;
            if (m_faults.errorBurst > 0)
                --m_faults.errorBurst;
        }
        if (f.slowMs > 0)
            std::this_thread::sleep_for(std::chrono::milliseconds(f.slowMs));
        if (req.get_header_value("Authorization") != m_auth) {
            res.status = 401;
            res.set_content(R"({"message":"Invalid credentials"})", "application/json");
            return true;
        }
        if (f.forbidden) {
            res.status = 403;
            res.set_content(R"({"message":"Access denied"})", "application/json");
            return true;
        }
        if (f.errorBurst > 0) {
            res.status = f.errorStatus;
            res.set_content(R"({"message":"Internal Server Error"})", "application/json");
            return true;
        }
        if (f.rateLimitEvery > 0 && n % f.rateLimitEvery == 0) {
            res.status = 429;
            res.set_header("Retry-After", std::to_string(f.retryAfterSeconds));
            res.set_content(R"({"message":"rate limit exceeded"})", "application/json");
            return true;
        }
        if (f.missing.count(req.path)) {
            res.status = 404;
            res.set_content(R"({"message":"Not Found"})", "application/json");
            return true;
        }
        return false;
    }

    void reply(const http::Request &req, http::Response &res, const json &body)
    {
        std::string text = body.dump();
        {
            std::lock_guard<std::mutex> l(m_mutex);
            if (m_faults.truncateNext > 0 && (m_faults.truncatePath.empty() || m_faults.truncatePath == req.path)) {
                --m_faults.truncateNext;
                text.resize(text.size() / 2);
            }
        }
        res.set_content(text, "application/json");
    }

    struct Item {
        int64_t t = 0;
        std::string id;
        const json *j = nullptr;
    };
    using Items = std::vector<const Item *>;
    // Every item with its `timeKey` time, newest first (the API's default order), then by id.
    static std::vector<Item> sortedByTime(const std::vector<json> &items, const char *timeKey)
    {
        std::vector<Item> out;
        out.reserve(items.size());
        for (const json &i : items)
            out.push_back({timeNs(i.value(timeKey, json())), i.value("id", std::string()), &i});
        std::sort(out.begin(), out.end(), [](const Item &a, const Item &b) { return a.t != b.t ? a.t > b.t : a.id > b.id; });
        return out;
    }
    // The sorted order of a stored list, kept until the list grows (items are only appended, and
    // an append may move them). Sorting per request made the server the benchmark's bottleneck.
    struct SortedCache {
        size_t size = size_t(-1);
        std::vector<Item> items;
    };
    static const std::vector<Item> &sortedByTime(const std::vector<json> &items, const char *timeKey, SortedCache &cache)
    {
        if (cache.size != items.size()) {
            cache.items = sortedByTime(items, timeKey);
            cache.size = items.size();
        }
        return cache.items;
    }
    // Items of `sorted` in [from, to) that `keep` accepts, in the sorted order.
    static Items window(const std::vector<Item> &sorted, int64_t from, int64_t to,
                        const std::function<bool(const json &)> &keep)
    {
        const auto first = std::partition_point(sorted.begin(), sorted.end(), [to](const Item &i) { return i.t >= to; });
        const auto last = std::partition_point(first, sorted.end(), [from](const Item &i) { return i.t >= from; });
        Items out;
        out.reserve(size_t(last - first));
        for (auto it = first; it != last; ++it)
            if (!keep || keep(*it->j))
                out.push_back(&*it);
        return out;
    }

    static json paged(const std::vector<json> &data, const http::Request &req, int64_t total, int64_t limit)
    {
        json meta = {{"page", param(req, "page", 1)}, {"limit", limit}, {"totalItems", total},
                     {"totalPages", limit > 0 ? (total + limit - 1) / limit : 0}};
        return {{"data", data}, {"meta", meta}};
    }

    template<typename Map>
    json pageOf(const Items &all, const http::Request &req, int64_t maxLimit, Map map)
    {
        const int64_t limit = std::clamp<int64_t>(param(req, "limit", 50), 1, maxLimit);
        const int64_t page = std::max<int64_t>(1, param(req, "page", 1));
        std::vector<json> data;
        for (int64_t i = (page - 1) * limit; i < std::min<int64_t>(int64_t(all.size()), page * limit); ++i)
            data.push_back(map(*all[size_t(i)]->j));
        return paged(data, req, int64_t(all.size()), limit);
    }

    // A list without time order (models, score configs, prompt names), page by page.
    json plainPage(const std::vector<json> &list, const http::Request &req)
    {
        std::vector<Item> items;
        for (const json &x : list)
            items.push_back({0, {}, &x});
        return pageOf(window(items, INT64_MIN, INT64_MAX, nullptr), req, 100, [](const json &x) { return x; });
    }

    // Keyset cursor over (time desc, id desc): the cursor names the last item served.
    template<typename Map>
    json cursorOf(const Items &all, const http::Request &req, int64_t maxLimit, Map map)
    {
        const int64_t limit = std::clamp<int64_t>(param(req, "limit", 50), 1, maxLimit);
        size_t start = 0;
        if (req.has_param("cursor")) {
            const std::string c = QByteArray::fromBase64(QByteArray::fromStdString(req.get_param_value("cursor"))).toStdString();
            const size_t colon = c.find(':');
            const int64_t t = std::stoll(c.substr(0, colon));
            const std::string id = c.substr(colon + 1);
            start = size_t(std::partition_point(all.begin(), all.end(), [&](const Item *i) {
                                return !(i->t < t || (i->t == t && i->id < id));
                            }) - all.begin());
        }
        std::vector<json> data;
        size_t i = start;
        for (; i < all.size() && int64_t(data.size()) < limit; ++i)
            data.push_back(map(*all[i]->j));
        json meta = {{"limit", limit}};
        if (i < all.size() && i > 0) {
            const Item &last = *all[i - 1];
            const std::string c = std::to_string(last.t) + ":" + last.id;
            meta["cursor"] = QByteArray::fromStdString(c).toBase64().toStdString();
        }
        return {{"data", data}, {"meta", meta}};
    }

    static json v3Score(const json &s)
    {
        json out = {{"id", s.value("id", "")}, {"projectId", "proj-fake"}, {"name", s.value("name", "")},
                    {"source", s.value("source", "API")}, {"timestamp", s.value("timestamp", json())},
                    {"environment", s.value("environment", "default")}, {"dataType", s.value("dataType", "NUMERIC")},
                    {"comment", s.value("comment", json())}, {"createdAt", s.value("timestamp", json())},
                    {"updatedAt", s.value("timestamp", json())}};
        const std::string dt = out["dataType"];
        if (dt == "NUMERIC")
            out["value"] = s.value("value", json());
        else if (dt == "BOOLEAN")
            out["value"] = s.value("value", json(0)).is_number() && s["value"].get<double>() != 0;
        else
            out["value"] = s.value("stringValue", json(""));
        const json obs = s.value("observationId", json());
        if (obs.is_string() && !obs.get<std::string>().empty())
            out["subject"] = {{"kind", "observation"}, {"id", obs}, {"traceId", s.value("traceId", json())}};
        else if (s.value("traceId", json()).is_string())
            out["subject"] = {{"kind", "trace"}, {"id", s["traceId"]}};
        else if (s.value("sessionId", json()).is_string())
            out["subject"] = {{"kind", "session"}, {"id", s["sessionId"]}};
        return out;
    }

    std::vector<json> sessionsLocked() const
    {
        std::map<std::string, json> byId;
        for (const json &t : m_traces) {
            const json sid = t.value("sessionId", json());
            if (!sid.is_string() || sid.get<std::string>().empty())
                continue;
            json &s = byId[sid.get<std::string>()];
            if (s.is_null() || timeNs(t.value("timestamp", json())) < timeNs(s["createdAt"]))
                s = {{"id", sid}, {"createdAt", t.value("timestamp", json())}, {"projectId", "proj-fake"},
                     {"environment", t.value("environment", "default")}};
        }
        std::vector<json> out;
        for (auto &[id, s] : byId)
            out.push_back(s);
        return out;
    }

    void routes()
    {
        using http::Request;
        using http::Response;
        m_server.Get("/api/public/health", [](const Request &, Response &res) {
            res.set_content(R"({"status":"OK","version":"3.99.0-fake"})", "application/json");
        });
        m_server.Get("/api/public/projects", [this](const Request &req, Response &res) {
            if (!gate(req, res))
                reply(req, res, {{"data", {{{"id", "proj-fake"}, {"name", "Fake project"}}}}});
        });
        m_server.Get("/api/public/traces", [this](const Request &req, Response &res) {
            if (gate(req, res))
                return;
            std::vector<std::string> tags;
            for (size_t i = 0; i < req.get_param_value_count("tags"); ++i)
                tags.push_back(req.get_param_value("tags", i));
            const std::string name = req.get_param_value("name"), user = req.get_param_value("userId"),
                              env = req.get_param_value("environment");
            json body;
            bool shift = false;
            {
                std::lock_guard<std::mutex> l(m_mutex);
                auto keep = [&](const json &t) {
                    if (!name.empty() && t.value("name", json()) != name)
                        return false;
                    if (!user.empty() && t.value("userId", json()) != user)
                        return false;
                    if (!env.empty() && t.value("environment", json("default")) != env)
                        return false;
                    for (const std::string &tag : tags) {
                        const json ts = t.value("tags", json::array());
                        if (!ts.is_array() || std::find(ts.begin(), ts.end(), tag) == ts.end())
                            return false;
                    }
                    return true;
                };
                if (m_obsIndexed != m_observations.size()) {
                    m_obsIdsByTrace.clear();
                    for (const json &o : m_observations)
                        m_obsIdsByTrace[o.value("traceId", std::string())].push_back(o["id"]);
                    m_obsIndexed = m_observations.size();
                }
                auto all = window(sortedByTime(m_traces, "timestamp", m_tracesSorted), timeParam(req, "fromTimestamp", 0),
                                  timeParam(req, "toTimestamp", INT64_MAX), keep);
                body = pageOf(all, req, 100, [this](const json &t) {
                    json out = t;
                    json scoreIds = json::array();
                    auto it = m_obsIdsByTrace.find(t.value("id", std::string()));
                    out["observations"] = it != m_obsIdsByTrace.end() ? it->second : json::array();
                    out["scores"] = scoreIds;
                    out["htmlPath"] = "/project/proj-fake/traces/" + t.value("id", std::string());
                    return out;
                });
                if (m_faults.shiftAfterTracePages > 0 && ++m_tracePages == m_faults.shiftAfterTracePages && m_faults.onShift)
                    shift = true;
            }
            reply(req, res, body);
            if (shift)
                m_faults.onShift(*this);
        });
        auto observationsList = [this](const Request &req, Response &res, bool v2) {
            if (gate(req, res))
                return;
            const int64_t from = timeParam(req, "fromStartTime", 0), to = timeParam(req, "toStartTime", INT64_MAX);
            int64_t slowWindow;
            {
                std::lock_guard<std::mutex> l(m_mutex);
                slowWindow = m_faults.timeoutWindowNs;
            }
            if (slowWindow > 0 && to - from > slowWindow) {
                res.status = 524;
                res.set_content(R"({"message":"A timeout occurred"})", "application/json");
                return;
            }
            const std::string user = req.get_param_value("userId"), env = req.get_param_value("environment");
            json body;
            {
                std::lock_guard<std::mutex> l(m_mutex);
                // Like the server, the user filter joins the observation's trace.
                std::set<std::string> userTraces;
                if (!user.empty())
                    for (const json &t : m_traces)
                        if (t.value("userId", json()) == user)
                            userTraces.insert(t.value("id", std::string()));
                auto keep = [&](const json &o) {
                    return (env.empty() || o.value("environment", json("default")) == env)
                        && (user.empty() || userTraces.count(o.value("traceId", std::string())));
                };
                auto all = window(sortedByTime(m_observations, "startTime", m_observationsSorted), from, to, keep);
                if (v2)
                    body = cursorOf(all, req, 1000, [](const json &o) {
                        json out = o;
                        if (out.contains("model")) {
                            out["providedModelName"] = out["model"];
                            out.erase("model");
                        }
                        return out;
                    });
                else
                    body = pageOf(all, req, 100, [](const json &o) { return o; });
            }
            reply(req, res, body);
        };
        m_server.Get("/api/public/v2/observations", [=](const Request &req, Response &res) { observationsList(req, res, true); });
        m_server.Get("/api/public/observations", [=](const Request &req, Response &res) { observationsList(req, res, false); });
        auto scoresList = [this](const Request &req, Response &res, int version) {
            if (gate(req, res))
                return;
            json body;
            {
                std::lock_guard<std::mutex> l(m_mutex);
                auto all = window(sortedByTime(m_scores, "timestamp", m_scoresSorted), timeParam(req, "fromTimestamp", 0),
                                  timeParam(req, "toTimestamp", INT64_MAX), nullptr);
                if (version == 3)
                    body = cursorOf(all, req, 100, [](const json &s) { return v3Score(s); });
                else
                    body = pageOf(all, req, 100, [](const json &s) { return s; });
            }
            reply(req, res, body);
        };
        m_server.Get("/api/public/v3/scores", [=](const Request &req, Response &res) { scoresList(req, res, 3); });
        m_server.Get("/api/public/v2/scores", [=](const Request &req, Response &res) { scoresList(req, res, 2); });
        m_server.Get("/api/public/scores", [=](const Request &req, Response &res) { scoresList(req, res, 1); });
        m_server.Get("/api/public/sessions", [this](const Request &req, Response &res) {
            if (gate(req, res))
                return;
            json body;
            {
                std::lock_guard<std::mutex> l(m_mutex);
                const std::vector<json> sessions = sessionsLocked();
                const std::vector<Item> sorted = sortedByTime(sessions, "createdAt");
                auto all = window(sorted, timeParam(req, "fromTimestamp", 0),
                                  timeParam(req, "toTimestamp", INT64_MAX), nullptr);
                body = pageOf(all, req, 100, [](const json &s) { return s; });
            }
            reply(req, res, body);
        });
        m_server.Get("/api/public/models", [this](const Request &req, Response &res) {
            if (gate(req, res))
                return;
            json body;
            {
                std::lock_guard<std::mutex> l(m_mutex);
                body = plainPage(m_models, req);
            }
            reply(req, res, body);
        });
        m_server.Get("/api/public/score-configs", [this](const Request &req, Response &res) {
            if (gate(req, res))
                return;
            json body;
            {
                std::lock_guard<std::mutex> l(m_mutex);
                body = plainPage(m_scoreConfigs, req);
            }
            reply(req, res, body);
        });
        m_server.Get("/api/public/v2/prompts", [this](const Request &req, Response &res) {
            if (gate(req, res))
                return;
            json body;
            {
                std::lock_guard<std::mutex> l(m_mutex);
                std::map<std::string, json> byName;
                const int64_t since = timeParam(req, "fromUpdatedAt", 0);
                for (const json &p : m_prompts) {
                    if (timeNs(p.value("updatedAt", json())) < since)
                        continue;
                    json &m = byName[p["name"].get<std::string>()];
                    if (m.is_null())
                        m = {{"name", p["name"]}, {"type", p.value("type", "text")}, {"versions", json::array()},
                             {"labels", json::array()}, {"tags", p.value("tags", json::array())},
                             {"lastUpdatedAt", p.value("updatedAt", json())}, {"lastConfig", p.value("config", json())}};
                    m["versions"].push_back(p["version"]);
                }
                std::vector<json> metas;
                for (auto &[n, m] : byName)
                    metas.push_back(m);
                body = plainPage(metas, req);
            }
            reply(req, res, body);
        });
        m_server.Get(R"(/api/public/v2/prompts/(.+))", [this](const Request &req, Response &res) {
            if (gate(req, res))
                return;
            const std::string name = req.matches[1].str();
            const int64_t version = param(req, "version", -1);
            std::lock_guard<std::mutex> l(m_mutex);
            for (const json &p : m_prompts)
                if (p["name"] == name && (version < 0 || p["version"] == version)) {
                    res.set_content(p.dump(), "application/json");
                    return;
                }
            res.status = 404;
            res.set_content(R"({"message":"Prompt not found"})", "application/json");
        });
    }

    http::Server m_server;
    std::thread m_thread;
    int m_port = 0;
    std::string m_auth;
    std::mutex m_mutex;
    Faults m_faults;
    int m_counter = 0;
    int m_tracePages = 0;
    std::map<std::string, int> m_pathCounts;
    std::map<std::string, json> m_obsIdsByTrace;
    size_t m_obsIndexed = size_t(-1);
    SortedCache m_tracesSorted, m_observationsSorted, m_scoresSorted;
    std::atomic<int> m_requests{0};
    std::vector<json> m_traces, m_observations, m_scores, m_prompts, m_models, m_scoreConfigs;
};

} // namespace spanscope::test
