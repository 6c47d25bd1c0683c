// SPDX-License-Identifier: Apache-2.0
// A generated sharing round (issue 8): a seeded random project, five perangkat daerah copies with random edits,
// deletions, additions and overlapping changes, merged back. Ground truth is kept while generating, so the tests
// know exactly which records each side touched.
#include "helpers.h"

#include "merge/merge.h"

#include <QRandomGenerator>
#include <QSet>

#include <algorithm>

#include <catch2/catch.hpp>

using namespace ksd;

namespace {

const QDateTime T0 = QDateTime(QDate(2024, 3, 1), QTime(8, 0), Qt::UTC); // base time of every copy
const QStringList Pool = {QStringLiteral("1.01"), QStringLiteral("1.02"), QStringLiteral("1.03"),
                          QStringLiteral("2.09"), QStringLiteral("2.11"), QStringLiteral("2.15"),
                          QStringLiteral("3.25"), QStringLiteral("3.27")};
const QString Coordinator = QStringLiteral("Bagian Pemerintahan");

/// Records a side touched: id → true when it deleted the record, false when it changed it.
using Touch = QHash<QUuid, bool>;

struct Pd
{
    QString name;
    QStringList urusan;
};

struct Scenario
{
    Project base;  ///< the project when the copies were made (T0)
    Project mine;  ///< base plus the coordinator's own edits after T0
    QList<Pd> pds;
    QList<Project> copies;
    Touch mineTouch;
    QList<Touch> touches;
    QList<QSet<QUuid>> added;   ///< live records added in each copy
    QSet<QUuid> addedAndDeleted; ///< added and deleted again inside a copy: never taken
};

class Gen
{
public:
    explicit Gen(quint32 seed) : mRng(seed) {}

    int below(int n) { return int(mRng.bounded(n)); }
    bool chance(double p) { return mRng.generateDouble() < p; }
    QUuid id()
    {
        return QUuid(mRng.generate(), ushort(mRng.generate()), ushort(mRng.generate()), uchar(below(256)),
                     uchar(below(256)), uchar(below(256)), uchar(below(256)), uchar(below(256)), uchar(below(256)),
                     uchar(below(256)), uchar(below(256)));
    }
    /// Strictly increasing times after T0, one per edit.
    QDateTime tick() { return T0.addMSecs(++mClock); }
    RecordMeta oldMeta()
    {
        const QDateTime created = T0.addSecs(-1000000 + below(500000));
        return RecordMeta{id(), created, created.addSecs(below(400000)), QStringLiteral("Bappeda"), chance(0.05)};
    }
    RecordMeta newMeta(const QString &by)
    {
        const QDateTime t = tick();
        return RecordMeta{id(), t, t, by, false};
    }
    QString urusan(const QStringList &filter)
    {
        return filter.isEmpty() ? Pool[below(int(Pool.size()))] : filter[below(int(filter.size()))];
    }

