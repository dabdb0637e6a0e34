// The Cost page's tables, budgets, what-if and exports (the page itself is costpage.cpp).

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QSplitter>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include "jobs/readjobs.h"
#include "pages/costpage.h"
#include "util/exports.h"
#include "util/format.h"
#include "util/writejob.h"
#include "workspace.h"

namespace spanscope::ui {

using store::CostDim;
using store::kDayNs;

namespace {
const QString kMetadataChannel = QStringLiteral("cost-metadata");
const QString kWhatIfChannel = QStringLiteral("cost-whatif");

QTableWidgetItem *textItem(const QString &text)
{
    return new QTableWidgetItem(text);
}

// A number shown formatted; the raw value goes to CSV exports (Qt::UserRole).
QTableWidgetItem *numberItem(const QString &text, double raw)
{
    auto *item = new QTableWidgetItem(text);
    item->setData(Qt::UserRole, raw);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

// The Share column as a bar (the breakdown's bar chart), with the percentage over it.
class ShareBarDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem o = option;
        initStyleOption(&o, index);
        const double share = std::clamp(index.data(Qt::UserRole).toDouble(), 0.0, 1.0);
        o.widget->style()->drawPrimitive(QStyle::PE_PanelItemViewItem, &o, p, o.widget);
        QRectF bar = QRectF(o.rect).adjusted(2, 3, -2, -3);
        bar.setWidth(bar.width() * share);
        QColor c = o.palette.color(QPalette::Highlight);
        c.setAlpha(110);
        p->fillRect(bar, c);
        p->setPen(o.palette.color(o.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
        p->drawText(QRectF(o.rect).adjusted(4, 0, -4, 0), Qt::AlignRight | Qt::AlignVCenter, o.text);
    }
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize s = QStyledItemDelegate::sizeHint(option, index);
        s.setWidth(std::max(s.width(), 140));
        return s;
    }
};

QString groupText(const std::string &value)
{
    return value.empty() ? CostPage::tr("(none)") : QString::fromStdString(value);
}

QString scopeText(const store::Budget &b)
{
    switch (b.dim) {
    case CostDim::Model: return CostPage::tr("model %1").arg(QString::fromStdString(b.value));
    case CostDim::User: return CostPage::tr("user %1").arg(QString::fromStdString(b.value));
    case CostDim::Tag: return CostPage::tr("tag %1").arg(QString::fromStdString(b.value));
    default: return CostPage::tr("whole workspace");
    }
}

QString dayText(int64_t ns) { return QDateTime::fromMSecsSinceEpoch(ns / 1000000, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd")); }

void fillGroupTable(QTableWidget *t, const std::vector<store::TraceGroupCost> &rows)
{
    t->setRowCount(int(rows.size()));
    for (int r = 0; r < int(rows.size()); ++r) {
        const auto &g = rows[size_t(r)];
        t->setItem(r, 0, textItem(groupText(g.value)));
        t->setItem(r, 1, numberItem(formatCost(g.cost), g.cost));
        t->setItem(r, 2, numberItem(formatCount(g.traces), double(g.traces)));
        t->setItem(r, 3, numberItem(formatCount(g.tokens), double(g.tokens)));
    }
}
} // namespace

QWidget *CostPage::buildBudgetsTab()
{
    auto *w = new QWidget(this);
    auto *layout = new QVBoxLayout(w);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add Budget…"), w);
    add->setObjectName(QStringLiteral("costAddBudget"));
    auto *remove = new QPushButton(tr("Remove Budget"), w);
    remove->setObjectName(QStringLiteral("costRemoveBudget"));
    auto *exportBudgetChart = new QPushButton(tr("Export Chart…"), w);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    buttons->addWidget(exportBudgetChart);
    layout->addLayout(buttons);
    auto *split = new QSplitter(Qt::Horizontal, w);
    m_budgets = new QTableWidget(0, 8, w);
    m_budgets->setObjectName(QStringLiteral("costBudgets"));
    m_budgets->setHorizontalHeaderLabels({ tr("Budget"), tr("Scope"), tr("Period"), tr("Amount"), tr("Spent"),
                                           tr("Used"), tr("Forecast"), tr("Crossings") });
    m_budgets->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_budgets->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_budgets->setSelectionMode(QAbstractItemView::SingleSelection);
    m_budgets->verticalHeader()->hide();
    m_budgets->horizontalHeader()->setStretchLastSection(true);
    split->addWidget(m_budgets);
    auto *right = new QWidget(w);
    auto *rightLayout = new QVBoxLayout(right);
    m_budgetChart = new QChart;
    m_budgetChart->setAnimationOptions(QChart::NoAnimation);
    m_budgetChartView = new QChartView(m_budgetChart, right);
    m_budgetChartView->setObjectName(QStringLiteral("costBudgetChart"));
    m_budgetChartView->setRenderHint(QPainter::Antialiasing);
    m_budgetNote = new QLabel(right);
    m_budgetNote->setWordWrap(true);
    m_budgetNote->setObjectName(QStringLiteral("costBudgetNote"));
    rightLayout->addWidget(m_budgetChartView, 1);
    rightLayout->addWidget(m_budgetNote);
    split->addWidget(right);
    layout->addWidget(split, 1);
    connect(add, &QPushButton::clicked, this, &CostPage::addBudgetDialog);
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_budgets->currentRow();
        if (row >= 0 && row < int(m_data.budgets.size()))
            removeBudget(m_data.budgets[size_t(row)].budget.id);
    });
    connect(exportBudgetChart, &QPushButton::clicked, this, [this] { chooseExport(m_budgetChartView); });
    connect(m_budgets, &QTableWidget::currentCellChanged, this, [this](int row) { showBudgetChart(row); });
    return w;
}

QWidget *CostPage::buildWhatIfTab()
{
    auto *w = new QWidget(this);
    auto *layout = new QVBoxLayout(w);
    auto *row = new QHBoxLayout;
    m_whatIfModel = new QComboBox(w);
    m_whatIfModel->setObjectName(QStringLiteral("costWhatIfModel"));
    m_whatIfModel->setEditable(true);
    m_whatIfModel->setMinimumContentsLength(24);
    auto *run = new QPushButton(tr("Price Selection"), w);
    run->setObjectName(QStringLiteral("costWhatIfRun"));
    row->addWidget(new QLabel(tr("Price the range's calls as:"), w));
    row->addWidget(m_whatIfModel);
    row->addWidget(run);
    row->addStretch(1);
    layout->addLayout(row);
    m_whatIfSummary = new QLabel(tr("Pick a model: every call in the range (and filter) is priced with its usage as if "
                                    "it had used that model."), w);
    m_whatIfSummary->setObjectName(QStringLiteral("costWhatIfSummary"));
    m_whatIfSummary->setWordWrap(true);
    layout->addWidget(m_whatIfSummary);
    m_whatIf = new QTableWidget(0, 5, w);
    m_whatIf->setObjectName(QStringLiteral("costWhatIf"));
    m_whatIf->setHorizontalHeaderLabels({ tr("Model used"), tr("Calls"), tr("Actual cost"), tr("Priced as target"),
                                          tr("Difference") });
    m_whatIf->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_whatIf->verticalHeader()->hide();
    m_whatIf->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_whatIf, 1);
    connect(run, &QPushButton::clicked, this, [this] { runWhatIf(m_whatIfModel->currentText().trimmed()); });
    return w;
}

