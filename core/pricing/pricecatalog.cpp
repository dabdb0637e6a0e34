#include "pricing/pricecatalog.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QLoggingCategory>

#include "pricing/catalogjson.h"

Q_LOGGING_CATEGORY(lcPricing, "spanscope.pricing")

namespace spanscope::pricing {

namespace {

// Distinct model strings are few in practice; the bound only protects against inputs where
// every observation carries a unique model string.
constexpr size_t kMaxCachedModels = 20000;

QString tr(const char *text)
{
    return QCoreApplication::translate("PriceCatalog", text);
}

std::optional<TierCondition::Op> parseOp(const std::string &op)
{
    using Op = TierCondition::Op;
    static const std::pair<const char *, Op> ops[] = { { "gt", Op::Gt }, { "gte", Op::Gte }, { "lt", Op::Lt },
        { "lte", Op::Lte }, { "eq", Op::Eq }, { "neq", Op::Neq }, { "in", Op::In }, { "not_in", Op::NotIn } };
    for (const auto &[name, code] : ops) {
        if (op == name)
            return code;
    }
    return std::nullopt;
}

// Compiles regexes and orders tiers; touches nothing but the entry, so a whole catalog file
// can be validated before any entry is added.
bool prepareEntry(PriceEntry &e, QString *error)
{
    auto fail = [&](const QString &what) {
        if (error)
            *error = tr("Price catalog entry \"%1\": %2").arg(QString::fromStdString(e.id), what);
        return false;
    };
    const QString pattern = QString::fromStdString(e.matchPattern);
    if (e.regex.pattern() != pattern)
        e.regex = QRegularExpression(pattern);
    if (!e.regex.isValid())
        return fail(
            tr("matchPattern \"%1\" is not a valid regular expression: %2").arg(pattern, e.regex.errorString()));
    e.regex.optimize(); // compile now, so concurrent readers only ever match
    for (PriceTier &t : e.tiers) {
        for (TierCondition &c : t.conditions) {
            std::optional<TierCondition::Op> op = parseOp(c.op);
            if (!op)
                return fail(tr("unknown condition operator \"%1\"").arg(QString::fromStdString(c.op)));
            const bool setOp = *op == TierCondition::Op::In || *op == TierCondition::Op::NotIn;
            if (c.usagePattern) {
                if (setOp)
                    return fail(tr("usage condition needs gt, gte, lt, lte, eq or neq"));
                if (!c.usagePattern->isValid())
                    return fail(tr("usageDetailPattern \"%1\" is not a valid regular expression: %2")
                                    .arg(c.usagePattern->pattern(), c.usagePattern->errorString()));
            } else {
                if (!setOp)
                    return fail(tr("parameter condition needs in or not_in"));
                if (c.source != "model_parameters" && c.source != "metadata")
                    return fail(tr("condition source \"%1\" is neither model_parameters nor metadata")
                                    .arg(QString::fromStdString(c.source)));
            }
            c.opCode = *op;
            c.fromMetadata = c.source == "metadata";
        }
    }
    e.conditionalTiers.clear();
    e.defaultTier = -1;
    for (int i = 0; i < int(e.tiers.size()); ++i) {
        if (e.tiers[i].isDefault) {
            if (e.defaultTier < 0)
                e.defaultTier = i;
        } else {
            e.conditionalTiers.push_back(i);
        }
    }
    std::stable_sort(e.conditionalTiers.begin(), e.conditionalTiers.end(),
        [&](int a, int b) { return e.tiers[a].priority < e.tiers[b].priority; });
    if (e.tiersJson.empty())
        e.tiersJson = detail::tiersToJson(e.tiers);
    return true;
}

// Best first: origin (user, project, bundled), then the latest start date; entries without a
// start date count as the earliest. Stable, so catalog order breaks remaining ties.
bool betterEntry(const PriceEntry *a, const PriceEntry *b)
{
    if (a->origin != b->origin)
        return a->origin > b->origin;
    const int64_t sa = a->startDateNs.value_or(INT64_MIN);
    const int64_t sb = b->startDateNs.value_or(INT64_MIN);
    return sa > sb;
}

int64_t nowNs()
{
    return QDateTime::currentMSecsSinceEpoch() * 1000000;
}

} // namespace

PriceCatalog::PriceCatalog() = default;
PriceCatalog::~PriceCatalog() = default;

std::shared_ptr<const PriceCatalog> PriceCatalog::bundled()
{
    static const std::shared_ptr<const PriceCatalog> catalog = [] {
        auto c = std::make_shared<PriceCatalog>();
        QFile f(QStringLiteral(":/pricing/default-model-prices.json"));
        if (!f.open(QIODevice::ReadOnly)) {
            qCWarning(lcPricing) << "bundled price catalog missing:" << f.errorString();
            return std::shared_ptr<const PriceCatalog>(std::move(c));
        }
        const QByteArray bytes = f.readAll();
        QString error;
        const int n
            = c->addFromJson(std::string_view(bytes.constData(), size_t(bytes.size())), Origin::Bundled, &error);
        if (n < 0)
            qCWarning(lcPricing) << "bundled price catalog unreadable:" << error;
        else
            qCDebug(lcPricing) << "bundled price catalog:" << n << "models";
        return std::shared_ptr<const PriceCatalog>(std::move(c));
    }();
    return catalog;
}

int PriceCatalog::addFromJson(std::string_view json, Origin origin, QString *error)
{
    std::vector<PriceEntry> parsed;
    if (!detail::parseCatalogJson(json, origin, parsed, error))
        return -1;
    // All or nothing: a catalog with one broken entry is rejected as a whole so the user can
    // fix it instead of silently pricing with part of it.
    for (PriceEntry &e : parsed) {
        if (!prepareEntry(e, error))
            return -1;
    }
    for (PriceEntry &e : parsed)
        addEntry(std::move(e));
    return int(parsed.size());
}

int PriceCatalog::registerUsagePattern(const QRegularExpression &re)
{
    for (int i = 0; i < int(m_usagePatterns.size()); ++i) {
        if (m_usagePatterns[i].pattern() == re.pattern() && m_usagePatterns[i].patternOptions() == re.patternOptions())
            return i;
    }
    m_usagePatterns.push_back(re);
    m_usagePatterns.back().optimize();
    return int(m_usagePatterns.size()) - 1;
}

bool PriceCatalog::addEntry(PriceEntry entry, QString *error)
{
    if (!prepareEntry(entry, error))
        return false;
    for (PriceTier &t : entry.tiers) {
        for (TierCondition &c : t.conditions) {
            if (c.usagePattern)
                c.patternIndex = registerUsagePattern(*c.usagePattern);
        }
    }
    {
        std::lock_guard lock(m_cacheMutex);
        m_matchCache.clear();
    }
    for (auto &existing : m_entries) {
        if (existing->id == entry.id) {
            // Replace in place: the entry keeps its position, so ties keep catalog order.
            *existing = std::move(entry);
            return true;
        }
    }
    m_entries.push_back(std::make_unique<PriceEntry>(std::move(entry)));
    return true;
}

const PriceEntry *PriceCatalog::match(std::string_view model, std::optional<int64_t> atNs) const
{
    std::lock_guard lock(m_cacheMutex);
    auto it = m_matchCache.find(model);
    if (it == m_matchCache.end()) {
        // Miss: run every pattern once for this model string. Done under the lock because
        // misses are rare (one per distinct model) and it keeps regex use single-threaded.
        if (m_matchCache.size() >= kMaxCachedModels)
            m_matchCache.clear();
        const QString subject = QString::fromUtf8(model.data(), qsizetype(model.size()));
        std::vector<const PriceEntry *> candidates;
        for (const auto &e : m_entries) {
            if (e->regex.match(subject).hasMatch())
                candidates.push_back(e.get());
        }
        std::stable_sort(candidates.begin(), candidates.end(), betterEntry);
        it = m_matchCache.emplace(std::string(model), std::move(candidates)).first;
    }
    std::optional<int64_t> at = atNs;
    for (const PriceEntry *e : it->second) {
        if (!e->startDateNs)
            return e;
        if (!at)
            at = nowNs();
        if (*e->startDateNs <= *at)
            return e;
    }
    return nullptr;
}

PriceResult PriceCatalog::price(std::string_view model, const std::map<std::string, int64_t> &usage,
    std::string_view modelParametersJson, std::string_view metadataJson, std::optional<int64_t> atNs) const
{
    PriceResult r;
    r.entry = match(model, atNs);
    if (!r.entry)
        return r;
    r.matched = true;
    const PriceTier *tier = selectTier(*r.entry, usage, modelParametersJson, metadataJson);
    if (!tier)
        return r;
    r.tierId = tier->id;
    r.tierName = tier->name;
    for (const auto &[key, units] : usage) {
        auto p = tier->prices.find(key);
        if (p == tier->prices.end())
            continue;
        const double cost = double(units) * p->second;
        r.details.emplace(key, cost);
        r.total += cost;
    }
    return r;
}

void PriceCatalog::applyTo(ObservationRecord &o) const
{
    o.costComputed.reset();
    o.costComputedDetails.clear();
    o.priceModelId.reset();
    o.unpriced = false;

    const bool hasModel = o.model && !o.model->empty();
    const bool hasUsage = !o.usage.empty();
    if (!hasModel) {
        // Usage without a model can never be priced: say so rather than store nothing.
        o.unpriced = hasUsage;
        return;
    }
    const PriceEntry *entry = match(*o.model, o.startNs);
    if (!entry) {
        o.unpriced = true;
        return;
    }

    // Sources that only fill the typed counts still get priced by the usual key names.
    std::map<std::string, int64_t> fallback;
    const std::map<std::string, int64_t> *usage = &o.usage.details;
    if (usage->empty() && (o.usage.input || o.usage.output || o.usage.total)) {
        if (o.usage.input)
            fallback.emplace("input", *o.usage.input);
        if (o.usage.output)
            fallback.emplace("output", *o.usage.output);
        if (o.usage.total)
            fallback.emplace("total", *o.usage.total);
        usage = &fallback;
    }

    // string_views, not value_or(): the JSON texts can be large and must not be copied.
    const std::string_view params
        = o.modelParametersJson ? std::string_view(*o.modelParametersJson) : std::string_view();
    const std::string_view metadata = o.metadataJson ? std::string_view(*o.metadataJson) : std::string_view();
    const PriceTier *tier = selectTier(*entry, *usage, params, metadata);
    if (!tier) {
        // The entry has no default tier and no conditional tier applied: no price known.
        o.unpriced = true;
        return;
    }
    double total = 0;
    for (const auto &[key, units] : *usage) {
        auto p = tier->prices.find(key);
        if (p == tier->prices.end())
            continue;
        const double cost = double(units) * p->second;
        o.costComputedDetails.emplace_hint(o.costComputedDetails.end(), key, cost);
        total += cost;
    }
    o.costComputed = total;
    o.priceModelId = entry->id;
}

} // namespace spanscope::pricing
