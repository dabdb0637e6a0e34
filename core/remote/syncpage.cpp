#include "remote/syncpage.h"

#include <QDateTime>

#include <simdjson.h>

#include "import/common/jsonutil.h"

namespace spanscope::remote {

namespace dom = simdjson::dom;

namespace {
std::optional<int64_t> intMember(dom::object o, const char *key)
{
    dom::element e;
    if (o.at_key(key).get(e))
        return std::nullopt;
    int64_t i;
    if (!e.get_int64().get(i))
        return i;
    double d;
    if (!e.get_double().get(d))
        return int64_t(d);
    return std::nullopt;
}

std::optional<std::string> stringMember(dom::object o, const char *key)
{
    std::string_view s;
    if (o.at_key(key).get_string().get(s))
        return std::nullopt;
    return std::string(s);
}
} // namespace

ApiPage parseApiPage(const QByteArray &body)
{
    ApiPage page;
    dom::parser parser;
    dom::element doc;
    if (auto err = parser.parse(body.constData(), size_t(body.size())).get(doc)) {
        page.error = QStringLiteral("the server sent a page that is not valid JSON (%1, %2 bytes)")
                         .arg(QString::fromLatin1(simdjson::error_message(err)))
                         .arg(body.size());
        return page;
    }
    dom::object root;
    if (doc.get_object().get(root)) {
        page.error = QStringLiteral("the server sent a page that is not a JSON object");
        return page;
    }
    dom::array data;
    if (root.at_key("data").get_array().get(data)) {
        page.error = QStringLiteral("the page has no \"data\" array");
        return page;
    }
    page.items.reserve(data.size());
    for (dom::element item : data)
        page.items.push_back(simdjson::minify(item));
    dom::object meta;
    if (!root.at_key("meta").get_object().get(meta)) {
        std::string_view cursor;
        if (!meta.at_key("cursor").get_string().get(cursor) && !cursor.empty())
            page.cursor = std::string(cursor);
        page.page = intMember(meta, "page").value_or(-1);
        page.totalPages = intMember(meta, "totalPages").value_or(-1);
        page.totalItems = intMember(meta, "totalItems").value_or(-1);
    }
    page.ok = true;
    return page;
}

std::string adaptV3Score(const std::string &item)
{
    dom::parser parser;
    dom::object obj;
    if (parser.parse(item).get_object().get(obj))
        return item;
    std::string extra;
    auto add = [&](const char *key, std::string_view value) {
        extra += ',';
        import::json::appendQuoted(extra, key);
        extra += ':';
        import::json::appendQuoted(extra, value);
    };
    dom::object subject;
    if (!obj.at_key("subject").get_object().get(subject)) {
        std::string_view kind, id, traceId;
        if (subject.at_key("kind").get_string().get(kind)) {}
        if (subject.at_key("id").get_string().get(id)) {}
        if (subject.at_key("traceId").get_string().get(traceId)) {}
        if (kind == "trace" && !id.empty())
            add("traceId", id);
        else if (kind == "observation") {
            if (!id.empty())
                add("observationId", id);
            if (!traceId.empty())
                add("traceId", traceId);
        } else if (kind == "session" && !id.empty())
            add("sessionId", id);
    }
    std::string_view dataType;
    if (!obj.at_key("dataType").get_string().get(dataType) && dataType == "CORRECTION")
        add("dataType", "TEXT");
    if (extra.empty())
        return item;
    const size_t close = item.rfind('}');
    if (close == std::string::npos)
        return item;
    std::string out = item.substr(0, close);
    // An empty object "{}" takes the members without a leading comma.
    if (out.find_last_not_of(" \t\r\n") == 0)
        extra.erase(0, 1);
    out += extra;
    out += '}';
    return out;
}

std::optional<SessionItem> parseSessionItem(const std::string &item)
{
    dom::parser parser;
    dom::object obj;
    if (parser.parse(item).get_object().get(obj))
        return std::nullopt;
    SessionItem s;
    auto id = stringMember(obj, "id");
    if (!id || id->empty())
        return std::nullopt;
    s.id = *id;
    if (auto created = stringMember(obj, "createdAt"))
        s.createdAtNs = import::json::parseIsoTimeNs(*created);
    s.environment = stringMember(obj, "environment");
    return s;
}

std::optional<std::string> stringField(const std::string &objectJson, const char *key)
{
    dom::parser parser;
    dom::object obj;
    if (parser.parse(objectJson).get_object().get(obj))
        return std::nullopt;
    return stringMember(obj, key);
}

std::optional<PromptMetaItem> parsePromptMeta(const std::string &item)
{
    dom::parser parser;
    dom::object obj;
    if (parser.parse(item).get_object().get(obj))
        return std::nullopt;
    PromptMetaItem m;
    auto name = stringMember(obj, "name");
    if (!name || name->empty())
        return std::nullopt;
    m.name = *name;
    dom::array versions;
    if (!obj.at_key("versions").get_array().get(versions)) {
        for (dom::element v : versions) {
            int64_t i;
            if (!v.get_int64().get(i))
                m.versions.push_back(i);
        }
    }
    return m;
}

QString isoTime(int64_t ns)
{
    const qint64 ms = ns / 1000000;
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

} // namespace spanscope::remote
