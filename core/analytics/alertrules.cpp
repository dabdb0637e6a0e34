// Alert rules file parsing (nlohmann_json; every exception is caught here).

#include "analytics/alerts.h"

#include <nlohmann/json.hpp>

namespace spanscope::analytics {

namespace {

QString q(const std::string &s) { return QString::fromStdString(s); }

bool metricFromName(const std::string &name, store::QualityMetric &out)
{
    if (name == "cost")
        out = store::QualityMetric::Cost;
    else if (name == "error_rate")
        out = store::QualityMetric::ErrorRate;
    else if (name == "latency" || name == "latency_ms")
        out = store::QualityMetric::LatencyMs;
    else if (name == "tokens")
        out = store::QualityMetric::Tokens;
    else if (name == "score")
        out = store::QualityMetric::Score;
    else
        return false;
    return true;
}

} // namespace

const char *alertTypeName(AlertType t)
{
    switch (t) {
    case AlertType::Cost: return "cost";
    case AlertType::ErrorRate: return "error_rate";
    case AlertType::LatencyP95: return "latency_p95";
    case AlertType::ScoreMean: return "score_mean";
    case AlertType::Drift: return "drift";
    }
    return "cost";
}

std::optional<int64_t> parseWindow(std::string_view text)
{
    if (text.size() < 2)
        return std::nullopt;
    const char unit = text.back();
    int64_t n = 0;
    for (char c : text.substr(0, text.size() - 1)) {
        if (c < '0' || c > '9' || n > 100000)
            return std::nullopt;
        n = n * 10 + (c - '0');
    }
    if (n < 1)
        return std::nullopt;
    constexpr int64_t hour = 3600LL * 1000000000LL;
    if (unit == 'h')
        return n * hour;
    if (unit == 'd')
        return n * 24 * hour;
    return std::nullopt;
}

bool parseAlertRules(const QByteArray &json, std::vector<AlertRule> &out, QString &error)
{
    out.clear();
    try {
        const nlohmann::json doc = nlohmann::json::parse(json.constData(), json.constData() + json.size());
        if (!doc.is_object() || !doc.contains("rules") || !doc["rules"].is_array()) {
            error = QStringLiteral("the rules file needs a top-level object with a \"rules\" array");
            return false;
        }
        int index = 0;
        for (const nlohmann::json &r : doc["rules"]) {
            ++index;
            AlertRule rule;
            const QString where = QStringLiteral("rule %1").arg(index);
            if (!r.is_object()) {
                error = where + QStringLiteral(": not an object");
                return false;
            }
            rule.name = r.value("name", std::string());
            const QString at = rule.name.empty() ? where : QStringLiteral("rule \"%1\"").arg(q(rule.name));
            if (rule.name.empty()) {
                error = at + QStringLiteral(": missing \"name\"");
                return false;
            }
            const std::string type = r.value("type", std::string());
            bool known = false;
            for (AlertType t : { AlertType::Cost, AlertType::ErrorRate, AlertType::LatencyP95, AlertType::ScoreMean,
                                 AlertType::Drift })
                if (type == alertTypeName(t)) {
                    rule.type = t;
                    known = true;
                }
            if (!known) {
                error = at + QStringLiteral(": unknown type \"%1\" (cost, error_rate, latency_p95, score_mean, drift)").arg(q(type));
                return false;
            }
            rule.window = r.value("window", std::string());
            const auto ns = parseWindow(rule.window);
            if (!ns) {
                error = at + QStringLiteral(": window \"%1\" is not 1h, 1d, 7d, <n>h or <n>d").arg(q(rule.window));
                return false;
            }
            rule.windowNs = *ns;
            if (!r.contains("threshold") || !r["threshold"].is_number()) {
                error = at + QStringLiteral(": missing numeric \"threshold\"");
                return false;
            }
            rule.threshold = r["threshold"].get<double>();
            rule.score = r.value("score", std::string());
            rule.severity = r.value("severity", std::string("warning"));
            if (rule.severity != "warning" && rule.severity != "critical") {
                error = at + QStringLiteral(": severity must be \"warning\" or \"critical\"");
                return false;
            }
            rule.minSamples = rule.type == AlertType::Drift ? 20 : 1;
            if (r.contains("min_samples")) {
                if (!r["min_samples"].is_number_integer() || r["min_samples"].get<int64_t>() < 1) {
                    error = at + QStringLiteral(": min_samples must be a positive integer");
                    return false;
                }
                rule.minSamples = size_t(r["min_samples"].get<int64_t>());
            }
            switch (rule.type) {
            case AlertType::Cost: rule.metric = store::QualityMetric::Cost; break;
            case AlertType::ErrorRate: rule.metric = store::QualityMetric::ErrorRate; break;
            case AlertType::LatencyP95: rule.metric = store::QualityMetric::LatencyMs; break;
            case AlertType::ScoreMean: rule.metric = store::QualityMetric::Score; break;
            case AlertType::Drift: {
                const std::string metric = r.value("metric", std::string(rule.score.empty() ? "" : "score"));
                if (!metricFromName(metric, rule.metric)) {
                    error = at + QStringLiteral(": drift needs \"metric\" (cost, error_rate, latency, tokens, score)");
                    return false;
                }
                break;
            }
            }
            if (rule.metric == store::QualityMetric::Score && rule.score.empty()) {
                error = at + QStringLiteral(": needs \"score\" (the score name)");
                return false;
            }
            out.push_back(std::move(rule));
        }
    } catch (const nlohmann::json::exception &e) {
        error = QStringLiteral("the rules file is not valid JSON: %1").arg(QString::fromUtf8(e.what()));
        return false;
    }
    return true;
}

} // namespace spanscope::analytics
