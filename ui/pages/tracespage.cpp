#include "pages/tracespage.h"

#include <QDataStream>
#include <QHeaderView>
#include <QIODevice>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include "models/tracelistmodel.h"
#include "pages/tracedetailpanel.h"

namespace spanscope::ui {

namespace {
// Bumped when the layout of saveState() changes, so stale settings are ignored.
constexpr quint32 kStateVersion = 2;
} // namespace

TracesPage::TracesPage(QWidget *parent)
    : QWidget(parent)
{
    m_model = new TraceListModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("traceTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    // Fixed row height: the view never measures rows, so scrolling stays cheap at any size.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(TraceListModel::NameColumn, QHeaderView::Stretch);
    applyDefaultColumnWidths();

    m_detail = new TraceDetailPanel(this);

    // Table on top across the full width (every column readable), the trace below it.
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("tracesSplitter"));
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { onCurrentRowChanged(current); });
    connect(m_model, &TraceListModel::errorOccurred, this, &TracesPage::errorOccurred);
    connect(m_detail, &TraceDetailPanel::errorOccurred, this, &TracesPage::errorOccurred);
}

void TracesPage::applyDefaultColumnWidths()
{
    // Widths from the font, so nothing is clipped at any DPI or in a longer language.
    const QFontMetrics fm = m_table->fontMetrics();
    const int pad = 24;
    const auto width = [&](const QString &sample) { return fm.horizontalAdvance(sample) + pad; };
    QHeaderView *h = m_table->horizontalHeader();
    const auto headerWidth
        = [&](int c) { return fm.horizontalAdvance(m_model->headerData(c, Qt::Horizontal).toString()) + pad; };
    const auto set
        = [&](int c, const QString &sample) { h->resizeSection(c, std::max(width(sample), headerWidth(c))); };
    set(TraceListModel::TimeColumn, QStringLiteral("2026-01-01 00:00:00.000"));
    set(TraceListModel::UserColumn, QStringLiteral("priya.kowalski.00"));
    set(TraceListModel::SessionColumn, QStringLiteral("sess-0000000000000000"));
    set(TraceListModel::ObservationsColumn, QStringLiteral("00,000"));
    set(TraceListModel::LatencyColumn, QStringLiteral("00.00 ms"));
    set(TraceListModel::TokensColumn, QStringLiteral("000,000"));
    set(TraceListModel::CostColumn, QStringLiteral("$0.00000000"));
    set(TraceListModel::ErrorsColumn, QStringLiteral("000"));
    h->setMinimumSectionSize(fm.horizontalAdvance(QStringLiteral("0000")) + pad);
}

void TracesPage::setRepository(store::TraceRepository *repository)
{
    m_detail->setRepository(repository);
    m_model->setRepository(repository);
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
}

void TracesPage::reload()
{
    const QString selected = selectedTraceId();
    m_model->reload();
    if (selected.isEmpty() || !selectTrace(selected)) {
        m_detail->clear();
        if (m_model->rowCount() > 0)
            m_table->selectRow(0);
    }
}

QString TracesPage::selectedTraceId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? m_model->traceId(current.row()) : QString();
}

bool TracesPage::selectTrace(const QString &traceId)
{
    const int row = m_model->rowOfTrace(traceId);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
    return true;
}

void TracesPage::onCurrentRowChanged(const QModelIndex &current)
{
    if (!current.isValid()) {
        m_detail->clear();
        return;
    }
    const QString id = m_model->traceId(current.row());
    if (id == m_detail->traceId())
        return;
    const QString name = m_model->index(current.row(), TraceListModel::NameColumn).data().toString();
    const QString time = m_model->index(current.row(), TraceListModel::TimeColumn).data().toString();
    m_detail->showTrace(id, tr("%1 — %2").arg(name, time));
}

QByteArray TracesPage::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << kStateVersion << m_splitter->saveState() << m_detail->saveState()
        << m_table->horizontalHeader()->saveState();
    return state;
}

bool TracesPage::restoreState(const QByteArray &state)
{
    QDataStream in(state);
    quint32 version = 0;
    QByteArray splitter, detail, header;
    in >> version >> splitter >> detail >> header;
    if (in.status() != QDataStream::Ok || version != kStateVersion)
        return false;
    const bool ok = m_splitter->restoreState(splitter) && m_detail->restoreState(detail);
    m_table->horizontalHeader()->restoreState(header);
    // The stretch mode is part of the header state; keep the name column flexible regardless.
    m_table->horizontalHeader()->setSectionResizeMode(TraceListModel::NameColumn, QHeaderView::Stretch);
    return ok;
}

} // namespace spanscope::ui
