// SPDX-License-Identifier: Apache-2.0
#include "merge.h"
#include "merge_p.h"

#include "util/format.h"

#include <QLocale>
#include <QSet>

namespace ksd {

using namespace detail::merge;

// ---- record types -------------------------------------------------------------------------------------------

QString recordTypeKey(MergeRecordType t)
{
    static const char *const keys[] = {"entry", "proposal", "agreement", "monev", "document", "offer"};
    return QString::fromLatin1(keys[int(t)]);
}

std::optional<MergeRecordType> recordTypeFromKey(const QString &key)
{
    for (int i = 0; i < RecordTypeCount; ++i) {
        if (recordTypeKey(MergeRecordType(i)) == key)
            return MergeRecordType(i);
    }
    return std::nullopt;
}

QString recordTypeName(MergeRecordType t)
{
    switch (t) {
    case MergeRecordType::Entry: return Merge::tr("Isian");
    case MergeRecordType::Proposal: return Merge::tr("Usulan");
    case MergeRecordType::Agreement: return Merge::tr("Kerja sama");
    case MergeRecordType::Monev: return Merge::tr("Monev");
    case MergeRecordType::Document: return Merge::tr("Dokumen");
    case MergeRecordType::Offer: return Merge::tr("Penawaran masuk");
    }
    return {};
}

QString changeKindName(ChangeKind k)
{
    switch (k) {
    case ChangeKind::Added: return Merge::tr("ditambahkan");
    case ChangeKind::Changed: return Merge::tr("diubah");
    case ChangeKind::Deleted: return Merge::tr("dihapus");
    }
    return {};
}

QString conflictKindName(ConflictKind k)
{
    switch (k) {
    case ConflictKind::BothChanged: return Merge::tr("diubah di kedua sisi");
    case ConflictKind::DeletedInMine: return Merge::tr("dihapus di proyek ini, diubah di salinan");
    case ConflictKind::DeletedInTheirs: return Merge::tr("diubah di proyek ini, dihapus di salinan");
    case ConflictKind::Unclear: return Merge::tr("berbeda tanpa waktu perubahan yang jelas");
    }
    return {};
}

QString MergeConflict::key() const
{
    return recordTypeKey(type) + QLatin1Char(':') + uuidText(id);
}

MergeCounts &MergeCounts::operator+=(const MergeCounts &o)
{
    added += o.added;
    changed += o.changed;
    deleted += o.deleted;
    conflicts += o.conflicts;
    return *this;
}

MergeCounts MergePlan::counts() const
{
    MergeCounts c;
    for (const MergeChange &x : changes) {
        switch (x.kind) {
        case ChangeKind::Added: ++c.added; break;
        case ChangeKind::Changed: ++c.changed; break;
        case ChangeKind::Deleted: ++c.deleted; break;
        }
    }
    c.conflicts = int(conflicts.size());
    return c;
}

Resolution Resolutions::of(const MergeConflict &c) const
{
    return byConflict.value(c.key(), all);
}

MergeCounts MergeOutcome::total() const
{
    MergeCounts c;
    for (const MergePlan &p : plans)
        c += p.counts();
    return c;
}

// ---- sending ------------------------------------------------------------------------------------------------

Status canMakeCopy(const Project &project)
{
    if (project.copyInfo) {
        return mergeError(MergeError::CopyOfCopy,
                          Merge::tr("Proyek ini sendiri salinan untuk %1; kirim salinan dari proyek induk \"%2\".")
                              .arg(project.copyInfo->forPd, project.copyInfo->baseTitle));
    }
    return Status::success();
}

Project makeCopy(const Project &project, const QString &forPd, const QStringList &urusan, const QDateTime &now)
{
    QStringList codes;
    for (const QString &u : urusan) {
        const QString code = u.trimmed();
        if (!code.isEmpty() && !codes.contains(code))
            codes.append(code);
    }
    codes.sort();

    Project copy = project;
    copy.copyInfo = CopyInfo{forPd.trimmed(), project.projectId, project.title, utcMs(now), codes};
    if (codes.isEmpty())
        return copy;

    const QSet<QString> keep(codes.cbegin(), codes.cend());
    auto outside = [&](const auto &r) { return !keep.contains(r.urusanCode); };
    copy.entries.removeIf(outside);
    copy.proposals.removeIf(outside);
    copy.agreements.removeIf(outside);
    copy.offers.removeIf(outside);
    QSet<QUuid> agreements;
    for (const Agreement &a : copy.agreements)
        agreements.insert(a.meta.id);
    auto orphan = [&](const auto &r) { return !agreements.contains(r.agreementId); };
    copy.monev.removeIf(orphan);
    copy.documents.removeIf(orphan);
    return copy;
}

QString editorName(const Project &project, const QString &fallback)
{
    return project.copyInfo && !project.copyInfo->forPd.isEmpty() ? project.copyInfo->forPd : fallback;
}

QDateTime editTime(const Project &project, const QDateTime &now)
{
    const QDateTime t = utcMs(now);
    if (project.copyInfo && project.copyInfo->madeAt.isValid() && t <= project.copyInfo->madeAt)
        return utcMs(project.copyInfo->madeAt).addMSecs(1);
    return t;
}

void stampEdit(const Project &project, RecordMeta &meta, const QString &fallbackEditor, const QDateTime &now)
{
    meta.modifiedBy = editorName(project, fallbackEditor);
    meta.modified = editTime(project, now);
}

QString copyBanner(const Project &project)
{
    if (!project.copyInfo)
        return {};
    const CopyInfo &c = *project.copyInfo;
    QString text = Merge::tr("Salinan untuk %1, dibuat dari proyek %2 pada tanggal %3")
                       .arg(c.forPd, c.baseTitle,
                            longDateTime(c.madeAt));
    if (!c.urusan.isEmpty())
        text += QStringLiteral(" ") + Merge::tr("(urusan %1)").arg(c.urusan.join(QStringLiteral(", ")));
    return text;
}

} // namespace ksd
