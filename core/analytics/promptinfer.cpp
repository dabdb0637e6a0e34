#include "analytics/promptinfer.h"

#include <QRegularExpression>

#include <algorithm>

#include "diff/chatdiff.h"

namespace spanscope::analytics {

std::optional<TemplateSource> templateSource(const QString &inputJson)
{
    const auto messages = diff::parseChatMessages(inputJson);
    if (!messages || messages->empty())
        return std::nullopt;
    for (const diff::ChatMessage &m : *messages) {
        if ((m.role == QLatin1String("system") || m.role == QLatin1String("developer")) && !m.content.trimmed().isEmpty())
            return TemplateSource{m.role, m.content, true};
    }
    const diff::ChatMessage &first = messages->front();
    if (first.placeholder || first.content.trimmed().isEmpty())
        return std::nullopt;
    return TemplateSource{first.role, first.content, false};
}

QString normaliseTemplate(const QString &text)
{
    // Most specific first: a URL contains numbers, a date contains numbers, ...
    static const std::pair<QRegularExpression, QString> rules[] = {
        {QRegularExpression(QStringLiteral("https?://[^\\s\"'<>)\\]]+")), QStringLiteral("{{url}}")},
        {QRegularExpression(QStringLiteral("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+")), QStringLiteral("{{email}}")},
        {QRegularExpression(QStringLiteral(
             "\\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\b")),
         QStringLiteral("{{id}}")},
        {QRegularExpression(QStringLiteral("\\b\\d{4}-\\d{2}-\\d{2}([T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?)?\\b")),
         QStringLiteral("{{date}}")},
        {QRegularExpression(QStringLiteral("\\b\\d{1,2}:\\d{2}(:\\d{2})?\\b")), QStringLiteral("{{time}}")},
        {QRegularExpression(QStringLiteral("\\b(?=[0-9a-fA-F]*\\d)(?=[0-9a-fA-F]*[a-fA-F])[0-9a-fA-F]{8,}\\b")),
         QStringLiteral("{{id}}")},
        {QRegularExpression(QStringLiteral("(?<![\\w{])\\d+([.,]\\d+)*(?![\\w}])")), QStringLiteral("{{number}}")},
        {QRegularExpression(QStringLiteral("[ \\t]+")), QStringLiteral(" ")},
    };
    QString out = text;
    for (const auto &[re, replacement] : rules)
        out.replace(re, replacement);
    QStringList lines = out.split(QLatin1Char('\n'));
    for (QString &l : lines)
        l = l.trimmed();
    return lines.join(QLatin1Char('\n')).trimmed();
}

void PromptInferrer::add(int64_t rowid, const std::string &traceName, const std::string &observationName,
                         std::optional<int64_t> startNs, const QString &inputJson)
{
    const std::optional<TemplateSource> src = templateSource(inputJson);
    if (!src)
        return;
    auto cached = m_normalised.find(src->text);
    if (cached == m_normalised.end()) {
        if (m_normalised.size() > 50000)
            m_normalised.clear();
        cached = m_normalised.emplace(src->text, normaliseTemplate(src->text)).first;
    }
    const QString text = cached->second;
    if (text.isEmpty())
        return;
    Group &g = m_groups[src->role + QChar(0x1f) + text];
    if (g.calls == 0) {
        g.role = src->role;
        g.text = text;
        g.fromSystem = src->fromSystem;
    }
    QString site = QString::fromStdString(traceName);
    const QString obs = QString::fromStdString(observationName);
    site = site.isEmpty() ? obs : (obs.isEmpty() ? site : site + QLatin1Char('/') + obs);
    ++g.sites[site.isEmpty() ? QStringLiteral("generation") : site];
    ++g.calls;
    if (startNs) {
        g.firstNs = g.firstNs ? std::min(*g.firstNs, *startNs) : *startNs;
        g.lastNs = g.lastNs ? std::max(*g.lastNs, *startNs) : *startNs;
    }
    g.rowids.push_back(rowid);
}

std::vector<InferredPrompt> PromptInferrer::finish()
{
    // Each template belongs to the call site that used it most (ties: the first by name).
    std::map<QString, std::vector<Group *>> bySite;
    for (auto &[key, g] : m_groups) {
        if (!g.fromSystem && g.calls < m_minUserCalls)
            continue;
        const auto best = std::max_element(g.sites.begin(), g.sites.end(),
                                           [](const auto &x, const auto &y) { return x.second < y.second; });
        bySite[best->first].push_back(&g);
    }
    std::vector<InferredPrompt> out;
    for (auto &[site, groups] : bySite) {
        // Versions in order of first use: the template a call site used first is version 1.
        std::sort(groups.begin(), groups.end(), [](const Group *x, const Group *y) {
            if (x->firstNs != y->firstNs)
                return x->firstNs.value_or(INT64_MAX) < y->firstNs.value_or(INT64_MAX);
            return x->text < y->text;
        });
        InferredPrompt p;
        p.name = namePrefix() + site;
        for (Group *g : groups) {
            InferredVersion v;
            v.version = int64_t(p.versions.size()) + 1;
            v.role = g->role;
            v.templateText = g->text;
            v.calls = g->calls;
            v.firstNs = g->firstNs;
            v.lastNs = g->lastNs;
            v.rowids = std::move(g->rowids);
            p.versions.push_back(std::move(v));
        }
        out.push_back(std::move(p));
    }
    m_groups.clear();
    m_normalised.clear();
    return out;
}

} // namespace spanscope::analytics
