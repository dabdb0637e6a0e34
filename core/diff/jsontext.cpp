#include "diff/jsontext.h"

namespace spanscope::diff::detail {

std::optional<Json> parseJson(std::string_view text)
{
    try {
        Json v = Json::parse(text.begin(), text.end());
        if (v.is_string()) {
            const std::string &s = v.get_ref<const std::string &>();
            const size_t first = s.find_first_not_of(" \t\r\n");
            if (first != std::string::npos && (s[first] == '{' || s[first] == '[')) {
                Json inner = Json::parse(s, nullptr, false);
                if (!inner.is_discarded())
                    return inner;
            }
        }
        return v;
    } catch (const Json::exception &) {
        return std::nullopt;
    }
}

std::optional<Json> parseJson(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    return parseJson(std::string_view(utf8.constData(), size_t(utf8.size())));
}

QString displayText(const Json &value)
{
    if (value.is_string())
        return QString::fromStdString(value.get<std::string>());
    // replace: invalid UTF-8 inside a payload must not throw here.
    return QString::fromStdString(value.dump(2, ' ', false, Json::error_handler_t::replace));
}

QString compactText(const Json &value)
{
    return QString::fromStdString(value.dump(-1, ' ', false, Json::error_handler_t::replace));
}

} // namespace spanscope::diff::detail
