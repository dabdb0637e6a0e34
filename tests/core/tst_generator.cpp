// The deterministic data generator: same options give the same bytes, the Langfuse and OTLP
// files are well-formed trees with the promised content mix, and a generated file imports into
// exactly the counts, costs and unpriced flags the generator reports.

#include <QDateTime>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "generate/generator.h"
#include "import/registry.h"
#include "pricing/pricecatalog.h"
#include "store/database.h"
#include "testsupport.h"

using namespace spanscope;
using nlohmann::json;

namespace {

constexpr int64_t kMsNs = 1000000;
constexpr int64_t kThirtyDaysNs = 30LL * 86400 * 1000 * kMsNs;

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QList<QByteArray> lines(const QByteArray &content)
{
    QList<QByteArray> out = content.split('\n');
    if (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out;
}

int64_t isoNs(const json &v)
{
    const QDateTime dt = QDateTime::fromString(QString::fromStdString(v.get<std::string>()), Qt::ISODateWithMs);
    return dt.isValid() ? dt.toMSecsSinceEpoch() * kMsNs : -1;
}

bool isHex(const std::string &s, size_t len)
{
    if (s.size() != len)
        return false;
    for (char c : s)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
    return true;
}

bool isUuid(const std::string &s)
{
    return s.size() == 36 && s[8] == '-' && s[13] == '-' && s[18] == '-' && s[23] == '-' && s[14] == '4'
        && isHex(s.substr(0, 8) + s.substr(9, 4) + s.substr(15, 3) + s.substr(19, 4) + s.substr(24, 12), 31);
}

// The Langfuse file split by the importer's own classification rule.
struct LangfuseFile {
    std::vector<json> traces, observations, scores;
    QString parseError;
};

LangfuseFile parseLangfuse(const QString &path)
{
    LangfuseFile f;
    const QList<QByteArray> ls = lines(readAll(path));
    for (int i = 0; i < ls.size(); ++i) {
        json j = json::parse(ls[i].constData(), ls[i].constData() + ls[i].size(), nullptr, false);
        if (j.is_discarded() || !j.is_object()) {
            f.parseError = QStringLiteral("line %1 is not a JSON object").arg(i + 1);
            return f;
        }
        if (j.contains("dataType"))
            f.scores.push_back(std::move(j));
        else if (j.contains("traceId") && (j.contains("startTime") || j.contains("type")))
            f.observations.push_back(std::move(j));
        else
            f.traces.push_back(std::move(j));
    }
    return f;
}

generate::Options options(generate::Format format, int64_t traces, int spans, uint64_t seed)
{
    generate::Options o;
    o.format = format;
    o.traces = traces;
    o.spansPerTrace = spans;
    o.seed = seed;
    return o;
}

} // namespace

class TestGenerator : public QObject {
    Q_OBJECT

private slots:
    void sameOptionsGiveIdenticalBytes_data();
    void sameOptionsGiveIdenticalBytes();
    void langfuseFileIsAWellFormedTreeWithTheContentMix();
    void langfuseModelsAreCataloguedExceptTheMadeUpOnes();
    void payloadScaleShortensTheTexts();
    void otlpFileCarriesTheSameTreesAsLangfuse();
    void cliWritesTheSameFileAsTheLibrary();
    void cliRejectsBadOptions();
    void importedLangfuseFileMatchesTheGeneratorsCounts();
    void importedOtlpFileMatchesTheGeneratorsCounts();

private:
    QTemporaryDir m_dir;
};

void TestGenerator::sameOptionsGiveIdenticalBytes_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("langfuse-jsonl") << int(generate::Format::LangfuseJsonl);
    QTest::newRow("otlp-jsonl") << int(generate::Format::OtlpJsonl);
}

void TestGenerator::sameOptionsGiveIdenticalBytes()
{
    QFETCH(int, format);
    const auto fmt = generate::Format(format);
    const QString a = m_dir.filePath(QStringLiteral("a-%1.jsonl").arg(format));
    const QString b = m_dir.filePath(QStringLiteral("b-%1.jsonl").arg(format));
    const QString c = m_dir.filePath(QStringLiteral("c-%1.jsonl").arg(format));
    const generate::Result ra = generate::writeFile(a, options(fmt, 60, 12, 42));
    const generate::Result rb = generate::writeFile(b, options(fmt, 60, 12, 42));
    const generate::Result rc = generate::writeFile(c, options(fmt, 60, 12, 43));
    QVERIFY2(ra.ok && rb.ok && rc.ok, qPrintable(ra.error + rb.error + rc.error));
    const QByteArray ba = readAll(a), bb = readAll(b), bc = readAll(c);
    QVERIFY(ba.size() > 10000);
    QCOMPARE(ra.bytes, int64_t(ba.size()));
    QVERIFY(ba == bb);
    QCOMPARE(ra.observations, rb.observations);
    QVERIFY(ba != bc);
}

