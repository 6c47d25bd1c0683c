// SPDX-License-Identifier: Apache-2.0
#include "networkdata.h"

#include "refdata/refdata.h"

#include <QHash>
#include <QMap>

#include <algorithm>
#include <tuple>

namespace ksd {

namespace {

/// Region codes as small integers, each checked against the reference data once. The national map has over
/// 100,000 suggestions: string lookups per suggestion would dominate the build.
class Interner
{
public:
    /// The id of @p code, or -1 when it is empty or unknown.
    int id(const QString &code)
    {
        // Suggestions come sorted by region: the previous answer is often the right one.
        if (mLastId >= 0 && code == mCodes[mLastId])
            return mLastId;
        auto it = mIds.constFind(code);
        int id;
        if (it != mIds.cend()) {
            id = *it;
        } else {
            id = int(mCodes.size());
            mIds.insert(code, id);
            mCodes.append(code);
            const Region *r = code.isEmpty() ? nullptr : RefData::instance().region(code);
            mKnown.append(r != nullptr);
            mProvince.append(r ? r->provinceCode : QString());
        }
        if (!mKnown[id])
            return -1;
        mLastId = id;
        return id;
    }
    const QString &code(int id) const { return mCodes[id]; }
    const QString &province(int id) const { return mProvince[id]; }

private:
    QHash<QString, int> mIds;
    QStringList mCodes;
    QList<bool> mKnown;
    QStringList mProvince;
    int mLastId = -1;
};

/// Key of a link: the pair (ordered by id; by code once, when the link is made) and the kind.
qint64 linkKey(int x, int y, LinkKind kind)
{
    if (y < x)
        std::swap(x, y);
    return (qint64(x) << 24) | (qint64(y) << 4) | int(kind);
}

/// Collects links by key; the result is sorted by (a, b, kind), so it never depends on hash order.
class LinkCollector
{
public:
    explicit LinkCollector(const Interner &in) : mIn(in) {}

