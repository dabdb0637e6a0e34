// Trace-vs-trace compare: alignment with added, removed, reordered and renamed spans; deltas
// from the workspace; the same trace from two sources (Langfuse JSONL and OTLP); the CLI.

#include <QtTest>

#include "diff/tracealign.h"
#include "generate/generator.h"
#include "import/importservice.h"
#include "store/comparerepository.h"
#include "testsupport.h"

using namespace spanscope;
using namespace spanscope::test;

namespace {
diff::AlignSpan span(const char *name, const char *type, int parent, int64_t start, const char *model = "",
                     uint64_t input = 1)
{
    diff::AlignSpan s;
    s.id = std::string(name) + "-" + std::to_string(start);
    s.name = name;
    s.type = type;
    s.parent = parent;
    s.model = model;
    s.startNs = start;
    s.endNs = start + 1000000;
    s.inputHash = input;
    return s;
}

const diff::AlignedSpan *find(const diff::TraceAlignment &a, const std::vector<diff::AlignSpan> &right,
                              const std::vector<diff::AlignSpan> &left, const char *name)
{
    for (const auto &s : a.spans) {
        if (s.right >= 0 && right[size_t(s.right)].name == name)
            return &s;
        if (s.right < 0 && left[size_t(s.left)].name == name)
            return &s;
    }
    return nullptr;
}

QString generated(const QTemporaryDir &dir, generate::Format format, const QString &name)
{
    generate::Options o;
    o.format = format;
    o.traces = 12;
    o.spansPerTrace = 10;
    o.seed = 5;
    const QString file = dir.filePath(name + QStringLiteral(".jsonl"));
    generate::writeFile(file, o);
    return file;
}
} // namespace

class TestCompare : public QObject {
    Q_OBJECT
private slots:
    void alignsAddedRemovedReorderedAndRenamedSpans()
    {
        const std::vector<diff::AlignSpan> left = {
            span("agent", "AGENT", -1, 0),
            span("retrieve-docs", "RETRIEVER", 0, 10),
            span("cache-lookup", "SPAN", 0, 15),
            span("llm", "GENERATION", 0, 20, "gpt-4o"),
            span("tool-a", "TOOL", 0, 30),
            span("tool-b", "TOOL", 0, 40),
        };
        const std::vector<diff::AlignSpan> right = {
            span("agent", "AGENT", -1, 0),
            span("retrieve-documents", "RETRIEVER", 0, 10),
            span("tool-b", "TOOL", 0, 12),
            span("llm", "GENERATION", 0, 20, "gpt-4o", 2),
            span("tool-a", "TOOL", 0, 30),
            span("summarize", "GENERATION", 0, 50, "gpt-4o-mini"),
        };
        const diff::TraceAlignment a = diff::alignTraces(left, right);
        QCOMPARE(a.spans.size(), size_t(7));
        const auto *renamed = find(a, right, left, "retrieve-documents");
        QVERIFY(renamed);
        QCOMPARE(renamed->status, diff::AlignedSpan::Status::Changed);
        QVERIFY(renamed->renamed);
        QCOMPARE(left[size_t(renamed->left)].name, std::string("retrieve-docs"));
        const auto *llm = find(a, right, left, "llm");
        QCOMPARE(llm->status, diff::AlignedSpan::Status::Changed);
        QVERIFY(llm->inputChanged && !llm->renamed && !llm->reordered);
        const auto *toolB = find(a, right, left, "tool-b");
        QCOMPARE(toolB->status, diff::AlignedSpan::Status::Same);
        QVERIFY(toolB->reordered);
        QVERIFY(!find(a, right, left, "tool-a")->reordered);
        QCOMPARE(find(a, right, left, "summarize")->status, diff::AlignedSpan::Status::Added);
        QCOMPARE(find(a, right, left, "cache-lookup")->status, diff::AlignedSpan::Status::Removed);
        QCOMPARE(a.totals.same, 3);
        QCOMPARE(a.totals.changed, 2);
        QCOMPARE(a.totals.added, 1);
        QCOMPARE(a.totals.removed, 1);
        QCOMPARE(a.totals.reordered, 1);
        QCOMPARE(find(a, right, left, "llm")->path, std::string("agent/llm"));
    }

