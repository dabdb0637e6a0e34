#include "remote/syncengine.h"

#include <QDateTime>
#include <QFile>
#include <QLoggingCategory>
#include <QUrl>

#include "import/importsession.h"
#include "import/langfuse/langfuseprompt.h"
#include "pricing/catalogjson.h"
#include "pricing/pricecatalog.h"
#include "remote/langfusesync.h"
#include "remote/syncpage.h"
#include "store/database.h"
#include "store/plannerstats.h"
#include "store/scoreconfigs.h"
#include "store/searchindex.h"

Q_DECLARE_LOGGING_CATEGORY(lcRemote)

namespace spanscope::remote {

namespace {
int64_t nowNs()
{
    return QDateTime::currentMSecsSinceEpoch() * 1000000;
}

QString authMessage(int status)
{
    if (status == 401)
        return QStringLiteral("the server rejected the keys (401): check the public and secret key of this project");
    return QStringLiteral("the keys have no access to this (403): use a project API key with read rights");
}
} // namespace

QString SyncFilters::scope() const
{
    if (isEmpty())
        return QString();
    QStringList parts;
    if (!environment.isEmpty())
        parts << QStringLiteral("environment=") + environment;
    if (!traceName.isEmpty())
        parts << QStringLiteral("name=") + traceName;
    if (!userId.isEmpty())
        parts << QStringLiteral("user=") + userId;
    if (!tags.isEmpty()) {
        QStringList sorted = tags;
        sorted.sort();
        parts << QStringLiteral("tags=") + sorted.join(QLatin1Char(','));
    }
    return parts.join(QLatin1Char('&'));
}

std::vector<store::TimeRange> plannedWindows(const std::vector<store::TimeRange> &coverage, int64_t fromNs,
                                             int64_t toNs, int64_t chunkNs)
{
    std::vector<store::TimeRange> gaps;
    int64_t cursor = fromNs;
    for (const store::TimeRange &c : coverage) {
        if (c.toNs <= cursor)
            continue;
        if (c.fromNs >= toNs)
            break;
        if (c.fromNs > cursor)
            gaps.push_back({cursor, std::min(c.fromNs, toNs)});
        cursor = std::max(cursor, c.toNs);
        if (cursor >= toNs)
            break;
    }
    if (cursor < toNs)
        gaps.push_back({cursor, toNs});
    std::vector<store::TimeRange> out;
    const int64_t step = std::max<int64_t>(chunkNs, 1000000);
    for (const store::TimeRange &g : gaps)
        for (int64_t a = g.fromNs; a < g.toNs; a += step)
            out.push_back({a, std::min(g.toNs, a + step)});
    return out;
}

SyncEngine::SyncEngine(store::Database &db, const Connection &connection, const SyncOptions &options)
    : m_db(db), m_conn(connection), m_opt(options)
{
    m_conn.host = normaliseHost(m_conn.host);
}

SyncEngine::~SyncEngine() = default;

bool SyncEngine::cancelled() const
{
    return m_stopRequested || (m_opt.cancel && m_opt.cancel->load(std::memory_order_relaxed));
}

void SyncEngine::log(const QString &line)
{
    qCInfo(lcRemote).noquote() << line;
    m_sum.log << line;
    if (m_opt.log)
        m_opt.log(line);
}

void SyncEngine::fail(const QString &message, int status)
{
    if (m_sum.outcome == SyncSummary::Outcome::Failed)
        return;
    m_sum.outcome = SyncSummary::Outcome::Failed;
    m_sum.error = message;
    m_sum.httpStatus = status;
    log(QStringLiteral("sync failed: %1").arg(message));
}

bool SyncEngine::failFrom(const HttpResponse &r, const QString &what)
{
    if (r.error == HttpResponse::Error::Cancelled)
        return false;
    if (r.status == 401 || r.status == 403)
        fail(authMessage(r.status), r.status);
    else
        fail(QStringLiteral("%1: %2").arg(what, r.message), r.status);
    return false;
}

void SyncEngine::report(const QString &stage)
{
    m_progress.stage = stage;
    m_progress.traces = m_sum.traces;
    m_progress.observations = m_sum.observations;
    m_progress.scores = m_sum.scores;
    m_progress.sessions = m_sum.sessions;
    m_progress.prompts = m_sum.prompts;
    m_progress.models = m_sum.models;
    m_progress.requests = m_http ? m_http->requests() : 0;
    m_progress.retries = m_http ? m_http->retries() : 0;
    m_progress.skippedPages = m_sum.skippedPages;
    if (m_opt.progress)
        m_opt.progress(m_progress);
}

std::string SyncEngine::sourceUri(const char *what, int64_t fromNs, int64_t toNs) const
{
    QString uri = QStringLiteral("%1/api/public#project=%2&%3").arg(m_conn.host, m_sum.projectId, QLatin1String(what));
    if (fromNs || toNs)
        uri += QStringLiteral("&from=%1&to=%2").arg(isoTime(fromNs), isoTime(toNs));
    if (!m_key.scope.empty())
        uri += QLatin1Char('&') + QString::fromStdString(m_key.scope);
    return uri.toStdString();
}

bool SyncEngine::detect()
{
    report(QStringLiteral("connecting"));
    HttpResponse r = m_http->get(QStringLiteral("/api/public/projects"));
    if (r.ok()) {
        const ApiPage page = parseApiPage(r.body);
        if (page.ok && !page.items.empty())
            m_sum.projectId = QString::fromStdString(stringField(page.items.front(), "id").value_or(std::string()));
    } else if (r.status != 404) {
        return failFrom(r, QStringLiteral("cannot read the project"));
    }
    // Probes ask for one minute only: the question is whether the endpoint exists, and a long
    // window could time out on a big project.
    const QString from = isoTime(m_opt.fromNs), to = isoTime(std::min<int64_t>(m_opt.toNs, m_opt.fromNs + 60LL * 1000000000LL));
    // Which endpoint variant answers: 404/405 means this server does not have it.
    auto probe = [&](const QString &path, QUrlQuery q, bool &present) -> bool {
        q.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
        HttpResponse p = m_http->get(path, q);
        if (p.ok()) {
            present = true;
            return true;
        }
        present = false;
        if (p.status == 404 || p.status == 405 || p.status == 400)
            return true;
        return failFrom(p, QStringLiteral("cannot reach %1").arg(path));
    };
    bool present = false;
    if (m_opt.resources & ResTraces) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("fromTimestamp"), from);
        q.addQueryItem(QStringLiteral("toTimestamp"), to);
        if (!probe(QStringLiteral("/api/public/traces"), q, present))
            return false;
        m_sum.tracesApi = present ? QStringLiteral("v1") : QString();
    }
    if (m_opt.resources & ResObservations) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("fromStartTime"), from);
        q.addQueryItem(QStringLiteral("toStartTime"), to);
        if (!probe(QStringLiteral("/api/public/v2/observations"), q, present))
            return false;
        if (present) {
            m_sum.observationsApi = QStringLiteral("v2");
        } else {
            if (!probe(QStringLiteral("/api/public/observations"), q, present))
                return false;
            m_sum.observationsApi = present ? QStringLiteral("v1") : QString();
        }
    }
    if (m_opt.resources & ResScores) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("fromTimestamp"), from);
        q.addQueryItem(QStringLiteral("toTimestamp"), to);
        const char *variants[][2] = {{"/api/public/v3/scores", "v3"}, {"/api/public/v2/scores", "v2"}, {"/api/public/scores", "v1"}};
        for (const auto &v : variants) {
            if (!probe(QString::fromLatin1(v[0]), q, present))
                return false;
            if (present) {
                m_sum.scoresApi = QString::fromLatin1(v[1]);
                break;
            }
        }
    }
    log(QStringLiteral("connected to %1 (project %2): traces %3, observations %4, scores %5")
            .arg(m_conn.host, m_sum.projectId.isEmpty() ? QStringLiteral("-") : m_sum.projectId,
                 m_sum.tracesApi.isEmpty() ? QStringLiteral("not available") : m_sum.tracesApi,
                 m_sum.observationsApi.isEmpty() ? QStringLiteral("not available") : m_sum.observationsApi,
                 m_sum.scoresApi.isEmpty() ? QStringLiteral("not available") : m_sum.scoresApi));
    return true;
}

