#include "diff/textdiff.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include <dtl/dtl.hpp>

namespace spanscope::diff {

namespace {

// Word diffs are quadratic in the worst case (two unrelated long lines): above this many tokens
// per side, or when the lines share too little, the whole line is highlighted instead.
constexpr size_t kMaxWordTokens = 200000;
// Long lines must share this much of their tokens (as multisets) before a word diff is tried.
constexpr size_t kLongLineTokens = 4000;
constexpr double kLongLineMinShared = 0.6;

QString squashWhitespace(const QString &s)
{
    return s.simplified();
}

bool isCjk(char32_t c)
{
    return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF)
        || (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x2FA1F);
}

enum class TokClass { Word, Space, Single };

TokClass classify(char32_t c)
{
    if (isCjk(c))
        return TokClass::Single;
    if (QChar::isSpace(c))
        return TokClass::Space;
    if (QChar::isLetterOrNumber(c) || c == U'_' || QChar::isMark(c))
        return TokClass::Word;
    return TokClass::Single;
}

// Interns strings to small integers so dtl compares ints, not strings.
class Interner {
public:
    int id(const QString &s)
    {
        auto [it, inserted] = m_ids.try_emplace(s, int(m_ids.size()));
        return it->second;
    }

private:
    std::unordered_map<QString, int> m_ids;
};

std::vector<Range> mergeRanges(std::vector<Range> ranges)
{
    std::vector<Range> out;
    for (const Range &r : ranges) {
        if (!out.empty() && out.back().start + out.back().length == r.start)
            out.back().length += r.length;
        else if (r.length > 0)
            out.push_back(r);
    }
    return out;
}

// Pairs the deleted and inserted lines of one hunk as changes, in order; the rest stay one-sided.
void flushHunk(DiffDocument &doc, const QStringList &a, const QStringList &b, std::vector<int> &dels,
               std::vector<int> &ins, const TextDiffOptions &options)
{
    const size_t paired = std::min(dels.size(), ins.size());
    for (size_t k = 0; k < paired; ++k) {
        DiffRow row;
        row.op = Op::Change;
        row.leftLine = dels[k] + 1;
        row.rightLine = ins[k] + 1;
        row.left = a[dels[k]];
        row.right = b[ins[k]];
        if (options.wordLevel) {
            auto [l, r] = wordHighlights(row.left, row.right, options.ignoreWhitespace);
            row.leftHighlights = std::move(l);
            row.rightHighlights = std::move(r);
        }
        doc.rows.push_back(std::move(row));
    }
    for (size_t k = paired; k < dels.size(); ++k) {
        DiffRow row;
        row.op = Op::Delete;
        row.leftLine = dels[k] + 1;
        row.left = a[dels[k]];
        doc.rows.push_back(std::move(row));
    }
    for (size_t k = paired; k < ins.size(); ++k) {
        DiffRow row;
        row.op = Op::Insert;
        row.rightLine = ins[k] + 1;
        row.right = b[ins[k]];
        doc.rows.push_back(std::move(row));
    }
    dels.clear();
    ins.clear();
}

} // namespace

std::vector<EditStep> editScript(const std::vector<int> &a, const std::vector<int> &b)
{
    std::vector<EditStep> out;
    out.reserve(std::max(a.size(), b.size()));
    // Common prefix and suffix are cheap to peel off and make the Myers part small.
    size_t pre = 0;
    while (pre < a.size() && pre < b.size() && a[pre] == b[pre])
        ++pre;
    size_t suf = 0;
    while (suf < a.size() - pre && suf < b.size() - pre && a[a.size() - 1 - suf] == b[b.size() - 1 - suf])
        ++suf;
    for (size_t i = 0; i < pre; ++i)
        out.push_back({0, int(i), int(i)});
    const std::vector<int> ma(a.begin() + long(pre), a.end() - long(suf));
    const std::vector<int> mb(b.begin() + long(pre), b.end() - long(suf));
    if (ma.empty()) {
        for (size_t j = 0; j < mb.size(); ++j)
            out.push_back({1, -1, int(pre + j)});
    } else if (mb.empty()) {
        for (size_t i = 0; i < ma.size(); ++i)
            out.push_back({-1, int(pre + i), -1});
    } else {
        // Elements found on one side only can never be common: leave them out of the Myers run
        // (unrelated texts then cost O(n), not O(n·d)) and put them back between the matches.
        std::unordered_set<int> inA(ma.begin(), ma.end()), inB(mb.begin(), mb.end());
        std::vector<int> fa, fb;
        std::vector<size_t> mapA, mapB;
        for (size_t i = 0; i < ma.size(); ++i)
            if (inB.count(ma[i])) {
                fa.push_back(ma[i]);
                mapA.push_back(i);
            }
        for (size_t j = 0; j < mb.size(); ++j)
            if (inA.count(mb[j])) {
                fb.push_back(mb[j]);
                mapB.push_back(j);
            }
        std::vector<std::pair<size_t, size_t>> matches;
        if (!fa.empty() && !fb.empty()) {
            dtl::Diff<int, std::vector<int>> d(fa, fb);
            d.onHuge();
            d.compose();
            for (const auto &[elem, info] : d.getSes().getSequence())
                if (info.type == dtl::SES_COMMON)
                    matches.emplace_back(mapA[size_t(info.beforeIdx) - 1], mapB[size_t(info.afterIdx) - 1]);
        }
        matches.emplace_back(ma.size(), mb.size()); // sentinel
        size_t i = 0, j = 0;
        for (const auto &[mi, mj] : matches) {
            for (; i < mi; ++i)
                out.push_back({-1, int(pre + i), -1});
            for (; j < mj; ++j)
                out.push_back({1, -1, int(pre + j)});
            if (mi < ma.size()) {
                out.push_back({0, int(pre + mi), int(pre + mj)});
                i = mi + 1;
                j = mj + 1;
            }
        }
    }
    for (size_t i = 0; i < suf; ++i)
        out.push_back({0, int(a.size() - suf + i), int(b.size() - suf + i)});
    return out;
}

