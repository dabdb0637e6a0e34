// Quality page: layout, the heatmap job and its click-through. Score-vs-score and the
// low-quality list live in qualitypagepanels.cpp.

#include "pages/qualitypage.h"
#include "pages/qualityalertspanel.h"

#include <QComboBox>
#include <QDataStream>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLoggingCategory>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

#include "jobs/readjobs.h"
#include "widgets/heatmap.h"
#include "workspace.h"

Q_LOGGING_CATEGORY(lcQualityPage, "spanscope.ui.quality")

namespace spanscope::ui {

namespace {
const QString kNamesChannel = QStringLiteral("quality-names");
const QString kHeatmapChannel = QStringLiteral("quality-heatmap");
const QString kLowerBetterKey = QStringLiteral("quality/lowerIsBetter");

QString groupingLabel(store::QualityGrouping g)
{
    switch (g) {
    case store::QualityGrouping::Model: return QualityPage::tr("Model");
    case store::QualityGrouping::PromptVersion: return QualityPage::tr("Prompt version");
    case store::QualityGrouping::TraceName: return QualityPage::tr("Trace name");
    case store::QualityGrouping::User: return QualityPage::tr("User");
    case store::QualityGrouping::Environment: return QualityPage::tr("Environment");
    case store::QualityGrouping::Release: return QualityPage::tr("Release");
    case store::QualityGrouping::Day: return QualityPage::tr("Day");
    case store::QualityGrouping::Week: return QualityPage::tr("Week");
    }
    return {};
}

// Names that usually measure something bad start as "lower is better".
bool defaultLowerIsBetter(const QString &name)
{
    static const char *const bad[] = { "hallucination", "toxic", "error", "latency", "cost", "harm", "bias", "pii" };
    for (const char *b : bad)
        if (name.contains(QLatin1String(b), Qt::CaseInsensitive))
            return true;
    return false;
}
} // namespace

QualityPage::QualityPage(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    m_ownJobs = std::make_unique<jobs::ReadJobs>();
    if (m_workspace) {
        m_ownJobs->setDatabasePath(m_workspace->path());
        connect(m_workspace, &Workspace::opened, this, [this](const QString &path) {
            m_ownJobs->setDatabasePath(path);
            reload();
        });
        connect(m_workspace, &Workspace::closed, this, [this] {
            m_ownJobs->setDatabasePath(QString());
            m_heatmap->clear();
        });
        connect(m_workspace, &Workspace::changed, this, &QualityPage::reload);
    }
    buildUi();
    reload();
}

QualityPage::~QualityPage() = default;

jobs::ReadJobs *QualityPage::readJobs() const
{
    if (m_workspace && m_workspace->readJobs())
        return m_workspace->readJobs();
    return m_ownJobs.get();
}

void QualityPage::buildUi()
{
    m_score = new QComboBox(this);
    m_score->setMinimumContentsLength(18);
    m_grouping = new QComboBox(this);
    for (store::QualityGrouping g : store::allQualityGroupings())
        m_grouping->addItem(groupingLabel(g), int(g));
    m_minSamples = new QSpinBox(this);
    m_minSamples->setRange(1, 100000);
    m_minSamples->setValue(10);
    m_minSamples->setToolTip(tr("Cells with fewer scores are grey: too few to judge"));
    m_status = new QLabel(this);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Scores:"), this));
    bar->addWidget(m_score);
    bar->addSpacing(12);
    bar->addWidget(new QLabel(tr("By:"), this));
    bar->addWidget(m_grouping);
    bar->addSpacing(12);
    bar->addWidget(new QLabel(tr("Min. samples:"), this));
    bar->addWidget(m_minSamples);
    bar->addStretch(1);
    bar->addWidget(m_status);

    m_heatmap = new HeatmapWidget(this);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(m_heatmap);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildPairsPanel(), tr("Score vs score"));
    m_tabs->addTab(buildLowQualityPanel(), tr("Low quality"));
    m_alerts = new AlertsPanel([this] { return readJobs(); }, this);
    m_tabs->addTab(m_alerts, tr("Alerts"));
    connect(m_alerts, &AlertsPanel::openTracesRequested, this, &QualityPage::openTracesRequested);
    connect(m_alerts, &AlertsPanel::evaluated, this, &QualityPage::finished);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->addWidget(m_scroll);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_splitter, 1);

    connect(m_score, &QComboBox::currentIndexChanged, this, &QualityPage::loadHeatmap);
    connect(m_grouping, &QComboBox::currentIndexChanged, this, &QualityPage::loadHeatmap);
    connect(m_minSamples, &QSpinBox::valueChanged, m_heatmap, &HeatmapWidget::setMinSamples);
    connect(m_heatmap, &HeatmapWidget::cellClicked, this, &QualityPage::onCellClicked);
    connect(m_heatmap, &HeatmapWidget::directionChanged, this, [this](int row, bool higher) {
        QSettings s;
        QStringList lower = s.value(kLowerBetterKey).toStringList();
        const QString name = m_heatmap->rows().value(row);
        lower.removeAll(name);
        lower.removeAll(QLatin1Char('!') + name);
        lower << (higher ? QLatin1Char('!') + name : name); // "!name": explicitly higher is better
        s.setValue(kLowerBetterKey, lower);
    });
}