SyncEngine::ListResult SyncEngine::fetchAllPages(const QString &path, const QString &what, std::vector<std::string> &items)
{
    for (int page = 1;; ++page) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("page"), QString::number(page));
        q.addQueryItem(QStringLiteral("limit"), QString::number(m_opt.pageSize));
        HttpResponse r = m_http->get(path, q);
        if (!r.ok()) {
            if (r.status == 404 || r.status == 405)
                return ListResult::Unavailable;
            failFrom(r, QStringLiteral("cannot read the project's %1").arg(what));
            return ListResult::Failed;
        }
        const ApiPage p = parseApiPage(r.body);
        if (!p.ok) {
            log(QStringLiteral("%1 page %2 skipped: %3").arg(what).arg(page).arg(p.error));
            ++m_sum.skippedPages;
            return ListResult::Incomplete;
        }
        items.insert(items.end(), p.items.begin(), p.items.end());
        if (p.items.empty() || (p.totalPages >= 0 ? page >= p.totalPages : int(p.items.size()) < m_opt.pageSize))
            return ListResult::Complete;
    }
}

bool SyncEngine::syncScoreConfigs()
{
    report(QStringLiteral("scores"));
    std::vector<std::string> items;
    const ListResult res = fetchAllPages(QStringLiteral("/api/public/score-configs"), QStringLiteral("score configs"), items);
    if (res == ListResult::Failed)
        return false;
    if (res == ListResult::Unavailable) {
        log(QStringLiteral("the server has no score configs API: heatmap rows use their observed ranges"));
        return true;
    }
    std::vector<store::ScoreConfig> configs;
    for (size_t i = 0; i < items.size(); ++i) {
        std::string error;
        if (auto c = store::parseScoreConfig(items[i], &error))
            configs.push_back(std::move(*c));
        else
            log(QStringLiteral("score config %1 skipped: %2").arg(i + 1).arg(QString::fromStdString(error)));
    }
    store::Transaction tx(m_db);
    store::Status s = store::upsertScoreConfigs(m_db, configs);
    if (s)
        s = tx.commit();
    if (!s) {
        fail(s.error);
        return false;
    }
    m_sum.scoreConfigs = int64_t(configs.size());
    return true;
}

