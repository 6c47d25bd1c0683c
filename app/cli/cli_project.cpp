// SPDX-License-Identifier: Apache-2.0
// petaksd new | demo | check
#include <QCoreApplication>
#include "cli.h"

#include "demo/demoproject.h"
#include "refdata/refdata.h"
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

int runCheck(const QStringList &argv)
{
    Args a(argv, {}, {QStringLiteral("full")});
    if (!a.ok())
        return fail(a.error());
    if (a.positionals().size() != 1)
        return fail(Tr::tr("penggunaan: petaksd check FILE.ksd [--full]"));
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
    out().flush();
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
        {QStringLiteral("check"), QStringLiteral("FILE.ksd [--full]"),
         Tr::tr("memeriksa berkas .ksd dan meringkas isinya (keluar 2 bila ditolak); --full menjalankan "
                "integrity_check SQLite yang lengkap"),
         runCheck},
    };
}

} // namespace ksd::cli
