#include "diff/payloaddiff.h"

#include "diff/chatdiff.h"
#include "diff/jsondiff.h"
#include "diff/jsontext.h"

namespace spanscope::diff {

namespace {

bool isContainer(const QString &text)
{
    const auto v = detail::parseJson(text);
    return v && (v->is_object() || v->is_array());
}

// Text to diff line by line: a JSON string as its text, other JSON pretty-printed, non-JSON as is.
QString asText(const QString &payload)
{
    const auto v = detail::parseJson(payload);
    return v ? detail::displayText(*v) : payload;
}

} // namespace

DiffDocument diffPayloads(const QString &a, const QString &b, const TextDiffOptions &options)
{
    const auto ca = parseChatMessages(a), cb = parseChatMessages(b);
    if (ca && cb)
        return diffChat(*ca, *cb, options).document;
    if (isContainer(a) && isContainer(b)) {
        if (auto doc = diffJson(a, b))
            return std::move(*doc);
    }
    return diffText(asText(a), asText(b), options);
}

DiffDocument diffPrompts(const PromptContent &a, const PromptContent &b, const TextDiffOptions &options)
{
    DiffDocument doc;
    const auto ca = parseChatMessages(a.bodyJson), cb = parseChatMessages(b.bodyJson);
    if (ca && cb)
        doc = diffChat(*ca, *cb, options).document;
    else if (ca || cb)
        doc = diffText(promptBodyText(a.bodyJson), promptBodyText(b.bodyJson), options);
    else
        doc = diffText(asText(a.bodyJson), asText(b.bodyJson), options);
    const QString configA = a.configJson.isEmpty() ? QStringLiteral("{}") : a.configJson;
    const QString configB = b.configJson.isEmpty() ? QStringLiteral("{}") : b.configJson;
    if (auto config = diffJson(configA, configB); config && !config->rows.empty()) {
        DiffDocument section;
        DiffRow header;
        header.header = true;
        header.left = header.right = QStringLiteral("config");
        header.leftLine = header.rightLine = 1;
        section.rows.push_back(header);
        section.append(*config);
        const DiffKind kind = doc.kind;
        doc.append(section);
        doc.kind = kind;
    }
    doc.recount();
    return doc;
}

QString promptBodyText(const QString &bodyJson)
{
    if (const auto chat = parseChatMessages(bodyJson)) {
        QStringList lines;
        for (const ChatMessage &m : *chat) {
            lines << QLatin1Char('[') + messageTitle(m) + QLatin1Char(']');
            lines << (m.placeholder ? QStringLiteral("{{%1}}").arg(m.name) : m.content);
        }
        return lines.join(QLatin1Char('\n'));
    }
    return asText(bodyJson);
}

} // namespace spanscope::diff