bool SyncEngine::syncModels()
{
    report(QStringLiteral("models"));
    std::vector<std::string> all;
    const ListResult res = fetchAllPages(QStringLiteral("/api/public/models"), QStringLiteral("models"), all);
    if (res == ListResult::Failed)
        return false;
    if (res != ListResult::Complete)
        return true; // no (usable) model API: the bundled catalog prices everything
    std::vector<std::string> items;
    for (std::string &item : all)
        if (item.find("\"isLangfuseManaged\":true") == std::string::npos)
            items.push_back(std::move(item));
    std::string array = "[";
    for (size_t i = 0; i < items.size(); ++i) {
        if (i)
            array += ',';
        array += items[i];
    }
    array += ']';
    std::vector<pricing::PriceEntry> entries;
    QString error;
    if (!pricing::detail::parseCatalogJson(array, pricing::Origin::Project, entries, &error)) {
        log(QStringLiteral("the project's models are not usable, pricing with the bundled catalog: %1").arg(error));
        return true;
    }
    auto catalog = std::make_shared<pricing::PriceCatalog>();
    QFile bundled(QStringLiteral(":/pricing/default-model-prices.json"));
    if (bundled.open(QIODevice::ReadOnly)) {
        const QByteArray b = bundled.readAll();
        catalog->addFromJson(std::string_view(b.constData(), size_t(b.size())), pricing::Origin::Bundled);
    }
    if (catalog->addFromJson(array, pricing::Origin::Project, &error) < 0) {
        log(QStringLiteral("the project's models are not usable, pricing with the bundled catalog: %1").arg(error));
        return true;
    }
    m_catalog = catalog;
    std::vector<store::ProjectModelPrice> rows;
    for (const pricing::PriceEntry &e : entries)
        rows.push_back({e.id, e.modelName, e.matchPattern, e.startDateNs, e.tiersJson});
    store::Transaction tx(m_db);
    if (store::Status s = store::replaceProjectModelPrices(m_db, rows); !s) {
        fail(s.error);
        return false;
    }
    if (store::Status s = tx.commit(); !s) {
        fail(s.error);
        return false;
    }
    m_sum.models = int64_t(rows.size());
    report(QStringLiteral("models"));
    return true;
}

