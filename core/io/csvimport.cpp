// SPDX-License-Identifier: Apache-2.0
#include "csvimport.h"

#include "csvimport_p.h"
#include "csvvalues.h"
#include "refdata/refdata.h"
#include "util/usertext.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

namespace ksd::io {


namespace {

constexpr qint64 MaxCsvBytes = 200LL * 1024 * 1024;

ImportField field(const char *key, std::initializer_list<const char *> aliases, bool required, QString label,
                  bool inTemplate = true)
{
    ImportField f;
    f.key = QString::fromLatin1(key);
    for (const char *a : aliases)
        f.aliases.append(QString::fromLatin1(a));
    f.required = required;
    f.inTemplate = inTemplate;
    f.label = std::move(label);
    return f;
}

QList<ImportField> entryFields()
{
    return {
        field("kode_wilayah", {"region_code", "kode_daerah", "kode", "region"}, true, CsvText::tr("Kode wilayah")),
        field("urusan", {"kode_urusan", "urusan_code"}, true, CsvText::tr("Urusan")),
        field("jenis", {"kind", "type"}, true, CsvText::tr("Jenis (potensi/kebutuhan)")),
        field("judul", {"title"}, true, CsvText::tr("Judul")),
        field("uraian", {"description", "deskripsi"}, false, CsvText::tr("Uraian")),
        field("layanan", {"service"}, false, CsvText::tr("Layanan")),
        field("prioritas", {"priority"}, false, CsvText::tr("Prioritas (1–5)")),
        field("besaran", {"magnitude", "volume"}, false, CsvText::tr("Besaran")),
        field("satuan", {"unit"}, false, CsvText::tr("Satuan")),
        field("eksternalitas", {"externality"}, false, CsvText::tr("Eksternalitas (ya/tidak/belum diketahui)")),
        field("wilayah_eksternalitas",
              {"externality_regions", "wilayah_terdampak", "wilayah_terdampak_eksternalitas"}, false,
              CsvText::tr("Wilayah terdampak eksternalitas (kode wilayah, dipisah spasi atau koma)")),
        field("bukti_eksternalitas", {"externality_evidence", "externality_note"}, false,
              CsvText::tr("Bukti eksternalitas")),
        field("efisiensi", {"efficiency"}, false, CsvText::tr("Efisiensi (ya/tidak/belum diketahui)")),
        field("bukti_efisiensi", {"efficiency_evidence", "efficiency_note"}, false, CsvText::tr("Bukti efisiensi")),
        field("perangkat_daerah", {"agency", "source_pd", "pd", "opd"}, false, CsvText::tr("Perangkat daerah")),
        field("tahun", {"year"}, false, CsvText::tr("Tahun")),
        field("eksternalitas_lokasi", {"externality_location"}, false, CsvText::tr("Eksternalitas: lokasi"), false),
        field("eksternalitas_pengguna", {"externality_users"}, false, CsvText::tr("Eksternalitas: pengguna"), false),
        field("eksternalitas_dampak", {"externality_impact"}, false, CsvText::tr("Eksternalitas: manfaat/dampak"), false),
    };
}

QList<ImportField> proposalFields()
{
    return {
        field("perangkat_daerah", {"agency", "source_pd", "pd", "opd"}, false, CsvText::tr("Perangkat daerah")),
        field("urusan", {"kode_urusan", "urusan_code"}, true, CsvText::tr("Urusan")),
        field("judul", {"title"}, true, CsvText::tr("Judul")),
        field("jenis_kegiatan", {"activity", "activity_kind", "kegiatan"}, false,
              CsvText::tr("Jenis kegiatan (kerja_sama/pengadaan/swakelola/internal)")),
        field("jenis_mitra", {"partner_type"}, false,
              CsvText::tr("Jenis mitra (daerah/pihak_ketiga/kl/pemda_ln/lembaga_ln)")),
        field("mitra", {"partner", "partners", "partner_names", "nama_mitra"}, false, CsvText::tr("Mitra")),
        field("kode_wilayah_mitra", {"partner_region_codes", "partner_codes", "partner_region"}, false,
              CsvText::tr("Kode wilayah mitra")),
        field("bentuk", {"form"}, false, CsvText::tr("Bentuk (KB/PKS/NK)")),
        field("perkiraan_biaya", {"estimated_cost", "cost", "biaya"}, false, CsvText::tr("Perkiraan biaya")),
        field("dalam_apbd", {"in_apbd"}, false, CsvText::tr("Dalam APBD (ya/tidak)")),
        field("membebani_masyarakat", {"burdens_public"}, false, CsvText::tr("Membebani masyarakat (ya/tidak)")),
    };
}

QList<ImportField> agreementFields()
{
    return {
        field("jenis_dokumen", {"document_type", "doc_type"}, true, CsvText::tr("Jenis dokumen (KB/PKS/NK/ADDENDUM)")),
        field("kategori", {"category"}, true, CsvText::tr("Kategori (KSDD/KSDPK/SINERGI/KSDPL/KSDLL)")),
        field("judul", {"title"}, true, CsvText::tr("Judul")),
        field("mitra", {"partner", "partners", "partner_names", "nama_mitra"}, false, CsvText::tr("Mitra")),
        field("kode_wilayah_mitra", {"partner_region_codes", "partner_codes", "partner_region"}, false,
              CsvText::tr("Kode wilayah mitra")),
        field("urusan", {"kode_urusan", "urusan_code"}, false, CsvText::tr("Urusan")),
        field("nomor", {"number", "document_number", "nomor_dokumen"}, false, CsvText::tr("Nomor")),
        field("tanggal_tanda_tangan", {"signed_on", "signing_date", "tanggal_penandatanganan"}, false,
              CsvText::tr("Tanggal tanda tangan")),
        field("tanggal_mulai", {"start_date"}, false, CsvText::tr("Tanggal mulai")),
        field("tanggal_berakhir", {"end_date", "tanggal_selesai"}, false, CsvText::tr("Tanggal berakhir")),
        field("tahap", {"stage"}, false, CsvText::tr("Tahap")),
        field("status", {}, false, CsvText::tr("Status (aktif/berakhir/diperpanjang/dihentikan)")),
        field("perangkat_daerah", {"agency", "implementing_pd", "pd", "opd"}, false, CsvText::tr("Perangkat daerah pelaksana")),
        field("nilai", {"value", "nilai_kerja_sama"}, false, CsvText::tr("Nilai")),
    };
}

QList<ImportField> offerFields()
{
    return {
        field("jenis_pengirim", {"sender_type"}, false,
              CsvText::tr("Jenis pengirim (daerah/pihak_ketiga/kl/pemda_ln/lembaga_ln)")),
        field("kode_wilayah_pengirim", {"sender_region", "sender_region_code"}, false,
              CsvText::tr("Kode wilayah pengirim")),
        field("nama_pengirim", {"sender", "sender_name", "pengirim"}, false, CsvText::tr("Nama pengirim")),
        field("tanggal_diterima", {"received_on", "tanggal_surat", "tanggal"}, true, CsvText::tr("Tanggal diterima")),
        field("nomor_surat", {"letter_number", "nomor"}, false, CsvText::tr("Nomor surat")),
        field("urusan", {"kode_urusan", "urusan_code"}, false, CsvText::tr("Urusan")),
        field("hal", {"judul", "title", "perihal"}, true, CsvText::tr("Hal yang ditawarkan")),
        field("uraian", {"description", "deskripsi"}, false, CsvText::tr("Uraian")),
        field("perangkat_daerah_pendapat", {"asked_pd", "pd_pendapat", "perangkat_daerah"}, false,
              CsvText::tr("Perangkat daerah yang dimintai pendapat")),
        field("batas_jawaban", {"answer_due", "batas_waktu"}, false, CsvText::tr("Batas waktu jawaban")),
        field("membebani_masyarakat", {"burdens_public"}, false, CsvText::tr("Membebani masyarakat (ya/tidak)")),
        field("dalam_apbd", {"in_apbd"}, false, CsvText::tr("Dalam APBD (ya/tidak)")),
    };
}

} // namespace

QList<ImportField> importFields(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Entries: return entryFields();
    case ImportKind::Proposals: return proposalFields();
    case ImportKind::Agreements: return agreementFields();
    case ImportKind::Offers: return offerFields();
    }
    return {};
}

