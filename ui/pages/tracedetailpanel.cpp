#include "pages/tracedetailpanel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLoggingCategory>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

#include "models/spantreemodel.h"
#include "store/tracerepository.h"
#include "widgets/payloadview.h"

Q_LOGGING_CATEGORY(lcTraceDetail, "spanscope.ui.tracedetail")

namespace spanscope::ui {

TraceDetailPanel::TraceDetailPanel(QWidget *parent)
    : QWidget(parent)
{
    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setText(tr("No trace selected"));

    m_model = new SpanTreeModel(this);
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("spanTree"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true); // long trees scroll smoothly only with uniform rows
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(SpanTreeModel::NameColumn, QHeaderView::Stretch);

    m_payload = new PayloadView(this);
    m_payload->setObjectName(QStringLiteral("payloadView"));

    // Tree and payloads side by side: both use the full height of the lower half.
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("detailSplitter"));
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(m_payload);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_splitter, 1);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) { onCurrentChanged(current); });
}

void TraceDetailPanel::setRepository(store::TraceRepository *repository)
{
    m_repository = repository;
    clear();
}

void TraceDetailPanel::showTrace(const QString &traceId, const QString &title)
{
    if (!m_repository) {
        clear();
        return;
    }
    std::vector<store::SpanRow> rows;
    if (store::Status s = m_repository->traceTree(traceId.toStdString(), rows); !s) {
        qCWarning(lcTraceDetail) << s.error;
        clear();
        m_payload->showMessage(s.error);
        emit errorOccurred(s.error);
        return;
    }
    m_title->setText(title);
    m_title->setToolTip(tr("Trace %1").arg(traceId));
    m_payload->clearPayload();
    m_model->setSpans(traceId, std::move(rows));
    // Small trees open fully; large ones show the first levels and expand on demand.
    if (m_model->spanCount() <= 200)
        m_tree->expandAll();
    else
        m_tree->expandToDepth(1);
    resizeColumns();
    const QModelIndex first = m_model->index(0, 0);
    if (first.isValid())
        m_tree->setCurrentIndex(first);
}

void TraceDetailPanel::clear()
{
    m_model->clear();
    m_payload->clearPayload();
    m_title->setText(tr("No trace selected"));
    m_title->setToolTip(QString());
}

QString TraceDetailPanel::traceId() const
{
    return m_model->traceId();
}

void TraceDetailPanel::resizeColumns()
{
    for (int c = SpanTreeModel::TypeColumn; c < SpanTreeModel::ColumnCount; ++c)
        m_tree->resizeColumnToContents(c);
}

void TraceDetailPanel::onCurrentChanged(const QModelIndex &current)
{
    const store::SpanRow *span = m_model->spanAt(current);
    if (!span || !m_repository) {
        m_payload->clearPayload();
        return;
    }
    // Payloads can be large: they are read only for the observation being looked at.
    store::ObservationPayload payload;
    if (store::Status s = m_repository->observationPayload(m_model->traceId().toStdString(), span->id, payload); !s) {
        qCWarning(lcTraceDetail) << s.error;
        m_payload->showMessage(s.error);
        emit errorOccurred(s.error);
        return;
    }
    const QString name = span->name ? QString::fromStdString(*span->name) : QString::fromStdString(span->id);
    m_payload->showPayload(tr("%1 (%2)").arg(name, QString::fromStdString(span->type)), payload);
}

QByteArray TraceDetailPanel::saveState() const
{
    return m_splitter->saveState();
}

bool TraceDetailPanel::restoreState(const QByteArray &state)
{
    return m_splitter->restoreState(state);
}

} // namespace spanscope::ui
