#include "dialogs/observationdiffdialog.h"

#include <memory>
#include <optional>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include "jobs/readjobs.h"
#include "store/comparerepository.h"
#include "widgets/diffview.h"

namespace spanscope::ui {

namespace {
const QString kChannel = QStringLiteral("observation-diff");

struct Payloads {
    store::Status status;
    std::optional<std::string> a, b;
};

QString label(const ObservationRef &r)
{
    return r.name.isEmpty() ? r.observationId : QStringLiteral("%1 (%2)").arg(r.name, r.observationId.left(12));
}
} // namespace

ObservationDiffDialog::ObservationDiffDialog(jobs::ReadJobs *jobs, const ObservationRef &a, const ObservationRef &b,
                                             QWidget *parent)
    : QDialog(parent)
    , m_jobs(jobs)
    , m_a(a)
    , m_b(b)
{
    setObjectName(QStringLiteral("observationDiffDialog"));
    setWindowTitle(tr("Diff of Two Spans"));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(1100, 700);

    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::RichText);
    m_title->setWordWrap(true);
    m_title->setText(tr("<b>A</b> %1 &nbsp; <b>B</b> %2")
                         .arg(label(m_a).toHtmlEscaped(), label(m_b).toHtmlEscaped())
                     + (m_a.traceId != m_b.traceId ? tr(" &nbsp;(two traces)") : QString()));
    m_payload = new QComboBox(this);
    m_payload->addItem(tr("Input"), int(store::PayloadField::Input));
    m_payload->addItem(tr("Output"), int(store::PayloadField::Output));
    m_payload->addItem(tr("Metadata"), int(store::PayloadField::Metadata));
    m_payload->addItem(tr("Model parameters"), int(store::PayloadField::ModelParameters));
    m_diff = new DiffView(this);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(new QLabel(tr("Payload:"), this));
    top->addWidget(m_payload);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_diff, 1);
    layout->addWidget(buttons);

    connect(m_payload, &QComboBox::currentIndexChanged, this, &ObservationDiffDialog::load);
    load();
}

void ObservationDiffDialog::load()
{
    if (!m_jobs) {
        m_diff->clear(tr("No workspace is open."));
        return;
    }
    const auto field = store::PayloadField(m_payload->currentData().toInt());
    const std::string ta = m_a.traceId.toStdString(), oa = m_a.observationId.toStdString();
    const std::string tb = m_b.traceId.toStdString(), ob = m_b.observationId.toStdString();
    const QString titleA = tr("A · %1").arg(label(m_a)), titleB = tr("B · %1").arg(label(m_b));
    m_loading = true;
    m_diff->clear(tr("Loading…"));
    m_jobs->run<std::shared_ptr<Payloads>>(
        kChannel, this,
        [=](store::Database &db) {
            auto out = std::make_shared<Payloads>();
            out->status = store::loadObservationPayload(db, ta, oa, field, out->a);
            if (out->status)
                out->status = store::loadObservationPayload(db, tb, ob, field, out->b);
            return out;
        },
        [this, titleA, titleB](std::shared_ptr<Payloads> p) {
            m_loading = false;
            if (!p->status)
                m_diff->clear(p->status.error);
            else if (!p->a && !p->b)
                m_diff->clear(tr("Neither span has this payload. Choose another one above."));
            else
                m_diff->setTexts(QString::fromStdString(p->a.value_or(std::string())),
                                 QString::fromStdString(p->b.value_or(std::string())), titleA, titleB);
            emit payloadsLoaded();
        },
        [this](const QString &error) {
            m_loading = false;
            m_diff->clear(error);
        });
}

} // namespace spanscope::ui