QStringList templateColumns(ImportKind kind)
{
    QStringList out;
    for (const ImportField &f : importFields(kind)) {
        if (f.inTemplate)
            out.append(f.key);
    }
    return out;
}

QString templateHeader(ImportKind kind, QChar separator)
{
    return templateColumns(kind).join(separator);
}

QByteArray templateFile(ImportKind kind)
{
    return csv::excelBytes({templateColumns(kind)});
}

QString normaliseHeader(const QString &header)
{
    QString h = header.trimmed().toLower();
    // Drop parenthesised notes: "prioritas (1–5)" → "prioritas".
    for (qsizetype open = h.indexOf(QLatin1Char('(')); open >= 0; open = h.indexOf(QLatin1Char('('))) {
        const qsizetype close = h.indexOf(QLatin1Char(')'), open);
        h.remove(open, close < 0 ? h.size() - open : close - open + 1);
    }
    h = h.trimmed();
    while (h.endsWith(QLatin1Char('*')))
        h.chop(1);
    QString out;
    out.reserve(h.size());
    for (QChar c : h.trimmed()) {
        const bool joiner = c.isSpace() || c == QLatin1Char('-') || c == QLatin1Char('.') || c == QLatin1Char('/');
        const QChar x = joiner ? QLatin1Char('_') : c;
        if (x == QLatin1Char('_') && out.endsWith(QLatin1Char('_')))
            continue;
        out.append(x);
    }
    while (out.endsWith(QLatin1Char('_')))
        out.chop(1);
    while (out.startsWith(QLatin1Char('_')))
        out.remove(0, 1);
    return out;
}

