#pragma once
// What the user sees of imports: the progress widget (status bar) with Cancel while a job runs,
// then a summary dialog (counts, and every skipped record with its file and position).
// UI thread only.

#include <QObject>
#include <QPointer>

namespace spanscope::import {
struct ImportProgress;
}

namespace spanscope::ui {

class ImportController;
class ImportProgressWidget;
class ImportSummaryDialog;
struct ImportJob;
struct ImportResult;

class ImportFeedback : public QObject {
    Q_OBJECT
public:
    ImportFeedback(ImportController *controller, QWidget *window);
    ~ImportFeedback() override;

    // Lives in the window's status bar; hidden while no import runs.
    ImportProgressWidget *progressWidget() const { return m_progress; }
    // The summary of the last finished job (deleted on close); null when closed.
    ImportSummaryDialog *summaryDialog() const;

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
    ImportProgressWidget *m_progress = nullptr;
    QPointer<ImportSummaryDialog> m_summary;
};

} // namespace spanscope::ui
