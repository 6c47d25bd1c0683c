// SPDX-License-Identifier: Apache-2.0
#include "csvexport.h"

#include "io/csv.h"
#include "io/csvimport.h"
#include "csvimport_p.h"
#include "io/csvvalues.h"
#include "refdata/refdata.h"
#include "register/agreementphase.h"
#include "register/procedure.h"
#include "register/screening.h"
#include "register/terms.h"
#include "util/format.h"
#include "util/i18n.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cmath>

namespace ksd::io {

namespace {
struct ExportText
{
    Q_DECLARE_TR_FUNCTIONS(ksd::CsvExport)
};
} // namespace

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

} // namespace

QStringList suggestionExportColumns()
{
    static const char *const columns[] = {
        "kode_wilayah_a", "nama_wilayah_a", "kode_wilayah_b", "nama_wilayah_b", "urusan", "nama_urusan", "layanan",
        "kelas", "nama_kelas", "tipe_pasangan", "diambil_alih", "rujuk_provinsi", "persetujuan_dprd",
        "kajian_hukum", "eksternalitas", "efisiensi", "berbatasan", "langkah_batas", "jarak_km", "skor",
        "kecocokan_a_ke_b", "kecocokan_b_ke_a", "kebutuhan_bersama", "potensi_a", "kebutuhan_a", "potensi_b",
        "kebutuhan_b", "kerja_sama_aktif", "alasan", "kunci", "perbatasan_laut", "kewenangan_belum_diperiksa",
        "jenis", "anggota"};
    QStringList out;
    for (const char *c : columns)
        out.append(QString::fromLatin1(c));
    return out;
}

namespace {

/// One cell of the suggestions output: its CSV text (Indonesian decimals, protected against formulas) and its
/// JSON value (numbers as numbers, yes/no as booleans, nothing as null).
struct Cell
{
    QString text;
    QJsonValue json;
};

Cell text(const QString &t)
{
    return {protectText(t), t.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(t)};
}
Cell number(double v, int decimals)
{
    return {rounded(v, decimals), QString::number(v, 'f', decimals).toDouble()};
}
Cell count(int n)
{
    return {QString::number(n), n};
}
Cell flag(bool b)
{
    return {yesNo(b), b};
}
/// Region codes: one cell of codes in the CSV, an array in JSON.
Cell codes(const QStringList &list, const QString &separator)
{
    return {protectText(list.join(separator)), QJsonArray::fromStringList(list)};
}
Cell none()
{
    return {QString(), QJsonValue(QJsonValue::Null)};
}

QList<Cell> pairCells(const Suggestion &s)
{
    return {
        text(s.regionA), text(regionName(s.regionA)), text(s.regionB), text(regionName(s.regionB)),
        text(s.urusan), text(urusanName(s.urusan)), text(s.service), text(ksdClassKey(s.cls)),
        text(ksdClassName(s.cls)), text(pairTypeKey(s.pairType)), text(takeoverKey(s.takeover)),
        codes(s.referTo, QStringLiteral(", ")), flag(s.dprdApproval), flag(s.legalReview),
        text(evidenceKey(s.externality)), text(evidenceKey(s.efficiency)), flag(s.adjacent),
        s.hops == 255 ? none() : count(s.hops), number(s.km, 1), number(s.score, 1), number(s.fitAB, 2),
        number(s.fitBA, 2), flag(s.sharedNeed), count(s.potensiA), count(s.kebutuhanA), count(s.potensiB),
        count(s.kebutuhanB), flag(s.existingAgreement), text(SuggestionEngine::reasons(s)), text(s.key()),
        flag(s.seaBorder), flag(s.authorityUnchecked), text(QStringLiteral("pasangan")),
        codes({s.regionA, s.regionB}, QStringLiteral(" ")),
    };
}

/// A multi-party cluster: its first member in the A columns, the others in "anggota"; what a pair alone has
/// (distance, fit, counts) stays empty.
QList<Cell> clusterCells(const Cluster &c)
{
    const QString first = c.members.value(0);
    return {
        text(first), text(regionName(first)), none(), none(), text(c.urusan), text(urusanName(c.urusan)),
        text(c.service), text(ksdClassKey(c.cls)), text(ksdClassName(c.cls)),
        text(c.pairTypes.join(QLatin1Char(' '))), text(takeoverKey(c.takeover)),
        codes(c.referTo, QStringLiteral(", ")), none(), flag(c.legalReview), none(), none(), none(), none(),
        none(), number(c.score, 1), none(), none(), none(), none(), none(), none(), none(), none(),
        text(SuggestionEngine::reasons(c)), text(c.key()), flag(c.seaBorder), flag(c.authorityUnchecked),
        text(QStringLiteral("klaster")), codes(c.members, QStringLiteral(" ")),
    };
}

/// An entry the engine could not use, with the reason.
QList<Cell> issueCells(const EngineIssue &i)
{
    QList<Cell> cells(suggestionExportColumns().size(), none());
    cells[0] = text(i.regionCode);
    cells[1] = text(regionName(i.regionCode));
    cells[4] = text(i.urusanCode);
    cells[5] = text(urusanName(i.urusanCode));
    cells[7] = text(ksdClassKey(i.cls));
    cells[8] = text(ksdClassName(i.cls));
    cells[28] = text(QStringLiteral("isian %1: %2").arg(i.entryId.toString(QUuid::WithoutBraces), i.reason));
    cells[32] = text(QStringLiteral("isian_ditolak"));
    cells[33] = codes({i.regionCode}, QStringLiteral(" "));
    return cells;
}

QStringList texts(const QList<Cell> &cells)
{
    QStringList out;
    out.reserve(cells.size());
    for (const Cell &c : cells)
        out.append(c.text);
    return out;
}

} // namespace