Result<CsvTable> readCsv(const QByteArray &bytes)
{
    CsvTable table;
    if (const auto bad = csv::mixedEncoding(bytes)) {
        return Error{CsvText::tr("Berkas sebagian besar UTF-8, tetapi byte 0x%1 pada baris %2, kolom %3 bukan UTF-8. "
                                 "Berkas tidak dibaca sebagai Windows-1252 karena semua huruf beraksen akan rusak; "
                                 "simpan ulang berkas sebagai \"CSV UTF-8\".")
                         .arg(QString::number(bad->byte, 16).toUpper())
                         .arg(bad->line)
                         .arg(bad->column),
                     CsvText::tr("baris %1, kolom %2").arg(bad->line).arg(bad->column), 0};
    }
    const QString text = csv::decode(bytes, &table.encoding);
    table.separator = csv::detectSeparator(text);
    csv::Parsed parsed = csv::parseText(text, table.separator);
    if (parsed.unterminatedQuoteLine > 0) {
        return Error{CsvText::tr("Tanda kutip (\") yang dibuka pada baris %1 tidak pernah ditutup; periksa sel yang "
                        "berisi tanda kutip.")
                         .arg(parsed.unterminatedQuoteLine),
                     CsvText::tr("baris %1").arg(parsed.unterminatedQuoteLine), 0};
    }
    bool haveHeader = false;
    for (csv::Record &r : parsed.records) {
        bool blank = true;
        for (const QString &f : std::as_const(r.fields)) {
            if (!f.trimmed().isEmpty()) {
                blank = false;
                break;
            }
        }
        if (blank)
            continue;
        for (qsizetype c = 0; c < r.fields.size(); ++c) {
            if (textFitsField(r.fields[c]))
                continue;
            const QString column = haveHeader && c < table.header.size() && !table.header[c].isEmpty()
                                       ? table.header[c]
                                       : QString::number(c + 1);
            return Error{CsvText::tr("Sel pada baris %1, kolom %2 berisi %3 byte, melebihi batas %4 byte per sel. "
                                     "Berkas tidak diimpor.")
                             .arg(r.line)
                             .arg(shownValue(column))
                             .arg(utf8Size(r.fields[c]))
                             .arg(MaxFieldBytes),
                         CsvText::tr("baris %1, kolom %2").arg(r.line).arg(shownValue(column)), 0};
        }
        if (!haveHeader) {
            for (const QString &f : std::as_const(r.fields))
                table.header.append(f.trimmed());
            // Trailing empty header cells (Excel's ";;;" after the last column) are not columns.
            while (!table.header.isEmpty() && table.header.last().isEmpty())
                table.header.removeLast();
            table.headerLine = r.line;
            haveHeader = true;
            continue;
        }
        table.rows.append(std::move(r));
    }
    if (!haveHeader)
        return Error{CsvText::tr("Berkas CSV kosong: baris nama kolom tidak ditemukan."), {}, 0};
    return table;
}

Result<CsvTable> readCsvFile(const QString &path)
{
    QFile f(path);
    const QFileInfo info(path);
    if (!info.exists())
        return Error{CsvText::tr("Berkas tidak ditemukan."), path, 0};
    if (!info.isFile())
        return Error{CsvText::tr("Bukan berkas biasa."), path, 0};
    if (info.size() > MaxCsvBytes)
        return Error{CsvText::tr("Berkas terlalu besar (lebih dari 200 MB) untuk diimpor."), path, 0};
    if (!f.open(QIODevice::ReadOnly))
        return Error{CsvText::tr("Berkas tidak dapat dibaca: %1").arg(f.errorString()), path, 0};
    Result<CsvTable> table = readCsv(f.readAll());
    if (!table)
        return Error{table.error().message,
                     table.error().where.isEmpty() ? path : path + QStringLiteral(", ") + table.error().where, 0};
    return table;
}