void CostPage::showTables()
{
    const auto &s = m_data.series;
    m_breakdown->setRowCount(int(s.groups.size()));
    for (int r = 0; r < int(s.groups.size()); ++r) {
        const store::CostSums &g = s.groupTotals[size_t(r)];
        const double share = s.total.cost > 0 ? g.cost / s.total.cost : 0;
        m_breakdown->setItem(r, 0, textItem(groupText(s.groups[size_t(r)])));
        m_breakdown->setItem(r, 1, numberItem(formatCost(g.cost), g.cost));
        m_breakdown->setItem(r, 2, numberItem(QStringLiteral("%1 %").arg(share * 100, 0, 'f', 1), share));
        m_breakdown->setItem(r, 3, numberItem(formatCount(g.requests), double(g.requests)));
        m_breakdown->setItem(r, 4, numberItem(formatCost(analytics::costPerRequest(g)), analytics::costPerRequest(g)));
        m_breakdown->setItem(r, 5, numberItem(formatCount(g.inputTokens), double(g.inputTokens)));
        m_breakdown->setItem(r, 6, numberItem(formatCount(g.outputTokens), double(g.outputTokens)));
        m_breakdown->setItem(r, 7, numberItem(formatCount(g.errors), double(g.errors)));
        m_breakdown->setItem(r, 8, numberItem(formatCount(g.unpriced), double(g.unpriced)));
    }
    if (!dynamic_cast<ShareBarDelegate *>(m_breakdown->itemDelegateForColumn(2)))
        m_breakdown->setItemDelegateForColumn(2, new ShareBarDelegate(m_breakdown));
    m_breakdown->resizeColumnsToContents();
    // What-if targets: the models of the range first; the user may type any other.
    const QString target = m_whatIfModel->currentText();
    m_whatIfModel->clear();
    if (s.dim == CostDim::Model)
        for (const std::string &g : s.groups)
            if (!g.empty())
                m_whatIfModel->addItem(QString::fromStdString(g));
    m_whatIfModel->setCurrentText(target);
}

