// SPDX-License-Identifier: Apache-2.0
// Planning a merge: the copy compared three-way with this project, record type by record type, field by field.
#include "merge.h"
#include "merge_p.h"
#include "mergefields_p.h"

#include "util/usertext.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QLocale>
#include <QSet>

#include <functional>

namespace ksd {

using namespace detail::merge;

namespace {

template<typename T>
struct Traits;

template<>
struct Traits<Entry>
{
    static constexpr MergeRecordType type = MergeRecordType::Entry;
    static constexpr QList<Entry> Project::*list = &Project::entries;
    static const QList<Field<Entry>> &fields() { return entryFields(); }
    static QString title(const Entry &e, const Project &, const Project &) { return e.title; }
};

template<>
struct Traits<Proposal>
{
    static constexpr MergeRecordType type = MergeRecordType::Proposal;
    static constexpr QList<Proposal> Project::*list = &Project::proposals;
    static const QList<Field<Proposal>> &fields() { return proposalFields(); }
    static QString title(const Proposal &x, const Project &, const Project &) { return x.title; }
};

template<>
struct Traits<Agreement>
{
    static constexpr MergeRecordType type = MergeRecordType::Agreement;
    static constexpr QList<Agreement> Project::*list = &Project::agreements;
    static const QList<Field<Agreement>> &fields() { return agreementFields(); }
    static QString title(const Agreement &a, const Project &, const Project &) { return a.title; }
};

template<>
struct Traits<MonevRecord>
{
    static constexpr MergeRecordType type = MergeRecordType::Monev;
    static constexpr QList<MonevRecord> Project::*list = &Project::monev;
    static const QList<Field<MonevRecord>> &fields() { return monevFields(); }
    static QString title(const MonevRecord &m, const Project &a, const Project &b)
    {
        return Merge::tr("Monev %1, %2").arg(agreementTitle(m.agreementId, a, b), dateText(m.date));
    }
};

template<>
struct Traits<AttachedDocument>
{
    static constexpr MergeRecordType type = MergeRecordType::Document;
    static constexpr QList<AttachedDocument> Project::*list = &Project::documents;
    static const QList<Field<AttachedDocument>> &fields() { return documentFields(); }
    static QString title(const AttachedDocument &d, const Project &a, const Project &b)
    {
        return Merge::tr("%1 (%2)").arg(d.fileName, agreementTitle(d.agreementId, a, b));
    }
};

template<>
struct Traits<IncomingOffer>
{
    static constexpr MergeRecordType type = MergeRecordType::Offer;
    static constexpr QList<IncomingOffer> Project::*list = &Project::offers;
    static const QList<Field<IncomingOffer>> &fields() { return offerFields(); }
    static QString title(const IncomingOffer &o, const Project &, const Project &) { return o.title; }
};

/// Equal apart from the change bookkeeping (the tombstone counts as content).
template<typename T>
bool sameContent(const T &a, const T &b)
{
    T x = a;
    T y = b;
    x.meta = RecordMeta{x.meta.id, {}, {}, {}, x.meta.deleted};
    y.meta = RecordMeta{y.meta.id, {}, {}, {}, y.meta.deleted};
    return x == y;
}

template<typename T>
QList<FieldDiff> diffFields(const T &mine, const T &theirs)
{
    QList<FieldDiff> out;
    if (mine.meta.deleted != theirs.meta.deleted) {
        auto status = [](bool deleted) { return deleted ? Merge::tr("dihapus") : Merge::tr("ada"); };
        out.append({QStringLiteral("deleted"), Merge::tr("Status rekaman"), status(mine.meta.deleted),
                    status(theirs.meta.deleted)});
    }
    for (const Field<T> &f : Traits<T>::fields()) {
        const QString a = f.value(mine);
        const QString b = f.value(theirs);
        if (a != b)
            out.append({f.key, f.label(), a, b});
    }
    return out;
}

/// A version of a record: its id and modified time (ms since the epoch, UTC). Compact, so that the index of a
/// log of a million rows stays small.
using SeenKey = std::pair<QUuid, qint64>;

/// What the merge log of the project merged into tells a new plan.
struct LogIndex
{
    QSet<SeenKey> seen;             ///< versions an earlier merge took, turned down or noted
    QHash<QUuid, qint64> arrived;   ///< when an earlier merge last changed a record here (ms since the epoch)
    QSet<QString> notTaken;         ///< project-wide values logged as not taken: notTakenKey()

