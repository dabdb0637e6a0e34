#include "import/importfeedback.h"

#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>

#include "import/importcontroller.h"

namespace spanscope::ui {

ImportFeedback::ImportFeedback(ImportController *controller, QWidget *window)
    : QObject(window)
    , m_controller(controller)
    , m_window(window)
{
    connect(controller, &ImportController::jobStarted, this, &ImportFeedback::onStarted);
    connect(controller, &ImportController::progressChanged, this, &ImportFeedback::onProgress);
    connect(controller, &ImportController::jobFinished, this, &ImportFeedback::onFinished);
}

void ImportFeedback::onStarted(const ImportJob &job)
{
    m_cancelRequested = false;
    if (!m_progress) {
        m_progress = new QProgressDialog(m_window);
        m_progress->setObjectName(QStringLiteral("importProgress"));
        m_progress->setWindowTitle(tr("Import"));
        m_progress->setRange(0, 1000);
        m_progress->setAutoClose(false);
        m_progress->setAutoReset(false);
        // Window-modal: the rest of the desktop stays usable, the event loop keeps running.
        m_progress->setWindowModality(Qt::WindowModal);
        m_progress->setMinimumDuration(400);
        m_progress->setMinimumWidth(420);
        connect(m_progress, &QProgressDialog::canceled, this, [this] {
            m_cancelRequested = true;
            m_controller->cancelAll();
            if (m_progress) {
                m_progress->setLabelText(tr("Cancelling…"));
                m_progress->show(); // canceled() hides the dialog; keep it up until the job stops
            }
        });
    }
    m_progress->setLabelText(
        job.kind == ImportJob::Kind::Demo ? tr("Preparing the demo workspace…") : tr("Starting import…"));
    m_progress->setValue(0);
}

void ImportFeedback::onProgress(const import::ImportProgress &p)
{
    if (!m_progress || m_cancelRequested)
        return;
    if (p.stage == QLatin1String("generating")) {
        m_progress->setLabelText(tr("Generating demo data…"));
        return;
    }
    const int files = std::max(1, p.fileCount);
    const double inFile = p.bytesTotal > 0 ? double(p.bytesDone) / double(p.bytesTotal) : 0.0;
    const int value = int(1000.0 * (p.fileIndex + std::clamp(inFile, 0.0, 1.0)) / files);
    m_progress->setValue(std::clamp(value, 0, 999)); // 1000 only when the job is really done
    const QString name = QFileInfo(p.file).fileName();
    QString label;
    if (p.stage == QLatin1String("indexing"))
        label = tr("Updating the search index…");
    else if (p.stage == QLatin1String("committing"))
        label = tr("Saving…");
    else
        label = tr("Reading %1 (file %2 of %3)").arg(name).arg(p.fileIndex + 1).arg(files);
    label += QLatin1Char('\n')
        + tr("%1 records read, %2 skipped")
              .arg(QLocale().toString(qint64(p.records)), QLocale().toString(qint64(p.skipped)));
    m_progress->setLabelText(label);
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
    if (m_progress) {
        m_progress->setValue(1000);
        m_progress->close();
        m_progress->deleteLater();
        m_progress.clear();
    }
    // A clean demo set-up needs no applause; everything else is reported.
    const bool quietDemo
        = result.job.kind == ImportJob::Kind::Demo && result.summary.outcome == import::ImportSummary::Outcome::Ok;
    if (quietDemo)
        return;
    if (m_summary)
        m_summary->close();
    using Outcome = import::ImportSummary::Outcome;
    const bool bad = result.summary.outcome == Outcome::Failed || result.summary.outcome == Outcome::Unreadable;
    auto *box = new QMessageBox(bad ? QMessageBox::Warning : QMessageBox::Information, summaryTitle(result),
        summaryText(result), QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("importSummary"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QString skipped = skippedRecordsText(result);
    if (!skipped.isEmpty())
        box->setDetailedText(skipped);
    box->setWindowModality(Qt::NonModal);
    box->show();
    m_summary = box;
}

} // namespace spanscope::ui
