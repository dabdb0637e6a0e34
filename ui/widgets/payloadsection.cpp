#include "widgets/payloadsection.h"

#include <QButtonGroup>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include "widgets/chatview.h"
#include "widgets/jsontree.h"

namespace spanscope::ui {

namespace {
// Plain-text payloads beyond this are cut: the layout of a huge document would stall the UI.
constexpr qsizetype kMaxTextChars = 1 << 20;
}

PayloadSection::PayloadSection(const QString &title, QWidget *parent)
    : QWidget(parent)
{
    m_title = new QLabel(title, this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_size = new QLabel(this);
    m_size->setForegroundRole(QPalette::PlaceholderText);
    m_chatButton = new QToolButton(this);
    m_chatButton->setText(tr("Chat"));
    m_chatButton->setCheckable(true);
    m_chatButton->setAutoRaise(true);
    m_jsonButton = new QToolButton(this);
    m_jsonButton->setText(tr("JSON"));
    m_jsonButton->setCheckable(true);
    m_jsonButton->setAutoRaise(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_chatButton);
    group->addButton(m_jsonButton);
    group->setExclusive(true);
    connect(m_chatButton, &QToolButton::clicked, this, [this] { setMode(Mode::Chat); });
    connect(m_jsonButton, &QToolButton::clicked, this, [this] { setMode(Mode::Json); });

    auto *head = new QHBoxLayout;
    head->setContentsMargins(0, 0, 0, 0);
    head->addWidget(m_title);
    head->addWidget(m_size);
    head->addStretch(1);
    head->addWidget(m_chatButton);
    head->addWidget(m_jsonButton);

    m_chat = new ChatView(this);
    m_json = new JsonTreeView(this);
    m_text = new QPlainTextEdit(this);
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setWordWrap(true);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_chat);
    m_stack->addWidget(m_json);
    m_stack->addWidget(m_text);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(head);
    layout->addWidget(m_stack, 1);
    showMessage(tr("Nothing recorded."));
}

void PayloadSection::setDocument(const PayloadDoc &doc)
{
    m_size->setText(doc.bytes > 0 ? QLocale().formattedDataSize(doc.bytes) : QString());
    const bool chat = doc.kind == PayloadDoc::Kind::Chat;
    m_chatButton->setVisible(chat);
    m_jsonButton->setVisible(chat);
    m_json->setDocument(doc.json);
    switch (doc.kind) {
    case PayloadDoc::Kind::Empty:
        showMessage(tr("Nothing recorded."));
        return;
    case PayloadDoc::Kind::Chat:
        m_chat->setMessages(doc.messages);
        setMode(Mode::Chat);
        return;
    case PayloadDoc::Kind::Json:
        setMode(Mode::Json);
        return;
    case PayloadDoc::Kind::Text: {
        QString text = doc.text;
        if (text.size() > kMaxTextChars) {
            const qsizetype total = text.size();
            text.truncate(kMaxTextChars);
            text += QLatin1Char('\n') + tr("[… %1 more characters not shown]").arg(total - kMaxTextChars);
        }
        m_text->setPlainText(text);
        setMode(Mode::Text);
        return;
    }
    }
}

void PayloadSection::showMessage(const QString &message)
{
    m_size->clear();
    m_chatButton->hide();
    m_jsonButton->hide();
    m_empty->setText(message);
    setMode(Mode::Empty);
}

void PayloadSection::setMode(Mode mode)
{
    m_mode = mode;
    switch (mode) {
    case Mode::Empty:
        m_stack->setCurrentWidget(m_empty);
        break;
    case Mode::Chat:
        m_chatButton->setChecked(true);
        m_stack->setCurrentWidget(m_chat);
        break;
    case Mode::Json:
        m_jsonButton->setChecked(true);
        m_stack->setCurrentWidget(m_json);
        break;
    case Mode::Text:
        m_stack->setCurrentWidget(m_text);
        break;
    }
}

} // namespace spanscope::ui
