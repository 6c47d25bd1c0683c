// SPDX-License-Identifier: Apache-2.0
#include <QCoreApplication>
#include "recordfields.h"

#include "util/i18n.h"
#include "util/usertext.h"

#include "refdata/refdata.h"

#include <QLocale>
#include <QRegularExpression>

namespace ksd {

namespace {

// lupdate reads Tr::tr() with this context; a free tr() wrapper would be filed under the namespace.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ksd::Fields)
};

// --- value conversions shared by the setters ---------------------------------------------------------------

bool toText(QString &target, const QVariant &v)
{
    if (!v.canConvert<QString>())
        return false;
    target = v.toString().trimmed();
    return true;
}

bool toLongText(QString &target, const QVariant &v)
{
    if (!v.canConvert<QString>())
        return false;
    target = v.toString();
    return true;
}

bool toRegion(QString &target, const QVariant &v)
{
    const QString code = v.toString().trimmed();
    if (!RefData::instance().region(code))
        return false;
    target = code;
    return true;
}

bool toUrusan(QString &target, const QVariant &v)
{
    const QString code = v.toString().trimmed();
    if (!RefData::instance().urusan(code))
        return false;
    target = code;
    return true;
}

bool toRegionList(QStringList &target, const QVariant &v)
{
    QStringList codes;
    if (v.typeId() == QMetaType::QStringList) {
        codes = v.toStringList();
    } else {
        static const QRegularExpression sep(QStringLiteral("[,;\\s]+"));
        codes = v.toString().split(sep, Qt::SkipEmptyParts);
    }
    QStringList out;
    for (const QString &c : std::as_const(codes)) {
        const QString code = c.trimmed();
        if (!RefData::instance().region(code))
            return false;
        if (!out.contains(code))
            out.append(code);
    }
    target = out;
    return true;
}

// The regions an entry's externality crosses into: known regions, never the entry's own.
bool toExternalityRegions(Entry &e, const QVariant &v)
{
    QStringList codes;
    if (!toRegionList(codes, v) || codes.contains(e.regionCode))
        return false;
    e.externalityRegions = codes;
    return true;
}

template<typename E>
bool toEnum(E &target, const QVariant &v, int count)
{
    bool ok = false;
    const int i = v.toInt(&ok);
    if (!ok || i < 0 || i >= count)
        return false;
    target = static_cast<E>(i);
    return true;
}

bool toInt(int &target, const QVariant &v, int min, int max, bool allowZero = false)
{
    bool ok = false;
    const int i = v.toInt(&ok);
    if (!ok || ((i < min || i > max) && !(allowZero && i == 0)))
        return false;
    target = i;
    return true;
}

bool toOptionalNumber(std::optional<double> &target, const QVariant &v)
{
    if (!v.isValid() || v.isNull() || (v.typeId() == QMetaType::QString && v.toString().trimmed().isEmpty())) {
        target.reset();
        return true;
    }
    bool ok = false;
    double d = 0;
    if (v.typeId() == QMetaType::QString) {
        const QString s = v.toString().trimmed();
        d = QLocale().toDouble(s, &ok);
        if (!ok)
            d = QLocale::c().toDouble(s, &ok);
    } else {
        d = v.toDouble(&ok);
    }
    if (!ok || !std::isfinite(d))
        return false;
    target = d;
    return true;
}

bool toDate(QDate &target, const QVariant &v)
{
    if (!v.isValid() || v.isNull()) {
        target = QDate();
        return true;
    }
    const QDate d = v.toDate();
    if (!d.isValid())
        return false;
    target = d;
    return true;
}

QVariant optionalNumber(const std::optional<double> &d)
{
    return d ? QVariant(*d) : QVariant();
}

constexpr int MaxYear = 2100;
constexpr int MinYear = 1945;

// --- the tables ---------------------------------------------------------------------------------------------

using EF = FieldSpec<Entry, EntryField>;
const EF entrySpecs[] = {
    {"kode_wilayah", QT_TRANSLATE_NOOP("ksd::Fields", "Wilayah"),
     QT_TRANSLATE_NOOP("ksd::Fields", "Provinsi, kabupaten atau kota pemilik isian"), EditorKind::Region,
     [](const Entry &e) { return QVariant(e.regionCode); },
     [](Entry &e, const QVariant &v) { return toRegion(e.regionCode, v); }},
    {"urusan", QT_TRANSLATE_NOOP("ksd::Fields", "Urusan"),
     QT_TRANSLATE_NOOP("ksd::Fields", "Urusan pemerintahan (Permendagri 90/2019)"), EditorKind::Urusan,
     [](const Entry &e) { return QVariant(e.urusanCode); },
     [](Entry &e, const QVariant &v) { return toUrusan(e.urusanCode, v); }},
    {"jenis", QT_TRANSLATE_NOOP("ksd::Fields", "Jenis"),
     QT_TRANSLATE_NOOP("ksd::Fields", "Potensi yang dimiliki atau kebutuhan/permasalahan yang dihadapi"),
     EditorKind::EntryKindChoice, [](const Entry &e) { return QVariant(int(e.kind)); },
     [](Entry &e, const QVariant &v) { return toEnum(e.kind, v, 2); }},
    {"judul", QT_TRANSLATE_NOOP("ksd::Fields", "Judul"), "", EditorKind::Text,
     [](const Entry &e) { return QVariant(e.title); },
     [](Entry &e, const QVariant &v) { return toText(e.title, v); }},
    {"layanan", QT_TRANSLATE_NOOP("ksd::Fields", "Layanan"),
     QT_TRANSLATE_NOOP("ksd::Fields", "Nama layanan publik, misalnya \"TPA regional\""), EditorKind::Text,
     [](const Entry &e) { return QVariant(e.service); },
     [](Entry &e, const QVariant &v) { return toText(e.service, v); }},
    {"prioritas", QT_TRANSLATE_NOOP("ksd::Fields", "Prioritas"),
     QT_TRANSLATE_NOOP("ksd::Fields", "1 (rendah) sampai 5 (paling tinggi)"), EditorKind::Priority,
     [](const Entry &e) { return QVariant(e.priority); },
     [](Entry &e, const QVariant &v) { return toInt(e.priority, v, 1, 5); }},
    {"besaran", QT_TRANSLATE_NOOP("ksd::Fields", "Besaran"),
     QT_TRANSLATE_NOOP("ksd::Fields", "Besaran potensi atau kebutuhan; kosong bila belum diketahui"),
     EditorKind::Number, [](const Entry &e) { return optionalNumber(e.magnitude); },
     [](Entry &e, const QVariant &v) { return toOptionalNumber(e.magnitude, v); }},
    {"satuan", QT_TRANSLATE_NOOP("ksd::Fields", "Satuan"), "", EditorKind::Text,
     [](const Entry &e) { return QVariant(e.unit); },
     [](Entry &e, const QVariant &v) { return toText(e.unit, v); }},
    {"eksternalitas", QT_TRANSLATE_NOOP("ksd::Fields", "Eksternalitas"),
     QT_TRANSLATE_NOOP("ksd::Fields",
                       "Lokasi, pengguna, atau manfaat/dampak layanan melintasi batas daerah (UU 23/2014 Pasal 13). "
                       "Mengubahnya di tabel mengisi ketiga kriteria sekaligus; rinciannya ada di Inspektur."),
     EditorKind::EvidenceChoice, [](const Entry &e) { return QVariant(int(e.externality())); },
     [](Entry &e, const QVariant &v) {
         Evidence x;
         if (!toEnum(x, v, 3))
             return false;
         if (x != e.externality())
             e.extLocation = e.extUsers = e.extImpact = x;
         return true;
     }},
    {"efisiensi", QT_TRANSLATE_NOOP("ksd::Fields", "Efisiensi"),
     QT_TRANSLATE_NOOP("ksd::Fields", "Layanan lebih efisien bila dikelola bersama"), EditorKind::EvidenceChoice,
     [](const Entry &e) { return QVariant(int(e.efficiency)); },
     [](Entry &e, const QVariant &v) { return toEnum(e.efficiency, v, 3); }},
    {"perangkat_daerah", QT_TRANSLATE_NOOP("ksd::Fields", "Perangkat daerah"),
     QT_TRANSLATE_NOOP("ksd::Fields", "Perangkat daerah yang mengisi"), EditorKind::Text,
     [](const Entry &e) { return QVariant(e.sourcePd); },
     [](Entry &e, const QVariant &v) { return toText(e.sourcePd, v); }},
    {"tahun", QT_TRANSLATE_NOOP("ksd::Fields", "Tahun"), "", EditorKind::Year,
     [](const Entry &e) { return QVariant(e.year); },
     [](Entry &e, const QVariant &v) { return toInt(e.year, v, MinYear, MaxYear, true); }},
    {"uraian", QT_TRANSLATE_NOOP("ksd::Fields", "Uraian"), "", EditorKind::LongText,
     [](const Entry &e) { return QVariant(e.description); },
     [](Entry &e, const QVariant &v) { return toLongText(e.description, v); }},
    {"eksternalitas_lokasi", QT_TRANSLATE_NOOP("ksd::Fields", "Lokasi lintas batas"),
     QT_TRANSLATE_NOOP("ksd::Fields", "Lokasi layanan berada di lintas daerah"), EditorKind::EvidenceChoice,
     [](const Entry &e) { return QVariant(int(e.extLocation)); },
     [](Entry &e, const QVariant &v) { return toEnum(e.extLocation, v, 3); }},
    {"eksternalitas_pengguna", QT_TRANSLATE_NOOP("ksd::Fields", "Pengguna lintas batas"),
     QT_TRANSLATE_NOOP("ksd::Fields", "Pengguna layanan berasal dari lintas daerah"), EditorKind::EvidenceChoice,
     [](const Entry &e) { return QVariant(int(e.extUsers)); },
     [](Entry &e, const QVariant &v) { return toEnum(e.extUsers, v, 3); }},
    {"eksternalitas_dampak", QT_TRANSLATE_NOOP("ksd::Fields", "Dampak lintas batas"),
     QT_TRANSLATE_NOOP("ksd::Fields", "Manfaat atau dampak negatif layanan dirasakan lintas daerah"),
     EditorKind::EvidenceChoice, [](const Entry &e) { return QVariant(int(e.extImpact)); },
     [](Entry &e, const QVariant &v) { return toEnum(e.extImpact, v, 3); }},
    {"bukti_eksternalitas", QT_TRANSLATE_NOOP("ksd::Fields", "Bukti eksternalitas"), "", EditorKind::LongText,
     [](const Entry &e) { return QVariant(e.externalityNote); },
     [](Entry &e, const QVariant &v) { return toLongText(e.externalityNote, v); }},
    {"bukti_efisiensi", QT_TRANSLATE_NOOP("ksd::Fields", "Bukti efisiensi"), "", EditorKind::LongText,
     [](const Entry &e) { return QVariant(e.efficiencyNote); },
     [](Entry &e, const QVariant &v) { return toLongText(e.efficiencyNote, v); }},
    {"wilayah_eksternalitas", QT_TRANSLATE_NOOP("ksd::Fields", "Wilayah terdampak eksternalitas"),
     QT_TRANSLATE_NOOP("ksd::Fields",
                       "Daerah lain yang dilintasi eksternalitas isian ini (lokasi, pengguna, atau manfaat/dampak). "
                       "Eksternalitas berlaku antara dua daerah bila salah satu menyebut yang lain."),
     EditorKind::RegionList, [](const Entry &e) { return QVariant(e.externalityRegions); },
     [](Entry &e, const QVariant &v) { return toExternalityRegions(e, v); }},
};
static_assert(std::size(entrySpecs) == std::size_t(EntryField::Count));

using PF = FieldSpec<Proposal, ProposalField>;
const PF proposalSpecs[] = {
    {"judul", QT_TRANSLATE_NOOP("ksd::Fields", "Judul"), "", EditorKind::Text,
     [](const Proposal &p) { return QVariant(p.title); },
     [](Proposal &p, const QVariant &v) { return toText(p.title, v); }},
    {"urusan", QT_TRANSLATE_NOOP("ksd::Fields", "Urusan"), "", EditorKind::Urusan,
     [](const Proposal &p) { return QVariant(p.urusanCode); },
     [](Proposal &p, const QVariant &v) { return toUrusan(p.urusanCode, v); }},
    {"perangkat_daerah", QT_TRANSLATE_NOOP("ksd::Fields", "Perangkat daerah"),
     QT_TRANSLATE_NOOP("ksd::Fields", "Perangkat daerah pengusul"), EditorKind::Text,
     [](const Proposal &p) { return QVariant(p.sourcePd); },
     [](Proposal &p, const QVariant &v) { return toText(p.sourcePd, v); }},
    {"jenis_kegiatan", QT_TRANSLATE_NOOP("ksd::Fields", "Jenis kegiatan"),
     QT_TRANSLATE_NOOP("ksd::Fields", "Pengadaan, swakelola dan urusan internal bukan kerja sama daerah"),
     EditorKind::ActivityChoice, [](const Proposal &p) { return QVariant(int(p.activity)); },
     [](Proposal &p, const QVariant &v) { return toEnum(p.activity, v, 4); }},
    {"jenis_mitra", QT_TRANSLATE_NOOP("ksd::Fields", "Jenis mitra"), "", EditorKind::PartnerTypeChoice,
     [](const Proposal &p) { return QVariant(int(p.partnerType)); },
     [](Proposal &p, const QVariant &v) { return toEnum(p.partnerType, v, 5); }},
    {"kode_wilayah_mitra", QT_TRANSLATE_NOOP("ksd::Fields", "Daerah mitra"),
     QT_TRANSLATE_NOOP("ksd::Fields", "Kode wilayah calon mitra, dipisah koma"), EditorKind::RegionList,
     [](const Proposal &p) { return QVariant(p.partnerRegionCodes); },
     [](Proposal &p, const QVariant &v) { return toRegionList(p.partnerRegionCodes, v); }},
    {"mitra", QT_TRANSLATE_NOOP("ksd::Fields", "Mitra lain"),
     QT_TRANSLATE_NOOP("ksd::Fields", "Pihak ketiga, kementerian/lembaga atau mitra luar negeri"), EditorKind::Text,
     [](const Proposal &p) { return QVariant(p.partnerNames); },
     [](Proposal &p, const QVariant &v) { return toText(p.partnerNames, v); }},
    {"bentuk", QT_TRANSLATE_NOOP("ksd::Fields", "Bentuk"),
     QT_TRANSLATE_NOOP("ksd::Fields", "Bentuk dokumen yang dituju"), EditorKind::DocTypeChoice,
     [](const Proposal &p) { return QVariant(int(p.form)); },
     [](Proposal &p, const QVariant &v) { return toEnum(p.form, v, 4); }},
    {"perkiraan_biaya", QT_TRANSLATE_NOOP("ksd::Fields", "Perkiraan biaya (Rp)"), "", EditorKind::Number,
     [](const Proposal &p) { return optionalNumber(p.estimatedCost); },
     [](Proposal &p, const QVariant &v) { return toOptionalNumber(p.estimatedCost, v); }},
    {"dalam_apbd", QT_TRANSLATE_NOOP("ksd::Fields", "Dalam APBD"),
     QT_TRANSLATE_NOOP("ksd::Fields", "Pendanaannya sudah tersedia dalam APBD tahun berjalan"), EditorKind::Bool,
     [](const Proposal &p) { return QVariant(p.inApbd); },
     [](Proposal &p, const QVariant &v) { p.inApbd = v.toBool(); return true; }},
    {"membebani_masyarakat", QT_TRANSLATE_NOOP("ksd::Fields", "Membebani masyarakat"),
     QT_TRANSLATE_NOOP("ksd::Fields", "Kerja sama membebani masyarakat (perlu persetujuan DPRD)"), EditorKind::Bool,
     [](const Proposal &p) { return QVariant(p.burdensPublic); },
     [](Proposal &p, const QVariant &v) { p.burdensPublic = v.toBool(); return true; }},
    {"tahun", QT_TRANSLATE_NOOP("ksd::Fields", "Tahun"), "", EditorKind::Year,
     [](const Proposal &p) { return QVariant(p.year); },
     [](Proposal &p, const QVariant &v) { return toInt(p.year, v, MinYear, MaxYear, true); }},
    {"kode_wilayah", QT_TRANSLATE_NOOP("ksd::Fields", "Daerah pengusul"), "", EditorKind::Region,
     [](const Proposal &p) { return QVariant(p.regionCode); },
     [](Proposal &p, const QVariant &v) { return toRegion(p.regionCode, v); }},
    {"uraian", QT_TRANSLATE_NOOP("ksd::Fields", "Uraian"), "", EditorKind::LongText,
     [](const Proposal &p) { return QVariant(p.description); },
     [](Proposal &p, const QVariant &v) { return toLongText(p.description, v); }},
    {"saran", QT_TRANSLATE_NOOP("ksd::Fields", "Asal saran"),
     QT_TRANSLATE_NOOP("ksd::Fields", "Saran mesin yang dijadikan usulan ini"), EditorKind::ReadOnly,
     [](const Proposal &p) { return QVariant(suggestionKeyLabel(p.suggestionKey)); }, nullptr},
    {"penjelasan_saran", QT_TRANSLATE_NOOP("ksd::Fields", "Penjelasan mesin saran"),
     QT_TRANSLATE_NOOP("ksd::Fields", "Penjelasan mesin saran saat saran dijadikan usulan (hanya baca)"),
     EditorKind::ReadOnly, [](const Proposal &p) { return QVariant(p.suggestionNote); }, nullptr},
};
static_assert(std::size(proposalSpecs) == std::size_t(ProposalField::Count));

QString partiesText(const Agreement &a)
{
    QStringList names;
    for (const Party &p : a.parties)
        names.append(p.kind == PartyKind::Region && p.name.isEmpty() ? regionName(p.regionCode) : p.name);
    return names.join(QStringLiteral("; "));
}

using AF = FieldSpec<Agreement, AgreementField>;
const AF agreementSpecs[] = {
    {"judul", QT_TRANSLATE_NOOP("ksd::Fields", "Judul"), "", EditorKind::Text,
     [](const Agreement &a) { return QVariant(a.title); },
     [](Agreement &a, const QVariant &v) { return toText(a.title, v); }},
    {"kategori", QT_TRANSLATE_NOOP("ksd::Fields", "Kategori"), "", EditorKind::CategoryChoice,
     [](const Agreement &a) { return QVariant(int(a.category)); },
     [](Agreement &a, const QVariant &v) { return toEnum(a.category, v, 6); }},
    {"jenis_dokumen", QT_TRANSLATE_NOOP("ksd::Fields", "Dokumen"),
     QT_TRANSLATE_NOOP("ksd::Fields", "Kesepakatan bersama, perjanjian kerja sama, nota kesepakatan atau addendum"),
     EditorKind::DocTypeChoice, [](const Agreement &a) { return QVariant(int(a.docType)); },
     [](Agreement &a, const QVariant &v) { return toEnum(a.docType, v, 4); }},
    {"urusan", QT_TRANSLATE_NOOP("ksd::Fields", "Urusan"), "", EditorKind::Urusan,
     [](const Agreement &a) { return QVariant(a.urusanCode); },
     [](Agreement &a, const QVariant &v) { return toUrusan(a.urusanCode, v); }},
    {"pihak", QT_TRANSLATE_NOOP("ksd::Fields", "Para pihak"), "", EditorKind::ReadOnly,
     [](const Agreement &a) { return QVariant(partiesText(a)); }, nullptr},
    {"tanggal_tanda_tangan", QT_TRANSLATE_NOOP("ksd::Fields", "Ditandatangani"), "", EditorKind::Date,
     [](const Agreement &a) { return QVariant(a.signedOn); },
     [](Agreement &a, const QVariant &v) { return toDate(a.signedOn, v); }},
    {"tanggal_mulai", QT_TRANSLATE_NOOP("ksd::Fields", "Mulai"), "", EditorKind::Date,
     [](const Agreement &a) { return QVariant(a.startDate); },
     [](Agreement &a, const QVariant &v) { return toDate(a.startDate, v); }},
    {"tanggal_berakhir", QT_TRANSLATE_NOOP("ksd::Fields", "Berakhir"), "", EditorKind::Date,
     [](const Agreement &a) { return QVariant(a.endDate); },
     [](Agreement &a, const QVariant &v) { return toDate(a.endDate, v); }},
    {"tahap", QT_TRANSLATE_NOOP("ksd::Fields", "Tahap"),
     QT_TRANSLATE_NOOP("ksd::Fields", "Tahapan kerja sama menurut Permendagri 22/2020"), EditorKind::StageChoice,
     [](const Agreement &a) { return QVariant(int(a.stage)); },
     [](Agreement &a, const QVariant &v) { return toEnum(a.stage, v, StageCount); }},
    {"status", QT_TRANSLATE_NOOP("ksd::Fields", "Status"), "", EditorKind::StatusChoice,
     [](const Agreement &a) { return QVariant(int(a.status)); },
     [](Agreement &a, const QVariant &v) { return toEnum(a.status, v, 4); }},
    {"perangkat_daerah", QT_TRANSLATE_NOOP("ksd::Fields", "Pelaksana"),
     QT_TRANSLATE_NOOP("ksd::Fields", "Perangkat daerah pelaksana"), EditorKind::Text,
     [](const Agreement &a) { return QVariant(a.implementingPd); },
     [](Agreement &a, const QVariant &v) { return toText(a.implementingPd, v); }},
    {"nilai", QT_TRANSLATE_NOOP("ksd::Fields", "Nilai (Rp)"), "", EditorKind::Number,
     [](const Agreement &a) { return optionalNumber(a.value); },
     [](Agreement &a, const QVariant &v) { return toOptionalNumber(a.value, v); }},
    {"objek", QT_TRANSLATE_NOOP("ksd::Fields", "Objek"), "", EditorKind::LongText,
     [](const Agreement &a) { return QVariant(a.object); },
     [](Agreement &a, const QVariant &v) { return toLongText(a.object, v); }},
    {"ruang_lingkup", QT_TRANSLATE_NOOP("ksd::Fields", "Ruang lingkup"), "", EditorKind::LongText,
     [](const Agreement &a) { return QVariant(a.scope); },
     [](Agreement &a, const QVariant &v) { return toLongText(a.scope, v); }},
    {"pendanaan", QT_TRANSLATE_NOOP("ksd::Fields", "Pendanaan"), "", EditorKind::Text,
     [](const Agreement &a) { return QVariant(a.funding); },
     [](Agreement &a, const QVariant &v) { return toText(a.funding, v); }},
};
static_assert(std::size(agreementSpecs) == std::size_t(AgreementField::Count));

template<typename E, typename NameFn>
QList<Choice> enumChoices(int count, NameFn name, int first = 0)
{
    QList<Choice> out;
    for (int i = first; i < count; ++i)
        out.append({name(static_cast<E>(i)), i});
    return out;
}

} // namespace

