#include "pages/costpage.h"

#include <algorithm>

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDataStream>
#include <QDateTime>
#include <QGridLayout>
#include <QHeaderView>
#include <QHBoxLayout>
#include <QLabel>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include "jobs/readjobs.h"
#include "util/format.h"
#include "workspace.h"

Q_LOGGING_CATEGORY(lcCostPage, "spanscope.ui.cost")

namespace spanscope::ui {

using analytics::CostBucket;
using store::CostDim;
using store::kDayNs;
using store::kHourNs;

namespace {
const QString kMainChannel = QStringLiteral("cost-main");
// Per-trace tables scan the range's traces (seconds on millions): a job of their own, so the
// KPIs and the chart (rollups, milliseconds) show first.
const QString kTracesChannel = QStringLiteral("cost-traces");
constexpr int kChartGroups = 8;    // bar sets of their own; the rest are "Other"
constexpr int kBudgetHistoryDays = 120;

int64_t rangeSpan(int range)
{
    switch (range) {
    case CostPage::Last24h: return kDayNs;
    case CostPage::Last7d: return 7 * kDayNs;
    case CostPage::Last30d: return 30 * kDayNs;
    case CostPage::Last90d: return 90 * kDayNs;
    case CostPage::Last365d: return 365 * kDayNs;
    }
    return 0;
}

QString bucketLabel(int64_t ns, CostBucket b)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ns / 1000000, Qt::UTC);
    switch (b) {
    case CostBucket::Hour: return t.toString(QStringLiteral("MM-dd HH:00"));
    case CostBucket::Day: return t.toString(QStringLiteral("MM-dd"));
    case CostBucket::Week: return t.toString(QStringLiteral("yyyy-MM-dd"));
    case CostBucket::Month: return t.toString(QStringLiteral("yyyy-MM"));
    }
    return {};
}

// Loads everything the page shows for one range and filter (worker thread).
// A Traces page time range (either end may be open) replaces the page's own range.
CostPageData loadPage(store::Database &db, int range, std::optional<int64_t> tracesFrom, std::optional<int64_t> tracesTo,
                      CostDim dim, std::optional<CostBucket> bucket, const store::TraceFilter &filter)
{
    CostPageData d;
    std::optional<int64_t> first, last;
    if (!(d.status = store::costDataRange(db, first, last)))
        return d;
    // Ranges end at the end of the data's last day: exported files are often old.
    const int64_t end = last ? (*last / kDayNs + 1) * kDayNs : (QDateTime::currentMSecsSinceEpoch() * 1000000 / kDayNs + 1) * kDayNs;
    d.toNs = end;
    d.fromNs = range == CostPage::AllData ? (first ? *first / kDayNs * kDayNs : end - kDayNs) : end - rangeSpan(range);
    if (tracesFrom || tracesTo) {
        d.toNs = tracesTo.value_or(end);
        d.fromNs = tracesFrom.value_or(first ? *first / kDayNs * kDayNs : d.toNs - kDayNs);
        if (d.fromNs >= d.toNs)
            d.fromNs = d.toNs - 1;
    }
    if (!(d.status = analytics::costKpis(db, d.fromNs, d.toNs, filter, d.kpis)))
        return d;
    analytics::CostQuery q;
    q.fromNs = d.fromNs;
    q.toNs = d.toNs;
    q.dim = dim;
    q.bucket = bucket.value_or(analytics::autoCostBucket(d.fromNs, d.toNs));
    q.filter = filter;
    if (!(d.status = analytics::costSeries(db, q, d.series)))
        return d;
    std::vector<store::Budget> budgets;
    if (!(d.status = store::listBudgets(db, budgets)))
        return d;
    const int64_t historyFrom = end - kBudgetHistoryDays * kDayNs;
    for (store::Budget &b : budgets) {
        BudgetView v;
        const auto period = b.period == "day" ? CostBucket::Day : b.period == "week" ? CostBucket::Week : CostBucket::Month;
        std::vector<double> daily;
        if (!(d.status = analytics::dailyCost(db, historyFrom, end, b.dim, b.value, daily)))
            return d;
        const int64_t periodStart = analytics::costBucketStart(end - kDayNs, period);
        for (size_t i = 0; i < daily.size(); ++i)
            if (historyFrom + int64_t(i) * kDayNs >= periodStart) {
                v.spent += daily[i];
                v.periodDaily.push_back(daily[i]);
            }
        const auto all = analytics::budgetCrossings(historyFrom, daily, period, b.amountUsd);
        const int64_t recent = analytics::costBucketStart(periodStart - 2 * (analytics::costBucketNext(periodStart, period) - periodStart), period);
        for (const auto &c : all)
            if (c.periodStartNs >= recent)
                v.crossings.push_back(c);
        v.forecast = analytics::forecastSpend(historyFrom, daily, period);
        v.budget = std::move(b);
        d.budgets.push_back(std::move(v));
    }
    return d;
}
} // namespace