void CostPage::showTraceTables()
{
    fillGroupTable(m_sessions, m_data.sessions);
    const auto &t = m_data.traces;
    m_traceStats->setText(tr("%n trace(s) with a known cost", nullptr, int(t.traces))
                          + QStringLiteral(" · p50 %1 · p95 %2 · mean %3").arg(formatCost(t.p50), formatCost(t.p95), formatCost(t.mean)));
    m_topTraces->setRowCount(int(t.top.size()));
    for (int r = 0; r < int(t.top.size()); ++r) {
        const auto &e = t.top[size_t(r)];
        m_topTraces->setItem(r, 0, textItem(QString::fromStdString(e.name)));
        m_topTraces->setItem(r, 1, numberItem(formatCost(e.cost), e.cost));
        m_topTraces->setItem(r, 2, textItem(formatTimestamp(e.timestampNs)));
        m_topTraces->setItem(r, 3, textItem(QString::fromStdString(e.userId)));
        m_topTraces->setItem(r, 4, textItem(QString::fromStdString(e.id)));
    }
    m_topTraces->resizeColumnsToContents();
    // Metadata keys: keep the user's pick when it still exists.
    const QString key = m_metadataKey->currentText();
    {
        const QSignalBlocker block(m_metadataKey);
        m_metadataKey->clear();
        for (const std::string &k : m_data.metadataKeys)
            m_metadataKey->addItem(QString::fromStdString(k));
        const int i = m_metadataKey->findText(key);
        m_metadataKey->setCurrentIndex(i >= 0 ? i : (m_metadataKey->count() ? 0 : -1));
    }
    loadMetadata();
}

void CostPage::loadMetadata()
{
    jobs::ReadJobs *jobs = m_workspace->readJobs();
    const std::string key = m_metadataKey->currentText().toStdString();
    if (!jobs || jobs->databasePath().isEmpty() || key.empty()) {
        m_metadata->setRowCount(0);
        return;
    }
    struct Result {
        store::Status status;
        std::vector<store::TraceGroupCost> rows;
        bool cached = false;
        qint64 ms = 0;
    };
    const int64_t from = m_data.fromNs, to = m_data.toNs;
    const store::TraceFilter filter = pageFilter();
    m_metadataNote->setText(tr("Computing…"));
    jobs->run<std::shared_ptr<Result>>(
        kMetadataChannel, this,
        [=, cache = m_metadataCache](store::Database &db) {
            auto r = std::make_shared<Result>();
            QElapsedTimer t;
            t.start();
            r->status = cache->get(db, key, from, to, filter, 200, r->rows, &r->cached);
            r->ms = t.elapsed();
            return r;
        },
        [this](std::shared_ptr<Result> r) {
            if (r->status) {
                fillGroupTable(m_metadata, r->rows);
                m_metadataNote->setText(r->cached ? tr("cached") : tr("computed in %1 ms").arg(r->ms));
            } else {
                m_metadataNote->setText(r->status.error);
                emit errorOccurred(r->status.error);
            }
            finished(kMetadataChannel);
        },
        [this](const QString &) { finished(kMetadataChannel); });
}

