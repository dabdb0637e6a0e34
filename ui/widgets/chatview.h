#pragma once
// Shows chat messages as a conversation: one block per message with its role, text, tool calls
// (name + arguments) and tool results, images as placeholders. Colours follow the palette, so
// light and dark themes both read. Links "trace:<id>" are reported through traceLinkActivated.
// UI thread only.

#include <vector>

#include <QTextBrowser>

#include "widgets/payloaddoc.h"

namespace spanscope::ui {

class ChatView : public QTextBrowser {
    Q_OBJECT
public:
    // Longer message texts are cut: a reader scans the head, and layout time grows with length.
    static constexpr int MaxMessageChars = 20000;

    explicit ChatView(QWidget *parent = nullptr);

    void setMessages(const std::vector<ChatMessage> &messages);
    void setHtmlBody(const QString &body); // a prepared body (session conversations)

    // HTML of one message block and the shared style sheet (used by the sessions page too).
    static QString messageHtml(const ChatMessage &m, const QPalette &palette);
    static QString styleSheet(const QPalette &palette);
    static QString escapedText(const QString &text, int maxChars = MaxMessageChars);

signals:
    void traceLinkActivated(const QString &traceId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render(bool keepScroll);
    std::vector<ChatMessage> m_messages;
    QString m_body;
    bool m_useBody = false;
};

} // namespace spanscope::ui
