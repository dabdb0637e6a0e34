#include "dialogs/upgradedialog.h"

#include <QFileInfo>
#include <QProgressDialog>

#include "workspace.h"

namespace spanscope::ui {

void upgradeAndOpen(Workspace *workspace, QWidget *parent, const QString &path, std::function<void(store::Status)> done)
{
    auto *busy = new QProgressDialog(QProgressDialog::tr("Upgrading %1 for this version of Spanscope (schema and cost "
                                                         "rollups). This happens once; a large workspace takes a minute "
                                                         "or more.")
                                         .arg(QFileInfo(path).fileName()),
                                     QString(), 0, 0, parent);
    busy->setObjectName(QStringLiteral("upgradeProgress"));
    busy->setWindowTitle(QProgressDialog::tr("Upgrading Workspace"));
    busy->setWindowModality(Qt::WindowModal);
    busy->setMinimumDuration(300);
    busy->setCancelButton(nullptr);
    workspace->openAfterUpgrade(path, [busy, done = std::move(done)](store::Status s) {
        busy->deleteLater();
        done(s);
    });
}

} // namespace spanscope::ui
