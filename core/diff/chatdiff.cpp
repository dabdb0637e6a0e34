#include "diff/chatdiff.h"

#include <QRegularExpression>

#include <unordered_map>

#include "diff/jsontext.h"

namespace spanscope::diff {

using detail::Json;

namespace {

QString str(const Json &v)
{
    return v.is_string() ? QString::fromStdString(v.get<std::string>()) : QString();
}

QString partsText(const Json &content)
{
    if (content.is_null())
        return {};
    if (content.is_string())
        return str(content);
    if (!content.is_array())
        return detail::displayText(content);
    QStringList parts;
    for (const Json &p : content) {
        if (p.is_string()) {
            parts << str(p);
            continue;
        }
        if (!p.is_object()) {
            parts << detail::displayText(p);
            continue;
        }
        const std::string type = p.value("type", std::string());
        if (p.contains("text") && p["text"].is_string())
            parts << str(p["text"]);
        else if (p.contains("content") && p["content"].is_string())
            parts << str(p["content"]);
        else if (type == "tool_call" || type == "tool_use")
            parts << QStringLiteral("→ %1(%2)").arg(str(p.value("name", Json())),
                                                  detail::compactText(p.contains("arguments") ? p["arguments"]
                                                                                              : p.value("input", Json())));
        else if (type == "tool_call_response" || type == "tool_result")
            parts << QStringLiteral("← %1").arg(detail::displayText(p.contains("response") ? p["response"]
                                                                                           : p.value("content", Json())));
        else if (type.find("image") != std::string::npos)
            parts << QStringLiteral("[image]");
        else
            parts << detail::displayText(p);
    }
    return parts.join(QLatin1Char('\n'));
}

std::optional<ChatMessage> readMessage(const Json &m)
{
    if (!m.is_object())
        return std::nullopt;
    ChatMessage msg;
    if (m.value("type", std::string()) == "placeholder") {
        msg.placeholder = true;
        msg.role = QStringLiteral("placeholder");
        msg.name = str(m.value("name", Json()));
        return msg;
    }
    if (!m.contains("role") || !m["role"].is_string())
        return std::nullopt;
    msg.role = str(m["role"]);
    msg.name = str(m.value("name", Json()));
    if (m.contains("content"))
        msg.content = partsText(m["content"]);
    else if (m.contains("parts"))
        msg.content = partsText(m["parts"]);
    // OpenAI tool calls: shown as lines after the text, so a changed argument shows as a change.
    if (m.contains("tool_calls") && m["tool_calls"].is_array()) {
        for (const Json &c : m["tool_calls"]) {
            const Json fn = c.is_object() ? c.value("function", Json::object()) : Json::object();
            const Json args = fn.value("arguments", Json());
            const auto parsedArgs = args.is_string() ? detail::parseJson(args.get<std::string>()) : std::nullopt;
            if (!msg.content.isEmpty())
                msg.content += QLatin1Char('\n');
            msg.content += QStringLiteral("→ %1(%2)").arg(str(fn.value("name", Json())),
                                                          detail::compactText(parsedArgs ? *parsedArgs : args));
        }
    }
    return msg;
}

QString messageKey(const ChatMessage &m)
{
    return m.role + QChar(0x1f) + m.name + QChar(0x1f) + m.content;
}

// Accumulates rows and numbers the lines of the rendered left and right documents.
class RowBuilder {
public:
    void add(DiffRow row)
    {
        row.leftLine = row.op == Op::Equal || row.op == Op::Delete || row.op == Op::Change ? ++m_left : 0;
        row.rightLine = row.op == Op::Equal || row.op == Op::Insert || row.op == Op::Change ? ++m_right : 0;
        m_doc.rows.push_back(std::move(row));
    }
    void header(Op op, const QString &left, const QString &right, bool moved = false)
    {
        DiffRow row;
        row.op = op;
        row.header = true;
        row.moved = moved;
        row.left = left;
        row.right = right;
        add(std::move(row));
    }
    void oneSided(const ChatMessage &m, bool leftSide, bool moved, const QString &note)
    {
        const QString title = messageTitle(m) + note;
        header(leftSide ? Op::Delete : Op::Insert, leftSide ? title : QString(), leftSide ? QString() : title, moved);
        for (const QString &line : contentLines(m)) {
            DiffRow row;
            row.op = leftSide ? Op::Delete : Op::Insert;
            row.moved = moved;
            (leftSide ? row.left : row.right) = line;
            add(std::move(row));
        }
    }
    void pair(const ChatMessage &a, const ChatMessage &b, const TextDiffOptions &options)
    {
        const QString ta = messageTitle(a), tb = messageTitle(b);
        header(ta == tb ? Op::Equal : Op::Change, ta, tb);
        const DiffDocument body = diffLines(contentLines(a), contentLines(b), options);
        for (DiffRow row : body.rows) {
            row.leftLine = row.rightLine = 0;
            add(std::move(row));
        }
    }
    static QStringList contentLines(const ChatMessage &m)
    {
        if (m.placeholder)
            return {QStringLiteral("{{%1}}").arg(m.name)};
        QStringList lines = splitLines(m.content);
        if (lines.isEmpty())
            lines << QString();
        return lines;
    }
    DiffDocument take(DiffKind kind)
    {
        m_doc.kind = kind;
        m_doc.recount();
        return std::move(m_doc);
    }

private:
    DiffDocument m_doc;
    int m_left = 0, m_right = 0;
};

} // namespace

std::optional<std::vector<ChatMessage>> parseChatMessages(const QString &text)
{
    const std::optional<Json> parsed = detail::parseJson(text);
    if (!parsed)
        return std::nullopt;
    const Json *list = &*parsed;
    if (list->is_object() && list->contains("messages"))
        list = &(*list)["messages"];
    if (!list->is_array() || list->empty())
        return std::nullopt;
    std::vector<ChatMessage> out;
    for (const Json &m : *list) {
        std::optional<ChatMessage> msg = readMessage(m);
        if (!msg)
            return std::nullopt;
        out.push_back(std::move(*msg));
    }
    return out;
}

QString messageTitle(const ChatMessage &m)
{
    if (m.placeholder)
        return QStringLiteral("placeholder {{%1}}").arg(m.name);
    return m.name.isEmpty() ? m.role : m.role + QStringLiteral(" · ") + m.name;
}

std::vector<Range> templateVariables(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("\\{\\{\\s*[^{}\\s][^{}]*?\\s*\\}\\}"));
    std::vector<Range> out;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out.push_back({int(m.capturedStart()), int(m.capturedLength())});
    }
    return out;
}

