#pragma once
// Runs imports (and demo-data generation) one at a time on a worker thread, each with its own
// writer connection; queues further requests; reports progress and results as queued signals.
// Create, call and destroy on the UI thread.

#include <atomic>
#include <deque>
#include <memory>

#include <QObject>
#include <QStringList>

#include "generate/generator.h"
#include "import/importservice.h"

class QThread;

namespace spanscope::ui {

struct ImportJob {
    // Index: no files; brings an incomplete search index up to date (after a cancel or a crash).
    enum class Kind { Files, Demo, Index };
    quint64 id = 0;
    Kind kind = Kind::Files;
    QString workspacePath;
    QStringList files; // Files
    generate::Options demo; // Demo: generated into a temporary file, then imported
};

struct ImportResult {
    ImportJob job;
    import::ImportSummary summary;
};

class ImportController : public QObject {
    Q_OBJECT
public:
    explicit ImportController(QObject *parent = nullptr);
    // Cancels the running job and waits for its thread (the transaction rolls back).
    ~ImportController() override;

    // Both return the job id; the job starts at once when nothing runs, else after the others.
    quint64 importFiles(const QString &workspacePath, const QStringList &files);
    quint64 generateDemo(const QString &workspacePath, const generate::Options &options);
    quint64 resumeSearchIndex(const QString &workspacePath);

    bool isBusy() const { return m_thread != nullptr; }
    const ImportJob &currentJob() const { return m_current; }
    int queuedJobs() const { return int(m_queue.size()); }
    // Cancels the running job and drops the queued ones.
    void cancelAll();

signals:
    void jobStarted(const spanscope::ui::ImportJob &job);
    // From the worker, throttled; stage "generating" while demo data is written.
    void progressChanged(const spanscope::import::ImportProgress &progress);
    // The job's data is committed and readable (the search index may still be building).
    void jobCommitted(const spanscope::ui::ImportJob &job);
    void jobFinished(const spanscope::ui::ImportResult &result);
    // No job runs and none is queued.
    void idle();

private:
    quint64 enqueue(ImportJob job);
    void startNext();

    std::deque<ImportJob> m_queue;
    QThread *m_thread = nullptr;
    ImportJob m_current;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    quint64 m_lastId = 0;
};

} // namespace spanscope::ui

Q_DECLARE_METATYPE(spanscope::ui::ImportJob)
Q_DECLARE_METATYPE(spanscope::ui::ImportResult)
Q_DECLARE_METATYPE(spanscope::import::ImportProgress)
