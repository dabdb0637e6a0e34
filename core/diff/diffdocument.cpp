#include "diff/diffdocument.h"

#include <algorithm>

namespace spanscope::diff {

std::vector<int> DiffDocument::changeStops() const
{
    std::vector<int> stops;
    bool inChange = false;
    for (size_t i = 0; i < rows.size(); ++i) {
        const bool changed = rows[i].isChange();
        if (changed && !inChange)
            stops.push_back(int(i));
        inChange = changed;
    }
    return stops;
}

void DiffDocument::append(const DiffDocument &other)
{
    int lastLeft = 0, lastRight = 0;
    for (const DiffRow &r : rows) {
        lastLeft = std::max(lastLeft, r.leftLine);
        lastRight = std::max(lastRight, r.rightLine);
    }
    for (DiffRow r : other.rows) {
        if (r.leftLine > 0)
            r.leftLine += lastLeft;
        if (r.rightLine > 0)
            r.rightLine += lastRight;
        rows.push_back(std::move(r));
    }
    recount();
}

void DiffDocument::recount()
{
    stats = {};
    for (const DiffRow &r : rows) {
        switch (r.op) {
        case Op::Equal:
            break;
        case Op::Delete:
            ++stats.deletions;
            break;
        case Op::Insert:
            ++stats.insertions;
            break;
        case Op::Change:
            ++stats.changes;
            break;
        }
    }
}

namespace {
struct ULine {
    char mark; // ' ', '-', '+'
    QString text;
};

// Section headers (chat roles, JSON key paths) read as "## system" so they stand out from content.
QString leftText(const DiffRow &r)
{
    return r.header ? QStringLiteral("## ") + r.left : r.left;
}
QString rightText(const DiffRow &r)
{
    return r.header ? QStringLiteral("## ") + r.right : r.right;
}
} // namespace

QString unifiedDiff(const DiffDocument &doc, const QString &nameA, const QString &nameB, int context)
{
    // Flatten rows into diff lines: inside a run of changed rows every removed line comes first,
    // then every added line, as `diff -u` prints them.
    std::vector<ULine> lines;
    lines.reserve(doc.rows.size());
    for (size_t i = 0; i < doc.rows.size();) {
        if (!doc.rows[i].isChange()) {
            lines.push_back({' ', leftText(doc.rows[i])});
            ++i;
            continue;
        }
        size_t j = i;
        while (j < doc.rows.size() && doc.rows[j].isChange())
            ++j;
        for (size_t k = i; k < j; ++k)
            if (doc.rows[k].hasLeft())
                lines.push_back({'-', leftText(doc.rows[k])});
        for (size_t k = i; k < j; ++k)
            if (doc.rows[k].hasRight())
                lines.push_back({'+', rightText(doc.rows[k])});
        i = j;
    }

    std::vector<size_t> changed;
    for (size_t i = 0; i < lines.size(); ++i)
        if (lines[i].mark != ' ')
            changed.push_back(i);
    if (changed.empty())
        return {};

    // Line numbers before each diff line, so a hunk header can be computed from its range.
    std::vector<int> aBefore(lines.size() + 1), bBefore(lines.size() + 1);
    int a = 0, b = 0;
    for (size_t i = 0; i < lines.size(); ++i) {
        aBefore[i] = a;
        bBefore[i] = b;
        if (lines[i].mark != '+')
            ++a;
        if (lines[i].mark != '-')
            ++b;
    }
    aBefore[lines.size()] = a;
    bBefore[lines.size()] = b;

    QString out = QStringLiteral("--- ") + nameA + QStringLiteral("\n+++ ") + nameB + QLatin1Char('\n');
    const size_t ctx = size_t(std::max(0, context));
    size_t k = 0;
    while (k < changed.size()) {
        const size_t begin = changed[k] >= ctx ? changed[k] - ctx : 0;
        size_t last = changed[k];
        while (k + 1 < changed.size() && changed[k + 1] <= last + 2 * ctx + 1)
            last = changed[++k];
        ++k;
        const size_t end = std::min(lines.size(), last + ctx + 1);
        const int aCount = aBefore[end] - aBefore[begin];
        const int bCount = bBefore[end] - bBefore[begin];
        // diff -u names an empty range by the line before it.
        const int aStart = aCount ? aBefore[begin] + 1 : aBefore[begin];
        const int bStart = bCount ? bBefore[begin] + 1 : bBefore[begin];
        out += QStringLiteral("@@ -%1,%2 +%3,%4 @@\n").arg(aStart).arg(aCount).arg(bStart).arg(bCount);
        for (size_t i = begin; i < end; ++i) {
            out += QLatin1Char(lines[i].mark);
            out += lines[i].text;
            out += QLatin1Char('\n');
        }
    }
    return out;
}

} // namespace spanscope::diff