    Entry entry(RecordMeta meta, const QString &urusan)
    {
        Entry e;
        e.meta = meta;
        e.kind = chance(0.5) ? EntryKind::Potensi : EntryKind::Kebutuhan;
        e.regionCode = QStringLiteral("63.03");
        e.urusanCode = urusan;
        e.title = QStringLiteral("Isian %1").arg(below(100000));
        e.priority = 1 + below(5);
        e.magnitude = below(1000) / 4.0;
        e.extLocation = Evidence(below(3));
        e.sourcePd = QStringLiteral("Bappeda");
        e.year = 2024;
        return e;
    }
    Proposal proposal(RecordMeta meta, const QString &urusan)
    {
        Proposal x;
        x.meta = meta;
        x.regionCode = QStringLiteral("63.03");
        x.urusanCode = urusan;
        x.title = QStringLiteral("Usulan %1").arg(below(100000));
        x.estimatedCost = 1e6 * (1 + below(100));
        return x;
    }
    Agreement agreement(RecordMeta meta, const QString &urusan)
    {
        Agreement a;
        a.meta = meta;
        a.urusanCode = urusan;
        a.category = Category(1 + below(3));
        a.title = QStringLiteral("Kerja sama %1").arg(below(100000));
        a.startDate = QDate(2023, 1, 1).addDays(below(700));
        a.endDate = a.startDate.addYears(3);
        return a;
    }
    MonevRecord monev(RecordMeta meta, const QUuid &agreement)
    {
        MonevRecord m;
        m.meta = meta;
        m.agreementId = agreement;
        m.date = QDate(2024, 1, 1).addDays(below(60));
        m.rating = 1 + below(5);
        m.scores[std::size_t(below(MonevCriterionCount))] = 1 + below(5);
        return m;
    }
    AttachedDocument document(RecordMeta meta, const QUuid &agreement)
    {
        AttachedDocument d;
        d.meta = meta;
        d.agreementId = agreement;
        d.kind = QStringLiteral("pks");
        d.fileName = QStringLiteral("dok-%1.pdf").arg(below(100000));
        d.data = QByteArray(16 + below(64), char('a' + below(26)));
        return d;
    }

private:
    QRandomGenerator mRng;
    qint64 mClock = 0;
};

void edit(Entry &e, const QString &marker)
{
    e.title += QStringLiteral(" [%1]").arg(marker);
    e.priority = e.priority % 5 + 1;
}
void edit(Proposal &x, const QString &marker)
{
    x.title += QStringLiteral(" [%1]").arg(marker);
    x.estimatedCost = x.estimatedCost.value_or(0) + 1000;
}
void edit(Agreement &a, const QString &marker)
{
    a.title += QStringLiteral(" [%1]").arg(marker);
    a.funding = marker;
}
void edit(MonevRecord &m, const QString &marker)
{
    m.kendala += QStringLiteral(" [%1]").arg(marker);
    m.rating = m.rating % 5 + 1;
}
void edit(AttachedDocument &d, const QString &marker)
{
    d.fileName += QStringLiteral(" [%1]").arg(marker);
}

template<typename F>
void forEachList(Project &p, F f)
{
    f(p.entries);
    f(p.proposals);
    f(p.agreements);
    f(p.monev);
    f(p.documents);
}
template<typename F>
void forEachList(const Project &p, F f)
{
    f(p.entries);
    f(p.proposals);
    f(p.agreements);
    f(p.monev);
    f(p.documents);
}

QList<QUuid> liveIds(const Project &p)
{
    QList<QUuid> ids;
    forEachList(p, [&](const auto &list) {
        for (const auto &r : list) {
            if (!r.meta.deleted)
                ids.append(r.meta.id);
        }
    });
    return ids;
}

QSet<QUuid> allIds(const Project &p)
{
    QSet<QUuid> ids;
    forEachList(p, [&](const auto &list) {
        for (const auto &r : list)
            ids.insert(r.meta.id);
    });
    return ids;
}

/// Changes or deletes the records @p chosen in @p p, as @p by, recording what it did in @p touch.
void touchRecords(Gen &g, Project &p, const QSet<QUuid> &chosen, const QString &by, double deleteChance, Touch &touch)
{
    forEachList(p, [&](auto &list) {
        for (auto &r : list) {
            if (!chosen.contains(r.meta.id) || r.meta.deleted)
                continue;
            const bool del = g.chance(deleteChance);
            if (del)
                r.meta.deleted = true;
            else
                edit(r, by);
            r.meta.modified = g.tick();
            r.meta.modifiedBy = by;
            touch.insert(r.meta.id, del);
        }
    });
}

QSet<QUuid> sample(Gen &g, const QList<QUuid> &ids, double share)
{
    QSet<QUuid> out;
    for (const QUuid &id : ids) {
        if (g.chance(share))
            out.insert(id);
    }
    return out;
}

Project makeBase(Gen &g)
{
    Project p = Project::create(QStringLiteral("63.03"), QStringLiteral("Pemetaan KSD skenario"), 2024);
    p.projectId = g.id();
    p.created = T0.addDays(-30);
    p.modified = T0.addDays(-1);
    for (int i = 0; i < 120; ++i)
        p.entries.append(g.entry(g.oldMeta(), g.urusan({})));
    for (int i = 0; i < 40; ++i)
        p.proposals.append(g.proposal(g.oldMeta(), g.urusan({})));
    for (int i = 0; i < 20; ++i) {
        const Agreement a = g.agreement(g.oldMeta(), g.urusan({}));
        p.agreements.append(a);
        for (int k = g.below(3); k > 0; --k)
            p.monev.append(g.monev(g.oldMeta(), a.meta.id));
        if (g.chance(0.5))
            p.documents.append(g.document(g.oldMeta(), a.meta.id));
    }
    return p;
}

/// @p overlap: force copies to touch records the coordinator or earlier copies touched.
Scenario makeScenario(quint32 seed, const QList<Pd> &pds, bool coordinatorEdits, bool overlap)
{
    Gen g(seed);
    Scenario s;
    s.base = makeBase(g);
    s.pds = pds;
    for (const Pd &pd : pds)
        s.copies.append(makeCopy(s.base, pd.name, pd.urusan, T0));

    s.mine = s.base;
    if (coordinatorEdits)
        touchRecords(g, s.mine, sample(g, liveIds(s.mine), 0.08), Coordinator, 0.25, s.mineTouch);

    for (qsizetype i = 0; i < s.copies.size(); ++i) {
        Project &c = s.copies[i];
        const QString pd = pds[i].name;
        const QList<QUuid> live = liveIds(c);
        QSet<QUuid> chosen = sample(g, live, 0.12);
        if (overlap) {
            int forced = 0;
            for (const QUuid &id : live) {
                if (forced < 3 && s.mineTouch.contains(id)) {
                    chosen.insert(id);
                    ++forced;
                }
            }
            forced = 0;
            for (qsizetype j = 0; j < i; ++j) {
                for (const QUuid &id : live) {
                    if (forced < 3 && s.touches[j].contains(id)) {
                        chosen.insert(id);
                        ++forced;
                    }
                }
            }
        }
        Touch touch;
        touchRecords(g, c, chosen, pd, 0.2, touch);
        s.touches.append(touch);

        QSet<QUuid> added;
        for (int k = 0; k < 4; ++k) {
            Entry e = g.entry(g.newMeta(pd), g.urusan(pds[i].urusan));
            added.insert(e.meta.id);
            c.entries.append(e);
        }
        for (int k = 0; k < 2; ++k) {
            Proposal x = g.proposal(g.newMeta(pd), g.urusan(pds[i].urusan));
            added.insert(x.meta.id);
            c.proposals.append(x);
        }
        QList<QUuid> agreements;
        for (const Agreement &a : c.agreements) {
            if (!a.meta.deleted)
                agreements.append(a.meta.id);
        }
        if (!agreements.isEmpty()) {
            MonevRecord m = g.monev(g.newMeta(pd), agreements[g.below(int(agreements.size()))]);
            added.insert(m.meta.id);
            c.monev.append(m);
            AttachedDocument d = g.document(g.newMeta(pd), agreements[g.below(int(agreements.size()))]);
            added.insert(d.meta.id);
            c.documents.append(d);
        }
        Entry typo = g.entry(g.newMeta(pd), g.urusan(pds[i].urusan));
        typo.meta.deleted = true;
        typo.meta.modified = g.tick();
        s.addedAndDeleted.insert(typo.meta.id);
        c.entries.append(typo);
        s.added.append(added);
    }
    return s;
}

const QList<Pd> OverlappingPds = {
    {QStringLiteral("Bappeda Litbang"), {}},
    {QStringLiteral("Dinas Pendidikan"), {QStringLiteral("1.01"), QStringLiteral("1.02")}},
    {QStringLiteral("Dinas Lingkungan Hidup"), {QStringLiteral("2.11")}},
    {QStringLiteral("Dinas Pertanian"), {QStringLiteral("3.25"), QStringLiteral("2.15")}},
    {QStringLiteral("Dinas PUPR"), {QStringLiteral("1.03"), QStringLiteral("2.09"), QStringLiteral("3.27"),
                                    QStringLiteral("2.11")}},
};

const QList<Pd> DisjointPds = {
    {QStringLiteral("Dinas Pendidikan"), {QStringLiteral("1.01")}},
    {QStringLiteral("Dinas Kesehatan"), {QStringLiteral("1.02"), QStringLiteral("1.03")}},
    {QStringLiteral("Dinas Perhubungan"), {QStringLiteral("2.09")}},
    {QStringLiteral("Dinas Lingkungan Hidup"), {QStringLiteral("2.11"), QStringLiteral("2.15")}},
    {QStringLiteral("Dinas Pertanian"), {QStringLiteral("3.25"), QStringLiteral("3.27")}},
};

QList<MergeSource> sources(const Scenario &s, const QList<int> &order)
{
    QList<MergeSource> out;
    for (int i : order)
        out.append({s.copies[i], s.pds[i].name + QStringLiteral(".ksd"), 2, {}});
    return out;
}

QList<int> identity(int n)
{
    QList<int> order;
    for (int i = 0; i < n; ++i)
        order.append(i);
    return order;
}

template<typename T>
const T *findIn(const QList<T> &list, const QUuid &id)
{
    for (const T &r : list) {
        if (r.meta.id == id)
            return &r;
    }
    return nullptr;
}

/// Whether @p a holds exactly the same version of record @p id as @p b (meta included).
bool sameRecord(const Project &a, const Project &b, const QUuid &id)
{
    bool same = false;
    bool found = false;
    auto check = [&](const auto &la, const auto &lb) {
        const auto *ra = findIn(la, id);
        const auto *rb = findIn(lb, id);
        if (ra || rb) {
            found = true;
            same = ra && rb && *ra == *rb;
        }
    };
    check(a.entries, b.entries);
    check(a.proposals, b.proposals);
    check(a.agreements, b.agreements);
    check(a.monev, b.monev);
    check(a.documents, b.documents);
    return found && same;
}

bool isDeleted(const Project &p, const QUuid &id)
{
    bool deleted = false;
    forEachList(p, [&](const auto &list) {
        if (const auto *r = findIn(list, id))
            deleted = r->meta.deleted;
    });
    return deleted;
}

QDateTime modifiedOf(const Project &p, const QUuid &id)
{
    QDateTime t;
    forEachList(p, [&](const auto &list) {
        if (const auto *r = findIn(list, id))
            t = r->meta.modified;
    });
    return t;
}

Project normalised(Project p)
{
    std::sort(p.mergeLog.begin(), p.mergeLog.end(), [](const MergeLogEntry &a, const MergeLogEntry &b) {
        return std::tie(a.sourcePd, a.recordType, a.recordId, a.action)
            < std::tie(b.sourcePd, b.recordType, b.recordId, b.action);
    });
    return p;
}

} // namespace

