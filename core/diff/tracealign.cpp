#include "diff/tracealign.h"

#include <algorithm>
#include <cmath>
#include <tuple>
#include <map>
#include <set>

namespace spanscope::diff {

namespace {

using Kids = std::vector<std::vector<int>>;

Kids childrenOf(const std::vector<AlignSpan> &spans, std::vector<int> &roots)
{
    Kids kids(spans.size());
    for (size_t i = 0; i < spans.size(); ++i) {
        const int p = spans[i].parent;
        (p >= 0 && size_t(p) < spans.size() ? kids[size_t(p)] : roots).push_back(int(i));
    }
    // Sibling order by start time (pre-order breaks ties), so "the second call" means the same
    // thing in both traces even when sources list spans differently.
    auto byStart = [&](int x, int y) {
        const auto &a = spans[size_t(x)], &b = spans[size_t(y)];
        if (a.startNs != b.startNs)
            return a.startNs.value_or(INT64_MAX) < b.startNs.value_or(INT64_MAX);
        return x < y;
    };
    std::sort(roots.begin(), roots.end(), byStart);
    for (auto &k : kids)
        std::sort(k.begin(), k.end(), byStart);
    return kids;
}

double nameSimilarity(const std::string &a, const std::string &b)
{
    if (a.empty() && b.empty())
        return 1.0;
    std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j)
        prev[j] = j;
    for (size_t i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (size_t j = 1; j <= b.size(); ++j) {
            const bool same = std::tolower(static_cast<unsigned char>(a[i - 1]))
                == std::tolower(static_cast<unsigned char>(b[j - 1]));
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (same ? 0 : 1)});
        }
        std::swap(prev, cur);
    }
    return 1.0 - double(prev[b.size()]) / double(std::max(a.size(), b.size()));
}

class Aligner {
public:
    Aligner(const std::vector<AlignSpan> &l, const std::vector<AlignSpan> &r)
        : L(l), R(r)
    {
        lk = childrenOf(L, lroots);
        rk = childrenOf(R, rroots);
    }

    TraceAlignment run()
    {
        alignLevel(lroots, rroots, 0, std::string());
        for (const AlignedSpan &s : out.spans) {
            switch (s.status) {
            case AlignedSpan::Status::Same:
                ++out.totals.same;
                break;
            case AlignedSpan::Status::Changed:
                ++out.totals.changed;
                break;
            case AlignedSpan::Status::Added:
                ++out.totals.added;
                break;
            case AlignedSpan::Status::Removed:
                ++out.totals.removed;
                break;
            }
            out.totals.reordered += s.reordered ? 1 : 0;
        }
        return std::move(out);
    }

private:
    const std::vector<AlignSpan> &L, &R;
    Kids lk, rk;
    std::vector<int> lroots, rroots;
    TraceAlignment out;

    std::set<std::string> childNames(const Kids &kids, const std::vector<AlignSpan> &spans, int i) const
    {
        std::set<std::string> names;
        for (int c : kids[size_t(i)])
            names.insert(spans[size_t(c)].name);
        return names;
    }

    // 0..1: how likely b is a renamed a. Names weigh most; shared child names and the same
    // model support it (two unrelated leaf tools stay added + removed).
    double renameScore(int a, int b) const
    {
        const std::set<std::string> ca = childNames(lk, L, a), cb = childNames(rk, R, b);
        double score = 0.7 * nameSimilarity(L[size_t(a)].name, R[size_t(b)].name);
        if (!ca.empty() && !cb.empty()) {
            size_t common = 0;
            for (const auto &n : ca)
                common += cb.count(n);
            score += 0.3 * double(common) / double(ca.size() + cb.size() - common);
        }
        // The same model at the same call site is strong evidence across sources, where one
        // names a generation by its step ("plan-next-step") and the other by its call ("chat gpt-4o").
        if (!L[size_t(a)].model.empty() && L[size_t(a)].model == R[size_t(b)].model)
            score += 0.35;
        return score;
    }

