#include "widgets/payloaddoc.h"

#include <nlohmann/json.hpp>

namespace spanscope::ui {

using Json = nlohmann::ordered_json;

namespace {

QString qs(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QString dumpCompact(const Json &v)
{
    return qs(v.dump(-1, ' ', false, Json::error_handler_t::replace));
}

QString dumpPretty(const Json &v)
{
    return qs(v.dump(2, ' ', false, Json::error_handler_t::replace));
}

std::optional<Json> parseJson(const std::string &text)
{
    Json v = Json::parse(text, nullptr, false);
    if (v.is_discarded())
        return std::nullopt;
    return v;
}

// A JSON string whose content is itself a JSON object or array (common in OTel attributes and
// some SDKs) reads better decoded.
void decodeJsonInString(Json &v)
{
    for (int round = 0; round < 2 && v.is_string(); ++round) {
        const std::string &s = v.get_ref<const std::string &>();
        const size_t first = s.find_first_not_of(" \t\r\n");
        if (first == std::string::npos || (s[first] != '{' && s[first] != '['))
            return;
        Json inner = Json::parse(s, nullptr, false);
        if (inner.is_discarded())
            return;
        v = std::move(inner);
    }
}

std::string stringOf(const Json &obj, const char *key)
{
    if (!obj.is_object())
        return {};
    const auto it = obj.find(key);
    if (it == obj.end() || !it->is_string())
        return {};
    return it->get<std::string>();
}

QString argumentsText(const Json &args)
{
    Json v = args;
    decodeJsonInString(v);
    if (v.is_string())
        return qs(v.get<std::string>());
    if (v.is_null())
        return {};
    return dumpPretty(v);
}

void appendText(QString &to, const QString &text)
{
    if (text.isEmpty())
        return;
    if (!to.isEmpty())
        to += QStringLiteral("\n\n");
    to += text;
}

void addToolCall(ChatMessage &m, const Json &call)
{
    ToolCall tc;
    tc.id = qs(stringOf(call, "id"));
    if (tc.id.isEmpty())
        tc.id = qs(stringOf(call, "call_id"));
    if (tc.id.isEmpty())
        tc.id = qs(stringOf(call, "toolCallId"));
    const Json *fn = call.contains("function") && call["function"].is_object() ? &call["function"] : &call;
    tc.name = qs(stringOf(*fn, "name"));
    if (tc.name.isEmpty())
        tc.name = qs(stringOf(call, "toolName"));
    for (const char *key : { "arguments", "input", "args" }) {
        if (fn->contains(key)) {
            tc.arguments = argumentsText((*fn)[key]);
            break;
        }
    }
    m.toolCalls.push_back(std::move(tc));
}

// Content as a string or as a list of parts (OpenAI, Anthropic, Gemini-like, Vercel).
void readContent(ChatMessage &m, const Json &content)
{
    if (content.is_string()) {
        appendText(m.text, qs(content.get<std::string>()));
        return;
    }
    if (content.is_null())
        return;
    if (content.is_object() && !content.contains("type")) {
        // LangChain "tool" messages sometimes carry the tool definition as content.
        appendText(m.text, dumpPretty(content));
        return;
    }
    const Json parts = content.is_array() ? content : Json::array({ content });
    for (const Json &part : parts) {
        if (part.is_string()) {
            appendText(m.text, qs(part.get<std::string>()));
            continue;
        }
        const std::string type = stringOf(part, "type");
        if (type == "text" || type == "output_text" || type == "input_text") {
            appendText(m.text, qs(stringOf(part, "text")));
        } else if (type == "image_url" || type == "image" || type == "input_image" || type == "file") {
            ++m.images;
        } else if (type == "tool_use" || type == "tool-call" || type == "function_call") {
            addToolCall(m, part);
        } else if (type == "tool_result" || type == "tool-result") {
            m.toolCallId = qs(stringOf(part, "tool_use_id"));
            if (m.toolCallId.isEmpty())
                m.toolCallId = qs(stringOf(part, "toolCallId"));
            if (part.contains("content"))
                readContent(m, part["content"]);
            else if (part.contains("output") || part.contains("result"))
                appendText(m.text, argumentsText(part.contains("output") ? part["output"] : part["result"]));
        } else if (type == "thinking" || type == "reasoning") {
            QString t = qs(stringOf(part, "thinking"));
            if (t.isEmpty())
                t = qs(stringOf(part, "text"));
            appendText(m.text, t);
        } else if (part.is_object() && part.contains("text") && part["text"].is_string()) {
            appendText(m.text, qs(part["text"].get<std::string>()));
        } else {
            appendText(m.otherParts, dumpCompact(part));
        }
    }
}

// One element of a message list; false when it does not look like a chat message.
bool readMessage(const Json &v, ChatMessage &m)
{
    if (!v.is_object())
        return false;
    const std::string type = stringOf(v, "type");
    // OpenAI Responses API items.
    if (type == "function_call") {
        m.role = QStringLiteral("assistant");
        addToolCall(m, v);
        return true;
    }
    if (type == "function_call_output") {
        m.role = QStringLiteral("tool");
        m.toolCallId = qs(stringOf(v, "call_id"));
        if (v.contains("output"))
            appendText(m.text, argumentsText(v["output"]));
        return true;
    }
    // Vercel AI SDK tool-call list elements.
    if (v.contains("toolCallId") && v.contains("toolName") && !v.contains("role")) {
        m.role = QStringLiteral("assistant");
        addToolCall(m, v);
        return true;
    }
    if (!v.contains("role") || !v["role"].is_string())
        return false;
    m.role = qs(v["role"].get<std::string>()).toLower();
    m.name = qs(stringOf(v, "name"));
    m.toolCallId = qs(stringOf(v, "tool_call_id"));
    if (v.contains("content"))
        readContent(m, v["content"]);
    if (v.contains("parts"))
        readContent(m, v["parts"]);
    const Json *calls = nullptr;
    if (v.contains("tool_calls") && v["tool_calls"].is_array())
        calls = &v["tool_calls"];
    else if (v.contains("additional_kwargs") && v["additional_kwargs"].is_object()
             && v["additional_kwargs"].contains("tool_calls") && v["additional_kwargs"]["tool_calls"].is_array())
        calls = &v["additional_kwargs"]["tool_calls"];
    if (calls)
        for (const Json &c : *calls)
            addToolCall(m, c);
    if (v.contains("function_call") && v["function_call"].is_object())
        addToolCall(m, v["function_call"]);
    return true;
}

// Finds the message list inside common envelopes; nullptr when there is none.
const Json *messageList(const Json &v)
{
    if (v.is_array())
        return &v;
    if (!v.is_object())
        return nullptr;
    for (const char *key : { "messages", "input", "output" }) {
        const auto it = v.find(key);
        if (it != v.end() && it->is_array() && !it->empty() && (*it)[0].is_object())
            return &*it;
    }
    return nullptr;
}

std::vector<ChatMessage> chatMessages(const Json &v)
{
    std::vector<ChatMessage> out;
    if (v.is_object() && v.contains("choices") && v["choices"].is_array()) {
        for (const Json &choice : v["choices"]) {
            ChatMessage m;
            if (choice.is_object() && choice.contains("message") && readMessage(choice["message"], m))
                out.push_back(std::move(m));
        }
        return out;
    }
    if (v.is_object()) {
        ChatMessage m;
        if (readMessage(v, m)) {
            out.push_back(std::move(m));
            return out;
        }
    }
    const Json *list = messageList(v);
    if (!list || list->empty())
        return out;
    for (const Json &e : *list) {
        ChatMessage m;
        // Every element must read as a message; otherwise the JSON tree shows it faithfully.
        if (!readMessage(e, m)) {
            // OpenAI Responses "message" items without a role are rare; anything else means "not chat".
            return {};
        }
        out.push_back(std::move(m));
    }
    return out;
}

QString summary(const Json &v)
{
    if (v.is_object())
        return QStringLiteral("{%1}").arg(v.size());
    return QStringLiteral("[%1]").arg(v.size());
}

} // namespace

struct JsonDocBuilder {
    JsonDoc &doc;
    int maxNodes;