CostPage::CostPage(Workspace *workspace, QWidget *parent) : QWidget(parent), m_workspace(workspace)
{
    buildUi();
    // New data or another workspace: cached metadata breakdowns no longer hold.
    connect(m_workspace, &Workspace::opened, this, [this] {
        m_metadataCache->clear();
        reload();
    });
    connect(m_workspace, &Workspace::changed, this, [this] {
        m_metadataCache->clear();
        reload();
    });
}

CostPage::~CostPage() = default;

void CostPage::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_range = new QComboBox(this);
    m_range->setObjectName(QStringLiteral("costRange"));
    m_range->addItem(tr("Last 24 hours of data"), Last24h);
    m_range->addItem(tr("Last 7 days of data"), Last7d);
    m_range->addItem(tr("Last 30 days of data"), Last30d);
    m_range->addItem(tr("Last 90 days of data"), Last90d);
    m_range->addItem(tr("Last 365 days of data"), Last365d);
    m_range->addItem(tr("All data"), AllData);
    m_range->setCurrentIndex(2);
    m_group = new QComboBox(this);
    m_group->setObjectName(QStringLiteral("costGroup"));
    m_group->addItem(tr("Model"), int(CostDim::Model));
    m_group->addItem(tr("Provider"), int(CostDim::Provider));
    m_group->addItem(tr("User"), int(CostDim::User));
    m_group->addItem(tr("Trace name"), int(CostDim::TraceName));
    m_group->addItem(tr("Tag"), int(CostDim::Tag));
    m_group->addItem(tr("Environment"), int(CostDim::Environment));
    m_bucket = new QComboBox(this);
    m_bucket->setObjectName(QStringLiteral("costBucket"));
    m_bucket->addItem(tr("Auto"), -1);
    m_bucket->addItem(tr("Hour"), int(CostBucket::Hour));
    m_bucket->addItem(tr("Day"), int(CostBucket::Day));
    m_bucket->addItem(tr("Week"), int(CostBucket::Week));
    m_bucket->addItem(tr("Month"), int(CostBucket::Month));
    m_measure = new QComboBox(this);
    m_measure->setObjectName(QStringLiteral("costMeasure"));
    m_measure->addItem(tr("Cost"));
    m_measure->addItem(tr("Tokens by kind"));
    m_useFilter = new QCheckBox(tr("Apply the Traces filter and time range"), this);
    m_useFilter->setObjectName(QStringLiteral("costUseTracesFilter"));
    m_useFilter->setChecked(true);
    m_filterNote = new QLabel(this);
    auto *exportChartButton = new QPushButton(tr("Export Chart…"), this);
    exportChartButton->setObjectName(QStringLiteral("costExportChart"));
    bar->addWidget(new QLabel(tr("Range:"), this));
    bar->addWidget(m_range);
    bar->addWidget(new QLabel(tr("Stack by:"), this));
    bar->addWidget(m_group);
    bar->addWidget(new QLabel(tr("Bucket:"), this));
    bar->addWidget(m_bucket);
    bar->addWidget(m_measure);
    bar->addWidget(m_useFilter);
    bar->addWidget(m_filterNote);
    bar->addStretch(1);
    bar->addWidget(exportChartButton);
    layout->addLayout(bar);
    layout->addWidget(buildKpis());

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("costSplitter"));
    m_chart = new QChart;
    m_chart->legend()->setAlignment(Qt::AlignRight);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chartView = new QChartView(m_chart, this);
    m_chartView->setObjectName(QStringLiteral("costChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(220);
    split->addWidget(m_chartView);

    m_tabs = new QTabWidget(this);
    auto makeTable = [this](const QString &name, const QStringList &headers) {
        auto *t = new QTableWidget(0, headers.size(), this);
        t->setObjectName(name);
        t->setHorizontalHeaderLabels(headers);
        t->setEditTriggers(QAbstractItemView::NoEditTriggers);
        t->setSelectionBehavior(QAbstractItemView::SelectRows);
        t->setSortingEnabled(false);
        t->verticalHeader()->hide();
        t->horizontalHeader()->setStretchLastSection(true);
        t->setContextMenuPolicy(Qt::ActionsContextMenu);
        auto *csv = new QAction(tr("Export as CSV…"), t);
        connect(csv, &QAction::triggered, this, [this, t] { exportTable(t); });
        t->addAction(csv);
        return t;
    };
    m_breakdown = makeTable(QStringLiteral("costBreakdown"), { tr("Group"), tr("Cost"), tr("Share"), tr("Requests"),
                                                               tr("Cost / request"), tr("Input tokens"),
                                                               tr("Output tokens"), tr("Errors"), tr("Unpriced") });
    m_sessions = makeTable(QStringLiteral("costSessions"), { tr("Session"), tr("Cost"), tr("Traces"), tr("Tokens") });
    m_metadata = makeTable(QStringLiteral("costMetadata"), { tr("Value"), tr("Cost"), tr("Traces"), tr("Tokens") });
    m_topTraces = makeTable(QStringLiteral("costTopTraces"), { tr("Trace"), tr("Cost"), tr("Time"), tr("User"), tr("Id") });
    m_tabs->addTab(m_breakdown, tr("Breakdown"));
    m_tabs->addTab(m_sessions, tr("Sessions"));
    auto *meta = new QWidget(this);
    auto *metaLayout = new QVBoxLayout(meta);
    m_metadataKey = new QComboBox(meta);
    m_metadataKey->setObjectName(QStringLiteral("costMetadataKey"));
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(new QLabel(tr("Metadata key:"), meta));
    keyRow->addWidget(m_metadataKey, 1);
    m_metadataNote = new QLabel(meta);
    m_metadataNote->setObjectName(QStringLiteral("costMetadataNote"));
    keyRow->addWidget(m_metadataNote);
    metaLayout->addLayout(keyRow);
    metaLayout->addWidget(m_metadata);
    m_tabs->addTab(meta, tr("Metadata"));
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    m_traceStats = new QLabel(top);
    m_traceStats->setObjectName(QStringLiteral("costTraceStats"));
    topLayout->addWidget(m_traceStats);
    topLayout->addWidget(m_topTraces);
    m_tabs->addTab(top, tr("Most Expensive Traces"));
    m_tabs->addTab(buildBudgetsTab(), tr("Budgets"));
    m_tabs->addTab(buildWhatIfTab(), tr("What If"));
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("costStatus"));
    layout->addWidget(m_status);

    for (QComboBox *c : { m_range, m_group, m_bucket })
        connect(c, qOverload<int>(&QComboBox::currentIndexChanged), this, &CostPage::reload);
    connect(m_measure, qOverload<int>(&QComboBox::currentIndexChanged), this, &CostPage::showChart);
    connect(m_useFilter, &QCheckBox::toggled, this, &CostPage::reload);
    connect(m_metadataKey, qOverload<int>(&QComboBox::currentIndexChanged), this, &CostPage::loadMetadata);
    connect(exportChartButton, &QPushButton::clicked, this, [this] { chooseExport(m_chartView); });
    connect(m_topTraces, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (const QTableWidgetItem *id = m_topTraces->item(row, 4))
            emit openTraceRequested(id->text());
    });
    connect(m_breakdown, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (row < int(m_data.series.groups.size()))
            emit openTracesRequested(segmentFilter(-1, &m_data.series.groups[size_t(row)]));
    });
    connect(m_sessions, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (row < int(m_data.sessions.size()) && !m_data.sessions[size_t(row)].value.empty()) {
            store::TraceFilter f = segmentFilter(-1, nullptr);
            f.sessionIds = { m_data.sessions[size_t(row)].value };
            emit openTracesRequested(f);
        }
    });
}

