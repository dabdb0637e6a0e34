#pragma once
// Saving what a page shows: a chart as PNG (rendered at twice the widget size) or SVG (vector,
// through QSvgGenerator), and a table as CSV (the visible columns, the cells' display text).
// The format follows the file's suffix. UI thread only.

#include <QString>

class QTableWidget;
class QWidget;

namespace spanscope::ui {

// Renders widget (a chart view) into path (.png or .svg). False with *error when the suffix is
// unknown or the file cannot be written.
bool exportWidgetImage(QWidget *widget, const QString &path, QString *error);
// Writes the table's header and rows as RFC 4180 CSV (UTF-8).
bool exportTableCsv(const QTableWidget *table, const QString &path, QString *error);

} // namespace spanscope::ui
