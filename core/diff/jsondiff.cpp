#include "diff/jsondiff.h"

#include <set>
#include <unordered_map>

#include "diff/jsontext.h"
#include "diff/textdiff.h"

namespace spanscope::diff {

using detail::Json;

namespace {

bool isIdentifier(const std::string &k)
{
    if (k.empty() || std::isdigit(static_cast<unsigned char>(k[0])))
        return false;
    for (char c : k)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-'))
            return false;
    return true;
}

QString keyPath(const QString &base, const std::string &key)
{
    if (isIdentifier(key))
        return base + QLatin1Char('.') + QString::fromStdString(key);
    return base + QLatin1Char('[') + QString::fromStdString(Json(key).dump()) + QLatin1Char(']');
}

// The identity of an array element that names itself: tools by function name, messages or
// parameters by name, records by id. Empty when the element has none.
std::string identity(const Json &e, const char *field)
{
    if (!e.is_object())
        return {};
    if (std::string_view(field) == "function.name") {
        const auto it = e.find("function");
        if (it != e.end() && it->is_object() && it->contains("name") && (*it)["name"].is_string())
            return (*it)["name"].get<std::string>();
        return {};
    }
    const auto it = e.find(field);
    return it != e.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// The identity field every element of both arrays carries, uniquely; nullptr when none does.
const char *identityField(const Json &a, const Json &b)
{
    for (const char *field : {"name", "id", "function.name", "key"}) {
        bool ok = true;
        for (const Json *arr : {&a, &b}) {
            std::set<std::string> seen;
            for (const Json &e : *arr) {
                const std::string id = identity(e, field);
                if (id.empty() || !seen.insert(id).second) {
                    ok = false;
                    break;
                }
            }
            if (!ok)
                break;
        }
        if (ok && !(a.empty() && b.empty()))
            return field;
    }
    return nullptr;
}

class Walker {
public:
    std::vector<JsonChange> changes;

    void walk(const Json &a, const Json &b, const QString &path)
    {
        if (a == b)
            return;
        if (a.is_object() && b.is_object()) {
            for (const auto &[k, v] : a.items()) {
                const auto it = b.find(k);
                if (it == b.end())
                    changes.push_back({JsonChange::Kind::Removed, keyPath(path, k), detail::compactText(v), {}});
                else
                    walk(v, *it, keyPath(path, k));
            }
            for (const auto &[k, v] : b.items())
                if (!a.contains(k))
                    changes.push_back({JsonChange::Kind::Added, keyPath(path, k), {}, detail::compactText(v)});
            return;
        }
        if (a.is_array() && b.is_array()) {
            walkArray(a, b, path);
            return;
        }
        changes.push_back({JsonChange::Kind::Changed, path, detail::compactText(a), detail::compactText(b)});
    }

private:
    void walkArray(const Json &a, const Json &b, const QString &path)
    {
        if (const char *field = identityField(a, b)) {
            auto label = [&](const std::string &id) -> QString {
                return path + QStringLiteral("[%1=%2]").arg(QLatin1String(field), QString::fromStdString(id));
            };
            std::unordered_map<std::string, const Json *> inB;
            for (const Json &e : b)
                inB.emplace(identity(e, field), &e);
            for (const Json &e : a) {
                const std::string id = identity(e, field);
                const auto it = inB.find(id);
                if (it == inB.end())
                    changes.push_back({JsonChange::Kind::Removed, label(id), detail::compactText(e), {}});
                else
                    walk(e, *it->second, label(id));
            }
            std::set<std::string> inA;
            for (const Json &e : a)
                inA.insert(identity(e, field));
            for (const Json &e : b)
                if (!inA.count(identity(e, field)))
                    changes.push_back({JsonChange::Kind::Added, label(identity(e, field)), {}, detail::compactText(e)});
            return;
        }
        // Myers over the elements' texts; removed and added elements of one hunk pair up by position.
        std::unordered_map<std::string, int> ids;
        std::vector<int> ka, kb;
        for (const Json &e : a)
            ka.push_back(ids.try_emplace(e.dump(), int(ids.size())).first->second);
        for (const Json &e : b)
            kb.push_back(ids.try_emplace(e.dump(), int(ids.size())).first->second);
        std::vector<int> dels, ins;
        auto flush = [&]() {
            const size_t paired = std::min(dels.size(), ins.size());
            for (size_t k = 0; k < paired; ++k)
                walk(a[size_t(dels[k])], b[size_t(ins[k])], path + QStringLiteral("[%1]").arg(ins[k]));
            for (size_t k = paired; k < dels.size(); ++k)
                changes.push_back({JsonChange::Kind::Removed, path + QStringLiteral("[%1]").arg(dels[k]),
                                   detail::compactText(a[size_t(dels[k])]), {}});
            for (size_t k = paired; k < ins.size(); ++k)
                changes.push_back({JsonChange::Kind::Added, path + QStringLiteral("[%1]").arg(ins[k]), {},
                                   detail::compactText(b[size_t(ins[k])])});
            dels.clear();
            ins.clear();
        };
        for (const EditStep &s : editScript(ka, kb)) {
            if (s.type < 0)
                dels.push_back(s.aIndex);
            else if (s.type > 0)
                ins.push_back(s.bIndex);
            else
                flush();
        }
        flush();
    }
};

QString prettyOf(const QString &compact)
{
    const auto v = detail::parseJson(compact);
    return v ? QString::fromStdString(v->dump(2, ' ', false, Json::error_handler_t::replace)) : compact;
}

} // namespace

std::optional<std::vector<JsonChange>> jsonChanges(const QString &a, const QString &b)
{
    const auto ja = detail::parseJson(a), jb = detail::parseJson(b);
    if (!ja || !jb)
        return std::nullopt;
    Walker w;
    w.walk(*ja, *jb, QStringLiteral("$"));
    return std::move(w.changes);
}

std::optional<DiffDocument> diffJson(const QString &a, const QString &b)
{
    const auto changes = jsonChanges(a, b);
    if (!changes)
        return std::nullopt;
    DiffDocument doc;
    doc.kind = DiffKind::Json;
    int left = 0, right = 0;
    auto add = [&](DiffRow row) {
        row.leftLine = row.op == Op::Insert ? 0 : ++left;
        row.rightLine = row.op == Op::Delete ? 0 : ++right;
        doc.rows.push_back(std::move(row));
    };
    for (const JsonChange &c : *changes) {
        DiffRow header;
        header.header = true;
        header.left = header.right = c.path;
        add(header);
        const QString before = c.kind == JsonChange::Kind::Added ? QString() : prettyOf(c.before);
        const QString after = c.kind == JsonChange::Kind::Removed ? QString() : prettyOf(c.after);
        DiffDocument values = diffText(before, after);
        for (DiffRow row : values.rows)
            add(std::move(row));
    }
    doc.recount();
    return doc;
}

} // namespace spanscope::diff
