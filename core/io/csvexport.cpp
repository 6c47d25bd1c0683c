// SPDX-License-Identifier: Apache-2.0
#include "csvexport.h"

#include "io/csv.h"
#include "io/csvimport.h"
#include "csvimport_p.h"
#include "io/csvvalues.h"
#include "refdata/refdata.h"
#include "register/screening.h"
#include "util/i18n.h"

#include <QSaveFile>

#include <cmath>

namespace ksd::io {

QStringList entryExportColumns()
{
    QStringList columns = templateColumns(ImportKind::Entries);
    columns << QStringLiteral("eksternalitas_lokasi") << QStringLiteral("eksternalitas_pengguna")
            << QStringLiteral("eksternalitas_dampak");
    return columns;
}

QStringList entryExportRow(const Entry &e)
{
    return {
        e.regionCode,
        e.urusanCode,
        entryKindKey(e.kind),
        protectText(e.title),
        protectText(e.description),
        protectText(e.service),
        QString::number(e.priority),
        e.magnitude ? formatNumber(*e.magnitude) : QString(),
        protectText(e.unit),
        evidenceKey(e.externality()),
        e.externalityRegions.join(QLatin1Char(' ')),
        protectText(e.externalityNote),
        evidenceKey(e.efficiency),
        protectText(e.efficiencyNote),
        protectText(e.sourcePd),
        e.year ? QString::number(e.year) : QString(),
        evidenceKey(e.extLocation),
        evidenceKey(e.extUsers),
        evidenceKey(e.extImpact),
    };
}

QByteArray exportEntriesCsv(const QList<Entry> &entries)
{
    QList<QStringList> records;
    records.reserve(entries.size() + 1);
    records.append(entryExportColumns());
    for (const Entry &e : entries) {
        if (!e.meta.deleted)
            records.append(entryExportRow(e));
    }
    return csv::excelBytes(records);
}

namespace {

QString yesNo(bool b)
{
    return b ? QStringLiteral("ya") : QStringLiteral("tidak");
}

/// @p v rounded to @p decimals places, with a decimal comma.
QString rounded(double v, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return formatNumber(std::round(v * scale) / scale);
}

QString regionName(const QString &code)
{
    const Region *r = RefData::instance().region(code);
    return r ? r->name : QString();
}

QString urusanName(const QString &code)
{
    const Urusan *u = RefData::instance().urusan(code);
    return u ? u->name : QString();
}

} // namespace

QStringList suggestionExportColumns()
{
    static const char *const columns[] = {
        "kode_wilayah_a", "nama_wilayah_a", "kode_wilayah_b", "nama_wilayah_b", "urusan", "nama_urusan", "layanan",
        "kelas", "nama_kelas", "tipe_pasangan", "diambil_alih", "rujuk_provinsi", "persetujuan_dprd",
        "kajian_hukum", "eksternalitas", "efisiensi", "berbatasan", "langkah_batas", "jarak_km", "skor",
        "kecocokan_a_ke_b", "kecocokan_b_ke_a", "kebutuhan_bersama", "potensi_a", "kebutuhan_a", "potensi_b",
        "kebutuhan_b", "kerja_sama_aktif", "alasan", "kunci"};
    QStringList out;
    for (const char *c : columns)
        out.append(QString::fromLatin1(c));
    return out;
}

QStringList suggestionExportRow(const Suggestion &s)
{
    return {
        s.regionA,
        regionName(s.regionA),
        s.regionB,
        regionName(s.regionB),
        s.urusan,
        urusanName(s.urusan),
        protectText(s.service),
        ksdClassKey(s.cls),
        ksdClassName(s.cls),
        pairTypeKey(s.pairType),
        takeoverKey(s.takeover),
        s.referTo.join(QStringLiteral(", ")),
        yesNo(s.dprdApproval),
        yesNo(s.legalReview),
        evidenceKey(s.externality),
        evidenceKey(s.efficiency),
        yesNo(s.adjacent),
        s.hops == 255 ? QString() : QString::number(s.hops),
        rounded(s.km, 1),
        rounded(s.score, 1),
        rounded(s.fitAB, 2),
        rounded(s.fitBA, 2),
        yesNo(s.sharedNeed),
        QString::number(s.potensiA),
        QString::number(s.kebutuhanA),
        QString::number(s.potensiB),
        QString::number(s.kebutuhanB),
        yesNo(s.existingAgreement),
        protectText(SuggestionEngine::reasons(s)),
        s.key(),
    };
}

QByteArray exportSuggestionsCsv(const SuggestionSet &set)
{
    QList<QStringList> records;
    records.reserve(set.suggestions.size() + 1);
    records.append(suggestionExportColumns());
    for (const Suggestion &s : set.suggestions)
        records.append(suggestionExportRow(s));
    return csv::excelBytes(records);
}

QByteArray exportProposalsCsv(const Project &project)
{
    QList<QStringList> records;
    records.append({QStringLiteral("kode_wilayah"), QStringLiteral("urusan"), QStringLiteral("kode_wilayah_mitra"),
                    QStringLiteral("kategori"), QStringLiteral("kelas"), QStringLiteral("judul"),
                    QStringLiteral("mitra"), QStringLiteral("persetujuan_dprd"), QStringLiteral("kunci_saran")});
    const ProposalScreener screener(project);
    for (const Proposal &p : project.proposals) {
        if (p.meta.deleted)
            continue;
        const ScreeningResult r = screener.screen(p);
        records.append({p.regionCode, p.urusanCode, p.partnerRegionCodes.join(QLatin1Char(' ')),
                        r.eligible ? categoryKey(r.category) : QString(),
                        r.category == Category::KSDD ? r.ksddClass : QString(), protectText(p.title),
                        protectText(p.partnerNames), r.dprdApproval ? QStringLiteral("ya") : QStringLiteral("tidak"),
                        p.suggestionKey});
    }
    return csv::excelBytes(records);
}

QByteArray exportAgreementsCsv(const Project &project)
{
    QList<QStringList> records;
    records.append({QStringLiteral("kode_wilayah"), QStringLiteral("urusan"), QStringLiteral("kategori"),
                    QStringLiteral("jenis_dokumen"), QStringLiteral("judul"), QStringLiteral("tahap"),
                    QStringLiteral("status"), QStringLiteral("tanggal_tanda_tangan"), QStringLiteral("mulai"),
                    QStringLiteral("berakhir")});
    for (const Agreement &a : project.agreements) {
        if (a.meta.deleted)
            continue;
        QStringList regions;
        for (const Party &party : a.parties) {
            if (party.kind == PartyKind::Region)
                regions << party.regionCode;
        }
        records.append({regions.join(QLatin1Char(' ')), a.urusanCode, categoryKey(a.category), docTypeKey(a.docType),
                        protectText(a.title), stageKey(a.stage), statusKey(a.status), shortDate(a.signedOn),
                        shortDate(a.startDate), shortDate(a.endDate)});
    }
    return csv::excelBytes(records);
}

Status writeCsvFile(const QByteArray &bytes, const QString &path)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return Error{CsvText::tr("Berkas CSV tidak dapat ditulis: %1").arg(f.errorString()), path, 0};
    return Status::success();
}

} // namespace ksd::io