TEST_CASE("every conflict of each copy is detected, and nothing else", "[merge][scenario]")
{
    const quint32 seed = GENERATE(1u, 2u, 3u, 4u, 5u);
    INFO("seed " << seed);
    const Scenario s = makeScenario(seed, OverlappingPds, true, true);
    int conflictsSeen = 0;
    for (qsizetype i = 0; i < s.copies.size(); ++i) {
        INFO("copy " << i);
        auto plan = planMerge(s.mine, s.copies[i], QStringLiteral("salinan.ksd"));
        REQUIRE(plan.ok());
        QSet<QUuid> changed, deleted, added;
        QHash<QUuid, ConflictKind> conflicts;
        for (auto it = s.touches[i].cbegin(); it != s.touches[i].cend(); ++it) {
            if (s.mineTouch.contains(it.key())) {
                const bool mineDel = s.mineTouch.value(it.key());
                if (mineDel && it.value())
                    continue; // deleted on both sides
                conflicts.insert(it.key(), mineDel ? ConflictKind::DeletedInMine
                                                   : it.value() ? ConflictKind::DeletedInTheirs
                                                                : ConflictKind::BothChanged);
            } else {
                (it.value() ? deleted : changed).insert(it.key());
            }
        }
        added = s.added[i];

        QSet<QUuid> gotChanged, gotDeleted, gotAdded;
        for (const MergeChange &c : plan->changes) {
            (c.kind == ChangeKind::Added ? gotAdded : c.kind == ChangeKind::Changed ? gotChanged : gotDeleted)
                .insert(c.id);
        }
        QHash<QUuid, ConflictKind> gotConflicts;
        for (const MergeConflict &c : plan->conflicts) {
            gotConflicts.insert(c.id, c.kind);
            CHECK_FALSE(c.fields.isEmpty());
            CHECK(c.mine.modifiedBy == Coordinator);
            CHECK(c.theirs.modifiedBy == s.pds[i].name);
        }
        CHECK(gotChanged == changed);
        CHECK(gotDeleted == deleted);
        CHECK(gotAdded == added);
        CHECK(gotConflicts == conflicts);
        CHECK(plan->counts() == MergeCounts{int(added.size()), int(changed.size()), int(deleted.size()),
                                            int(conflicts.size())});
        conflictsSeen += int(conflicts.size());
    }
    CHECK(conflictsSeen >= 5); // the generator forces overlaps: the check above is not vacuous
}

