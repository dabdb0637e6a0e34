#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

#include <algorithm>

#include "store/gramindex.h"

namespace spanscope::test {

QString fixture(const QString &relative)
{
    return QDir(QStringLiteral(SPANSCOPE_FIXTURES)).filePath(relative);
}

QString testData(const QString &relative)
{
    return QDir(QStringLiteral(SPANSCOPE_TEST_DATA)).filePath(relative);
}

CliResult runCli(const QStringList &args, int timeoutMs)
{
    QProcess p;
    p.start(QStringLiteral(SPANSCOPE_CLI), args);
    CliResult r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = "timeout";
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

import::ImportOptions unindexedImport()
{
    import::ImportOptions io;
    io.buildSearchIndex = false;
    return io;
}

QString importGenerated(store::Database &db, const QString &file, const generate::Options &options)
{
    if (const generate::Result g = generate::writeFile(file, options); !g.ok)
        return QStringLiteral("cannot generate %1: %2").arg(file, g.error);
    const import::ImportSummary s = import::importFiles(db, { file }, unindexedImport());
    return s.outcome == import::ImportSummary::Outcome::Ok ? QString() : QStringLiteral("import of %1: %2").arg(file, s.error);
}

QVariant scalar(store::Database &db, const QString &sql)
{
    store::Statement st(db, sql.toStdString());
    if (!st.isValid() || !st.step())
        return QVariant();
    switch (st.columnType(0)) {
    case 1: return QVariant::fromValue<qint64>(st.int64(0));
    case 2: return QVariant(st.real(0));
    case 5: return QVariant();
    default: return QVariant(st.qtext(0));
    }
}

qint64 count(store::Database &db, const QString &table, const QString &where)
{
    QString sql = QStringLiteral("SELECT count(*) FROM ") + table;
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    return scalar(db, sql).toLongLong();
}

QByteArray contentDigest(store::Database &db)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    const char *queries[] = {
        "SELECT * FROM traces ORDER BY id",
        "SELECT trace_id,id,parent_id,orig_parent_id,type,name,start_ns,end_ns,completion_start_ns,level,"
        "status_message,model,provider,model_parameters,input,output,metadata,prompt_name,prompt_version,"
        "input_tokens,output_tokens,total_tokens,cache_read_tokens,cache_write_tokens,reasoning_tokens,"
        "usage_details,cost_provided,cost_provided_details,cost_computed,cost_computed_details,"
        "price_model_id,unpriced,depth,preorder,flags FROM observations ORDER BY trace_id,id",
        "SELECT * FROM scores ORDER BY id",
        "SELECT * FROM attributes ORDER BY trace_id,observation_id,key",
        "SELECT source_id,line,byte_offset,kind,message,excerpt FROM import_log ORDER BY source_id,byte_offset,line,message",
        "SELECT id,kind,uri,format,fingerprint,size_bytes,traces,observations,scores,skipped,status FROM sources ORDER BY id",
    };
    for (const char *q : queries) {
        store::Statement st(db, q);
        while (st.step()) {
            for (int c = 0; c < st.columnCount(); ++c) {
                h.addData(QByteArrayView(st.textView(c).data(), qsizetype(st.textView(c).size())));
                h.addData(QByteArrayView("\x1f", 1));
            }
            h.addData(QByteArrayView("\x1e", 1));
        }
    }
    // The search index as what it answers: each trigram's keys over all segments.
    store::Statement lists(db, "SELECT gram, keys FROM search_grams ORDER BY gram");
    std::vector<int64_t> keys;
    int64_t gram = 0;
    auto flushGram = [&] {
        std::sort(keys.begin(), keys.end());
        keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
        h.addData(QByteArray(QByteArray::number(qint64(gram)) + ':'));
        for (int64_t k : keys)
            h.addData(QByteArray(QByteArray::number(qint64(k)) + ','));
        keys.clear();
    };
    bool any = false;
    while (lists.step()) {
        if (any && lists.int64(0) != gram)
            flushGram();
        gram = lists.int64(0);
        any = true;
        store::grams::decode(lists.blobView(1), keys);
    }
    if (any)
        flushGram();
    return h.result().toHex();
}

} // namespace spanscope::test
