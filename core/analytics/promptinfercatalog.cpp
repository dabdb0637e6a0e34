#include "analytics/promptinfercatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <set>

#include "analytics/promptinfer.h"
#include "diff/chatdiff.h"

namespace spanscope::analytics {

namespace {

QStringList stringList(const std::optional<std::string> &json)
{
    QStringList out;
    if (!json)
        return out;
    const QJsonDocument d = QJsonDocument::fromJson(QByteArray::fromStdString(*json));
    for (const QJsonValue &v : d.array())
        if (v.isString())
            out << v.toString();
    return out;
}

QString jsonString(const QString &text)
{
    const QJsonArray wrap{text};
    const QByteArray a = QJsonDocument(wrap).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(a.mid(1, a.size() - 2));
}

// What a version without a prompt object looked like on its first call: its system messages
// (the part a prompt manages), else the whole first message list.
void observedBody(const std::optional<std::string> &input, PromptVersionEntry &v)
{
    v.type = QStringLiteral("text");
    if (!input)
        return;
    const QString text = QString::fromStdString(*input);
    const auto messages = diff::parseChatMessages(text);
    if (!messages) {
        v.bodyJson = text;
        return;
    }
    QJsonArray out;
    for (const diff::ChatMessage &m : *messages)
        if (m.role == QLatin1String("system") || m.role == QLatin1String("developer"))
            out.append(QJsonObject{{QStringLiteral("role"), m.role}, {QStringLiteral("content"), m.content}});
    if (out.isEmpty())
        for (const diff::ChatMessage &m : *messages)
            out.append(QJsonObject{{QStringLiteral("role"), m.role}, {QStringLiteral("content"), m.content}});
    v.type = QStringLiteral("chat");
    v.bodyJson = QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact));
}

PromptEntry &entryFor(std::map<QString, PromptEntry> &byName, const QString &name, PromptOrigin origin)
{
    auto [it, inserted] = byName.try_emplace(name);
    if (inserted) {
        it->second.name = name;
        it->second.origin = origin;
    }
    return it->second;
}

} // namespace

const char *originId(PromptOrigin o)
{
    switch (o) {
    case PromptOrigin::Langfuse:
        return "langfuse";
    case PromptOrigin::Generations:
        return "generations";
    case PromptOrigin::OpenInference:
        return "openinference";
    case PromptOrigin::Inferred:
        return "inferred";
    }
    return "langfuse";
}

int64_t PromptEntry::calls() const
{
    int64_t n = 0;
    for (const auto &v : versions)
        n += v.calls;
    return n;
}

std::optional<int64_t> PromptEntry::lastUsedNs() const
{
    std::optional<int64_t> last;
    for (const auto &v : versions)
        if (v.lastUsedNs && (!last || *v.lastUsedNs > *last))
            last = v.lastUsedNs;
    return last;
}

const PromptVersionEntry *PromptEntry::version(int64_t v) const
{
    for (const auto &e : versions)
        if (e.version == v)
            return &e;
    return nullptr;
}

const PromptEntry *PromptCatalog::find(const QString &name) const
{
    for (const auto &p : prompts)
        if (p.name == name)
            return &p;
    return nullptr;
}

const PromptVersionEntry *PromptCatalog::resolve(const QString &name, const QString &versionOrLabel) const
{
    const PromptEntry *p = find(name);
    if (!p)
        return nullptr;
    QString v = versionOrLabel.trimmed();
    if (v.startsWith(QLatin1Char('v')) || v.startsWith(QLatin1Char('V'))) {
        bool ok = false;
        v.mid(1).toLongLong(&ok);
        if (ok)
            v = v.mid(1);
    }
    bool ok = false;
    const qlonglong n = v.toLongLong(&ok);
    if (ok)
        return p->version(n);
    // A label names the newest version carrying it.
    for (auto it = p->versions.rbegin(); it != p->versions.rend(); ++it)
        if (it->labels.contains(versionOrLabel))
            return &*it;
    return nullptr;
}