// A smaller payload scale gives the same kind of data with shorter texts: 0.25 makes ~1 KB
// observations (the size the import benchmark's targets are stated for) out of ~1.8 KB ones.
void TestGenerator::payloadScaleShortensTheTexts()
{
    const QString full = m_dir.filePath(QStringLiteral("scale-1.jsonl"));
    const QString small = m_dir.filePath(QStringLiteral("scale-025.jsonl"));
    generate::Options opt = options(generate::Format::LangfuseJsonl, 400, 10, 5);
    const generate::Result rf = generate::writeFile(full, opt);
    opt.payloadScale = 0.25;
    const generate::Result rs = generate::writeFile(small, opt);
    QVERIFY2(rf.ok && rs.ok, qPrintable(rf.error + rs.error));
    const double fullPerObservation = double(rf.bytes) / double(rf.observations);
    const double smallPerObservation = double(rs.bytes) / double(rs.observations);
    QVERIFY2(fullPerObservation > 1500 && fullPerObservation < 2200, qPrintable(QString::number(fullPerObservation)));
    QVERIFY2(smallPerObservation > 800 && smallPerObservation < 1250, qPrintable(QString::number(smallPerObservation)));
    // Still a well-formed file of the same shape: 400 traces, ~10 observations each, with scores.
    const LangfuseFile f = parseLangfuse(small);
    QVERIFY2(f.parseError.isEmpty(), qPrintable(f.parseError));
    QCOMPARE(int64_t(f.traces.size()), int64_t(400));
    QCOMPARE(int64_t(f.observations.size()), rs.observations);
    QVERIFY2(rs.observations >= 400 * 8 && rs.observations <= 400 * 12, qPrintable(QString::number(rs.observations)));
    QVERIFY(rs.scores > 0);
}