QWidget *CostPage::buildKpis()
{
    auto *box = new QWidget(this);
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    const QStringList names { tr("Total cost"), tr("Requests"), tr("Cost per request"), tr("Tokens"),
                              tr("Cache hit share"), tr("Error share") };
    for (int i = 0; i < names.size(); ++i) {
        auto *name = new QLabel(names.at(i), box);
        auto *value = new QLabel(QStringLiteral("–"), box);
        value->setObjectName(QStringLiteral("costKpi%1").arg(i));
        QFont f = value->font();
        f.setPointSizeF(f.pointSizeF() * 1.5);
        f.setBold(true);
        value->setFont(f);
        auto *change = new QLabel(box);
        change->setObjectName(QStringLiteral("costKpiChange%1").arg(i));
        grid->addWidget(name, 0, i);
        grid->addWidget(value, 1, i);
        grid->addWidget(change, 2, i);
        m_kpiValues.push_back(value);
        m_kpiChanges.push_back(change);
    }
    return box;
}

void CostPage::setTracesFilter(const store::TraceFilter &filter)
{
    m_tracesFilter = filter;
    if (m_useFilter->isChecked())
        reload();
}

store::TraceFilter CostPage::pageFilter() const
{
    store::TraceFilter f = m_useFilter->isChecked() ? m_tracesFilter : store::TraceFilter {};
    f.fromNs.reset();
    f.toNs.reset();
    return f;
}

