#include "import/importcontroller.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QThread>

#include "store/database.h"

Q_LOGGING_CATEGORY(lcImportUi, "spanscope.ui.import")

namespace spanscope::ui {

namespace {

// Progress reaches the UI at most this often: more would only flood the event queue.
constexpr qint64 kProgressIntervalMs = 50;

import::ImportSummary failed(const QString &message)
{
    import::ImportSummary s;
    s.outcome = import::ImportSummary::Outcome::Failed;
    s.error = message;
    return s;
}

// Body of one job; runs on the worker thread and touches nothing of the controller.
import::ImportSummary runJob(const ImportJob &job, const std::atomic<bool> *cancel,
                             const std::function<void(const import::ImportProgress &)> &progress,
                             const std::function<void()> &committed)
{
    QStringList files = job.files;
    QTemporaryDir tempDir; // holds generated demo data until the import is done
    if (job.kind == ImportJob::Kind::Demo) {
        import::ImportProgress p;
        p.stage = QStringLiteral("generating");
        progress(p);
        if (!tempDir.isValid())
            return failed(QCoreApplication::translate("spanscope::ui::ImportController",
                                                      "Cannot create a temporary folder: %1")
                              .arg(tempDir.errorString()));
        const QString file = tempDir.filePath(QStringLiteral("demo.jsonl"));
        const generate::Result generated = generate::writeFile(file, job.demo);
        if (!generated.ok)
            return failed(
                QCoreApplication::translate("spanscope::ui::ImportController", "Cannot generate the demo data: %1")
                    .arg(generated.error));
        files = QStringList { file };
    }
    if (cancel->load()) {
        import::ImportSummary s;
        s.outcome = import::ImportSummary::Outcome::Cancelled;
        return s;
    }
    // The worker's own connection: SQLite connections are not shared between threads.
    store::Database db;
    if (store::Status s = db.open(job.workspacePath, store::Database::Mode::ReadWrite); !s)
        return failed(s.error);
    import::ImportOptions options;
    options.cancel = cancel;
    options.progress = progress;
    options.committed = [&committed](const import::ImportSummary &) { committed(); };
    return import::importFiles(db, files, options);
}

} // namespace

ImportController::ImportController(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<ImportJob>();
    qRegisterMetaType<ImportResult>();
    qRegisterMetaType<import::ImportProgress>();
}

ImportController::~ImportController()
{
    m_queue.clear();
    if (m_thread) {
        m_cancel->store(true);
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
}

quint64 ImportController::importFiles(const QString &workspacePath, const QStringList &files)
{
    ImportJob job;
    job.kind = ImportJob::Kind::Files;
    job.workspacePath = workspacePath;
    job.files = files;
    return enqueue(std::move(job));
}

quint64 ImportController::resumeSearchIndex(const QString &workspacePath)
{
    ImportJob job;
    job.kind = ImportJob::Kind::Index;
    job.workspacePath = workspacePath;
    return enqueue(std::move(job));
}

quint64 ImportController::generateDemo(const QString &workspacePath, const generate::Options &options)
{
    ImportJob job;
    job.kind = ImportJob::Kind::Demo;
    job.workspacePath = workspacePath;
    job.demo = options;
    return enqueue(std::move(job));
}

quint64 ImportController::enqueue(ImportJob job)
{
    job.id = ++m_lastId;
    const quint64 id = job.id;
    m_queue.push_back(std::move(job));
    if (!m_thread)
        startNext();
    return id;
}

void ImportController::cancelAll()
{
    m_queue.clear();
    if (m_cancel)
        m_cancel->store(true);
}

void ImportController::startNext()
{
    if (m_queue.empty()) {
        emit idle();
        return;
    }
    m_current = std::move(m_queue.front());
    m_queue.pop_front();
    m_cancel = std::make_shared<std::atomic<bool>>(false);

    auto result = std::make_shared<import::ImportSummary>();
    const ImportJob job = m_current;
    const std::shared_ptr<std::atomic<bool>> cancel = m_cancel;
    m_thread = QThread::create([job, cancel, result, this] {
        QElapsedTimer sinceLast;
        QString lastStage;
        int lastFile = -1;
        const auto progress = [&](const import::ImportProgress &p) {
            // Stage and file changes always pass; byte counts are throttled.
            const bool milestone = p.stage != lastStage || p.fileIndex != lastFile;
            if (!milestone && sinceLast.isValid() && sinceLast.elapsed() < kProgressIntervalMs)
                return;
            sinceLast.restart();
            lastStage = p.stage;
            lastFile = p.fileIndex;
            // The controller outlives this thread (its destructor waits), so posting is safe.
            QMetaObject::invokeMethod(
                this,
                [this, p, id = job.id] {
                    if (m_thread && m_current.id == id)
                        emit progressChanged(p);
                },
                Qt::QueuedConnection);
        };
        // The data is visible from the commit on, before the search index is built.
        const auto committed = [this, id = job.id] {
            QMetaObject::invokeMethod(
                this,
                [this, id] {
                    if (m_thread && m_current.id == id)
                        emit jobCommitted(m_current);
                },
                Qt::QueuedConnection);
        };
        *result = runJob(job, cancel.get(), progress, committed);
    });
    m_thread->setObjectName(QStringLiteral("spanscope-import"));
    connect(m_thread, &QThread::finished, this, [this, result, id = job.id] {
        if (!m_thread || m_current.id != id)
            return; // a stale thread: its result belongs to nobody
        m_thread->deleteLater();
        m_thread = nullptr;
        ImportResult r { m_current, std::move(*result) };
        qCInfo(lcImportUi) << "job" << id << "finished:" << int(r.summary.outcome) << r.summary.traces << "traces"
                           << r.summary.observations << "observations" << r.summary.skipped << "skipped";
        emit jobFinished(r);
        startNext();
    });
    emit jobStarted(m_current);
    m_thread->start();
}

} // namespace spanscope::ui
