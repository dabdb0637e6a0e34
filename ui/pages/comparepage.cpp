#include "pages/comparepage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>

#include "jobs/readjobs.h"
#include "util/format.h"
#include "widgets/diffview.h"
#include "workspace.h"

namespace spanscope::ui {

namespace {

const QString kCompareChannel = QStringLiteral("compare-traces");
const QString kPayloadChannel = QStringLiteral("compare-payloads");
constexpr int kIndexRole = Qt::UserRole + 1;

enum Column { ColSpan, ColStatus, ColType, ColLatencyA, ColLatencyB, ColLatencyDelta, ColTokensDelta, ColCostDelta, ColWhy };

struct CompareResult {
    store::Status status;
    store::TraceComparison cmp;
};
struct PayloadResult {
    store::Status status;
    std::optional<std::string> a, b;
};

QString signedMs(const std::optional<double> &ms)
{
    if (!ms)
        return unknownText();
    const QString d = formatDuration(int64_t(std::llround(std::abs(*ms) * 1e6)));
    return (*ms > 0 ? QStringLiteral("+") : *ms < 0 ? QStringLiteral("−") : QString()) + d;
}

QString signedCount(const std::optional<int64_t> &n)
{
    if (!n)
        return unknownText();
    return (*n > 0 ? QStringLiteral("+") : *n < 0 ? QStringLiteral("−") : QString()) + formatCount(std::abs(*n));
}

QString signedCost(const std::optional<double> &c)
{
    if (!c)
        return unknownText();
    return (*c > 0 ? QStringLiteral("+") : *c < 0 ? QStringLiteral("−") : QString()) + formatCost(std::abs(*c));
}

QStringList reasons(const diff::AlignedSpan &s)
{
    QStringList r;
    if (s.renamed)
        r << ComparePage::tr("renamed");
    if (s.typeChanged)
        r << ComparePage::tr("type");
    if (s.modelChanged)
        r << ComparePage::tr("model");
    if (s.inputChanged)
        r << ComparePage::tr("input");
    if (s.outputChanged)
        r << ComparePage::tr("output");
    if (s.errorChanged)
        r << ComparePage::tr("status");
    if (s.reordered)
        r << ComparePage::tr("moved");
    return r;
}

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}

} // namespace

