// SPDX-License-Identifier: Apache-2.0
// petaksd send, merge
#include "cli.h"

#include "merge/merge.h"
#include "refdata/refdata.h"
#include "register/archive.h"
#include "store/ksdstore.h"
#include "store/schema.h"
#include "util/usertext.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace ksd::cli {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("ksd::cli", text, disambiguation, n);
}

template<typename T>
int liveCount(const QList<T> &records)
{
    int n = 0;
    for (const T &r : records)
        n += r.meta.deleted ? 0 : 1;
    return n;
}

int runSend(const QStringList &argv)
{
    Args a(argv, {QStringLiteral("to"), QStringLiteral("urusan"), QStringLiteral("o")},
           {QStringLiteral("without-scans")});
    if (!a.ok())
        return fail(a.error());
    const QString usage = tr("penggunaan: petaksd send FILE.ksd --to \"NAMA PD\" [--urusan DAFTAR] [--without-scans] "
                             "-o SALINAN.ksd");
    if (a.positionals().size() != 1 || !a.has(QStringLiteral("o")))
        return fail(usage);
    const QString pd = a.value(QStringLiteral("to")).trimmed();
    if (pd.isEmpty())
        return fail(tr("sebutkan perangkat daerah penerima dengan --to \"NAMA PD\""));

    QStringList urusan;
    static const QRegularExpression split(QStringLiteral("[,;\\s]+"));
    for (const QString &code : a.value(QStringLiteral("urusan")).split(split, Qt::SkipEmptyParts)) {
        const auto u = RefData::instance().findUrusan(code);
        if (!u)
            return fail(u.error().toString());
        urusan.append((*u)->code);
    }

    const QString path = a.positionals().first();
    const QString outPath = a.value(QStringLiteral("o"));
    auto loaded = KsdStore::load(path);
    if (!loaded)
        return fail(loaded.error().toString());
    if (Status s = canMakeCopy(loaded->project); !s)
        return fail(s.error().toString(), Refused);
    if (QFileInfo::exists(outPath))
        return fail(tr("%1 sudah ada; pilih nama lain agar berkas itu tidak tertimpa").arg(outPath));

    Project copy = makeCopy(loaded->project, pd, urusan, nowUtc());
    // The scans stay in the office: names, hashes and versions travel, the merge never reads them as changed.
    if (a.has(QStringLiteral("without-scans")))
        dropDocumentData(copy);
    if (Status s = KsdStore::save(copy, outPath); !s)
        return fail(s.error().toString());
    out() << tr("Salinan untuk %1 ditulis ke %2").arg(pd, outPath) << "\n"
          << tr("Isi: %1 isian, %2 usulan, %3 kerja sama")
                 .arg(liveCount(copy.entries))
                 .arg(liveCount(copy.proposals))
                 .arg(liveCount(copy.agreements))
          << "\n";
    if (!urusan.isEmpty())
        out() << tr("Dibatasi pada urusan: %1").arg(copy.copyInfo->urusan.join(QStringLiteral(", "))) << "\n";
    out().flush();
    return Ok;
}

// ---- merge --------------------------------------------------------------------------------------------------

QString conflictKindKey(ConflictKind k)
{
    switch (k) {
    case ConflictKind::BothChanged: return QStringLiteral("both_changed");
    case ConflictKind::DeletedInMine: return QStringLiteral("deleted_in_mine");
    case ConflictKind::DeletedInTheirs: return QStringLiteral("deleted_in_theirs");
    case ConflictKind::Unclear: return QStringLiteral("unclear");
    }
    return {};
}

QString resolutionKey(Resolution r)
{
    switch (r) {
    case Resolution::Mine: return QStringLiteral("mine");
    case Resolution::Theirs: return QStringLiteral("theirs");
    case Resolution::Unresolved: break;
    }
    return QStringLiteral("unresolved");
}

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonObject countsJson(const MergeCounts &c)
{
    return {{QStringLiteral("added"), c.added},
            {QStringLiteral("changed"), c.changed},
            {QStringLiteral("deleted"), c.deleted},
            {QStringLiteral("conflicts"), c.conflicts}};
}

QJsonObject versionJson(const RecordVersion &v)
{
    return {{QStringLiteral("present"), v.present},
            {QStringLiteral("modified"), iso(v.modified)},
            {QStringLiteral("modifiedBy"), v.modifiedBy},
            {QStringLiteral("deleted"), v.deleted}};
}

