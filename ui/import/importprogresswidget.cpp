#include "import/importprogresswidget.h"

#include <algorithm>

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>

#include "import/importcontroller.h"

namespace spanscope::ui {

ImportProgressWidget::ImportProgressWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("importProgress"));
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("importProgressLabel"));
    m_label->setTextFormat(Qt::PlainText);
    m_bar = new QProgressBar(this);
    m_bar->setRange(0, 1000);
    m_bar->setTextVisible(false);
    m_bar->setFixedWidth(160);
    m_bar->setMaximumHeight(m_label->sizeHint().height());
    m_cancel = new QToolButton(this);
    m_cancel->setObjectName(QStringLiteral("importCancelButton"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the import; the workspace stays as it was before it"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        setCancelling();
        emit cancelRequested();
    });
    hide();
}

void ImportProgressWidget::start(const ImportJob &job, int queued)
{
    m_cancelling = false;
    m_cancel->setEnabled(true);
    m_elapsed.start();
    m_bar->setRange(0, 1000);
    m_bar->setValue(0);
    QString text = job.kind == ImportJob::Kind::Demo    ? tr("Preparing the demo workspace…")
                   : job.kind == ImportJob::Kind::Index ? tr("Completing the search index…")
                                                        : tr("Starting import of %n file(s)…", nullptr, int(job.files.size()));
    if (queued > 0)
        text += QLatin1Char(' ') + tr("(%n more queued)", nullptr, queued);
    m_label->setText(text);
    show();
}

void ImportProgressWidget::update(const import::ImportProgress &p)
{
    if (m_cancelling)
        return;
    if (p.stage == QLatin1String("generating")) {
        m_bar->setRange(0, 0); // busy: the generator reports no fraction
        m_label->setText(tr("Generating demo data…"));
        return;
    }
    m_bar->setRange(0, 1000);
    const QLocale locale;
    const int files = std::max(1, p.fileCount);
    const double inFile = p.bytesTotal > 0 ? double(p.bytesDone) / double(p.bytesTotal) : 0.0;
    const int value = int(1000.0 * (p.fileIndex + std::clamp(inFile, 0.0, 1.0)) / files);
    m_bar->setValue(std::clamp(value, 0, 999)); // 1000 only when the job is really done
    QString text;
    if (p.stage == QLatin1String("indexing"))
        text = tr("Updating the search index…");
    else if (p.stage == QLatin1String("committing"))
        text = tr("Saving…");
    else
        text = tr("Importing %1 (file %2 of %3)").arg(QFileInfo(p.file).fileName()).arg(p.fileIndex + 1).arg(files);
    const double seconds = std::max(0.001, double(m_elapsed.elapsed()) / 1000.0);
    text += QStringLiteral(" · ") + tr("%1 records").arg(locale.toString(qint64(p.records)));
    if (p.records > 0 && seconds >= 0.5)
        text += QStringLiteral(" · ") + tr("%1/s").arg(locale.toString(qint64(double(p.records) / seconds)));
    if (p.skipped > 0)
        text += QStringLiteral(" · ") + tr("%1 skipped").arg(locale.toString(qint64(p.skipped)));
    m_label->setText(text);
}

void ImportProgressWidget::setCancelling()
{
    m_cancelling = true;
    m_cancel->setEnabled(false);
    m_label->setText(tr("Cancelling…"));
}

void ImportProgressWidget::finish()
{
    hide();
}

} // namespace spanscope::ui
