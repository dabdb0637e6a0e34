// Quality page panels: score-vs-score (Pearson/Spearman, or a confusion matrix with agreement and
// Cohen's kappa for categorical pairs) and the low-quality list (newest first, with inputs).

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include "analytics/correlation.h"
#include "jobs/readjobs.h"
#include "pages/qualitypage.h"
#include "util/format.h"

namespace spanscope::ui {

namespace {
const QString kPairsChannel = QStringLiteral("quality-pairs");
const QString kLowChannel = QStringLiteral("quality-low");
constexpr int kLowLimit = 500;

QString number(double v, int decimals = 3)
{
    return std::isnan(v) ? QStringLiteral("–") : QString::number(v, 'f', decimals);
}

// One line of a JSON payload for the list: message contents when it is a chat, else compact JSON.
QString inputExcerpt(const std::optional<std::string> &json)
{
    if (!json)
        return {};
    QString text = QString::fromStdString(*json);
    // A JSON string payload reads better unquoted.
    const QJsonValue v = QJsonDocument::fromJson("[" + QByteArray::fromStdString(*json) + "]").array().at(0);
    if (v.isString())
        text = v.toString();
    text = text.simplified();
    return text.size() > 300 ? text.left(300) + QStringLiteral("…") : text;
}
} // namespace

QWidget *QualityPage::buildPairsPanel()
{
    auto *panel = new QWidget(this);
    m_pairA = new QComboBox(panel);
    m_pairB = new QComboBox(panel);
    m_pairA->setMinimumContentsLength(14);
    m_pairB->setMinimumContentsLength(14);
    m_correlation = new QLabel(panel);
    m_correlation->setWordWrap(true);
    m_correlation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_confusion = new QTableWidget(panel);
    m_confusion->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_confusion->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *row = new QHBoxLayout;
    row->addWidget(m_pairA);
    row->addWidget(new QLabel(tr("vs"), panel));
    row->addWidget(m_pairB);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(panel);
    layout->addLayout(row);
    layout->addWidget(m_correlation);
    layout->addWidget(m_confusion, 1);
    connect(m_pairA, &QComboBox::currentIndexChanged, this, &QualityPage::loadPairs);
    connect(m_pairB, &QComboBox::currentIndexChanged, this, &QualityPage::loadPairs);
    return panel;
}

QWidget *QualityPage::buildLowQualityPanel()
{
    auto *panel = new QWidget(this);
    m_lowScore = new QComboBox(panel);
    m_lowThreshold = new QDoubleSpinBox(panel);
    m_lowThreshold->setRange(-1e9, 1e9);
    m_lowThreshold->setDecimals(3);
    m_lowThreshold->setSingleStep(0.05);
    m_lowThreshold->setValue(0.5);
    m_lowLabel = new QComboBox(panel);
    m_lowScore->setMinimumContentsLength(14);
    m_lowTable = new QTableWidget(0, 5, panel);
    m_lowTable->setHorizontalHeaderLabels({ tr("Time"), tr("Trace"), tr("Score"), tr("Comment"), tr("Input") });
    m_lowTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lowTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lowTable->verticalHeader()->hide();
    m_lowTable->horizontalHeader()->setStretchLastSection(true);
    m_lowTable->setWordWrap(false);
    auto *row = new QHBoxLayout;
    row->addWidget(m_lowScore);
    row->addWidget(new QLabel(tr("below"), panel));
    row->addWidget(m_lowThreshold);
    row->addWidget(m_lowLabel);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(panel);
    layout->addLayout(row);
    layout->addWidget(m_lowTable, 1);
    connect(m_lowScore, &QComboBox::currentIndexChanged, this, &QualityPage::loadLowQuality);
    connect(m_lowThreshold, &QDoubleSpinBox::valueChanged, this, &QualityPage::loadLowQuality);
    connect(m_lowLabel, &QComboBox::currentIndexChanged, this, &QualityPage::loadLowQuality);
    connect(m_lowTable, &QTableWidget::cellActivated, this, [this](int r, int) {
        if (QTableWidgetItem *item = m_lowTable->item(r, 1))
            emit openTraceRequested(item->data(Qt::UserRole).toString());
    });
    return panel;
}

void QualityPage::fillPanelPickers()
{
    const QString a = m_pairA->currentData().toString(), b = m_pairB->currentData().toString();
    const QString low = m_lowScore->currentData().toString();
    const QSignalBlocker ba(m_pairA), bb(m_pairB), bl(m_lowScore);
    m_pairA->clear();
    m_pairB->clear();
    m_lowScore->clear();
    for (const auto &n : m_names) {
        if (n.dataType == "TEXT")
            continue;
        const QString name = QString::fromStdString(n.name);
        m_pairA->addItem(name, name);
        m_pairB->addItem(name, name);
        m_lowScore->addItem(name, name);
    }
    m_pairA->setCurrentIndex(std::max(0, m_pairA->findData(a)));
    m_pairB->setCurrentIndex(m_pairB->findData(b) >= 0 ? m_pairB->findData(b) : std::min(1, m_pairB->count() - 1));
    m_lowScore->setCurrentIndex(std::max(0, m_lowScore->findData(low)));
    loadPairs();
    loadLowQuality();
}

void QualityPage::loadPairs()
{
    jobs::ReadJobs *jobs = readJobs();
    const std::string a = m_pairA->currentData().toString().toStdString();
    const std::string b = m_pairB->currentData().toString().toStdString();
    if (!jobs || jobs->databasePath().isEmpty() || a.empty() || b.empty())
        return;
    struct Result {
        store::Status status;
        analytics::Correlation correlation;
        analytics::ConfusionMatrix matrix;
        bool categorical = false;
    };
    jobs->run<std::shared_ptr<Result>>(
        kPairsChannel, this,
        [a, b](store::Database &db) {
            auto r = std::make_shared<Result>();
            store::ScorePairs pairs;
            r->status = store::loadScorePairs(db, a, b, pairs);
            r->correlation = analytics::correlate(pairs.a, pairs.b);
            // Pairs where either side has only a label are categorical.
            r->categorical = pairs.a.empty() && !pairs.labels.empty();
            if (r->categorical)
                r->matrix = analytics::confusionMatrix(pairs.labels);
            return r;
        },
        [this, a, b](std::shared_ptr<Result> r) {
            finished();
            if (!r->status) {
                m_correlation->setText(r->status.error);
                return;
            }
            m_confusion->clear();
            if (r->categorical) {
                const auto &m = r->matrix;
                m_correlation->setText(tr("%n pair(s) on the same traces/observations", nullptr, int(m.total)) + QStringLiteral(" · ")
                                       + tr("agreement %1 · Cohen's kappa %2").arg(number(m.agreement), number(m.kappa))
                                       + QStringLiteral("\n") + tr("Rows: %1 · columns: %2")
                                                                     .arg(QString::fromStdString(a), QString::fromStdString(b)));
                m_confusion->setRowCount(int(m.rowLabels.size()));
                m_confusion->setColumnCount(int(m.columnLabels.size()));
                QStringList rows, cols;
                for (const auto &l : m.rowLabels)
                    rows << QString::fromStdString(l);
                for (const auto &l : m.columnLabels)
                    cols << QString::fromStdString(l);
                m_confusion->setVerticalHeaderLabels(rows);
                m_confusion->setHorizontalHeaderLabels(cols);
                for (size_t i = 0; i < m.rowLabels.size(); ++i)
                    for (size_t j = 0; j < m.columnLabels.size(); ++j) {
                        auto *item = new QTableWidgetItem(QString::number(m.counts[i][j]));
                        item->setTextAlignment(Qt::AlignCenter);
                        m_confusion->setItem(int(i), int(j), item);
                    }
                m_confusion->show();
            } else {
                const auto &c = r->correlation;
                m_correlation->setText(c.n == 0 ? tr("No target carries both scores.")
                                                : tr("%n pair(s) on the same traces/observations", nullptr, int(c.n))
                                                      + QStringLiteral(" · ")
                                                      + tr("Pearson r = %1 · Spearman ρ = %2").arg(number(c.pearson), number(c.spearman)));
                m_confusion->setRowCount(0);
                m_confusion->setColumnCount(0);
                m_confusion->hide();
            }
        },
        [this](const QString &message) {
            m_correlation->setText(message);
            finished();
        });
}

void QualityPage::loadLowQuality()
{
    jobs::ReadJobs *jobs = readJobs();
    const QString name = m_lowScore->currentData().toString();
    if (!jobs || jobs->databasePath().isEmpty() || name.isEmpty())
        return;
    const store::ScoreNameInfo *info = nullptr;
    for (const auto &n : m_names)
        if (QString::fromStdString(n.name) == name)
            info = &n;
    const bool categorical = info && info->dataType == "CATEGORICAL";
    m_lowThreshold->setVisible(!categorical);
    m_lowLabel->setVisible(categorical);
    if (categorical && m_lowLabel->property("score").toString() != name) {
        const QSignalBlocker block(m_lowLabel);
        m_lowLabel->clear();
        for (const auto &c : info->categories)
            m_lowLabel->addItem(QString::fromStdString(c));
        m_lowLabel->setProperty("score", name);
    }
    store::LowQualityQuery q;
    q.scoreName = name.toStdString();
    q.limit = kLowLimit;
    if (categorical)
        q.label = m_lowLabel->currentText().toStdString();
    else
        q.below = m_lowThreshold->value();
    struct Result {
        store::Status status;
        std::vector<store::LowQualityRow> rows;
    };
    jobs->run<std::shared_ptr<Result>>(
        kLowChannel, this,
        [q](store::Database &db) {
            auto r = std::make_shared<Result>();
            r->status = store::loadLowQuality(db, q, r->rows);
            return r;
        },
        [this](std::shared_ptr<Result> r) {
            finished();
            m_lowTable->setRowCount(0);
            if (!r->status)
                return;
            m_lowTable->setRowCount(int(r->rows.size()));
            for (int i = 0; i < int(r->rows.size()); ++i) {
                const auto &row = r->rows[size_t(i)];
                auto *trace = new QTableWidgetItem(row.traceName ? QString::fromStdString(*row.traceName)
                                                                 : QString::fromStdString(row.traceId));
                trace->setData(Qt::UserRole, QString::fromStdString(row.traceId));
                trace->setToolTip(QString::fromStdString(row.traceId));
                m_lowTable->setItem(i, 0, new QTableWidgetItem(formatTimestamp(row.timestampNs)));
                m_lowTable->setItem(i, 1, trace);
                m_lowTable->setItem(i, 2, new QTableWidgetItem(row.value ? number(*row.value) : QString::fromStdString(row.label.value_or(""))));
                m_lowTable->setItem(i, 3, new QTableWidgetItem(QString::fromStdString(row.comment.value_or("")).simplified()));
                m_lowTable->setItem(i, 4, new QTableWidgetItem(inputExcerpt(row.inputJson)));
            }
            m_lowTable->resizeColumnsToContents();
            m_lowTable->setColumnWidth(3, std::min(m_lowTable->columnWidth(3), 260));
        },
        [this](const QString &) { finished(); });
}

} // namespace spanscope::ui
