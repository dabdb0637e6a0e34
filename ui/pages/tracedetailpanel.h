#pragma once
// The selected trace: its span tree and, beside it, the payloads of the selected observation
// (loaded from the repository only when an observation is selected). UI thread only.

#include <QWidget>

class QLabel;
class QSplitter;
class QTreeView;

namespace spanscope::store {
class TraceRepository;
}

namespace spanscope::ui {

class PayloadView;
class SpanTreeModel;

class TraceDetailPanel : public QWidget {
    Q_OBJECT
public:
    explicit TraceDetailPanel(QWidget *parent = nullptr);

    // The repository must outlive the panel or be replaced first; nullptr clears the panel.
    void setRepository(store::TraceRepository *repository);
    // Loads the tree of one trace (title shown above it) and selects its first root.
    void showTrace(const QString &traceId, const QString &title);
    void clear();

    QString traceId() const;
    QTreeView *treeView() const { return m_tree; }
    SpanTreeModel *spanModel() const { return m_model; }
    PayloadView *payloadView() const { return m_payload; }

    QByteArray saveState() const;
    bool restoreState(const QByteArray &state);

signals:
    void errorOccurred(const QString &message);

private:
    void onCurrentChanged(const QModelIndex &current);
    void resizeColumns();

    store::TraceRepository *m_repository = nullptr;
    QLabel *m_title = nullptr;
    QSplitter *m_splitter = nullptr;
    QTreeView *m_tree = nullptr;
    SpanTreeModel *m_model = nullptr;
    PayloadView *m_payload = nullptr;
};

} // namespace spanscope::ui
