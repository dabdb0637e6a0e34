#pragma once
// SQL functions Spanscope registers on every connection it opens (any thread, per connection).
//   spanscope_text(json [, max_bytes]) -> the string values (and object keys' string values)
//     of a JSON document joined by newlines, unescaped, truncated to max_bytes (default 32 KiB);
//     used to feed the trigram FTS index with the words a person reads, not JSON escapes.
//   spanscope_provider(provider, model) -> the provider, or the one the model name gives away
//     (model/provider.h), or NULL; the cost rollups' provider dimension and its filters.

struct sqlite3;

namespace spanscope::store {
void registerTextFunctions(sqlite3 *db);
}