ChatDiff diffChat(const std::vector<ChatMessage> &a, const std::vector<ChatMessage> &b,
                  const TextDiffOptions &options)
{
    std::unordered_map<QString, int> ids;
    auto key = [&](const ChatMessage &m) {
        QString k = messageKey(m);
        if (options.ignoreWhitespace)
            k = k.simplified();
        return ids.try_emplace(k, int(ids.size())).first->second;
    };
    std::vector<int> ka, kb;
    for (const auto &m : a)
        ka.push_back(key(m));
    for (const auto &m : b)
        kb.push_back(key(m));
    const std::vector<EditStep> script = editScript(ka, kb);

    // A message removed in one place and added unchanged in another has moved.
    std::vector<int> movedTo(a.size(), -1), movedFrom(b.size(), -1);
    {
        std::unordered_multimap<int, int> inserted;
        for (const EditStep &s : script)
            if (s.type > 0)
                inserted.emplace(kb[size_t(s.bIndex)], s.bIndex);
        for (const EditStep &s : script) {
            if (s.type >= 0)
                continue;
            auto it = inserted.find(ka[size_t(s.aIndex)]);
            if (it == inserted.end())
                continue;
            movedTo[size_t(s.aIndex)] = it->second;
            movedFrom[size_t(it->second)] = s.aIndex;
            inserted.erase(it);
        }
    }

    ChatDiff out;
    RowBuilder rows;
    std::vector<int> dels, ins;
    auto flush = [&]() {
        // Pair removed and added messages of the same role, keeping both sides in order.
        std::vector<int> match(dels.size(), -1);
        size_t nextIns = 0;
        for (size_t d = 0; d < dels.size(); ++d) {
            if (movedTo[size_t(dels[d])] >= 0)
                continue;
            for (size_t i = nextIns; i < ins.size(); ++i) {
                if (movedFrom[size_t(ins[i])] < 0 && a[size_t(dels[d])].role == b[size_t(ins[i])].role
                    && a[size_t(dels[d])].placeholder == b[size_t(ins[i])].placeholder) {
                    match[d] = int(i);
                    nextIns = i + 1;
                    break;
                }
            }
        }
        size_t emitted = 0; // inserts before this index are out
        auto emitInsert = [&](size_t i) {
            const int bi = ins[i];
            const bool moved = movedFrom[size_t(bi)] >= 0;
            rows.oneSided(b[size_t(bi)], false, moved,
                          moved ? QStringLiteral("  (moved from #%1)").arg(movedFrom[size_t(bi)] + 1) : QString());
            out.messages.push_back({moved ? MessageChange::Status::Moved : MessageChange::Status::Added,
                                    moved ? movedFrom[size_t(bi)] : -1, bi});
        };
        for (size_t d = 0; d < dels.size(); ++d) {
            const int ai = dels[d];
            if (match[d] >= 0) {
                while (emitted < size_t(match[d]))
                    emitInsert(emitted++);
                const int bi = ins[size_t(match[d])];
                rows.pair(a[size_t(ai)], b[size_t(bi)], options);
                out.messages.push_back({MessageChange::Status::Changed, ai, bi});
                emitted = size_t(match[d]) + 1;
            } else if (movedTo[size_t(ai)] >= 0) {
                rows.oneSided(a[size_t(ai)], true, true, QStringLiteral("  (moved to #%1)").arg(movedTo[size_t(ai)] + 1));
            } else {
                rows.oneSided(a[size_t(ai)], true, false, QString());
                out.messages.push_back({MessageChange::Status::Removed, ai, -1});
            }
        }
        while (emitted < ins.size())
            emitInsert(emitted++);
        dels.clear();
        ins.clear();
    };
    for (const EditStep &s : script) {
        if (s.type < 0) {
            dels.push_back(s.aIndex);
        } else if (s.type > 0) {
            ins.push_back(s.bIndex);
        } else {
            flush();
            rows.pair(a[size_t(s.aIndex)], b[size_t(s.bIndex)], options);
            out.messages.push_back({MessageChange::Status::Same, s.aIndex, s.bIndex});
        }
    }
    flush();
    out.document = rows.take(DiffKind::Chat);
    return out;
}

} // namespace spanscope::diff