void TestGenerator::langfuseFileIsAWellFormedTreeWithTheContentMix()
{
    const QString path = m_dir.filePath(QStringLiteral("structure.jsonl"));
    const generate::Options opt = options(generate::Format::LangfuseJsonl, 300, 10, 7);
    const generate::Result r = generate::writeFile(path, opt);
    QVERIFY2(r.ok, qPrintable(r.error));
    const LangfuseFile f = parseLangfuse(path);
    QVERIFY2(f.parseError.isEmpty(), qPrintable(f.parseError));
    QCOMPARE(int64_t(f.traces.size()), r.traces);
    QCOMPARE(r.traces, int64_t(300));
    QCOMPARE(int64_t(f.observations.size()), r.observations);
    QCOMPARE(int64_t(f.scores.size()), r.scores);
    // M observations per trace on average.
    QVERIFY2(r.observations >= 300 * 8 && r.observations <= 300 * 12, qPrintable(QString::number(r.observations)));

    std::set<std::string> traceIds, users, sessions, environments;
    std::map<std::string, std::map<std::string, const json *>> obsByTrace;
    for (const json &t : f.traces) {
        for (const char *k : {"id", "timestamp", "name", "release", "version", "environment", "tags", "input", "output",
                              "metadata"})
            QVERIFY2(t.contains(k) && !t[k].is_null(), k);
        QVERIFY(isHex(t["id"].get<std::string>(), 32));
        QVERIFY(traceIds.insert(t["id"].get<std::string>()).second);
        const int64_t ts = isoNs(t["timestamp"]);
        QVERIFY(ts >= opt.startNs - kMsNs && ts < opt.startNs + kThirtyDaysNs);
        if (t["userId"].is_string())
            users.insert(t["userId"].get<std::string>());
        if (t["sessionId"].is_string())
            sessions.insert(t["sessionId"].get<std::string>());
        environments.insert(t["environment"].get<std::string>());
    }
    QVERIFY2(users.size() > 20 && users.size() <= 50, qPrintable(QString::number(users.size())));
    QVERIFY2(sessions.size() >= 300 / 8 && sessions.size() <= 300 / 3, qPrintable(QString::number(sessions.size())));
    QCOMPARE(environments, (std::set<std::string>{"production", "staging"}));

    std::map<std::string, int> types;
    int errors = 0, generations = 0, withPrompt = 0, withCost = 0, cached = 0, reasoning = 0, nonAscii = 0;
    for (const json &o : f.observations) {
        for (const char *k : {"id", "traceId", "parentObservationId", "type", "name", "startTime", "endTime", "level",
                              "input", "metadata", "environment"})
            QVERIFY2(o.contains(k), k);
        const std::string id = o["id"].get<std::string>();
        QVERIFY(isHex(id, 16));
        const std::string traceId = o["traceId"].get<std::string>();
        QVERIFY2(traceIds.count(traceId), "observation of an unknown trace");
        QVERIFY2(obsByTrace[traceId].emplace(id, &o).second, "duplicate observation id");
        const std::string type = o["type"].get<std::string>();
        ++types[type];
        QVERIFY(isoNs(o["startTime"]) <= isoNs(o["endTime"]));
        if (o["level"] == "ERROR") {
            ++errors;
            QVERIFY(o["statusMessage"].is_string() && !o["statusMessage"].get<std::string>().empty());
        }
        if (type == "GENERATION") {
            ++generations;
            QVERIFY(o["model"].is_string());
            QVERIFY(o["input"].is_array() && o["input"].size() >= 2);
            QVERIFY(o["input"][0]["role"] == "system");
            QVERIFY(o.contains("completionStartTime"));
            const int64_t cs = isoNs(o["completionStartTime"]);
            QVERIFY(cs >= isoNs(o["startTime"]) && cs <= isoNs(o["endTime"]));
            const json &u = o["usageDetails"];
            int64_t in = 0, out = 0;
            for (auto it = u.begin(); it != u.end(); ++it) {
                if (it.key().rfind("input", 0) == 0)
                    in += it.value().get<int64_t>();
                else if (it.key().rfind("output", 0) == 0)
                    out += it.value().get<int64_t>();
            }
            QVERIFY2(in >= 200 && in <= 8000, qPrintable(QString::number(in)));
            QVERIFY(out >= 20);
            QCOMPARE(u["total"].get<int64_t>(), in + out);
            cached += u.contains("input_cache_read") || u.contains("input_cached_tokens");
            reasoning += u.contains("output_reasoning");
            if (o["promptName"].is_string()) {
                ++withPrompt;
                const int64_t v = o["promptVersion"].get<int64_t>();
                QVERIFY(v >= 1 && v <= 5);
            }
            if (o.contains("costDetails")) {
                ++withCost;
                const json &c = o["costDetails"];
                QVERIFY(std::abs(c["total"].get<double>() - c["input"].get<double>() - c["output"].get<double>())
                        < 1e-12);
            }
        }
        const std::string text = o["input"].dump(-1, ' ', false) + o["output"].dump(-1, ' ', false);
        nonAscii += std::any_of(text.begin(), text.end(), [](char ch) { return static_cast<unsigned char>(ch) >= 0x80; });
    }
    for (const char *t : {"GENERATION", "TOOL", "AGENT", "CHAIN", "SPAN", "RETRIEVER", "EMBEDDING", "EVENT"})
        QVERIFY2(types[t] > 0, t);
    const double n = double(f.observations.size());
    QVERIFY2(errors > n * 0.01 && errors < n * 0.06, qPrintable(QString::number(errors)));
    QVERIFY(withPrompt > generations / 2);
    QVERIFY2(withCost > generations / 5 && withCost < generations / 2, qPrintable(QString::number(withCost)));
    QVERIFY(cached > 0 && reasoning > 0);
    QVERIFY(nonAscii > 0);

    // Trees: one root per trace, parents inside the trace, children inside their parent's time
    // range, depth between 2 and 5.
    int maxDepthSeen = 0;
    for (const auto &[traceId, obs] : obsByTrace) {
        int roots = 0;
        for (const auto &[id, o] : obs) {
            const json &p = (*o)["parentObservationId"];
            if (p.is_null()) {
                ++roots;
                continue;
            }
            auto it = obs.find(p.get<std::string>());
            QVERIFY2(it != obs.end(), "parent missing from the trace");
            const json &parent = *it->second;
            QVERIFY(isoNs(parent["startTime"]) < isoNs((*o)["startTime"]));
            QVERIFY(isoNs((*o)["endTime"]) < isoNs(parent["endTime"]));
            int depth = 1;
            for (const json *cur = o; !(*cur)["parentObservationId"].is_null(); ++depth)
                cur = obs.at((*cur)["parentObservationId"].get<std::string>());
            QVERIFY(depth <= 5);
            maxDepthSeen = std::max(maxDepthSeen, depth);
        }
        QCOMPARE(roots, 1);
        QVERIFY(obs.size() >= 2);
    }
    QCOMPARE(maxDepthSeen, 5);

    // Scores on ~60% of traces, all four data types with the value shape each type uses.
    std::map<std::string, int> dataTypes;
    std::set<std::string> scoredTraces, scoreIds;
    for (const json &s : f.scores) {
        for (const char *k : {"id", "traceId", "observationId", "name", "dataType", "value", "stringValue", "source",
                              "comment", "timestamp"})
            QVERIFY2(s.contains(k), k);
        QVERIFY(isUuid(s["id"].get<std::string>()));
        QVERIFY(scoreIds.insert(s["id"].get<std::string>()).second);
        const std::string traceId = s["traceId"].get<std::string>();
        QVERIFY(traceIds.count(traceId));
        if (s["observationId"].is_string())
            QVERIFY(obsByTrace[traceId].count(s["observationId"].get<std::string>()));
        scoredTraces.insert(traceId);
        const std::string dt = s["dataType"].get<std::string>();
        ++dataTypes[dt];
        if (dt == "NUMERIC") {
            QVERIFY(s["value"].get<double>() >= 0 && s["value"].get<double>() <= 1);
        } else if (dt == "BOOLEAN") {
            const double v = s["value"].get<double>();
            QVERIFY(v == 0 || v == 1);
        } else if (dt == "CATEGORICAL") {
            const std::string v = s["stringValue"].get<std::string>();
            QVERIFY(v == "positive" || v == "neutral" || v == "negative");
        } else {
            QCOMPARE(dt, std::string("TEXT"));
            QVERIFY(!s["stringValue"].get<std::string>().empty());
        }
    }
    for (const char *dt : {"NUMERIC", "BOOLEAN", "CATEGORICAL", "TEXT"})
        QVERIFY2(dataTypes[dt] > 0, dt);
    QVERIFY2(scoredTraces.size() > 300 * 0.45 && scoredTraces.size() < 300 * 0.75,
             qPrintable(QString::number(scoredTraces.size())));
}