    bool hasSeen(const QUuid &id, const QDateTime &modified) const
    {
        return modified.isValid() && seen.contains({id, modified.toMSecsSinceEpoch()});
    }
    bool arrivedAfter(const QUuid &id, const QDateTime &t) const
    {
        const auto it = arrived.constFind(id);
        return it != arrived.cend() && *it > t.toMSecsSinceEpoch();
    }
};

QString notTakenKey(const QString &pd, const QString &detail)
{
    return pd + QChar(0x1f) + detail;
}

/// Reads the whole log of @p mine, its archived rows included.
Result<LogIndex> indexLog(const Project &mine)
{
    static const QLatin1String tag("[versi: ");
    LogIndex index;
    const Status read = forEachMergeLogRow(mine, [&](const MergeLogEntry &row) {
        if (row.action == QLatin1String("project_not_taken")) {
            index.notTaken.insert(notTakenKey(row.sourcePd, row.detail));
            return;
        }
        // The version tag ends the detail: "… [versi: 2024-03-01T08:00:10.000Z]".
        const qsizetype at = row.detail.endsWith(QLatin1Char(']')) ? row.detail.lastIndexOf(tag) : -1;
        if (at >= 0) {
            const qsizetype from = at + tag.size();
            const QDateTime version = QDateTime::fromString(row.detail.mid(from, row.detail.size() - 1 - from),
                                                            Qt::ISODateWithMs);
            if (version.isValid())
                index.seen.insert({row.recordId, version.toMSecsSinceEpoch()});
        }
        // A record taken from a copy keeps the PD's edit time, which can lie before a later copy's base even
        // though the record only reached this project at the merge.
        if (row.action == QLatin1String("added") || row.action == QLatin1String("changed")
            || row.action == QLatin1String("deleted") || row.action == QLatin1String("conflict_theirs")) {
            if (row.at.isValid()) {
                const qint64 ms = row.at.toMSecsSinceEpoch();
                auto it = index.arrived.find(row.recordId);
                if (it == index.arrived.end())
                    index.arrived.insert(row.recordId, ms);
                else if (ms > *it)
                    *it = ms;
            }
        }
    });
    if (!read)
        return read.error();
    return index;
}

template<typename T>
void planType(const Project &mine, const Project &theirs, const QDateTime &base, const LogIndex &log,
              MergePlan &plan)
{
    using Tr = Traits<T>;
    const QList<T> &mineList = mine.*Tr::list;
    QHash<QUuid, const T *> mineIndex;
    mineIndex.reserve(mineList.size());
    for (const T &r : mineList)
        mineIndex.insert(r.meta.id, &r);

    QSet<QUuid> done;
    for (const T &t : theirs.*Tr::list) {
        if (t.meta.id.isNull() || done.contains(t.meta.id))
            continue;
        done.insert(t.meta.id);
        const T *m = mineIndex.value(t.meta.id);
        if (!m) {
            // New in the copy. One added and deleted again there never existed for the coordinator.
            if (t.meta.deleted || log.hasSeen(t.meta.id, t.meta.modified))
                continue;
            plan.changes.append({Tr::type, t.meta.id, Tr::title(t, theirs, mine), ChangeKind::Added, RecordVersion{},
                                 versionOf(t.meta), {}});
            continue;
        }
        const bool theirsChanged = t.meta.modified > base;
        const bool mineChanged = m->meta.modified > base || log.arrivedAfter(t.meta.id, base);
        if (log.hasSeen(t.meta.id, t.meta.modified))
            continue; // this version of the copy was taken or turned down by an earlier merge
        if (sameContent(*m, t) || (m->meta.deleted && t.meta.deleted)) {
            // Nothing to do. When the copy did change it (the same way as here, or deleted it here too), the log
            // still notes that version, so that a later merge of the copy does not offer it again once the
            // record has moved on here.
            if (theirsChanged && !(m->meta == t.meta)) {
                plan.same.append({Tr::type, t.meta.id, Tr::title(*m, mine, theirs),
                                  t.meta.deleted ? ChangeKind::Deleted : ChangeKind::Changed, versionOf(m->meta),
                                  versionOf(t.meta), {}});
            }
            continue;
        }
        auto conflict = [&](ConflictKind kind) {
            plan.conflicts.append({Tr::type, t.meta.id, Tr::title(*m, mine, theirs), kind, versionOf(m->meta),
                                   versionOf(t.meta), diffFields(*m, t)});
        };
        auto change = [&](ChangeKind kind) {
            plan.changes.append({Tr::type, t.meta.id, Tr::title(*m, mine, theirs), kind, versionOf(m->meta),
                                 versionOf(t.meta), diffFields(*m, t)});
        };
        if (!theirsChanged) {
            // The copy still holds the base version: a difference is a change made here. Unless neither side's
            // time explains the difference, which only a clock running behind can cause: ask.
            if (!mineChanged)
                conflict(ConflictKind::Unclear);
            continue;
        }
        if (t.meta.deleted)
            mineChanged ? conflict(ConflictKind::DeletedInTheirs) : change(ChangeKind::Deleted);
        else if (m->meta.deleted)
            conflict(ConflictKind::DeletedInMine); // a deleted record stays deleted unless the planner restores it
        else
            mineChanged ? conflict(ConflictKind::BothChanged) : change(ChangeKind::Changed);
    }
}

QString settingsText(const QMap<QString, QString> &settings, const QString &key)
{
    return settings.contains(key) ? settings.value(key) : Merge::tr("(tidak ada)");
}

/// The project-wide values @p theirs holds differently, less those an earlier merge of the same perangkat
/// daerah already logged with the same values.
QList<FieldDiff> projectDiffs(const Project &mine, const Project &theirs, const LogIndex &log)
{
    QList<FieldDiff> out;
    auto add = [&](const QString &key, const QString &label, const QString &m, const QString &t) {
        if (m != t)
            out.append({key, label, m, t});
    };
    add(QStringLiteral("title"), Merge::tr("Judul proyek"), mine.title, theirs.title);
    add(QStringLiteral("owner_region"), Merge::tr("Daerah pemilik"), mine.ownerRegion, theirs.ownerRegion);
    add(QStringLiteral("year"), Merge::tr("Tahun"), QString::number(mine.year), QString::number(theirs.year));
    add(QStringLiteral("scope"), Merge::tr("Cakupan wilayah"), mine.scope.join(QStringLiteral(", ")),
        theirs.scope.join(QStringLiteral(", ")));
    QStringList keys = mine.settings.keys() + theirs.settings.keys();
    keys.removeDuplicates();
    keys.sort();
    for (const QString &k : keys) {
        add(QStringLiteral("setting:") + k, Merge::tr("Pengaturan %1").arg(k), settingsText(mine.settings, k),
            settingsText(theirs.settings, k));
    }
    const QString pd = theirs.copyInfo ? theirs.copyInfo->forPd : QString();
    out.removeIf([&](const FieldDiff &f) { return log.notTaken.contains(notTakenKey(pd, projectLogDetail(f))); });
    return out;
}

/// Every field's value and the tombstone of record @p id of type T in @p project: the last tiebreak of winsOver().
template<typename T>
QString contentText(const Project &project, const QUuid &id)
{
    for (const T &r : project.*Traits<T>::list) {
        if (r.meta.id != id)
            continue;
        QStringList values{r.meta.deleted ? QStringLiteral("1") : QStringLiteral("0")};
        for (const Field<T> &f : Traits<T>::fields())
            values << f.value(r);
        return values.join(QChar(0x1f));
    }
    return {};
}

QString contentText(MergeRecordType type, const Project &project, const QUuid &id)
{
    switch (type) {
    case MergeRecordType::Entry: return contentText<Entry>(project, id);
    case MergeRecordType::Proposal: return contentText<Proposal>(project, id);
    case MergeRecordType::Agreement: return contentText<Agreement>(project, id);
    case MergeRecordType::Monev: return contentText<MonevRecord>(project, id);
    case MergeRecordType::Document: return contentText<AttachedDocument>(project, id);
    case MergeRecordType::Offer: return contentText<IncomingOffer>(project, id);
    }
    return {};
}

} // namespace

bool winsOver(const RecordVersion &a, const QString &aPd, const QString &aFile, const QString &aContent,
              const RecordVersion &b, const QString &bPd, const QString &bFile, const QString &bContent)
{
    if (a.modified != b.modified)
        return a.modified > b.modified;
    if (aPd != bPd)
        return aPd > bPd;
    if (aFile != bFile)
        return aFile > bFile;
    return aContent > bContent;
}

void detail::merge::settleAcrossCopies(QList<MergePlan> &plans)
{
    // One candidate per plan item that touches a record: a change or conflict (which would take the copy's
    // version) or a "same" (the copy's edit equals this project's: it competes, but takes nothing).
    enum Where { InChanges, InConflicts, InSame };
    struct Candidate
    {
        int plan;
        Where where;
        qsizetype index;
        RecordVersion theirs;
        QString content; // filled only when the modified times and names tie
    };
    QHash<QString, QList<Candidate>> byRecord;
    auto key = [](MergeRecordType type, const QUuid &id) { return recordTypeKey(type) + QLatin1Char(':') + uuidText(id); };
    for (int p = 0; p < plans.size(); ++p) {
        const MergePlan &plan = plans[p];
        for (qsizetype i = 0; i < plan.changes.size(); ++i)
            byRecord[key(plan.changes[i].type, plan.changes[i].id)].append({p, InChanges, i, plan.changes[i].theirs, {}});
        for (qsizetype i = 0; i < plan.conflicts.size(); ++i)
            byRecord[plan.conflicts[i].key()].append({p, InConflicts, i, plan.conflicts[i].theirs, {}});
        for (qsizetype i = 0; i < plan.same.size(); ++i)
            byRecord[key(plan.same[i].type, plan.same[i].id)].append({p, InSame, i, plan.same[i].theirs, {}});
    }

    QList<QSet<qsizetype>> dropChanges(plans.size()), dropConflicts(plans.size());
    for (auto it = byRecord.begin(); it != byRecord.end(); ++it) {
        QList<Candidate> &cands = it.value();
        if (cands.size() < 2)
            continue;
        auto fileName = [&](const Candidate &c) { return QFileInfo(plans[c.plan].sourceFile).fileName(); };
        auto content = [&](Candidate &c) -> const QString & {
            if (c.content.isNull()) {
                const MergePlan &cp = plans[c.plan];
                const auto [type, id] = c.where == InChanges     ? std::pair(cp.changes[c.index].type, cp.changes[c.index].id)
                                        : c.where == InConflicts ? std::pair(cp.conflicts[c.index].type, cp.conflicts[c.index].id)
                                                                 : std::pair(cp.same[c.index].type, cp.same[c.index].id);
                c.content = contentText(type, cp.theirs, id);
                if (c.content.isNull())
                    c.content = QStringLiteral("");
            }
            return c.content;
        };
        qsizetype w = 0;
        for (qsizetype i = 1; i < cands.size(); ++i) {
            Candidate &c = cands[i];
            Candidate &cw = cands[w];
            const QString &pd = plans[c.plan].sourcePd;
            const QString &wpd = plans[cw.plan].sourcePd;
            // The content is the last tiebreak: read only when everything before it ties.
            const bool tie = c.theirs.modified == cw.theirs.modified && pd == wpd && fileName(c) == fileName(cw);
            if (winsOver(c.theirs, pd, fileName(c), tie ? content(c) : QString(), cw.theirs, wpd, fileName(cw),
                         tie ? content(cw) : QString()))
                w = i;
        }
        const Candidate *win = &cands[w];
        const MergePlan &winner = plans[win->plan];
        for (const Candidate &c : std::as_const(cands)) {
            if (&c == win || c.where == InSame)
                continue;
            MergePlan &loser = plans[c.plan];
            MergeSuperseded s;
            if (c.where == InChanges) {
                const MergeChange &x = loser.changes[c.index];
                s = {x.type, x.id, x.title, x.mine, x.theirs, x.fields, winner.sourcePd, win->theirs};
                dropChanges[c.plan].insert(c.index);
            } else {
                const MergeConflict &x = loser.conflicts[c.index];
                s = {x.type, x.id, x.title, x.mine, x.theirs, x.fields, winner.sourcePd, win->theirs};
                dropConflicts[c.plan].insert(c.index);
            }
            loser.superseded.append(s);
        }
    }
    for (int p = 0; p < plans.size(); ++p) {
        MergePlan &plan = plans[p];
        auto prune = [](auto &list, const QSet<qsizetype> &drop) {
            if (drop.isEmpty())
                return;
            std::remove_reference_t<decltype(list)> kept;
            for (qsizetype i = 0; i < list.size(); ++i) {
                if (!drop.contains(i))
                    kept.append(list[i]);
            }
            list = std::move(kept);
        };
        prune(plan.changes, dropChanges[p]);
        prune(plan.conflicts, dropConflicts[p]);
        // The same order whatever the order of the plans was.
        std::sort(plan.superseded.begin(), plan.superseded.end(), [](const MergeSuperseded &a, const MergeSuperseded &b) {
            return std::pair(int(a.type), a.id) < std::pair(int(b.type), b.id);
        });
    }
}

namespace {

/// The copy as the merge reads it for the document archive: two different versions of one scan are never a
/// conflict to pick from. A document whose data the copy changed since its base while this project holds other
/// data becomes a record of its own (an id derived from the original id and its hash, so that merging the same copy
/// again finds it), and both are kept. A document the copy holds without data because the scans were left out of
/// it gets this project's data back, so that leaving scans out never reads as a change.
Project keepBothScanVersions(const Project &mine, const Project &theirs, const QDateTime &base)
{
    Project out = theirs;
    QHash<QUuid, const AttachedDocument *> mineIndex;
    for (const AttachedDocument &d : mine.documents)
        mineIndex.insert(d.meta.id, &d);
    for (AttachedDocument &t : out.documents) {
        const AttachedDocument *m = mineIndex.value(t.meta.id);
        if (!m || m->meta.deleted || t.meta.deleted)
            continue;
        // Same bytes (the same handle, or the same size and SHA-256, streamed): this project's handle is kept.
        if (t.data == m->data) {
            t.data = m->data;
            t.sha256 = m->sha256; // derived from the data: a file opened from an older format computed its own
            continue;
        }
        if (t.data.isEmpty() && !m->data.isEmpty() && (t.sha256.isEmpty() || t.sha256 == m->sha256)) {
            t.data = m->data;
            t.sha256 = m->sha256;
            continue;
        }
        if (t.meta.modified > base && !t.data.isEmpty()) {
            const Result<QString> hash = t.data.actualSha256();
            t.meta.id = QUuid::createUuidV5(t.meta.id, QByteArray::fromHex(hash ? hash->toLatin1() : QByteArray()));
            t.meta.created = t.meta.modified;
        }
    }
    return out;
}

} // namespace

QString detail::merge::projectLogDetail(const FieldDiff &f)
{
    return Merge::tr("%1: di proyek ini \"%2\", di salinan \"%3\"; tidak diambil")
        .arg(f.label, shownValue(f.mine), shownValue(f.theirs));
}

Result<MergePlan> planMerge(const Project &mine, const Project &theirs, const QString &sourceFile)
{
    if (!theirs.copyInfo || !theirs.copyInfo->madeAt.isValid()) {
        return mergeError(MergeError::NotACopy,
                          Merge::tr("Proyek \"%1\" bukan salinan proyek ini (\"%2\"): berkas itu tidak dibuat dengan "
                                    "\"Kirim ke perangkat daerah\".")
                              .arg(shownValue(theirs.title), shownValue(mine.title)),
                          sourceFile);
    }
    if (theirs.projectId != mine.projectId
        || (!theirs.copyInfo->baseProjectId.isNull() && theirs.copyInfo->baseProjectId != mine.projectId)) {
        return mergeError(
            MergeError::ForeignProject,
            Merge::tr("Proyek \"%1\" bukan salinan proyek ini (\"%2\"): salinan itu dibuat dari proyek lain "
                      "(\"%3\").")
                .arg(shownValue(theirs.title), shownValue(mine.title), shownValue(theirs.copyInfo->baseTitle)),
            sourceFile);
    }
    MergePlan plan;
    plan.sourcePd = theirs.copyInfo->forPd;
    plan.sourceFile = sourceFile;
    plan.base = theirs.copyInfo->madeAt;
    plan.urusan = theirs.copyInfo->urusan;
    plan.theirs = keepBothScanVersions(mine, theirs, plan.base);
    const auto logRead = indexLog(mine);
    if (!logRead)
        return logRead.error();
    const LogIndex &log = *logRead;
    plan.projectFields = projectDiffs(mine, theirs, log);
    planType<Entry>(mine, plan.theirs, plan.base, log, plan);
    planType<Proposal>(mine, plan.theirs, plan.base, log, plan);
    planType<Agreement>(mine, plan.theirs, plan.base, log, plan);
    planType<MonevRecord>(mine, plan.theirs, plan.base, log, plan);
    planType<AttachedDocument>(mine, plan.theirs, plan.base, log, plan);
    planType<IncomingOffer>(mine, plan.theirs, plan.base, log, plan);
    return plan;
}

} // namespace ksd
