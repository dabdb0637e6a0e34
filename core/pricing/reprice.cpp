#include "pricing/reprice.h"

#include <algorithm>
#include <map>
#include <unordered_set>

#include <QDateTime>
#include <QFile>
#include <QStringList>

#include <nlohmann/json.hpp>

#include "pricing/catalogjson.h"
#include "store/costrollup.h"
#include "store/pricingrepository.h"

namespace spanscope::pricing {

namespace {

Origin originOf(const std::string &s) { return s == "user" ? Origin::User : Origin::Project; }

// The stored observation as the catalog prices it.
ObservationRecord recordOf(const store::PricingInput &in)
{
    ObservationRecord o;
    o.model = in.model;
    o.startNs = in.startNs;
    o.usage.input = in.inputTokens;
    o.usage.output = in.outputTokens;
    o.usage.total = in.totalTokens;
    if (!in.usageDetailsJson.empty()) {
        const nlohmann::json j = nlohmann::json::parse(in.usageDetailsJson, nullptr, false);
        if (j.is_object())
            for (const auto &[k, v] : j.items())
                if (v.is_number())
                    o.usage.details[k] = v.get<int64_t>();
    }
    if (!in.modelParametersJson.empty())
        o.modelParametersJson = in.modelParametersJson;
    if (!in.metadataJson.empty())
        o.metadataJson = in.metadataJson;
    return o;
}

} // namespace

std::shared_ptr<const PriceCatalog> loadWorkspaceCatalog(store::Database &db, QString *warning)
{
    auto catalog = std::make_shared<PriceCatalog>();
    QFile bundled(QStringLiteral(":/pricing/default-model-prices.json"));
    if (bundled.open(QIODevice::ReadOnly)) {
        const QByteArray b = bundled.readAll();
        catalog->addFromJson(std::string_view(b.constData(), size_t(b.size())), Origin::Bundled);
    }
    std::vector<store::ModelPriceRow> rows;
    if (store::Status s = store::listModelPrices(db, rows); !s) {
        if (warning)
            *warning = s.error;
        return catalog;
    }
    QStringList problems;
    for (const store::ModelPriceRow &r : rows) {
        if (r.origin != "user" && r.origin != "project")
            continue;
        nlohmann::json entry { { "id", r.id }, { "modelName", r.modelName }, { "matchPattern", r.matchPattern } };
        if (r.startDateNs)
            entry["startDate"] = QDateTime::fromMSecsSinceEpoch(*r.startDateNs / 1000000, Qt::UTC)
                                     .toString(Qt::ISODateWithMs).toStdString();
        entry["pricingTiers"] = nlohmann::json::parse(r.tiersJson, nullptr, false);
        QString error;
        if (catalog->addFromJson(nlohmann::json::array({ entry }).dump(), originOf(r.origin), &error) < 0)
            problems << QStringLiteral("%1: %2").arg(QString::fromStdString(r.modelName), error);
    }
    if (warning && !problems.isEmpty())
        *warning = QStringLiteral("price entries skipped: %1").arg(problems.join(QStringLiteral("; ")));
    return catalog;
}

int importUserEntries(store::Database &db, std::string_view json, QString *error)
{
    std::vector<PriceEntry> entries;
    if (!detail::parseCatalogJson(json, Origin::User, entries, error))
        return -1;
    // Validate the regexes the way the catalog will, before anything is stored.
    PriceCatalog probe;
    for (const PriceEntry &e : entries)
        if (!probe.addEntry(e, error))
            return -1;
    store::Transaction tx(db);
    for (const PriceEntry &e : entries) {
        if (store::Status s = store::upsertModelPrice(db, { e.id, e.modelName, e.matchPattern, e.startDateNs, "user",
                                                            e.tiersJson });
            !s) {
            if (error)
                *error = s.error;
            return -1;
        }
    }
    if (store::Status s = tx.commit(); !s) {
        if (error)
            *error = s.error;
        return -1;
    }
    return int(entries.size());
}

RepriceSummary repriceWorkspace(store::Database &db, const PriceCatalog &catalog,
                                const std::function<void(int64_t, int64_t)> &progress, const std::atomic<bool> *cancel)
{
    RepriceSummary sum;
    store::Transaction tx(db);
    if (!tx.isActive()) {
        sum.error = QStringLiteral("cannot start writing to the workspace: %1").arg(db.lastError());
        return sum;
    }
    // Workspace totals before and after, for the summary; a failed read ends the re-price.
    auto readTotals = [&](store::PricingTotals &t) {
        const store::Status s = store::pricingTotals(db, t);
        if (!s)
            sum.error = s.error;
        return bool(s);
    };
    store::PricingTotals before;
    if (!readTotals(before))
        return sum;
    sum.computedBefore = before.computed;
    sum.unpricedBefore = before.unpriced;
    const int64_t total = store::priceableObservationCount(db);
    std::vector<std::string> changed;
    bool stopped = false;
    int64_t seen = 0;
    store::Status s = store::repriceObservations(
        db,
        [&](const store::PricingInput &in) -> std::optional<store::PricingOutput> {
            if (cancel && cancel->load())
                return std::nullopt;
            ObservationRecord o = recordOf(in);
            catalog.applyTo(o);
            store::PricingOutput out;
            out.costComputed = o.costComputed;
            if (o.costComputed)
                out.costComputedDetails = std::move(o.costComputedDetails);
            out.priceModelId = o.priceModelId;
            out.unpriced = o.unpriced;
            if (progress && (++seen & 0xFF) == 0)
                progress(seen, total);
            return out;
        },
        &changed, &sum.observations, &stopped);
    if (s && stopped) {
        sum.cancelled = true;
        return sum; // the transaction rolls back
    }
    if (s) {
        std::unordered_set<std::string> unique;
        std::vector<std::string> traces;
        for (std::string &id : changed)
            if (unique.insert(id).second)
                traces.push_back(std::move(id));
        sum.tracesChanged = int64_t(traces.size());
        s = store::refreshTraceCosts(db, traces);
    }
    if (s)
        s = store::rebuildCostRollups(db);
    if (s)
        s = tx.commit();
    if (!s) {
        sum.error = s.error;
        return sum;
    }
    store::PricingTotals after;
    if (!readTotals(after))
        return sum;
    sum.computedAfter = after.computed;
    sum.unpricedAfter = after.unpriced;
    sum.providedTotal = after.provided;
    if (progress)
        progress(total, total);
    sum.ok = true;
    return sum;
}

WhatIfResult whatIf(store::Database &db, const PriceCatalog &catalog, const store::CostRequest &selection,
                    const std::string &targetModel, const std::atomic<bool> *cancel)
{
    WhatIfResult r;
    r.targetModel = targetModel;
    const PriceEntry *entry = catalog.match(targetModel);
    if (!entry) {
        r.error = QStringLiteral("no price is known for %1").arg(QString::fromStdString(targetModel));
        return r;
    }
    r.targetEntryId = entry->id;
    std::map<std::string, WhatIfRow> byModel;
    store::Status s = store::forEachCall(db, selection, [&](const store::PricingInput &in, std::optional<double> provided) {
        if (cancel && cancel->load())
            return false;
        ObservationRecord o = recordOf(in);
        WhatIfRow &row = byModel[in.model.value_or(std::string())];
        ++row.calls;
        row.actual += provided ? *provided : in.costComputed.value_or(0.0);
        o.model = targetModel;
        o.startNs.reset(); // today's price of the target
        catalog.applyTo(o);
        if (o.costComputed)
            row.asTarget += *o.costComputed;
        else
            ++row.unpricedAsTarget;
        return true;
    });
    if (!s) {
        r.error = s.error;
        return r;
    }
    for (auto &[model, row] : byModel) {
        row.model = model;
        r.actual += row.actual;
        r.asTarget += row.asTarget;
        r.calls += row.calls;
        r.rows.push_back(row);
    }
    std::sort(r.rows.begin(), r.rows.end(), [](const WhatIfRow &a, const WhatIfRow &b) { return a.actual > b.actual; });
    r.ok = true;
    return r;
}

} // namespace spanscope::pricing