void TestGenerator::langfuseModelsAreCataloguedExceptTheMadeUpOnes()
{
    const QString path = m_dir.filePath(QStringLiteral("models.jsonl"));
    const generate::Result r = generate::writeFile(path, options(generate::Format::LangfuseJsonl, 600, 10, 11));
    QVERIFY2(r.ok, qPrintable(r.error));
    const LangfuseFile f = parseLangfuse(path);
    const auto catalog = pricing::PriceCatalog::bundled();
    QVERIFY(catalog && !catalog->entries().empty());
    std::map<std::string, int> models;
    int generations = 0;
    for (const json &o : f.observations)
        if (o["type"] == "GENERATION") {
            ++generations;
            ++models[o["model"].get<std::string>()];
        }
    int unknown = 0;
    for (const auto &[model, count] : models) {
        if (!catalog->match(model))
            unknown += count;
    }
    QVERIFY(models.size() >= 8);
    // ~1% of generations use a model no catalog entry matches; all others are priced.
    QVERIFY2(unknown > 0 && unknown < generations * 0.03, qPrintable(QString::number(unknown)));
    for (const char *known : {"gpt-4o", "gpt-4o-mini", "claude-sonnet-4-5-20250929", "gemini-2.5-flash"}) {
        QVERIFY2(models.count(known), known);
        QVERIFY2(catalog->match(known), known);
    }
}

