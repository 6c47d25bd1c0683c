// SPDX-License-Identifier: Apache-2.0
// Applying a merge plan with the planner's choices, several copies in a row, and the merge log.
#include "merge.h"
#include "merge_p.h"

#include "io/csv.h"
#include "store/documentdata.h"
#include "store/ksdstore.h"
#include "util/usertext.h"

#include <QFileInfo>
#include <QSet>
#include <QSaveFile>

#include <numeric>

namespace ksd {

using namespace detail::merge;

namespace {

struct Take
{
    QUuid id;
    RecordVersion expectMine; ///< the version of mine the plan saw
    bool take = true;         ///< false: only check that mine is still that version (a conflict kept as mine)
};

template<typename T>
bool canonicalLessEq(const T &a, const T &b)
{
    if (a.meta.created != b.meta.created)
        return a.meta.created < b.meta.created;
    return !(b.meta.id < a.meta.id);
}

/// Copies the copy's version of each record in @p takes into @p list. False when @p list no longer holds the
/// version the plan saw.
template<typename T>
bool takeRecords(QList<T> &list, const QList<T> &theirsList, const QList<Take> &takes)
{
    if (takes.isEmpty())
        return true;
    QHash<QUuid, int> index;
    index.reserve(list.size());
    for (int i = 0; i < list.size(); ++i)
        index.insert(list[i].meta.id, i);
    QHash<QUuid, const T *> theirsIndex;
    for (const T &r : theirsList)
        theirsIndex.insert(r.meta.id, &r);

    QList<const T *> inserts;
    for (const Take &take : takes) {
        const T *t = theirsIndex.value(take.id);
        if (!t)
            return false;
        const auto it = index.constFind(take.id);
        const RecordVersion now = it == index.cend() ? RecordVersion{} : versionOf(list[*it].meta);
        if (!(now == take.expectMine))
            return false;
        if (!take.take)
            continue;
        if (it == index.cend())
            inserts.append(t);
        else
            list[*it] = *t;
    }
    // New records go after the last record that sorts before them by (created, id): the same set of records
    // ends up in the same order whatever order the copies are merged in.
    for (const T *t : inserts) {
        qsizetype pos = list.size();
        while (pos > 0 && !canonicalLessEq(list[pos - 1], *t))
            --pos;
        list.insert(pos, *t);
    }
    return true;
}

QString fieldLabels(const QList<FieldDiff> &fields)
{
    QStringList labels;
    for (const FieldDiff &f : fields)
        labels << f.label;
    return labels.join(QStringLiteral(", "));
}

/// Both values of every field, so that the log keeps the one that lost: "Judul: di proyek ini "a", di salinan "b"".
QString fieldValues(const QList<FieldDiff> &fields)
{
    QStringList values;
    for (const FieldDiff &f : fields) {
        values << Merge::tr("%1: di proyek ini \"%2\", di salinan \"%3\"")
                      .arg(f.label, shownValue(f.mine), shownValue(f.theirs));
    }
    return values.join(QStringLiteral("; "));
}

QString logDetail(const QString &title, const QString &what, const QList<FieldDiff> &fields,
                  const RecordVersion &theirs)
{
    QString text = QStringLiteral("\"%1\"").arg(shownValue(title));
    if (!what.isEmpty())
        text += QStringLiteral(" — ") + what;
    if (!fields.isEmpty()) {
        text += QStringLiteral("; ") + Merge::tr("kolom: %1").arg(fieldLabels(fields));
        text += QStringLiteral("; ") + Merge::tr("nilai: %1").arg(fieldValues(fields));
    }
    return text + QLatin1Char(' ') + versionTag(theirs.modified);
}

/// Applies @p plan. With @p provisional, a conflict without a choice is kept as mine, counted in
/// @p unresolved and not logged; otherwise it is an error.
Result<Project> applyPlan(const Project &mine, const MergePlan &plan, const Resolutions &res, const QDateTime &now,
                          bool provisional, int *unresolved)
{
    int open = 0;
    for (const MergeConflict &c : plan.conflicts) {
        if (res.of(c) == Resolution::Unresolved)
            ++open;
    }
    if (open > 0 && !provisional) {
        return mergeError(
            MergeError::Unresolved,
            Merge::tr("%n konflik dari %1 belum diputuskan: pilih versi saya atau versi PD.", nullptr, open)
                .arg(plan.sourcePd));
    }
    if (unresolved)
        *unresolved += open;
    if (plan.changes.isEmpty() && plan.same.isEmpty() && plan.projectFields.isEmpty() && plan.superseded.isEmpty()
        && open == plan.conflicts.size())
        return mine; // nothing to take, nothing decided, nothing to note: no log rows either

    QList<Take> takes[RecordTypeCount];
    QList<MergeLogEntry> rows;
    const QDateTime at = utcMs(now);
    const QString file = plan.sourceFile.isEmpty() ? QString() : QFileInfo(plan.sourceFile).fileName();
    auto row = [&](MergeRecordType type, const QUuid &id, const QString &action, const QString &detail) {
        rows.append({at, plan.sourcePd, file, recordTypeKey(type), id, action, detail});
    };

    for (const MergeChange &c : plan.changes) {
        takes[int(c.type)].append({c.id, c.mine, true});
        static const char *const actions[] = {"added", "changed", "deleted"};
        row(c.type, c.id, QString::fromLatin1(actions[int(c.kind)]),
            logDetail(c.title, {}, c.kind == ChangeKind::Added ? QList<FieldDiff>{} : c.fields, c.theirs));
    }
    for (const FieldDiff &f : plan.projectFields)
        rows.append({at, plan.sourcePd, file, QStringLiteral("project"), mine.projectId, QStringLiteral("project_not_taken"),
                     projectLogDetail(f)});
    for (const MergeChange &c : plan.same)
        row(c.type, c.id, QStringLiteral("same"),
            logDetail(c.title, Merge::tr("sudah sama di proyek ini"), {}, c.theirs));
    for (const MergeSuperseded &c : plan.superseded) {
        row(c.type, c.id, QStringLiteral("superseded"),
            logDetail(c.title,
                      Merge::tr("kalah oleh suntingan yang lebih baru dari %1 (%2); tidak diambil")
                          .arg(shownValue(c.winnerPd), isoMs(c.winner.modified)),
                      c.fields, c.theirs));
    }
    for (const MergeConflict &c : plan.conflicts) {
        const Resolution r = res.of(c);
        if (r == Resolution::Unresolved)
            continue;
        takes[int(c.type)].append({c.id, c.mine, r == Resolution::Theirs});
        if (r == Resolution::Theirs) {
            row(c.type, c.id, QStringLiteral("conflict_theirs"),
                logDetail(c.title, Merge::tr("%1; dipakai versi PD").arg(conflictKindName(c.kind)), c.fields,
                          c.theirs));
        } else {
            row(c.type, c.id, QStringLiteral("conflict_mine"),
                logDetail(c.title, Merge::tr("%1; dipakai versi saya").arg(conflictKindName(c.kind)), c.fields,
                          c.theirs));
        }
    }

    Project out = mine;
    const bool ok = takeRecords(out.entries, plan.theirs.entries, takes[int(MergeRecordType::Entry)])
        && takeRecords(out.proposals, plan.theirs.proposals, takes[int(MergeRecordType::Proposal)])
        && takeRecords(out.agreements, plan.theirs.agreements, takes[int(MergeRecordType::Agreement)])
        && takeRecords(out.monev, plan.theirs.monev, takes[int(MergeRecordType::Monev)])
        && takeRecords(out.documents, plan.theirs.documents, takes[int(MergeRecordType::Document)])
        && takeRecords(out.offers, plan.theirs.offers, takes[int(MergeRecordType::Offer)]);
    if (!ok) {
        return mergeError(MergeError::ProjectChanged,
                          Merge::tr("Proyek berubah sejak pratinjau penggabungan dibuat; buat pratinjau lagi."));
    }
    // A scan taken from the copy is read from the copy's file: kept in a private spool file instead, so that it
    // outlives that file (a copy received by mail and deleted after the merge).
    QSet<const DocumentSource *> ours;
    for (const AttachedDocument &d : mine.documents)
        ours.insert(d.data.source().get());
    for (AttachedDocument &d : out.documents) {
        if (d.data.kind() != DocumentData::Kind::Stored || ours.contains(d.data.source().get()))
            continue;
        Result<DocumentData> kept = spoolDocument(d.data);
        if (!kept)
            return mergeError(MergeError::WriteFailed, kept.error().message);
        d.data = *kept;
    }
    out.mergeLog += rows;
    out.modified = at;
    return out;
}

} // namespace

// ---- applying -----------------------------------------------------------------------------------------------

Result<Project> applyMerge(const Project &mine, const MergePlan &plan, const Resolutions &resolutions,
                           const QDateTime &now)
{
    return applyPlan(mine, plan, resolutions, now, false, nullptr);
}

Result<MergeSource> loadCopy(const QString &path)
{
    auto loaded = KsdStore::load(path);
    if (!loaded)
        return loaded.error();
    return MergeSource{std::move(loaded->project), path, loaded->info.fileVersion, loaded->info.backupPath};
}

Result<MergeOutcome> mergeAll(const Project &mine, const QList<MergeSource> &sources,
                              const QList<Resolutions> &resolutions, const QDateTime &now)
{
    MergeOutcome out;
    out.project = mine;
    for (const MergeSource &source : sources) {
        auto plan = planMerge(mine, source.copy, source.file);
        if (!plan)
            return plan.error();
        out.plans.append(std::move(plan.value()));
    }
    settleAcrossCopies(out.plans);
    // Each record is now taken by one plan at most, against the version of @p mine: applying the plans one after
    // another gives the same records in any order. They are applied by perangkat daerah and file name, so that
    // the log rows of this run come in one order too, whatever the order of the copies.
    QList<qsizetype> order(out.plans.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        const MergePlan &x = out.plans[a];
        const MergePlan &y = out.plans[b];
        return std::pair(x.sourcePd, QFileInfo(x.sourceFile).fileName())
               < std::pair(y.sourcePd, QFileInfo(y.sourceFile).fileName());
    });
    for (qsizetype i = 0; i < out.plans.size(); ++i)
        out.applied.append(resolutions.value(i));
    for (const qsizetype i : std::as_const(order)) {
        auto next = applyPlan(out.project, out.plans[i], out.applied[i], now, true, &out.unresolved);
        if (!next)
            return next.error();
        out.project = std::move(next.value());
    }
    out.changed = !(out.project == mine);
    return out;
}

