#pragma once
// Inferred prompts for generations that name no prompt: the system message (else the first
// message) is normalised into a template (numbers, ids, dates, e-mails and URLs become
// {{placeholders}}), identical templates are grouped, and the templates seen at one call site
// (trace name + generation name) become the versions of one "inferred/..." prompt, in order of
// first use. The results are marked inferred everywhere they are shown. One thread per instance.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <QString>

namespace spanscope::analytics {

// The text a template is inferred from.
struct TemplateSource {
    QString role; // "system" (or "developer"), else the role of the first message
    QString text;
    bool fromSystem = false;
};
std::optional<TemplateSource> templateSource(const QString &inputJson);

// Variable parts replaced by {{url}}, {{email}}, {{id}}, {{date}}, {{number}}; whitespace runs
// inside a line collapsed; line structure kept.
QString normaliseTemplate(const QString &text);

struct InferredVersion {
    int64_t version = 0;
    QString role;
    QString templateText;
    int64_t calls = 0;
    std::optional<int64_t> firstNs, lastNs;
    std::vector<int64_t> rowids; // the observations that used it
};

struct InferredPrompt {
    QString name; // inferred/<trace name>/<generation name>
    std::vector<InferredVersion> versions;
};

class PromptInferrer {
public:
    // Prefix of every inferred prompt name.
    static QString namePrefix() { return QStringLiteral("inferred/"); }

    void add(int64_t rowid, const std::string &traceName, const std::string &observationName,
             std::optional<int64_t> startNs, const QString &inputJson);
    // Templates from a first (non-system) message need this many calls to count as a prompt:
    // one user question is not a template.
    void setMinCallsForUserTemplates(int n) { m_minUserCalls = n; }
    std::vector<InferredPrompt> finish();

private:
    struct Group {
        QString role;
        QString text;
        bool fromSystem = false;
        std::map<QString, int64_t> sites; // call site -> calls
        int64_t calls = 0;
        std::optional<int64_t> firstNs, lastNs;
        std::vector<int64_t> rowids;
    };
    std::map<QString, Group> m_groups; // normalised template (role-prefixed) -> group
    // Calls of one prompt repeat the same text: normalise each distinct text once.
    std::map<QString, QString> m_normalised;
    int m_minUserCalls = 2;
};

} // namespace spanscope::analytics