QStringList suggestionExportRow(const Suggestion &suggestion)
{
    return texts(pairCells(suggestion));
}

Status writeSuggestions(const SuggestionSet &set, SuggestionFormat format, QIODevice &device)
{
    const QStringList columns = suggestionExportColumns();
    const auto put = [&device](const QByteArray &bytes) { return device.write(bytes) == bytes.size(); };
    bool ok = true;
    bool first = true;
    // One row at a time: the national project's 117,000 pairs never sit in memory as text all at once.
    const auto row = [&](const QList<Cell> &cells) {
        if (!ok)
            return;
        if (format == SuggestionFormat::ExcelCsv) {
            ok = put((csv::joinRecord(texts(cells), QLatin1Char(';')) + QLatin1String("\r\n")).toUtf8());
            return;
        }
        QJsonObject o;
        for (qsizetype c = 0; c < columns.size(); ++c)
            o.insert(columns[c], cells[c].json);
        ok = put((first ? QByteArrayLiteral("\n") : QByteArrayLiteral(",\n")) + QJsonDocument(o).toJson(QJsonDocument::Compact));
        first = false;
    };
    if (format == SuggestionFormat::ExcelCsv)
        ok = put(QByteArray("\xEF\xBB\xBF") + (csv::joinRecord(columns, QLatin1Char(';')) + QLatin1String("\r\n")).toUtf8());
    else
        ok = put(QByteArrayLiteral("["));
    for (const Suggestion &s : set.suggestions)
        row(pairCells(s));
    for (const Cluster &c : set.clusters)
        row(clusterCells(c));
    for (const EngineIssue &i : set.issues)
        row(issueCells(i));
    if (ok && format == SuggestionFormat::Json)
        ok = put(QByteArrayLiteral("\n]\n"));
    if (!ok)
        return Error{ExportText::tr("Saran tidak dapat ditulis: %1").arg(device.errorString()), {}, 0};
    return {};
}

QByteArray exportSuggestionsCsv(const SuggestionSet &set)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    (void)writeSuggestions(set, SuggestionFormat::ExcelCsv, buffer);
    return buffer.data();
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
                        protectText(p.partnerNames), yesNo(r.dprdApproval),
                        p.suggestionKey});
    }
    return csv::excelBytes(records);
}

QByteArray exportAgreementsCsv(const Project &project, const QDate &today)
{
    QList<QStringList> records;
    records.append({QStringLiteral("kode_wilayah"), QStringLiteral("urusan"), QStringLiteral("kategori"),
                    QStringLiteral("jenis_dokumen"), QStringLiteral("judul"), QStringLiteral("tahap"),
                    QStringLiteral("status"), QStringLiteral("tanggal_tanda_tangan"), QStringLiteral("mulai"),
                    QStringLiteral("berakhir"), QStringLiteral("pihak"), QStringLiteral("nomor"),
                    QStringLiteral("keadaan"), QStringLiteral("jangka_waktu_hari"),
                    QStringLiteral("pengecualian_jangka_waktu"), QStringLiteral("peringatan_jangka_waktu"),
                    QStringLiteral("kb_acuan"), QStringLiteral("memperpanjang"), QStringLiteral("prosedur"),
                    QStringLiteral("langkah_berikutnya"), QStringLiteral("perlu_ditinjau")});
    const RefData &ref = RefData::instance();
    auto titleOf = [&project](const QUuid &id) {
        const Agreement *x = id.isNull() ? nullptr : project.agreement(id);
        return x ? x->title : QString();
    };
    for (const Agreement &a : project.agreements) {
        if (a.meta.deleted)
            continue;
        QStringList regions;
        QStringList parties;
        QStringList numbers;
        for (const Party &party : a.parties) {
            QString name = party.name;
            if (party.kind == PartyKind::Region) {
                regions << party.regionCode;
                if (const Region *r = ref.region(party.regionCode))
                    name = r->name;
            }
            parties << name;
            if (!party.documentNumber.trimmed().isEmpty())
                numbers << QStringLiteral("%1: %2").arg(name, party.documentNumber.simplified());
        }
        const QDate start = a.startDate.isValid() ? a.startDate : a.signedOn;
        const QString termDays = start.isValid() && a.endDate.isValid() ? QString::number(start.daysTo(a.endDate))
                                                                         : QString();
        records.append({regions.join(QLatin1Char(' ')), a.urusanCode, categoryKey(a.category), docTypeKey(a.docType),
                        protectText(a.title), stageKey(a.stage), statusKey(a.status), shortDate(a.signedOn),
                        shortDate(a.startDate), shortDate(a.endDate), protectText(parties.join(QStringLiteral(" | "))),
                        protectText(numbers.join(QStringLiteral(" | "))),
                        agreementPhaseName(agreementPhase(a, today)), termDays, protectText(a.termException),
                        yesNo(termNeedsException(a)), protectText(titleOf(a.kbId)),
                        protectText(titleOf(a.previousId)), procedureFor(a).key,
                        nextStepText(a, procedureContext(a, project)), protectText(a.reviewNote)});
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
