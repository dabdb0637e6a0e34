#include "pages/tracedetailpage.h"

#include <algorithm>

#include <QApplication>
#include <QClipboard>
#include <QDataStream>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QScrollBar>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include "jobs/readjobs.h"
#include "models/spantreemodel.h"
#include "widgets/detailpane.h"
#include "widgets/spantreedelegate.h"
#include "widgets/spantreeview.h"
#include "widgets/timeline.h"
#include "widgets/timelineminimap.h"
#include "widgets/traceheader.h"
#include "workspace.h"

Q_LOGGING_CATEGORY(lcTraceDetailPage, "spanscope.ui.tracedetail")

namespace spanscope::ui {

namespace {
const QString kTreeChannel = QStringLiteral("trace-detail-tree");
const QString kObservationChannel = QStringLiteral("trace-detail-observation");
// Trees up to this size open fully expanded; larger ones open a few levels deep.
constexpr int kExpandAllLimit = 5000;
constexpr int kOpenDepth = 3;
// EVENT children read with an observation's details (the Events tab), at most.
constexpr int kMaxEvents = 500;
} // namespace

struct TraceDetailPage::Loaded {
    store::Status status;
    std::shared_ptr<const store::TraceTree> tree;
    store::TraceHeader header;
};

TraceDetailPage::TraceDetailPage(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    // A page-owned runner is the fallback for a workspace without one (readJobs() prefers the
    // workspace's).
    m_ownJobs = std::make_unique<jobs::ReadJobs>();
    if (m_workspace) {
        m_ownJobs->setDatabasePath(m_workspace->path());
        connect(m_workspace, &Workspace::opened, this, [this](const QString &path) {
            m_ownJobs->setDatabasePath(path);
            clear();
        });
        connect(m_workspace, &Workspace::closed, this, [this] {
            m_ownJobs->setDatabasePath(QString());
            clear();
        });
        connect(m_workspace, &Workspace::changed, this, [this] {
            // An import may have added observations to the trace on screen.
            if (!m_traceId.isEmpty() && !m_loading) {
                m_pendingObservation = currentObservationId();
                showTrace(m_traceId);
            }
        });
    }
    buildUi();
}

TraceDetailPage::~TraceDetailPage() = default;

QTreeView *TraceDetailPage::treeView() const
{
    return m_tree;
}

jobs::ReadJobs *TraceDetailPage::readJobs() const
{
    // The workspace's shared runner when it has one (one pool, one connection per worker).
    if (m_workspace && m_workspace->readJobs())
        return m_workspace->readJobs();
    return m_ownJobs.get();
}

void TraceDetailPage::buildUi()
{
    m_header = new TraceHeader(this);
    connect(m_header, &TraceHeader::sessionLinkActivated, this, &TraceDetailPage::openSessionRequested);

    // Toolbar: search, error navigation, expansion, focus, copy.
    const auto tool = [this](const QString &text, const QString &tip, auto slot) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip);
        b->setAutoRaise(true);
        connect(b, &QToolButton::clicked, this, slot);
        return b;
    };
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("spanSearch"));
    m_search->setPlaceholderText(tr("Find span by name, model, type or id (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    m_matchLabel = new QLabel(this);
    m_matchLabel->setObjectName(QStringLiteral("matchLabel"));
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_depth = new QSpinBox(this);
    m_depth->setRange(1, 64);
    m_depth->setValue(kOpenDepth);
    m_depth->setPrefix(tr("depth "));
    m_depth->setToolTip(tr("Number of levels to show"));
    m_focusButton = tool(tr("Focus"), tr("Show only the selected span and its descendants"), &TraceDetailPage::focusSubtree);
    m_focusButton->setCheckable(true);
    connect(m_focusButton, &QToolButton::toggled, this, [this](bool on) {
        if (!on && m_model->focusNode() >= 0)
            unfocus();
    });
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(8, 0, 8, 0);
    bar->setSpacing(2);
    bar->addWidget(m_search);
    bar->addWidget(tool(QStringLiteral("▲"), tr("Previous match (Shift+F3)"), &TraceDetailPage::findPrevious));
    bar->addWidget(tool(QStringLiteral("▼"), tr("Next match (F3)"), &TraceDetailPage::findNext));
    bar->addWidget(m_matchLabel);
    bar->addSpacing(12);
    bar->addWidget(tool(tr("◀ Error"), tr("Previous error (Shift+F8)"), &TraceDetailPage::previousError));
    bar->addWidget(tool(tr("Error ▶"), tr("Next error (F8)"), &TraceDetailPage::nextError));
    bar->addWidget(m_errorLabel);
    bar->addStretch(1);
    bar->addWidget(tool(tr("Expand all"), tr("Expand every span"), &TraceDetailPage::expandAll));
    bar->addWidget(tool(tr("Collapse all"), tr("Collapse to the roots"), &TraceDetailPage::collapseAll));
    bar->addWidget(m_depth);
    bar->addWidget(tool(tr("Expand to depth"), tr("Show this many levels"), [this] { expandToDepth(m_depth->value()); }));
    bar->addWidget(m_focusButton);
    bar->addWidget(tool(tr("Copy id"), tr("Copy the selected observation's id (Ctrl+C)"), &TraceDetailPage::copyId));

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250); // typing in a 1M-span trace should not search per keystroke
    connect(m_searchTimer, &QTimer::timeout, this, [this] { setSearchText(m_search->text()); });
    connect(m_search, &QLineEdit::textEdited, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &t) {
        if (t.isEmpty())
            setSearchText(QString());
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_searchTimer->isActive()) {
            m_searchTimer->stop();
            setSearchText(m_search->text());
        } else {
            findNext();
        }
    });

    // Tree and timeline share rows; the minimap spans both.
    m_model = new SpanTreeModel(this);
    m_tree = new SpanTreeView(this);
    m_tree->setObjectName(QStringLiteral("spanTree"));
    m_tree->setModel(m_model);
    m_tree->setItemDelegate(new SpanTreeDelegate(m_tree));
    m_tree->setUniformRowHeights(true); // long trees scroll smoothly only with uniform rows
    m_tree->setAlternatingRowColors(true);
    m_tree->setFrameShape(QFrame::NoFrame);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tree->setExpandsOnDoubleClick(true);
    m_tree->setIndentation(14);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(SpanTreeModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->resizeSection(SpanTreeModel::ModelColumn, 112);
    m_tree->header()->resizeSection(SpanTreeModel::DurationColumn, 90);
    m_tree->header()->resizeSection(SpanTreeModel::TokensColumn, 64);
    m_tree->header()->resizeSection(SpanTreeModel::CostColumn, 92);
    m_timeline = new TimelineView(this);
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_minimap = new TimelineMinimap(this);
    m_minimap->setObjectName(QStringLiteral("minimap"));

    m_inner = new QSplitter(Qt::Horizontal, this);
    m_inner->setObjectName(QStringLiteral("treeTimelineSplitter"));
    m_inner->addWidget(m_tree);
    m_inner->addWidget(m_timeline);
    m_inner->setStretchFactor(0, 1);
    m_inner->setStretchFactor(1, 1);
    m_inner->setChildrenCollapsible(false);
    m_inner->setSizes({ 660, 380 }); // the tree gets room for names; the timeline still reads
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->setSpacing(2);
    leftLayout->addWidget(m_minimap);
    leftLayout->addWidget(m_inner, 1);

    m_detail = new DetailPane(this);
    m_detail->setObjectName(QStringLiteral("detailPane"));
    m_outer = new QSplitter(Qt::Horizontal, this);
    m_outer->setObjectName(QStringLiteral("detailSplitter"));
    m_outer->addWidget(left);
    m_outer->addWidget(m_detail);
    m_outer->setStretchFactor(0, 3);
    m_outer->setStretchFactor(1, 2);
    m_outer->setChildrenCollapsible(false);
    m_outer->setSizes({ 1000, 600 });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_header);
    layout->addLayout(bar);
    layout->addWidget(m_outer, 1);

    // Selection and scrolling stay in step between tree and timeline.
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
    connect(m_tree->verticalScrollBar(), &QScrollBar::valueChanged, m_timeline, &TimelineView::setScrollOffset);
    connect(m_tree, &QTreeView::expanded, this, [this](const QModelIndex &index) {
        if (const int n = m_model->nodeOf(index); !m_bulk && n >= 0 && size_t(n) < m_expanded.size()) {
            m_expanded[size_t(n)] = 1;
            rebuildRows();
        }
    });
    connect(m_tree, &QTreeView::collapsed, this, [this](const QModelIndex &index) {
        if (const int n = m_model->nodeOf(index); !m_bulk && n >= 0 && size_t(n) < m_expanded.size()) {
            m_expanded[size_t(n)] = 0;
            rebuildRows();
        }
    });
    connect(m_timeline, &TimelineView::nodeActivated, this, &TraceDetailPage::selectNode);
    connect(m_timeline, &TimelineView::verticalScrollRequested, this,
            [this](int dy) { m_tree->verticalScrollBar()->setValue(m_tree->verticalScrollBar()->value() + dy); });
    connect(m_timeline, &TimelineView::windowChanged, m_minimap, &TimelineMinimap::setWindow);
    connect(m_minimap, &TimelineMinimap::windowRequested, m_timeline, &TimelineView::setWindow);

    const auto shortcut = [this](const QKeySequence &key, auto slot) {
        auto *s = new QShortcut(key, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence::Find, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    shortcut(QKeySequence(Qt::Key_F3), &TraceDetailPage::findNext);
    shortcut(QKeySequence(Qt::SHIFT | Qt::Key_F3), &TraceDetailPage::findPrevious);
    shortcut(QKeySequence(Qt::Key_F8), &TraceDetailPage::nextError);
    shortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8), &TraceDetailPage::previousError);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_M), &TraceDetailPage::markForDiff);
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M), &TraceDetailPage::diffWithMarked);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &TraceDetailPage::showSpanMenu);
    auto *copy = new QShortcut(QKeySequence::Copy, m_tree);
    copy->setContext(Qt::WidgetShortcut);
    connect(copy, &QShortcut::activated, this, &TraceDetailPage::copyId);
    clear();
}

