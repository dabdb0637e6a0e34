#pragma once
// Chat prompts and chat payloads diffed message by message: messages are matched by role and
// content, whole-message moves are recognised, changed messages get a line/word diff of their
// content, and Langfuse placeholder messages are shown as placeholders. Pure functions; any thread.

#include <optional>
#include <vector>

#include <QString>

#include "diff/diffdocument.h"
#include "diff/textdiff.h"

namespace spanscope::diff {

struct ChatMessage {
    QString role;        // system | user | assistant | tool | ... ; "placeholder" for placeholders
    QString name;        // placeholder name, tool name or author name when given
    QString content;     // text as a person reads it (parts joined, tool calls appended)
    bool placeholder = false;
};

// Reads a chat message list from JSON text: an array of {role, content} (content as text or as
// parts), {messages: [...]}, OpenTelemetry GenAI {role, parts}, OpenAI tool calls, and Langfuse
// placeholders {type: "placeholder", name}. nullopt when the value is not a message list.
std::optional<std::vector<ChatMessage>> parseChatMessages(const QString &json);

// The header line shown above a message ("system", "assistant · get_weather", "placeholder {{history}}").
QString messageTitle(const ChatMessage &m);

struct MessageChange {
    enum class Status { Same, Changed, Added, Removed, Moved };
    Status status = Status::Same;
    int leftIndex = -1;  // position in the left list; -1 = none
    int rightIndex = -1; // position in the right list; -1 = none
};

struct ChatDiff {
    DiffDocument document;
    std::vector<MessageChange> messages; // one per left and/or right message, in display order
};

ChatDiff diffChat(const std::vector<ChatMessage> &a, const std::vector<ChatMessage> &b,
                  const TextDiffOptions &options = {});

// `{{variable}}` ranges in a text (Langfuse/mustache template variables), for highlighting.
std::vector<Range> templateVariables(const QString &text);

} // namespace spanscope::diff