ColumnMapping proposeMapping(ImportKind kind, const QStringList &header)
{
    const QList<ImportField> fields = importFields(kind);
    ColumnMapping mapping;
    QStringList taken;
    for (const QString &h : header) {
        const QString n = normaliseHeader(h);
        QString key;
        for (const ImportField &f : fields) {
            if (n == f.key || f.aliases.contains(n)) {
                key = f.key;
                break;
            }
        }
        if (!key.isEmpty() && taken.contains(key))
            key.clear();
        if (!key.isEmpty())
            taken.append(key);
        mapping.append(key);
    }
    return mapping;
}

QString ImportError::toString() const
{
    return CsvText::tr("baris %1, kolom %2, nilai '%3': %4").arg(row).arg(shownValue(column), shownValue(value), reason);
}

QList<ImportError> checkMapping(ImportKind kind, const CsvTable &table, const ColumnMapping &mapping)
{
    QList<ImportError> errors;
    if (mapping.size() != table.header.size()) {
        errors.append({table.headerLine, QString(), QString(), QString(),
                       CsvText::tr("pemetaan kolom tidak sesuai dengan baris nama kolom (%1 kolom dipetakan, berkas memiliki %2)")
                           .arg(mapping.size())
                           .arg(table.header.size())});
        return errors;
    }
    const QList<ImportField> fields = importFields(kind);
    QHash<QString, int> firstColumn;
    for (int i = 0; i < mapping.size(); ++i) {
        const QString &key = mapping[i];
        if (key.isEmpty())
            continue;
        const bool known = std::any_of(fields.begin(), fields.end(), [&](const ImportField &f) { return f.key == key; });
        if (!known) {
            errors.append({table.headerLine, table.header[i], key, table.header[i],
                           CsvText::tr("\"%1\" bukan kolom yang dikenal untuk impor ini").arg(key)});
        } else if (firstColumn.contains(key)) {
            errors.append({table.headerLine, table.header[i], key, table.header[i],
                           CsvText::tr("kolom ini dan kolom \"%1\" sama-sama dipetakan ke \"%2\"")
                               .arg(table.header[firstColumn.value(key)], key)});
        } else {
            firstColumn.insert(key, i);
        }
    }
    for (const ImportField &f : fields) {
        if (f.required && !firstColumn.contains(f.key)) {
            errors.append({table.headerLine, f.key, f.key, QString(),
                           CsvText::tr("kolom wajib \"%1\" tidak ada di baris nama kolom").arg(f.key)});
        }
    }
    return errors;
}

QByteArray errorsCsv(const QList<ImportError> &errors)
{
    QList<QStringList> records;
    records.append({CsvText::tr("baris"), CsvText::tr("kolom"), CsvText::tr("nilai"), CsvText::tr("alasan")});
    for (const ImportError &e : errors)
        records.append({QString::number(e.row), e.column, protectText(e.value), e.reason});
    return csv::excelBytes(records);
}

Status writeErrorsCsv(const QList<ImportError> &errors, const QString &path)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(errorsCsv(errors)) < 0 || !f.commit())
        return Error{CsvText::tr("Daftar kesalahan tidak dapat ditulis: %1").arg(f.errorString()), path, 0};
    return Status::success();
}

