#pragma once
// Picks the right diff for two payloads or two prompt versions: chat message lists message by
// message, JSON objects/arrays by key path, everything else as text. Pure functions; any thread.

#include <QString>

#include "diff/diffdocument.h"
#include "diff/textdiff.h"

namespace spanscope::diff {

// Two observation inputs/outputs, two trace payloads, or any two texts.
DiffDocument diffPayloads(const QString &a, const QString &b, const TextDiffOptions &options = {});

// One prompt version as stored: type "text" or "chat", body and config as JSON text.
struct PromptContent {
    QString type;
    QString bodyJson;
    QString configJson;
};

// The prompt body diff (chat: message by message; text: lines and words), followed by a
// "config" section with the key-path diff of the configs when they differ.
DiffDocument diffPrompts(const PromptContent &a, const PromptContent &b, const TextDiffOptions &options = {});

// What a prompt body reads as: the text of a text prompt, or the chat messages rendered as
// "[role]" headers and their content, placeholders as {{name}}.
QString promptBodyText(const QString &bodyJson);

} // namespace spanscope::diff