void CostPage::reload()
{
    jobs::ReadJobs *jobs = m_workspace->readJobs();
    if (!jobs || jobs->databasePath().isEmpty())
        return;
    const store::TraceFilter filter = pageFilter();
    const int range = m_range->currentData().toInt();
    // The Traces page's time range, when it has one, is the page's range too.
    std::optional<int64_t> tracesFrom, tracesTo;
    if (m_useFilter->isChecked()) {
        tracesFrom = m_tracesFilter.fromNs;
        tracesTo = m_tracesFilter.toNs;
    }
    const bool shared = tracesFrom || tracesTo;
    m_filterNote->setText(shared ? (filter.isEmpty() ? tr("(the Traces page's range)") : tr("(filtered, the Traces page's range)"))
                                 : (filter.isEmpty() ? QString() : tr("(filtered)")));
    m_range->setEnabled(!shared);
    m_range->setToolTip(shared ? tr("The Traces page's time range applies. Clear it there, or untick \"Apply the Traces filter and time range\", to choose a range here.")
                               : QString());
    const auto dim = CostDim(m_group->currentData().toInt());
    const int b = m_bucket->currentData().toInt();
    const std::optional<CostBucket> bucket = b < 0 ? std::nullopt : std::optional<CostBucket>(CostBucket(b));
    m_status->setText(tr("Loading…"));
    jobs->run<std::shared_ptr<CostPageData>>(
        kMainChannel, this,
        [=](store::Database &db) {
            return std::make_shared<CostPageData>(loadPage(db, range, tracesFrom, tracesTo, dim, bucket, filter));
        },
        [this](std::shared_ptr<CostPageData> d) {
            if (!d->status) {
                qCWarning(lcCostPage) << d->status.error;
                m_status->setText(d->status.error);
                emit errorOccurred(d->status.error);
            } else {
                present(std::move(*d));
            }
            finished(kMainChannel);
        },
        [this](const QString &message) {
            m_status->setText(message);
            finished(kMainChannel);
        });
}

bool CostPage::isLoading() const
{
    // A superseded read never delivers; ReadJobs knows whether a channel still has one pending.
    const jobs::ReadJobs *jobs = m_workspace->readJobs();
    if (!jobs)
        return false;
    for (const char *channel : { "cost-main", "cost-traces", "cost-metadata", "cost-whatif" })
        if (jobs->isBusy(QLatin1String(channel)))
            return true;
    return false;
}

void CostPage::finished(const QString &channel)
{
    Q_UNUSED(channel);
    if (!isLoading())
        emit loaded();
}

void CostPage::present(CostPageData data)
{
    m_data = std::move(data);
    const auto &s = m_data.series;
    m_status->setText(tr("%1 to %2 (UTC) · %3 buckets · %4")
                          .arg(formatTimestamp(m_data.fromNs), formatTimestamp(m_data.toNs))
                          .arg(QLatin1String(analytics::costBucketName(s.bucket)))
                          .arg(s.fromRollups ? tr("from rollups") : tr("computed from raw rows for the filter")));
    showKpis();
    showChart();
    showTables();
    showBudgets();
    loadTraceTables();
}

