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

} // namespace ksd