TEST_CASE("merging five copies: nothing lost, deletions kept, the latest edit and the decisions followed", "[merge][scenario]")
{
    const quint32 seed = GENERATE(11u, 12u, 13u);
    const bool preferTheirs = GENERATE(false, true);
    INFO("seed " << seed << (preferTheirs ? " prefer theirs" : " prefer mine"));
    const Scenario s = makeScenario(seed, OverlappingPds, true, true);
    const Project original = s.mine;
    const QDateTime now = T0.addDays(7);
    const Resolutions res = preferTheirs ? Resolutions::allTheirs() : Resolutions::allMine();

    SECTION("without choices the merge stops and lists every conflict")
    {
        auto preview = mergeAll(s.mine, sources(s, identity(5)), {}, now);
        REQUIRE(preview.ok());
        CHECK_FALSE(preview->complete());
        CHECK(preview->unresolved == preview->total().conflicts);
        CHECK(preview->unresolved > 0);
        for (const MergePlan &plan : preview->plans) {
            if (!plan.conflicts.isEmpty())
                CHECK_FALSE(applyMerge(s.mine, plan, {}, now).ok());
        }
    }

    auto outcome = mergeAll(s.mine, sources(s, identity(5)), QList<Resolutions>(5, res), now);
    REQUIRE(outcome.ok());
    REQUIRE(outcome->complete());
    const Project &result = outcome->project;

    // Expected: which version of each record ends up in the result (-1 = mine, i = copy i), which conflicts and
    // which superseded changes each plan holds. Each record is decided over all copies at once: of the copies that
    // touched it, the latest edit (then the PD's name) wins; the others are superseded (logged, not taken). The
    // winner's version is taken, or, against this project's own edit, follows the bulk choice. A copy that
    // deleted a record this project deleted too holds the same version: it competes but takes nothing.
    QHash<QUuid, int> source;
    auto laterEdit = [&](int i, int j, const QUuid &id) {
        const QDateTime ti = modifiedOf(s.copies[i], id);
        const QDateTime tj = modifiedOf(s.copies[j], id);
        return ti > tj || (ti == tj && s.copies[i].copyInfo->forPd > s.copies[j].copyInfo->forPd);
    };
    auto same = [&](int i, const QUuid &id) { return s.mineTouch.value(id, false) && s.touches[i].value(id); };
    QList<QSet<QUuid>> expectConflicts(5), expectSuperseded(5);
    QSet<QUuid> touched;
    for (const Touch &t : s.touches)
        touched.unite(QSet<QUuid>(t.keyBegin(), t.keyEnd()));
    for (const QUuid &id : std::as_const(touched)) {
        int winner = -1;
        for (int i = 0; i < 5; ++i) {
            if (s.touches[i].contains(id) && (winner < 0 || laterEdit(i, winner, id)))
                winner = i;
        }
        for (int i = 0; i < 5; ++i) {
            if (i != winner && s.touches[i].contains(id) && !same(i, id))
                expectSuperseded[i].insert(id);
        }
        if (same(winner, id))
            continue;
        if (!s.mineTouch.contains(id)) {
            source.insert(id, winner);
            continue;
        }
        expectConflicts[winner].insert(id);
        if (preferTheirs)
            source.insert(id, winner);
    }
    for (qsizetype i = 0; i < 5; ++i) {
        INFO("copy " << i);
        for (const QUuid &id : s.added[i])
            source.insert(id, int(i));
        QSet<QUuid> gotConflicts, gotSuperseded;
        for (const MergeConflict &c : outcome->plans[i].conflicts) {
            gotConflicts.insert(c.id);
            CHECK(c.kind != ConflictKind::Unclear);
        }
        for (const MergeSuperseded &c : outcome->plans[i].superseded) {
            gotSuperseded.insert(c.id);
            CHECK_FALSE(c.fields.isEmpty());
            CHECK(c.winner.modified > c.theirs.modified);
        }
        CHECK(gotConflicts == expectConflicts[i]);
        CHECK(gotSuperseded == expectSuperseded[i]);
    }
    int supersededCount = 0;
    for (const QSet<QUuid> &x : std::as_const(expectSuperseded))
        supersededCount += int(x.size());
    CHECK(supersededCount >= 3); // the generator forces overlaps between copies: the check above is not vacuous

    // Every record is accounted for: exactly mine's records plus the copies' live additions, each in the
    // expected version.
    QSet<QUuid> expectedIds = allIds(s.mine);
    for (const QSet<QUuid> &a : s.added)
        expectedIds += a;
    CHECK(allIds(result) == expectedIds);
    for (const QUuid &id : s.addedAndDeleted)
        CHECK_FALSE(allIds(result).contains(id));
    int wrong = 0;
    for (const QUuid &id : expectedIds) {
        const int from = source.value(id, -1);
        if (!sameRecord(result, from < 0 ? s.mine : s.copies[from], id))
            ++wrong;
    }
    CHECK(wrong == 0);

    // A deleted record stays deleted unless the planner took the copy's version of a conflict.
    QSet<QUuid> conflictIds;
    for (const MergePlan &p : outcome->plans) {
        for (const MergeConflict &c : p.conflicts)
            conflictIds.insert(c.id);
    }
    for (const QUuid &id : allIds(s.mine)) {
        if (isDeleted(s.mine, id) && !isDeleted(result, id)) {
            CHECK(preferTheirs);
            CHECK(conflictIds.contains(id));
        }
    }

    // One log row per record taken, decided, noted as the same or superseded by another copy.
    const MergeCounts total = outcome->total();
    qsizetype noted = 0;
    for (const MergePlan &p : outcome->plans)
        noted += p.same.size() + p.superseded.size();
    CHECK(result.mergeLog.size() == total.added + total.changed + total.deleted + total.conflicts + noted);

    // Idempotent: merging all copies again (even without choices) changes nothing and logs nothing.
    auto again = mergeAll(result, sources(s, identity(5)), {}, now.addDays(1));
    REQUIRE(again.ok());
    CHECK(again->complete());
    CHECK_FALSE(again->changed);
    CHECK(again->total() == MergeCounts{});
    CHECK(again->project == result);

    // Pure: the project merged into is untouched, so undo is putting it back.
    CHECK(s.mine == original);
}

TEST_CASE("copies that touched different records give the same result in any order", "[merge][scenario]")
{
    const quint32 seed = GENERATE(21u, 22u, 23u);
    INFO("seed " << seed);
    const Scenario s = makeScenario(seed, DisjointPds, false, false);
    const QDateTime now = T0.addDays(7);

    auto first = mergeAll(s.mine, sources(s, identity(5)), {}, now);
    REQUIRE(first.ok());
    REQUIRE(first->complete());
    CHECK(first->total().conflicts == 0);
    CHECK(first->total().changed + first->total().deleted > 0);
    const Project expected = normalised(first->project);

    QList<int> order = identity(5);
    QRandomGenerator rng(seed);
    for (int round = 0; round < 6; ++round) {
        if (round == 0)
            std::reverse(order.begin(), order.end());
        else
            std::shuffle(order.begin(), order.end(), rng);
        INFO("order " << order[0] << order[1] << order[2] << order[3] << order[4]);
        auto other = mergeAll(s.mine, sources(s, order), {}, now);
        REQUIRE(other.ok());
        REQUIRE(other->complete());
        CHECK(normalised(other->project) == expected);
        CHECK(other->total() == first->total());
    }
}
