#pragma once
// The Sessions page's table: one row per session (id, user, traces, first and last time,
// duration, tokens, cost, errors) over rows a SessionRepository job delivered. UI thread only.

#include <vector>

#include <QAbstractTableModel>

#include "store/sessionrepository.h"

namespace spanscope::ui {

class SessionListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { SessionColumn, UserColumn, TracesColumn, FirstColumn, LastColumn, DurationColumn, TokensColumn,
                  CostColumn, ColumnCount };
    enum Role { SessionIdRole = Qt::UserRole + 1 };

    explicit SessionListModel(QObject *parent = nullptr);

    void setRows(std::vector<store::SessionRow> rows);
    const store::SessionRow *rowAt(int row) const;
    int rowOfSession(const QString &sessionId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<store::SessionRow> m_rows;
};

} // namespace spanscope::ui
