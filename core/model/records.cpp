// SPDX-License-Identifier: Apache-2.0
#include "records.h"

#include <QCoreApplication>

namespace ksd {

Evidence Entry::externality() const
{
    const Evidence parts[] = {extLocation, extUsers, extImpact};
    bool allNo = true;
    for (Evidence e : parts) {
        if (e == Evidence::Yes)
            return Evidence::Yes;
        if (e != Evidence::No)
            allNo = false;
    }
    return allNo ? Evidence::No : Evidence::Unknown;
}

namespace {
const char *const criterionKeys[] = {"kesesuaian_tujuan", "ketepatan_waktu", "kontribusi_mitra", "koordinasi",
                                     "capaian_indikator", "dampak", "kelengkapan_dokumen", "pelaporan_berkala"};
}

QString monevCriterionKey(MonevCriterion c)
{
    return QString::fromLatin1(criterionKeys[static_cast<int>(c)]);
}

QString monevCriterionName(MonevCriterion c)
{
    switch (c) {
    case MonevCriterion::KesesuaianTujuan: return QCoreApplication::translate("ksd::Types", "Kesesuaian tujuan");
    case MonevCriterion::KetepatanWaktu: return QCoreApplication::translate("ksd::Types", "Ketepatan waktu");
    case MonevCriterion::KontribusiMitra: return QCoreApplication::translate("ksd::Types", "Kontribusi mitra");
    case MonevCriterion::Koordinasi: return QCoreApplication::translate("ksd::Types", "Koordinasi");
    case MonevCriterion::CapaianIndikator: return QCoreApplication::translate("ksd::Types", "Capaian indikator");
    case MonevCriterion::Dampak: return QCoreApplication::translate("ksd::Types", "Dampak");
    case MonevCriterion::KelengkapanDokumen: return QCoreApplication::translate("ksd::Types", "Kelengkapan dokumen");
    case MonevCriterion::PelaporanBerkala: return QCoreApplication::translate("ksd::Types", "Pelaporan berkala");
    }
    return {};
}

namespace {
const char *const documentVersionKeys[] = {"", "draf", "reviu", "final"};
const char *const offerStatusKeys[] = {"menunggu", "diterima", "ditolak"};

template<typename E, std::size_t N>
std::optional<E> enumFromKey(const QString &key, const char *const (&keys)[N])
{
    const QString k = key.trimmed().toLower();
    for (std::size_t i = 0; i < N; ++i) {
        if (k == QLatin1String(keys[i]))
            return static_cast<E>(i);
    }
    return std::nullopt;
}
} // namespace

QString documentVersionKey(DocumentVersion v)
{
    return QString::fromLatin1(documentVersionKeys[static_cast<int>(v)]);
}

std::optional<DocumentVersion> documentVersionFromKey(const QString &key)
{
    return enumFromKey<DocumentVersion>(key, documentVersionKeys);
}

QString documentVersionName(DocumentVersion v)
{
    switch (v) {
    case DocumentVersion::Unstated: return QCoreApplication::translate("ksd::Types", "Belum dinyatakan");
    case DocumentVersion::Draf: return QCoreApplication::translate("ksd::Types", "Draf");
    case DocumentVersion::Reviu: return QCoreApplication::translate("ksd::Types", "Reviu");
    case DocumentVersion::Final: return QCoreApplication::translate("ksd::Types", "Final ditandatangani");
    }
    return {};
}

QString offerStatusKey(OfferStatus s)
{
    return QString::fromLatin1(offerStatusKeys[static_cast<int>(s)]);
}

std::optional<OfferStatus> offerStatusFromKey(const QString &key)
{
    return enumFromKey<OfferStatus>(key, offerStatusKeys);
}

QString offerStatusName(OfferStatus s)
{
    switch (s) {
    case OfferStatus::Menunggu: return QCoreApplication::translate("ksd::Types", "Menunggu jawaban");
    case OfferStatus::Diterima: return QCoreApplication::translate("ksd::Types", "Diterima");
    case OfferStatus::Ditolak: return QCoreApplication::translate("ksd::Types", "Ditolak");
    }
    return {};
}

} // namespace ksd
