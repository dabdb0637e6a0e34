#include "store/gramindex.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <future>
#include <system_error>

#include <QChar>

namespace spanscope::store::grams {

namespace {

constexpr Gram kEmpty = ~Gram(0);
constexpr size_t kBufferedText = 8 << 20; // texts buffered before both halves take them
const char kInsertList[] = "INSERT INTO search_grams(gram, seg, keys) VALUES (?1, ?2, ?3)";

size_t slotOf(Gram g, size_t mask) { return size_t((g * 0x9E3779B97F4A7C15ull) >> 17) & mask; }

uint64_t zigzag(int64_t v) { return (uint64_t(v) << 1) ^ uint64_t(v >> 63); }
int64_t unzigzag(uint64_t v) { return int64_t(v >> 1) ^ -int64_t(v & 1); }

void putVarint(std::string &out, uint64_t v)
{
    while (v >= 0x80) {
        out.push_back(char(v | 0x80));
        v >>= 7;
    }
    out.push_back(char(v));
}

void putKey(std::string &out, bool first, int64_t last, int64_t key)
{
    // Differences of rowids fit in 63 bits; zigzag keeps a descending step (rows added out of
    // order, fixed when the segment is written) representable.
    putVarint(out, zigzag(first ? key : int64_t(uint64_t(key) - uint64_t(last))));
}

// Ascending, each value once (a term's trigrams; the keys of several lists, or of a list written
// out of order).
template <class T>
void sortUnique(std::vector<T> &values)
{
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
}

} // namespace

uint32_t foldNonAscii(uint32_t c)
{
    return c <= 0x10FFFF ? uint32_t(QChar::toCaseFolded(char32_t(c))) : c;
}

std::vector<Gram> termGrams(std::string_view term)
{
    std::vector<Gram> out;
    size_t start = 0;
    for (size_t i = 0; i <= term.size(); ++i) {
        if (i < term.size() && term[i] != '%' && term[i] != '_')
            continue;
        forEach(term.substr(start, i - start), [&](Gram g) { out.push_back(g); });
        start = i + 1;
    }
    sortUnique(out);
    return out;
}

std::string encode(const std::vector<int64_t> &keys)
{
    std::string out;
    out.reserve(keys.size() * 2);
    for (size_t i = 0; i < keys.size(); ++i)
        putKey(out, i == 0, i ? keys[i - 1] : 0, keys[i]);
    return out;
}

bool decode(std::string_view bytes, std::vector<int64_t> &out)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const auto *e = p + bytes.size();
    int64_t last = 0;
    bool first = true;
    while (p < e) {
        uint64_t v = 0;
        int shift = 0;
        while (true) {
            if (p == e || shift > 63)
                return false;
            const unsigned char b = *p++;
            v |= uint64_t(b & 0x7F) << shift;
            if (!(b & 0x80))
                break;
            shift += 7;
        }
        last = first ? unzigzag(v) : int64_t(uint64_t(last) + uint64_t(unzigzag(v)));
        first = false;
        out.push_back(last);
    }
    return true;
}

Builder::Lists::Lists()
{
    cells.assign(1 << 13, kEmpty);
    cellList.assign(cells.size(), 0);
}

Builder::List &Builder::Lists::list(Gram g)
{
    size_t mask = cells.size() - 1;
    size_t h = slotOf(g, mask);
    while (cells[h] != kEmpty) {
        if (cells[h] == g)
            return lists[cellList[h]];
        h = (h + 1) & mask;
    }
    if ((lists.size() + 1) * 2 > cells.size()) {
        grow();
        return list(g);
    }
    cells[h] = g;
    cellList[h] = uint32_t(lists.size());
    grams.push_back(g);
    return lists.emplace_back();
}

void Builder::Lists::grow()
{
    std::vector<Gram> table(cells.size() * 2, kEmpty);
    std::vector<uint32_t> tableList(table.size(), 0);
    const size_t mask = table.size() - 1;
    for (size_t i = 0; i < cells.size(); ++i) {
        if (cells[i] == kEmpty)
            continue;
        size_t h = slotOf(cells[i], mask);
        while (table[h] != kEmpty)
            h = (h + 1) & mask;
        table[h] = cells[i];
        tableList[h] = cellList[i];
    }
    cells.swap(table);
    cellList.swap(tableList);
}

