// The attribute mapper reads what GenAI semconv, OpenInference, OpenLLMetry, Vercel AI and
// Langfuse OTel spans say: model, provider, type, tokens, cost, payloads, user/session, scores.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "import/common/attributemapper.h"
#include "import/common/attrvalue.h"
#include "testsupport.h"

using namespace spanscope;
using namespace spanscope::import;

namespace {

// Test JSON written with ' for " and ` for \" (moc cannot read raw string literals).
QByteArray jb(const char *text)
{
    QByteArray b(text);
    b.replace('`', "\\\"");
    b.replace('\'', '"');
    return b;
}
QString js(const char *text)
{
    return QString::fromUtf8(jb(text));
}
// Views handed to the mapper must outlive the call: keep converted strings alive.
std::string_view jstore(const char *text)
{
    static std::vector<std::unique_ptr<std::string>> keep;
    keep.push_back(std::make_unique<std::string>(jb(text).toStdString()));
    return *keep.back();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QJsonValue parse(const std::optional<std::string> &text)
{
    if (!text)
        return QJsonValue(QJsonValue::Undefined);
    const QByteArray wrapped = "[" + QByteArray::fromStdString(*text) + "]";
    QJsonParseError err;
    const QJsonDocument d = QJsonDocument::fromJson(wrapped, &err);
    if (err.error != QJsonParseError::NoError)
        return QJsonValue(QJsonValue::Undefined);
    return d.array().at(0);
}

// A string argument list such as "{\"location\":\"Paris\"}" or an object.
QJsonObject argumentsOf(const QJsonValue &v)
{
    if (v.isObject())
        return v.toObject();
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

// Walks a payload and collects what a chat view shows: tool calls (name -> arguments) and every
// string under "content"/"response"/"text".
void walk(const QJsonValue &v, QMap<QString, QJsonObject> &toolCalls, QStringList &texts)
{
    if (v.isArray()) {
        for (const QJsonValue &e : v.toArray())
            walk(e, toolCalls, texts);
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        const QString type = o.value(QStringLiteral("type")).toString();
        if (type == QLatin1String("tool_call") || o.contains(QStringLiteral("function"))) {
            const QJsonObject fn = o.value(QStringLiteral("function")).toObject();
            const QString name = fn.isEmpty() ? o.value(QStringLiteral("name")).toString()
                                              : fn.value(QStringLiteral("name")).toString();
            const QJsonValue args
                = fn.isEmpty() ? o.value(QStringLiteral("arguments")) : fn.value(QStringLiteral("arguments"));
            toolCalls.insert(name, argumentsOf(args));
        }
        for (auto it = o.begin(); it != o.end(); ++it) {
            if ((it.key() == QLatin1String("content") || it.key() == QLatin1String("response")
                    || it.key() == QLatin1String("text"))
                && it.value().isString())
                texts << it.value().toString();
            walk(it.value(), toolCalls, texts);
        }
    }
}

QStringList roles(const QJsonValue &messages)
{
    QStringList r;
    for (const QJsonValue &m : messages.toArray())
        r << m.toObject().value(QStringLiteral("role")).toString();
    return r;
}

struct Mapped {
    ObservationRecord obs;
    AttributeMapper::Result result;
    QMap<QString, QString> raw; // leftover attributes: key -> JSON
};

Mapped mapJson(const QByteArray &json, const attr::SpanEvents &events = {})
{
    attr::TextArena arena;
    attr::AttributeList attrs;
    std::string error;
    Mapped m;
    if (!attr::parseFlatObject(std::string_view(json.constData(), size_t(json.size())), attrs, arena, &error)) {
        qWarning("bad attribute JSON: %s", error.c_str());
        return m;
    }
    m.obs.traceId = "0af7651916cd43dd8448eb211c80319c";
    m.obs.id = "b7ad6b7169203331";
    m.obs.startNs = 1700000000000000000LL;
    AttributeMapper mapper;
    mapper.map(attrs, events, {}, m.obs, m.result);
    for (const auto &a : m.result.attributes)
        m.raw.insert(QString::fromStdString(a.key), QString::fromStdString(a.valueJson));
    return m;
}

QString q(const std::optional<std::string> &s)
{
    return s ? QString::fromStdString(*s) : QString();
}
qint64 n(const std::optional<int64_t> &v)
{
    return v ? qint64(*v) : -1;
}

} // namespace

class TestAttributeMapper : public QObject {
    Q_OBJECT
private slots:
    // Every attribute-map fixture: the same chat call to gpt-4 written by three conventions.
    void fixtureMapsToTheChatCall_data()
    {
        QTest::addColumn<QString>("file");
        int rows = 0;
        for (const char *dir : { "genai_semconv", "openinference" }) {
            const QDir d(test::fixture(QString::fromLatin1(dir)));
            for (const QString &f : d.entryList({ QStringLiteral("oi-fixture-*.json") }, QDir::Files, QDir::Name)) {
                QTest::newRow(qPrintable(f)) << d.filePath(f);
                ++rows;
            }
        }
        QVERIFY2(rows == 3, "expected three oi-fixture-*.json attribute maps in the shared fixtures");
    }
    void fixtureMapsToTheChatCall()
    {
        QFETCH(QString, file);
        const QByteArray json = readFile(file);
        QVERIFY(!json.isEmpty());
        const Mapped m = mapJson(json);
        // The reported model is the one that ran (gpt-4-0613); the requested one stays raw.
        QCOMPARE(q(m.obs.model), QStringLiteral("gpt-4-0613"));
        QCOMPARE(q(m.obs.provider), QStringLiteral("openai"));
        QCOMPARE(QString::fromStdString(m.obs.type), QStringLiteral("GENERATION"));
        QCOMPARE(n(m.obs.usage.input), 97);
        QCOMPARE(n(m.obs.usage.output), 52);
        QCOMPARE(n(m.obs.usage.total), 149);
        QCOMPARE(m.obs.usage.details.at("input"), 97);
        QCOMPARE(m.obs.usage.details.at("output"), 52);
        QVERIFY(!m.obs.usage.cacheRead);

        const QJsonValue in = parse(m.obs.inputJson);
        QVERIFY2(in.isArray(), m.obs.inputJson ? m.obs.inputJson->c_str() : "no input");
        QCOMPARE(
            roles(in), (QStringList { QStringLiteral("user"), QStringLiteral("assistant"), QStringLiteral("tool") }));
        QMap<QString, QJsonObject> calls;
        QStringList texts;
        walk(in, calls, texts);
        QVERIFY(calls.contains(QStringLiteral("get_weather")));
        QCOMPARE(calls.value(QStringLiteral("get_weather")),
            QJsonObject({ { QStringLiteral("location"), QStringLiteral("Paris") } }));
        QVERIFY2(texts.contains(QStringLiteral("rainy, 57°F")), qPrintable(texts.join(QLatin1Char('|'))));
        QVERIFY(texts.contains(QStringLiteral("Weather in Paris?")));

        QMap<QString, QJsonObject> outCalls;
        QStringList outTexts;
        walk(parse(m.obs.outputJson), outCalls, outTexts);
        QVERIFY2(
            outTexts.contains(QStringLiteral("The weather in Paris is currently rainy with a temperature of 57°F.")),
            m.obs.outputJson ? m.obs.outputJson->c_str() : "no output");

        const QJsonObject params = parse(m.obs.modelParametersJson).toObject();
        QCOMPARE(params.value(QStringLiteral("temperature")).toDouble(), 0.5);
        QCOMPARE(params.value(QStringLiteral("top_p")).toDouble(), 0.9);

        // Mapped keys are not stored twice; unmapped ones are kept with their JSON value.
        for (const char *gone :
            { "gen_ai.usage.input_tokens", "llm.token_count.prompt", "gen_ai.provider.name", "gen_ai.response.model",
                "llm.model_name", "openinference.span.kind", "gen_ai.input.messages", "gen_ai.request.temperature" })
            QVERIFY2(!m.raw.contains(QLatin1String(gone)), gone);
        if (json.contains("gen_ai.response.id")) {
            QCOMPARE(m.raw.value(QStringLiteral("gen_ai.response.id")),
                QStringLiteral("\"chatcmpl-CQF10eCkoFphJZJQkzzN6EkTD0AVF\""));
            QCOMPARE(m.raw.value(QStringLiteral("gen_ai.response.finish_reasons")), QStringLiteral("[\"stop\"]"));
            QCOMPARE(m.raw.value(QStringLiteral("gen_ai.request.model")), QStringLiteral("\"gpt-4\""));
        }
        if (json.contains("llm.input_messages")) // OpenInference: the raw request is kept beside the messages
            QVERIFY(m.raw.value(QStringLiteral("input.value")).contains(QStringLiteral("max_completion_tokens")));
    }

    // Constructed spans: one row per convention or naming variant.
    void conventions_data()
    {
        QTest::addColumn<QByteArray>("attrs");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("provider");
        QTest::addColumn<qint64>("in");
        QTest::addColumn<qint64>("out");
        QTest::addColumn<qint64>("total");
        QTest::addColumn<QString>("details"); // usage details as compact JSON, "" = not checked
        QTest::addColumn<QString>("inputHas");
        QTest::addColumn<QString>("outputHas");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("session");
        QTest::addColumn<QString>("metadataHas");

        QTest::newRow("genai deprecated token names, gen_ai.system")
            << jb("{'gen_ai.system':'anthropic','gen_ai.request.model':'claude-3-5-sonnet','gen_ai.usage.prompt_tokens'"
                  ":120,'gen_ai.usage.completion_tokens':30}")
            << "GENERATION"
            << "claude-3-5-sonnet"
            << "anthropic" << qint64(120) << qint64(30) << qint64(150) << js("{'input':120,'output':30,'total':150}")
            << ""
            << ""
            << ""
            << ""
            << "";
        QTest::newRow("genai cache and reasoning are inside input/output")
            << jb("{'gen_ai.operation.name':'chat','gen_ai.provider.name':'openai','gen_ai.response.model':'o3','gen_"
                  "ai.usage.input_tokens':'1000','gen_ai.usage.output_tokens':'200','gen_ai.usage.cache_read.input_"
                  "tokens':600,'gen_ai.usage.cache_creation.input_tokens':100,'gen_ai.usage.reasoning.output_tokens':"
                  "50,'gen_ai.conversation.id':'conv-7'}")
            << "GENERATION"
            << "o3"
            << "openai" << qint64(1000) << qint64(200) << qint64(1200)
            << js("{'input':300,'input_cache_creation':100,'input_cache_read':600,'output':200,'total':1200}") << ""
            << ""
            << ""
            << "conv-7"
            << "";
        QTest::newRow("openllmetry indexed prompt, cache_read_input_tokens, association properties")
            << jb("{'gen_ai.system':'openai','gen_ai.request.model':'gpt-4o','gen_ai.usage.prompt_tokens':50,'gen_ai."
                  "usage.completion_tokens':5,'gen_ai.usage.cache_read_input_tokens':20,'llm.usage.total_tokens':55,'"
                  "gen_ai.prompt.0.role':'system','gen_ai.prompt.0.content':'Be "
                  "brief.','gen_ai.prompt.1.role':'user','gen_ai.prompt.1.content':'Capital of "
                  "France?','gen_ai.completion.0.role':'assistant','gen_ai.completion.0.content':'Paris','traceloop."
                  "association.properties.user_id':'u-42','traceloop.association.properties.session_id':'s-9','"
                  "traceloop.association.properties.team':'search'}")
            << "GENERATION"
            << "gpt-4o"
            << "openai" << qint64(50) << qint64(5) << qint64(55)
            << js("{'input':30,'input_cache_read':20,'output':5,'total':55}") << "Capital of France?"
            << "Paris"
            << "u-42"
            << "s-9" << js("'team':'search'");
        QTest::newRow("traceloop workflow")
            << jb("{'traceloop.span.kind':'workflow','traceloop.entity.name':'plan','traceloop.entity.input':'{`inputs`"
                  ":{`q`:`hi`}}','traceloop.entity.output':'{`outputs`:`done`}'}")
            << "CHAIN"
            << ""
            << "" << qint64(-1) << qint64(-1) << qint64(-1) << "" << js("'q':'hi'") << "done"
            << ""
            << ""
            << "";
        QTest::newRow("traceloop task") << jb("{'traceloop.span.kind':'task'}") << "SPAN"
                                        << ""
                                        << "" << qint64(-1) << qint64(-1) << qint64(-1) << ""
                                        << ""
                                        << ""
                                        << ""
                                        << ""
                                        << "";
        QTest::newRow("traceloop agent") << jb("{'traceloop.span.kind':'agent'}") << "AGENT"
                                         << ""
                                         << "" << qint64(-1) << qint64(-1) << qint64(-1) << ""
                                         << ""
                                         << ""
                                         << ""
                                         << ""
                                         << "";
        QTest::newRow("traceloop tool") << jb("{'traceloop.span.kind':'tool'}") << "TOOL"
                                        << ""
                                        << "" << qint64(-1) << qint64(-1) << qint64(-1) << ""
                                        << ""
                                        << ""
                                        << ""
                                        << ""
                                        << "";
        QTest::newRow("vercel doGenerate")
            << jb("{'ai.operationId':'ai.generateText.doGenerate','ai.model.id':'gpt-4o-mini','ai.model.provider':'"
                  "openai.chat','ai.usage.promptTokens':11,'ai.usage.completionTokens':7,'ai.prompt.messages':'[{`role`"
                  ":`user`,`content`:[{`type`:`text`,`text`:`Say hi`}]}]','ai.response.text':'Hi "
                  "there','ai.telemetry.metadata.userId':'vu-1','ai.telemetry.metadata.sessionId':'vs-1','ai.telemetry."
                  "metadata.feature':'greeting'}")
            << "GENERATION"
            << "gpt-4o-mini"
            << "openai" << qint64(11) << qint64(7) << qint64(18) << js("{'input':11,'output':7,'total':18}") << "Say hi"
            << "Hi there"
            << "vu-1"
            << "vs-1" << js("'feature':'greeting'");
        QTest::newRow("vercel v5 token names, outer span stays SPAN")
            << jb("{'ai.operationId':'ai.generateText','ai.model.id':'gpt-4o-mini','ai.usage.inputTokens':11,'ai.usage."
                  "outputTokens':7,'ai.prompt':'{`prompt`:`Say hi`}'}")
            << "SPAN"
            << "gpt-4o-mini"
            << "" << qint64(11) << qint64(7) << qint64(18) << ""
            << "Say hi"
            << ""
            << ""
            << ""
            << "";
        QTest::newRow("model without usage or kind is a span")
            << jb("{'ai.model.id':'text-embedding-3-small'}") << "SPAN"
            << "text-embedding-3-small"
            << "" << qint64(-1) << qint64(-1) << qint64(-1) << ""
            << ""
            << ""
            << ""
            << ""
            << "";
        QTest::newRow("langfuse otel attributes")
            << jb("{'langfuse.observation.type':'generation','langfuse.observation.model.name':'gpt-4.1','gen_ai."
                  "request.model':'gpt-4.1','langfuse.observation.level':'warning','langfuse.observation.status_"
                  "message':'slow','langfuse.observation.usage_details':'{`input`:10,`input_cache_read`:4,`output`:3}',"
                  "'langfuse.observation.cost_details':'{`input`:0.001,`output`:0.002}','langfuse.observation.prompt."
                  "name':'qa','langfuse.observation.prompt.version':'3','langfuse.observation.input':'{`question`:`why`"
                  "}','langfuse.observation.output':'because','langfuse.observation.metadata.step':'2','langfuse.trace."
                  "name':'qa-run','langfuse.trace.tags':['a','b'],'langfuse.user.id':'lu','langfuse.session.id':'ls','"
                  "langfuse.environment':'staging','user.id':'ignored-user'}")
            << "GENERATION"
            << "gpt-4.1"
            << "" << qint64(14) << qint64(3) << qint64(17) << js("{'input':10,'input_cache_read':4,'output':3}")
            << js("'question':'why'") << "because"
            << "lu"
            << "ls" << js("'step':'2'");
        QTest::newRow("openinference chain with session, user, metadata, tags") << jb(
            "{'openinference.span.kind':'CHAIN','input.value':'plain "
            "question','input.mime_type':'text/plain','output.value':'{`answer`:42}','output.mime_type':'application/"
            "json','session.id':'oi-s','user.id':'oi-u','metadata':'{`run`:7}','tag.tags':['x']}")
                                                                                << "CHAIN"
                                                                                << ""
                                                                                << "" << qint64(-1) << qint64(-1)
                                                                                << qint64(-1) << ""
                                                                                << "plain question" << js("'answer':42")
                                                                                << "oi-u"
                                                                                << "oi-s" << js("'run':7");
        QTest::newRow("openinference retriever documents")
            << jb("{'openinference.span.kind':'RETRIEVER','retrieval.documents.0.document.id':'d1','retrieval."
                  "documents.0.document.content':'alpha','retrieval.documents.1.document.id':'d2','retrieval.documents."
                  "1.document.content':'beta'}")
            << "RETRIEVER"
            << ""
            << "" << qint64(-1) << qint64(-1) << qint64(-1) << ""
            << "" << js("'content':'beta'") << ""
            << ""
            << "";
        QTest::newRow("openinference cache and reasoning details")
            << jb("{'openinference.span.kind':'LLM','llm.model_name':'claude-sonnet-4','llm.system':'anthropic','llm."
                  "token_count.prompt':500,'llm.token_count.completion':80,'llm.token_count.total':580,'llm.token_"
                  "count.prompt_details.cache_read':300,'llm.token_count.prompt_details.cache_write':50,'llm.token_"
                  "count.completion_details.reasoning':20}")
            << "GENERATION"
            << "claude-sonnet-4"
            << "anthropic" << qint64(500) << qint64(80) << qint64(580)
            << js("{'input':150,'input_cache_creation':50,'input_cache_read':300,'output':80,'total':580}") << ""
            << ""
            << ""
            << ""
            << "";
        for (const auto &[kind, type] : std::initializer_list<std::pair<const char *, const char *>> {
                 { "TOOL", "TOOL" }, { "EMBEDDING", "EMBEDDING" }, { "AGENT", "AGENT" }, { "GUARDRAIL", "GUARDRAIL" },
                 { "EVALUATOR", "EVALUATOR" }, { "RERANKER", "SPAN" }, { "PROMPT", "SPAN" } })
            QTest::newRow(qPrintable(QStringLiteral("openinference kind %1").arg(QLatin1String(kind))))
                << jb("{'openinference.span.kind':'") + kind + jb("'}") << type << ""
                << "" << qint64(-1) << qint64(-1) << qint64(-1) << ""
                << ""
                << ""
                << ""
                << ""
                << "";
        for (const auto &[op, type] :
            std::initializer_list<std::pair<const char *, const char *>> { { "text_completion", "GENERATION" },
                { "generate_content", "GENERATION" }, { "embeddings", "EMBEDDING" }, { "execute_tool", "TOOL" },
                { "invoke_agent", "AGENT" }, { "create_agent", "AGENT" } })
            QTest::newRow(qPrintable(QStringLiteral("gen_ai.operation.name %1").arg(QLatin1String(op))))
                << jb("{'gen_ai.operation.name':'") + op + jb("'}") << type << ""
                << "" << qint64(-1) << qint64(-1) << qint64(-1) << ""
                << ""
                << ""
                << ""
                << ""
                << "";
        QTest::newRow("langfuse type beats openinference kind")
            << jb("{'langfuse.observation.type':'agent','openinference.span.kind':'LLM'}") << "AGENT"
            << ""
            << "" << qint64(-1) << qint64(-1) << qint64(-1) << ""
            << ""
            << ""
            << ""
            << ""
            << "";
        QTest::newRow("model and tokens without a kind is a generation")
            << jb("{'llm.model_name':'mistral-large','llm.token_count.prompt':'12'}") << "GENERATION"
            << "mistral-large"
            << "" << qint64(12) << qint64(-1) << qint64(-1) << js("{'input':12}") << ""
            << ""
            << ""
            << ""
            << "";
        QTest::newRow("nothing known is a span") << jb("{'http.method':'GET'}") << "SPAN"
                                                 << ""
                                                 << "" << qint64(-1) << qint64(-1) << qint64(-1) << ""
                                                 << ""
                                                 << ""
                                                 << ""
                                                 << ""
                                                 << "";
    }
    void conventions()
    {
        QFETCH(QByteArray, attrs);
        QFETCH(QString, type);
        QFETCH(QString, model);
        QFETCH(QString, provider);
        QFETCH(qint64, in);
        QFETCH(qint64, out);
        QFETCH(qint64, total);
        QFETCH(QString, details);
        QFETCH(QString, inputHas);
        QFETCH(QString, outputHas);
        QFETCH(QString, user);
        QFETCH(QString, session);
        QFETCH(QString, metadataHas);
        const Mapped m = mapJson(attrs);
        QCOMPARE(QString::fromStdString(m.obs.type), type);
        QCOMPARE(q(m.obs.model), model);
        QCOMPARE(q(m.obs.provider), provider);
        QCOMPARE(n(m.obs.usage.input), in);
        QCOMPARE(n(m.obs.usage.output), out);
        QCOMPARE(n(m.obs.usage.total), total);
        if (!details.isEmpty()) {
            QJsonObject d;
            for (const auto &[k, v] : m.obs.usage.details)
                d.insert(QString::fromStdString(k), qint64(v));
            QCOMPARE(QString::fromUtf8(QJsonDocument(d).toJson(QJsonDocument::Compact)), details);
        }
        if (!inputHas.isEmpty())
            QVERIFY2(q(m.obs.inputJson).contains(inputHas), qPrintable(q(m.obs.inputJson)));
        if (!outputHas.isEmpty())
            QVERIFY2(q(m.obs.outputJson).contains(outputHas), qPrintable(q(m.obs.outputJson)));
        QCOMPARE(q(m.obs.traceUserId), user);
        QCOMPARE(q(m.obs.traceSessionId), session);
        if (!metadataHas.isEmpty())
            QVERIFY2(q(m.obs.metadataJson).contains(metadataHas), qPrintable(q(m.obs.metadataJson)));
        // Whatever the mapper wrote as JSON must parse.
        for (const auto *j : { &m.obs.inputJson, &m.obs.outputJson, &m.obs.metadataJson, &m.obs.modelParametersJson })
            if (*j)
                QVERIFY2(!parse(*j).isUndefined(), (*j)->c_str());
        for (const auto &a : m.result.attributes)
            QVERIFY2(!parse(a.valueJson).isUndefined(), a.key.c_str());
    }

    void openLlmetryPromptsRebuildIntoMessageLists()
    {
        const Mapped m = mapJson(
            jb("{'gen_ai.prompt.0.role':'system','gen_ai.prompt.0.content':'Be "
               "brief.','gen_ai.prompt.1.role':'user','gen_ai.prompt.1.content':'Capital?','gen_ai.completion.0.role':'"
               "assistant','gen_ai.completion.0.content':'Paris','gen_ai.completion.0.finish_reason':'stop'}"));
        const QJsonArray in = parse(m.obs.inputJson).toArray();
        QCOMPARE(in.size(), 2);
        QCOMPARE(in.at(0).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("system"));
        QCOMPARE(in.at(1).toObject().value(QStringLiteral("content")).toString(), QStringLiteral("Capital?"));
        const QJsonArray out = parse(m.obs.outputJson).toArray();
        QCOMPARE(out.size(), 1);
        QCOMPARE(out.at(0).toObject().value(QStringLiteral("finish_reason")).toString(), QStringLiteral("stop"));
        QVERIFY(m.raw.isEmpty());
    }

    void langfuseDetailsLandInTheirColumns()
    {
        const Mapped m
            = mapJson(jb("{'langfuse.observation.type':'generation','langfuse.observation.level':'WARNING','langfuse."
                         "observation.status_message':'slow','langfuse.observation.cost_details':{'input':0.001,'"
                         "output':0.002},'langfuse.observation.prompt.name':'qa','langfuse.observation.prompt.version':"
                         "3,'langfuse.observation.completion_start_time':'`2025-08-01T13:56:57.475Z`','langfuse."
                         "observation.model.parameters':'{`temperature`:0}','langfuse.trace.name':'qa-run','langfuse."
                         "trace.tags':'[`a`,`b`]','langfuse.environment':'staging','langfuse.trace.input':'{`q`:1}','"
                         "langfuse.trace.output':'done','langfuse.trace.metadata.team':'x','langfuse.release':'v2'}"));
        QCOMPARE(q(m.obs.level), QStringLiteral("WARNING"));
        QCOMPARE(q(m.obs.statusMessage), QStringLiteral("slow"));
        QCOMPARE(q(m.obs.promptName), QStringLiteral("qa"));
        QCOMPARE(n(m.obs.promptVersion), 3);
        QCOMPARE(n(m.obs.completionStartNs), 1754056617475000000LL);
        QCOMPARE(q(m.obs.modelParametersJson), QStringLiteral("{\"temperature\":0}"));
        QVERIFY(m.obs.costProvided);
        QCOMPARE(*m.obs.costProvided, 0.003);
        QCOMPARE(m.obs.costProvidedDetails.at("output"), 0.002);
        QCOMPARE(q(m.obs.traceName), QStringLiteral("qa-run"));
        QCOMPARE(q(m.obs.traceTagsJson), QStringLiteral("[\"a\",\"b\"]"));
        QCOMPARE(q(m.obs.traceEnvironment), QStringLiteral("staging"));
        QVERIFY(m.result.trace);
        QCOMPARE(QString::fromStdString(m.result.trace->id), QString::fromStdString(m.obs.traceId));
        QCOMPARE(q(m.result.trace->inputJson), QStringLiteral("{\"q\":1}"));
        QCOMPARE(q(m.result.trace->outputJson), QStringLiteral("\"done\""));
        QCOMPARE(q(m.result.trace->metadataJson), QStringLiteral("{\"team\":\"x\"}"));
        QCOMPARE(q(m.result.trace->release), QStringLiteral("v2"));
        QVERIFY2(m.raw.isEmpty(), qPrintable(QStringList(m.raw.keys()).join(QLatin1Char(','))));
    }

    void providedCostFromGenAiAndOpenInference_data()
    {
        QTest::addColumn<QByteArray>("attrs");
        QTest::addColumn<double>("cost");
        QTest::addColumn<QString>("detailKey");
        QTest::newRow("gen_ai.usage.cost") << jb("{'gen_ai.usage.cost':0.0123}") << 0.0123 << "";
        QTest::newRow("llm.cost.*") << jb("{'llm.cost.total':'0.5','llm.cost.prompt':0.2,'llm.cost.completion':0.3}")
                                    << 0.5 << "output";
        QTest::newRow("llm.cost parts only")
            << jb("{'llm.cost.prompt':0.25,'llm.cost.completion':0.5}") << 0.75 << "input";
    }
    void providedCostFromGenAiAndOpenInference()
    {
        QFETCH(QByteArray, attrs);
        QFETCH(double, cost);
        QFETCH(QString, detailKey);
        const Mapped m = mapJson(attrs);
        QVERIFY(m.obs.costProvided);
        QCOMPARE(*m.obs.costProvided, cost);
        if (!detailKey.isEmpty())
            QVERIFY(m.obs.costProvidedDetails.count(detailKey.toStdString()));
        QVERIFY(m.raw.isEmpty());
    }

    void evaluationEventsBecomeScores()
    {
        attr::SpanEvents ev;
        auto add = [&](const char *name, int64_t t, std::initializer_list<attr::Attribute> attrs) {
            attr::Event e;
            e.name = name;
            e.timeNs = t;
            e.attrBegin = ev.attributes.size();
            for (const auto &a : attrs)
                ev.attributes.push_back(a);
            e.attrEnd = ev.attributes.size();
            ev.events.push_back(e);
        };
        add("gen_ai.evaluation.result", 1700000001000000000LL,
            { { "gen_ai.evaluation.name", attr::Value::string("relevance") },
                { "gen_ai.evaluation.score.value", attr::Value::real(0.85) },
                { "gen_ai.evaluation.score.label", attr::Value::string("relevant") },
                { "gen_ai.evaluation.explanation", attr::Value::string("on topic") } });
        add("gen_ai.evaluation.result", 1700000002000000000LL,
            { { "gen_ai.evaluation.name", attr::Value::string("toxicity") },
                { "gen_ai.evaluation.score.label", attr::Value::string("non_toxic") } });
        add("gen_ai.user.message", 1700000000500000000LL, { { "content", attr::Value::string("Hello?") } });
        add("gen_ai.choice", 1700000000900000000LL,
            { { "index", attr::Value::integer(0) }, { "finish_reason", attr::Value::string("stop") },
                { "message", attr::Value::string(jstore("{'role':'assistant','content':'Hi!'}")) } });
        add("exception", 1700000000950000000LL,
            { { "exception.type", attr::Value::string("TimeoutError") },
                { "exception.message", attr::Value::string("upstream took too long") } });
        add("cache.hit", 1700000000600000000LL, {});

        const Mapped m = mapJson(jb("{'gen_ai.operation.name':'chat','gen_ai.conversation.id':'c1'}"), ev);
        QCOMPARE(int(m.result.scores.size()), 2);
        const ScoreRecord &s0 = m.result.scores[0];
        QCOMPARE(QString::fromStdString(s0.name), QStringLiteral("relevance"));
        QCOMPARE(QString::fromStdString(s0.dataType), QStringLiteral("NUMERIC"));
        QCOMPARE(*s0.value, 0.85);
        QCOMPARE(q(s0.stringValue), QStringLiteral("relevant"));
        QCOMPARE(q(s0.comment), QStringLiteral("on topic"));
        QCOMPARE(q(s0.observationId), QStringLiteral("b7ad6b7169203331"));
        QCOMPARE(q(s0.sessionId), QStringLiteral("c1"));
        QCOMPARE(n(s0.timestampNs), 1700000001000000000LL);
        const ScoreRecord &s1 = m.result.scores[1];
        QCOMPARE(QString::fromStdString(s1.dataType), QStringLiteral("CATEGORICAL"));
        QVERIFY(!s1.value);
        QCOMPARE(q(s1.stringValue), QStringLiteral("non_toxic"));
        QVERIFY(s0.id != s1.id);

        const QJsonArray in = parse(m.obs.inputJson).toArray();
        QCOMPARE(in.size(), 1);
        QCOMPARE(in.at(0).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("user"));
        QCOMPARE(in.at(0).toObject().value(QStringLiteral("content")).toString(), QStringLiteral("Hello?"));
        const QJsonArray out = parse(m.obs.outputJson).toArray();
        QCOMPARE(out.at(0)
                     .toObject()
                     .value(QStringLiteral("message"))
                     .toObject()
                     .value(QStringLiteral("content"))
                     .toString(),
            QStringLiteral("Hi!"));

        QCOMPARE(q(m.obs.level), QStringLiteral("ERROR"));
        QCOMPARE(q(m.obs.statusMessage), QStringLiteral("TimeoutError: upstream took too long"));
        // Scores and messages are consumed; the exception and the plain event stay events.
        QCOMPARE(std::vector<int>(m.result.eventConsumed.begin(), m.result.eventConsumed.end()),
            (std::vector<int> { 1, 1, 1, 1, 0, 0 }));
    }

    void deprecatedContentEventsGiveThePayloads()
    {
        attr::SpanEvents ev;
        attr::Event p;
        p.name = "gen_ai.content.prompt";
        ev.attributes.push_back({ "gen_ai.prompt", attr::Value::string(jstore("[{'role':'user','content':'2+2?'}]")) });
        p.attrEnd = 1;
        ev.events.push_back(p);
        attr::Event c;
        c.name = "gen_ai.content.completion";
        c.attrBegin = 1;
        ev.attributes.push_back({ "gen_ai.completion", attr::Value::string("4") });
        c.attrEnd = 2;
        ev.events.push_back(c);
        const Mapped m = mapJson(jb("{'gen_ai.system':'openai'}"), ev);
        QCOMPARE(roles(parse(m.obs.inputJson)), QStringList { QStringLiteral("user") });
        QCOMPARE(parse(m.obs.outputJson).toString(), QStringLiteral("4"));
        QCOMPARE(int(m.result.eventConsumed[0] + m.result.eventConsumed[1]), 2);
    }

    void differentDeprecatedValuesStayAsRawAttributes()
    {
        // gen_ai.provider.name wins; a different gen_ai.system is kept, an equal one is not duplicated.
        Mapped m = mapJson(jb("{'gen_ai.provider.name':'azure.ai.openai','gen_ai.system':'openai'}"));
        QCOMPARE(q(m.obs.provider), QStringLiteral("azure.ai.openai"));
        QCOMPARE(m.raw.value(QStringLiteral("gen_ai.system")), QStringLiteral("\"openai\""));
        m = mapJson(jb("{'gen_ai.provider.name':'openai','gen_ai.system':'openai'}"));
        QVERIFY(!m.raw.contains(QStringLiteral("gen_ai.system")));
        // Nested values keep their JSON form.
        m = mapJson(jb("{'http.status_code':200,'db.rows':[1,2],'ok':true,'ratio':0.25}"));
        QCOMPARE(m.raw.value(QStringLiteral("http.status_code")), QStringLiteral("200"));
        QCOMPARE(m.raw.value(QStringLiteral("db.rows")), QStringLiteral("[1,2]"));
        QCOMPARE(m.raw.value(QStringLiteral("ok")), QStringLiteral("true"));
        QCOMPARE(m.raw.value(QStringLiteral("ratio")), QStringLiteral("0.25"));
    }
};

QTEST_GUILESS_MAIN(TestAttributeMapper)
#include "tst_attributemapper.moc"