void TraceDetailPage::clear()
{
    m_traceId.clear();
    m_loading = false;
    m_treeData.reset();
    m_expanded.clear();
    m_matches.clear();
    m_model->clear();
    m_timeline->setTree(nullptr);
    m_minimap->setTree(nullptr);
    m_header->showMessage(tr("No trace selected"));
    m_detail->clear();
    m_matchLabel->clear();
    m_errorLabel->clear();
}

void TraceDetailPage::showTrace(const QString &traceId)
{
    jobs::ReadJobs *jobs = readJobs();
    if (traceId.isEmpty() || !jobs) {
        clear();
        return;
    }
    if (traceId != m_traceId) {
        m_pendingObservation.clear();
        m_header->showMessage(tr("Loading trace %1…").arg(traceId));
    }
    m_traceId = traceId;
    m_loading = true;
    const std::string id = traceId.toStdString();
    jobs->run<std::shared_ptr<Loaded>>(
        kTreeChannel, this,
        [id](store::Database &db) {
            auto loaded = std::make_shared<Loaded>();
            store::TreeRepository repo(db);
            auto tree = std::make_shared<store::TraceTree>();
            loaded->status = repo.traceTree(id, *tree);
            if (loaded->status)
                loaded->status = repo.traceHeader(id, loaded->header);
            loaded->tree = std::move(tree);
            return loaded;
        },
        [this](std::shared_ptr<Loaded> loaded) { onTreeLoaded(*loaded); },
        [this](const QString &error) {
            m_loading = false;
            m_header->showMessage(error);
            emit errorOccurred(error);
        });
}