void CostPage::loadTraceTables()
{
    jobs::ReadJobs *jobs = m_workspace->readJobs();
    if (!jobs || jobs->databasePath().isEmpty())
        return;
    struct Result {
        store::Status status;
        store::TraceCostStats traces;
        std::vector<store::TraceGroupCost> sessions;
        std::vector<std::string> metadataKeys;
    };
    const int64_t from = m_data.fromNs, to = m_data.toNs;
    const store::TraceFilter filter = pageFilter();
    m_traceStats->setText(tr("Loading…"));
    jobs->run<std::shared_ptr<Result>>(
        kTracesChannel, this,
        [=](store::Database &db) {
            auto r = std::make_shared<Result>();
            if ((r->status = store::traceCostStats(db, from, to, filter, 50, r->traces))
                && (r->status = store::sessionCosts(db, from, to, filter, 200, r->sessions)))
                r->status = store::metadataKeys(db, from, to, 50, r->metadataKeys);
            return r;
        },
        [this](std::shared_ptr<Result> r) {
            if (!r->status) {
                m_traceStats->setText(r->status.error);
                emit errorOccurred(r->status.error);
            } else {
                m_data.traces = std::move(r->traces);
                m_data.sessions = std::move(r->sessions);
                m_data.metadataKeys = std::move(r->metadataKeys);
                showTraceTables();
            }
            finished(kTracesChannel);
        },
        [this](const QString &message) {
            m_traceStats->setText(message);
            finished(kTracesChannel);
        });
}

void CostPage::showKpis()
{
    const store::CostSums &c = m_data.kpis.current, &p = m_data.kpis.previous;
    const double values[][2] = {
        { c.cost, p.cost },
        { double(c.requests), double(p.requests) },
        { analytics::costPerRequest(c), analytics::costPerRequest(p) },
        { double(c.totalTokens), double(p.totalTokens) },
        { analytics::cacheHitShare(c), analytics::cacheHitShare(p) },
        { analytics::errorShare(c), analytics::errorShare(p) },
    };
    const QString texts[] = { formatCost(c.cost), formatCount(c.requests), formatCost(analytics::costPerRequest(c)),
                              formatCount(c.totalTokens),
                              QStringLiteral("%1 %").arg(analytics::cacheHitShare(c) * 100, 0, 'f', 1),
                              QStringLiteral("%1 %").arg(analytics::errorShare(c) * 100, 0, 'f', 1) };
    for (int i = 0; i < 6; ++i) {
        m_kpiValues[size_t(i)]->setText(texts[i]);
        const auto change = analytics::relativeChange(values[i][0], values[i][1]);
        m_kpiChanges[size_t(i)]->setText(change ? tr("%1%2 % vs previous").arg(*change >= 0 ? QStringLiteral("+") : QString())
                                                     .arg(*change * 100, 0, 'f', 1)
                                                : tr("no previous data"));
    }
    if (c.unpriced > 0)
        m_kpiChanges[0]->setText(m_kpiChanges[0]->text() + QLatin1Char('\n')
                                 + tr("%n request(s) without a price", nullptr, int(c.unpriced)));
}

void CostPage::showChart()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis *a : m_chart->axes())
        m_chart->removeAxis(a);
    const auto &s = m_data.series;
    auto *series = new QStackedBarSeries;
    QStringList categories;
    for (int64_t b : s.buckets)
        categories << bucketLabel(b, s.bucket);
    m_chartGroups.clear();
    const bool tokens = m_measure->currentIndex() == 1;
    double maxStack = 0;
    std::vector<double> stack(s.buckets.size(), 0.0);
    if (tokens) {
        const QString kinds[] = { tr("Input (uncached)"), tr("Cache read"), tr("Output") };
        for (int k = 0; k < 3; ++k) {
            auto *set = new QBarSet(kinds[k]);
            for (size_t b = 0; b < s.buckets.size(); ++b) {
                store::CostSums sum;
                for (const auto &g : s.cells)
                    sum.add(g[b]);
                const double v = k == 0 ? double(std::max<int64_t>(0, sum.inputTokens - sum.cacheReadTokens))
                                 : k == 1 ? double(sum.cacheReadTokens)
                                          : double(sum.outputTokens);
                *set << v;
                stack[b] += v;
            }
            series->append(set);
        }
    } else {
        const size_t shown = std::min(s.groups.size(), size_t(kChartGroups));
        for (size_t g = 0; g < shown; ++g) {
            m_chartGroups.push_back(s.groups[g]);
            auto *set = new QBarSet(s.groups[g].empty() ? tr("(none)") : QString::fromStdString(s.groups[g]));
            for (size_t b = 0; b < s.buckets.size(); ++b) {
                *set << s.cells[g][b].cost;
                stack[b] += s.cells[g][b].cost;
            }
            series->append(set);
            const int groupIndex = int(g);
            connect(set, &QBarSet::clicked, this, [this, groupIndex](int index) { openSegment(index, groupIndex); });
        }
        if (s.groups.size() > shown) {
            auto *other = new QBarSet(tr("Other"));
            for (size_t b = 0; b < s.buckets.size(); ++b) {
                double v = 0;
                for (size_t g = shown; g < s.groups.size(); ++g)
                    v += s.cells[g][b].cost;
                *other << v;
                stack[b] += v;
            }
            series->append(other);
            connect(other, &QBarSet::clicked, this, [this](int index) { openSegment(index, -1); });
        }
    }
    for (double v : stack)
        maxStack = std::max(maxStack, v);
    m_chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    x->setLabelsAngle(categories.size() > 12 ? -90 : 0);
    QFont small = x->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    x->setLabelsFont(small);
    auto *y = new QValueAxis;
    y->setRange(0, maxStack > 0 ? maxStack * 1.05 : 1);
    y->setLabelFormat(tokens ? QStringLiteral("%.0f") : QStringLiteral("$%.2f"));
    y->applyNiceNumbers();
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    m_chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    // Distinct colours for the stacked groups (Tableau 10); "Other" is grey.
    static const QColor colours[] = { QColor(0x4e79a7), QColor(0xf28e2b), QColor(0xe15759), QColor(0x76b7b2),
                                      QColor(0x59a14f), QColor(0xedc948), QColor(0xb07aa1), QColor(0xff9da7) };
    const QList<QBarSet *> sets = series->barSets();
    for (int i = 0; i < sets.size(); ++i) {
        const bool other = !tokens && i >= int(m_chartGroups.size());
        sets[i]->setColor(other ? QColor(0xbab0ac) : colours[i % 8]);
        sets[i]->setBorderColor(sets[i]->color());
    }
    m_chart->setTitle(tokens ? tr("Tokens over time by kind") : tr("Cost over time by %1").arg(m_group->currentText().toLower()));
}

