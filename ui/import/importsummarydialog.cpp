#include "import/importsummarydialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include "import/importcontroller.h"

namespace spanscope::ui {

SkippedRecordsModel::SkippedRecordsModel(std::vector<ImportProblem> problems, QObject *parent)
    : QAbstractTableModel(parent)
    , m_problems(std::move(problems))
{
}

int SkippedRecordsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

int SkippedRecordsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SkippedRecordsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportProblem &p = m_problems[size_t(index.row())];
    if (role == Qt::ToolTipRole && index.column() == FileColumn)
        return QString::fromStdString(p.file);
    if (role == Qt::ToolTipRole && index.column() == ReasonColumn)
        return QString::fromStdString(p.message);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case FileColumn:
        return QFileInfo(QString::fromStdString(p.file)).fileName();
    case PositionColumn:
        return p.line > 0 ? tr("line %1").arg(QLocale().toString(qint64(p.line)))
                          : tr("byte %1").arg(QLocale().toString(qint64(p.byteOffset)));
    case KindColumn:
        return QString::fromStdString(p.kind);
    case ReasonColumn:
        return QString::fromStdString(p.message);
    }
    return {};
}

QVariant SkippedRecordsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FileColumn: return tr("File");
    case PositionColumn: return tr("Position");
    case KindColumn: return tr("Kind");
    case ReasonColumn: return tr("Reason");
    }
    return {};
}

ImportSummaryDialog::ImportSummaryDialog(const ImportResult &result, const QString &title, const QString &text,
                                         QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("importSummary"));
    setWindowTitle(title);
    using Outcome = import::ImportSummary::Outcome;
    const bool bad = result.summary.outcome == Outcome::Failed || result.summary.outcome == Outcome::Unreadable;
    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()
                        ->standardIcon(bad ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation, nullptr,
                                       this)
                        .pixmap(size, size));
    m_text = new QLabel(text, this);
    m_text->setObjectName(QStringLiteral("importSummaryText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(m_text, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    if (!result.summary.problems.empty()) {
        m_model = new SkippedRecordsModel(result.summary.problems, this);
        m_table = new QTableView(this);
        m_table->setObjectName(QStringLiteral("skippedRecordsView"));
        m_table->setModel(m_model);
        m_table->verticalHeader()->hide();
        m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_table->setWordWrap(false);
        m_table->setAlternatingRowColors(true);
        m_table->horizontalHeader()->setStretchLastSection(true);
        const QFontMetrics fm = fontMetrics();
        m_table->setColumnWidth(SkippedRecordsModel::FileColumn, fm.horizontalAdvance(QStringLiteral("a-trace-file-name.jsonl")));
        m_table->setColumnWidth(SkippedRecordsModel::PositionColumn, fm.horizontalAdvance(QStringLiteral("line 0,000,000")));
        m_table->setColumnWidth(SkippedRecordsModel::KindColumn, fm.horizontalAdvance(QStringLiteral("schema__")));
        layout->addWidget(new QLabel(tr("Skipped records:"), this));
        layout->addWidget(m_table, 1);
        QPushButton *copy = buttons->addButton(tr("Copy List"), QDialogButtonBox::ActionRole);
        connect(copy, &QPushButton::clicked, this, &ImportSummaryDialog::copySkipped);
        resize(760, 420);
    } else {
        setMinimumWidth(420);
    }
    layout->addWidget(buttons);
}

QString ImportSummaryDialog::text() const
{
    return m_text->text();
}

void ImportSummaryDialog::copySkipped()
{
    QStringList lines;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < SkippedRecordsModel::ColumnCount; ++c)
            cells << m_model->index(r, c).data().toString();
        lines << cells.join(QLatin1Char('\t'));
    }
    QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
}

} // namespace spanscope::ui
