#pragma once
// Opening a workspace that needs a schema migration or a cost-rollup rebuild
// (store::Database::needsUpgrade): the work runs on a worker behind a modal busy dialog, then the
// workspace opens. There is no cancel: each step commits whole, and the next open would only start
// it again. UI thread only.

#include <functional>

#include "store/database.h"

class QWidget;

namespace spanscope::ui {

class Workspace;

// Returns at once; `done` gets the outcome of the upgrade and the open on the UI thread.
void upgradeAndOpen(Workspace *workspace, QWidget *parent, const QString &path, std::function<void(store::Status)> done);

} // namespace spanscope::ui
