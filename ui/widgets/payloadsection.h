#pragma once
// One payload (Input, Output, Metadata, ...) in the detail pane: shown as a conversation when it
// holds chat messages, else as a collapsible JSON tree, else as plain text; chat payloads can be
// switched to the JSON tree to see every field. UI thread only.

#include <QWidget>

#include "widgets/payloaddoc.h"

class QLabel;
class QPlainTextEdit;
class QStackedWidget;
class QToolButton;

namespace spanscope::ui {

class ChatView;
class JsonTreeView;

class PayloadSection : public QWidget {
    Q_OBJECT
public:
    enum class Mode { Empty, Chat, Json, Text };

    explicit PayloadSection(const QString &title, QWidget *parent = nullptr);

    void setDocument(const PayloadDoc &doc);
    void showMessage(const QString &message);
    Mode mode() const { return m_mode; }
    ChatView *chatView() const { return m_chat; }
    JsonTreeView *jsonView() const { return m_json; }
    QPlainTextEdit *textView() const { return m_text; }

private:
    void setMode(Mode mode);

    QLabel *m_title = nullptr;
    QLabel *m_size = nullptr;
    QToolButton *m_chatButton = nullptr;
    QToolButton *m_jsonButton = nullptr;
    QStackedWidget *m_stack = nullptr;
    ChatView *m_chat = nullptr;
    JsonTreeView *m_json = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_empty = nullptr;
    Mode m_mode = Mode::Empty;
};

} // namespace spanscope::ui