void CostPage::openSegment(int bucket, int group)
{
    if (group >= 0 && group < int(m_chartGroups.size()))
        emit openTracesRequested(segmentFilter(bucket, &m_chartGroups[size_t(group)]));
    else
        emit openTracesRequested(segmentFilter(bucket, nullptr));
}

store::TraceFilter CostPage::segmentFilter(int bucket, const std::string *group) const
{
    store::TraceFilter f = pageFilter();
    const auto &s = m_data.series;
    if (bucket >= 0 && bucket < int(s.buckets.size())) {
        f.fromNs = s.buckets[size_t(bucket)];
        f.toNs = analytics::costBucketNext(s.buckets[size_t(bucket)], s.bucket);
    } else {
        f.fromNs = m_data.fromNs;
        f.toNs = m_data.toNs;
    }
    if (group && !group->empty()) {
        switch (s.dim) {
        case CostDim::Model: f.models = { *group }; break;
        case CostDim::Provider: f.providers = { *group }; break;
        case CostDim::User: f.userIds = { *group }; break;
        case CostDim::TraceName: f.traceNames = { *group }; break;
        case CostDim::Tag: f.tags = { *group }; break;
        case CostDim::Environment: f.environments = { *group }; break;
        case CostDim::Total: break;
        }
    }
    return f;
}

QByteArray CostPage::saveState() const
{
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s << quint8(1) << m_range->currentIndex() << m_group->currentIndex() << m_bucket->currentIndex()
      << m_measure->currentIndex() << m_useFilter->isChecked() << m_tabs->currentIndex();
    return out;
}

bool CostPage::restoreState(const QByteArray &state)
{
    QDataStream s(state);
    quint8 version = 0;
    int range = 0, group = 0, bucket = 0, measure = 0, tab = 0;
    bool useFilter = true;
    s >> version >> range >> group >> bucket >> measure >> useFilter >> tab;
    if (s.status() != QDataStream::Ok || version != 1)
        return false;
    const QSignalBlocker b1(m_range), b2(m_group), b3(m_bucket), b4(m_measure), b5(m_useFilter);
    m_range->setCurrentIndex(std::clamp(range, 0, m_range->count() - 1));
    m_group->setCurrentIndex(std::clamp(group, 0, m_group->count() - 1));
    m_bucket->setCurrentIndex(std::clamp(bucket, 0, m_bucket->count() - 1));
    m_measure->setCurrentIndex(std::clamp(measure, 0, m_measure->count() - 1));
    m_useFilter->setChecked(useFilter);
    m_tabs->setCurrentIndex(std::clamp(tab, 0, m_tabs->count() - 1));
    return true;
}

} // namespace spanscope::ui
