#include "import/importservice.h"


#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

#include "import/common/inputstream.h"
#include "import/importsession.h"
#include "import/registry.h"
#include "pricing/pricecatalog.h"
#include "store/plannerstats.h"
#include "store/searchindex.h"
#include "store/database.h"

Q_DECLARE_LOGGING_CATEGORY(lcImport) // defined in importsession.cpp

namespace spanscope::import {

namespace {

// Same bytes => same fingerprint, without reading a whole multi-GB file twice:
// size + SHA-256 of the first and last MiB.
std::string fingerprint(const QString &path, int64_t size)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::to_string(size);
    QCryptographicHash h(QCryptographicHash::Sha256);
    constexpr qint64 kPart = 1 << 20;
    h.addData(f.read(kPart));
    if (size > 2 * kPart) {
        f.seek(size - kPart);
        h.addData(f.read(kPart));
    } else {
        h.addData(f.readAll());
    }
    return std::to_string(size) + ':' + h.result().toHex().toStdString();
}

// Forwards records to the session and reports progress every few thousand records.
class ProgressSink final : public RecordSink {
public:
    ProgressSink(ImportSession &session, const std::atomic<int64_t> &bytesRead, ImportProgress &progress,
                 const std::function<void(const ImportProgress &)> &cb)
        : m_session(session), m_bytesRead(bytesRead), m_progress(progress), m_cb(cb)
    {
    }
    void trace(TraceRecord &&t) override { m_session.trace(std::move(t)); tick(); }
    void observation(ObservationRecord &&o) override { m_session.observation(std::move(o)); tick(); }
    void score(ScoreRecord &&s) override { m_session.score(std::move(s)); tick(); }
    void attribute(AttributeRecord &&a) override { m_session.attribute(std::move(a)); }
    void prompt(PromptRecord &&p) override { m_session.prompt(std::move(p)); tick(); }
    void problem(ImportProblem &&p) override
    {
        m_session.problem(std::move(p));
        ++m_progress.skipped;
    }

private:
    void tick()
    {
        ++m_progress.records;
        if (m_cb && (m_progress.records & 4095) == 0) {
            m_progress.bytesDone = m_bytesRead.load(std::memory_order_relaxed);
            m_cb(m_progress);
        }
    }
    ImportSession &m_session;
    const std::atomic<int64_t> &m_bytesRead;
    ImportProgress &m_progress;
    const std::function<void(const ImportProgress &)> &m_cb;
};

} // namespace