void CostPage::showBudgets()
{
    const int keep = m_budgets->currentRow();
    m_budgets->setRowCount(int(m_data.budgets.size()));
    for (int r = 0; r < int(m_data.budgets.size()); ++r) {
        const BudgetView &v = m_data.budgets[size_t(r)];
        const double used = v.budget.amountUsd > 0 ? v.spent / v.budget.amountUsd : 0;
        QStringList crossings;
        for (const auto &c : v.crossings)
            crossings << QStringLiteral("%1 % %2").arg(c.percent).arg(dayText(c.dayNs));
        m_budgets->setItem(r, 0, textItem(QString::fromStdString(v.budget.name)));
        m_budgets->setItem(r, 1, textItem(scopeText(v.budget)));
        m_budgets->setItem(r, 2, textItem(QString::fromStdString(v.budget.period)));
        m_budgets->setItem(r, 3, numberItem(formatCost(v.budget.amountUsd), v.budget.amountUsd));
        m_budgets->setItem(r, 4, numberItem(formatCost(v.spent), v.spent));
        auto *usedItem = numberItem(QStringLiteral("%1 %").arg(used * 100, 0, 'f', 0), used);
        if (used >= 1)
            usedItem->setForeground(QColor(0xc6, 0x28, 0x28));
        m_budgets->setItem(r, 5, usedItem);
        m_budgets->setItem(r, 6, v.forecast.ok ? numberItem(formatCost(v.forecast.projectedTotal), v.forecast.projectedTotal)
                                               : textItem(tr("not enough history")));
        m_budgets->setItem(r, 7, textItem(crossings.join(QStringLiteral(", "))));
    }
    m_budgets->resizeColumnsToContents();
    const int row = m_data.budgets.empty() ? -1 : std::clamp(keep, 0, int(m_data.budgets.size()) - 1);
    if (row >= 0)
        m_budgets->setCurrentCell(row, 0);
    showBudgetChart(row);
}

void CostPage::showBudgetChart(int row)
{
    m_budgetChart->removeAllSeries();
    for (QAbstractAxis *a : m_budgetChart->axes())
        m_budgetChart->removeAxis(a);
    if (row < 0 || row >= int(m_data.budgets.size())) {
        m_budgetChart->setTitle(tr("No budget"));
        m_budgetNote->setText(tr("Add a budget for the workspace, a model, a user or a tag to follow its spend "
                                 "through the day, week or month."));
        return;
    }
    const BudgetView &v = m_data.budgets[size_t(row)];
    const analytics::SpendForecast &f = v.forecast;
    auto *actual = new QLineSeries;
    actual->setName(tr("Spent"));
    double cumulative = 0;
    actual->append(0, 0);
    for (size_t i = 0; i < v.periodDaily.size(); ++i) {
        cumulative += v.periodDaily[i];
        actual->append(double(i + 1), cumulative);
    }
    const double periodDays = double(v.periodDaily.size() + f.days.size());
    auto *budget = new QLineSeries;
    budget->setName(tr("Budget"));
    budget->append(0, v.budget.amountUsd);
    budget->append(periodDays, v.budget.amountUsd);
    QPen budgetPen(QColor(0xc6, 0x28, 0x28));
    budgetPen.setWidth(2);
    budget->setPen(budgetPen);
    m_budgetChart->addSeries(actual);
    m_budgetChart->addSeries(budget);
    double top = std::max(v.budget.amountUsd, cumulative);
    if (f.ok && !f.days.empty()) {
        auto *mean = new QLineSeries;
        mean->setName(tr("Forecast"));
        auto *low = new QLineSeries, *high = new QLineSeries;
        double m = cumulative, lo = cumulative, hi = cumulative;
        const double x0 = double(v.periodDaily.size());
        mean->append(x0, m);
        low->append(x0, lo);
        high->append(x0, hi);
        for (size_t i = 0; i < f.days.size(); ++i) {
            m += f.days[i].mean;
            lo += f.days[i].low;
            hi += f.days[i].high;
            mean->append(x0 + double(i + 1), m);
        }
        // The band's ends are the period totals' band; in between it widens linearly.
        const double steps = double(f.days.size());
        for (size_t i = 1; i <= f.days.size(); ++i) {
            const double share = double(i) / steps;
            low->append(x0 + double(i), cumulative + (f.projectedLow - cumulative) * share);
            high->append(x0 + double(i), cumulative + (f.projectedHigh - cumulative) * share);
        }
        auto *band = new QAreaSeries(high, low);
        band->setName(tr("Forecast band"));
        QColor fill = palette().color(QPalette::Highlight);
        fill.setAlpha(50);
        band->setBrush(fill);
        band->setPen(Qt::NoPen);
        QPen dashed(palette().color(QPalette::Highlight));
        dashed.setStyle(Qt::DashLine);
        dashed.setWidth(2);
        mean->setPen(dashed);
        m_budgetChart->addSeries(band);
        m_budgetChart->addSeries(mean);
        top = std::max(top, f.projectedHigh);
    }
    auto *x = new QValueAxis;
    x->setRange(0, std::max(1.0, periodDays));
    x->setLabelFormat(QStringLiteral("%.0f"));
    x->setTickCount(int(std::min(periodDays, 7.0)) + 1);
    x->setTitleText(tr("Day of the period"));
    auto *y = new QValueAxis;
    y->setRange(0, top * 1.1);
    y->setLabelFormat(QStringLiteral("$%.2f"));
    m_budgetChart->addAxis(x, Qt::AlignBottom);
    m_budgetChart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : m_budgetChart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    m_budgetChart->setTitle(tr("%1: %2 of %3 this %4")
                                .arg(QString::fromStdString(v.budget.name), formatCost(v.spent), formatCost(v.budget.amountUsd),
                                     QString::fromStdString(v.budget.period)));
    m_budgetNote->setText(f.ok ? tr("Forecast to the end of the period: %1 (90 % band %2 – %3), burn rate %4 per day%5.")
                                     .arg(formatCost(f.projectedTotal), formatCost(f.projectedLow), formatCost(f.projectedHigh),
                                          formatCost(f.dailyRate), f.seasonal ? tr(", with weekday pattern") : QString())
                               : tr("No forecast: %1.").arg(QString::fromStdString(f.reason)));
}

