#pragma once
// One list page of the Langfuse public API: validated as a whole (a truncated page is rejected
// before any of its items is used), split into item texts, with the paging metadata (cursor or
// page counts). Also the adaptations of API item shapes the file importer does not know
// (v3 scores' subject, sessions). Pure functions; any thread.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <QByteArray>
#include <QString>

namespace spanscope::remote {

struct ApiPage {
    bool ok = false;
    QString error;                    // why the page is unusable
    std::vector<std::string> items;   // each item's JSON text (minified)
    std::optional<std::string> cursor; // meta.cursor (cursor paging); empty/absent = last page
    int64_t page = -1, totalPages = -1, totalItems = -1; // page paging
};

ApiPage parseApiPage(const QByteArray &body);

// A v3 score item rewritten so the Langfuse record parser reads it like a v2 score: subject
// {kind, id, traceId} becomes traceId / observationId / sessionId; CORRECTION scores become TEXT.
std::string adaptV3Score(const std::string &item);

struct SessionItem {
    std::string id;
    std::optional<int64_t> createdAtNs;
    std::optional<std::string> environment;
};
std::optional<SessionItem> parseSessionItem(const std::string &item);

// The string field `key` of a JSON object text (nullopt when absent or not a string).
std::optional<std::string> stringField(const std::string &objectJson, const char *key);

// Prompt list item: its name and versions.
struct PromptMetaItem {
    std::string name;
    std::vector<int64_t> versions;
};
std::optional<PromptMetaItem> parsePromptMeta(const std::string &item);

// ISO 8601 UTC with milliseconds, as the API expects for from/to parameters.
QString isoTime(int64_t ns);

} // namespace spanscope::remote
