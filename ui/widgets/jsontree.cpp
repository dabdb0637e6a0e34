#include "widgets/jsontree.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace spanscope::ui {

namespace {
// Long strings are cut in the value column; the tooltip and "Copy" give the whole value.
constexpr int kMaxCellChars = 400;

QColor kindColor(JsonNode::Kind kind)
{
    switch (kind) {
    case JsonNode::String:
        return QColor(0x2e, 0x7d, 0x32);
    case JsonNode::Number:
        return QColor(0x15, 0x65, 0xc0);
    case JsonNode::Bool:
    case JsonNode::Null:
        return QColor(0xad, 0x14, 0x57);
    default:
        return {};
    }
}
} // namespace

JsonTreeModel::JsonTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void JsonTreeModel::setDocument(std::shared_ptr<const JsonDoc> doc)
{
    beginResetModel();
    m_doc = std::move(doc);
    endResetModel();
}

int JsonTreeModel::nodeOf(const QModelIndex &index) const
{
    return (m_doc && index.isValid() && index.model() == this) ? int(index.internalId()) : -1;
}

QModelIndex JsonTreeModel::indexOfNode(int node, int column) const
{
    if (!m_doc || node < 0 || size_t(node) >= m_doc->nodes().size())
        return {};
    return createIndex(m_doc->nodes()[size_t(node)].row, column, quintptr(node));
}

std::vector<int> JsonTreeModel::findMatches(const QString &text) const
{
    std::vector<int> out;
    if (!m_doc || text.isEmpty())
        return out;
    const auto &nodes = m_doc->nodes();
    for (size_t i = 0; i < nodes.size(); ++i) {
        const JsonNode &n = nodes[i];
        const bool scalar = n.kind != JsonNode::Object && n.kind != JsonNode::Array;
        if (n.key.contains(text, Qt::CaseInsensitive) || (scalar && n.value.contains(text, Qt::CaseInsensitive)))
            out.push_back(int(i));
    }
    return out;
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!m_doc || m_doc->nodes().empty() || row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row == 0 ? createIndex(0, column, quintptr(0)) : QModelIndex();
    if (parent.column() != 0)
        return {};
    const JsonNode &p = m_doc->nodes()[size_t(parent.internalId())];
    if (row >= int(p.children.size()))
        return {};
    return createIndex(row, column, quintptr(p.children[size_t(row)]));
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    if (!m_doc || !child.isValid())
        return {};
    const int p = m_doc->nodes()[size_t(child.internalId())].parent;
    return p < 0 ? QModelIndex() : createIndex(m_doc->nodes()[size_t(p)].row, 0, quintptr(p));
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!m_doc || m_doc->nodes().empty())
        return 0;
    if (!parent.isValid())
        return 1;
    if (parent.column() != 0)
        return 0;
    return int(m_doc->nodes()[size_t(parent.internalId())].children.size());
}

int JsonTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    const int node = nodeOf(index);
    if (node < 0)
        return {};
    const JsonNode &n = m_doc->nodes()[size_t(node)];
    if (role == Qt::DisplayRole) {
        if (index.column() == KeyColumn)
            return n.parent < 0 ? tr("(root)") : n.key;
        QString v = n.value;
        if (v.size() > kMaxCellChars)
            v = v.left(kMaxCellChars) + QStringLiteral("…");
        v.replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
        return n.kind == JsonNode::String ? QStringLiteral("\"%1\"").arg(v) : v;
    }
    if (role == Qt::ToolTipRole && index.column() == ValueColumn && n.kind == JsonNode::String)
        return n.value.left(8000);
    if (role == Qt::ForegroundRole && index.column() == ValueColumn) {
        const QColor c = kindColor(n.kind);
        return c.isValid() ? QVariant(c) : QVariant();
    }
    if (role == NodeRole)
        return node;
    return {};
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == KeyColumn ? tr("Key") : tr("Value");
}

