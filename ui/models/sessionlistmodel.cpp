#include "models/sessionlistmodel.h"

#include <QBrush>
#include <QColor>

#include "util/format.h"

namespace spanscope::ui {

SessionListModel::SessionListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SessionListModel::setRows(std::vector<store::SessionRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const store::SessionRow *SessionListModel::rowAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[size_t(row)] : nullptr;
}

int SessionListModel::rowOfSession(const QString &sessionId) const
{
    const std::string id = sessionId.toStdString();
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].sessionId == id)
            return int(i);
    return -1;
}

int SessionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SessionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::SessionRow &r = m_rows[size_t(index.row())];
    const int column = index.column();
    if (role == Qt::DisplayRole) {
        switch (column) {
        case SessionColumn:
            return QString::fromStdString(r.sessionId);
        case UserColumn: {
            const QString user = r.userId ? QString::fromStdString(*r.userId) : unknownText();
            return r.userCount > 1 ? tr("%1 (+%n more)", nullptr, r.userCount - 1).arg(user) : user;
        }
        case TracesColumn:
            return formatCount(r.traceCount);
        case FirstColumn:
            return formatTimestamp(r.firstNs);
        case LastColumn:
            return formatTimestamp(r.lastNs);
        case DurationColumn:
            return formatDuration(r.durationNs());
        case TokensColumn:
            return formatCount(r.totalTokens);
        case CostColumn:
            return formatCost(r.cost);
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        const bool numeric = column == TracesColumn || column == DurationColumn || column == TokensColumn
            || column == CostColumn;
        return QVariant::fromValue(numeric ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::ForegroundRole && column == SessionColumn && r.errorCount > 0)
        return QBrush(QColor(0xd3, 0x2f, 0x2f));
    if (role == Qt::ToolTipRole && r.errorCount > 0)
        return tr("%n error(s) in this session", nullptr, int(r.errorCount));
    if (role == SessionIdRole)
        return QString::fromStdString(r.sessionId);
    return {};
}

QVariant SessionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SessionColumn:
        return tr("Session");
    case UserColumn:
        return tr("User");
    case TracesColumn:
        return tr("Traces");
    case FirstColumn:
        return tr("First");
    case LastColumn:
        return tr("Last");
    case DurationColumn:
        return tr("Duration");
    case TokensColumn:
        return tr("Tokens");
    case CostColumn:
        return tr("Cost");
    }
    return {};
}

} // namespace spanscope::ui