void CostPage::addBudgetDialog()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add Budget"));
    auto *form = new QFormLayout(&dialog);
    auto *name = new QLineEdit(&dialog);
    auto *period = new QComboBox(&dialog);
    period->addItem(tr("Day"), QStringLiteral("day"));
    period->addItem(tr("Week"), QStringLiteral("week"));
    period->addItem(tr("Month"), QStringLiteral("month"));
    period->setCurrentIndex(2);
    auto *amount = new QDoubleSpinBox(&dialog);
    amount->setRange(0.01, 1e9);
    amount->setDecimals(2);
    amount->setPrefix(QStringLiteral("$"));
    amount->setValue(100);
    auto *scope = new QComboBox(&dialog);
    scope->addItem(tr("Whole workspace"), int(CostDim::Total));
    scope->addItem(tr("Model"), int(CostDim::Model));
    scope->addItem(tr("User"), int(CostDim::User));
    scope->addItem(tr("Tag"), int(CostDim::Tag));
    auto *value = new QLineEdit(&dialog);
    value->setPlaceholderText(tr("e.g. gpt-4o, a user id or a tag"));
    value->setEnabled(false);
    connect(scope, qOverload<int>(&QComboBox::currentIndexChanged), value, [scope, value] {
        value->setEnabled(scope->currentData().toInt() != int(CostDim::Total));
    });
    form->addRow(tr("Name:"), name);
    form->addRow(tr("Period:"), period);
    form->addRow(tr("Amount:"), amount);
    form->addRow(tr("For:"), scope);
    form->addRow(tr("Value:"), value);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        if (name->text().trimmed().isEmpty() || (value->isEnabled() && value->text().trimmed().isEmpty())) {
            QMessageBox::warning(&dialog, tr("Add Budget"), tr("Give the budget a name and, for a model, user or tag, its value."));
            return;
        }
        dialog.accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    store::Budget b;
    b.name = name->text().trimmed().toStdString();
    b.period = period->currentData().toString().toStdString();
    b.amountUsd = amount->value();
    b.dim = CostDim(scope->currentData().toInt());
    b.value = b.dim == CostDim::Total ? std::string() : value->text().trimmed().toStdString();
    addBudget(b);
}

