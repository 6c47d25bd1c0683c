// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "io/csv.h"
#include "model/records.h"
#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

/// CSV import of entries, proposals and agreements from spreadsheets (issue 4 §5, issue 7 §5).
///
/// The flow the import dialog follows:
///   1. readCsv() / readCsvFile(): decode (UTF-8 with or without BOM, UTF-16 with BOM, Windows-1252 fallback),
///      detect the separator and parse; the result is a CsvTable with the header and the data rows.
///   2. proposeMapping(): for each column of the file, the field it feeds (by header name and English alias).
///      The user may change it; checkMapping() names what is wrong with a mapping (a required field unmapped, two
///      columns on one field).
///   3. importEntries() / importProposals() / importAgreements() with that mapping: every row is validated against
///      the reference data; the result holds the records, the per-row errors and whether it was refused.
/// Everything here is pure and thread-safe, so the UI may run it in a worker thread (ImportOptions::progress
/// reports and cancels).
namespace ksd::io {

enum class ImportKind { Entries, Proposals, Agreements, Offers };

/// A column the importer understands.
struct ImportField
{
    QString key;          ///< canonical header, e.g. "kode_wilayah"
    QStringList aliases;  ///< other accepted headers, normalised (e.g. "region_code")
    bool required = false; ///< the column must be present and its cell filled
    bool inTemplate = true; ///< printed by the template (false: extra optional columns, e.g. the export's detail)
    QString label;        ///< translated, for the mapping UI
};

/// The fields of @p kind, in template order.
QList<ImportField> importFields(ImportKind kind);
/// The template header names of @p kind, in order.
QStringList templateColumns(ImportKind kind);
/// The template header line, e.g. "kode_wilayah;urusan;jenis;...".
QString templateHeader(ImportKind kind, QChar separator = QLatin1Char(';'));
/// A template file for Excel: the header line with a UTF-8 BOM and CRLF.
QByteArray templateFile(ImportKind kind);

/// A header cell reduced for matching: lower case, a parenthesised note and a trailing '*' dropped, spaces and
/// hyphens as '_' ("Prioritas (1–5)" → "prioritas", "Region code" → "region_code").
QString normaliseHeader(const QString &header);

/// A decoded and parsed CSV file: the first non-empty record is the header.
struct CsvTable
{
    QString encoding;       ///< "UTF-8", "UTF-8 BOM", "UTF-16LE", "UTF-16BE" or "Windows-1252"
    QChar separator;        ///< ';', ',' or '\t'
    QStringList header;     ///< header cells as written (trimmed)
    int headerLine = 0;     ///< physical line of the header
    QList<csv::Record> rows; ///< data records; records whose cells are all empty are dropped
};

/// Decodes and parses @p bytes. Refused (with a translated message) when there is no header, or the text ends
/// inside a quoted field (the message names the line where the quote opened).
Result<CsvTable> readCsv(const QByteArray &bytes);
/// readCsv() on a file (at most 200 MB); the error names the file.
Result<CsvTable> readCsvFile(const QString &path);

/// mapping[i] is the field key fed by column i of the file, or empty when column i is ignored.
using ColumnMapping = QStringList;

/// A mapping by header name: canonical names and aliases, any case, with or without notes. A field named by two
/// columns is fed by the first; unknown columns are ignored.
ColumnMapping proposeMapping(ImportKind kind, const QStringList &header);

/// One problem, with where it is: the physical line of the file (the line where the record starts, as Excel
/// shows it when no cell holds a line break), the column as headed in the file, and the value.
struct ImportError
{
    int row = 0;       ///< 1-based physical line
    QString column;    ///< header text in the file; the field key when the column is missing
    QString field;     ///< canonical field key, empty when the column feeds no field
    QString value;     ///< the cell as read
    QString reason;    ///< translated
    /// "baris 7, kolom prioritas, nilai '9': prioritas harus bilangan bulat 1–5" (translated).
    QString toString() const;
    bool operator==(const ImportError &) const = default;
};

/// Header-level problems of @p mapping for @p table: required fields no column feeds, fields fed by two columns,
/// a mapping whose size differs from the header. An import with such problems is refused whatever the mode.
QList<ImportError> checkMapping(ImportKind kind, const CsvTable &table, const ColumnMapping &mapping);

/// Errors as a CSV for Excel (BOM, ';', CRLF) with the columns baris;kolom;nilai;alasan.
QByteArray errorsCsv(const QList<ImportError> &errors);
/// errorsCsv() written to @p path (atomically).
Status writeErrorsCsv(const QList<ImportError> &errors, const QString &path);

struct ImportOptions
{
    /// false (the default): any bad row refuses the whole import. true ("impor baris yang valid"): the valid rows
    /// are imported and the bad ones reported.
    bool skipInvalid = false;
    QString defaultPd;     ///< perangkat daerah when the row has none (RecordMeta::modifiedBy, Entry::sourcePd, ...)
    int defaultYear = 0;   ///< year when the row has none (the project's year)
    QString ownerRegion;   ///< the project's region: proposing region of proposals, first party of agreements
    /// Called every few hundred rows with (rows done, rows in total); returning false cancels the import.
    std::function<bool(int done, int total)> progress;
};

/// The outcome of an import.
template<typename T>
struct ImportResult
{
    /// What to add to the project: every row, only the valid rows (skipInvalid), or nothing (refused).
    QList<T> records;
    QList<ImportError> errors;     ///< header problems first, then row problems in file order
    QStringList ignoredColumns;    ///< headers of columns that feed no field
    QString encoding;
    QChar separator;
    int rowsRead = 0;              ///< non-empty data rows
    int validRows = 0;             ///< rows without errors
    bool refused = false;          ///< nothing is to be imported (see records)
    bool cancelled = false;        ///< ImportOptions::progress returned false
    /// What the import changed on the way in, one translated line each: a legacy stage mapped to the nearest step of
    /// its document's procedure ("baris 4: tahap \"Pelaporan\" dipetakan ke \"Berlaku\" (KB)").
    QStringList notes;
    /// Rows with at least one error.
    int badRows() const { return rowsRead - validRows; }
};

/// Entries (potensi/kebutuhan). Columns: kode_wilayah, urusan, jenis, judul, uraian, layanan, prioritas, besaran,
/// satuan, eksternalitas, wilayah_eksternalitas (region codes separated by spaces or commas, each known and not the
/// entry's own region), bukti_eksternalitas, efisiensi, bukti_efisiensi, perangkat_daerah, tahun, plus the
/// optional detail columns eksternalitas_lokasi, eksternalitas_pengguna, eksternalitas_dampak that the export
/// writes. Without detail columns "ya" in eksternalitas sets Entry::extImpact (the others unknown), "tidak" sets
/// all three to no, "belum_diketahui" or empty leaves all unknown. Each record gets RecordMeta::fresh(its
/// perangkat daerah, else ImportOptions::defaultPd).
ImportResult<Entry> importEntries(const CsvTable &table, const ColumnMapping &mapping, const ImportOptions &options);
/// Proposals (usulan kerja sama): perangkat_daerah, urusan, judul, jenis_kegiatan, jenis_mitra, mitra,
/// kode_wilayah_mitra, bentuk, perkiraan_biaya, dalam_apbd, membebani_masyarakat.
ImportResult<Proposal> importProposals(const CsvTable &table, const ColumnMapping &mapping,
                                       const ImportOptions &options);
/// Agreements (legacy register): jenis_dokumen, kategori, judul, mitra, kode_wilayah_mitra, urusan, nomor,
/// tanggal_tanda_tangan, tanggal_mulai, tanggal_berakhir, tahap, status, perangkat_daerah, nilai.
ImportResult<Agreement> importAgreements(const CsvTable &table, const ColumnMapping &mapping,
                                         const ImportOptions &options);

/// Convenience for headless use: readCsv() and proposeMapping(), then the import.
Result<ImportResult<Entry>> importEntries(const QByteArray &bytes, const ImportOptions &options);
Result<ImportResult<Proposal>> importProposals(const QByteArray &bytes, const ImportOptions &options);
Result<ImportResult<Agreement>> importAgreements(const QByteArray &bytes, const ImportOptions &options);
/// Incoming offers (penawaran masuk): jenis_pengirim (daerah/pihak_ketiga/kl/pemda_ln/lembaga_ln; daerah when a
/// region code is given), kode_wilayah_pengirim, nama_pengirim, tanggal_diterima (required), nomor_surat, urusan,
/// hal (required: what is offered), uraian, perangkat_daerah_pendapat, batas_jawaban (not before
/// tanggal_diterima), membebani_masyarakat, dalam_apbd. Each offer waits for an answer (status menunggu).
ImportResult<IncomingOffer> importOffers(const CsvTable &table, const ColumnMapping &mapping,
                                         const ImportOptions &options);

} // namespace ksd::io
