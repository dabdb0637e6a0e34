#pragma once
// The Traces page: the keyset-paged trace table on top, the selected trace's span tree and
// payloads below it. Talks to the store only through TraceRepository. UI thread only.

#include <QWidget>

class QSplitter;
class QTableView;

namespace spanscope::store {
class TraceRepository;
}

namespace spanscope::ui {

class TraceDetailPanel;
class TraceListModel;

class TracesPage : public QWidget {
    Q_OBJECT
public:
    explicit TracesPage(QWidget *parent = nullptr);

    // The repository must outlive the page or be replaced first; nullptr empties the page.
    void setRepository(store::TraceRepository *repository);
    // Re-reads the list from the top (after an import) and keeps the selected trace if present.
    void reload();

    TraceListModel *traceModel() const { return m_model; }
    QTableView *traceView() const { return m_table; }
    TraceDetailPanel *detailPanel() const { return m_detail; }
    QString selectedTraceId() const;
    bool selectTrace(const QString &traceId);

    QByteArray saveState() const;
    bool restoreState(const QByteArray &state);

signals:
    void errorOccurred(const QString &message);

private:
    void onCurrentRowChanged(const QModelIndex &current);
    void applyDefaultColumnWidths();

    TraceListModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    TraceDetailPanel *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;
};

} // namespace spanscope::ui
