#include "pricing/catalogjson.h"

#include <charconv>

#include <QCoreApplication>

#include <nlohmann/json.hpp>

#include "import/common/jsonutil.h"

namespace spanscope::pricing::detail {

namespace {

using nlohmann::json;

QString tr(const char *text)
{
    return QCoreApplication::translate("PriceCatalog", text);
}

// Langfuse serialises Decimal prices as numbers in the catalog file but as strings in some API
// versions, so both are accepted.
std::optional<double> numberOf(const json &v)
{
    if (v.is_number())
        return v.get<double>();
    if (v.is_string()) {
        const std::string &s = v.get_ref<const std::string &>();
        double d = 0;
        auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), d);
        if (ec == std::errc() && p == s.data() + s.size())
            return d;
    }
    return std::nullopt;
}

std::string stringOf(const json &obj, const char *key)
{
    auto it = obj.find(key);
    if (it == obj.end() || !it->is_string())
        return {};
    return it->get<std::string>();
}

// Attribute values are compared as strings; numbers and booleans are written as JSON text.
std::string scalarString(const json &v)
{
    if (v.is_string())
        return v.get<std::string>();
    return v.dump();
}

struct Context {
    QString *error = nullptr;
    size_t index = 0;
    std::string model;

    bool fail(const QString &what) const
    {
        if (error) {
            *error = tr("Price catalog entry %1 (%2): %3")
                         .arg(index + 1)
                         .arg(model.empty() ? tr("no model name") : QString::fromStdString(model))
                         .arg(what);
        }
        return false;
    }
};

bool parseCondition(const json &c, TierCondition &out, const Context &ctx)
{
    if (!c.is_object())
        return ctx.fail(tr("a tier condition is not an object"));
    out.op = stringOf(c, "operator");
    if (auto it = c.find("usageDetailPattern"); it != c.end()) {
        if (!it->is_string())
            return ctx.fail(tr("usageDetailPattern is not a string"));
        auto cs = c.find("caseSensitive");
        out.caseSensitive = cs != c.end() && cs->is_boolean() && cs->get<bool>();
        out.usagePattern = QRegularExpression(QString::fromStdString(it->get<std::string>()),
            out.caseSensitive ? QRegularExpression::NoPatternOption : QRegularExpression::CaseInsensitiveOption);
        auto v = c.find("value");
        std::optional<double> value = v == c.end() ? std::nullopt : numberOf(*v);
        if (!value)
            return ctx.fail(tr("a usage condition has no numeric value"));
        out.value = *value;
        if (out.op.empty())
            return ctx.fail(tr("a usage condition has no operator"));
        return true;
    }
    out.source = stringOf(c, "source");
    out.key = stringOf(c, "key");
    if (out.source.empty() || out.key.empty())
        return ctx.fail(tr("a tier condition has neither usageDetailPattern nor source and key"));
    if (out.op.empty())
        out.op = "in";
    if (auto vs = c.find("values"); vs != c.end() && vs->is_array()) {
        for (const json &v : *vs)
            out.values.push_back(scalarString(v));
    } else if (auto v = c.find("value"); v != c.end() && !v->is_null()) {
        out.values.push_back(scalarString(*v));
    }
    return true;
}

bool parsePrices(const json &prices, std::map<std::string, double> &out, const Context &ctx)
{
    if (prices.is_null())
        return true;
    if (!prices.is_object())
        return ctx.fail(tr("prices is not an object"));
    for (auto it = prices.begin(); it != prices.end(); ++it) {
        const json &v = it.value();
        // {usageType: price} in the catalog file, {usageType: {"price": p}} in the API.
        std::optional<double> p;
        if (v.is_object()) {
            if (auto pi = v.find("price"); pi != v.end())
                p = numberOf(*pi);
        } else if (v.is_null()) {
            continue;
        } else {
            p = numberOf(v);
        }
        if (!p)
            return ctx.fail(tr("price for \"%1\" is not a number").arg(QString::fromStdString(it.key())));
        out[it.key()] = *p;
    }
    return true;
}

bool parseTier(const json &t, PriceTier &out, const Context &ctx)
{
    if (!t.is_object())
        return ctx.fail(tr("a pricing tier is not an object"));
    out.id = stringOf(t, "id");
    out.name = stringOf(t, "name");
    auto d = t.find("isDefault");
    out.isDefault = d != t.end() && d->is_boolean() && d->get<bool>();
    auto p = t.find("priority");
    if (p != t.end() && !p->is_null()) {
        std::optional<double> pr = numberOf(*p);
        if (!pr)
            return ctx.fail(tr("tier priority is not a number"));
        out.priority = static_cast<int>(*pr);
    }
    if (auto cs = t.find("conditions"); cs != t.end() && !cs->is_null()) {
        if (!cs->is_array())
            return ctx.fail(tr("tier conditions is not an array"));
        for (const json &c : *cs) {
            TierCondition cond;
            if (!parseCondition(c, cond, ctx))
                return false;
            out.conditions.push_back(std::move(cond));
        }
    }
    auto pr = t.find("prices");
    return pr == t.end() || parsePrices(*pr, out.prices, ctx);
}