QJsonObject outcomeJson(const QString &file, const MergeOutcome &o, bool dryRun, bool saved)
{
    QJsonArray copies;
    for (qsizetype i = 0; i < o.plans.size(); ++i) {
        const MergePlan &p = o.plans[i];
        const Resolutions &res = o.applied[i];
        QJsonObject c = countsJson(p.counts());
        c.insert(QStringLiteral("file"), p.sourceFile);
        c.insert(QStringLiteral("pd"), p.sourcePd);
        c.insert(QStringLiteral("base"), iso(p.base));
        c.insert(QStringLiteral("urusan"), QJsonArray::fromStringList(p.urusan));
        QJsonArray project;
        for (const FieldDiff &f : p.projectFields) {
            project.append(QJsonObject{{QStringLiteral("field"), f.field},
                                       {QStringLiteral("label"), f.label},
                                       {QStringLiteral("mine"), f.mine},
                                       {QStringLiteral("theirs"), f.theirs}});
        }
        c.insert(QStringLiteral("project_not_taken"), project);
        QJsonArray conflicts;
        for (const MergeConflict &x : p.conflicts) {
            QJsonArray fields;
            for (const FieldDiff &f : x.fields) {
                fields.append(QJsonObject{{QStringLiteral("field"), f.field},
                                          {QStringLiteral("label"), f.label},
                                          {QStringLiteral("mine"), f.mine},
                                          {QStringLiteral("theirs"), f.theirs}});
            }
            conflicts.append(QJsonObject{{QStringLiteral("type"), recordTypeKey(x.type)},
                                         {QStringLiteral("id"), x.id.toString(QUuid::WithoutBraces)},
                                         {QStringLiteral("title"), x.title},
                                         {QStringLiteral("kind"), conflictKindKey(x.kind)},
                                         {QStringLiteral("resolution"), resolutionKey(res.of(x))},
                                         {QStringLiteral("mine"), versionJson(x.mine)},
                                         {QStringLiteral("theirs"), versionJson(x.theirs)},
                                         {QStringLiteral("fields"), fields}});
        }
        c.insert(QStringLiteral("conflictDetails"), conflicts);
        QJsonArray superseded;
        for (const MergeSuperseded &x : p.superseded) {
            superseded.append(QJsonObject{{QStringLiteral("type"), recordTypeKey(x.type)},
                                          {QStringLiteral("id"), x.id.toString(QUuid::WithoutBraces)},
                                          {QStringLiteral("title"), x.title},
                                          {QStringLiteral("theirs"), versionJson(x.theirs)},
                                          {QStringLiteral("winnerPd"), x.winnerPd},
                                          {QStringLiteral("winner"), versionJson(x.winner)}});
        }
        c.insert(QStringLiteral("superseded"), superseded);
        copies.append(c);
    }
    return {{QStringLiteral("file"), file},
            {QStringLiteral("dryRun"), dryRun},
            {QStringLiteral("complete"), o.complete()},
            {QStringLiteral("unresolved"), o.unresolved},
            {QStringLiteral("saved"), saved},
            {QStringLiteral("copies"), copies},
            {QStringLiteral("total"), countsJson(o.total())}};
}

QString versionText(const RecordVersion &v)
{
    if (!v.present)
        return tr("tidak ada");
    const QString what = v.deleted ? tr("dihapus") : tr("diubah");
    return tr("%1 %2 oleh %3")
        .arg(what, iso(v.modified), v.modifiedBy.isEmpty() ? tr("(tidak diketahui)") : v.modifiedBy);
}

void printPlans(const MergeOutcome &o)
{
    for (qsizetype i = 0; i < o.plans.size(); ++i) {
        const MergePlan &p = o.plans[i];
        const Resolutions &res = o.applied[i];
        const MergeCounts c = p.counts();
        out() << tr("%1 (%2): %3 ditambahkan, %4 diubah, %5 dihapus, %6 konflik")
                     .arg(p.sourcePd, QFileInfo(p.sourceFile).fileName())
                     .arg(c.added)
                     .arg(c.changed)
                     .arg(c.deleted)
                     .arg(c.conflicts)
              << "\n";
        for (const MergeConflict &x : p.conflicts) {
            out() << "  " << tr("KONFLIK %1 %2 \"%3\": %4")
                                 .arg(recordTypeName(x.type), x.id.toString(QUuid::WithoutBraces), shownValue(x.title),
                                      conflictKindName(x.kind))
                  << "\n"
                  << "    " << tr("versi saya: %1").arg(versionText(x.mine)) << "\n"
                  << "    " << tr("versi PD: %1").arg(versionText(x.theirs)) << "\n";
            for (const FieldDiff &f : x.fields) {
                out() << "    - " << tr("%1: saya «%2» | PD «%3»").arg(f.label, shownValue(f.mine), shownValue(f.theirs))
                      << "\n";
            }
            const Resolution r = res.of(x);
            if (r == Resolution::Mine)
                out() << "    " << tr("→ dipakai versi saya") << "\n";
            else if (r == Resolution::Theirs)
                out() << "    " << tr("→ dipakai versi PD") << "\n";
        }
        for (const MergeSuperseded &x : p.superseded) {
            out() << "  " << tr("KALAH %1 %2 \"%3\": versi PD %4 kalah oleh versi %5 yang lebih baru (%6)")
                                 .arg(recordTypeName(x.type), x.id.toString(QUuid::WithoutBraces), shownValue(x.title),
                                      iso(x.theirs.modified), shownValue(x.winnerPd), iso(x.winner.modified))
                  << "\n";
        }
        for (const FieldDiff &f : p.projectFields) {
            out() << "  " << tr("DATA PROYEK TIDAK DIAMBIL %1: saya «%2» | PD «%3»")
                                 .arg(f.label, shownValue(f.mine), shownValue(f.theirs))
                  << "\n";
        }
    }
}