ComparePage::ComparePage(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_jobs(std::make_unique<jobs::ReadJobs>())
{
    m_traceA = new QLineEdit(this);
    m_traceA->setObjectName(QStringLiteral("traceA"));
    m_traceA->setPlaceholderText(tr("Trace A id"));
    m_traceB = new QLineEdit(this);
    m_traceB->setObjectName(QStringLiteral("traceB"));
    m_traceB->setPlaceholderText(tr("Trace B id"));
    m_go = new QPushButton(tr("Compare"), this);
    m_openA = new QPushButton(tr("Open A"), this);
    m_openA->setObjectName(QStringLiteral("openTraceA"));
    m_openB = new QPushButton(tr("Open B"), this);
    m_openB->setObjectName(QStringLiteral("openTraceB"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("compareSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_onlyDiff = new QCheckBox(tr("Only differences"), this);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("compareTree"));
    m_tree->setHeaderLabels({tr("Span"), tr("Status"), tr("Type"), tr("Latency A"), tr("Latency B"), tr("Δ latency"),
                             tr("Δ tokens"), tr("Δ cost"), tr("What changed")});
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_payload = new QComboBox(this);
    m_payload->setObjectName(QStringLiteral("payloadField"));
    m_payload->addItem(tr("Input"), int(store::PayloadField::Input));
    m_payload->addItem(tr("Output"), int(store::PayloadField::Output));
    m_payload->addItem(tr("Metadata"), int(store::PayloadField::Metadata));
    m_payload->addItem(tr("Model parameters"), int(store::PayloadField::ModelParameters));
    m_spanTitle = new QLabel(this);
    m_diff = new DiffView(this);
    m_diff->clear(tr("Select a span present in both traces to diff its payloads."));

    auto *top = new QHBoxLayout;
    top->addWidget(m_traceA, 1);
    top->addWidget(m_openA);
    top->addWidget(m_traceB, 1);
    top->addWidget(m_openB);
    top->addWidget(m_go);
    auto *mid = new QHBoxLayout;
    mid->addWidget(m_summary, 1);
    mid->addWidget(m_onlyDiff);
    auto *bottom = new QWidget(this);
    auto *bl = new QVBoxLayout(bottom);
    bl->setContentsMargins(0, 0, 0, 0);
    auto *pl = new QHBoxLayout;
    pl->addWidget(m_spanTitle, 1);
    pl->addWidget(new QLabel(tr("Payload:"), bottom));
    pl->addWidget(m_payload);
    bl->addLayout(pl);
    bl->addWidget(m_diff, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_tree);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(mid);
    layout->addWidget(split, 1);

    connect(m_go, &QPushButton::clicked, this, [this] { compare(m_traceA->text().trimmed(), m_traceB->text().trimmed()); });
    connect(m_openA, &QPushButton::clicked, this, [this] {
        if (!m_traceA->text().trimmed().isEmpty())
            emit openTraceRequested(m_traceA->text().trimmed());
    });
    connect(m_openB, &QPushButton::clicked, this, [this] {
        if (!m_traceB->text().trimmed().isEmpty())
            emit openTraceRequested(m_traceB->text().trimmed());
    });
    connect(m_onlyDiff, &QCheckBox::toggled, this, &ComparePage::fill);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &ComparePage::onSpanSelected);
    connect(m_payload, &QComboBox::currentIndexChanged, this, &ComparePage::loadPayloads);

    if (m_workspace) {
        m_jobs->setDatabasePath(m_workspace->path());
        connect(m_workspace, &Workspace::opened, this, [this](const QString &path) { m_jobs->setDatabasePath(path); });
        connect(m_workspace, &Workspace::closed, this, [this] { m_jobs->setDatabasePath(QString()); });
    }
    m_summary->setText(tr("Select two traces (Traces page) or paste their ids to compare them span by span."));
}

ComparePage::~ComparePage() = default;

void ComparePage::compare(const QString &traceA, const QString &traceB)
{
    m_traceA->setText(traceA);
    m_traceB->setText(traceB);
    if (traceA.isEmpty() || traceB.isEmpty() || m_jobs->databasePath().isEmpty())
        return;
    ++m_loading;
    m_summary->setText(tr("Comparing…"));
    const std::string a = traceA.toStdString(), b = traceB.toStdString();
    m_jobs->run<std::shared_ptr<CompareResult>>(
        kCompareChannel, this,
        [a, b](store::Database &db) {
            auto out = std::make_shared<CompareResult>();
            out->status = store::compareTraces(db, a, b, out->cmp);
            return out;
        },
        [this](std::shared_ptr<CompareResult> r) {
            --m_loading;
            if (!r->status) {
                m_summary->setText(r->status.error.toHtmlEscaped());
                emit errorOccurred(r->status.error);
                return;
            }
            m_cmp = std::move(r->cmp);
            m_selected = -1;
            fill();
            emit comparisonShown();
        },
        [this](const QString &e) {
            --m_loading;
            m_summary->setText(e.toHtmlEscaped());
            emit errorOccurred(e);
        });
}

void ComparePage::fill()
{
    const auto &t = m_cmp.alignment.totals;
    auto side = [](const store::CompareTrace &x) {
        return QStringLiteral("%1 · %2 spans · %3 · %4 tokens · %5")
            .arg(QString::fromStdString(x.name.value_or(std::string())).toHtmlEscaped())
            .arg(x.observationCount)
            .arg(formatDuration(x.latencyNs))
            .arg(formatCount(x.totalTokens))
            .arg(formatCost(x.cost));
    };
    m_summary->setText(tr("<b>A</b> %1<br><b>B</b> %2<br>%3 same · <b>%4 changed</b> · %5 added · %6 removed · "
                          "%7 moved — B − A: latency %8, tokens %9, cost %10")
                           .arg(side(m_cmp.a), side(m_cmp.b))
                           .arg(t.same)
                           .arg(t.changed)
                           .arg(t.added)
                           .arg(t.removed)
                           .arg(t.reordered)
                           .arg(signedMs(m_cmp.latencyDeltaMs), signedCount(m_cmp.tokensDelta), signedCost(m_cmp.costDelta)));

    const QColor base = palette().color(QPalette::Base);
    const QColor added = mix(base, QColor(0x2e, 0x9d, 0x4a), 0.18), removed = mix(base, QColor(0xe5, 0x39, 0x35), 0.16),
                 changed = mix(base, QColor(0xf9, 0xa8, 0x25), 0.2);
    const bool onlyDiff = m_onlyDiff->isChecked();
    const QSignalBlocker block(m_tree);
    m_tree->clear();
    std::vector<QTreeWidgetItem *> stack;
    QTreeWidgetItem *select = nullptr;
    for (size_t i = 0; i < m_cmp.alignment.spans.size(); ++i) {
        const diff::AlignedSpan &s = m_cmp.alignment.spans[i];
        const store::SpanDelta &d = m_cmp.deltas[i];
        const diff::AlignSpan *l = s.left >= 0 ? &m_cmp.a.spans[size_t(s.left)] : nullptr;
        const diff::AlignSpan *r = s.right >= 0 ? &m_cmp.b.spans[size_t(s.right)] : nullptr;
        if (onlyDiff && s.status == diff::AlignedSpan::Status::Same && !s.reordered)
            continue;
        // stack[d] = the last shown row at depth d; with rows hidden a row hangs under its
        // nearest shown ancestor.
        stack.resize(size_t(s.depth), nullptr);
        QTreeWidgetItem *parent = nullptr;
        for (auto p = stack.rbegin(); p != stack.rend() && !parent; ++p)
            parent = *p;
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
        QString name = QString::fromStdString((r ? r : l)->name);
        if (s.renamed)
            name = QString::fromStdString(l->name) + QStringLiteral(" → ") + name;
        item->setText(ColSpan, name);
        item->setToolTip(ColSpan, QString::fromStdString(s.path));
        static const char *const statusNames[] = {QT_TR_NOOP("same"), QT_TR_NOOP("changed"), QT_TR_NOOP("added"),
                                                  QT_TR_NOOP("removed")};
        item->setText(ColStatus, tr(statusNames[int(s.status)]));
        item->setText(ColType, QString::fromStdString((r ? r : l)->type));
        item->setText(ColLatencyA, l ? formatDuration(l->durationNs()) : QString());
        item->setText(ColLatencyB, r ? formatDuration(r->durationNs()) : QString());
        item->setText(ColLatencyDelta, signedMs(d.latencyMs));
        item->setText(ColTokensDelta, d.tokens ? signedCount(d.tokens) : QString());
        item->setText(ColCostDelta, d.cost ? signedCost(d.cost) : QString());
        item->setText(ColWhy, reasons(s).join(QStringLiteral(", ")));
        for (int c : {ColLatencyA, ColLatencyB, ColLatencyDelta, ColTokensDelta, ColCostDelta})
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(ColSpan, kIndexRole, int(i));
        const QColor bg = s.status == diff::AlignedSpan::Status::Added     ? added
            : s.status == diff::AlignedSpan::Status::Removed               ? removed
            : s.status == diff::AlignedSpan::Status::Changed               ? changed
                                                                           : QColor();
        if (bg.isValid())
            for (int c = 0; c < m_tree->columnCount(); ++c)
                item->setBackground(c, bg);
        stack.push_back(item);
        if (int(i) == m_selected)
            select = item;
    }
    m_tree->expandAll();
    if (select)
        m_tree->setCurrentItem(select);
}

void ComparePage::selectSpan(int index)
{
    QTreeWidgetItemIterator it(m_tree);
    for (; *it; ++it) {
        if ((*it)->data(ColSpan, kIndexRole).toInt() == index) {
            m_tree->setCurrentItem(*it);
            return;
        }
    }
}

void ComparePage::onSpanSelected()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return;
    m_selected = item->data(ColSpan, kIndexRole).toInt();
    loadPayloads();
}

void ComparePage::loadPayloads()
{
    if (m_selected < 0 || size_t(m_selected) >= m_cmp.alignment.spans.size())
        return;
    const diff::AlignedSpan &s = m_cmp.alignment.spans[size_t(m_selected)];
    const diff::AlignSpan *l = s.left >= 0 ? &m_cmp.a.spans[size_t(s.left)] : nullptr;
    const diff::AlignSpan *r = s.right >= 0 ? &m_cmp.b.spans[size_t(s.right)] : nullptr;
    m_spanTitle->setText(QStringLiteral("<b>%1</b>").arg(QString::fromStdString(s.path).toHtmlEscaped()));
    // One-sided spans diff against nothing: the whole payload shows as added or removed.
    const std::string ta = m_cmp.a.id, tb = m_cmp.b.id;
    const std::string ia = l ? l->id : std::string(), ib = r ? r->id : std::string();
    const auto field = store::PayloadField(m_payload->currentData().toInt());
    const QString titleA = l ? tr("A · %1").arg(QString::fromStdString(l->name)) : tr("A · (not in this trace)");
    const QString titleB = r ? tr("B · %1").arg(QString::fromStdString(r->name)) : tr("B · (not in this trace)");
    ++m_loading;
    m_jobs->run<std::shared_ptr<PayloadResult>>(
        kPayloadChannel, this,
        [ta, tb, ia, ib, field](store::Database &db) {
            auto out = std::make_shared<PayloadResult>();
            if (!ia.empty())
                out->status = store::loadObservationPayload(db, ta, ia, field, out->a);
            if (out->status && !ib.empty())
                out->status = store::loadObservationPayload(db, tb, ib, field, out->b);
            return out;
        },
        [this, titleA, titleB](std::shared_ptr<PayloadResult> p) {
            --m_loading;
            if (!p->status) {
                m_diff->clear(p->status.error);
                return;
            }
            if (!p->a && !p->b) {
                m_diff->clear(tr("Neither span has this payload."));
            } else {
                m_diff->setTexts(QString::fromStdString(p->a.value_or(std::string())),
                                 QString::fromStdString(p->b.value_or(std::string())), titleA, titleB);
            }
            emit payloadDiffShown();
        },
        [this](const QString &e) {
            --m_loading;
            m_diff->clear(e);
        });
}

} // namespace spanscope::ui