    void repeatedSiblingsMatchByOrdinalAndUnrelatedLeavesStayApart()
    {
        // Three calls of one tool: the k-th matches the k-th; a removed and an added tool of
        // unrelated names are not taken for a rename.
        const std::vector<diff::AlignSpan> left = {span("root", "CHAIN", -1, 0), span("search", "TOOL", 0, 1),
                                                   span("search", "TOOL", 0, 2), span("weather", "TOOL", 0, 3)};
        const std::vector<diff::AlignSpan> right = {span("root", "CHAIN", -1, 0), span("search", "TOOL", 0, 1),
                                                    span("search", "TOOL", 0, 2), span("search", "TOOL", 0, 3),
                                                    span("calculator", "TOOL", 0, 4)};
        const diff::TraceAlignment a = diff::alignTraces(left, right);
        QCOMPARE(a.totals.same, 3);
        QCOMPARE(a.totals.added, 2);
        QCOMPARE(a.totals.removed, 1);
        bool thirdSearchAdded = false, calculatorAdded = false, weatherRemoved = false;
        for (const auto &s : a.spans) {
            thirdSearchAdded |= s.status == diff::AlignedSpan::Status::Added && s.path == "root/search#3";
            calculatorAdded |= s.status == diff::AlignedSpan::Status::Added && s.path == "root/calculator";
            weatherRemoved |= s.status == diff::AlignedSpan::Status::Removed && s.path == "root/weather";
        }
        QVERIFY(thirdSearchAdded && calculatorAdded && weatherRemoved);
    }

