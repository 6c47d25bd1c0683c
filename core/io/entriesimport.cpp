// SPDX-License-Identifier: Apache-2.0
// Import of entries (potensi / kebutuhan) from CSV.
#include "csvimport.h"

#include "csvimport_p.h"
#include "csvvalues.h"

#include <QRegularExpression>

namespace ksd::io {

using detail::RowReader;

namespace {

const QList<QPair<QString, EntryKind>> &kindAliases()
{
    static const QList<QPair<QString, EntryKind>> aliases = {
        {QStringLiteral("potensi"), EntryKind::Potensi},
        {QStringLiteral("potential"), EntryKind::Potensi},
        {QStringLiteral("kebutuhan"), EntryKind::Kebutuhan},
        {QStringLiteral("permasalahan"), EntryKind::Kebutuhan},
        {QStringLiteral("masalah"), EntryKind::Kebutuhan},
        {QStringLiteral("kebutuhan permasalahan"), EntryKind::Kebutuhan},
        {QStringLiteral("need"), EntryKind::Kebutuhan},
        {QStringLiteral("problem"), EntryKind::Kebutuhan},
    };
    return aliases;
}

QString evidenceReason()
{
    return CsvText::tr("harus ya, tidak atau belum_diketahui");
}

std::optional<Evidence> evidence(RowReader &row, const QString &key)
{
    const std::optional<Evidence> e = parseEvidence(row.text(key));
    if (!e)
        row.fail(key, evidenceReason());
    return e;
}

/// Free text kept as written (line breaks and inner spacing), but a cell of blanks is empty.
QString freeText(const RowReader &row, const QString &key)
{
    const QString raw = row.raw(key);
    return raw.trimmed().isEmpty() ? QString() : raw;
}

void readExternality(RowReader &row, Entry &e)
{
    const QString location = QStringLiteral("eksternalitas_lokasi");
    const QString users = QStringLiteral("eksternalitas_pengguna");
    const QString impact = QStringLiteral("eksternalitas_dampak");
    const QString overall = QStringLiteral("eksternalitas");
    const bool detailed = !row.text(location).isEmpty() || !row.text(users).isEmpty() || !row.text(impact).isEmpty();
    const std::optional<Evidence> all = evidence(row, overall);
    if (!detailed) {
        if (all == Evidence::Yes) {
            e.extImpact = Evidence::Yes;
        } else if (all == Evidence::No) {
            e.extLocation = e.extUsers = e.extImpact = Evidence::No;
        }
        return;
    }
    const auto l = evidence(row, location);
    const auto u = evidence(row, users);
    const auto i = evidence(row, impact);
    if (!l || !u || !i)
        return;
    e.extLocation = *l;
    e.extUsers = *u;
    e.extImpact = *i;
    if (all && !row.text(overall).isEmpty() && *all != e.externality()) {
        row.fail(overall, CsvText::tr("tidak sesuai dengan rincian eksternalitas (lokasi, pengguna, manfaat/dampak), yang "
                             "menghasilkan '%1'")
                              .arg(evidenceKey(e.externality())));
    }
}

/// wilayah_eksternalitas: region codes separated by spaces or commas, nothing else (a ';' inside the cell is part
/// of a code, which is then unknown). Each must be a known region other than the entry's own; a code written twice
/// is kept once, in the order written.
QStringList readExternalityRegions(RowReader &row, const QString &ownRegion)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    const QString key = QStringLiteral("wilayah_eksternalitas");
    QStringList out;
    for (const QString &written : row.text(key).split(separators, Qt::SkipEmptyParts)) {
        const std::optional<QString> code = row.region(key, written);
        if (!code)
            continue;
        if (*code == ownRegion) {
            row.failValue(key, written,
                          CsvText::tr("sama dengan kode wilayah isian ini; tulis wilayah lain yang terkena "
                                      "eksternalitasnya"));
        } else if (!out.contains(*code)) {
            out.append(*code);
        }
    }
    return out;
}

} // namespace

ImportResult<Entry> importEntries(const CsvTable &table, const ColumnMapping &mapping, const ImportOptions &options)
{
    return detail::runImport<Entry>(ImportKind::Entries, table, mapping, options,
                                    [&options](RowReader &row) -> std::optional<Entry> {
        Entry e;
        const QString region = QStringLiteral("kode_wilayah");
        if (const auto code = row.required(region)) {
            if (const auto r = row.region(region, *code))
                e.regionCode = *r;
        }
        const QString urusan = QStringLiteral("urusan");
        if (row.required(urusan)) {
            if (const auto u = row.urusan(urusan))
                e.urusanCode = *u;
        }
        const QString kind = QStringLiteral("jenis");
        if (const auto k = row.required(kind)) {
            if (const auto parsed = detail::matchChoice(*k, kindAliases()))
                e.kind = *parsed;
            else
                row.fail(kind, CsvText::tr("harus potensi atau kebutuhan"));
        }
        if (const auto t = row.required(QStringLiteral("judul")))
            e.title = *t;
        e.description = freeText(row, QStringLiteral("uraian"));
        e.service = row.text(QStringLiteral("layanan"));
        if (const auto p = row.integer(QStringLiteral("prioritas"), 1, 5, 3))
            e.priority = *p;
        bool bad = false;
        e.magnitude = row.number(QStringLiteral("besaran"), bad);
        e.unit = row.text(QStringLiteral("satuan"));
        readExternality(row, e);
        e.externalityRegions = readExternalityRegions(row, e.regionCode);
        e.externalityNote = freeText(row, QStringLiteral("bukti_eksternalitas"));
        if (const auto eff = evidence(row, QStringLiteral("efisiensi")))
            e.efficiency = *eff;
        e.efficiencyNote = freeText(row, QStringLiteral("bukti_efisiensi"));
        e.sourcePd = row.text(QStringLiteral("perangkat_daerah"));
        if (e.sourcePd.isEmpty())
            e.sourcePd = options.defaultPd;
        if (row.text(QStringLiteral("tahun")).isEmpty()) {
            e.year = options.defaultYear;
        } else if (const auto y = row.integer(QStringLiteral("tahun"), 2000, 2100, options.defaultYear)) {
            e.year = *y;
        }
        if (!row.ok())
            return std::nullopt;
        e.meta = RecordMeta::fresh(e.sourcePd);
        return e;
    });
}

Result<ImportResult<Entry>> importEntries(const QByteArray &bytes, const ImportOptions &options)
{
    Result<CsvTable> table = readCsv(bytes);
    if (!table)
        return table.error();
    return importEntries(*table, proposeMapping(ImportKind::Entries, table->header), options);
}

} // namespace ksd::io