Status checkFieldSize(const QString &label, const QVariant &value)
{
    QString text;
    if (value.metaType().id() == QMetaType::QStringList)
        text = value.toStringList().join(QStringLiteral(", "));
    else if (value.metaType().id() == QMetaType::QString)
        text = value.toString();
    if (textFitsField(text))
        return Status::success();
    return Error{Tr::tr("Nilai untuk \"%1\" berisi %2 byte, melebihi batas %3 byte per kolom; nilai tidak diubah.")
                     .arg(shownValue(label))
                     .arg(utf8Size(text))
                     .arg(MaxFieldBytes),
                 label, 0};
}

const FieldSpec<Entry, EntryField> &fieldSpec(EntryField f) { return entrySpecs[int(f)]; }
const FieldSpec<Proposal, ProposalField> &fieldSpec(ProposalField f) { return proposalSpecs[int(f)]; }
const FieldSpec<Agreement, AgreementField> &fieldSpec(AgreementField f) { return agreementSpecs[int(f)]; }

QList<Choice> choicesFor(EditorKind kind)
{
    switch (kind) {
    case EditorKind::EntryKindChoice: return enumChoices<EntryKind>(2, entryKindName);
    case EditorKind::EvidenceChoice:
        // Yes / No / Unknown reads better than the enum order.
        return {{evidenceName(Evidence::Yes), int(Evidence::Yes)},
                {evidenceName(Evidence::No), int(Evidence::No)},
                {evidenceName(Evidence::Unknown), int(Evidence::Unknown)}};
    case EditorKind::ActivityChoice: return enumChoices<ActivityKind>(4, activityName);
    case EditorKind::PartnerTypeChoice: return enumChoices<PartnerType>(5, partnerTypeName);
    case EditorKind::DocTypeChoice: return enumChoices<DocType>(4, docTypeName);
    case EditorKind::CategoryChoice: return enumChoices<Category>(6, categoryName);
    case EditorKind::StageChoice: return enumChoices<Stage>(StageCount, stageName);
    case EditorKind::StatusChoice: return enumChoices<AgreementStatus>(4, statusName);
    default: break;
    }
    return {};
}