void Builder::Lists::add(int64_t key, std::string_view text)
{
    forEach(text, [&](Gram g) {
        List &l = list(g);
        const bool first = l.bytes.empty();
        if (!first && l.last == key)
            return; // repeats within a row (the common case) cost one lookup
        if (!first && key < l.last)
            l.sorted = false;
        putKey(l.bytes, first, l.last, key);
        l.last = key;
    });
}

void Builder::Lists::append(Lists &later)
{
    std::vector<int64_t> first;
    for (size_t i = 0; i < later.lists.size(); ++i) {
        List &from = later.lists[i];
        List &to = list(later.grams[i]);
        if (to.bytes.empty()) {
            to = std::move(from);
            continue;
        }
        // `from` starts with its first key in full; re-base it on the last key of `to`.
        const auto *p = reinterpret_cast<const unsigned char *>(from.bytes.data());
        size_t n = 0;
        while (n < from.bytes.size() && (p[n] & 0x80))
            ++n;
        first.clear();
        decode(std::string_view(from.bytes).substr(0, n + 1), first);
        const std::string_view rest = std::string_view(from.bytes).substr(n + 1);
        if (first.front() != to.last) {
            to.sorted = to.sorted && first.front() > to.last;
            putKey(to.bytes, false, to.last, first.front());
        }
        to.bytes.append(rest);
        to.sorted = to.sorted && from.sorted;
        to.last = from.last;
    }
    later.clear();
}

void Builder::Lists::clear()
{
    lists.clear();
    grams.clear();
    std::fill(cells.begin(), cells.end(), kEmpty);
}

Builder::Builder() = default;
Builder::~Builder() = default;

void Builder::add(int64_t key, std::string_view text)
{
    m_textBytes += int64_t(text.size());
    m_rows.push_back({key, m_text.size(), m_text.size() + text.size()});
    m_text.append(text);
    if (m_text.size() >= kBufferedText)
        buildBuffered();
}

void Builder::buildBuffered()
{
    const size_t half = m_rows.size() / 2;
    auto build = [this](Lists &into, size_t from, size_t to) {
        for (size_t i = from; i < to; ++i)
            into.add(m_rows[i].key, std::string_view(m_text).substr(m_rows[i].begin, m_rows[i].end - m_rows[i].begin));
    };
    std::future<void> helper;
    try {
        helper = std::async(std::launch::async, build, std::ref(m_side), half, m_rows.size());
    } catch (const std::system_error &) {
        build(m_side, half, m_rows.size()); // no thread to be had: both halves here
    }
    build(m_lists, 0, half);
    if (helper.valid())
        helper.get();
    m_lists.append(m_side);
    m_rows.clear();
    m_text.clear();
}