// Older /api/public/models entries carry flat inputPrice/outputPrice/totalPrice or a `prices`
// map instead of pricingTiers; both become one default tier.
bool flatTier(const json &e, const std::string &id, std::vector<PriceTier> &tiers, const Context &ctx)
{
    PriceTier tier;
    tier.id = id + "_tier_default";
    tier.name = "Standard";
    tier.isDefault = true;
    if (auto p = e.find("prices"); p != e.end() && p->is_object() && !p->empty()) {
        if (!parsePrices(*p, tier.prices, ctx))
            return false;
    } else {
        static const std::pair<const char *, const char *> flat[]
            = { { "inputPrice", "input" }, { "outputPrice", "output" }, { "totalPrice", "total" } };
        for (const auto &[field, usageKey] : flat) {
            auto it = e.find(field);
            if (it == e.end() || it->is_null())
                continue;
            std::optional<double> v = numberOf(*it);
            if (!v)
                return ctx.fail(tr("%1 is not a number").arg(QLatin1String(field)));
            tier.prices[usageKey] = *v;
        }
    }
    // An entry with no price at all stays without tiers: it matches but cannot price, so the
    // observation is reported unpriced instead of costing a silent zero.
    if (!tier.prices.empty())
        tiers.push_back(std::move(tier));
    return true;
}

bool parseEntry(const json &e, Origin origin, PriceEntry &out, Context &ctx)
{
    if (!e.is_object())
        return ctx.fail(tr("not an object"));
    out.modelName = stringOf(e, "modelName");
    ctx.model = out.modelName;
    out.matchPattern = stringOf(e, "matchPattern");
    if (out.modelName.empty())
        return ctx.fail(tr("modelName is missing"));
    if (out.matchPattern.empty())
        return ctx.fail(tr("matchPattern is missing"));
    out.id = stringOf(e, "id");
    if (out.id.empty())
        out.id = out.modelName; // hand-written catalogs may omit ids; the name then identifies it
    out.origin = origin;
    if (auto sd = e.find("startDate"); sd != e.end() && !sd->is_null()) {
        std::optional<int64_t> ns;
        if (sd->is_string())
            ns = import::json::parseIsoTimeNs(sd->get_ref<const std::string &>());
        if (!ns)
            return ctx.fail(tr("startDate is not an ISO date"));
        out.startDateNs = ns;
    }
    auto tiers = e.find("pricingTiers");
    if (tiers != e.end() && tiers->is_array() && !tiers->empty()) {
        for (const json &t : *tiers) {
            PriceTier tier;
            if (!parseTier(t, tier, ctx))
                return false;
            out.tiers.push_back(std::move(tier));
        }
        out.tiersJson = tiers->dump();
    } else {
        if (tiers != e.end() && !tiers->is_null() && !tiers->is_array())
            return ctx.fail(tr("pricingTiers is not an array"));
        if (!flatTier(e, out.id, out.tiers, ctx))
            return false;
        out.tiersJson = tiersToJson(out.tiers);
    }
    return true;
}

} // namespace

bool parseCatalogJson(std::string_view text, Origin origin, std::vector<PriceEntry> &out, QString *error)
{
    json doc;
    try {
        doc = json::parse(text.begin(), text.end());
    } catch (const json::exception &e) {
        if (error)
            *error = tr("Price catalog is not valid JSON: %1").arg(QString::fromUtf8(e.what()));
        return false;
    }
    const json *list = &doc;
    if (doc.is_object()) {
        auto data = doc.find("data");
        if (data == doc.end() || !data->is_array()) {
            if (error)
                *error = tr("Price catalog object has no \"data\" array of models");
            return false;
        }
        list = &*data;
    } else if (!doc.is_array()) {
        if (error)
            *error = tr("Price catalog must be an array of models or {\"data\": [...]}");
        return false;
    }
    Context ctx;
    ctx.error = error;
    try {
        for (const json &e : *list) {
            PriceEntry entry;
            ctx.model.clear();
            if (!parseEntry(e, origin, entry, ctx))
                return false;
            out.push_back(std::move(entry));
            ++ctx.index;
        }
    } catch (const json::exception &e) {
        // Type mismatches inside an entry (e.g. a number where a string was expected).
        return ctx.fail(QString::fromUtf8(e.what()));
    }
    return true;
}

std::string tiersToJson(const std::vector<PriceTier> &tiers)
{
    json arr = json::array();
    for (const PriceTier &t : tiers) {
        json conds = json::array();
        for (const TierCondition &c : t.conditions) {
            if (c.usagePattern) {
                conds.push_back({ { "usageDetailPattern", c.usagePattern->pattern().toStdString() },
                    { "operator", c.op }, { "value", c.value }, { "caseSensitive", c.caseSensitive } });
            } else {
                conds.push_back(
                    { { "source", c.source }, { "key", c.key }, { "operator", c.op }, { "values", c.values } });
            }
        }
        json prices = json::object();
        for (const auto &[k, v] : t.prices)
            prices[k] = v;
        arr.push_back({ { "id", t.id }, { "name", t.name }, { "isDefault", t.isDefault }, { "priority", t.priority },
            { "conditions", std::move(conds) }, { "prices", std::move(prices) } });
    }
    return arr.dump();
}

} // namespace spanscope::pricing::detail