void TestGenerator::otlpFileCarriesTheSameTreesAsLangfuse()
{
    const QString lf = m_dir.filePath(QStringLiteral("same-lf.jsonl"));
    const QString ot = m_dir.filePath(QStringLiteral("same-otlp.jsonl"));
    const generate::Result rl = generate::writeFile(lf, options(generate::Format::LangfuseJsonl, 90, 8, 5));
    const generate::Result ro = generate::writeFile(ot, options(generate::Format::OtlpJsonl, 90, 8, 5));
    QVERIFY(rl.ok && ro.ok);
    QCOMPARE(ro.traces, rl.traces);
    QCOMPARE(ro.observations, rl.observations);
    QCOMPARE(ro.scores, rl.scores);

    const QList<QByteArray> ls = lines(readAll(ot));
    QCOMPARE(ls.size(), 90 / 20 + 1); // ~20 traces per request line
    std::map<std::pair<std::string, std::string>, json> spans;
    std::set<std::string> traces;
    int64_t events = 0, errors = 0, chats = 0;
    for (const QByteArray &line : ls) {
        json req = json::parse(line.constData(), line.constData() + line.size(), nullptr, false);
        QVERIFY(!req.is_discarded());
        for (const json &rs : req["resourceSpans"])
            for (const json &ss : rs["scopeSpans"])
                for (const json &s : ss["spans"]) {
                    QVERIFY(isHex(s["traceId"].get<std::string>(), 32));
                    QVERIFY(isHex(s["spanId"].get<std::string>(), 16));
                    QVERIFY(s["startTimeUnixNano"].is_string() && s["endTimeUnixNano"].is_string());
                    traces.insert(s["traceId"].get<std::string>());
                    events += int64_t(s["events"].size());
                    for (const json &e : s["events"])
                        QVERIFY(e["name"] == "gen_ai.evaluation.result");
                    if (s["status"].value("code", 0) == 2)
                        ++errors;
                    std::map<std::string, json> attrs;
                    for (const json &a : s["attributes"])
                        attrs[a["key"].get<std::string>()] = a["value"];
                    if (attrs.count("gen_ai.operation.name") && attrs["gen_ai.operation.name"]["stringValue"] == "chat") {
                        ++chats;
                        for (const char *k : {"gen_ai.request.model", "gen_ai.provider.name", "gen_ai.usage.input_tokens",
                                              "gen_ai.usage.output_tokens", "gen_ai.input.messages",
                                              "gen_ai.output.messages"})
                            QVERIFY2(attrs.count(k), k);
                        const json msgs = json::parse(attrs["gen_ai.input.messages"]["stringValue"].get<std::string>());
                        QVERIFY(msgs.is_array() && msgs.size() >= 2);
                    }
                    QVERIFY(spans.emplace(std::make_pair(s["traceId"].get<std::string>(), s["spanId"].get<std::string>()), s)
                                .second);
                }
    }
    QCOMPARE(int64_t(spans.size()), ro.observations);
    QCOMPARE(int64_t(traces.size()), ro.traces);
    QCOMPARE(events, ro.scores);
    QVERIFY(errors > 0 && chats > 0);
    for (const auto &[key, s] : spans) {
        const std::string parent = s["parentSpanId"].get<std::string>();
        if (parent.empty())
            continue;
        auto it = spans.find({key.first, parent});
        QVERIFY2(it != spans.end(), "parent span missing");
        const json &p = it->second;
        QVERIFY(std::stoll(p["startTimeUnixNano"].get<std::string>()) < std::stoll(s["startTimeUnixNano"].get<std::string>()));
        QVERIFY(std::stoll(s["endTimeUnixNano"].get<std::string>()) < std::stoll(p["endTimeUnixNano"].get<std::string>()));
    }

    // Same seed: the Langfuse file holds exactly the same trace and observation ids.
    const LangfuseFile f = parseLangfuse(lf);
    std::set<std::pair<std::string, std::string>> lfIds;
    for (const json &o : f.observations)
        lfIds.insert({o["traceId"].get<std::string>(), o["id"].get<std::string>()});
    std::set<std::pair<std::string, std::string>> otIds;
    for (const auto &[key, s] : spans)
        otIds.insert(key);
    QVERIFY(lfIds == otIds);
}

void TestGenerator::cliWritesTheSameFileAsTheLibrary()
{
    const QString viaCli = m_dir.filePath(QStringLiteral("cli.jsonl"));
    const QString viaLib = m_dir.filePath(QStringLiteral("lib.jsonl"));
    const test::CliResult r = test::runCli({QStringLiteral("generate"), QStringLiteral("--format"),
                                            QStringLiteral("otlp-jsonl"), QStringLiteral("--traces"),
                                            QStringLiteral("25"), QStringLiteral("--spans-per-trace"),
                                            QStringLiteral("6"), QStringLiteral("--seed"), QStringLiteral("99"),
                                            QStringLiteral("--out"), viaCli});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const generate::Result lib = generate::writeFile(viaLib, options(generate::Format::OtlpJsonl, 25, 6, 99));
    QVERIFY(lib.ok);
    QVERIFY(readAll(viaCli) == readAll(viaLib));
    QVERIFY(r.out.contains("25 traces"));
    QVERIFY(r.out.contains(QByteArray(QByteArray::number(qint64(lib.observations)) + " observations")));
}