void TraceDetailPage::onTreeLoaded(Loaded &loaded)
{
    m_loading = false;
    if (!loaded.status) {
        qCWarning(lcTraceDetailPage) << loaded.status.error;
        m_header->showMessage(loaded.status.error);
        emit errorOccurred(loaded.status.error);
        return;
    }
    m_treeData = loaded.tree;
    m_header->setHeader(loaded.header);
    m_detail->clear();
    m_matches.clear();
    m_focusButton->setChecked(false);
    m_model->setTree(m_treeData);
    m_timeline->setTree(m_treeData);
    m_minimap->setTree(m_treeData);
    m_expanded.assign(size_t(m_treeData->size()), 0);
    const int errors = int(m_model->errorNodes().size());
    m_errorLabel->setText(errors > 0 ? tr("%n error(s)", nullptr, errors) : QString());
    if (m_treeData->size() <= kExpandAllLimit)
        expandAll();
    else
        expandToDepth(kOpenDepth);
    if (!m_search->text().isEmpty())
        setSearchText(m_search->text());
    else
        updateMatchLabel();
    syncGeometry();
    int select = m_treeData->roots.empty() ? -1 : 0;
    if (!m_pendingObservation.isEmpty()) {
        const int n = m_treeData->find(m_pendingObservation.toStdString());
        if (n >= 0)
            select = n;
        m_pendingObservation.clear();
    }
    if (select >= 0)
        selectNode(select);
    if (m_treeData->size() == 0)
        m_detail->showMessage(tr("This trace has no observations."));
    emit traceShown(m_traceId);
}

void TraceDetailPage::selectObservation(const QString &observationId)
{
    if (m_loading || !m_treeData) {
        m_pendingObservation = observationId;
        return;
    }
    const int n = m_treeData->find(observationId.toStdString());
    if (n >= 0)
        selectNode(n);
}

QString TraceDetailPage::currentObservationId() const
{
    const int node = currentNode();
    return node >= 0 ? m_model->idOf(node) : QString();
}

int TraceDetailPage::currentNode() const
{
    return m_model->nodeOf(m_tree->currentIndex());
}

void TraceDetailPage::onCurrentChanged(const QModelIndex &current)
{
    const int node = m_model->nodeOf(current);
    m_timeline->setSelectedNode(node);
    if (node < 0) {
        m_detail->clear();
        return;
    }
    m_timeline->revealNode(node);
    loadObservation(node);
}

