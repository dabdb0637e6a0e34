#include "pages/tracespage.h"

#include <QAction>
#include <QDataStream>
#include <QHeaderView>
#include <QIODevice>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QScrollBar>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include "models/tracelistmodel.h"
#include "widgets/filterbar.h"
#include "workspace.h"

namespace spanscope::ui {

namespace {
// Bumped when the layout of saveState() changes, so stale settings are ignored.
constexpr quint32 kStateVersion = 3;
} // namespace

TracesPage::TracesPage(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("tracesPage"));
    m_filterBar = new FilterBar(this);
    m_model = new TraceListModel(this);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("traceTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setFrameShape(QFrame::NoFrame);
    m_table->verticalHeader()->hide();
    // Fixed row height: the view never measures rows, so scrolling stays cheap at any size.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionsMovable(true);
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(TraceListModel::TimeColumn, Qt::DescendingOrder);
    applyDefaultColumnWidths();
    m_table->installEventFilter(this);

    // Row actions: in the context menu, with their shortcuts working while the table has focus.
    m_openAction = new QAction(tr("Open Trace"), this);
    connect(m_openAction, &QAction::triggered, this, &TracesPage::openSelected);
    m_compareAction = new QAction(tr("Compare Selected Traces"), this);
    m_compareAction->setObjectName(QStringLiteral("compareTracesAction"));
    m_compareAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_compareAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_compareAction->setToolTip(tr("Select two traces (Ctrl+click) to compare them span by span"));
    m_compareAction->setEnabled(false);
    connect(m_compareAction, &QAction::triggered, this, &TracesPage::compareSelected);
    addAction(m_compareAction);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        menu.addAction(m_openAction);
        menu.addAction(m_compareAction);
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_compareAction->setEnabled(selectedTraceIds().size() == 2); });
    connect(m_model, &QAbstractItemModel::modelReset, this,
            [this] { m_compareAction->setEnabled(selectedTraceIds().size() == 2); });

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("tracesEmptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false); // muted text in every palette

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_stack, 1);

    connect(m_filterBar, &FilterBar::filterChanged, m_model, &TraceListModel::setFilter);
    connect(m_filterBar, &FilterBar::filterChanged, this, &TracesPage::filterChanged);
    connect(m_model, &TraceListModel::totalCountChanged, m_filterBar, &FilterBar::setMatchCount);
    connect(m_model, &TraceListModel::pageLoaded, this, &TracesPage::onPageLoaded);
    connect(m_model, &TraceListModel::loadingChanged, this, &TracesPage::updateEmptyState);
    connect(m_model, &TraceListModel::modelReset, this, &TracesPage::updateEmptyState);
    connect(m_model, &TraceListModel::errorOccurred, this, &TracesPage::errorOccurred);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &TracesPage::onSortIndicatorChanged);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.isValid())
            emit openTraceRequested(m_model->traceId(index.row()));
    });

    // "/" and Ctrl+F focus the search from anywhere on the page; a line edit with focus keeps
    // "/" for itself (it claims printable keys before shortcuts).
    for (const QKeySequence &key : { QKeySequence(Qt::Key_Slash), QKeySequence(QKeySequence::Find) }) {
        auto *s = new QShortcut(key, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, m_filterBar, &FilterBar::focusSearch);
    }

    if (m_workspace) {
        connect(m_workspace, &Workspace::opened, this, &TracesPage::attach);
        connect(m_workspace, &Workspace::closed, this, [this] {
            m_filterBar->setReadJobs(nullptr);
            m_model->setReadJobs(nullptr);
        });
        connect(m_workspace, &Workspace::changed, this, &TracesPage::reload);
        if (m_workspace->isOpen())
            attach();
    }
    updateEmptyState();
}

void TracesPage::attach()
{
    m_filterBar->setReadJobs(m_workspace->readJobs());
    m_model->setFilter(m_filterBar->filter());
    m_model->setReadJobs(m_workspace->readJobs());
}

void TracesPage::applyDefaultColumnWidths()
{
    // Widths from the font, so nothing is clipped at any DPI or in a longer language.
    const QFontMetrics fm = m_table->fontMetrics();
    const int pad = 24;
    QHeaderView *h = m_table->horizontalHeader();
    // Room for the sort arrow beside the header text.
    const auto headerWidth = [&](int c) {
        return fm.horizontalAdvance(m_model->headerData(c, Qt::Horizontal).toString()) + pad + 12;
    };
    const auto set = [&](int c, const QString &sample) {
        h->resizeSection(c, std::max(fm.horizontalAdvance(sample) + pad, headerWidth(c)));
    };
    set(TraceListModel::TimeColumn, QStringLiteral("2026-01-01 00:00:00.000"));
    set(TraceListModel::NameColumn, QStringLiteral("research-assistant"));
    set(TraceListModel::UserColumn, QStringLiteral("priya.kowalski"));
    set(TraceListModel::SessionColumn, QStringLiteral("sess-00000"));
    set(TraceListModel::ObservationsColumn, QStringLiteral("00,000"));
    set(TraceListModel::LatencyColumn, QStringLiteral("00.00 ms"));
    set(TraceListModel::TokensColumn, QStringLiteral("000,000"));
    set(TraceListModel::CostColumn, QStringLiteral("$0.0000000"));
    set(TraceListModel::LevelColumn, QStringLiteral("0 errors"));
    set(TraceListModel::TagsColumn, QStringLiteral("production, beta"));
    h->setMinimumSectionSize(fm.horizontalAdvance(QStringLiteral("0000")) + pad);
}