QString regionName(const QString &code)
{
    const Region *r = RefData::instance().region(code);
    return r ? r->name : code;
}

QString suggestionKeyLabel(const QString &key)
{
    const QStringList parts = key.split(QLatin1Char('|'));
    if (parts.size() != 3)
        return key;
    return QStringLiteral("%1 – %2, %3").arg(regionName(parts[0]), regionName(parts[1]), urusanLabel(parts[2]));
}

QString urusanLabel(const QString &code)
{
    const Urusan *u = RefData::instance().urusan(code);
    return u ? u->label() : code;
}

QString displayValue(EditorKind kind, const QVariant &value)
{
    switch (kind) {
    case EditorKind::Region: return regionName(value.toString());
    case EditorKind::RegionList: {
        QStringList names;
        for (const QString &c : value.toStringList())
            names.append(regionName(c));
        return names.join(QStringLiteral(", "));
    }
    case EditorKind::Urusan: return urusanLabel(value.toString());
    case EditorKind::Number:
        if (!value.isValid() || value.isNull())
            return {};
        return QLocale().toString(value.toDouble(), 'f', QLocale::FloatingPointShortest);
    case EditorKind::Year: return value.toInt() == 0 ? QString() : QString::number(value.toInt());
    case EditorKind::Bool: return value.toBool() ? Tr::tr("Ya") : Tr::tr("Tidak");
    case EditorKind::Date: {
        const QDate d = value.toDate();
        return shortDate(d);
    }
    case EditorKind::Integer:
    case EditorKind::Priority: return QString::number(value.toInt());
    case EditorKind::ReadOnly:
    case EditorKind::Text:
    case EditorKind::LongText: return value.toString();
    default: break;
    }
    for (const Choice &c : choicesFor(kind)) {
        if (c.value == value.toInt())
            return c.label;
    }
    return value.toString();
}

namespace {
template<typename T>
bool sameApartFromMeta(T a, const T &b)
{
    a.meta = b.meta;
    return a == b;
}
} // namespace

bool sameContent(const Entry &a, const Entry &b) { return sameApartFromMeta(a, b); }
bool sameContent(const Proposal &a, const Proposal &b) { return sameApartFromMeta(a, b); }
bool sameContent(const Agreement &a, const Agreement &b) { return sameApartFromMeta(a, b); }
bool sameContent(const MonevRecord &a, const MonevRecord &b) { return sameApartFromMeta(a, b); }
bool sameContent(const AttachedDocument &a, const AttachedDocument &b) { return sameApartFromMeta(a, b); }

} // namespace ksd
