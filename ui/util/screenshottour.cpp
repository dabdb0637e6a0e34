#include "util/screenshottour.h"

#include <memory>

#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QImage>
#include <QPixmap>
#include <QRegularExpression>
#include <QTimer>

#include "import/importcontroller.h"
#include "mainwindow.h"
#include "pages/costpage.h"
#include "pages/pricespage.h"
#include "models/tracelistmodel.h"
#include "pages/comparepage.h"
#include "pages/tracedetailpage.h"
#include "pages/tracespage.h"
#include "settings/theme.h"
#include "workspace.h"

namespace spanscope::ui {

namespace {

// Background reads finish quickly on the demo data; a short settle lets charts and views lay out.
constexpr int kSettleMs = 1200;
constexpr int kTimeoutMs = 180000;

struct Tour {
    MainWindow *window = nullptr;
    QDir dir;
    std::function<void(bool, QString)> done;
    QStringList pages;
    int next = 0;
    QString traceId;
    QString compareA, compareB; // two traces of the same name
    QElapsedTimer clock;
};

void finish(const std::shared_ptr<Tour> &t, bool ok, const QString &message)
{
    if (t->done)
        std::exchange(t->done, nullptr)(ok, message);
}

bool save(const std::shared_ptr<Tour> &t, const QString &name)
{
    const QString path = t->dir.filePath(name + QStringLiteral(".png"));
    if (!t->window->grab().save(path)) {
        finish(t, false, QStringLiteral("could not write %1").arg(path));
        return false;
    }
    return true;
}

// Calls then() once ready() holds (checked every 100 ms), then after the settle time.
void when(const std::shared_ptr<Tour> &t, std::function<bool()> ready, std::function<void()> then)
{
    if (t->clock.elapsed() > kTimeoutMs) {
        finish(t, false, QStringLiteral("timed out waiting for the workspace to load"));
        return;
    }
    if (!ready()) {
        QTimer::singleShot(100, t->window, [t, ready, then] { when(t, ready, then); });
        return;
    }
    QTimer::singleShot(kSettleMs, t->window, then);
}

void shootNextPage(const std::shared_ptr<Tour> &t)
{
    if (t->next >= t->pages.size()) {
        // The trace page once more in the dark palette.
        applyTheme(Theme::Dark);
        t->window->showPage(MainWindow::TracePageId);
        QTimer::singleShot(kSettleMs, t->window, [t] {
            if (save(t, QStringLiteral("trace-dark")))
                finish(t, true, QString());
            applyTheme(Theme::Light);
        });
        return;
    }
    const QString id = t->pages.at(t->next++);
    t->window->showPage(id);
    if (id == MainWindow::TracePageId && !t->traceId.isEmpty())
        t->window->showTrace(t->traceId);
    if (id == MainWindow::ComparePageId && !t->compareB.isEmpty())
        t->window->showCompare(t->compareA, t->compareB);
    when(
        t,
        [t, id] {
            if (id == MainWindow::TracePageId)
                return !t->window->traceDetailPage()->isLoading();
            if (id == MainWindow::ComparePageId)
                return !t->window->comparePage()->isLoading();
            if (id == MainWindow::CostPageId)
                return !t->window->costPage()->isLoading();
            if (id == MainWindow::PricesPageId)
                return !t->window->pricesPage()->isLoading();
            return true;
        },
        [t, id] {
            if (save(t, id))
                shootNextPage(t);
        });
}

} // namespace

void runScreenshotTour(MainWindow *window, const QString &directory, std::function<void(bool, QString)> done)
{
    auto t = std::make_shared<Tour>();
    t->window = window;
    t->done = std::move(done);
    t->clock.start();
    if (!QDir().mkpath(directory)) {
        finish(t, false, QStringLiteral("could not create %1").arg(directory));
        return;
    }
    t->dir = QDir(directory);
    applyTheme(Theme::Light);
    window->resize(1600, 950);
    // Wait for the demo data (generated and imported on first run) and the first page of traces.
    when(
        t,
        [window] {
            TraceListModel *m = window->tracesPage()->traceModel();
            return !window->importController()->isBusy() && !m->isLoading() && m->rowCount() > 0;
        },
        [t] {
            // The trace page shows the trace with the most observations on the first page.
            TraceListModel *m = t->window->tracesPage()->traceModel();
            const auto observations = [m](int row) {
                QString text = m->index(row, TraceListModel::ObservationsColumn).data().toString();
                text.remove(QRegularExpression(QStringLiteral("[^0-9]")));
                return text.toLongLong();
            };
            int best = 0;
            for (int row = 0; row < m->rowCount(); ++row)
                if (observations(row) > observations(best))
                    best = row;
            t->traceId = m->traceId(best);
            QHash<QString, QString> byName;
            for (int row = 0; row < m->rowCount() && t->compareB.isEmpty(); ++row) {
                const QString name = m->index(row, TraceListModel::NameColumn).data().toString();
                if (byName.contains(name)) {
                    t->compareA = byName.value(name);
                    t->compareB = m->traceId(row);
                }
                byName.insert(name, m->traceId(row));
            }
            t->pages = t->window->pageIds();
            shootNextPage(t);
        });
}

} // namespace spanscope::ui
