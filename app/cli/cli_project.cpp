// SPDX-License-Identifier: Apache-2.0
// petaksd new | demo | check
#include <QCoreApplication>
#include "cli.h"

#include "demo/demoproject.h"
#include "refdata/refdata.h"
#include "register/archive.h"
#include "register/validation.h"
#include "store/ksdstore.h"
#include "store/schema.h"
#include "util/usertext.h"

#include <QDate>
#include <QFileInfo>

namespace ksd::cli {

namespace {

// lupdate reads Tr::tr() with this context; a free tr() wrapper would be filed under the namespace.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ksd::cli)
};

int saveNew(const Project &p, const QString &path)
{
    if (QFileInfo::exists(path))
        return fail(Tr::tr("%1 sudah ada; pilih nama lain agar berkas itu tidak tertimpa").arg(path));
    if (Status s = KsdStore::save(p, path); !s)
        return fail(s.error().toString());
    return Ok;
}

int runNew(const QStringList &argv)
{
    Args a(argv, {QStringLiteral("region"), QStringLiteral("title"), QStringLiteral("year")}, {});
    if (!a.ok())
        return fail(a.error());
    if (a.positionals().size() != 1 || !a.has(QStringLiteral("region")))
        return fail(Tr::tr("penggunaan: petaksd new FILE.ksd --region KODE [--title JUDUL] [--year TAHUN]"));
    const auto region = RefData::instance().findRegion(a.value(QStringLiteral("region")));
    if (!region)
        return fail(region.error().message);
    bool yearOk = true;
    const int year = a.has(QStringLiteral("year")) ? a.value(QStringLiteral("year")).toInt(&yearOk)
                                                   : QDate::currentDate().year();
    if (!yearOk || year < 2000 || year > 2100)
        return fail(Tr::tr("tahun \"%1\" tidak valid (harus 2000–2100)").arg(a.value(QStringLiteral("year"))));
    const QString title = a.value(QStringLiteral("title"),
                                  Tr::tr("Pemetaan KSD %1 %2").arg((*region)->name).arg(year));
    Project p = Project::create((*region)->code, title, year);
    const QString path = a.positionals().first();
    if (int rc = saveNew(p, path); rc != Ok)
        return rc;
    out() << Tr::tr("Proyek baru dibuat: %1").arg(path) << Qt::endl;
    return Ok;
}

int runDemo(const QStringList &argv)
{
    Args a(argv, {}, {});
    if (!a.ok())
        return fail(a.error());
    if (a.positionals().size() != 1)
        return fail(Tr::tr("penggunaan: petaksd demo FILE.ksd"));
    const QString path = a.positionals().first();
    if (int rc = saveNew(makeDemoProject(), path); rc != Ok)
        return rc;
    out() << Tr::tr("Proyek contoh dibuat: %1").arg(path) << Qt::endl;
    return Ok;
}

template<typename T>
QPair<int, int> liveAndDeleted(const QList<T> &records)
{
    int live = 0;
    int deleted = 0;
    for (const T &r : records)
        (r.meta.deleted ? deleted : live)++;
    return {live, deleted};
}

/// `check --documents`: every archived document with its state; 1 when one is altered or missing.
int checkDocumentsOf(const Project &p)
{
    const QList<DocumentCheck> checks = checkDocuments(p);
    int bad = 0;
    for (const DocumentCheck &c : checks) {
        out() << Tr::tr("%1 | %2 | %3 | %4")
                     .arg(documentStateName(c.state), shownValue(c.agreementTitle), shownValue(c.fileName),
                          formatByteSize(c.size))
              << "\n";
        if (c.state == DocumentState::Altered)
            out() << "    " << Tr::tr("SHA-256 tercatat %1, isi sekarang %2").arg(c.recordedHash, c.actualHash) << "\n";
        if (c.state == DocumentState::Altered || c.state == DocumentState::Missing)
            ++bad;
    }
    out() << Tr::tr("Dokumen diperiksa: %1; berubah atau tidak ada: %2").arg(checks.size()).arg(bad) << Qt::endl;
    return bad > 0 ? Refused : Ok;
}

int runCheck(const QStringList &argv)
{
    Args a(argv, {}, {QStringLiteral("full"), QStringLiteral("documents")});
    if (!a.ok())
        return fail(a.error());
    if (a.positionals().size() != 1)
        return fail(Tr::tr("penggunaan: petaksd check FILE.ksd [--full] [--documents]"));
    const QString path = a.positionals().first();
    LoadOptions options;
    options.integrity = a.has(QStringLiteral("full")) ? IntegrityCheck::Full : IntegrityCheck::Quick;
    auto loaded = KsdStore::load(path, options);
    if (!loaded)
        return fail(loaded.error().toString());
    const Project &p = loaded->project;
    const Region *owner = RefData::instance().region(p.ownerRegion);
    out() << Tr::tr("Berkas: %1").arg(path) << "\n"
          << Tr::tr("Format: versi %1 (application_id 0x%2)")
                 .arg(loaded->info.fileVersion)
                 .arg(QString::number(schema::ApplicationId, 16).toUpper())
          << "\n"
          << (loaded->info.integrityCheck == IntegrityCheck::Full
                  ? Tr::tr("Pemeriksaan: lengkap (integrity_check: halaman, indeks dan UNIQUE)")
                  : Tr::tr("Pemeriksaan: cepat (quick_check: struktur halaman; --full memeriksa indeks juga)"))
          << "\n";
    if (loaded->info.fileVersion < schema::CurrentVersion) {
        out() << Tr::tr("Dibaca sebagai format versi %1 (di memori; berkas tidak diubah)").arg(schema::CurrentVersion)
              << "\n";
    }
    for (const QString &w : loaded->info.warnings)
        out() << Tr::tr("Peringatan: %1").arg(w) << "\n";
    out() << Tr::tr("Judul: %1").arg(shownValue(p.title)) << "\n"
          << Tr::tr("Daerah pemilik: %1 %2")
                 .arg(shownValue(p.ownerRegion), owner ? owner->name : Tr::tr("(kode tidak dikenal)"))
          << "\n"
          << Tr::tr("Tahun: %1").arg(p.year) << "\n"
          << Tr::tr("Wilayah dalam cakupan: %1").arg(p.scope.size()) << "\n";
    if (p.copyInfo)
        out() << Tr::tr("Salinan untuk: %1").arg(shownValue(p.copyInfo->forPd)) << "\n";
    auto line = [](const QString &label, QPair<int, int> c) {
        out() << label << ": " << c.first;
        if (c.second)
            out() << ' ' << Tr::tr("(+%1 dihapus)").arg(c.second);
        out() << "\n";
    };
    line(Tr::tr("Isian (potensi/kebutuhan)"), liveAndDeleted(p.entries));
    line(Tr::tr("Usulan"), liveAndDeleted(p.proposals));
    line(Tr::tr("Kerja sama"), liveAndDeleted(p.agreements));
    line(Tr::tr("Monev"), liveAndDeleted(p.monev));
    line(Tr::tr("Dokumen"), liveAndDeleted(p.documents));
    line(Tr::tr("Penawaran masuk"), liveAndDeleted(p.offers));
    out().flush();
    if (a.has(QStringLiteral("documents")))
        return checkDocumentsOf(p);
    return Ok;
}

/// The live agreement named by @p key: its id, or a party's document number (any case, spaces simplified).
Result<const Agreement *> findAgreement(const Project &p, const QString &key)
{
    const QUuid id = QUuid::fromString(key);
    QList<const Agreement *> found;
    const QString number = key.simplified().toCaseFolded();
    for (const Agreement &x : p.agreements) {
        if (x.meta.deleted)
            continue;
        if (!id.isNull() && x.meta.id == id)
            return &x;
        for (const Party &party : x.parties) {
            if (!number.isEmpty() && party.documentNumber.simplified().toCaseFolded() == number) {
                found.append(&x);
                break;
            }
        }
    }
    if (found.size() == 1)
        return found.first();
    if (found.isEmpty())
        return Error{Tr::tr("tidak ada kerja sama dengan nomor atau id \"%1\"").arg(key), {}, 0};
    QStringList titles;
    for (const Agreement *x : found)
        titles << x->title;
    return Error{Tr::tr("nomor \"%1\" dipakai %2 kerja sama (%3); pakai id kerja sama")
                     .arg(key)
                     .arg(found.size())
                     .arg(titles.join(QStringLiteral("; "))),
                 {}, 0};
}

int runAttach(const QStringList &argv)
{
    Args a(argv, {QStringLiteral("agreement"), QStringLiteral("version"), QStringLiteral("kind"),
                  QStringLiteral("holder"), QStringLiteral("location"), QStringLiteral("pd")},
           {});
    if (!a.ok())
        return fail(a.error());
    if (a.positionals().size() != 2 || !a.has(QStringLiteral("agreement")))
        return fail(Tr::tr("penggunaan: petaksd attach FILE.ksd --agreement NOMOR PINDAIAN [--version "
                           "draf|reviu|final] [--kind JENIS] [--holder PEMEGANG] [--location LOKASI]"));
    const QString versionText = a.value(QStringLiteral("version"), QStringLiteral("final"));
    const auto version = documentVersionFromKey(versionText);
    if (!version || *version == DocumentVersion::Unstated)
        return fail(Tr::tr("versi \"%1\" tidak dikenal: pakai draf, reviu atau final").arg(versionText));
    const QString path = a.positionals().at(0);
    auto loaded = KsdStore::load(path);
    if (!loaded)
        return fail(loaded.error().toString());
    Project p = loaded->project;
    const auto agreement = findAgreement(p, a.value(QStringLiteral("agreement")));
    if (!agreement)
        return fail(agreement.error().message);
    const QString kind = a.value(QStringLiteral("kind"), docTypeKey((*agreement)->docType).toLower());
    auto doc = archiveFile(a.positionals().at(1), (*agreement)->meta.id, kind, *version);
    if (!doc)
        return fail(doc.error().message, Refused);
    const QString by = a.value(QStringLiteral("pd"), p.copyInfo ? p.copyInfo->forPd : Tr::tr("Bagian Kerja Sama"));
    doc->meta = RecordMeta::fresh(by);
    doc->originalHolder = a.value(QStringLiteral("holder"));
    doc->originalLocation = a.value(QStringLiteral("location"));
    p.documents.append(*doc);
    p.modified = nowUtc();
    if (Status s = KsdStore::save(p, path); !s)
        return fail(s.error().toString());
    out() << Tr::tr("Dilampirkan: %1 (%2, SHA-256 %3, versi %4) pada \"%5\"")
                 .arg(doc->fileName, formatByteSize(doc->data.size()), doc->sha256,
                      documentVersionName(doc->version), (*agreement)->title)
          << Qt::endl;
    return Ok;
}

} // namespace