void TestGenerator::cliRejectsBadOptions()
{
    const QString out = m_dir.filePath(QStringLiteral("bad.jsonl"));
    const test::CliResult badFormat = test::runCli(
        {QStringLiteral("generate"), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), out});
    QCOMPARE(badFormat.exitCode, 1);
    QVERIFY(badFormat.err.contains("unknown format"));
    const test::CliResult badCount = test::runCli(
        {QStringLiteral("generate"), QStringLiteral("--traces"), QStringLiteral("0"), QStringLiteral("--out"), out});
    QCOMPARE(badCount.exitCode, 1);
    const test::CliResult noOut = test::runCli({QStringLiteral("generate"), QStringLiteral("--traces"), QStringLiteral("3")});
    QCOMPARE(noOut.exitCode, 1);
    QVERIFY(!QFile::exists(out));
    const test::CliResult unwritable = test::runCli({QStringLiteral("generate"), QStringLiteral("--out"),
                                                     m_dir.filePath(QStringLiteral("no/such/dir/x.jsonl"))});
    QCOMPARE(unwritable.exitCode, 2);
}

void TestGenerator::importedLangfuseFileMatchesTheGeneratorsCounts()
{
    const QString file = m_dir.filePath(QStringLiteral("roundtrip.jsonl"));
    const QString dbPath = m_dir.filePath(QStringLiteral("roundtrip.db"));
    const generate::Result r = generate::writeFile(file, options(generate::Format::LangfuseJsonl, 200, 10, 2026));
    QVERIFY2(r.ok, qPrintable(r.error));
    const test::CliResult cli = test::runCli({QStringLiteral("import"), QStringLiteral("--db"), dbPath, file});
    QVERIFY2(cli.exitCode == 0, cli.err.constData());

    // What the file says, to compare with what landed.
    const LangfuseFile f = parseLangfuse(file);
    const auto catalog = pricing::PriceCatalog::bundled();
    int64_t cataloguedGenerations = 0, madeUp = 0, provided = 0;
    double providedTotal = 0;
    for (const json &o : f.observations) {
        if (o["type"] != "GENERATION")
            continue;
        if (catalog->match(o["model"].get<std::string>()))
            ++cataloguedGenerations;
        else
            ++madeUp;
        if (o.contains("costDetails")) {
            ++provided;
            providedTotal += o["costDetails"]["total"].get<double>();
        }
    }
    QVERIFY(madeUp > 0);

    store::Database db;
    QVERIFY(db.open(dbPath));
    QCOMPARE(test::count(db, QStringLiteral("traces")), qint64(r.traces));
    QCOMPARE(test::count(db, QStringLiteral("observations")), qint64(r.observations));
    QCOMPARE(test::count(db, QStringLiteral("scores")), qint64(r.scores));
    QCOMPARE(test::count(db, QStringLiteral("import_log")), qint64(0));
    // Every generation with a catalog model has a computed cost; the made-up models are unpriced.
    QCOMPARE(test::count(db, QStringLiteral("observations"),
                         QStringLiteral("type = 'GENERATION' AND cost_computed IS NOT NULL AND unpriced = 0")),
             qint64(cataloguedGenerations));
    QCOMPARE(test::count(db, QStringLiteral("observations"), QStringLiteral("type = 'GENERATION' AND unpriced = 1")),
             qint64(madeUp));
    QCOMPARE(test::count(db, QStringLiteral("observations"),
                         QStringLiteral("model IN ('acme-llm-7b-internal', 'local-finetune-qwen-v3') AND unpriced = 1 "
                                        "AND cost_computed IS NULL")),
             qint64(madeUp));
    // Every usage key the generator emits has a price in the model's catalog entry.
    QCOMPARE(test::count(db, QStringLiteral("observations o, json_each(o.usage_details) u"),
                         QStringLiteral("o.type = 'GENERATION' AND o.unpriced = 0 AND u.key <> 'total' AND "
                                        "json_extract(o.cost_computed_details, '$.\"' || u.key || '\"') IS NULL")),
             qint64(0));
    QCOMPARE(test::count(db, QStringLiteral("observations"), QStringLiteral("cost_provided IS NOT NULL")),
             qint64(provided));
    QVERIFY(std::abs(test::scalar(db, QStringLiteral("SELECT sum(cost_provided) FROM observations")).toDouble()
                     - providedTotal) < 1e-9);
    // The trees arrive intact: no repair flags, depth up to 4 below the root.
    QCOMPARE(test::count(db, QStringLiteral("observations"), QStringLiteral("flags <> 0")), qint64(0));
    QCOMPARE(test::count(db, QStringLiteral("observations"), QStringLiteral("parent_id IS NULL")), qint64(r.traces));
    QCOMPARE(test::count(db, QStringLiteral("scores"), QStringLiteral("data_type = 'TEXT'")),
             qint64(std::count_if(f.scores.begin(), f.scores.end(), [](const json &s) { return s["dataType"] == "TEXT"; })));
    // Trace totals (summed in memory while importing complete traces) equal the sums over the
    // stored observations, column by column, for every trace.
    QCOMPARE(test::count(db, QStringLiteral("traces t"), QStringLiteral(R"SQL(NOT EXISTS (
        SELECT 1 FROM (SELECT min(start_ns) s, max(COALESCE(end_ns, start_ns)) e, count(*) n,
                              sum(level = 'ERROR') err, sum(input_tokens) i, sum(output_tokens) o,
                              sum(total_tokens) tot, sum(cost_provided) cp, sum(cost_computed) cc,
                              sum(COALESCE(cost_provided, cost_computed)) c, sum(unpriced) u
                         FROM observations WHERE trace_id = t.id) a
         WHERE a.s IS t.start_ns AND a.e IS t.end_ns AND a.n = t.observation_count
           AND a.err = t.error_count AND COALESCE(a.i, 0) = t.input_tokens
           AND COALESCE(a.o, 0) = t.output_tokens AND COALESCE(a.tot, 0) = t.total_tokens
           AND abs(COALESCE(a.cp, -1) - COALESCE(t.cost_provided, -1)) < 1e-12
           AND abs(COALESCE(a.cc, -1) - COALESCE(t.cost_computed, -1)) < 1e-12
           AND abs(COALESCE(a.c, -1) - COALESCE(t.cost, -1)) < 1e-12
           AND a.u = t.unpriced_count AND t.latency_ns = a.e - a.s))SQL")),
             qint64(0));
    QVERIFY(test::count(db, QStringLiteral("traces"), QStringLiteral("error_count > 0")) > 0);
    QVERIFY(test::count(db, QStringLiteral("traces"), QStringLiteral("cost_provided IS NOT NULL")) > 0);
}

