#pragma once
// Thin RAII wrapper over sqlite3: Database (one connection), Statement (prepared, reusable),
// Transaction (rolls back unless committed). A connection belongs to one thread at a time.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace spanscope::store {

// Result of an operation that can fail: an error message for the user, or success.
struct Status {
    bool ok = true;
    QString error;
    static Status success() { return {}; }
    static Status failure(const QString &message) { return {false, message}; }
    explicit operator bool() const { return ok; }
};

class Statement;

class Database {
public:
    enum class Mode { ReadWrite, ReadOnly };
    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;

    // Opens (creating when ReadWrite) and migrates to the current schema. Read-only opens
    // never create or migrate.
    Status open(const QString &path, Mode mode = Mode::ReadWrite);
    // True when a read-write open of an existing workspace would migrate its schema or rebuild
    // its cost rollups: seconds to minutes on a large one, so a UI does that open on a worker.
    // False for a new or empty file (creating the schema is quick) and for unreadable files
    // (open() reports those).
    static bool needsUpgrade(const QString &path);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    sqlite3 *handle() const { return m_db; }
    const QString &path() const { return m_path; }

    // Runs one or more statements without results. Returns failure with sqlite's message.
    Status exec(std::string_view sql);
    QString lastError() const;
    int64_t lastInsertRowId() const;
    int changes() const;

    // Schema version (PRAGMA user_version).
    int userVersion();
    // Switch journal mode for the bulk path: "DELETE" while this is the only connection,
    // back to "WAL" for normal use. Both modes are crash-safe (atomic commit).
    Status setJournalMode(const char *mode);

private:
    Status migrate();
    sqlite3 *m_db = nullptr;
    QString m_path;
};

class Statement {
public:
    Statement() = default;
    Statement(Database &db, std::string_view sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;

    bool isValid() const { return m_stmt != nullptr; }
    const QString &prepareError() const { return m_error; }

    // Binding: 1-based indexes. nullopt binds NULL.
    void bindNull(int i);
    void bind(int i, int64_t v);
    void bind(int i, int v) { bind(i, static_cast<int64_t>(v)); }
    void bind(int i, double v);
    void bind(int i, std::string_view text);           // copied (SQLITE_TRANSIENT)
    void bind(int i, const std::string &text) { bind(i, std::string_view(text)); }
    void bind(int i, const char *text) { bind(i, std::string_view(text)); }
    void bindStatic(int i, std::string_view text);     // must outlive the step
    void bindBlobStatic(int i, std::string_view bytes); // a BLOB; must outlive the step
    void bind(int i, const QString &text);
    void bind(int i, const std::optional<std::string> &v);
    void bind(int i, const std::optional<int64_t> &v);
    void bind(int i, const std::optional<double> &v);

    // Returns true when a row is available; false when done. Errors: false + error().
    bool step();
    // Executes to completion; returns false on error.
    bool run();
    void reset();
    QString error() const;
    // True when the last step() ended in an error rather than with no more rows.
    bool failed() const { return m_failed; }

    int columnCount() const;
    bool isNull(int col) const;
    int64_t int64(int col) const;
    double real(int col) const;
    std::string_view textView(int col) const;
    std::string_view blobView(int col) const;
    std::string text(int col) const { return std::string(textView(col)); }
    QString qtext(int col) const;
    std::optional<int64_t> optInt64(int col) const;
    std::optional<double> optReal(int col) const;
    std::optional<std::string> optText(int col) const;
    QString columnName(int col) const;
    int columnType(int col) const; // SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT, SQLITE_BLOB, SQLITE_NULL

private:
    sqlite3_stmt *m_stmt = nullptr;
    sqlite3 *m_db = nullptr;
    QString m_error;
    bool m_failed = false;
};

// Resets a reused prepared statement when the scope ends, so it never stays busy holding a read
// snapshot between calls.
struct StatementReset {
    Statement &st;
    ~StatementReset() { st.reset(); }
};

// Rolls back in the destructor unless commit() succeeded.
class Transaction {
public:
    explicit Transaction(Database &db, bool immediate = true);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    Status commit();
    void rollback();
    bool isActive() const { return m_active; }

private:
    Database &m_db;
    bool m_active = false;
};

} // namespace spanscope::store
