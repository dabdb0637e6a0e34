// Prompt versions: Langfuse prompt objects imported (and not confused with trace files),
// versions named by generations, OpenInference templates, inferred prompts from generated data.

#include <QtTest>

#include "analytics/promptinfer.h"
#include "analytics/promptinfercatalog.h"
#include "generate/generator.h"
#include "import/common/inputstream.h"
#include "import/importservice.h"
#include "import/registry.h"
#include "testsupport.h"

using namespace spanscope;
using namespace spanscope::test;

namespace {
QString sniffedFormat(const QString &path)
{
    import::InputStream in;
    if (!in.open(path))
        return QStringLiteral("unreadable");
    const import::Importer *imp = import::Registry::instance().sniff(import::Registry::makeSniffInput(in.head()));
    return imp ? QString::fromLatin1(imp->id()) : QString();
}

QString chat(const QString &system, const QString &user)
{
    return QStringLiteral(R"([{"role":"system","content":%1},{"role":"user","content":%2}])")
        .arg(QString::fromUtf8(QJsonDocument(QJsonArray{system}).toJson(QJsonDocument::Compact)).mid(1).chopped(1),
             QString::fromUtf8(QJsonDocument(QJsonArray{user}).toJson(QJsonDocument::Compact)).mid(1).chopped(1));
}
} // namespace

class TestPrompts : public QObject {
    Q_OBJECT
private slots:
    void promptFilesAreSniffedAsPromptsAndTraceFilesAreNot()
    {
        for (const char *f : {"summarize-text.json", "support-answer-versions.json", "prompt-list.json"})
            QCOMPARE(sniffedFormat(testData(QStringLiteral("prompts/") + QLatin1String(f))), QStringLiteral("langfuse-prompts"));
        const QStringList traceFiles = {fixture(QStringLiteral("langfuse/beeai-2025-08-01.json")),
                                        fixture(QStringLiteral("langfuse/claude-agent-2025-12-22.trace.json")),
                                        fixture(QStringLiteral("langfuse/langgraph-2025-08-22.json")),
                                        fixture(QStringLiteral("langfuse/openai-agents-2025-09-30.json")),
                                        fixture(QStringLiteral("langfuse/vercel-aisdk-2025-11-17.trace.json")),
                                        testData(QStringLiteral("langfuse/export-observations.jsonl")),
                                        testData(QStringLiteral("langfuse/export-scores.json"))};
        for (const QString &f : traceFiles)
            QCOMPARE(sniffedFormat(f), QStringLiteral("langfuse"));
        QCOMPARE(sniffedFormat(testData(QStringLiteral("prompts/openinference-template.json"))), QStringLiteral("otlp-json"));
    }

