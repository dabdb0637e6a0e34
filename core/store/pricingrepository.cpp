#include "store/pricingrepository.h"

#include "store/tracewriter.h"

namespace spanscope::store {

namespace {
Status failure(const char *what, const Statement &st)
{
    return Status::failure(QStringLiteral("%1: %2").arg(QLatin1String(what), st.error()));
}

bool sameCost(const std::optional<double> &a, const std::optional<double> &b)
{
    return a.has_value() == b.has_value() && (!a || *a == *b);
}
} // namespace

Status listModelPrices(Database &db, std::vector<ModelPriceRow> &out)
{
    out.clear();
    Statement st(db, "SELECT id, model_name, match_pattern, start_date_ns, origin, tiers FROM model_prices "
                     "ORDER BY origin DESC, model_name, id");
    while (st.step())
        out.push_back({ st.text(0), st.text(1), st.text(2), st.optInt64(3), st.text(4), st.text(5) });
    return st.failed() ? failure("model prices", st) : Status::success();
}

Status upsertModelPrice(Database &db, const ModelPriceRow &r)
{
    Statement st(db, "INSERT INTO model_prices(id, model_name, match_pattern, start_date_ns, origin, tiers) "
                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT(id) DO UPDATE SET model_name = excluded.model_name, "
                     "match_pattern = excluded.match_pattern, start_date_ns = excluded.start_date_ns, "
                     "origin = excluded.origin, tiers = excluded.tiers");
    st.bind(1, r.id);
    st.bind(2, r.modelName);
    st.bind(3, r.matchPattern);
    st.bind(4, r.startDateNs);
    st.bind(5, r.origin);
    st.bind(6, r.tiersJson);
    return st.run() ? Status::success() : failure("cannot save the price entry", st);
}

Status deleteModelPrice(Database &db, const std::string &id)
{
    Statement st(db, "DELETE FROM model_prices WHERE id = ?1");
    st.bind(1, id);
    return st.run() ? Status::success() : failure("cannot delete the price entry", st);
}

Status pricingTotals(Database &db, PricingTotals &out)
{
    Statement st(db, "SELECT total(cost_computed), total(cost_provided), total(unpriced) FROM observations");
    if (!st.step())
        return failure("pricing totals", st);
    out = { st.real(0), st.real(1), int64_t(st.real(2)) };
    return Status::success();
}

int64_t priceableObservationCount(Database &db)
{
    Statement st(db, "SELECT count(*) FROM observations WHERE model IS NOT NULL OR usage_details IS NOT NULL "
                     "OR input_tokens IS NOT NULL OR output_tokens IS NOT NULL OR total_tokens IS NOT NULL");
    return st.step() ? st.int64(0) : 0;
}

Status repriceObservations(Database &db, const std::function<std::optional<PricingOutput>(const PricingInput &)> &visit,
                           std::vector<std::string> *changedTraces, int64_t *visited, bool *stopped)
{
    *visited = 0;
    *stopped = false;
    // Read in rowid batches so the update statement never rewrites rows under an open cursor.
    Statement read(db, "SELECT rowid, trace_id, model, start_ns, input_tokens, output_tokens, total_tokens, "
                       "COALESCE(usage_details, ''), COALESCE(model_parameters, ''), COALESCE(metadata, ''), "
                       "cost_computed FROM observations WHERE rowid > ?1 AND (model IS NOT NULL OR "
                       "usage_details IS NOT NULL OR input_tokens IS NOT NULL OR output_tokens IS NOT NULL OR "
                       "total_tokens IS NOT NULL) ORDER BY rowid LIMIT 2000");
    Statement write(db, "UPDATE observations SET cost_computed = ?2, cost_computed_details = ?3, price_model_id = ?4, "
                        "unpriced = ?5 WHERE rowid = ?1");
    if (!read.isValid() || !write.isValid())
        return Status::failure(QStringLiteral("re-price: %1").arg(db.lastError()));
    int64_t after = 0;
    std::string lastTrace;
    for (;;) {
        std::vector<PricingInput> batch;
        read.reset();
        read.bind(1, after);
        while (read.step()) {
            PricingInput in;
            in.rowid = read.int64(0);
            in.traceId = read.text(1);
            in.model = read.optText(2);
            in.startNs = read.optInt64(3);
            in.inputTokens = read.optInt64(4);
            in.outputTokens = read.optInt64(5);
            in.totalTokens = read.optInt64(6);
            in.usageDetailsJson = read.text(7);
            in.modelParametersJson = read.text(8);
            in.metadataJson = read.text(9);
            in.costComputed = read.optReal(10);
            batch.push_back(std::move(in));
        }
        if (read.failed())
            return failure("re-price", read);
        read.reset();
        if (batch.empty())
            return Status::success();
        after = batch.back().rowid;
        for (const PricingInput &in : batch) {
            const std::optional<PricingOutput> out = visit(in);
            if (!out) {
                *stopped = true;
                return Status::success();
            }
            ++*visited;
            write.bind(1, in.rowid);
            write.bind(2, out->costComputed);
            if (out->costComputedDetails.empty())
                write.bindNull(3);
            else
                write.bind(3, detailsJson(out->costComputedDetails));
            write.bind(4, out->priceModelId);
            write.bind(5, out->unpriced ? 1 : 0);
            if (!write.run())
                return failure("re-price", write);
            write.reset();
            if (!sameCost(out->costComputed, in.costComputed) && changedTraces && in.traceId != lastTrace) {
                changedTraces->push_back(in.traceId);
                lastTrace = in.traceId;
            }
        }
    }
}

Status refreshTraceCosts(Database &db, const std::vector<std::string> &traceIds)
{
    Statement st(db, "UPDATE traces SET (cost_provided, cost_computed, cost, unpriced_count) = "
                     "(SELECT sum(cost_provided), sum(cost_computed), sum(COALESCE(cost_provided, cost_computed)), "
                     "COALESCE(sum(unpriced), 0) FROM observations WHERE trace_id = ?1) WHERE id = ?1");
    for (const std::string &id : traceIds) {
        st.bindStatic(1, id);
        if (!st.run())
            return failure("re-price", st);
        st.reset();
    }
    return Status::success();
}

} // namespace spanscope::store
