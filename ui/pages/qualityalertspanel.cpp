#include "pages/qualityalertspanel.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

#include <memory>

#include "jobs/readjobs.h"
#include "util/format.h"

namespace spanscope::ui {

namespace {
const QString kChannel = QStringLiteral("quality-alerts");
const QString kFileKey = QStringLiteral("quality/alertRulesFile");

// A firing's value and threshold in the unit of its rule.
QString valueText(analytics::AlertType type, double v)
{
    switch (type) {
    case analytics::AlertType::Cost: return formatCost(v);
    case analytics::AlertType::ErrorRate: return QStringLiteral("%1 %").arg(v * 100, 0, 'f', 1);
    case analytics::AlertType::LatencyP95: return QStringLiteral("%1 ms").arg(v, 0, 'f', 0);
    case analytics::AlertType::ScoreMean:
    case analytics::AlertType::Drift: return QString::number(v, 'f', 3);
    }
    return QString::number(v);
}
} // namespace

AlertsPanel::AlertsPanel(std::function<jobs::ReadJobs *()> jobs, QWidget *parent)
    : QWidget(parent)
    , m_jobs(std::move(jobs))
{
    auto *choose = new QPushButton(tr("Rules file…"), this);
    choose->setToolTip(tr("A JSON file of alert rules, as spanscope-cli alerts --rules reads"));
    m_evaluate = new QPushButton(tr("Evaluate"), this);
    m_evaluate->setEnabled(false);
    m_fileLabel = new QLabel(tr("No rules file chosen"), this);
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table = new QTableWidget(0, 7, this);
    m_table->setHorizontalHeaderLabels(
        { tr("Severity"), tr("Rule"), tr("Window"), tr("Value"), tr("Threshold"), tr("Samples"), tr("Traces") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *row = new QHBoxLayout;
    row->addWidget(choose);
    row->addWidget(m_evaluate);
    row->addWidget(m_fileLabel, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    connect(choose, &QPushButton::clicked, this, &AlertsPanel::chooseFile);
    connect(m_evaluate, &QPushButton::clicked, this, &AlertsPanel::evaluate);
    connect(m_table, &QTableWidget::cellActivated, this, [this](int r, int) {
        if (r >= 0 && size_t(r) < m_firings.size())
            emit openTracesRequested(filterFor(m_firings[size_t(r)]));
    });
    const QString remembered = QSettings().value(kFileKey).toString();
    if (!remembered.isEmpty()) {
        m_file = remembered;
        m_fileLabel->setText(QDir::toNativeSeparators(m_file));
        m_evaluate->setEnabled(true);
    }
}

void AlertsPanel::chooseFile()
{
    const QString start = m_file.isEmpty() ? QString() : QFileInfo(m_file).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Alert rules"), start, tr("Alert rules (*.json);;All files (*)"));
    if (!path.isEmpty())
        setRulesFile(path);
}

void AlertsPanel::setRulesFile(const QString &path)
{
    m_file = path;
    QSettings().setValue(kFileKey, path);
    m_fileLabel->setText(QDir::toNativeSeparators(path));
    m_evaluate->setEnabled(true);
    evaluate();
}

bool AlertsPanel::isBusy() const
{
    jobs::ReadJobs *jobs = m_jobs();
    return jobs && jobs->isBusy(kChannel);
}

store::TraceFilter AlertsPanel::filterFor(const analytics::AlertFiring &firing)
{
    store::TraceFilter f;
    if (!firing.traceIds.empty()) {
        f.traceIds = firing.traceIds;
    } else {
        f.fromNs = firing.fromNs;
        f.toNs = firing.toNs;
    }
    return f;
}

void AlertsPanel::evaluate()
{
    jobs::ReadJobs *jobs = m_jobs();
    if (m_file.isEmpty() || !jobs || jobs->databasePath().isEmpty())
        return;
    m_status->setText(tr("Evaluating %1…").arg(QFileInfo(m_file).fileName()));
    struct Result {
        QString error;
        std::vector<analytics::AlertFiring> firings;
        size_t rules = 0;
    };
    const QString file = m_file;
    jobs->run<std::shared_ptr<Result>>(
        kChannel, this,
        [file](store::Database &db) {
            auto r = std::make_shared<Result>();
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly)) {
                r->error = tr("Cannot read the rules file %1: %2. Choose another file.").arg(file, f.errorString());
                return r;
            }
            std::vector<analytics::AlertRule> rules;
            QString error;
            if (!analytics::parseAlertRules(f.readAll(), rules, error)) {
                r->error = tr("The rules file %1 is not valid: %2").arg(file, error);
                return r;
            }
            r->rules = rules.size();
            if (store::Status s = analytics::evaluateAlerts(db, rules, r->firings); !s)
                r->error = tr("Cannot evaluate the rules: %1").arg(s.error);
            return r;
        },
        [this](std::shared_ptr<Result> r) {
            if (!r->error.isEmpty()) {
                show({}, r->error);
                return;
            }
            const QString status = tr("%n rule(s) evaluated", nullptr, int(r->rules)) + QStringLiteral(" · ")
                + (r->firings.empty() ? tr("nothing fires") : tr("%n firing(s)", nullptr, int(r->firings.size())));
            show(std::move(r->firings), status);
        },
        [this](const QString &message) { show({}, message); });
}

void AlertsPanel::show(std::vector<analytics::AlertFiring> firings, const QString &status)
{
    m_firings = std::move(firings);
    m_table->setRowCount(int(m_firings.size()));
    for (int i = 0; i < int(m_firings.size()); ++i) {
        const analytics::AlertFiring &f = m_firings[size_t(i)];
        auto *severity = new QTableWidgetItem(QString::fromStdString(f.severity));
        if (f.severity == "critical")
            severity->setForeground(QColor(0xc6, 0x28, 0x28));
        m_table->setItem(i, 0, severity);
        m_table->setItem(i, 1, new QTableWidgetItem(QStringLiteral("%1 (%2)").arg(QString::fromStdString(f.rule),
                                                                                  QLatin1String(analytics::alertTypeName(f.type)))));
        m_table->setItem(i, 2, new QTableWidgetItem(formatTimestamp(f.fromNs) + QStringLiteral(" – ") + formatTimestamp(f.toNs)));
        m_table->setItem(i, 3, new QTableWidgetItem(valueText(f.type, f.value)));
        m_table->setItem(i, 4, new QTableWidgetItem(valueText(f.type, f.threshold)));
        m_table->setItem(i, 5, new QTableWidgetItem(QString::number(f.samples)));
        auto *traces = new QTableWidgetItem(int64_t(f.traceIds.size()) < f.traceCount
                                                ? tr("%1 worst of %2").arg(f.traceIds.size()).arg(f.traceCount)
                                                : QString::number(f.traceCount));
        traces->setToolTip(tr("Double-click or press Enter to open these traces"));
        m_table->setItem(i, 6, traces);
    }
    m_table->resizeColumnsToContents();
    m_status->setText(status);
    emit evaluated();
}

} // namespace spanscope::ui