int runMerge(const QStringList &argv)
{
    Args a(argv, {QStringLiteral("prefer")}, {QStringLiteral("dry-run"), QStringLiteral("json")});
    if (!a.ok())
        return fail(a.error());
    if (a.positionals().size() < 2) {
        return fail(tr("penggunaan: petaksd merge FILE.ksd SALINAN.ksd… [--prefer mine|theirs] [--dry-run] "
                       "[--json]"));
    }
    Resolutions res;
    if (a.has(QStringLiteral("prefer"))) {
        const QString prefer = a.value(QStringLiteral("prefer"));
        if (prefer == QLatin1String("mine"))
            res = Resolutions::allMine();
        else if (prefer == QLatin1String("theirs"))
            res = Resolutions::allTheirs();
        else
            return fail(tr("--prefer harus mine atau theirs, bukan \"%1\"").arg(prefer));
    }
    const bool dryRun = a.has(QStringLiteral("dry-run"));
    const bool json = a.has(QStringLiteral("json"));

    const QString path = a.positionals().first();
    auto loaded = KsdStore::load(path);
    if (!loaded)
        return fail(loaded.error().toString());
    QList<MergeSource> sources;
    for (const QString &copyPath : a.positionals().mid(1)) {
        auto source = loadCopy(copyPath);
        if (!source)
            return fail(source.error().toString());
        if (source->fileVersion < schema::CurrentVersion) {
            err() << tr("%1: format versi %2 diperbarui di memori sebelum digabungkan; berkas salinan tidak diubah")
                         .arg(copyPath)
                         .arg(source->fileVersion)
                  << Qt::endl;
        }
        sources.append(std::move(source.value()));
    }

    auto outcome = mergeAll(loaded->project, sources, QList<Resolutions>(sources.size(), res), nowUtc());
    if (!outcome)
        return fail(outcome.error().toString());

    bool saved = false;
    if (outcome->complete() && !dryRun && outcome->changed) {
        if (Status s = KsdStore::save(outcome->project, path); !s)
            return fail(s.error().toString());
        saved = true;
    }

    if (json) {
        out() << QString::fromUtf8(
            QJsonDocument(outcomeJson(path, *outcome, dryRun, saved)).toJson(QJsonDocument::Indented));
    } else {
        printPlans(*outcome);
        const MergeCounts t = outcome->total();
        out() << tr("Jumlah: %1 ditambahkan, %2 diubah, %3 dihapus, %4 konflik")
                     .arg(t.added)
                     .arg(t.changed)
                     .arg(t.deleted)
                     .arg(t.conflicts)
              << "\n";
        if (saved)
            out() << tr("Disimpan ke %1").arg(path) << "\n";
        else if (outcome->complete() && dryRun)
            out() << tr("Uji coba (--dry-run): %1 tidak diubah").arg(path) << "\n";
        else if (outcome->complete())
            out() << tr("Tidak ada perubahan; %1 tidak diubah").arg(path) << "\n";
    }
    out().flush();
    if (!outcome->complete()) {
        return fail(tr("penggabungan dihentikan: %n konflik belum diputuskan; %1 tidak diubah. Tinjau konflik di "
                       "atas, lalu ulangi dengan --prefer mine (pakai versi saya) atau --prefer theirs "
                       "(pakai versi PD).",
                       nullptr, outcome->unresolved)
                        .arg(path),
                    Conflicts);
    }
    return Ok;
}

} // namespace

QList<Command> shareCommands()
{
    return {
        {QStringLiteral("send"),
         QStringLiteral("FILE.ksd --to \"NAMA PD\" [--urusan DAFTAR] [--without-scans] -o SALINAN.ksd"),
         tr("menulis salinan proyek untuk perangkat daerah, bila perlu hanya urusan tertentu"), runSend},
        {QStringLiteral("merge"),
         QStringLiteral("FILE.ksd SALINAN.ksd… [--prefer mine|theirs] [--dry-run] [--json]"),
         tr("menggabungkan salinan yang dikembalikan perangkat daerah (keluar 3 bila ada konflik)"), runMerge},
    };
}

} // namespace ksd::cli
