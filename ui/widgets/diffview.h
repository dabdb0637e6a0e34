#pragma once
// Shows a diff of two texts, payloads (chat, JSON) or prompt versions: side by side with
// synchronised scrolling, or unified; next/previous change, an ignore-whitespace toggle and
// "copy as unified diff". Diffs of large inputs are computed on a worker thread. UI thread only.

#include <optional>

#include <QWidget>

#include "diff/diffdocument.h"
#include "diff/payloaddiff.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QToolButton;

namespace spanscope::ui {

class DiffView : public QWidget {
    Q_OBJECT
public:
    enum class Mode { SideBySide, Unified };

    explicit DiffView(QWidget *parent = nullptr);
    ~DiffView() override;

    // Two payloads or texts (observation inputs/outputs, trace payloads): chat message lists are
    // diffed message by message, JSON values by key path, anything else as text.
    void setTexts(const QString &a, const QString &b, const QString &titleA, const QString &titleB);
    // Two prompt versions: body (text or chat) and config.
    void setPrompts(const diff::PromptContent &a, const diff::PromptContent &b, const QString &titleA,
                    const QString &titleB);
    void clear(const QString &message = QString());

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    void setIgnoreWhitespace(bool ignore);
    bool ignoresWhitespace() const { return m_ignoreWhitespace; }

    // Moves to the next / previous run of changed rows; false when there is none.
    bool nextChange();
    bool previousChange();
    int changeCount() const { return int(m_stops.size()); }
    int currentChange() const { return m_current; } // -1 before the first
    bool isComputing() const { return m_pending; }

    const diff::DiffDocument &document() const { return m_doc; }
    QString unifiedText() const;
    void copyUnified() const;

    QPlainTextEdit *leftEdit() const { return m_left; }
    QPlainTextEdit *rightEdit() const { return m_right; }
    QPlainTextEdit *unifiedEdit() const { return m_unified; }
    QLabel *summaryLabel() const { return m_summary; }

signals:
    // A diff finished computing and is shown.
    void diffShown();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Source {
        bool prompts = false;
        diff::PromptContent a, b; // prompts; for texts a.bodyJson / b.bodyJson hold the texts
    };
    void recompute();
    void present(diff::DiffDocument doc, quint64 generation);
    void render();
    void renderSideBySide();
    void renderUnified();
    void goToChange(int index);
    void updateControls();

    Mode m_mode = Mode::SideBySide;
    bool m_ignoreWhitespace = false;
    std::optional<Source> m_source;
    QString m_titleA, m_titleB;
    diff::DiffDocument m_doc;
    std::vector<int> m_stops;
    std::vector<int> m_unifiedLineOfRow;
    int m_current = -1;
    quint64 m_generation = 0;
    bool m_pending = false;
    bool m_syncing = false;

    QComboBox *m_modeBox = nullptr;
    QCheckBox *m_whitespace = nullptr;
    QToolButton *m_prev = nullptr, *m_next = nullptr, *m_copy = nullptr;
    QLabel *m_summary = nullptr, *m_titleLeft = nullptr, *m_titleRight = nullptr, *m_message = nullptr;
    QStackedWidget *m_stack = nullptr;
    QPlainTextEdit *m_left = nullptr, *m_right = nullptr, *m_unified = nullptr;
};

} // namespace spanscope::ui
