#include "store/textfunctions.h"

#include <sqlite3.h>
#include <simdjson.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "model/provider.h"

namespace spanscope::store {

namespace {

constexpr int64_t kDefaultMaxBytes = 32 * 1024;

// Appends string leaves without recursion (payloads can nest thousands of levels deep).
void collectStrings(simdjson::dom::element root, std::string &out, size_t maxBytes)
{
    std::vector<simdjson::dom::element> stack{root};
    while (!stack.empty() && out.size() < maxBytes) {
        simdjson::dom::element e = stack.back();
        stack.pop_back();
        switch (e.type()) {
        case simdjson::dom::element_type::STRING: {
            std::string_view s = e.get_string().value_unsafe();
            if (!out.empty())
                out.push_back('\n');
            const size_t from = out.size();
            out.append(s.substr(0, maxBytes - std::min(maxBytes, out.size())));
            // A NUL (\u0000 in the JSON) would end the text for LIKE, hiding the rest from search.
            std::replace(out.begin() + std::ptrdiff_t(from), out.end(), '\0', ' ');
            break;
        }
        case simdjson::dom::element_type::ARRAY: {
            simdjson::dom::array a = e.get_array().value_unsafe();
            std::vector<simdjson::dom::element> items(a.begin(), a.end());
            for (auto it = items.rbegin(); it != items.rend(); ++it)
                stack.push_back(*it);
            break;
        }
        case simdjson::dom::element_type::OBJECT: {
            simdjson::dom::object o = e.get_object().value_unsafe();
            std::vector<simdjson::dom::element> items;
            for (auto field : o)
                items.push_back(field.value);
            for (auto it = items.rbegin(); it != items.rend(); ++it)
                stack.push_back(*it);
            break;
        }
        default:
            break; // numbers, booleans and null carry no searchable words
        }
    }
}

void spanscopeText(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(ctx);
        return;
    }
    const int64_t maxBytes = argc > 1 ? sqlite3_value_int64(argv[1]) : kDefaultMaxBytes;
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const size_t len = size_t(sqlite3_value_bytes(argv[0]));
    thread_local simdjson::dom::parser parser;
    std::string out;
    simdjson::dom::element root;
    if (parser.parse(text, len).get(root) == simdjson::SUCCESS) {
        collectStrings(root, out, size_t(maxBytes));
    } else {
        out.assign(text, std::min(len, size_t(maxBytes))); // not JSON (or too deep): index as is
    }
    if (out.size() >= size_t(maxBytes)) {
        // Truncated: never leave half a UTF-8 sequence at the end.
        size_t cut = out.size();
        while (cut > 0 && (static_cast<unsigned char>(out[cut - 1]) & 0xC0) == 0x80)
            --cut;
        if (cut > 0 && static_cast<unsigned char>(out[cut - 1]) >= 0xC0)
            out.resize(cut - 1);
    }
    sqlite3_result_text64(ctx, out.data(), out.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
}

// spanscope_provider(provider, model): the provider, or the one the model name gives away
// (model/provider.h); NULL when neither says.
void spanscopeProvider(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    auto text = [](sqlite3_value *v) {
        const auto *p = reinterpret_cast<const char *>(sqlite3_value_text(v));
        return p ? std::string_view(p, size_t(sqlite3_value_bytes(v))) : std::string_view();
    };
    const std::string_view provider = effectiveProvider(text(argv[0]), text(argv[1]));
    if (provider.empty())
        sqlite3_result_null(ctx);
    else
        sqlite3_result_text64(ctx, provider.data(), provider.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
}

} // namespace

void registerTextFunctions(sqlite3 *db)
{
    const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
    sqlite3_create_function_v2(db, "spanscope_text", 1, flags, nullptr, spanscopeText, nullptr, nullptr, nullptr);
    sqlite3_create_function_v2(db, "spanscope_text", 2, flags, nullptr, spanscopeText, nullptr, nullptr, nullptr);
    sqlite3_create_function_v2(db, "spanscope_provider", 2, flags, nullptr, spanscopeProvider, nullptr, nullptr, nullptr);
}

} // namespace spanscope::store