    // Matches one sibling list against the other: left index in `ls` -> right index in `rs`.
    std::vector<int> matchSiblings(const std::vector<int> &ls, const std::vector<int> &rs, std::vector<char> &renamed)
    {
        std::vector<int> match(ls.size(), -1);
        std::vector<char> rightUsed(rs.size(), 0);
        renamed.assign(ls.size(), 0);
        // Pass 1: same name and type, k-th with k-th. Pass 2: same name, any type (sources map
        // span kinds differently).
        for (int pass = 0; pass < 2; ++pass) {
            std::map<std::string, std::vector<size_t>> rightByKey;
            for (size_t j = 0; j < rs.size(); ++j)
                if (!rightUsed[j]) {
                    const AlignSpan &s = R[size_t(rs[j])];
                    rightByKey[pass == 0 ? s.name + '\x1f' + s.type : s.name].push_back(j);
                }
            std::map<std::string, size_t> taken;
            for (size_t i = 0; i < ls.size(); ++i) {
                if (match[i] >= 0)
                    continue;
                const AlignSpan &s = L[size_t(ls[i])];
                const std::string key = pass == 0 ? s.name + '\x1f' + s.type : s.name;
                auto it = rightByKey.find(key);
                if (it == rightByKey.end())
                    continue;
                size_t &k = taken[key];
                if (k < it->second.size()) {
                    match[i] = int(it->second[k]);
                    rightUsed[it->second[k]] = 1;
                    ++k;
                }
            }
        }
        // Pass 3: renamed spans. Leftovers of one type pair up when they are the only ones of
        // that type on both sides, or when name, children and model are similar enough.
        std::map<std::string, std::pair<std::vector<size_t>, std::vector<size_t>>> byType;
        for (size_t i = 0; i < ls.size(); ++i)
            if (match[i] < 0)
                byType[L[size_t(ls[i])].type].first.push_back(i);
        for (size_t j = 0; j < rs.size(); ++j)
            if (!rightUsed[j])
                byType[R[size_t(rs[j])].type].second.push_back(j);
        for (auto &[type, sides] : byType) {
            auto &[li, rj] = sides;
            if (li.empty() || rj.empty())
                continue;
            const bool sole = li.size() == 1 && rj.size() == 1;
            // Rename detection is quadratic: for huge sibling lists the leftovers stay added/removed.
            if (li.size() * rj.size() > 10000)
                continue;
            std::vector<std::tuple<double, size_t, size_t>> cands;
            for (size_t x = 0; x < li.size(); ++x)
                for (size_t y = 0; y < rj.size(); ++y) {
                    const size_t i = li[x], j = rj[y];
                    // Prefer partners at the same relative position among the leftovers.
                    const double pos = 1.0 - std::abs(double(x) / double(li.size()) - double(y) / double(rj.size()));
                    const double score = renameScore(ls[i], rs[j]) + (sole ? 0.0 : 0.1 * pos);
                    if (score >= (sole ? 0.35 : 0.45))
                        cands.emplace_back(score, i, j);
                }
            std::stable_sort(cands.begin(), cands.end(),
                             [](const auto &x, const auto &y) { return std::get<0>(x) > std::get<0>(y); });
            for (const auto &[score, i, j] : cands) {
                if (match[i] >= 0 || rightUsed[j])
                    continue;
                match[i] = int(j);
                rightUsed[j] = 1;
                renamed[i] = 1;
            }
        }
        return match;
    }

    static std::string childPath(const std::string &parentPath, const AlignSpan &s, int ordinal)
    {
        std::string p = parentPath.empty() ? std::string() : parentPath + '/';
        p += s.name.empty() ? std::string("(unnamed)") : s.name;
        if (ordinal > 0)
            p += '#' + std::to_string(ordinal + 1);
        return p;
    }

    void emitOneSided(int idx, bool leftSide, int depth, const std::string &parentPath, int ordinal)
    {
        const std::vector<AlignSpan> &spans = leftSide ? L : R;
        AlignedSpan a;
        a.status = leftSide ? AlignedSpan::Status::Removed : AlignedSpan::Status::Added;
        (leftSide ? a.left : a.right) = idx;
        a.depth = depth;
        a.path = childPath(parentPath, spans[size_t(idx)], ordinal);
        out.spans.push_back(a);
        const std::string path = a.path;
        const Kids &kids = leftSide ? lk : rk;
        std::map<std::string, int> ordinals;
        for (int c : kids[size_t(idx)])
            emitOneSided(c, leftSide, depth + 1, path, ordinals[spans[size_t(c)].name]++);
    }