void TracesPage::setFilter(const store::TraceFilter &filter)
{
    m_filterBar->setFilter(filter);
}

store::TraceFilter TracesPage::filter() const
{
    return m_filterBar->filter();
}

void TracesPage::reload()
{
    m_keepSelection = selectedTraceIds();
    const QString current = selectedTraceId();
    m_keepSelection.removeAll(current);
    if (!current.isEmpty())
        m_keepSelection.prepend(current);
    m_keepScroll = m_table->verticalScrollBar()->value();
    m_model->reload();
}

void TracesPage::onPageLoaded()
{
    if (!m_keepSelection.isEmpty() || m_keepScroll >= 0) {
        // A reload replaced the rows: put the user back where they were.
        const QStringList keep = std::exchange(m_keepSelection, QStringList());
        const int scroll = std::exchange(m_keepScroll, -1);
        if (!keep.isEmpty())
            selectTrace(keep.first());
        for (qsizetype i = 1; i < keep.size(); ++i)
            if (const int row = m_model->rowOfTrace(keep.at(i)); row >= 0)
                m_table->selectionModel()->select(m_model->index(row, 0),
                                                  QItemSelectionModel::Select | QItemSelectionModel::Rows);
        if (scroll >= 0)
            m_table->verticalScrollBar()->setValue(scroll);
    }
    if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, TraceListModel::NameColumn));
    updateEmptyState();
}

void TracesPage::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    if (!empty || m_model->isLoading()) {
        m_stack->setCurrentWidget(m_table);
        return;
    }
    if (!m_workspace || !m_workspace->isOpen())
        m_empty->setText(tr("No workspace is open.\nUse File ▸ Open Workspace or File ▸ New Workspace."));
    else if (!m_filterBar->filter().isEmpty())
        m_empty->setText(tr("No traces match these filters.\nRemove a filter or press Esc in the search field."));
    else
        m_empty->setText(tr("This workspace holds no traces yet.\nUse File ▸ Import Files or drop trace files here."));
    m_stack->setCurrentWidget(m_empty);
}

void TracesPage::onSortIndicatorChanged(int column, Qt::SortOrder order)
{
    if (!TraceListModel::sortColumnFor(column)) {
        // Only indexed columns sort (a sort without an index would scan the whole workspace).
        const store::TraceSort current = m_model->sortOrder();
        QHeaderView *h = m_table->horizontalHeader();
        const QSignalBlocker block(h);
        h->setSortIndicator(TraceListModel::columnForSort(current.column),
                            current.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        return;
    }
    m_model->sort(column, order);
}

QString TracesPage::selectedTraceId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->traceId(current.row()) : QString();
}

bool TracesPage::selectTrace(const QString &traceId)
{
    const int row = m_model->rowOfTrace(traceId);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, TraceListModel::NameColumn);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

void TracesPage::openSelected()
{
    const QString id = selectedTraceId();
    if (!id.isEmpty())
        emit openTraceRequested(id);
}

QStringList TracesPage::selectedTraceIds() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QStringList ids;
    for (int row : rows)
        ids.append(m_model->traceId(row));
    return ids;
}

bool TracesPage::compareSelected()
{
    const QStringList ids = selectedTraceIds();
    if (ids.size() != 2) {
        emit errorOccurred(tr("Select exactly two traces to compare (Ctrl+click the second one)."));
        return false;
    }
    emit compareTracesRequested(ids.at(0), ids.at(1));
    return true;
}

void TracesPage::moveSelection(int delta)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const QModelIndex current = m_table->currentIndex();
    const int row = std::clamp(current.isValid() ? current.row() + delta : 0, 0, rows - 1);
    const QModelIndex index = m_model->index(row, current.isValid() ? current.column() : TraceListModel::NameColumn);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    // Moving onto the last row pulls the next page, as scrolling does.
    if (row == rows - 1 && m_model->canFetchMore({}))
        m_model->fetchMore({});
}

bool TracesPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
            return QWidget::eventFilter(watched, event);
        switch (key->key()) {
        case Qt::Key_J:
            moveSelection(1);
            return true;
        case Qt::Key_K:
            moveSelection(-1);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            openSelected();
            return true;
        case Qt::Key_Escape:
            if (!m_filterBar->filter().isEmpty()) {
                m_filterBar->clearAll();
                return true;
            }
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QByteArray TracesPage::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    const store::TraceSort sort = m_model->sortOrder();
    out << kStateVersion << m_table->horizontalHeader()->saveState() << qint32(sort.column) << sort.descending;
    return state;
}

bool TracesPage::restoreState(const QByteArray &state)
{
    QDataStream in(state);
    quint32 version = 0;
    QByteArray header;
    qint32 column = 0;
    bool descending = true;
    in >> version >> header >> column >> descending;
    if (in.status() != QDataStream::Ok || version != kStateVersion)
        return false;
    const QSignalBlocker block(m_table->horizontalHeader());
    m_table->horizontalHeader()->restoreState(header);
    const auto sortColumn = store::TraceSortColumn(std::clamp<qint32>(column, 0, qint32(store::TraceSortColumn::Cost)));
    m_table->horizontalHeader()->setSortIndicator(TraceListModel::columnForSort(sortColumn),
                                                  descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    m_model->setSortOrder({ sortColumn, descending });
    return true;
}

} // namespace spanscope::ui
