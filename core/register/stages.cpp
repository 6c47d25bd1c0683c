// SPDX-License-Identifier: Apache-2.0
#include "stages.h"

#include "util/format.h"

#include <QCoreApplication>

namespace ksd {

namespace {

// lupdate reads Tr::tr() with this context; a free tr() wrapper would be filed under the namespace.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ksd::Register)
};

int idx(Stage s)
{
    return static_cast<int>(s);
}

bool mayEnter(Stage s, std::optional<bool> dprdRequired)
{
    return !(s == Stage::PersetujuanDPRD && dprdRequired == false);
}

/// The last valid date recorded, with its stage.
std::optional<StageDate> lastDated(const Agreement &a)
{
    for (auto it = a.stages.crbegin(); it != a.stages.crend(); ++it) {
        if (it->date.isValid())
            return *it;
    }
    return std::nullopt;
}

} // namespace

bool isStageSkippable(DocType type, Stage stage, std::optional<bool> dprdRequired)
{
    switch (stage) {
    case Stage::PersetujuanDPRD:
        return dprdRequired != true;
    case Stage::Penawaran:
        return type == DocType::NK || type == DocType::Addendum;
    case Stage::PenyusunanKB:
    case Stage::PenandatangananKB:
        return type != DocType::KB;
    case Stage::PenyusunanPKS:
    case Stage::PenandatangananPKS:
        return type == DocType::Addendum;
    case Stage::Persiapan:
    case Stage::Pelaksanaan:
    case Stage::Penatausahaan:
    case Stage::Pelaporan:
        break;
    }
    return false;
}

QList<Stage> allowedNextStages(const Agreement &a, std::optional<bool> dprdRequired)
{
    QList<Stage> out;
    if (a.status == AgreementStatus::Berakhir || a.status == AgreementStatus::Dihentikan)
        return out;
    for (int i = idx(a.stage) + 1; i < StageCount; ++i) {
        const auto s = static_cast<Stage>(i);
        if (mayEnter(s, dprdRequired))
            out.append(s);
        if (!isStageSkippable(a.docType, s, dprdRequired))
            break;
    }
    return out;
}

Status advanceStage(Agreement &a, Stage to, const QDate &date, std::optional<bool> dprdRequired)
{
    if (a.status == AgreementStatus::Berakhir || a.status == AgreementStatus::Dihentikan)
        return Error{Tr::tr("Kerja sama \"%1\" berstatus %2: tahapnya tidak dapat diubah lagi.")
                         .arg(a.title, statusName(a.status).toLower()),
                     QStringLiteral("stage"), 0};
    if (to == a.stage)
        return Error{Tr::tr("Kerja sama sudah berada pada tahap \"%1\".").arg(stageName(to)), QStringLiteral("stage"), 0};
    if (idx(to) < idx(a.stage))
        return Error{Tr::tr("Tahap tidak dapat mundur: kerja sama sudah pada tahap \"%1\", sedangkan \"%2\" adalah tahap "
                        "sebelumnya (urutan Permendagri 22/2020).")
                         .arg(stageName(a.stage), stageName(to)),
                     QStringLiteral("stage"), 0};
    if (!mayEnter(to, dprdRequired))
        return Error{Tr::tr("Persetujuan DPRD tidak diperlukan untuk kerja sama ini (tidak membebani masyarakat dan "
                        "pembiayaannya sudah dianggarkan dalam APBD; PP 28/2018), sehingga tahap ini dilewati."),
                     QStringLiteral("stage"), 0};
    for (int i = idx(a.stage) + 1; i < idx(to); ++i) {
        const auto s = static_cast<Stage>(i);
        if (isStageSkippable(a.docType, s, dprdRequired))
            continue;
        if (s == Stage::PersetujuanDPRD)
            return Error{Tr::tr("Persetujuan DPRD diperlukan (kerja sama membebani masyarakat dan/atau pembiayaannya belum "
                            "dianggarkan dalam APBD; PP 28/2018): tahap \"%1\" tidak dapat dilewati.")
                             .arg(stageName(s)),
                         QStringLiteral("stage"), 0};
        return Error{Tr::tr("Tahap \"%1\" tidak dapat dilewati untuk %2: lalui tahap itu lebih dulu. %3")
                         .arg(stageName(s), docTypeName(a.docType), stagePathDescription(a.docType)),
                     QStringLiteral("stage"), 0};
    }
    if (!date.isValid())
        return Error{Tr::tr("Tanggal tahap \"%1\" belum diisi atau tidak valid.").arg(stageName(to)),
                     QStringLiteral("stages"), 0};
    if (const auto last = lastDated(a); last && date < last->date)
        return Error{Tr::tr("Tanggal %1 lebih awal daripada tanggal tahap sebelumnya \"%2\" (%3).")
                         .arg(longDate(date), stageName(last->stage), longDate(last->date)),
                     QStringLiteral("stages"), 0};
    a.stages.append(StageDate{to, date});
    a.stage = to;
    return Status::success();
}

QDate stageReachedOn(const Agreement &a, Stage stage)
{
    for (const StageDate &s : a.stages) {
        if (s.stage == stage)
            return s.date;
    }
    return {};
}

QString stagePathDescription(DocType type)
{
    const QString common = Tr::tr("Persetujuan DPRD hanya dilalui bila diperlukan (membebani masyarakat dan/atau belum "
                              "dianggarkan dalam APBD; PP 28/2018). Pelaksanaan, penatausahaan dan pelaporan selalu "
                              "dilalui.");
    QString path;
    switch (type) {
    case DocType::KB:
        path = Tr::tr("Kesepakatan bersama melalui semua tahap menurut urutan Permendagri 22/2020: persiapan, penawaran, "
                  "penyusunan dan penandatanganan KB, lalu penyusunan dan penandatanganan PKS.");
        break;
    case DocType::PKS:
        path = Tr::tr("Perjanjian kerja sama boleh melewati tahap KB (jalur PKS langsung, misalnya KSDPK, atau PKS yang "
                  "melaksanakan KB yang dicatat tersendiri; Permendagri 22/2020).");
        break;
    case DocType::NK:
        path = Tr::tr("Nota kesepakatan sinergi dengan kementerian/lembaga boleh melewati penawaran dan tahap KB: "
                  "sinergi dituangkan dalam nota kesepakatan dan rencana aksi, bukan prosedur KB Permendagri "
                  "22/2020.");
        break;
    case DocType::Addendum:
        path = Tr::tr("Addendum mengubah dokumen yang sudah melalui prosedur, sehingga boleh melewati penawaran, tahap KB "
                  "dan tahap PKS; addendum disusun dan ditandatangani setingkat dokumen yang diubahnya.");
        break;
    }
    return path + QLatin1Char(' ') + common;
}

} // namespace ksd