QStringList splitLines(const QString &text)
{
    if (text.isEmpty())
        return {};
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &l : lines)
        if (l.endsWith(QLatin1Char('\r')))
            l.chop(1);
    return lines;
}

std::vector<Range> wordTokens(const QString &line)
{
    std::vector<Range> out;
    const int n = int(line.size());
    int i = 0;
    TokClass current = TokClass::Single;
    while (i < n) {
        const int start = i;
        char32_t c = line.at(i).unicode();
        int len = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < n && line.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(line.at(i), line.at(i + 1));
            len = 2;
        }
        const TokClass cls = classify(c);
        if (!out.empty() && cls == current && cls != TokClass::Single && out.back().start + out.back().length == start)
            out.back().length += len;
        else
            out.push_back({start, len});
        current = cls;
        i += len;
    }
    return out;
}

std::pair<std::vector<Range>, std::vector<Range>> wordHighlights(const QString &a, const QString &b,
                                                                 bool ignoreWhitespace)
{
    const std::vector<Range> ta = wordTokens(a), tb = wordTokens(b);
    const Range wholeA{0, int(a.size())}, wholeB{0, int(b.size())};
    auto whole = [&]() {
        return std::make_pair(a.isEmpty() ? std::vector<Range>{} : std::vector<Range>{wholeA},
                              b.isEmpty() ? std::vector<Range>{} : std::vector<Range>{wholeB});
    };
    if (ta.size() > kMaxWordTokens || tb.size() > kMaxWordTokens)
        return whole();
    Interner interner;
    std::vector<int> ia, ib;
    ia.reserve(ta.size());
    ib.reserve(tb.size());
    auto key = [&](const QString &s, const Range &r) {
        const QString t = s.mid(r.start, r.length);
        // With whitespace ignored every whitespace run is the same token.
        if (ignoreWhitespace && t.trimmed().isEmpty())
            return interner.id(QStringLiteral(" "));
        return interner.id(t);
    };
    for (const Range &r : ta)
        ia.push_back(key(a, r));
    for (const Range &r : tb)
        ib.push_back(key(b, r));
    if (std::max(ia.size(), ib.size()) > kLongLineTokens) {
        std::unordered_map<int, int> counts;
        for (int t : ia)
            ++counts[t];
        size_t shared = 0;
        for (int t : ib)
            if (auto it = counts.find(t); it != counts.end() && it->second > 0) {
                --it->second;
                ++shared;
            }
        if (double(shared) < kLongLineMinShared * double(std::max(ia.size(), ib.size())))
            return whole();
    }
    const std::vector<EditStep> script = editScript(ia, ib);
    std::vector<Range> ra, rb;
    int commonChars = 0;
    for (const EditStep &s : script) {
        if (s.type == 0) {
            const Range &r = ta[size_t(s.aIndex)];
            if (!a.mid(r.start, r.length).trimmed().isEmpty())
                commonChars += r.length;
        } else if (s.type < 0) {
            const Range &r = ta[size_t(s.aIndex)];
            if (!(ignoreWhitespace && a.mid(r.start, r.length).trimmed().isEmpty()))
                ra.push_back(r);
        } else {
            const Range &r = tb[size_t(s.bIndex)];
            if (!(ignoreWhitespace && b.mid(r.start, r.length).trimmed().isEmpty()))
                rb.push_back(r);
        }
    }
    // Less than a fifth in common: word highlights would be confetti; mark the lines instead.
    const int longer = int(std::max(a.size(), b.size()));
    if (longer > 0 && commonChars * 5 < longer && !(ra.empty() || rb.empty()))
        return whole();
    return {mergeRanges(std::move(ra)), mergeRanges(std::move(rb))};
}

DiffDocument diffLines(const QStringList &a, const QStringList &b, const TextDiffOptions &options)
{
    Interner interner;
    std::vector<int> ia, ib;
    ia.reserve(size_t(a.size()));
    ib.reserve(size_t(b.size()));
    for (const QString &l : a)
        ia.push_back(interner.id(options.ignoreWhitespace ? squashWhitespace(l) : l));
    for (const QString &l : b)
        ib.push_back(interner.id(options.ignoreWhitespace ? squashWhitespace(l) : l));

    DiffDocument doc;
    doc.kind = DiffKind::Text;
    doc.rows.reserve(size_t(std::max(a.size(), b.size())));
    std::vector<int> dels, ins;
    for (const EditStep &s : editScript(ia, ib)) {
        if (s.type < 0) {
            dels.push_back(s.aIndex);
        } else if (s.type > 0) {
            ins.push_back(s.bIndex);
        } else {
            flushHunk(doc, a, b, dels, ins, options);
            DiffRow row;
            row.leftLine = s.aIndex + 1;
            row.rightLine = s.bIndex + 1;
            row.left = a[s.aIndex];
            row.right = b[s.bIndex];
            doc.rows.push_back(std::move(row));
        }
    }
    flushHunk(doc, a, b, dels, ins, options);
    doc.recount();
    return doc;
}

DiffDocument diffText(const QString &a, const QString &b, const TextDiffOptions &options)
{
    return diffLines(splitLines(a), splitLines(b), options);
}

} // namespace spanscope::diff
