#pragma once
// A collapsible JSON tree (key, value) over a JsonDoc, with search (next/previous match expands
// to it), copy of the selected value as JSON, copy all, and expand/collapse all. UI thread only.

#include <memory>
#include <vector>

#include <QAbstractItemModel>
#include <QWidget>

#include "widgets/payloaddoc.h"

class QLabel;
class QLineEdit;
class QTreeView;

namespace spanscope::ui {

class JsonTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { KeyColumn, ValueColumn, ColumnCount };
    enum Role { NodeRole = Qt::UserRole + 1 };

    explicit JsonTreeModel(QObject *parent = nullptr);
    void setDocument(std::shared_ptr<const JsonDoc> doc);
    const JsonDoc *document() const { return m_doc.get(); }
    QModelIndex indexOfNode(int node, int column = 0) const;
    int nodeOf(const QModelIndex &index) const;
    // Nodes whose key or scalar value contains text (case-insensitive), in pre-order.
    std::vector<int> findMatches(const QString &text) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const JsonDoc> m_doc;
};

class JsonTreeView : public QWidget {
    Q_OBJECT
public:
    explicit JsonTreeView(QWidget *parent = nullptr);

    void setDocument(std::shared_ptr<const JsonDoc> doc);
    JsonTreeModel *model() const { return m_model; }
    QTreeView *treeView() const { return m_tree; }
    QLineEdit *searchField() const { return m_search; }
    QString matchLabelText() const;

    void findNext();
    void findPrevious();
    void copySelected();
    void copyAll();

private:
    void updateMatches();
    void goToMatch(int which);

    JsonTreeModel *m_model = nullptr;
    QTreeView *m_tree = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_matchLabel = nullptr;
    std::vector<int> m_matches;
    int m_current = -1;
};

} // namespace spanscope::ui
