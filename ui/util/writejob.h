#pragma once
// Runs a write against the workspace on a pool thread with its own read-write connection and
// hands the result to a receiver on its thread (dropped when the receiver is gone). For short
// user-initiated writes (a budget, a price entry) and long ones with their own progress (a
// re-price). UI thread calls; SQLite serialises writers (busy timeout 10 s).

#include <functional>
#include <memory>

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include "store/database.h"

namespace spanscope::ui {

template <typename T>
void runWrite(const QString &path, QObject *receiver, std::function<T(store::Database &, const QString &openError)> work,
              std::function<void(T)> done)
{
    QPointer<QObject> guard(receiver);
    QThreadPool::globalInstance()->start([path, guard, work = std::move(work), done = std::move(done)] {
        store::Database db;
        const store::Status opened = db.open(path);
        auto result = std::make_shared<T>(work(db, opened ? QString() : opened.error));
        db.close();
        if (!guard)
            return;
        QMetaObject::invokeMethod(
            guard.data(), [guard, done, result] {
                if (guard)
                    done(std::move(*result));
            },
            Qt::QueuedConnection);
    });
}

} // namespace spanscope::ui