Status Builder::write(Database &db, int64_t segment)
{
    buildBuffered();
    std::vector<std::pair<Gram, List *>> order;
    order.reserve(m_lists.lists.size());
    for (size_t i = 0; i < m_lists.lists.size(); ++i)
        order.emplace_back(m_lists.grams[i], &m_lists.lists[i]);
    std::sort(order.begin(), order.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    Statement ins(db, kInsertList);
    if (!ins.isValid())
        return Status::failure(QStringLiteral("search index: %1").arg(ins.prepareError()));
    std::vector<int64_t> keys;
    for (auto &[gram, l] : order) {
        if (!l->sorted) {
            keys.clear();
            decode(l->bytes, keys);
            sortUnique(keys);
            l->bytes = encode(keys);
        }
        ins.bind(1, int64_t(gram));
        ins.bind(2, segment);
        ins.bindBlobStatic(3, l->bytes);
        if (!ins.run())
            return Status::failure(QStringLiteral("search index: %1").arg(ins.error()));
        ins.reset();
    }
    m_lists.clear();
    m_textBytes = 0;
    return Status::success();
}

Status candidates(sqlite3 *db, const std::vector<Gram> &grams, std::vector<int64_t> &out)
{
    out.clear();
    if (grams.empty())
        return Status::success();
    auto failure = [db] { return Status::failure(QStringLiteral("search index: %1").arg(QString::fromUtf8(sqlite3_errmsg(db)))); };
    // Every row holding the term holds all of its trigrams, so any of them narrow the candidates
    // correctly: the (at most kUsed) rarest ones, by the size of their lists, do it for least work
    // (a long pasted term has hundreds).
    constexpr size_t kUsed = 8;
    std::vector<std::pair<int64_t, Gram>> sized;
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT total(length(keys)) FROM search_grams WHERE gram = ?1", -1, &st, nullptr) != SQLITE_OK)
        return failure();
    for (Gram g : grams) {
        sqlite3_bind_int64(st, 1, int64_t(g));
        if (sqlite3_step(st) != SQLITE_ROW) {
            sqlite3_finalize(st);
            return failure();
        }
        sized.emplace_back(int64_t(sqlite3_column_double(st, 0)), g);
        sqlite3_reset(st);
    }
    sqlite3_finalize(st);
    std::sort(sized.begin(), sized.end());
    if (sized.front().first == 0)
        return Status::success(); // a trigram no row holds
    sized.resize(std::min(sized.size(), kUsed));
    if (sqlite3_prepare_v2(db, "SELECT keys FROM search_grams WHERE gram = ?1", -1, &st, nullptr) != SQLITE_OK)
        return failure();
    std::vector<int64_t> keys, next;
    Status status = Status::success();
    for (size_t i = 0; i < sized.size() && status; ++i) {
        keys.clear();
        sqlite3_bind_int64(st, 1, int64_t(sized[i].second));
        int segments = 0, rc;
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
            ++segments;
            const auto *p = static_cast<const char *>(sqlite3_column_blob(st, 0));
            if (!decode(std::string_view(p ? p : "", size_t(sqlite3_column_bytes(st, 0))), keys))
                status = Status::failure(QStringLiteral("search index: a trigram list is damaged"));
        }
        if (rc != SQLITE_DONE)
            status = failure();
        sqlite3_reset(st);
        if (segments > 1)
            sortUnique(keys);
        if (i == 0) {
            out.swap(keys);
        } else {
            next.clear();
            std::set_intersection(out.begin(), out.end(), keys.begin(), keys.end(), std::back_inserter(next));
            out.swap(next);
        }
        if (out.empty())
            break;
    }
    sqlite3_finalize(st);
    if (!status)
        out.clear();
    return status;
}

Status merge(Database &db, int64_t afterSegment, int64_t segment, const std::atomic<bool> *cancel,
             int gramsPerTransaction)
{
    std::vector<int64_t> todo;
    {
        Statement several(db, "SELECT gram FROM search_grams WHERE seg > ?1 GROUP BY gram HAVING count(*) > 1");
        several.bind(1, afterSegment);
        while (several.step())
            todo.push_back(several.int64(0));
        if (several.failed())
            return Status::failure(QStringLiteral("search index: %1").arg(several.error()));
    }
    Statement read(db, "SELECT keys FROM search_grams WHERE gram = ?1 AND seg > ?2");
    Statement drop(db, "DELETE FROM search_grams WHERE gram = ?1 AND seg > ?2");
    Statement ins(db, kInsertList);
    std::vector<int64_t> keys;
    for (size_t at = 0; at < todo.size() && !(cancel && cancel->load());) {
        Transaction tx(db);
        if (!tx.isActive())
            return Status::failure(QStringLiteral("search index: cannot start writing: %1").arg(db.lastError()));
        for (const size_t end = std::min(todo.size(), at + size_t(std::max(1, gramsPerTransaction))); at < end; ++at) {
            keys.clear();
            read.bind(1, todo[at]);
            read.bind(2, afterSegment);
            while (read.step()) {
                if (!decode(read.blobView(0), keys))
                    return Status::failure(QStringLiteral("search index: a trigram list is damaged"));
            }
            if (read.failed())
                return Status::failure(QStringLiteral("search index: %1").arg(read.error()));
            read.reset();
            sortUnique(keys);
            const std::string bytes = encode(keys);
            drop.bind(1, todo[at]);
            drop.bind(2, afterSegment);
            ins.bind(1, todo[at]);
            ins.bind(2, segment);
            ins.bindBlobStatic(3, bytes);
            if (!drop.run() || !ins.run())
                return Status::failure(QStringLiteral("search index: %1").arg(drop.error().isEmpty() ? ins.error()
                                                                                                        : drop.error()));
            drop.reset();
            ins.reset();
        }
        if (Status s = tx.commit(); !s)
            return s;
    }
    return Status::success();
}

