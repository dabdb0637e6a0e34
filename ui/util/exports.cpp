#include "util/exports.h"

#include "util/csvfield.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QTableWidget>

namespace spanscope::ui {

using util::csvField;

bool exportWidgetImage(QWidget *widget, const QString &path, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QSize size = widget->size();
    if (suffix == QLatin1String("png")) {
        QImage image(size * 2, QImage::Format_ARGB32);
        image.setDevicePixelRatio(2);
        image.fill(widget->palette().color(QPalette::Window));
        QPainter p(&image);
        widget->render(&p);
        p.end();
        if (!image.save(path, "PNG")) {
            if (error)
                *error = QObject::tr("Cannot write %1. Check that the folder exists and is writable.").arg(path);
            return false;
        }
        return true;
    }
    if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(widget->windowTitle());
        QPainter p;
        if (!p.begin(&svg)) {
            if (error)
                *error = QObject::tr("Cannot write %1. Check that the folder exists and is writable.").arg(path);
            return false;
        }
        widget->render(&p);
        p.end();
        return QFileInfo(path).size() > 0;
    }
    if (error)
        *error = QObject::tr("Choose a file name ending in .png or .svg.");
    return false;
}

bool exportTableCsv(const QTableWidget *table, const QString &path, QString *error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Text)) {
        if (error)
            *error = QObject::tr("Cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    QStringList line;
    for (int c = 0; c < table->columnCount(); ++c)
        if (!table->isColumnHidden(c))
            line << csvField(table->horizontalHeaderItem(c) ? table->horizontalHeaderItem(c)->text() : QString());
    f.write(line.join(QLatin1Char(',')).toUtf8() + '\n');
    for (int r = 0; r < table->rowCount(); ++r) {
        line.clear();
        for (int c = 0; c < table->columnCount(); ++c) {
            if (table->isColumnHidden(c))
                continue;
            const QTableWidgetItem *item = table->item(r, c);
            // Numbers go out unformatted (Qt::UserRole) when the cell keeps them.
            const QVariant raw = item ? item->data(Qt::UserRole) : QVariant();
            line << csvField(raw.isValid() ? raw.toString() : item ? item->text() : QString());
        }
        f.write(line.join(QLatin1Char(',')).toUtf8() + '\n');
    }
    if (!f.commit()) {
        if (error)
            *error = QObject::tr("Cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

} // namespace spanscope::ui