void TestGenerator::importedOtlpFileMatchesTheGeneratorsCounts()
{
    if (!import::Registry::instance().byId("otlp-json"))
        QSKIP("no otlp-json importer registered in this build");
    const QString file = m_dir.filePath(QStringLiteral("roundtrip-otlp.jsonl"));
    const QString dbPath = m_dir.filePath(QStringLiteral("roundtrip-otlp.db"));
    const generate::Result r = generate::writeFile(file, options(generate::Format::OtlpJsonl, 200, 10, 2026));
    QVERIFY2(r.ok, qPrintable(r.error));
    const test::CliResult cli = test::runCli({QStringLiteral("import"), QStringLiteral("--db"), dbPath, file});
    QVERIFY2(cli.exitCode == 0, cli.err.constData());
    store::Database db;
    QVERIFY(db.open(dbPath));
    QCOMPARE(test::count(db, QStringLiteral("traces")), qint64(r.traces));
    QCOMPARE(test::count(db, QStringLiteral("observations")), qint64(r.observations));
    QCOMPARE(test::count(db, QStringLiteral("scores")), qint64(r.scores));
    QCOMPARE(test::count(db, QStringLiteral("observations"), QStringLiteral("type = 'GENERATION' AND unpriced = 1")),
             test::count(db, QStringLiteral("observations"),
                         QStringLiteral("model IN ('acme-llm-7b-internal', 'local-finetune-qwen-v3')")));
}

QTEST_GUILESS_MAIN(TestGenerator)
#include "tst_generator.moc"
