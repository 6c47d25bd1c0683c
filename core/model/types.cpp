// SPDX-License-Identifier: Apache-2.0
#include "types.h"

#include <QCoreApplication>

namespace ksd {

namespace {

template<typename E, std::size_t N>
QString keyOf(E value, const char *const (&keys)[N])
{
    const auto i = static_cast<std::size_t>(value);
    return i < N ? QString::fromLatin1(keys[i]) : QString();
}

template<typename E, std::size_t N>
std::optional<E> fromKey(const QString &key, const char *const (&keys)[N])
{
    const QString k = key.trimmed().toLower();
    for (std::size_t i = 0; i < N; ++i) {
        if (k == QLatin1String(keys[i]).toString().toLower())
            return static_cast<E>(i);
    }
    return std::nullopt;
}

const char *const evidenceKeys[] = {"belum_diketahui", "ya", "tidak"};
const char *const entryKindKeys[] = {"potensi", "kebutuhan"};
const char *const activityKeys[] = {"kerja_sama", "pengadaan", "swakelola", "internal"};
const char *const partnerKeys[] = {"daerah", "pihak_ketiga", "kl", "pemda_ln", "lembaga_ln"};
const char *const categoryKeys[] = {"", "KSDD", "KSDPK", "SINERGI", "KSDPL", "KSDLL"};
const char *const docTypeKeys[] = {"KB", "PKS", "NK", "ADDENDUM"};
const char *const stageKeys[] = {"persiapan", "penawaran", "penyusunan_kb", "penandatanganan_kb",
                                 "persetujuan_dprd", "penyusunan_pks", "penandatanganan_pks",
                                 "pelaksanaan", "penatausahaan", "pelaporan", "pembahasan_tkksd", "berlaku",
                                 "persetujuan_pusat", "penyusunan_nk", "penandatanganan_nk",
                                 "penyusunan_rencana_aksi"};
const char *const statusKeys[] = {"aktif", "berakhir", "diperpanjang", "dihentikan"};
const char *const recommendationKeys[] = {"lanjut", "perbaiki", "hentikan"};

// lupdate reads Tr::tr() with this context; a free tr() wrapper would be filed under the namespace.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ksd::Types)
};

} // namespace

QString evidenceKey(Evidence e) { return keyOf(e, evidenceKeys); }
std::optional<Evidence> evidenceFromKey(const QString &key) { return fromKey<Evidence>(key, evidenceKeys); }
QString entryKindKey(EntryKind k) { return keyOf(k, entryKindKeys); }
std::optional<EntryKind> entryKindFromKey(const QString &key) { return fromKey<EntryKind>(key, entryKindKeys); }
QString activityKey(ActivityKind a) { return keyOf(a, activityKeys); }
std::optional<ActivityKind> activityFromKey(const QString &key) { return fromKey<ActivityKind>(key, activityKeys); }
QString partnerTypeKey(PartnerType p) { return keyOf(p, partnerKeys); }
std::optional<PartnerType> partnerTypeFromKey(const QString &key) { return fromKey<PartnerType>(key, partnerKeys); }
QString categoryKey(Category c) { return keyOf(c, categoryKeys); }
std::optional<Category> categoryFromKey(const QString &key)
{
    if (key.trimmed().isEmpty())
        return std::nullopt;
    return fromKey<Category>(key, categoryKeys);
}
QString docTypeKey(DocType d) { return keyOf(d, docTypeKeys); }
std::optional<DocType> docTypeFromKey(const QString &key) { return fromKey<DocType>(key, docTypeKeys); }
QString stageKey(Stage s) { return keyOf(s, stageKeys); }
std::optional<Stage> stageFromKey(const QString &key) { return fromKey<Stage>(key, stageKeys); }
QString statusKey(AgreementStatus s) { return keyOf(s, statusKeys); }
std::optional<AgreementStatus> statusFromKey(const QString &key) { return fromKey<AgreementStatus>(key, statusKeys); }
QString recommendationKey(Recommendation r) { return keyOf(r, recommendationKeys); }
std::optional<Recommendation> recommendationFromKey(const QString &key)
{
    return fromKey<Recommendation>(key, recommendationKeys);
}
QString partyKindKey(PartyKind k) { return keyOf(k, partnerKeys); }
std::optional<PartyKind> partyKindFromKey(const QString &key) { return fromKey<PartyKind>(key, partnerKeys); }

QString evidenceName(Evidence e)
{
    switch (e) {
    case Evidence::Yes: return Tr::tr("Ya");
    case Evidence::No: return Tr::tr("Tidak");
    case Evidence::Unknown: break;
    }
    return Tr::tr("Belum diketahui");
}

QString evidenceWord(Evidence e)
{
    switch (e) {
    case Evidence::Yes: return Tr::tr("ya");
    case Evidence::No: return Tr::tr("tidak");
    case Evidence::Unknown: break;
    }
    return Tr::tr("belum diketahui");
}

