#include "import/importfeedback.h"

#include <QFileInfo>
#include <QLocale>
#include "import/importcontroller.h"
#include "import/importprogresswidget.h"
#include "import/importsummarydialog.h"

namespace spanscope::ui {

ImportFeedback::ImportFeedback(ImportController *controller, QWidget *window)
    : QObject(window)
    , m_controller(controller)
    , m_window(window)
{
    m_progress = new ImportProgressWidget(window);
    connect(m_progress, &ImportProgressWidget::cancelRequested, controller, &ImportController::cancelAll);
    connect(controller, &ImportController::jobStarted, this, &ImportFeedback::onStarted);
    connect(controller, &ImportController::progressChanged, this, &ImportFeedback::onProgress);
    connect(controller, &ImportController::jobFinished, this, &ImportFeedback::onFinished);
}

ImportFeedback::~ImportFeedback() = default;

ImportSummaryDialog *ImportFeedback::summaryDialog() const
{
    return m_summary;
}

void ImportFeedback::onStarted(const ImportJob &job)
{
    m_progress->start(job, m_controller->queuedJobs());
}

void ImportFeedback::onProgress(const import::ImportProgress &p)
{
    m_progress->update(p);
}

QString ImportFeedback::summaryTitle(const ImportResult &result)
{
    using Outcome = import::ImportSummary::Outcome;
    switch (result.summary.outcome) {
    case Outcome::Ok:
        return tr("Import finished");
    case Outcome::Skipped:
        return tr("Import finished with skipped records");
    case Outcome::Unreadable:
        return tr("File could not be read");
    case Outcome::Cancelled:
        return tr("Import cancelled");
    case Outcome::Failed:
        return tr("Import failed");
    }
    return {};
}

QString ImportFeedback::summaryText(const ImportResult &result)
{
    using Outcome = import::ImportSummary::Outcome;
    const import::ImportSummary &s = result.summary;
    switch (s.outcome) {
    case Outcome::Cancelled:
        return tr("The import was cancelled. The workspace is unchanged.");
    case Outcome::Unreadable:
    case Outcome::Failed:
        return tr("Nothing was imported: %1").arg(s.error);
    case Outcome::Ok:
    case Outcome::Skipped:
        break;
    }
    // Each count is its own plural phrase so every language can inflect it.
    QString text
        = tr("Imported %1, %2 and %3 from %4.")
              .arg(tr("%Ln trace(s)", nullptr, int(s.traces)), tr("%Ln observation(s)", nullptr, int(s.observations)),
                  tr("%Ln score(s)", nullptr, int(s.scores)), tr("%Ln file(s)", nullptr, int(s.files.size())));
    if (s.skipped > 0)
        text += QLatin1Char('\n')
            + tr("%Ln record(s) skipped; details below and in the import log.", nullptr, int(s.skipped));
    return text;
}

QString ImportFeedback::skippedRecordsText(const ImportResult &result, int maxLines)
{
    QStringList lines;
    const auto &problems = result.summary.problems;
    for (const ImportProblem &p : problems) {
        if (lines.size() >= maxLines) {
            lines << tr("… and %n more", nullptr, int(problems.size()) - maxLines);
            break;
        }
        const QString file = QFileInfo(QString::fromStdString(p.file)).fileName();
        const QString where
            = p.line > 0 ? tr("%1, line %2").arg(file).arg(p.line) : tr("%1, byte %2").arg(file).arg(p.byteOffset);
        lines << tr("%1: %2 (%3)").arg(where, QString::fromStdString(p.message), QString::fromStdString(p.kind));
    }
    return lines.join(QLatin1Char('\n'));
}

void ImportFeedback::onFinished(const ImportResult &result)
{
    if (!m_controller->isBusy())
        m_progress->finish();
    // A clean demo set-up needs no applause; everything else is reported.
    // A clean demo set-up or index catch-up needs no applause; everything else is reported.
    const bool quiet = result.job.kind != ImportJob::Kind::Files
                       && result.summary.outcome == import::ImportSummary::Outcome::Ok;
    if (quiet || (result.job.kind == ImportJob::Kind::Index
                  && result.summary.outcome == import::ImportSummary::Outcome::Cancelled))
        return;
    if (m_summary)
        m_summary->close();
    auto *dialog = new ImportSummaryDialog(result, summaryTitle(result), summaryText(result), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::NonModal);
    dialog->show();
    m_summary = dialog;
}

} // namespace spanscope::ui