void QualityPage::reload()
{
    loadNames();
    m_alerts->evaluate();
}

bool QualityPage::isLoading() const
{
    jobs::ReadJobs *jobs = readJobs();
    if (!jobs)
        return false;
    for (const QString &channel : { kNamesChannel, kHeatmapChannel, QStringLiteral("quality-pairs"), QStringLiteral("quality-low") })
        if (jobs->isBusy(channel))
            return true;
    return m_alerts && m_alerts->isBusy();
}

void QualityPage::finished()
{
    // A superseded read never delivers, so "loaded" is judged from the channels, not a counter.
    if (!isLoading())
        emit loaded();
}

void QualityPage::loadNames()
{
    jobs::ReadJobs *jobs = readJobs();
    if (!jobs || jobs->databasePath().isEmpty())
        return;
    struct Result {
        store::Status status;
        std::vector<store::ScoreNameInfo> names;
    };
    jobs->run<std::shared_ptr<Result>>(
        kNamesChannel, this,
        [](store::Database &db) {
            auto r = std::make_shared<Result>();
            r->status = store::loadScoreNames(db, r->names);
            return r;
        },
        [this](std::shared_ptr<Result> r) {
            if (!r->status) {
                m_status->setText(r->status.error);
                emit errorOccurred(r->status.error);
            }
            m_names = std::move(r->names);
            const QString keepScore = m_score->currentData().toString();
            const QSignalBlocker block(m_score);
            m_score->clear();
            m_score->addItem(tr("All numeric scores"), QString());
            for (const auto &n : m_names)
                if (n.dataType == "CATEGORICAL")
                    m_score->addItem(tr("%1 (categories)").arg(QString::fromStdString(n.name)), QString::fromStdString(n.name));
            m_score->setCurrentIndex(std::max(0, m_score->findData(keepScore)));
            fillPanelPickers();
            loadHeatmap();
            finished();
        },
        [this](const QString &message) {
            m_status->setText(message);
            finished();
        });
}

void QualityPage::loadHeatmap()
{
    jobs::ReadJobs *jobs = readJobs();
    if (!jobs || jobs->databasePath().isEmpty())
        return;
    store::HeatmapRequest req;
    req.grouping = store::QualityGrouping(m_grouping->currentData().toInt());
    req.categoricalScore = m_score->currentData().toString().toStdString();
    m_status->setText(tr("Loading…"));
    struct Result {
        store::Status status;
        store::QualityHeatmap map;
    };
    jobs->run<std::shared_ptr<Result>>(
        kHeatmapChannel, this,
        [req](store::Database &db) {
            auto r = std::make_shared<Result>();
            r->status = store::loadQualityHeatmap(db, req, r->map);
            return r;
        },
        [this](std::shared_ptr<Result> r) {
            if (!r->status) {
                qCWarning(lcQualityPage) << r->status.error;
                m_status->setText(r->status.error);
                emit errorOccurred(r->status.error);
            } else {
                showHeatmap(std::move(r->map));
            }
            finished();
        },
        [this](const QString &message) {
            m_status->setText(message);
            finished();
        });
}