void CostPage::addBudget(const store::Budget &budget)
{
    runWrite<store::Status>(
        m_workspace->path(), this,
        [budget](store::Database &db, const QString &openError) {
            if (!openError.isEmpty())
                return store::Status::failure(openError);
            store::Budget b = budget;
            return store::saveBudget(db, b);
        },
        [this](store::Status s) {
            if (!s)
                emit errorOccurred(s.error);
            emit budgetsChanged();
            reload();
        });
}

void CostPage::removeBudget(int64_t id)
{
    runWrite<store::Status>(
        m_workspace->path(), this,
        [id](store::Database &db, const QString &openError) {
            return openError.isEmpty() ? store::deleteBudget(db, id) : store::Status::failure(openError);
        },
        [this](store::Status s) {
            if (!s)
                emit errorOccurred(s.error);
            emit budgetsChanged();
            reload();
        });
}

void CostPage::runWhatIf(const QString &targetModel)
{
    jobs::ReadJobs *jobs = m_workspace->readJobs();
    if (!jobs || jobs->databasePath().isEmpty() || targetModel.isEmpty())
        return;
    store::CostRequest sel;
    sel.fromNs = m_data.fromNs;
    sel.toNs = m_data.toNs;
    sel.filter = pageFilter();
    const std::string target = targetModel.toStdString();
    m_whatIfSummary->setText(tr("Pricing…"));
    jobs->run<std::shared_ptr<pricing::WhatIfResult>>(
        kWhatIfChannel, this,
        [sel, target](store::Database &db) {
            const auto catalog = pricing::loadWorkspaceCatalog(db);
            return std::make_shared<pricing::WhatIfResult>(pricing::whatIf(db, *catalog, sel, target));
        },
        [this](std::shared_ptr<pricing::WhatIfResult> r) {
            if (!r->ok) {
                m_whatIfSummary->setText(r->error);
                m_whatIf->setRowCount(0);
            } else {
                const double diff = r->asTarget - r->actual;
                m_whatIfSummary->setText(tr("%n call(s) cost %1; priced as %2 they would have cost %3 (%4%5).", nullptr, int(r->calls))
                                             .arg(formatCost(r->actual), QString::fromStdString(r->targetModel), formatCost(r->asTarget))
                                             .arg(diff >= 0 ? QStringLiteral("+") : QString(), formatCost(diff)));
                m_whatIf->setRowCount(int(r->rows.size()));
                for (int i = 0; i < int(r->rows.size()); ++i) {
                    const auto &row = r->rows[size_t(i)];
                    m_whatIf->setItem(i, 0, textItem(groupText(row.model)));
                    m_whatIf->setItem(i, 1, numberItem(formatCount(row.calls), double(row.calls)));
                    m_whatIf->setItem(i, 2, numberItem(formatCost(row.actual), row.actual));
                    m_whatIf->setItem(i, 3, numberItem(formatCost(row.asTarget), row.asTarget));
                    m_whatIf->setItem(i, 4, numberItem(formatCost(row.asTarget - row.actual), row.asTarget - row.actual));
                }
                m_whatIf->resizeColumnsToContents();
            }
            emit whatIfReady();
            finished(kWhatIfChannel);
        },
        [this](const QString &message) {
            m_whatIfSummary->setText(message);
            finished(kWhatIfChannel);
        });
}

bool CostPage::exportChart(const QString &path, QString *error) const
{
    return exportWidgetImage(m_chartView, path, error);
}

void CostPage::chooseExport(QWidget *what)
{
    QString filter;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Chart"), QStringLiteral("cost.png"),
                                                      tr("PNG image (*.png);;SVG image (*.svg)"), &filter);
    if (path.isEmpty())
        return;
    QString error;
    if (!exportWidgetImage(what, path, &error))
        QMessageBox::warning(this, tr("Export Chart"), error);
}

void CostPage::exportTable(QTableWidget *table)
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Table"), QStringLiteral("cost.csv"),
                                                      tr("CSV file (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTableCsv(table, path, &error))
        QMessageBox::warning(this, tr("Export Table"), error);
}

} // namespace spanscope::ui