    void alignLevel(const std::vector<int> &ls, const std::vector<int> &rs, int depth, const std::string &parentPath)
    {
        std::vector<char> renamed;
        const std::vector<int> match = matchSiblings(ls, rs, renamed);
        std::vector<int> leftOf(rs.size(), -1);
        for (size_t i = 0; i < ls.size(); ++i)
            if (match[i] >= 0)
                leftOf[size_t(match[i])] = int(i);

        // Reordered: matched pairs outside the longest run kept in the same order on both sides.
        std::vector<size_t> order; // left positions of matches, in right order
        for (size_t j = 0; j < rs.size(); ++j)
            if (leftOf[j] >= 0)
                order.push_back(size_t(leftOf[j]));
        std::vector<char> inOrder(ls.size(), 0);
        {
            std::vector<size_t> tails, tailIdx;
            std::vector<int> prev(order.size(), -1);
            for (size_t k = 0; k < order.size(); ++k) {
                const size_t pos = size_t(std::lower_bound(tails.begin(), tails.end(), order[k]) - tails.begin());
                if (pos == tails.size()) {
                    tails.push_back(order[k]);
                    tailIdx.push_back(k);
                } else {
                    tails[pos] = order[k];
                    tailIdx[pos] = k;
                }
                prev[k] = pos > 0 ? int(tailIdx[pos - 1]) : -1;
            }
            for (int k = tailIdx.empty() ? -1 : int(tailIdx.back()); k >= 0; k = prev[size_t(k)])
                inOrder[order[size_t(k)]] = 1;
        }

        std::map<std::string, int> leftOrdinals, rightOrdinals;
        std::vector<int> leftOrdinal(ls.size()), rightOrdinal(rs.size());
        for (size_t i = 0; i < ls.size(); ++i)
            leftOrdinal[i] = leftOrdinals[L[size_t(ls[i])].name]++;
        for (size_t j = 0; j < rs.size(); ++j)
            rightOrdinal[j] = rightOrdinals[R[size_t(rs[j])].name]++;

        // Display in right order; removed spans appear where they sat on the left.
        size_t nextLeft = 0;
        std::vector<char> leftDone(ls.size(), 0);
        auto flushRemovedBefore = [&](size_t limit) {
            for (; nextLeft < limit; ++nextLeft)
                if (match[nextLeft] < 0 && !leftDone[nextLeft]) {
                    leftDone[nextLeft] = 1;
                    emitOneSided(ls[nextLeft], true, depth, parentPath, leftOrdinal[nextLeft]);
                }
        };
        for (size_t j = 0; j < rs.size(); ++j) {
            const int li = leftOf[j];
            if (li < 0) {
                emitOneSided(rs[j], false, depth, parentPath, rightOrdinal[j]);
                continue;
            }
            if (inOrder[size_t(li)])
                flushRemovedBefore(size_t(li));
            const AlignSpan &a = L[size_t(ls[size_t(li)])], &b = R[size_t(rs[j])];
            AlignedSpan p;
            p.left = ls[size_t(li)];
            p.right = rs[j];
            p.depth = depth;
            p.path = childPath(parentPath, b, rightOrdinal[j]);
            p.renamed = renamed[size_t(li)] && a.name != b.name;
            p.typeChanged = a.type != b.type;
            p.modelChanged = a.model != b.model;
            p.inputChanged = a.inputHash != b.inputHash;
            p.outputChanged = a.outputHash != b.outputHash;
            p.errorChanged = a.error != b.error;
            p.reordered = !inOrder[size_t(li)];
            const bool changed = p.renamed || p.typeChanged || p.modelChanged || p.inputChanged || p.outputChanged
                || p.errorChanged;
            p.status = changed ? AlignedSpan::Status::Changed : AlignedSpan::Status::Same;
            out.spans.push_back(p);
            alignLevel(lk[size_t(p.left)], rk[size_t(p.right)], depth + 1, p.path);
        }
        flushRemovedBefore(ls.size());
    }
};

} // namespace

TraceAlignment alignTraces(const std::vector<AlignSpan> &left, const std::vector<AlignSpan> &right)
{
    return Aligner(left, right).run();
}

const char *statusName(AlignedSpan::Status s)
{
    switch (s) {
    case AlignedSpan::Status::Same:
        return "same";
    case AlignedSpan::Status::Changed:
        return "changed";
    case AlignedSpan::Status::Added:
        return "added";
    case AlignedSpan::Status::Removed:
        return "removed";
    }
    return "same";
}

} // namespace spanscope::diff
