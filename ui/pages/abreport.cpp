#include "pages/abreport.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

#include "jobs/readjobs.h"

namespace spanscope::ui {

namespace {

const QString kChannel = QStringLiteral("ab-report");
constexpr int kDistributionColumn = 7;
constexpr int kQuantilesRole = Qt::UserRole + 1;

// Two box plots (p5–p95 whiskers, quartile box, median tick) on one shared scale, A above B.
class DistributionDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(p, option, QModelIndex());
        const QVariantList q = index.data(kQuantilesRole).toList(); // [a5,a25,a50,a75,a95,b5,...]
        if (q.size() != 10)
            return;
        double lo = INFINITY, hi = -INFINITY;
        for (const QVariant &v : q) {
            if (std::isfinite(v.toDouble())) {
                lo = std::min(lo, v.toDouble());
                hi = std::max(hi, v.toDouble());
            }
        }
        if (!std::isfinite(lo))
            return;
        if (hi <= lo)
            hi = lo + 1;
        const QRectF r = QRectF(option.rect).adjusted(6, 4, -6, -4);
        auto x = [&](double v) { return r.left() + (v - lo) / (hi - lo) * r.width(); };
        p->save();
        p->setRenderHint(QPainter::Antialiasing);
        const QColor colours[2] = {QColor(0x1e, 0x88, 0xe5), QColor(0xef, 0x6c, 0x00)};
        for (int side = 0; side < 2; ++side) {
            const int o = side * 5;
            if (!std::isfinite(q[o + 2].toDouble()))
                continue;
            const double y = r.top() + r.height() * (side == 0 ? 0.28 : 0.72);
            const double h = r.height() * 0.3;
            p->setPen(QPen(colours[side], 1.2));
            p->drawLine(QPointF(x(q[o].toDouble()), y), QPointF(x(q[o + 4].toDouble()), y));
            QColor fill = colours[side];
            fill.setAlphaF(0.3);
            p->setBrush(fill);
            p->drawRect(QRectF(QPointF(x(q[o + 1].toDouble()), y - h / 2), QPointF(x(q[o + 3].toDouble()), y + h / 2)));
            p->setPen(QPen(colours[side], 2));
            p->drawLine(QPointF(x(q[o + 2].toDouble()), y - h / 2), QPointF(x(q[o + 2].toDouble()), y + h / 2));
        }
        p->restore();
    }
    QSize sizeHint(const QStyleOptionViewItem &, const QModelIndex &) const override { return {180, 34}; }
};

QString formatValue(double v, const QString &unit)
{
    if (!std::isfinite(v))
        return QStringLiteral("–");
    if (unit == QLatin1String("$"))
        return QStringLiteral("$") + QString::number(v, 'g', 4);
    if (unit == QLatin1String("share"))
        return QString::number(v * 100, 'f', 1) + QLatin1Char('%');
    if (unit == QLatin1String("ms"))
        return QString::number(v, 'f', v < 100 ? 1 : 0) + QStringLiteral(" ms");
    return QString::number(v, 'f', std::abs(v) < 10 ? 2 : 0);
}

QVariantList quantiles(const std::vector<double> &a, const std::vector<double> &b)
{
    QVariantList out;
    for (const auto *v : {&a, &b})
        for (double p : {0.05, 0.25, 0.5, 0.75, 0.95})
            out << (v->empty() ? NAN : analytics::percentile(*v, p));
    return out;
}

} // namespace

AbReportPanel::AbReportPanel(QWidget *parent)
    : QWidget(parent)
{
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("abKind"));
    m_kind->addItem(tr("Prompt versions"));
    m_kind->addItem(tr("Labels"));
    m_kind->addItem(tr("Models"));
    m_a = new QComboBox(this);
    m_a->setObjectName(QStringLiteral("abSideA"));
    m_b = new QComboBox(this);
    m_b->setObjectName(QStringLiteral("abSideB"));
    m_a->setMinimumContentsLength(14);
    m_b->setMinimumContentsLength(14);
    m_runButton = new QPushButton(tr("Compare"), this);
    m_runButton->setObjectName(QStringLiteral("abRun"));
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("abVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont vf = m_verdict->font();
    vf.setPointSizeF(vf.pointSizeF() * 1.1);
    m_verdict->setFont(vf);

    m_table = new QTableWidget(0, 9, this);
    m_table->setObjectName(QStringLiteral("abTable"));
    m_table->setHorizontalHeaderLabels({tr("Metric"), tr("A: n"), tr("A: mean"), tr("B: n"), tr("B: mean"), tr("p"),
                                        tr("Cliff's δ"), tr("Distributions (A blue, B orange)"), tr("Verdict")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setItemDelegateForColumn(kDistributionColumn, new DistributionDelegate(m_table));
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(kDistributionColumn, QHeaderView::Fixed);
    m_table->setColumnWidth(kDistributionColumn, 200);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setDefaultSectionSize(34);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_kind);
    bar->addWidget(new QLabel(tr("A:"), this));
    bar->addWidget(m_a);
    bar->addWidget(new QLabel(tr("B:"), this));
    bar->addWidget(m_b);
    bar->addWidget(m_runButton);
    bar->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_verdict);
    layout->addWidget(m_table, 1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &AbReportPanel::refillSides);
    connect(m_runButton, &QPushButton::clicked, this, &AbReportPanel::run);
    m_verdict->setText(tr("Pick two sides and press Compare."));
}

