#include "store/database.h"

#include "store/costrollup.h"
#include "store/qualityfacts.h"

#include <sqlite3.h>

#include <QDir>
#include <QFile>
#include <QLoggingCategory>

#include "store/gramindex.h"
#include "store/textfunctions.h"

Q_LOGGING_CATEGORY(lcStore, "spanscope.store")

namespace spanscope::store {

namespace {
// Migrations are the resources :/schema/NNN_*.sql in name order: file i upgrades user_version
// i -> i+1. Each feature adds its own numbered file; none is ever edited after it ships.
const QStringList &migrations()
{
    static const QStringList files = [] {
        QStringList names = QDir(QStringLiteral(":/schema")).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
        for (QString &n : names)
            n.prepend(QStringLiteral(":/schema/"));
        return names;
    }();
    return files;
}
} // namespace

Database::~Database() { close(); }

Database::Database(Database &&other) noexcept : m_db(other.m_db), m_path(std::move(other.m_path))
{
    other.m_db = nullptr;
}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = other.m_db;
        m_path = std::move(other.m_path);
        other.m_db = nullptr;
    }
    return *this;
}

Status Database::open(const QString &path, Mode mode)
{
    // SQLite's memory statistics take a global mutex around every allocation it makes; nothing
    // here reads them. Has to happen before SQLite initializes (a no-op if something else did).
    static const bool configured = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
    Q_UNUSED(configured);
    close();
    m_path = path;
    const int flags = mode == Mode::ReadOnly
        ? SQLITE_OPEN_READONLY
        : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    const QByteArray p = path.toUtf8();
    if (sqlite3_open_v2(p.constData(), &m_db, flags | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        const QString msg = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("out of memory");
        close();
        return Status::failure(QStringLiteral("cannot open database %1: %2").arg(path, msg));
    }
    sqlite3_busy_timeout(m_db, 10000);
    sqlite3_extended_result_codes(m_db, 1);
    registerTextFunctions(m_db);
    grams::registerSearchFunction(m_db);
    // A new workspace gets 16 KiB pages (SQLite's default is 4 KiB): observation rows carry
    // kilobytes of payload, and larger pages mean fewer page splits and writes on import
    // (measured in docs/PERFORMANCE.md). A no-op on an existing file.
    if (mode != Mode::ReadOnly)
        exec("PRAGMA page_size=16384");
    exec("PRAGMA foreign_keys=OFF; PRAGMA temp_store=MEMORY; PRAGMA cache_size=-65536;");
    if (mode == Mode::ReadOnly) {
        // Verify it is a Spanscope workspace (or at least readable SQLite).
        Statement check(*this, "SELECT count(*) FROM sqlite_master");
        if (!check.isValid() || !check.step()) {
            const QString msg = lastError();
            close();
            return Status::failure(QStringLiteral("cannot read database %1: %2").arg(path, msg));
        }
        return Status::success();
    }
    if (Status s = exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"); !s) {
        close();
        return Status::failure(QStringLiteral("cannot open database %1: %2").arg(path, s.error));
    }
    if (Status s = migrate(); !s) {
        close();
        return s;
    }
    // Derived data a migration or an unfinished re-price left stale (schema 7 rollups, schema 9
    // quality facts) is rebuilt once, each in its own transaction.
    const struct {
        bool (*stale)(Database &);
        Status (*rebuild)(Database &);
        const char *what;
    } derived[] = {
        { costRollupsStale, [](Database &db) { return rebuildCostRollups(db); }, "cost rollups" },
        { qualityFactsStale, [](Database &db) { return rebuildQualityFacts(db); }, "quality facts" },
    };
    for (const auto &d : derived) {
        if (!d.stale(*this))
            continue;
        Transaction tx(*this);
        Status s = d.rebuild(*this);
        if (s)
            s = tx.commit();
        if (!s) {
            close();
            return Status::failure(
                QStringLiteral("cannot build the %1 of %2: %3").arg(QLatin1String(d.what), path, s.error));
        }
    }
    return Status::success();
}

bool Database::needsUpgrade(const QString &path)
{
    if (!QFile::exists(path))
        return false;
    Database db;
    if (!db.open(path, Mode::ReadOnly))
        return false;
    const int version = db.userVersion();
    if (version <= 0 || version > int(migrations().size()))
        return false;
    return version < int(migrations().size()) || !costRollupsReady(db) || !qualityFactsReady(db);
}

void Database::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

Status Database::exec(std::string_view sql)
{
    if (!m_db)
        return Status::failure(QStringLiteral("database is not open"));
    char *err = nullptr;
    const std::string s(sql);
    if (sqlite3_exec(m_db, s.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
        const QString msg = QString::fromUtf8(err ? err : sqlite3_errmsg(m_db));
        sqlite3_free(err);
        return Status::failure(msg);
    }
    return Status::success();
}

QString Database::lastError() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("database is not open");
}

int64_t Database::lastInsertRowId() const { return sqlite3_last_insert_rowid(m_db); }
int Database::changes() const { return sqlite3_changes(m_db); }

int Database::userVersion()
{
    Statement st(*this, "PRAGMA user_version");
    return st.step() ? int(st.int64(0)) : -1;
}

Status Database::setJournalMode(const char *mode)
{
    Statement st(*this, std::string("PRAGMA journal_mode=") + mode);
    if (!st.step())
        return Status::failure(st.error());
    const std::string got = st.text(0);
    if (QString::fromStdString(got).compare(QLatin1String(mode), Qt::CaseInsensitive) != 0)
        return Status::failure(QStringLiteral("journal mode is %1, wanted %2")
                                   .arg(QString::fromStdString(got), QLatin1String(mode)));
    return Status::success();
}

Status Database::migrate()
{
    const int current = userVersion();
    const int schemaVersion = int(migrations().size());
    if (current < 0)
        return Status::failure(QStringLiteral("%1 is not a SQLite database: %2").arg(m_path, lastError()));
    if (current > schemaVersion)
        return Status::failure(QStringLiteral("%1 was written by a newer Spanscope (schema %2, this build knows %3)")
                                   .arg(m_path).arg(current).arg(schemaVersion));
    if (current == 0) {
        // A non-empty database without our version is someone else's file: refuse to touch it.
        Statement tables(*this, "SELECT count(*) FROM sqlite_master");
        if (tables.step() && tables.int64(0) > 0)
            return Status::failure(QStringLiteral("%1 is a SQLite database but not a Spanscope workspace").arg(m_path));
    }
    for (int v = current; v < schemaVersion; ++v) {
        QFile f(migrations().at(v));
        if (!f.open(QIODevice::ReadOnly))
            return Status::failure(QStringLiteral("missing schema resource %1").arg(f.fileName()));
        const QByteArray sql = f.readAll();
        Transaction tx(*this);
        if (Status s = exec(sql.toStdString()); !s)
            return Status::failure(QStringLiteral("schema migration %1 failed: %2").arg(v + 1).arg(s.error));
        if (Status s = exec("PRAGMA user_version=" + std::to_string(v + 1)); !s)
            return s;
        if (Status s = tx.commit(); !s)
            return s;
        qCDebug(lcStore) << "migrated" << m_path << "to schema" << v + 1;
    }
    return Status::success();
}

// ---- Statement -------------------------------------------------------------------------------

Statement::Statement(Database &db, std::string_view sql) : m_db(db.handle())
{
    if (!m_db) {
        m_error = QStringLiteral("database is not open");
        return;
    }
    if (sqlite3_prepare_v3(m_db, sql.data(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr)
        != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

Statement::~Statement() { sqlite3_finalize(m_stmt); }

Statement::Statement(Statement &&o) noexcept
    : m_stmt(o.m_stmt), m_db(o.m_db), m_error(std::move(o.m_error)), m_failed(o.m_failed)
{
    o.m_stmt = nullptr;
}

Statement &Statement::operator=(Statement &&o) noexcept
{
    if (this != &o) {
        sqlite3_finalize(m_stmt);
        m_stmt = o.m_stmt;
        m_db = o.m_db;
        m_error = std::move(o.m_error);
        m_failed = o.m_failed;
        o.m_stmt = nullptr;
    }
    return *this;
}

void Statement::bindNull(int i) { sqlite3_bind_null(m_stmt, i); }
void Statement::bind(int i, int64_t v) { sqlite3_bind_int64(m_stmt, i, v); }
void Statement::bind(int i, double v) { sqlite3_bind_double(m_stmt, i, v); }
void Statement::bind(int i, std::string_view t)
{
    sqlite3_bind_text64(m_stmt, i, t.data(), t.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
}
void Statement::bindStatic(int i, std::string_view t)
{
    sqlite3_bind_text64(m_stmt, i, t.data(), t.size(), SQLITE_STATIC, SQLITE_UTF8);
}
void Statement::bindBlobStatic(int i, std::string_view b)
{
    sqlite3_bind_blob64(m_stmt, i, b.data(), b.size(), SQLITE_STATIC);
}
void Statement::bind(int i, const QString &t) { bind(i, std::string_view(t.toUtf8().toStdString())); }
void Statement::bind(int i, const std::optional<std::string> &v)
{
    if (v)
        bindStatic(i, *v);
    else
        bindNull(i);
}
void Statement::bind(int i, const std::optional<int64_t> &v)
{
    if (v)
        bind(i, *v);
    else
        bindNull(i);
}
void Statement::bind(int i, const std::optional<double> &v)
{
    if (v)
        bind(i, *v);
    else
        bindNull(i);
}

bool Statement::step()
{
    if (!m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE) {
        m_failed = true;
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    } else {
        m_failed = false;
    }
    return false;
}

bool Statement::run()
{
    m_failed = !m_stmt;
    while (step()) {
    }
    const bool ok = !m_failed;
    reset();
    return ok;
}

void Statement::reset()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
}

QString Statement::error() const { return m_error; }
int Statement::columnCount() const { return sqlite3_column_count(m_stmt); }
bool Statement::isNull(int c) const { return sqlite3_column_type(m_stmt, c) == SQLITE_NULL; }
int64_t Statement::int64(int c) const { return sqlite3_column_int64(m_stmt, c); }
double Statement::real(int c) const { return sqlite3_column_double(m_stmt, c); }
std::string_view Statement::textView(int c) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, c));
    return p ? std::string_view(p, size_t(sqlite3_column_bytes(m_stmt, c))) : std::string_view();
}
std::string_view Statement::blobView(int c) const
{
    const auto *p = static_cast<const char *>(sqlite3_column_blob(m_stmt, c));
    return p ? std::string_view(p, size_t(sqlite3_column_bytes(m_stmt, c))) : std::string_view();
}
QString Statement::qtext(int c) const
{
    const std::string_view v = textView(c);
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}
std::optional<int64_t> Statement::optInt64(int c) const
{
    return isNull(c) ? std::nullopt : std::optional<int64_t>(int64(c));
}
std::optional<double> Statement::optReal(int c) const
{
    return isNull(c) ? std::nullopt : std::optional<double>(real(c));
}
std::optional<std::string> Statement::optText(int c) const
{
    return isNull(c) ? std::nullopt : std::optional<std::string>(text(c));
}
QString Statement::columnName(int c) const { return QString::fromUtf8(sqlite3_column_name(m_stmt, c)); }
int Statement::columnType(int c) const { return sqlite3_column_type(m_stmt, c); }

// ---- Transaction -----------------------------------------------------------------------------

Transaction::Transaction(Database &db, bool immediate) : m_db(db)
{
    m_active = bool(m_db.exec(immediate ? "BEGIN IMMEDIATE" : "BEGIN"));
}

Transaction::~Transaction() { rollback(); }

Status Transaction::commit()
{
    if (!m_active)
        return Status::failure(QStringLiteral("no active transaction"));
    Status s = m_db.exec("COMMIT");
    if (s)
        m_active = false;
    return s;
}

void Transaction::rollback()
{
    if (m_active) {
        m_db.exec("ROLLBACK");
        m_active = false;
    }
}

} // namespace spanscope::store