    NetworkLink &at(qint64 key)
    {
        auto it = mIndex.constFind(key);
        if (it != mIndex.cend())
            return mLinks[*it];
        NetworkLink l;
        l.a = mIn.code(int(key >> 24));
        l.b = mIn.code(int((key >> 4) & 0xfffff));
        if (l.b < l.a)
            std::swap(l.a, l.b);
        l.kind = LinkKind(key & 0xf);
        l.seaBorder = l.kind < LinkKind::Proposal
                      && RefData::instance().adjacency(l.a, l.b).kind == Adjacency::Sea;
        mIndex.insert(key, int(mLinks.size()));
        mLinks.append(l);
        return mLinks.last();
    }
    QList<NetworkLink> take()
    {
        for (NetworkLink &l : mLinks) {
            std::sort(l.urusan.begin(), l.urusan.end());
            l.urusan.erase(std::unique(l.urusan.begin(), l.urusan.end()), l.urusan.end());
            l.urusan.removeAll(QString());
        }
        std::sort(mLinks.begin(), mLinks.end(), [](const NetworkLink &p, const NetworkLink &q) {
            if (p.a != q.a)
                return p.a < q.a;
            if (p.b != q.b)
                return p.b < q.b;
            return int(p.kind) < int(q.kind);
        });
        mIndex.clear();
        return std::move(mLinks);
    }

private:
    const Interner &mIn;
    QHash<qint64, int> mIndex;
    QList<NetworkLink> mLinks;
};

QString provinceOf(const QString &code)
{
    const Region *r = RefData::instance().region(code);
    return r ? r->provinceCode : code.left(2);
}

} // namespace

QString NetworkLink::key() const
{
    return a + QLatin1Char('|') + b + QLatin1Char('|') + linkKindKey(kind);
}

NetworkData NetworkData::build(const Project &project, const SuggestionSet &set, const NetworkFilter &filter)
{
    const RefData &ref = RefData::instance();
    NetworkData out;
    Interner in;
    auto inProvince = [&filter, &in](int id) {
        return filter.province.isEmpty() || in.code(id) == filter.province || in.province(id) == filter.province;
    };

    // Every link, unfiltered (layout and node set), and the shown ones. Without a filter they are the same: the
    // common case collects once.
    const bool unfiltered = filter == NetworkFilter();
    LinkCollector all(in);
    LinkCollector shown(in);
    auto addSuggestionLink = [&](int x, int y, LinkKind kind, int index, const Suggestion &s, bool show) {
        if (x < 0 || y < 0 || x == y)
            return;
        const qint64 key = linkKey(x, y, kind);
        if (!unfiltered)
            all.at(key).suggestions.append(index);
        if (!show)
            return;
        NetworkLink &v = shown.at(key);
        v.suggestions.append(index);
        v.urusan.append(s.urusan);
        v.score = std::max(v.score, s.score);
    };
    for (int i = 0; i < set.suggestions.size(); ++i) {
        const Suggestion &s = set.suggestions[i];
        const auto kind = linkKindOf(s.cls);
        if (!kind)
            continue;
        const int ia = in.id(s.regionA);
        const int ib = in.id(s.regionB);
        const bool show = filter.showsKind(*kind) && filter.showsUrusan(s.urusan)
                          && ((ia >= 0 && inProvince(ia)) || (ib >= 0 && inProvince(ib)));
        if (*kind != LinkKind::RujukProvinsi) {
            addSuggestionLink(ia, ib, *kind, i, s, show); // the common case, without a list per suggestion
            continue;
        }
        for (const auto &[x, y] : suggestionMapPairs(s.regionA, s.regionB, s.cls, s.referTo)) {
            const int r = in.id(x);
            addSuggestionLink(r, in.id(y), *kind, i, s, show && r >= 0 && inProvince(r));
        }
    }
    auto addRecordLink = [&](int x, int y, LinkKind kind, const QUuid &id, const QString &urusan, bool show) {
        if (x < 0 || y < 0 || x == y)
            return;
        const qint64 key = linkKey(x, y, kind);
        if (!unfiltered)
            all.at(key).records.append(id);
        if (show && (inProvince(x) || inProvince(y))) {
            NetworkLink &v = shown.at(key);
            v.records.append(id);
            v.urusan.append(urusan);
        }
    };
    for (const Proposal &p : project.proposals) {
        const bool show = filter.showsKind(LinkKind::Proposal) && filter.showsUrusan(p.urusanCode);
        for (const auto &[x, y] : proposalMapPairs(p))
            addRecordLink(in.id(x), in.id(y), LinkKind::Proposal, p.meta.id, p.urusanCode, show);
    }
    for (const Agreement &a : project.agreements) {
        const bool show = filter.showsKind(LinkKind::Agreement) && filter.showsUrusan(a.urusanCode)
                          && (filter.stages.isEmpty() || filter.stages.contains(a.stage));
        for (const auto &[x, y] : agreementMapPairs(a, project.ownerRegion))
            addRecordLink(in.id(x), in.id(y), LinkKind::Agreement, a.meta.id, a.urusanCode, show);
    }
    out.links = shown.take();
    const QList<NetworkLink> allLinks = unfiltered ? out.links : all.take();

    // Nodes: the scope and every region an (unfiltered) link reaches, sorted by code.
    QMap<QString, NetworkNode> nodes;
    auto codeInProvince = [&filter](const QString &code) {
        return filter.province.isEmpty() || code == filter.province || provinceOf(code) == filter.province;
    };
    for (const QString &c : project.scope) {
        if (ref.region(c))
            nodes.insert(c, NetworkNode{c, true, c == project.ownerRegion, 0, 0, 0, codeInProvince(c)});
    }
    for (const NetworkLink &l : allLinks) {
        for (const QString &c : {l.a, l.b}) {
            if (!nodes.contains(c))
                nodes.insert(c, NetworkNode{c, false, c == project.ownerRegion, 0, 0, 0, false});
        }
        double w = 1.0;
        switch (l.kind) {
        case LinkKind::Agreement: w = 2.0; break;
        case LinkKind::Proposal: w = 1.5; break;
        case LinkKind::Wajib: w = 1.2; break;
        case LinkKind::RujukProvinsi: w = 0.4; break;
        default: w = 0.8; break;
        }
        out.layoutLinks.append(LayoutLink{l.a, l.b, w * std::min(l.count(), 4)});
    }
    for (const NetworkLink &l : std::as_const(out.links)) {
        for (const QString &c : {l.a, l.b}) {
            NetworkNode &n = nodes[c];
            n.visible = true;
            n.bestScore = std::max(n.bestScore, l.score);
        }
    }
    out.nodes.reserve(nodes.size());
    for (const NetworkNode &n : std::as_const(nodes))
        out.nodes.append(n);
    QHash<QString, int> nodeIndex;
    nodeIndex.reserve(out.nodes.size());
    for (int i = 0; i < out.nodes.size(); ++i)
        nodeIndex.insert(out.nodes[i].code, i);
    int last = -1;
    for (const Entry &e : project.entries) {
        if (e.meta.deleted || !filter.showsUrusan(e.urusanCode))
            continue;
        if (last < 0 || out.nodes[last].code != e.regionCode)
            last = nodeIndex.value(e.regionCode, -1);
        if (last < 0)
            continue;
        if (e.kind == EntryKind::Potensi)
            ++out.nodes[last].potensi;
        else
            ++out.nodes[last].kebutuhan;
    }

    // Clusters whose members are all drawn.
    if (filter.clusters) {
        for (int i = 0; i < set.clusters.size(); ++i) {
            const Cluster &c = set.clusters[i];
            const auto kind = linkKindOf(c.cls);
            if (!kind || !filter.showsKind(*kind) || !filter.showsUrusan(c.urusan) || c.members.size() < 2)
                continue;
            bool ok = true;
            bool touches = false;
            for (const QString &m : c.members) {
                ok = ok && nodes.contains(m);
                touches = touches || codeInProvince(m);
            }
            if (ok && touches)
                out.clusters.append(i);
        }
        // Hundreds of overlapping hulls say nothing: beyond MaxHulls only the strongest stay.
        if (out.clusters.size() > MaxHulls) {
            out.hiddenClusters = int(out.clusters.size()) - MaxHulls;
            std::stable_sort(out.clusters.begin(), out.clusters.end(), [&set](int x, int y) {
                return set.clusters[x].score > set.clusters[y].score;
            });
            out.clusters.resize(MaxHulls);
            std::sort(out.clusters.begin(), out.clusters.end());
        }
    }
    return out;
}

int NetworkData::indexOfNode(const QString &code) const
{
    const auto it = std::lower_bound(nodes.cbegin(), nodes.cend(), code,
                                     [](const NetworkNode &n, const QString &c) { return n.code < c; });
    return it != nodes.cend() && it->code == code ? int(it - nodes.cbegin()) : -1;
}

QStringList NetworkData::partnersOf(const QString &code) const
{
    QStringList out;
    for (const NetworkLink &l : links) {
        const QString other = l.a == code ? l.b : (l.b == code ? l.a : QString());
        if (!other.isEmpty() && !out.contains(other))
            out.append(other);
    }
    std::sort(out.begin(), out.end());
    return out;
}

SuggestionSet computeMapSuggestions(const Project &project)
{
    EngineOptions options;
    options.allocation = false;
    options.hubs = false;
    return SuggestionEngine::run(project, options);
}

} // namespace ksd
