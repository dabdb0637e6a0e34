#include "widgets/chatview.h"

#include <QEvent>
#include <QScrollBar>

namespace spanscope::ui {

namespace {

QString hex(const QColor &c)
{
    return c.name(QColor::HexRgb);
}

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}

QColor roleColor(const QString &role)
{
    if (role == QLatin1String("system") || role == QLatin1String("developer"))
        return QColor(0x78, 0x90, 0x9c);
    if (role == QLatin1String("user") || role == QLatin1String("human"))
        return QColor(0x1e, 0x88, 0xe5);
    if (role == QLatin1String("assistant") || role == QLatin1String("ai") || role == QLatin1String("model"))
        return QColor(0x7e, 0x57, 0xc2);
    if (role == QLatin1String("tool") || role == QLatin1String("function"))
        return QColor(0xef, 0x6c, 0x00);
    return QColor(0x00, 0x89, 0x7b);
}

} // namespace

ChatView::ChatView(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("trace"))
            emit traceLinkActivated(url.path());
    });
}

QString ChatView::escapedText(const QString &text, int maxChars)
{
    QString t = text;
    QString tail;
    if (t.size() > maxChars) {
        tail = QStringLiteral("<br><i>") + tr("[… %1 more characters]").arg(t.size() - maxChars) + QStringLiteral("</i>");
        t.truncate(maxChars);
    }
    t = t.toHtmlEscaped();
    t.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return t + tail;
}

QString ChatView::styleSheet(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const QColor mid = mix(base, text, 0.12);
    const QColor code = mix(base, text, 0.06);
    return QStringLiteral("body { color: %1; }"
                          "table.msg { margin-bottom: 10px; }"
                          "td.body { padding: 2px 8px 6px 0px; }"
                          ".role { font-weight: 600; }"
                          ".muted { color: %2; }"
                          "pre { background-color: %3; padding: 4px; white-space: pre-wrap; margin: 2px 0px; }"
                          ".call { background-color: %3; }"
                          ".turnhead { font-weight: 600; font-size: large; }"
                          "a { color: %4; }")
        .arg(hex(text), hex(mix(text, base, 0.45)), hex(code), hex(palette.color(QPalette::Link)))
        + QStringLiteral("hr { background-color: %1; }").arg(hex(mid));
}

QString ChatView::messageHtml(const ChatMessage &m, const QPalette &palette)
{
    const QColor role = roleColor(m.role);
    // A narrow coloured first column marks the speaker; Qt's rich text honours width attributes
    // on cells (not CSS widths), so the bar is sized there.
    QString html = QStringLiteral("<table class='msg' width='100%' cellspacing='0' cellpadding='0'><tr>"
                                  "<td width='3' bgcolor='%1'></td><td width='8'></td><td class='body'>")
                       .arg(hex(role));
    QString heading = QStringLiteral("<span class='role' style='color:%1'>%2</span>")
                          .arg(hex(role), (m.role.isEmpty() ? tr("message") : m.role).toHtmlEscaped());
    if (!m.name.isEmpty())
        heading += QStringLiteral(" <span class='muted'>%1</span>").arg(m.name.toHtmlEscaped());
    if (!m.toolCallId.isEmpty())
        heading += QStringLiteral(" <span class='muted'>%1</span>").arg(tr("result of %1").arg(m.toolCallId.toHtmlEscaped()));
    html += heading + QStringLiteral("<br>");
    if (!m.text.isEmpty())
        html += escapedText(m.text);
    for (int i = 0; i < m.images; ++i)
        html += QStringLiteral("<br><span class='muted'>%1</span>").arg(tr("[image]"));
    for (const ToolCall &call : m.toolCalls) {
        html += QStringLiteral("<br><span class='muted'>%1</span> <b>%2</b>")
                    .arg(tr("calls tool"), call.name.toHtmlEscaped());
        if (!call.id.isEmpty())
            html += QStringLiteral(" <span class='muted'>(%1)</span>").arg(call.id.toHtmlEscaped());
        if (!call.arguments.isEmpty())
            html += QStringLiteral("<pre>%1</pre>").arg(escapedText(call.arguments).replace(QStringLiteral("<br>"), QStringLiteral("\n")));
    }
    if (!m.otherParts.isEmpty())
        html += QStringLiteral("<pre>%1</pre>").arg(escapedText(m.otherParts, 4000));
    if (m.text.isEmpty() && m.toolCalls.empty() && m.images == 0 && m.otherParts.isEmpty())
        html += QStringLiteral("<span class='muted'>%1</span>").arg(tr("(empty)"));
    Q_UNUSED(palette);
    return html + QStringLiteral("</td></tr></table>");
}

void ChatView::setMessages(const std::vector<ChatMessage> &messages)
{
    m_messages = messages;
    m_useBody = false;
    render(false);
}

void ChatView::setHtmlBody(const QString &body)
{
    m_body = body;
    m_useBody = true;
    m_messages.clear();
    render(false);
}

void ChatView::render(bool keepScroll)
{
    const int scroll = keepScroll ? verticalScrollBar()->value() : 0;
    document()->setDefaultStyleSheet(styleSheet(palette()));
    QString html;
    if (m_useBody) {
        html = m_body;
    } else {
        for (const ChatMessage &m : m_messages)
            html += messageHtml(m, palette());
    }
    setHtml(QStringLiteral("<html><body>") + html + QStringLiteral("</body></html>"));
    verticalScrollBar()->setValue(scroll);
}

void ChatView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        render(true);
}

} // namespace spanscope::ui