void QualityPage::showHeatmap(store::QualityHeatmap map)
{
    m_map = std::move(map);
    QStringList rows, columns;
    for (const auto &r : m_map.rows)
        rows << QString::fromStdString(r);
    for (const auto &c : m_map.columns)
        columns << QString::fromStdString(c.key);
    std::vector<HeatmapWidget::Cell> cells(m_map.cells.size());
    // Each row's colour scale: its score config's range, else [0, 1] widened to the row's means
    // (so a score in milliseconds does not wash out a 0-1 score beside it).
    std::vector<std::pair<double, double>> ranges(m_map.rows.size(), {0.0, 1.0});
    int64_t total = 0;
    const bool categorical = !m_map.categoricalScore.empty();
    const size_t width = m_map.columns.size();
    for (size_t i = 0; i < cells.size(); ++i) {
        const analytics::Summary &s = m_map.cells[i];
        cells[i] = { int64_t(s.n), s.mean, s.median, s.ciLow, s.ciHigh, categorical ? m_map.hits[i] : -1 };
        total += m_map.hits[i];
        if (s.n > 0 && !std::isnan(s.mean)) {
            auto &[low, high] = ranges[i / width];
            low = std::min(low, s.mean);
            high = std::max(high, s.mean);
        }
    }
    for (size_t r = 0; r < ranges.size() && r < m_map.rowRanges.size(); ++r)
        if (!std::isnan(m_map.rowRanges[r].first))
            ranges[r] = m_map.rowRanges[r];
    m_heatmap->setData(rows, columns, std::move(cells));
    for (size_t r = 0; r < ranges.size(); ++r)
        m_heatmap->setRowRange(int(r), ranges[r].first, ranges[r].second);
    m_heatmap->setMinSamples(m_minSamples->value());
    applyDirections();
    m_status->setText(tr("%n score(s)", nullptr, int(total)) + QStringLiteral(" · ")
                      + tr("%1 rows × %2 columns").arg(rows.size()).arg(columns.size()));
}

void QualityPage::applyDirections()
{
    const QStringList saved = QSettings().value(kLowerBetterKey).toStringList();
    const bool categorical = !m_map.categoricalScore.empty();
    for (int r = 0; r < m_heatmap->rows().size(); ++r) {
        const QString name = m_heatmap->rows()[r];
        bool lower = categorical ? defaultLowerIsBetter(name) || name.contains(QLatin1String("negative"), Qt::CaseInsensitive)
                                 : defaultLowerIsBetter(name);
        if (saved.contains(name))
            lower = true;
        else if (saved.contains(QLatin1Char('!') + name))
            lower = false;
        m_heatmap->setHigherIsBetter(r, !lower);
    }
}

void QualityPage::onCellClicked(int row, int column)
{
    if (row < 0 || size_t(row) >= m_map.rows.size() || column < 0 || size_t(column) >= m_map.columns.size())
        return;
    emit openTracesRequested(store::qualityCellFilter(m_map, size_t(row), size_t(column)));
}

QByteArray QualityPage::saveState() const
{
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s << quint8(1) << m_splitter->saveState() << m_grouping->currentIndex() << m_minSamples->value();
    return out;
}

bool QualityPage::restoreState(const QByteArray &state)
{
    QDataStream s(state);
    quint8 version = 0;
    QByteArray split;
    int grouping = 0, minSamples = 10;
    s >> version >> split >> grouping >> minSamples;
    if (s.status() != QDataStream::Ok || version != 1)
        return false;
    m_splitter->restoreState(split);
    m_minSamples->setValue(minSamples);
    if (grouping >= 0 && grouping < m_grouping->count())
        m_grouping->setCurrentIndex(grouping);
    return true;
}

} // namespace spanscope::ui