void AbReportPanel::setPrompt(const analytics::PromptEntry *prompt)
{
    if (prompt)
        m_prompt = *prompt;
    else
        m_prompt.reset();
    refillSides();
}

void AbReportPanel::setModels(const std::vector<std::pair<std::string, int64_t>> &models)
{
    m_models = models;
    refillSides();
}

std::vector<AbReportPanel::Side> AbReportPanel::sides() const
{
    std::vector<Side> out;
    const Kind kind = Kind(m_kind->currentIndex());
    if (kind == Kind::Models) {
        for (const auto &[model, calls] : m_models)
            out.push_back({QString::fromStdString(model), store::CallSelector::model(model)});
        return out;
    }
    if (!m_prompt)
        return out;
    if (kind == Kind::Versions) {
        for (const auto &v : m_prompt->versions)
            out.push_back({tr("version %1").arg(v.version), v.selector});
        return out;
    }
    // Labels: each label names the newest version carrying it.
    QStringList seen;
    for (auto it = m_prompt->versions.rbegin(); it != m_prompt->versions.rend(); ++it)
        for (const QString &l : it->labels)
            if (!seen.contains(l)) {
                seen << l;
                out.push_back({QStringLiteral("%1 (v%2)").arg(l).arg(it->version), it->selector});
            }
    return out;
}

void AbReportPanel::refillSides()
{
    const std::vector<Side> list = sides();
    for (QComboBox *box : {m_a, m_b}) {
        const QSignalBlocker block(box);
        box->clear();
        for (const Side &s : list)
            box->addItem(s.label);
    }
    // Default: the two newest (previous vs latest).
    if (list.size() >= 2) {
        m_a->setCurrentIndex(int(list.size()) - 2);
        m_b->setCurrentIndex(int(list.size()) - 1);
    }
    m_runButton->setEnabled(list.size() >= 2);
}

void AbReportPanel::choose(Kind kind, int a, int b)
{
    m_kind->setCurrentIndex(int(kind));
    m_a->setCurrentIndex(a);
    m_b->setCurrentIndex(b);
    run();
}

void AbReportPanel::run()
{
    const std::vector<Side> list = sides();
    const int a = m_a->currentIndex(), b = m_b->currentIndex();
    if (!m_jobs || a < 0 || b < 0 || size_t(a) >= list.size() || size_t(b) >= list.size())
        return;
    const Side sa = list[size_t(a)], sb = list[size_t(b)];
    m_running = true;
    m_verdict->setText(tr("Comparing %1 with %2…").arg(sa.label, sb.label));
    m_jobs->run<std::shared_ptr<std::pair<store::Status, diff::AbReport>>>(
        kChannel, this,
        [sa, sb](store::Database &db) {
            auto out = std::make_shared<std::pair<store::Status, diff::AbReport>>();
            out->first = diff::loadAbReport(db, sa.selector, sb.selector, sa.label, sb.label, out->second);
            return out;
        },
        [this](std::shared_ptr<std::pair<store::Status, diff::AbReport>> result) {
            m_running = false;
            if (!result->first) {
                m_verdict->setText(result->first.error);
                return;
            }
            showReport(result->second);
        },
        [this](const QString &error) {
            m_running = false;
            m_verdict->setText(error);
        });
}

void AbReportPanel::showReport(const diff::AbReport &report)
{
    m_report = report;
    m_verdict->setText(report.verdict.isEmpty() ? tr("No calls to compare.") : report.verdict + QLatin1Char('.'));
    m_table->setRowCount(int(report.metrics.size()));
    for (int row = 0; row < int(report.metrics.size()); ++row) {
        const diff::AbMetric &m = report.metrics[size_t(row)];
        const analytics::Comparison &c = m.result;
        auto cell = [&](int col, const QString &text, Qt::Alignment align = Qt::AlignRight | Qt::AlignVCenter) {
            auto *item = new QTableWidgetItem(text);
            item->setTextAlignment(align);
            m_table->setItem(row, col, item);
            return item;
        };
        cell(0, m.title, Qt::AlignLeft | Qt::AlignVCenter);
        cell(1, QString::number(c.nA));
        cell(2, formatValue(c.meanA, m.unit));
        cell(3, QString::number(c.nB));
        cell(4, formatValue(c.meanB, m.unit));
        cell(5, c.insufficient ? tr("insufficient data") : diff::formatP(c.pValue));
        cell(6, c.insufficient || !std::isfinite(c.cliffsDelta)
                    ? QStringLiteral("–")
                    : QStringLiteral("%1 (%2)").arg(c.cliffsDelta, 0, 'f', 2).arg(tr(analytics::magnitudeName(c.magnitude))));
        cell(kDistributionColumn, QString())->setData(kQuantilesRole, quantiles(m.a, m.b));
        QTableWidgetItem *v = cell(8, m.verdict, Qt::AlignLeft | Qt::AlignVCenter);
        if (m.significant()) {
            QFont f = v->font();
            f.setBold(true);
            v->setFont(f);
        }
    }
    emit reportShown();
}

} // namespace spanscope::ui
