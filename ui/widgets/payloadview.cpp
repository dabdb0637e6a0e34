#include "widgets/payloadview.h"

#include <QFontDatabase>

#include "util/format.h"

namespace spanscope::ui {

PayloadView::PayloadView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setPlaceholderText(tr("Select an observation to see its input and output."));
}

void PayloadView::showPayload(const QString &title, const store::ObservationPayload &payload)
{
    if (!payload.found) {
        showMessage(tr("This observation is no longer in the workspace."));
        return;
    }
    QString text = title + QLatin1Char('\n');
    bool any = false;
    const auto section = [&](const QString &heading, const std::optional<std::string> &json) {
        if (!json || json->empty() || *json == "null")
            return;
        any = true;
        QString body = prettyJson(*json);
        if (body.size() > MaxSectionChars) {
            const qsizetype total = body.size();
            body.truncate(MaxSectionChars);
            body += QLatin1Char('\n') + tr("[… %1 more characters not shown]").arg(total - MaxSectionChars);
        }
        text
            += QLatin1Char('\n') + QStringLiteral("── ") + heading + QStringLiteral(" ──\n") + body + QLatin1Char('\n');
    };
    section(tr("Status"), payload.statusMessage);
    section(tr("Input"), payload.inputJson);
    section(tr("Output"), payload.outputJson);
    section(tr("Metadata"), payload.metadataJson);
    section(tr("Model parameters"), payload.modelParametersJson);
    section(tr("Usage"), payload.usageDetailsJson);
    if (!any)
        text += QLatin1Char('\n') + tr("This observation has no input, output or metadata.");
    setPlainText(text);
}

void PayloadView::showMessage(const QString &message)
{
    setPlainText(message);
}

void PayloadView::clearPayload()
{
    clear();
}

} // namespace spanscope::ui
