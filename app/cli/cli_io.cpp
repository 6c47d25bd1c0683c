// SPDX-License-Identifier: Apache-2.0
// petaksd template, import, export
#include <QCoreApplication>
#include "cli.h"

#include "engine/engine.h"
#include "io/csvexport.h"
#include "io/csvimport.h"
#include "store/ksdstore.h"

#include <QDate>
#include <QFile>
#include <QSet>

#include <cstdio>

namespace ksd::cli {

namespace {

// lupdate reads Tr::tr() with this context; a free tr() wrapper would be filed under the namespace.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ksd::cli)
};

const QString kEntries = QStringLiteral("entries");
const QString kProposals = QStringLiteral("proposals");
const QString kAgreements = QStringLiteral("agreements");
const QString kSuggestions = QStringLiteral("suggestions");
const QString kOffers = QStringLiteral("offers");

QString separatorName(QChar c)
{
    if (c == QLatin1Char('\t'))
        return Tr::tr("tab");
    return QStringLiteral("'%1'").arg(c);
}

/// Writes @p bytes to @p path, or to stdout when @p path is "-".
int writeOutput(const QByteArray &bytes, const QString &path)
{
    if (path == QLatin1String("-")) {
        out().flush();
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        std::fflush(stdout);
        return Ok;
    }
    if (Status s = io::writeCsvFile(bytes, path); !s)
        return fail(s.error().toString());
    return Ok;
}

int runTemplate(const QStringList &argv)
{
    Args a(argv, {QStringLiteral("o")}, {kEntries, kProposals, kAgreements, kOffers});
    if (!a.ok())
        return fail(a.error());
    const int chosen = int(a.has(kEntries)) + int(a.has(kProposals)) + int(a.has(kAgreements)) + int(a.has(kOffers));
    if (chosen != 1 || !a.positionals().isEmpty())
        return fail(Tr::tr("penggunaan: petaksd template --entries|--proposals|--agreements|--offers [-o BERKAS.csv]"));
    const io::ImportKind kind = a.has(kEntries)      ? io::ImportKind::Entries
                                : a.has(kProposals)  ? io::ImportKind::Proposals
                                : a.has(kAgreements) ? io::ImportKind::Agreements
                                                     : io::ImportKind::Offers;
    if (a.has(QStringLiteral("o"))) {
        if (int rc = writeOutput(io::templateFile(kind), a.value(QStringLiteral("o"))); rc != Ok)
            return rc;
        return Ok;
    }
    out() << io::templateHeader(kind) << Qt::endl;
    return Ok;
}

/// Adds the regions of @p entries that are not yet in scope; returns them.
QStringList extendScope(Project &p, const QList<Entry> &entries)
{
    QStringList added;
    for (const Entry &e : entries) {
        if (!p.scope.contains(e.regionCode) && !added.contains(e.regionCode))
            added.append(e.regionCode);
    }
    p.scope += added;
    p.scope.sort();
    added.sort();
    return added;
}

template<typename T>
int finishImport(const io::ImportResult<T> &r, const QString &csvPath, const QString &errorsPath,
                 const QString &noun, bool skipInvalid, const std::function<void(const QList<T> &)> &apply)
{
    if (!r.ignoredColumns.isEmpty())
        err() << Tr::tr("catatan: kolom berikut tidak dikenal dan diabaikan: %1").arg(r.ignoredColumns.join(QStringLiteral(", ")))
              << Qt::endl;
    for (const io::ImportError &e : r.errors)
        err() << e.toString() << "\n";
    err().flush();
    if (!errorsPath.isEmpty() && !r.errors.isEmpty()) {
        if (Status s = io::writeErrorsCsv(r.errors, errorsPath); !s)
            return fail(s.error().toString());
        err() << Tr::tr("Daftar kesalahan ditulis ke %1").arg(errorsPath) << Qt::endl;
    }
    if (r.refused) {
        if (r.badRows() == 0 || r.validRows == 0 || skipInvalid) {
            return fail(Tr::tr("impor ditolak: tidak ada baris yang dapat diimpor dari %1; proyek tidak diubah")
                            .arg(csvPath),
                        Refused);
        }
        return fail(Tr::tr("impor ditolak: %1 dari %2 baris bermasalah; proyek tidak diubah. Perbaiki baris tersebut, "
                       "atau pakai --skip-invalid untuk mengimpor %3 baris yang valid saja.")
                        .arg(r.badRows())
                        .arg(r.rowsRead)
                        .arg(r.validRows),
                    Refused);
    }
    apply(r.records);
    out() << Tr::tr("Diimpor: %1 %2 dari %3 (%4, pemisah %5)")
                 .arg(r.records.size())
                 .arg(noun, csvPath, r.encoding, separatorName(r.separator))
          << "\n";
    if (r.badRows() > 0)
        out() << Tr::tr("Dilewati: %1 baris bermasalah").arg(r.badRows()) << "\n";
    return Ok;
}

int runImport(const QStringList &argv)
{
    Args a(argv, {kEntries, kProposals, kAgreements, kOffers, QStringLiteral("pd"), QStringLiteral("errors")},
           {QStringLiteral("skip-invalid")});
    if (!a.ok())
        return fail(a.error());
    const int chosen = int(a.has(kEntries)) + int(a.has(kProposals)) + int(a.has(kAgreements)) + int(a.has(kOffers));
    if (chosen != 1 || a.positionals().size() != 1) {
        return fail(Tr::tr("penggunaan: petaksd import FILE.ksd --entries CSV|--proposals CSV|--agreements CSV|"
                           "--offers CSV [--skip-invalid] [--pd PERANGKAT_DAERAH] [--errors KESALAHAN.csv]"));
    }
    const QString ksdPath = a.positionals().first();
    auto loaded = KsdStore::load(ksdPath);
    if (!loaded)
        return fail(loaded.error().toString());
    Project project = loaded->project;

    const QString csvPath = a.value(kEntries, a.value(kProposals, a.value(kAgreements, a.value(kOffers))));
    auto table = io::readCsvFile(csvPath);
    if (!table)
        return fail(table.error().toString());

    io::ImportOptions options;
    options.skipInvalid = a.has(QStringLiteral("skip-invalid"));
    options.defaultPd = a.value(QStringLiteral("pd"), project.copyInfo ? project.copyInfo->forPd : QString());
    options.defaultYear = project.year;
    options.ownerRegion = project.ownerRegion;
    const QString errorsPath = a.value(QStringLiteral("errors"));

    QStringList scopeAdded;
    int rc = Ok;
    if (a.has(kEntries)) {
        const auto r = io::importEntries(*table, io::proposeMapping(io::ImportKind::Entries, table->header), options);
        rc = finishImport<Entry>(r, csvPath, errorsPath, Tr::tr("isian"), options.skipInvalid,
                                 [&](const QList<Entry> &records) {
                                     project.entries += records;
                                     scopeAdded = extendScope(project, records);
                                 });
    } else if (a.has(kProposals)) {
        const auto r = io::importProposals(*table, io::proposeMapping(io::ImportKind::Proposals, table->header),
                                           options);
        rc = finishImport<Proposal>(r, csvPath, errorsPath, Tr::tr("usulan"), options.skipInvalid,
                                    [&](const QList<Proposal> &records) { project.proposals += records; });
    } else if (a.has(kOffers)) {
        const auto r = io::importOffers(*table, io::proposeMapping(io::ImportKind::Offers, table->header), options);
        rc = finishImport<IncomingOffer>(r, csvPath, errorsPath, Tr::tr("penawaran masuk"), options.skipInvalid,
                                         [&](const QList<IncomingOffer> &records) { project.offers += records; });
    } else {
        const auto r = io::importAgreements(*table, io::proposeMapping(io::ImportKind::Agreements, table->header),
                                            options);
        rc = finishImport<Agreement>(r, csvPath, errorsPath, Tr::tr("kerja sama"), options.skipInvalid,
                                     [&](const QList<Agreement> &records) { project.agreements += records; });
        // What a legacy register's stages became in each document's own procedure.
        for (const QString &note : r.notes)
            out() << Tr::tr("Tahap dipetakan: %1").arg(note) << "\n";
    }
    if (rc != Ok)
        return rc;
    if (!scopeAdded.isEmpty())
        out() << Tr::tr("Wilayah ditambahkan ke cakupan: %1").arg(scopeAdded.join(QStringLiteral(", "))) << "\n";
    project.modified = nowUtc();
    if (Status s = KsdStore::save(project, ksdPath); !s)
        return fail(s.error().toString());
    out() << Tr::tr("Disimpan: %1").arg(ksdPath) << Qt::endl;
    return Ok;
}

int runExport(const QStringList &argv)
{
    Args a(argv, {QStringLiteral("o")}, {kEntries, kSuggestions, kProposals, kAgreements});
    if (!a.ok())
        return fail(a.error());
    const int chosen = int(a.has(kEntries)) + int(a.has(kSuggestions)) + int(a.has(kProposals))
                       + int(a.has(kAgreements));
    if (chosen != 1 || a.positionals().size() != 1 || !a.has(QStringLiteral("o")))
        return fail(Tr::tr("penggunaan: petaksd export FILE.ksd --entries|--suggestions|--proposals|--agreements "
                           "-o KELUARAN.csv"));
    const QString ksdPath = a.positionals().first();
    const QString outPath = a.value(QStringLiteral("o"));
    auto loaded = KsdStore::load(ksdPath);
    if (!loaded)
        return fail(loaded.error().toString());
    const Project &project = loaded->project;
    if (a.has(kSuggestions)) {
        const SuggestionSet set = SuggestionEngine::run(project);
        if (int rc = writeOutput(io::exportSuggestionsCsv(set), outPath); rc != Ok)
            return rc;
        if (outPath != QLatin1String("-"))
            out() << Tr::tr("Diekspor: %1 saran ke %2").arg(set.suggestions.size()).arg(outPath) << Qt::endl;
        return Ok;
    }
    if (a.has(kProposals) || a.has(kAgreements)) {
        const bool proposals = a.has(kProposals);
        if (int rc = writeOutput(proposals ? io::exportProposalsCsv(project) : io::exportAgreementsCsv(project, QDate::currentDate()),
                                 outPath); rc != Ok)
            return rc;
        if (outPath != QLatin1String("-"))
            out() << (proposals ? Tr::tr("Diekspor: usulan ke %1") : Tr::tr("Diekspor: kerja sama ke %1")).arg(outPath)
                  << Qt::endl;
        return Ok;
    }
    if (int rc = writeOutput(io::exportEntriesCsv(project.entries), outPath); rc != Ok)
        return rc;
    if (outPath != QLatin1String("-"))
        out() << Tr::tr("Diekspor: %1 isian ke %2").arg(project.liveEntries().size()).arg(outPath) << Qt::endl;
    return Ok;
}

} // namespace

QList<Command> ioCommands()
{
    return {
        {QStringLiteral("template"), QStringLiteral("--entries|--proposals|--agreements|--offers [-o BERKAS.csv]"),
         Tr::tr("mencetak baris judul kolom templat CSV (pemisah ';') untuk diisi di Excel"), runTemplate},
        {QStringLiteral("import"),
         QStringLiteral("FILE.ksd --entries CSV|--proposals CSV|--agreements CSV|--offers CSV [--skip-invalid] "
                        "[--pd NAMA] [--errors KESALAHAN.csv]"),
         Tr::tr("mengimpor CSV; bila ada baris bermasalah tidak ada yang diimpor (keluar 1), kecuali dengan "
            "--skip-invalid"),
         runImport},
        {QStringLiteral("export"),
         QStringLiteral("FILE.ksd --entries|--suggestions|--proposals|--agreements -o KELUARAN.csv"),
         Tr::tr("mengekspor isian, saran, usulan atau kerja sama ke CSV untuk Excel (pemisah ';', BOM, koma desimal)"),
         runExport},
    };
}

} // namespace ksd::cli