namespace {

// spanscope_search(term): an eponymous table-valued function over candidates().
struct SearchTable {
    sqlite3_vtab base{};
    sqlite3 *db = nullptr;
};
struct SearchCursor {
    sqlite3_vtab_cursor base{};
    std::vector<int64_t> keys;
    size_t at = 0;
    std::string term;
    bool hasTerm = false;
};

int searchConnect(sqlite3 *db, void *, int, const char *const *, sqlite3_vtab **out, char **)
{
    const int rc = sqlite3_declare_vtab(db, "CREATE TABLE x(key INTEGER, term HIDDEN)");
    if (rc != SQLITE_OK)
        return rc;
    auto *t = new SearchTable;
    t->db = db;
    *out = &t->base;
    return SQLITE_OK;
}

int searchDisconnect(sqlite3_vtab *v)
{
    delete reinterpret_cast<SearchTable *>(v);
    return SQLITE_OK;
}

int searchBestIndex(sqlite3_vtab *, sqlite3_index_info *info)
{
    for (int i = 0; i < info->nConstraint; ++i) {
        const auto &c = info->aConstraint[i];
        if (c.iColumn == 1 && c.op == SQLITE_INDEX_CONSTRAINT_EQ && c.usable) {
            info->aConstraintUsage[i].argvIndex = 1;
            info->aConstraintUsage[i].omit = 1;
            info->estimatedCost = 1000;
            info->estimatedRows = 1000;
            if (info->nOrderBy == 1 && info->aOrderBy[0].iColumn == 0 && !info->aOrderBy[0].desc)
                info->orderByConsumed = 1;
            return SQLITE_OK;
        }
    }
    return SQLITE_CONSTRAINT; // spanscope_search needs its term
}

int searchOpen(sqlite3_vtab *, sqlite3_vtab_cursor **out)
{
    *out = &(new SearchCursor)->base;
    return SQLITE_OK;
}

int searchClose(sqlite3_vtab_cursor *c)
{
    delete reinterpret_cast<SearchCursor *>(c);
    return SQLITE_OK;
}

int searchFilter(sqlite3_vtab_cursor *cur, int, const char *, int argc, sqlite3_value **argv)
{
    auto *c = reinterpret_cast<SearchCursor *>(cur);
    auto *t = reinterpret_cast<SearchTable *>(cur->pVtab);
    c->keys.clear();
    c->at = 0;
    c->hasTerm = false;
    if (argc < 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL)
        return SQLITE_OK;
    const auto *term = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const std::string_view view(term ? term : "", size_t(sqlite3_value_bytes(argv[0])));
    c->term.assign(view);
    c->hasTerm = true;
    if (Status s = candidates(t->db, termGrams(view), c->keys); !s) {
        sqlite3_free(t->base.zErrMsg);
        t->base.zErrMsg = sqlite3_mprintf("%s", s.error.toUtf8().constData());
        return SQLITE_ERROR;
    }
    return SQLITE_OK;
}

int searchNext(sqlite3_vtab_cursor *cur)
{
    ++reinterpret_cast<SearchCursor *>(cur)->at;
    return SQLITE_OK;
}

int searchEof(sqlite3_vtab_cursor *cur)
{
    auto *c = reinterpret_cast<SearchCursor *>(cur);
    return c->at >= c->keys.size();
}

int searchColumn(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int col)
{
    auto *c = reinterpret_cast<SearchCursor *>(cur);
    if (col == 0)
        sqlite3_result_int64(ctx, c->keys[c->at]);
    else if (c->hasTerm)
        sqlite3_result_text(ctx, c->term.data(), int(c->term.size()), SQLITE_TRANSIENT);
    else
        sqlite3_result_null(ctx);
    return SQLITE_OK;
}

int searchRowid(sqlite3_vtab_cursor *cur, sqlite3_int64 *rowid)
{
    *rowid = sqlite3_int64(reinterpret_cast<SearchCursor *>(cur)->at);
    return SQLITE_OK;
}

sqlite3_module makeModule()
{
    sqlite3_module m;
    std::memset(&m, 0, sizeof m);
    m.xConnect = searchConnect; // xCreate stays null: eponymous only
    m.xBestIndex = searchBestIndex;
    m.xDisconnect = searchDisconnect;
    m.xOpen = searchOpen;
    m.xClose = searchClose;
    m.xFilter = searchFilter;
    m.xNext = searchNext;
    m.xEof = searchEof;
    m.xColumn = searchColumn;
    m.xRowid = searchRowid;
    return m;
}

const sqlite3_module kSearchModule = makeModule();

} // namespace

void registerSearchFunction(sqlite3 *db)
{
    sqlite3_create_module_v2(db, "spanscope_search", &kSearchModule, nullptr, nullptr);
}

} // namespace spanscope::store::grams