bool SyncEngine::syncPrompts()
{
    report(QStringLiteral("prompts"));
    const int64_t startNs = nowNs();
    std::optional<int64_t> since;
    if (!m_opt.full)
        if (auto v = store::syncStateValue(m_db, m_key, "prompts_synced_ns"))
            since = std::stoll(*v) - m_opt.overlapNs;
    store::Transaction tx(m_db);
    import::ImportSession session(m_db, m_catalog);
    const std::string uri = sourceUri("prompts", 0, 0);
    if (!session.beginFile(uri, "langfuse-api", "api", 0)) {
        fail(session.status().error);
        return false;
    }
    for (int page = 1;; ++page) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("page"), QString::number(page));
        q.addQueryItem(QStringLiteral("limit"), QString::number(m_opt.pageSize));
        if (since)
            q.addQueryItem(QStringLiteral("fromUpdatedAt"), isoTime(*since));
        HttpResponse r = m_http->get(QStringLiteral("/api/public/v2/prompts"), q);
        if (cancelled())
            return false;
        if (!r.ok()) {
            if (r.status == 404 || r.status == 405)
                return true;
            return failFrom(r, QStringLiteral("cannot list prompts"));
        }
        const ApiPage p = parseApiPage(r.body);
        if (!p.ok) {
            ++m_sum.skippedPages;
            log(QStringLiteral("prompt list page %1 skipped: %2").arg(page).arg(p.error));
            session.problem({uri, 0, 0, "parse", "prompt list page " + std::to_string(page) + ": " + p.error.toStdString(), {}});
            break;
        }
        for (const std::string &item : p.items) {
            const auto meta = parsePromptMeta(item);
            if (!meta)
                continue;
            const QString path = QStringLiteral("/api/public/v2/prompts/")
                + QString::fromLatin1(QUrl::toPercentEncoding(QString::fromStdString(meta->name)));
            for (int64_t version : meta->versions) {
                QUrlQuery vq;
                vq.addQueryItem(QStringLiteral("version"), QString::number(version));
                HttpResponse vr = m_http->get(path, vq);
                if (cancelled())
                    return false;
                if (!vr.ok()) {
                    if (vr.status == 404)
                        continue; // deleted between the list and this call
                    return failFrom(vr, QStringLiteral("cannot read prompt %1").arg(QString::fromStdString(meta->name)));
                }
                std::string error;
                auto rec = import::langfuse::parsePromptObject(std::string_view(vr.body.constData(), size_t(vr.body.size())), error);
                if (!rec) {
                    session.problem({uri, 0, 0, "parse", "prompt " + meta->name + " v" + std::to_string(version) + ": " + error, {}});
                    continue;
                }
                session.prompt(std::move(*rec));
                ++m_sum.prompts;
                report(QStringLiteral("prompts"));
            }
        }
        if (p.items.empty() || (p.totalPages >= 0 ? page >= p.totalPages : int(p.items.size()) < m_opt.pageSize))
            break;
    }
    session.endFile();
    session.finish();
    if (!session.status()) {
        fail(session.status().error);
        return false;
    }
    store::markApiSource(m_db, uri, "api");
    store::setSyncStateValue(m_db, m_key, "prompts_synced_ns", std::to_string(startNs));
    if (store::Status s = tx.commit(); !s) {
        fail(s.error);
        return false;
    }
    return true;
}

