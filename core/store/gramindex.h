#pragma once
// The search index's trigram lists (table search_grams, schema 12). For every trigram of the
// searchable text (three code points, case-folded) a list holds the keys of the rows containing
// it: an observation's rowid, or minus a trace's rowid. Each build batch writes one segment: one
// list per trigram it saw. The rows holding all trigrams of a search term are its candidates;
// the search re-checks them against the text itself (store/tracefiltersql.cpp), so a list may
// keep keys of rows whose text has changed since, but never misses a row that was indexed.
//
// SQL sees the candidates through the table-valued function spanscope_search(term), registered
// on every connection: SELECT key FROM spanscope_search('timeout') (ascending keys; no rows for
// a term without any run of three characters outside the LIKE wildcards % and _).

#include <atomic>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "store/database.h"

struct sqlite3;

namespace spanscope::store::grams {

using Gram = uint64_t;

// Case folding of one code point: ASCII letters to lower case, the rest by Unicode case folding.
uint32_t foldNonAscii(uint32_t codePoint);
inline uint32_t fold(uint32_t c)
{
    if (c < 0x80)
        return (c >= 'A' && c <= 'Z') ? c + 32 : c;
    return foldNonAscii(c);
}

// One code point of UTF-8 text, decoded exactly as SQLite's LIKE decodes it (sqlite3Utf8Read):
// a lead byte takes every continuation byte after it, and what is not a valid scalar value
// (overlong, surrogate, U+FFFE/U+FFFF) reads as U+FFFD; a stray continuation byte stands alone.
// The same decoding on both sides keeps the index's candidates a superset of LIKE's matches.
inline uint32_t readCodePoint(const unsigned char *&p, const unsigned char *e)
{
    uint32_t c = *p++;
    if (c < 0xC0)
        return c;
    c = c < 0xE0 ? c - 0xC0 : c < 0xF0 ? c - 0xE0 : c < 0xF8 ? c - 0xF0 : c < 0xFC ? c - 0xF8 : c < 0xFE ? c - 0xFC : 0;
    while (p < e && (*p & 0xC0) == 0x80)
        c = (c << 6) + (*p++ & 0x3Fu);
    if (c < 0x80 || (c & 0xFFFFF800u) == 0xD800 || (c & 0xFFFFFFFEu) == 0xFFFE)
        c = 0xFFFD;
    return c;
}

// Calls f(gram) for each trigram of UTF-8 text, in order (repeats included).
template <class F>
void forEach(std::string_view text, F &&f)
{
    const auto *p = reinterpret_cast<const unsigned char *>(text.data());
    const auto *e = p + text.size();
    uint64_t a = 0, b = 0;
    int seen = 0;
    while (p < e) {
        const uint64_t x = fold(readCodePoint(p, e)) & 0x1FFFFFu;
        if (++seen >= 3)
            f(Gram((a << 42) | (b << 21) | x));
        a = b;
        b = x;
    }
}

// The trigrams every match of `term` contains: those of each run of at least three characters
// between the LIKE wildcards % and _. Sorted and unique; empty when there is no such run.
std::vector<Gram> termGrams(std::string_view term);

// Lists: ascending keys, zigzag varint of the first and of each difference.
std::string encode(const std::vector<int64_t> &ascendingKeys);
bool decode(std::string_view bytes, std::vector<int64_t> &out); // appends; false when malformed

// Collects one segment: the texts of a batch of rows, then writes a list per trigram. Texts are
// buffered; the rows of the second half of the buffer go into lists of their own on a helper
// thread while the first half is added here, and those lists are then appended to the others.
class Builder {
public:
    Builder();
    ~Builder();
    Builder(const Builder &) = delete;
    Builder &operator=(const Builder &) = delete;

    // One searchable text of the row `key` (call once per column). Rows may come in any order;
    // lists written in ascending key order need no sorting.
    void add(int64_t key, std::string_view text);
    bool empty() const { return m_rows.empty() && m_lists.lists.empty(); }
    int64_t textBytes() const { return m_textBytes; }
    // Inserts the segment's lists into search_grams and starts a new, empty segment.
    Status write(Database &db, int64_t segment);

private:
    struct List {
        std::string bytes;
        int64_t last = 0;
        bool sorted = true;
    };
    struct Lists {
        std::vector<Gram> cells; // open addressing; kEmpty marks a free cell
        std::vector<uint32_t> cellList;
        std::vector<List> lists;
        std::vector<Gram> grams; // grams[i] is the trigram of lists[i]
        Lists();
        List &list(Gram g);
        void grow();
        void add(int64_t key, std::string_view text);
        void append(Lists &later); // `later` holds rows added after these; it is left empty
        void clear();
    };
    struct Row {
        int64_t key;
        size_t begin, end;
    };
    void buildBuffered();

    Lists m_lists, m_side;
    std::string m_text; // buffered texts, m_rows point into it
    std::vector<Row> m_rows;
    int64_t m_textBytes = 0;
};

// The keys of the rows holding every one of `grams` (over all segments), ascending and unique.
// Empty `grams` give no keys.
Status candidates(sqlite3 *db, const std::vector<Gram> &grams, std::vector<int64_t> &out);

// Merges, for each trigram, its lists of the segments after `afterSegment` into one, written as
// `segment`; keys repeated by re-indexing collapse. Works through `gramsPerTransaction` trigrams
// per transaction and stops early when `cancel` is set; a partly merged index is valid.
Status merge(Database &db, int64_t afterSegment, int64_t segment, const std::atomic<bool> *cancel,
             int gramsPerTransaction = 4000);

// Registers spanscope_search(term) on a connection.
void registerSearchFunction(sqlite3 *db);

} // namespace spanscope::store::grams