namespace detail {

QString choiceKey(const QString &text)
{
    QString k = text.toLower();
    for (QChar c : {QLatin1Char('_'), QLatin1Char('-'), QLatin1Char('/')})
        k.replace(c, QLatin1Char(' '));
    return k.simplified();
}

QHash<QString, int> columnIndex(const ColumnMapping &mapping)
{
    QHash<QString, int> index;
    for (int i = 0; i < mapping.size(); ++i) {
        if (!mapping[i].isEmpty() && !index.contains(mapping[i]))
            index.insert(mapping[i], i);
    }
    return index;
}

QStringList ignoredColumns(const CsvTable &table, const ColumnMapping &mapping)
{
    QStringList out;
    for (int i = 0; i < table.header.size() && i < mapping.size(); ++i) {
        if (mapping[i].isEmpty())
            out.append(table.header[i].isEmpty() ? CsvText::tr("(kolom %1 tanpa nama)").arg(i + 1) : table.header[i]);
    }
    return out;
}

void checkExtraCells(const CsvTable &table, const csv::Record &record, QList<ImportError> &errors, bool &ok)
{
    for (qsizetype i = table.header.size(); i < record.fields.size(); ++i) {
        if (record.fields[i].trimmed().isEmpty())
            continue;
        errors.append({record.line, CsvText::tr("(kolom %1 tanpa nama)").arg(i + 1), QString(), record.fields[i],
                       CsvText::tr("sel berisi nilai di luar kolom yang bernama; periksa pemisah kolom atau tanda kutip")});
        ok = false;
    }
}

QString RowReader::columnName(const QString &key) const
{
    const int i = mColumnOf.value(key, -1);
    if (i < 0 || i >= mTable.header.size() || mTable.header[i].isEmpty())
        return key;
    return mTable.header[i];
}

QString RowReader::raw(const QString &key) const
{
    const int i = mColumnOf.value(key, -1);
    if (i < 0 || i >= mRecord.fields.size())
        return {};
    return unprotectText(mRecord.fields[i]);
}

void RowReader::fail(const QString &key, const QString &reason)
{
    failValue(key, raw(key), reason);
}

void RowReader::failValue(const QString &key, const QString &value, const QString &reason)
{
    mErrors.append({mRecord.line, columnName(key), key, value, reason});
    mOk = false;
}

std::optional<QString> RowReader::required(const QString &key)
{
    const QString t = text(key);
    if (t.isEmpty()) {
        fail(key, CsvText::tr("wajib diisi"));
        return std::nullopt;
    }
    return t;
}

std::optional<double> RowReader::number(const QString &key, bool &bad, bool allowNegative)
{
    bad = false;
    const QString t = text(key);
    if (t.isEmpty())
        return std::nullopt;
    const std::optional<double> v = parseNumber(t);
    if (!v) {
        bad = true;
        fail(key, CsvText::tr("bukan angka (tulis misalnya 1250,5 atau 1.250,5)"));
        return std::nullopt;
    }
    if (!allowNegative && *v < 0) {
        bad = true;
        fail(key, CsvText::tr("tidak boleh negatif"));
        return std::nullopt;
    }
    return v;
}

std::optional<int> RowReader::integer(const QString &key, int lo, int hi, int fallback)
{
    const QString t = text(key);
    if (t.isEmpty())
        return fallback;
    const std::optional<double> v = parseNumber(t);
    if (!v || *v != std::floor(*v) || *v < lo || *v > hi) {
        fail(key, CsvText::tr("harus bilangan bulat %1–%2").arg(lo).arg(hi));
        return std::nullopt;
    }
    return int(*v);
}

std::optional<QString> RowReader::region(const QString &key, const QString &value)
{
    const QString code = normaliseRegionCode(value);
    if (RefData::instance().region(code))
        return code;
    failValue(key, value, CsvText::tr("kode wilayah tidak dikenal (contoh kode yang benar: 63.03 untuk kabupaten/kota, "
                             "63 untuk provinsi)"));
    return std::nullopt;
}

std::optional<QString> RowReader::urusan(const QString &key)
{
    const QString t = text(key);
    if (t.isEmpty())
        return std::nullopt;
    const RefData &ref = RefData::instance();
    const QString code = normaliseUrusanCode(t);
    if (ref.urusan(code))
        return code;
    for (const Urusan &u : ref.urusanList()) {
        if (u.name.compare(t, Qt::CaseInsensitive) == 0
            || (!u.nameEn.isEmpty() && u.nameEn.compare(t, Qt::CaseInsensitive) == 0))
            return u.code;
    }
    fail(key, CsvText::tr("urusan tidak dikenal (tulis kodenya, misalnya 2.11, atau nama lengkapnya)"));
    return std::nullopt;
}

std::optional<QDate> RowReader::date(const QString &key, bool &bad)
{
    bad = false;
    const QString t = text(key);
    if (t.isEmpty())
        return std::nullopt;
    const std::optional<QDate> d = parseDate(t);
    if (!d) {
        bad = true;
        fail(key, CsvText::tr("tanggal tidak valid (tulis dd/mm/yyyy atau yyyy-mm-dd, misalnya 13/06/2024)"));
    }
    return d;
}

QStringList RowReader::regions(const QString &key)
{
    QString t = text(key);
    for (QChar sep : {QLatin1Char('|'), QLatin1Char(';'), QLatin1Char('\n')})
        t.replace(sep, QLatin1Char(','));
    QStringList out;
    for (const QString &part : t.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString p = part.trimmed();
        if (p.isEmpty())
            continue;
        if (std::optional<QString> code = region(key, p); code && !out.contains(*code))
            out.append(*code);
    }
    return out;
}

} // namespace detail

} // namespace ksd::io
