#pragma once
// A payload (JSON text from the store) prepared for display: recognised chat messages (roles,
// text, tool calls and results, images as placeholders) and/or a flattened JSON tree for the
// collapsible view. Built on a worker thread (pure functions, no widgets); read on the UI thread.

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <QString>

namespace spanscope::ui {

struct ToolCall {
    QString id, name, arguments; // arguments pretty-printed when they are JSON
};

struct ChatMessage {
    QString role; // system, user, assistant, tool, ... (as given, lower case)
    QString name; // tool or participant name when given
    QString text; // text parts joined
    std::vector<ToolCall> toolCalls;
    QString toolCallId; // a tool result answers this call
    int images = 0; // image parts (shown as placeholders)
    QString otherParts; // parts of unknown type, as compact JSON
};

// One JSON value in pre-order. Containers list their children; scalars carry their text.
struct JsonNode {
    enum Kind : uint8_t { Object, Array, String, Number, Bool, Null };
    QString key; // member name, or "[i]" for array elements; empty for the root
    QString value; // scalar text (strings unquoted), or "{3}" / "[12]" summaries
    Kind kind = Null;
    int parent = -1;
    int row = 0;
    std::vector<int> children;
    const void *source = nullptr; // the parsed value, for copying a subtree as JSON
};

class JsonDoc {
public:
    // Parses text; nullptr when it is not JSON. Trees larger than maxNodes keep the first nodes.
    static std::shared_ptr<const JsonDoc> parse(const std::string &text, int maxNodes = 200000);

    const std::vector<JsonNode> &nodes() const { return m_nodes; }
    bool truncated() const { return m_truncated; }
    // The subtree of node as indented JSON (strings keep their quotes).
    QString toJson(int node) const;

private:
    std::shared_ptr<const void> m_holder; // keeps the parsed document alive for `source`
    std::vector<JsonNode> m_nodes;
    bool m_truncated = false;
    friend struct JsonDocBuilder;
};

struct PayloadDoc {
    enum class Kind { Empty, Chat, Json, Text };
    Kind kind = Kind::Empty;
    std::vector<ChatMessage> messages; // Kind::Chat
    std::shared_ptr<const JsonDoc> json; // Kind::Chat and Kind::Json
    QString text; // Kind::Text: the payload as given (not JSON, or a JSON string)
    qint64 bytes = 0;
};

// Decides how a payload reads best. JSON-in-string payloads are decoded first.
PayloadDoc buildPayloadDoc(const std::optional<std::string> &json);

// Short plain text of a JSON scalar or compact JSON of a container (for tables and tooltips).
QString compactJson(const std::string &json, int maxChars = 2000);

} // namespace spanscope::ui
