#include "widgets/traceheader.h"

#include <QEvent>

#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QTextDocument>
#include <QUrl>
#include <QVBoxLayout>

#include "model/records.h"
#include "models/spantreemodel.h"
#include "util/format.h"

namespace spanscope::ui {

namespace {

QString qs(const std::optional<std::string> &s)
{
    return s ? QString::fromStdString(*s) : QString();
}

QString chip(const QString &text, const QString &color)
{
    return QStringLiteral("<span style='background-color:%1; color:white;'>&nbsp;%2&nbsp;</span>&nbsp; ")
        .arg(color, text.toHtmlEscaped());
}

QString g_labelColor; // set per header fill from the palette (UI thread only)

QString fact(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<span style='color:%1'>%2</span> <b>%3</b>").arg(g_labelColor, label.toHtmlEscaped(), valueHtml);
}

} // namespace

TraceHeader::TraceHeader(QWidget *parent)
    : QWidget(parent)
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("traceTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.35);
    f.setBold(true);
    m_title->setFont(f);
    m_facts = new QLabel(this);
    m_facts->setObjectName(QStringLiteral("traceFacts"));
    m_facts->setTextFormat(Qt::RichText);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_chips = new QLabel(this);
    m_chips->setObjectName(QStringLiteral("traceChips"));
    m_chips->setTextFormat(Qt::RichText);
    m_chips->setWordWrap(true);
    const auto onLink = [this](const QString &link) {
        const QUrl url(link);
        if (url.scheme() == QLatin1String("session"))
            emit sessionLinkActivated(url.path());
        else if (url.scheme() == QLatin1String("user"))
            emit userLinkActivated(url.path());
    };
    connect(m_facts, &QLabel::linkActivated, this, onLink);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 6);
    layout->setSpacing(3);
    layout->addWidget(m_title);
    layout->addWidget(m_facts);
    layout->addWidget(m_chips);
}

void TraceHeader::showMessage(const QString &message)
{
    m_shown.reset();
    m_title->setText(message);
    m_facts->clear();
    m_chips->clear();
    m_chips->hide();
}

void TraceHeader::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) && m_shown) {
        const store::TraceHeader h = *m_shown;
        setHeader(h);
    }
}

void TraceHeader::setHeader(const store::TraceHeader &h)
{
    m_shown = h;
    if (!h.found) {
        showMessage(tr("This trace is not in the workspace."));
        return;
    }
    const QString id = QString::fromStdString(h.id);
    m_title->setText(h.name ? qs(h.name) : id);
    m_title->setToolTip(tr("Trace %1").arg(id));
    const QLocale locale;
    g_labelColor = palette().color(QPalette::PlaceholderText).name();
    QStringList facts;
    facts << fact(tr("Time"), formatTimestamp(h.timestampNs ? h.timestampNs : h.startNs));
    facts << fact(tr("Duration"), formatDuration(h.latencyNs));
    QString observations = locale.toString(qint64(h.observationCount));
    if (h.errorCount > 0)
        observations += QStringLiteral(" <span style='color:#d32f2f'>(%1)</span>").arg(tr("%n error(s)", nullptr, int(h.errorCount)));
    facts << fact(tr("Observations"), observations);
    facts << fact(tr("Tokens"), QStringLiteral("%1 <span style='font-weight:normal'>(%2 in / %3 out)</span>")
                                    .arg(formatCount(h.totalTokens), formatCount(h.inputTokens), formatCount(h.outputTokens)));
    QString cost = formatCost(h.cost);
    if (h.costProvided && h.costComputed)
        cost += QStringLiteral(" <span style='font-weight:normal'>%1</span>")
                    .arg(tr("(provided %1, computed %2)").arg(formatCost(h.costProvided), formatCost(h.costComputed)));
    if (h.unpricedCount > 0)
        cost += QStringLiteral(" <span style='color:#e65100'>%1</span>").arg(tr("+ %n unpriced", nullptr, int(h.unpricedCount)));
    facts << fact(tr("Cost"), cost);
    if (h.userId)
        facts << fact(tr("User"), QStringLiteral("<a href='user:%1'>%2</a>")
                                      .arg(QString::fromUtf8(QUrl::toPercentEncoding(qs(h.userId))), qs(h.userId).toHtmlEscaped()));
    if (h.sessionId)
        facts << fact(tr("Session"), QStringLiteral("<a href='session:%1'>%2</a>")
                                         .arg(QString::fromUtf8(QUrl::toPercentEncoding(qs(h.sessionId))), qs(h.sessionId).toHtmlEscaped()));
    if (h.environment)
        facts << fact(tr("Environment"), qs(h.environment).toHtmlEscaped());
    if (h.release)
        facts << fact(tr("Release"), qs(h.release).toHtmlEscaped());
    m_facts->setText(facts.join(QStringLiteral(" &nbsp;·&nbsp; ")));

    QString chips;
    if (h.tagsJson) {
        const QJsonArray tags = QJsonDocument::fromJson(QByteArray::fromStdString(*h.tagsJson)).array();
        for (const QJsonValue &t : tags)
            chips += chip(t.toString(), QStringLiteral("#546e7a"));
    }
    // Trace-level scores as chips; observation-level ones are counted (the detail pane lists them).
    int observationScores = 0;
    for (const store::ScoreRow &s : h.scores) {
        if (s.observationId) {
            ++observationScores;
            continue;
        }
        QString value;
        if (s.dataType == "NUMERIC" && s.value)
            value = locale.toString(*s.value, 'g', 4);
        else if (s.dataType == "BOOLEAN" && s.value)
            value = *s.value != 0 ? tr("true") : tr("false");
        else
            value = qs(s.stringValue);
        chips += chip(QStringLiteral("%1: %2").arg(QString::fromStdString(s.name), value), QStringLiteral("#00897b"));
    }
    if (observationScores > 0)
        chips += chip(tr("%n observation score(s)", nullptr, observationScores), QStringLiteral("#26a69a"));
    if (h.flags) {
        const QString flags = SpanTreeModel::flagsText(h.flags);
        chips += chip(tr("repaired: %1").arg(flags), QStringLiteral("#f57c00"));
    }
    m_chips->setText(chips);
    m_chips->setVisible(!chips.isEmpty());
}

QString TraceHeader::text() const
{
    QTextDocument doc;
    doc.setHtml(m_facts->text());
    QTextDocument chips;
    chips.setHtml(m_chips->text());
    return m_title->text() + QLatin1Char('\n') + doc.toPlainText() + QLatin1Char('\n') + chips.toPlainText();
}

} // namespace spanscope::ui