store::Status loadPromptCatalog(store::Database &db, PromptCatalog &out, const CatalogOptions &options)
{
    std::map<QString, PromptEntry> byName;

    std::vector<store::StoredPromptRow> stored;
    if (auto s = store::loadStoredPrompts(db, stored); !s)
        return s;
    std::vector<store::PromptUsageRow> usage;
    if (auto s = store::loadPromptUsage(db, usage); !s)
        return s;
    std::map<std::pair<std::string, int64_t>, const store::PromptUsageRow *> usageOf;
    for (const auto &u : usage)
        usageOf[{u.name, u.version}] = &u;

    for (const auto &r : stored) {
        PromptEntry &e = entryFor(byName, QString::fromStdString(r.name), PromptOrigin::Langfuse);
        e.origin = PromptOrigin::Langfuse;
        PromptVersionEntry v;
        v.version = r.version;
        v.origin = PromptOrigin::Langfuse;
        v.type = QString::fromStdString(r.type.value_or("text"));
        v.bodyJson = QString::fromStdString(r.bodyJson.value_or(std::string()));
        v.configJson = QString::fromStdString(r.configJson.value_or(std::string()));
        v.labels = stringList(r.labelsJson);
        for (const QString &t : stringList(r.tagsJson))
            if (!e.tags.contains(t))
                e.tags << t;
        v.createdAtNs = r.createdAtNs;
        v.selector = store::CallSelector::promptVersion(r.name, r.version);
        if (const auto it = usageOf.find({r.name, r.version}); it != usageOf.end()) {
            v.calls = it->second->calls;
            v.lastUsedNs = it->second->lastNs;
            if (!v.createdAtNs)
                v.createdAtNs = it->second->firstNs;
            usageOf.erase(it);
        }
        e.versions.push_back(std::move(v));
    }
    // Versions only generations name.
    for (const auto &[key, u] : usageOf) {
        PromptEntry &e = entryFor(byName, QString::fromStdString(key.first), PromptOrigin::Generations);
        PromptVersionEntry v;
        v.version = key.second;
        v.origin = PromptOrigin::Generations;
        v.calls = u->calls;
        v.createdAtNs = u->firstNs;
        v.lastUsedNs = u->lastNs;
        v.selector = store::CallSelector::promptVersion(key.first, key.second);
        std::optional<std::string> input;
        if (auto s = store::loadFirstInput(db, key.first, key.second, input); !s)
            return s;
        observedBody(input, v);
        e.versions.push_back(std::move(v));
    }

    // OpenInference templates: one prompt per span name; each distinct template one version.
    std::vector<store::TemplateCallRow> templates;
    if (auto s = store::loadTemplateCalls(db, templates); !s)
        return s;
    {
        struct Tpl {
            QString text, versionLabel;
            std::optional<int64_t> declared;
            std::vector<int64_t> rowids;
            std::optional<int64_t> first, last;
        };
        std::map<QString, std::vector<Tpl>> bySpan;
        for (const auto &t : templates) {
            const QString text = QJsonDocument::fromJson("[" + QByteArray::fromStdString(t.templateJson) + "]")
                                     .array()
                                     .at(0)
                                     .toString();
            auto &list = bySpan[QString::fromStdString(t.observationName)];
            auto it = std::find_if(list.begin(), list.end(), [&](const Tpl &x) { return x.text == text; });
            if (it == list.end()) {
                Tpl n;
                n.text = text;
                n.declared = t.version;
                if (t.versionJson)
                    n.versionLabel = QJsonDocument::fromJson("[" + QByteArray::fromStdString(*t.versionJson) + "]")
                                         .array()
                                         .at(0)
                                         .toVariant()
                                         .toString();
                else if (t.version)
                    n.versionLabel = QString::number(*t.version);
                list.push_back(std::move(n));
                it = list.end() - 1;
            }
            it->rowids.push_back(t.rowid);
            if (t.startNs) {
                it->first = it->first ? std::min(*it->first, *t.startNs) : *t.startNs;
                it->last = it->last ? std::max(*it->last, *t.startNs) : *t.startNs;
            }
        }
        for (auto &[span, list] : bySpan) {
            PromptEntry &e = entryFor(byName, QStringLiteral("openinference/") + (span.isEmpty() ? QStringLiteral("llm") : span),
                                      PromptOrigin::OpenInference);
            // Declared integer versions when they tell the templates apart; else order of first use.
            std::set<int64_t> declared;
            for (const Tpl &t : list)
                if (t.declared)
                    declared.insert(*t.declared);
            const bool useDeclared = declared.size() == list.size();
            if (!useDeclared)
                std::sort(list.begin(), list.end(), [](const Tpl &a, const Tpl &b) {
                    return a.first.value_or(INT64_MAX) < b.first.value_or(INT64_MAX);
                });
            int64_t ordinal = 0;
            for (Tpl &t : list) {
                PromptVersionEntry v;
                v.version = useDeclared ? *t.declared : ++ordinal;
                v.origin = PromptOrigin::OpenInference;
                v.type = QStringLiteral("text");
                v.bodyJson = jsonString(t.text);
                v.note = t.versionLabel;
                v.calls = int64_t(t.rowids.size());
                v.createdAtNs = t.first;
                v.lastUsedNs = t.last;
                v.selector = store::CallSelector::observations(std::move(t.rowids));
                e.versions.push_back(std::move(v));
            }
        }
    }

    // Inference covers exactly the generations none of the above reach.
    if (options.infer) {
        PromptInferrer inferrer;
        if (auto s = store::forEachUnlinkedGeneration(db,
                                                      [&](store::UnlinkedGenerationRow &&r) {
                                                          inferrer.add(r.rowid, r.traceName, r.observationName,
                                                                       r.startNs, QString::fromStdString(r.inputJson));
                                                          return true;
                                                      });
            !s)
            return s;
        for (InferredPrompt &p : inferrer.finish()) {
            PromptEntry &e = entryFor(byName, p.name, PromptOrigin::Inferred);
            for (InferredVersion &iv : p.versions) {
                PromptVersionEntry v;
                v.version = iv.version;
                v.origin = PromptOrigin::Inferred;
                v.type = QStringLiteral("chat");
                v.bodyJson = QString::fromUtf8(
                    QJsonDocument(QJsonArray{QJsonObject{{QStringLiteral("role"), iv.role},
                                                         {QStringLiteral("content"), iv.templateText}}})
                        .toJson(QJsonDocument::Compact));
                v.calls = iv.calls;
                v.createdAtNs = iv.firstNs;
                v.lastUsedNs = iv.lastNs;
                v.selector = store::CallSelector::observations(std::move(iv.rowids));
                e.versions.push_back(std::move(v));
            }
        }
    }

    out.prompts.clear();
    for (auto &[name, e] : byName) {
        std::sort(e.versions.begin(), e.versions.end(),
                  [](const PromptVersionEntry &a, const PromptVersionEntry &b) { return a.version < b.version; });
        out.prompts.push_back(std::move(e));
    }
    return store::Status::success();
}

} // namespace spanscope::analytics