ImportSummary importFiles(store::Database &db, const QStringList &files, const ImportOptions &options)
{
    ImportSummary summary;
    if (!db.isOpen()) {
        summary.outcome = ImportSummary::Outcome::Failed;
        summary.error = QStringLiteral("the workspace is not open");
        return summary;
    }
    auto unreadable = [&](FileSummary &fs, const QString &error) {
        fs.unreadable = true;
        fs.error = error;
        summary.files.push_back(fs);
        summary.outcome = ImportSummary::Outcome::Unreadable;
        summary.error = error;
        return summary;
    };
    const bool bulk = options.bulk && db.setJournalMode("DELETE");
    struct RestoreJournal {
        store::Database &db;
        bool bulk;
        ~RestoreJournal()
        {
            if (bulk)
                db.setJournalMode("WAL");
        }
    } restore{db, bulk};

    store::Transaction tx(db);
    if (!tx.isActive()) {
        summary.outcome = ImportSummary::Outcome::Failed;
        summary.error = QStringLiteral("cannot start writing to the workspace: %1").arg(db.lastError());
        return summary;
    }
    ImportSession session(db, options.catalog, options.costRollups, /*pipelined*/ true);
    if (!session.status()) {
        summary.outcome = ImportSummary::Outcome::Failed;
        summary.error = session.status().error;
        return summary;
    }
    ImportProgress progress;
    progress.fileCount = int(files.size());
    const Registry &registry = Registry::instance();

    for (int i = 0; i < files.size(); ++i) {
        const QString &path = files.at(i);
        FileSummary fs;
        fs.file = path;
        InputStream in;
        if (!in.open(path))
            return unreadable(fs, in.error());
        const SniffInput sniff = Registry::makeSniffInput(in.head());
        const Importer *importer = options.format.isEmpty() ? registry.sniff(sniff)
                                                            : registry.byId(options.format.toStdString());
        if (!importer) {
            if (!options.format.isEmpty())
                return unreadable(fs, QStringLiteral("%1: unknown format '%2'").arg(path, options.format));
            if (in.head().empty())
                return unreadable(fs, QStringLiteral("%1: the file is empty").arg(path));
            return unreadable(fs, QStringLiteral("%1: not a trace file Spanscope can read (recognised formats: "
                                                 "Langfuse exports, OTLP JSON)")
                                      .arg(path));
        }
        fs.format = QString::fromLatin1(importer->id());
        const std::string uri = QFileInfo(path).absoluteFilePath().toStdString();
        if (!session.beginFile(uri, importer->id(), fingerprint(path, in.fileSize()), in.fileSize()))
            break;
        progress.fileIndex = i;
        progress.file = path;
        progress.bytesTotal = in.fileSize();
        progress.bytesDone = 0;
        progress.stage = QStringLiteral("reading");
        if (options.progress)
            options.progress(progress);
        std::atomic<int64_t> bytesRead{0};
        ProgressSink sink(session, bytesRead, progress, options.progress);
        ReadContext ctx;
        ctx.fileName = path.toStdString();
        ctx.cancel = options.cancel;
        // Progress reads the offset through the sink (the input belongs to the importer).
        struct OffsetSink final : RecordSink {
            RecordSink &next;
            InputStream &in;
            std::atomic<int64_t> &bytes;
            OffsetSink(RecordSink &n, InputStream &i, std::atomic<int64_t> &b) : next(n), in(i), bytes(b) {}
            void sync() { bytes.store(in.compressedOffset(), std::memory_order_relaxed); }
            void trace(TraceRecord &&t) override { sync(); next.trace(std::move(t)); }
            void observation(ObservationRecord &&o) override { sync(); next.observation(std::move(o)); }
            void score(ScoreRecord &&s) override { sync(); next.score(std::move(s)); }
            void attribute(AttributeRecord &&a) override { next.attribute(std::move(a)); }
            void prompt(PromptRecord &&p) override { sync(); next.prompt(std::move(p)); }
            void problem(ImportProblem &&p) override { next.problem(std::move(p)); }
        } offsetSink(sink, in, bytesRead);
        const ReadResult rr = importer->read(in, offsetSink, ctx);
        if (rr.outcome == ReadResult::Outcome::Cancelled || ctx.cancelled()) {
            summary.outcome = ImportSummary::Outcome::Cancelled;
            summary.error = QStringLiteral("import cancelled; the workspace is unchanged");
            return summary; // the transaction rolls back
        }
        if (rr.outcome == ReadResult::Outcome::Unreadable)
            return unreadable(fs, rr.error);
        if (!session.endFile())
            break;
        const auto &c = session.fileCounts();
        fs.traces = c.traces;
        fs.observations = c.observations;
        fs.scores = c.scores;
        fs.prompts = c.prompts;
        fs.skipped = c.skipped;
        summary.traces += c.traces;
        summary.observations += c.observations;
        summary.scores += c.scores;
        summary.prompts += c.prompts;
        summary.skipped += c.skipped;
        summary.problems.insert(summary.problems.end(), session.fileProblems().begin(), session.fileProblems().end());
        summary.files.push_back(fs);
        progress.bytesDone = progress.bytesTotal;
        if (options.progress)
            options.progress(progress);
    }
    if (session.status()) {
        progress.stage = QStringLiteral("finishing");
        if (options.progress)
            options.progress(progress);
        session.finish();
    }
    if (!session.status()) {
        summary.outcome = ImportSummary::Outcome::Failed;
        summary.error = QStringLiteral("import failed, the workspace is unchanged: %1").arg(session.status().error);
        return summary;
    }
    if (options.cancel && options.cancel->load()) {
        summary.outcome = ImportSummary::Outcome::Cancelled;
        summary.error = QStringLiteral("import cancelled; the workspace is unchanged");
        return summary;
    }
    progress.stage = QStringLiteral("committing");
    if (options.progress)
        options.progress(progress);
    if (store::Status s = tx.commit(); !s) {
        summary.outcome = ImportSummary::Outcome::Failed;
        summary.error = QStringLiteral("cannot save the import: %1").arg(s.error);
        return summary;
    }
    summary.outcome = summary.skipped > 0 ? ImportSummary::Outcome::Skipped : ImportSummary::Outcome::Ok;
    if (options.committed)
        options.committed(summary);
    // Planner statistics keep filtered, sorted trace lists fast; a failure only costs speed.
    if (store::Status s = store::refreshPlannerStats(db); !s)
        qCWarning(lcImport) << s.error;
    if (options.buildSearchIndex) {
        // The import is saved; the search index catches up in batches of its own (a cancel here
        // keeps the data and leaves the rest of the index for the next run).
        progress.stage = QStringLiteral("indexing");
        store::SearchIndexOptions io;
        io.cancel = options.cancel;
        io.progress = [&](const store::SearchIndexProgress &p) {
            progress.records = p.rowsDone;
            progress.bytesDone = p.rowsDone;
            progress.bytesTotal = p.rowsTotal;
            if (options.progress)
                options.progress(progress);
        };
        store::SearchIndexProgress done;
        if (store::Status s = store::buildSearchIndex(db, io, &done); !s)
            summary.searchIndexError = s.error;
        summary.indexedRows = done.rowsDone;
        summary.indexedTextBytes = done.textBytes;
        int64_t left = 0;
        summary.searchIndexComplete = store::pendingSearchRows(db, left) && left == 0;
    }
    return summary;
}

} // namespace spanscope::import