QString entryKindName(EntryKind k)
{
    return k == EntryKind::Potensi ? Tr::tr("Potensi") : Tr::tr("Kebutuhan/permasalahan");
}

QString activityName(ActivityKind a)
{
    switch (a) {
    case ActivityKind::KerjaSama: return Tr::tr("Kerja sama");
    case ActivityKind::Pengadaan: return Tr::tr("Pengadaan barang/jasa");
    case ActivityKind::Swakelola: return Tr::tr("Swakelola");
    case ActivityKind::Internal: return Tr::tr("Urusan internal");
    }
    return {};
}

QString partnerTypeName(PartnerType p)
{
    switch (p) {
    case PartnerType::Daerah: return Tr::tr("Daerah lain");
    case PartnerType::PihakKetiga: return Tr::tr("Pihak ketiga");
    case PartnerType::KL: return Tr::tr("Kementerian/lembaga");
    case PartnerType::PemdaLN: return Tr::tr("Pemerintah daerah luar negeri");
    case PartnerType::LembagaLN: return Tr::tr("Lembaga luar negeri");
    }
    return {};
}

QString categoryName(Category c)
{
    switch (c) {
    case Category::None: return Tr::tr("Bukan KSD");
    case Category::KSDD: return Tr::tr("KSDD (daerah dengan daerah lain)");
    case Category::KSDPK: return Tr::tr("KSDPK (daerah dengan pihak ketiga)");
    case Category::Sinergi: return Tr::tr("Sinergi (dengan kementerian/lembaga)");
    case Category::KSDPL: return Tr::tr("KSDPL (dengan pemerintah daerah luar negeri)");
    case Category::KSDLL: return Tr::tr("KSDLL (dengan lembaga luar negeri)");
    }
    return {};
}

QString docTypeName(DocType d)
{
    switch (d) {
    case DocType::KB: return Tr::tr("Kesepakatan Bersama");
    case DocType::PKS: return Tr::tr("Perjanjian Kerja Sama");
    case DocType::NK: return Tr::tr("Nota Kesepakatan");
    case DocType::Addendum: return Tr::tr("Addendum");
    }
    return {};
}

QString stageName(Stage s)
{
    switch (s) {
    case Stage::Persiapan: return Tr::tr("Persiapan");
    case Stage::Penawaran: return Tr::tr("Penawaran");
    case Stage::PenyusunanKB: return Tr::tr("Penyusunan kesepakatan bersama");
    case Stage::PenandatangananKB: return Tr::tr("Penandatanganan kesepakatan bersama");
    case Stage::PersetujuanDPRD: return Tr::tr("Persetujuan DPRD");
    case Stage::PenyusunanPKS: return Tr::tr("Penyusunan perjanjian kerja sama");
    case Stage::PenandatangananPKS: return Tr::tr("Penandatanganan perjanjian kerja sama");
    case Stage::Pelaksanaan: return Tr::tr("Pelaksanaan");
    case Stage::Penatausahaan: return Tr::tr("Penatausahaan");
    case Stage::Pelaporan: return Tr::tr("Pelaporan");
    case Stage::PembahasanTKKSD: return Tr::tr("Pembahasan TKKSD");
    case Stage::Berlaku: return Tr::tr("Berlaku");
    case Stage::PersetujuanPusat: return Tr::tr("Persetujuan Pemerintah Pusat");
    case Stage::PenyusunanNK: return Tr::tr("Penyusunan nota kesepakatan");
    case Stage::PenandatangananNK: return Tr::tr("Penandatanganan nota kesepakatan");
    case Stage::PenyusunanRencanaAksi: return Tr::tr("Penyusunan rencana aksi");
    }
    return {};
}

QString statusName(AgreementStatus s)
{
    switch (s) {
    case AgreementStatus::Aktif: return Tr::tr("Aktif");
    case AgreementStatus::Berakhir: return Tr::tr("Berakhir", "status");
    case AgreementStatus::Diperpanjang: return Tr::tr("Diperpanjang");
    case AgreementStatus::Dihentikan: return Tr::tr("Dihentikan");
    }
    return {};
}

QString recommendationName(Recommendation r)
{
    switch (r) {
    case Recommendation::Lanjut: return Tr::tr("Lanjut");
    case Recommendation::Perbaiki: return Tr::tr("Perbaiki");
    case Recommendation::Hentikan: return Tr::tr("Hentikan");
    }
    return {};
}

QDateTime nowUtc()
{
    const qint64 ms = QDateTime::currentMSecsSinceEpoch();
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

RecordMeta RecordMeta::fresh(const QString &by)
{
    RecordMeta m;
    m.id = QUuid::createUuid();
    m.created = nowUtc();
    m.modified = m.created;
    m.modifiedBy = by;
    return m;
}

void RecordMeta::touch(const QString &by)
{
    modified = nowUtc();
    modifiedBy = by;
}

} // namespace ksd
