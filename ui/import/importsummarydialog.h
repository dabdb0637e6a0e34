#pragma once
// The result of an import: what landed (counts per kind), why nothing did (cancel, unreadable
// file), and every skipped record as a table (file, position, kind, reason) that can be copied.
// Non-modal. UI thread only.

#include <vector>

#include <QAbstractTableModel>
#include <QDialog>

#include "model/records.h"

class QLabel;
class QTableView;

namespace spanscope::ui {

struct ImportResult;

// The skipped records of one import as a table; holds the problems it was given.
class SkippedRecordsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { FileColumn, PositionColumn, KindColumn, ReasonColumn, ColumnCount };
    explicit SkippedRecordsModel(std::vector<ImportProblem> problems, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<ImportProblem> m_problems;
};

class ImportSummaryDialog : public QDialog {
    Q_OBJECT
public:
    ImportSummaryDialog(const ImportResult &result, const QString &title, const QString &text, QWidget *parent);

    QString text() const;
    QTableView *skippedView() const { return m_table; }
    SkippedRecordsModel *skippedModel() const { return m_model; }

private:
    void copySkipped();

    QLabel *m_text = nullptr;
    QTableView *m_table = nullptr;
    SkippedRecordsModel *m_model = nullptr;
};

} // namespace spanscope::ui