void TraceDetailPage::loadObservation(int node)
{
    jobs::ReadJobs *jobs = readJobs();
    if (!jobs || !m_treeData)
        return;
    m_detail->showLoading(m_model->nameOf(node));
    // EVENT children are known from the tree: their keys let the job read them directly.
    std::vector<int32_t> events;
    const store::TraceTree &t = *m_treeData;
    for (int r = 0; r < t.childCount(node) && int(events.size()) < kMaxEvents; ++r) {
        const int c = t.child(node, r);
        if (t.types[t.typeId[size_t(c)]] == "EVENT")
            events.push_back(t.dbPreorder[size_t(c)]);
    }
    const std::string traceId = t.traceId;
    const std::string observationId(t.id(node));
    const int64_t traceStart = t.axisStartNs;
    jobs->run<std::shared_ptr<ObservationView>>(
        kObservationChannel, this,
        [traceId, observationId, events, traceStart](store::Database &db) {
            store::TreeRepository repo(db);
            store::ObservationDetail detail;
            auto view = std::make_shared<ObservationView>();
            if (store::Status s = repo.observationDetail(traceId, observationId, events, detail); !s) {
                view->detail.found = false;
                view->detail.statusMessage = s.error.toStdString();
                return view;
            }
            *view = ObservationView::prepare(std::move(detail), traceStart);
            return view;
        },
        [this](std::shared_ptr<ObservationView> view) {
            if (!view->detail.found && view->detail.statusMessage) {
                const QString error = QString::fromStdString(*view->detail.statusMessage);
                m_detail->showMessage(error);
                emit errorOccurred(error);
                return;
            }
            m_detail->showObservation(*view);
            emit observationShown(QString::fromStdString(view->detail.id));
        },
        [this](const QString &error) {
            m_detail->showMessage(error);
            emit errorOccurred(error);
        });
}

void TraceDetailPage::rebuildRows()
{
    std::vector<int> rows;
    if (m_treeData) {
        const store::TraceTree &t = *m_treeData;
        // Visible rows in pre-order: a collapsed node hides its whole subtree, skipped in one step.
        int begin = 0, end = t.size();
        if (m_model->focusNode() >= 0) {
            begin = m_model->focusNode();
            end = t.subtreeEnd[size_t(begin)];
        }
        rows.reserve(size_t(std::min(end - begin, 1 << 20)));
        for (int i = begin; i < end;) {
            rows.push_back(i);
            i = m_expanded[size_t(i)] ? i + 1 : t.subtreeEnd[size_t(i)];
        }
    }
    m_timeline->setRows(std::move(rows));
    m_timeline->setScrollOffset(m_tree->verticalScrollBar()->value());
}

void TraceDetailPage::syncGeometry()
{
    // The timeline's ruler is as tall as the tree's header and its rows as tall as the tree's.
    m_timeline->setHeaderHeight(m_tree->viewport()->y());
    const QModelIndex first = m_model->index(0, 0);
    const int h = first.isValid() ? m_tree->visualRect(first).height() : 0;
    if (h > 0)
        m_timeline->setRowHeight(h);
    m_timeline->setScrollOffset(m_tree->verticalScrollBar()->value());
}

void TraceDetailPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    syncGeometry();
}

void TraceDetailPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    syncGeometry();
}

void TraceDetailPage::selectNode(int node)
{
    if (!m_treeData || node < 0 || node >= m_treeData->size())
        return;
    if (!m_model->isInFocus(node))
        unfocus();
    // Open the ancestors so the row exists, then make it current and bring it into view.
    bool opened = false;
    for (int p = m_treeData->parent[size_t(node)]; p >= 0; p = m_treeData->parent[size_t(p)]) {
        if (!m_expanded[size_t(p)]) {
            m_expanded[size_t(p)] = 1;
            m_tree->setExpanded(m_model->indexOfNode(p), true);
            opened = true;
        }
    }
    if (opened)
        rebuildRows();
    const QModelIndex index = m_model->indexOfNode(node);
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
}

QByteArray TraceDetailPage::saveState() const
{
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s << qint32(1) << m_outer->saveState() << m_inner->saveState() << m_tree->header()->saveState();
    return out;
}

bool TraceDetailPage::restoreState(const QByteArray &state)
{
    QDataStream s(state);
    qint32 version = 0;
    QByteArray outer, inner, header;
    s >> version >> outer >> inner >> header;
    if (version != 1 || s.status() != QDataStream::Ok)
        return false;
    return m_outer->restoreState(outer) && m_inner->restoreState(inner) && m_tree->header()->restoreState(header);
}

} // namespace spanscope::ui