JsonTreeView::JsonTreeView(QWidget *parent)
    : QWidget(parent)
{
    m_model = new JsonTreeModel(this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("jsonSearch"));
    m_search->setPlaceholderText(tr("Find in JSON"));
    m_search->setClearButtonEnabled(true);
    m_matchLabel = new QLabel(this);
    m_matchLabel->setObjectName(QStringLiteral("jsonMatchLabel"));
    const auto button = [this](const QString &text, const QString &tip, auto slot) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip);
        b->setAutoRaise(true);
        connect(b, &QToolButton::clicked, this, slot);
        return b;
    };
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_matchLabel);
    bar->addWidget(button(QStringLiteral("▲"), tr("Previous match (Shift+F3)"), &JsonTreeView::findPrevious));
    bar->addWidget(button(QStringLiteral("▼"), tr("Next match (F3)"), &JsonTreeView::findNext));
    bar->addWidget(button(tr("Expand"), tr("Expand all"), [this] { m_tree->expandAll(); }));
    bar->addWidget(button(tr("Collapse"), tr("Collapse all"), [this] {
        m_tree->collapseAll();
        m_tree->expand(m_model->index(0, 0));
    }));
    bar->addWidget(button(tr("Copy"), tr("Copy the selected value as JSON"), &JsonTreeView::copySelected));
    bar->addWidget(button(tr("Copy all"), tr("Copy the whole document"), &JsonTreeView::copyAll));

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("jsonTree"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_tree->header()->setStretchLastSection(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(bar);
    layout->addWidget(m_tree, 1);

    connect(m_search, &QLineEdit::textChanged, this, &JsonTreeView::updateMatches);
    connect(m_search, &QLineEdit::returnPressed, this, &JsonTreeView::findNext);
    auto *next = new QShortcut(QKeySequence(Qt::Key_F3), this);
    next->setContext(Qt::WidgetWithChildrenShortcut);
    connect(next, &QShortcut::activated, this, &JsonTreeView::findNext);
    auto *prev = new QShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F3), this);
    prev->setContext(Qt::WidgetWithChildrenShortcut);
    connect(prev, &QShortcut::activated, this, &JsonTreeView::findPrevious);
    auto *copy = new QShortcut(QKeySequence::Copy, m_tree);
    copy->setContext(Qt::WidgetShortcut);
    connect(copy, &QShortcut::activated, this, &JsonTreeView::copySelected);
}

void JsonTreeView::setDocument(std::shared_ptr<const JsonDoc> doc)
{
    const size_t nodes = doc ? doc->nodes().size() : 0;
    m_model->setDocument(std::move(doc));
    // Small documents open fully; large ones show two levels and expand on demand.
    if (nodes <= 400)
        m_tree->expandAll();
    else
        m_tree->expandToDepth(1);
    m_tree->resizeColumnToContents(JsonTreeModel::KeyColumn);
    m_tree->setColumnWidth(JsonTreeModel::KeyColumn, std::min(m_tree->columnWidth(JsonTreeModel::KeyColumn) + 12, 260));
    updateMatches();
}

QString JsonTreeView::matchLabelText() const
{
    return m_matchLabel->text();
}

void JsonTreeView::updateMatches()
{
    m_matches = m_model->findMatches(m_search->text());
    m_current = -1;
    if (m_search->text().isEmpty())
        m_matchLabel->clear();
    else if (m_matches.empty())
        m_matchLabel->setText(tr("no match"));
    else
        goToMatch(0);
}

void JsonTreeView::goToMatch(int which)
{
    if (m_matches.empty())
        return;
    const int n = int(m_matches.size());
    m_current = ((which % n) + n) % n;
    const QModelIndex index = m_model->indexOfNode(m_matches[size_t(m_current)]);
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
        m_tree->expand(p);
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    m_matchLabel->setText(tr("%1 of %2").arg(m_current + 1).arg(n));
}

void JsonTreeView::findNext()
{
    goToMatch(m_current + 1);
}

void JsonTreeView::findPrevious()
{
    goToMatch(m_current < 0 ? -1 : m_current - 1);
}

void JsonTreeView::copySelected()
{
    const JsonDoc *doc = m_model->document();
    const int node = m_model->nodeOf(m_tree->currentIndex());
    if (!doc || node < 0)
        return;
    const JsonNode &n = doc->nodes()[size_t(node)];
    // A string copies as its text (what a user pastes elsewhere); containers copy as JSON.
    QApplication::clipboard()->setText(n.kind == JsonNode::String ? n.value : doc->toJson(node));
}

void JsonTreeView::copyAll()
{
    if (const JsonDoc *doc = m_model->document())
        QApplication::clipboard()->setText(doc->toJson(0));
}

} // namespace spanscope::ui