    void deltasAndTotalsComeFromTheWorkspace()
    {
        QTemporaryDir dir;
        store::Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("w.db"))).ok);
        import::importFiles(db, {generated(dir, generate::Format::LangfuseJsonl, QStringLiteral("lf"))});
        const QString a = scalar(db, QStringLiteral("SELECT id FROM traces ORDER BY timestamp_ns LIMIT 1")).toString();
        const QString b = scalar(db, QStringLiteral("SELECT id FROM traces ORDER BY timestamp_ns DESC LIMIT 1")).toString();

        store::TraceComparison self;
        QVERIFY(store::compareTraces(db, a.toStdString(), a.toStdString(), self).ok);
        QCOMPARE(self.alignment.totals.same, int(count(db, QStringLiteral("observations"), QStringLiteral("trace_id = '%1'").arg(a))));
        QCOMPARE(self.alignment.totals.changed + self.alignment.totals.added + self.alignment.totals.removed, 0);
        QCOMPARE(self.tokensDelta, 0);

        store::TraceComparison cmp;
        QVERIFY(store::compareTraces(db, a.toStdString(), b.toStdString(), cmp).ok);
        const auto &t = cmp.alignment.totals;
        QCOMPARE(qint64(t.same + t.changed + t.added), count(db, QStringLiteral("observations"), QStringLiteral("trace_id = '%1'").arg(b)));
        QCOMPARE(qint64(t.same + t.changed + t.removed), count(db, QStringLiteral("observations"), QStringLiteral("trace_id = '%1'").arg(a)));
        QCOMPARE(cmp.tokensDelta, scalar(db, QStringLiteral("SELECT (SELECT total_tokens FROM traces WHERE id = '%1') - "
                                                            "(SELECT total_tokens FROM traces WHERE id = '%2')").arg(b, a)).toLongLong());
        // Per-span token deltas of one-sided spans sum with the matched ones to the trace delta.
        int64_t sum = 0;
        for (const auto &d : cmp.deltas)
            sum += d.tokens.value_or(0);
        QCOMPARE(sum, scalar(db, QStringLiteral("SELECT (SELECT coalesce(sum(total_tokens),0) FROM observations WHERE trace_id = '%1') - "
                                                "(SELECT coalesce(sum(total_tokens),0) FROM observations WHERE trace_id = '%2')").arg(b, a)).toLongLong());
        QVERIFY(!store::compareTraces(db, a.toStdString(), "no-such-trace", cmp).ok);
    }

    void sameAgentFromLangfuseAndOtlpAligns()
    {
        QTemporaryDir dir;
        store::Database lf, otlp;
        QVERIFY(lf.open(dir.filePath(QStringLiteral("lf.db"))).ok);
        QVERIFY(otlp.open(dir.filePath(QStringLiteral("otlp.db"))).ok);
        import::importFiles(lf, {generated(dir, generate::Format::LangfuseJsonl, QStringLiteral("lf"))});
        import::importFiles(otlp, {generated(dir, generate::Format::OtlpJsonl, QStringLiteral("otlp"))});
        const QString id = scalar(lf, QStringLiteral("SELECT id FROM traces ORDER BY observation_count DESC, id LIMIT 1")).toString();
        store::CompareTrace a, b;
        QVERIFY(store::loadCompareTrace(lf, id.toStdString(), a).ok);
        QVERIFY(store::loadCompareTrace(otlp, id.toStdString(), b).ok);
        QVERIFY(a.found && b.found);
        const store::TraceComparison cmp = store::compareLoaded(a, b);
        // Every span finds its counterpart although the sources name generations differently.
        QCOMPARE(cmp.alignment.totals.added, 0);
        QCOMPARE(cmp.alignment.totals.removed, 0);
        QCOMPARE(int(cmp.alignment.spans.size()), int(a.spans.size()));
        for (size_t i = 0; i < cmp.alignment.spans.size(); ++i) {
            const auto &s = cmp.alignment.spans[i];
            // The generator gives a span the same id in both formats: the pairing must find it.
            QCOMPARE(a.spans[size_t(s.left)].id, b.spans[size_t(s.right)].id);
            QCOMPARE(cmp.deltas[i].tokens.value_or(0), 0);
        }
        QCOMPARE(cmp.tokensDelta, 0);
    }

    void cliPrintsTheComparison()
    {
        QTemporaryDir dir;
        const QString dbPath = dir.filePath(QStringLiteral("w.db"));
        QCOMPARE(runCli({QStringLiteral("import"), QStringLiteral("--db"), dbPath,
                         generated(dir, generate::Format::LangfuseJsonl, QStringLiteral("lf"))}).exitCode, 0);
        store::Database db;
        QVERIFY(db.open(dbPath, store::Database::Mode::ReadOnly).ok);
        const QString a = scalar(db, QStringLiteral("SELECT id FROM traces ORDER BY id LIMIT 1")).toString();
        const QString b = scalar(db, QStringLiteral("SELECT id FROM traces ORDER BY id DESC LIMIT 1")).toString();
        const CliResult r = runCli({QStringLiteral("compare"), QStringLiteral("--db"), dbPath, a, b, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        store::TraceComparison cmp;
        QVERIFY(store::compareTraces(db, a.toStdString(), b.toStdString(), cmp).ok);
        QCOMPARE(o[QStringLiteral("totals")].toObject()[QStringLiteral("added")].toInt(), cmp.alignment.totals.added);
        QCOMPARE(o[QStringLiteral("totals")].toObject()[QStringLiteral("tokens_delta")].toInteger(), cmp.tokensDelta);
        QCOMPARE(o[QStringLiteral("spans")].toArray().size(), qsizetype(cmp.alignment.spans.size()));
        QCOMPARE(o[QStringLiteral("trace_a")].toObject()[QStringLiteral("id")].toString(), a);
        QCOMPARE(runCli({QStringLiteral("compare"), QStringLiteral("--db"), dbPath, a, QStringLiteral("nope")}).exitCode, 1);
        QCOMPARE(runCli({QStringLiteral("compare"), QStringLiteral("--db"), dbPath, a}).exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestCompare)
#include "tst_compare.moc"