SyncSummary SyncEngine::run()
{
    if (!m_db.isOpen()) {
        fail(QStringLiteral("the workspace is not open"));
        return m_sum;
    }
    if (m_conn.host.isEmpty() || m_conn.publicKey.isEmpty() || m_conn.secretKey.isEmpty()) {
        fail(QStringLiteral("a host, a public key and a secret key are needed"));
        return m_sum;
    }
    if (m_opt.toNs <= m_opt.fromNs) {
        fail(QStringLiteral("the time window is empty (from must be before to)"));
        return m_sum;
    }
    m_runStartNs = nowNs();
    m_catalog = m_opt.resources & ResModels ? nullptr : pricing::PriceCatalog::bundled();
    if (!m_catalog)
        m_catalog = pricing::PriceCatalog::bundled();
    m_http = std::make_unique<HttpClient>(m_conn, m_opt.retry, m_opt.cancel, m_opt.pause);
    m_http->onWait = [this](int ms, const QString &reason) {
        m_progress.waitMs = ms;
        m_progress.waitReason = reason;
        report(ms != 0 ? QStringLiteral("waiting") : QStringLiteral("window"));
    };
    m_http->onLog = [this](const QString &line) { log(line); };
    m_progress.totalFromNs = m_opt.fromNs;
    m_progress.totalToNs = m_opt.toNs;
    m_clientFilter = !m_opt.filters.isEmpty();

    bool ok = detect();
    m_key = {m_conn.stateName().toStdString(), m_sum.projectId.toStdString(), m_opt.filters.scope().toStdString()};
    if (ok && (m_opt.resources & ResModels))
        ok = syncModels();
    if (ok && (m_opt.resources & ResScores) && !cancelled())
        ok = syncScoreConfigs();
    if (ok && (m_opt.resources & ResPrompts) && !cancelled())
        ok = syncPrompts();
    if (ok && !cancelled())
        ok = syncWindows();
    if (m_sum.outcome != SyncSummary::Outcome::Failed && !cancelled()) {
        store::Transaction tx(m_db);
        store::setSyncStateValue(m_db, m_key, "last_run_ns", std::to_string(m_runStartNs));
        store::setSyncStateValue(m_db, m_key, "observations_api", m_sum.observationsApi.toStdString());
        store::setSyncStateValue(m_db, m_key, "scores_api", m_sum.scoresApi.toStdString());
        tx.commit();
    }
    m_sum.requests = m_http->requests();
    m_sum.retries = m_http->retries();
    if (m_sum.outcome != SyncSummary::Outcome::Failed) {
        if (cancelled()) {
            m_sum.outcome = SyncSummary::Outcome::Cancelled;
            m_sum.error = QStringLiteral("sync cancelled; the windows saved so far stay, the next sync resumes");
        } else if (m_sum.skippedPages > 0) {
            m_sum.outcome = SyncSummary::Outcome::Partial;
        }
    }
    if (m_sum.windows > 0)
        if (store::Status s = store::refreshPlannerStats(m_db); !s)
            log(s.error);
    if (m_opt.buildSearchIndex && m_sum.windows > 0 && !m_stopRequested) {
        report(QStringLiteral("indexing"));
        store::SearchIndexOptions io;
        io.cancel = m_opt.cancel;
        store::buildSearchIndex(m_db, io, nullptr);
    }
    report(QStringLiteral("done"));
    log(describeSummary(m_sum));
    return m_sum;
}

SyncSummary syncLangfuse(store::Database &db, const Connection &connection, const SyncOptions &options)
{
    SyncEngine engine(db, connection, options);
    return engine.run();
}

QString describeSummary(const SyncSummary &s)
{
    QString text = QStringLiteral("%1 traces, %2 observations, %3 scores, %4 sessions, %5 prompt versions, %6 models "
                                  "in %7 windows (%8 requests, %9 retries")
                       .arg(s.traces)
                       .arg(s.observations)
                       .arg(s.scores)
                       .arg(s.sessions)
                       .arg(s.prompts)
                       .arg(s.models)
                       .arg(s.windows)
                       .arg(s.requests)
                       .arg(s.retries);
    if (s.skippedPages)
        text += QStringLiteral(", %1 pages skipped").arg(s.skippedPages);
    if (s.narrowed)
        text += QStringLiteral(", %1 windows narrowed").arg(s.narrowed);
    if (s.scoreConfigs)
        text += QStringLiteral(", %1 score configs").arg(s.scoreConfigs);
    text += QLatin1Char(')');
    return text;
}

} // namespace spanscope::remote