// ---- merge log ----------------------------------------------------------------------------------------------

QString mergeActionName(const QString &action)
{
    if (action == QLatin1String("added"))
        return Merge::tr("ditambahkan");
    if (action == QLatin1String("changed"))
        return Merge::tr("diubah");
    if (action == QLatin1String("deleted"))
        return Merge::tr("dihapus");
    if (action == QLatin1String("same"))
        return Merge::tr("sudah sama");
    if (action == QLatin1String("conflict_mine"))
        return Merge::tr("konflik: versi saya dipakai");
    if (action == QLatin1String("conflict_theirs"))
        return Merge::tr("konflik: versi PD dipakai");
    if (action == QLatin1String("superseded"))
        return Merge::tr("kalah oleh salinan lain");
    if (action == QLatin1String("project_not_taken"))
        return Merge::tr("data proyek tidak diambil");
    return action;
}

QByteArray mergeLogCsv(const QList<MergeLogEntry> &log)
{
    const QChar sep(QLatin1Char(';'));
    QStringList lines;
    lines << csv::joinRecord({Merge::tr("Waktu (UTC)"), Merge::tr("Perangkat daerah"), Merge::tr("Berkas salinan"),
                              Merge::tr("Jenis rekaman"), Merge::tr("ID rekaman"), Merge::tr("Tindakan"),
                              Merge::tr("Keterangan")},
                             sep);
    for (const MergeLogEntry &e : log) {
        const auto type = recordTypeFromKey(e.recordType);
        lines << csv::joinRecord({isoMs(e.at), e.sourcePd, e.sourceFile, type ? recordTypeName(*type) : e.recordType,
                                  uuidText(e.recordId), mergeActionName(e.action), e.detail},
                                 sep);
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + lines.join(QStringLiteral("\r\n")).toUtf8() + QByteArrayLiteral("\r\n");
}

Status exportMergeLogCsv(const QList<MergeLogEntry> &log, const QString &path)
{
    QSaveFile f(path);
    auto failed = [&] {
        return mergeError(MergeError::WriteFailed,
                          Merge::tr("Log penggabungan tidak dapat ditulis: %1").arg(f.errorString()), path);
    };
    if (!f.open(QIODevice::WriteOnly))
        return failed();
    f.write(mergeLogCsv(log));
    if (!f.commit())
        return failed();
    return Status::success();
}

} // namespace ksd
