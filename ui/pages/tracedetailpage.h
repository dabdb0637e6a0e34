#pragma once
// The trace detail page: header, span tree beside the timeline (shared rows, selection and
// scrolling) with the whole-trace minimap above, and the selected observation's detail pane.
// The tree, the header and each observation's payloads load through jobs::ReadJobs on worker
// threads; the page only shows results. UI thread only.

#include <memory>
#include <vector>

#include <QWidget>

#include "dialogs/observationdiffdialog.h"
#include "store/treerepository.h"

class QLabel;
class QLineEdit;
class QSpinBox;
class QSplitter;
class QTimer;
class QToolButton;
class QTreeView;

namespace spanscope::jobs {
class ReadJobs;
}

namespace spanscope::ui {

class DetailPane;
class ObservationDiffDialog;
class SpanTreeModel;
class SpanTreeView;
class TimelineMinimap;
class TimelineView;
class TraceHeader;
class Workspace;
struct ObservationView;

class TraceDetailPage : public QWidget {
    Q_OBJECT
public:
    TraceDetailPage(Workspace *workspace, QWidget *parent = nullptr);
    ~TraceDetailPage() override;

    // Loads the trace in the background; traceShown() follows when it is on screen.
    void showTrace(const QString &traceId);
    // Selects an observation once the trace is shown (deep links, search results).
    void selectObservation(const QString &observationId);
    void clear();

    QString traceId() const { return m_traceId; }
    bool isLoading() const { return m_loading; }
    QString currentObservationId() const;
    int currentNode() const;

    // Navigation (the toolbar and keyboard shortcuts call these).
    void expandAll();
    void collapseAll();
    void expandToDepth(int levels); // shows `levels` levels below the roots
    void setSearchText(const QString &text); // runs the search at once (no debounce)
    void findNext();
    void findPrevious();
    void nextError();
    void previousError();
    void focusSubtree(); // the selected node becomes the only root
    void unfocus();
    void copyId();
    // Remembers the selected span (kept across traces) and diffs a payload of the marked span
    // against the selected one in a dialog (Ctrl+M, Ctrl+Shift+M, the span context menu).
    void markForDiff();
    ObservationDiffDialog *diffWithMarked();
    const ObservationRef &markedSpan() const { return m_marked; }

    QTreeView *treeView() const;
    SpanTreeModel *spanModel() const { return m_model; }
    TimelineView *timeline() const { return m_timeline; }
    TimelineMinimap *minimap() const { return m_minimap; }
    DetailPane *detailPane() const { return m_detail; }
    TraceHeader *header() const { return m_header; }
    QLineEdit *searchField() const { return m_search; }
    QLabel *matchLabel() const { return m_matchLabel; }
    QLabel *errorLabel() const { return m_errorLabel; }
    const std::vector<int> &matches() const { return m_matches; }

    QByteArray saveState() const;
    bool restoreState(const QByteArray &state);

signals:
    void traceShown(const QString &traceId);
    void observationShown(const QString &observationId);
    void openSessionRequested(const QString &sessionId);
    void errorOccurred(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Loaded;
    void buildUi();
    void onTreeLoaded(Loaded &loaded);
    void onCurrentChanged(const QModelIndex &current);
    void loadObservation(int node);
    void rebuildRows();
    void applyExpansion(); // makes the view show exactly m_expanded (one layout pass)
    void syncGeometry();
    void selectNode(int node);
    void goToMatch(const std::vector<int> &list, bool forward, QLabel *label, const QString &noneText);
    void updateMatchLabel();
    void showSpanMenu(const QPoint &pos);
    jobs::ReadJobs *readJobs() const;

    Workspace *m_workspace = nullptr;
    std::unique_ptr<jobs::ReadJobs> m_ownJobs;
    QString m_traceId;
    QString m_pendingObservation;
    bool m_loading = false;
    bool m_bulk = false; // a bulk expand/collapse runs: per-index signals are ignored
    std::shared_ptr<const store::TraceTree> m_treeData;
    std::vector<uint8_t> m_expanded; // by node: mirrors the tree view (bulk expands emit nothing)
    std::vector<int> m_matches;
    ObservationRef m_marked;

    TraceHeader *m_header = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_matchLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QSpinBox *m_depth = nullptr;
    QToolButton *m_focusButton = nullptr;
    QTimer *m_searchTimer = nullptr;
    QSplitter *m_outer = nullptr;
    QSplitter *m_inner = nullptr;
    SpanTreeView *m_tree = nullptr;
    SpanTreeModel *m_model = nullptr;
    TimelineMinimap *m_minimap = nullptr;
    TimelineView *m_timeline = nullptr;
    DetailPane *m_detail = nullptr;
};

} // namespace spanscope::ui
