#include "store/scoreconfigs.h"

#include <nlohmann/json.hpp>

#include "import/common/jsonutil.h"

namespace spanscope::store {

namespace {
// The API's categories array: [{"value": number, "label": text}, ...].
std::vector<std::pair<double, std::string>> categoriesOf(const nlohmann::json &array)
{
    std::vector<std::pair<double, std::string>> out;
    if (array.is_array())
        for (const auto &cat : array)
            if (cat.is_object() && cat.contains("label") && cat["label"].is_string())
                out.emplace_back(cat.value("value", 0.0), cat["label"].get<std::string>());
    return out;
}
} // namespace

std::optional<ScoreConfig> parseScoreConfig(std::string_view json, std::string *error)
{
    const nlohmann::json j = nlohmann::json::parse(json, nullptr, false);
    auto failed = [&](const char *why) -> std::optional<ScoreConfig> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (!j.is_object())
        return failed("a score config is not a JSON object");
    auto text = [&](const char *key) {
        const auto it = j.find(key);
        return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
    };
    auto number = [&](const char *key) -> std::optional<double> {
        const auto it = j.find(key);
        return it != j.end() && it->is_number() ? std::optional<double>(it->get<double>()) : std::nullopt;
    };
    ScoreConfig c;
    c.id = text("id");
    c.name = text("name");
    c.dataType = text("dataType");
    if (c.id.empty() || c.name.empty() || c.dataType.empty())
        return failed("a score config without an id, a name or a data type");
    c.projectId = text("projectId");
    c.minValue = number("minValue");
    c.maxValue = number("maxValue");
    if (const auto it = j.find("categories"); it != j.end())
        c.categories = categoriesOf(*it);
    if (const auto it = j.find("isArchived"); it != j.end() && it->is_boolean())
        c.archived = it->get<bool>();
    c.description = text("description");
    const std::string updated = text("updatedAt");
    if (!updated.empty())
        c.updatedNs = import::json::parseIsoTimeNs(updated);
    return c;
}

Status upsertScoreConfigs(Database &db, const std::vector<ScoreConfig> &configs)
{
    Statement st(db, "INSERT OR REPLACE INTO score_configs(id, project_id, name, data_type, min_value, max_value, "
                     "categories, archived, description, updated_ns) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    if (!st.isValid())
        return Status::failure(QStringLiteral("cannot save score configs: %1").arg(st.prepareError()));
    for (const ScoreConfig &c : configs) {
        st.reset();
        st.bind(1, c.id);
        st.bind(2, c.projectId);
        st.bind(3, c.name);
        st.bind(4, c.dataType);
        auto optional = [&](int i, const std::optional<double> &v) {
            if (v)
                st.bind(i, *v);
            else
                st.bindNull(i);
        };
        optional(5, c.minValue);
        optional(6, c.maxValue);
        if (c.categories.empty()) {
            st.bindNull(7);
        } else {
            nlohmann::json cats = nlohmann::json::array();
            for (const auto &[value, label] : c.categories)
                cats.push_back({{"value", value}, {"label", label}});
            st.bind(7, cats.dump());
        }
        st.bind(8, int64_t(c.archived ? 1 : 0));
        st.bind(9, c.description);
        if (c.updatedNs)
            st.bind(10, *c.updatedNs);
        else
            st.bindNull(10);
        if (!st.run())
            return Status::failure(QStringLiteral("cannot save score configs: %1").arg(st.error()));
    }
    return Status::success();
}

std::unordered_map<std::string, ScoreConfig> scoreConfigsByName(Database &db)
{
    std::unordered_map<std::string, ScoreConfig> out;
    if (db.userVersion() < 11)
        return out;
    // Later rows win: archived first, then by update time.
    Statement st(db, "SELECT id, project_id, name, data_type, min_value, max_value, categories, archived, description, "
                     "updated_ns FROM score_configs ORDER BY archived DESC, coalesce(updated_ns, 0), id");
    while (st.step()) {
        ScoreConfig c;
        c.id = st.text(0);
        c.projectId = st.text(1);
        c.name = st.text(2);
        c.dataType = st.text(3);
        if (!st.isNull(4))
            c.minValue = st.real(4);
        if (!st.isNull(5))
            c.maxValue = st.real(5);
        if (!st.isNull(6))
            c.categories = categoriesOf(nlohmann::json::parse(st.text(6), nullptr, false));
        c.archived = st.int64(7) != 0;
        c.description = st.text(8);
        if (!st.isNull(9))
            c.updatedNs = st.int64(9);
        out[c.name] = std::move(c);
    }
    return out;
}

} // namespace spanscope::store