QList<Command> projectCommands()
{
    return {
        {QStringLiteral("new"), QStringLiteral("FILE.ksd --region KODE [--title JUDUL] [--year TAHUN]"),
         Tr::tr("membuat proyek baru untuk daerah KODE"), runNew},
        {QStringLiteral("demo"), QStringLiteral("FILE.ksd"),
         Tr::tr("menulis proyek contoh \"Pemetaan KSD Kabupaten Banjar 2024\""), runDemo},
        {QStringLiteral("check"), QStringLiteral("FILE.ksd [--full] [--documents]"),
         Tr::tr("memeriksa berkas .ksd dan meringkas isinya (keluar 2 bila ditolak); --full menjalankan "
                "integrity_check SQLite yang lengkap; --documents memeriksa SHA-256 setiap dokumen arsip (keluar 1 "
                "bila ada yang berubah atau tidak ada)"),
         runCheck},
        {QStringLiteral("attach"),
         QStringLiteral("FILE.ksd --agreement NOMOR PINDAIAN [--version draf|reviu|final] [--kind JENIS] "
                        "[--holder PEMEGANG] [--location LOKASI]"),
         Tr::tr("melampirkan naskah (pindaian, PDF) pada kerja sama bernomor NOMOR, dengan SHA-256 dan versinya"),
         runAttach},
    };
}

} // namespace ksd::cli