    void langfusePromptObjectsBecomeVersions()
    {
        QTemporaryDir dir;
        store::Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("w.db"))).ok);
        const auto summary = import::importFiles(db, {testData(QStringLiteral("prompts/summarize-text.json")),
                                                      testData(QStringLiteral("prompts/support-answer-versions.json")),
                                                      testData(QStringLiteral("prompts/prompt-list.json"))});
        QCOMPARE(count(db, QStringLiteral("prompts")), 6);
        // The version without a number and the PromptMeta entry are skipped and logged.
        QCOMPARE(count(db, QStringLiteral("import_log"), QStringLiteral("kind = 'schema'")), 2);
        QCOMPARE(scalar(db, QStringLiteral("SELECT created_at_ns FROM prompts WHERE name = 'summarize-ticket'")).toLongLong(),
                 1767431564120000000LL);

        analytics::PromptCatalog catalog;
        QVERIFY(analytics::loadPromptCatalog(db, catalog).ok);
        const analytics::PromptEntry *support = catalog.find(QStringLiteral("support-answer"));
        QVERIFY(support);
        QCOMPARE(support->origin, analytics::PromptOrigin::Langfuse);
        QCOMPARE(support->versions.size(), size_t(3));
        QCOMPARE(support->versions[2].type, QStringLiteral("chat"));
        QCOMPARE(support->versions[2].labels, QStringList({QStringLiteral("production"), QStringLiteral("latest")}));
        QCOMPARE(support->tags, QStringList({QStringLiteral("support"), QStringLiteral("answer")}));
        QCOMPARE(catalog.resolve(QStringLiteral("support-answer"), QStringLiteral("production"))->version, 3);
        QCOMPARE(catalog.resolve(QStringLiteral("support-answer"), QStringLiteral("staging"))->version, 2);
        QCOMPARE(catalog.resolve(QStringLiteral("support-answer"), QStringLiteral("v1"))->version, 1);
        QVERIFY(!catalog.resolve(QStringLiteral("support-answer"), QStringLiteral("9")));
        QVERIFY(support->versions[1].bodyJson.contains(QStringLiteral("\"placeholder\"")));
        // Re-importing the same files changes nothing.
        const QByteArray before = contentDigest(db);
        import::importFiles(db, {testData(QStringLiteral("prompts/support-answer-versions.json"))});
        QCOMPARE(count(db, QStringLiteral("prompts")), 6);
        QCOMPARE(contentDigest(db), before);
    }

    void openInferenceTemplatesBecomeVersions()
    {
        QTemporaryDir dir;
        store::Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("w.db"))).ok);
        import::importFiles(db, {testData(QStringLiteral("prompts/openinference-template.json"))});
        analytics::PromptCatalog catalog;
        QVERIFY(analytics::loadPromptCatalog(db, catalog).ok);
        const analytics::PromptEntry *p = catalog.find(QStringLiteral("openinference/ChatCompletion"));
        QVERIFY(p);
        QCOMPARE(p->origin, analytics::PromptOrigin::OpenInference);
        QCOMPARE(p->versions.size(), size_t(2));
        QCOMPARE(p->versions[0].calls, 2);
        QCOMPARE(p->versions[0].note, QStringLiteral("v1"));
        QCOMPARE(p->versions[1].calls, 1);
        QCOMPARE(p->versions[1].note, QStringLiteral("v2"));
        QVERIFY(p->versions[1].bodyJson.contains(QStringLiteral("one restaurant")));
        // Generations with a template are not also inferred.
        for (const auto &e : catalog.prompts)
            QVERIFY(!e.name.startsWith(analytics::PromptInferrer::namePrefix()));
    }

    void normalisationTurnsValuesIntoPlaceholders()
    {
        QCOMPARE(analytics::normaliseTemplate(
                     QStringLiteral("Customer 4711 (jane@example.com) wrote on 2026-01-02T10:00:00Z about order "
                                    "3f2a9c1b7e, see https://shop.example.com/o/3f2a?x=1  now")),
                 QStringLiteral("Customer {{number}} ({{email}}) wrote on {{date}} about order {{id}}, see {{url}} now"));
        // Words with digits (gpt-4o, v2) and template variables stay as they are.
        QCOMPARE(analytics::normaliseTemplate(QStringLiteral("Use gpt-4o v2 for {{question}}")),
                 QStringLiteral("Use gpt-4o v2 for {{question}}"));
    }

    void inferenceGroupsIdenticalTemplatesAndSeparatesDifferentOnes()
    {
        analytics::PromptInferrer inf;
        const QString sys1 = QStringLiteral("You help customer %1. Today is %2.");
        inf.add(1, "support", "answer", 100, chat(sys1.arg(17).arg(QStringLiteral("2026-01-05")), QStringLiteral("hi")));
        inf.add(2, "support", "answer", 200, chat(sys1.arg(9921).arg(QStringLiteral("2026-02-11")), QStringLiteral("hello")));
        inf.add(3, "support", "answer", 300, chat(QStringLiteral("You help customer 5. Be brief."), QStringLiteral("x")));
        inf.add(4, "pirate", "talk", 150, chat(QStringLiteral("Speak like a pirate."), QStringLiteral("ahoy")));
        // A first user message seen once is a question, not a template.
        inf.add(5, "misc", "llm", 160, QStringLiteral(R"([{"role":"user","content":"What is 2+2?"}])"));
        const auto prompts = inf.finish();
        QCOMPARE(prompts.size(), size_t(2));
        QCOMPARE(prompts[0].name, QStringLiteral("inferred/pirate/talk"));
        QCOMPARE(prompts[1].name, QStringLiteral("inferred/support/answer"));
        const auto &support = prompts[1].versions;
        QCOMPARE(support.size(), size_t(2));
        QCOMPARE(support[0].templateText, QStringLiteral("You help customer {{number}}. Today is {{date}}."));
        QCOMPARE(support[0].rowids, std::vector<int64_t>({1, 2}));
        QCOMPARE(support[1].version, 2);
        QCOMPARE(support[1].rowids, std::vector<int64_t>({3}));
    }

    void generatedDataCarriesVersionsAndInferredPrompts()
    {
        QTemporaryDir dir;
        generate::Options o;
        o.traces = 60;
        o.spansPerTrace = 8;
        o.seed = 11;
        const QString file = dir.filePath(QStringLiteral("gen.jsonl"));
        QVERIFY(generate::writeFile(file, o).ok);
        store::Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("w.db"))).ok);
        import::importFiles(db, {file});
        analytics::PromptCatalog catalog;
        QVERIFY(analytics::loadPromptCatalog(db, catalog).ok);
        int64_t linked = 0, inferred = 0;
        for (const auto &p : catalog.prompts) {
            if (p.origin == analytics::PromptOrigin::Generations) {
                linked += p.calls();
                for (const auto &v : p.versions) {
                    // The version's text is what its first call sent as system message.
                    QVERIFY2(v.bodyJson.contains(QStringLiteral("(prompt %1 v%2)").arg(p.name).arg(v.version)),
                             qPrintable(p.name));
                }
            } else if (p.origin == analytics::PromptOrigin::Inferred) {
                QVERIFY(p.name.startsWith(QStringLiteral("inferred/")));
                inferred += p.calls();
                for (const auto &v : p.versions)
                    QVERIFY(v.bodyJson.contains(QStringLiteral("(prompt default-system v1)")));
            }
        }
        QCOMPARE(linked, count(db, QStringLiteral("observations"), QStringLiteral("prompt_name IS NOT NULL")));
        QCOMPARE(inferred, count(db, QStringLiteral("observations"),
                                 QStringLiteral("type = 'GENERATION' AND prompt_name IS NULL AND input LIKE '%default-system%'")));
        QVERIFY(inferred > 0);
    }
};

QTEST_GUILESS_MAIN(TestPrompts)
#include "tst_prompts.moc"