    void add(const Json &v, const QString &key, int parent)
    {
        if (int(doc.m_nodes.size()) >= maxNodes) {
            doc.m_truncated = true;
            return;
        }
        const int self = int(doc.m_nodes.size());
        JsonNode n;
        n.key = key;
        n.parent = parent;
        n.source = &v;
        if (parent >= 0) {
            n.row = int(doc.m_nodes[size_t(parent)].children.size());
            doc.m_nodes[size_t(parent)].children.push_back(self);
        }
        switch (v.type()) {
        case Json::value_t::object:
            n.kind = JsonNode::Object;
            n.value = summary(v);
            break;
        case Json::value_t::array:
            n.kind = JsonNode::Array;
            n.value = summary(v);
            break;
        case Json::value_t::string:
            n.kind = JsonNode::String;
            n.value = qs(v.get<std::string>());
            break;
        case Json::value_t::boolean:
            n.kind = JsonNode::Bool;
            n.value = v.get<bool>() ? QStringLiteral("true") : QStringLiteral("false");
            break;
        case Json::value_t::null:
        case Json::value_t::discarded:
            n.kind = JsonNode::Null;
            n.value = QStringLiteral("null");
            break;
        default:
            n.kind = JsonNode::Number;
            n.value = dumpCompact(v);
            break;
        }
        doc.m_nodes.push_back(std::move(n));
        if (v.is_object()) {
            for (auto it = v.begin(); it != v.end(); ++it)
                add(it.value(), qs(it.key()), self);
        } else if (v.is_array()) {
            for (size_t i = 0; i < v.size(); ++i)
                add(v[i], QStringLiteral("[%1]").arg(i), self);
        }
    }
};

std::shared_ptr<const JsonDoc> JsonDoc::parse(const std::string &text, int maxNodes)
{
    std::optional<Json> parsed = parseJson(text);
    if (!parsed)
        return nullptr;
    decodeJsonInString(*parsed);
    auto holder = std::make_shared<Json>(std::move(*parsed));
    auto doc = std::make_shared<JsonDoc>();
    doc->m_holder = holder;
    JsonDocBuilder { *doc, maxNodes }.add(*holder, QString(), -1);
    return doc;
}

QString JsonDoc::toJson(int node) const
{
    if (node < 0 || size_t(node) >= m_nodes.size())
        return {};
    return dumpPretty(*static_cast<const Json *>(m_nodes[size_t(node)].source));
}

PayloadDoc buildPayloadDoc(const std::optional<std::string> &json)
{
    PayloadDoc doc;
    if (!json || json->empty() || *json == "null")
        return doc;
    doc.bytes = qint64(json->size());
    doc.json = JsonDoc::parse(*json);
    if (!doc.json) {
        doc.kind = PayloadDoc::Kind::Text;
        doc.text = qs(*json);
        return doc;
    }
    const JsonNode &root = doc.json->nodes().front();
    if (root.kind == JsonNode::String) {
        doc.kind = PayloadDoc::Kind::Text;
        doc.text = root.value;
        return doc;
    }
    try {
        doc.messages = chatMessages(*static_cast<const Json *>(root.source));
    } catch (const nlohmann::json::exception &) {
        doc.messages.clear(); // a shape we did not expect: the JSON tree shows it as it is
    }
    doc.kind = doc.messages.empty() ? PayloadDoc::Kind::Json : PayloadDoc::Kind::Chat;
    return doc;
}

QString compactJson(const std::string &json, int maxChars)
{
    std::optional<Json> v = parseJson(json);
    QString text;
    if (!v)
        text = qs(json);
    else if (v->is_string())
        text = qs(v->get<std::string>());
    else
        text = dumpCompact(*v);
    if (text.size() > maxChars)
        text = text.left(maxChars) + QStringLiteral("…");
    return text;
}

} // namespace spanscope::ui
