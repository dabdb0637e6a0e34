#pragma once
// What the user sees of imports: a progress dialog with Cancel while a job runs, then a summary
// (counts, and every skipped record with its file and position). UI thread only.

#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <QProgressDialog>

namespace spanscope::import {
struct ImportProgress;
}

namespace spanscope::ui {

class ImportController;
struct ImportJob;
struct ImportResult;

class ImportFeedback : public QObject {
    Q_OBJECT
public:
    ImportFeedback(ImportController *controller, QWidget *window);

    // The summary box of the last finished job (non-modal, deleted on close); null when closed.
    QMessageBox *summaryBox() const { return m_summary; }
    QProgressDialog *progressDialog() const { return m_progress; }

    // Texts of the summary, separate so tests can check them.
    static QString summaryTitle(const ImportResult &result);
    static QString summaryText(const ImportResult &result);
    static QString skippedRecordsText(const ImportResult &result, int maxLines = 2000);

private:
    void onStarted(const ImportJob &job);
    void onProgress(const import::ImportProgress &progress);
    void onFinished(const ImportResult &result);

    ImportController *m_controller;
    QWidget *m_window;
    QPointer<QProgressDialog> m_progress;
    QPointer<QMessageBox> m_summary;
    bool m_cancelRequested = false;
};

} // namespace spanscope::ui
