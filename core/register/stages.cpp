// SPDX-License-Identifier: Apache-2.0
#include "stages.h"

#include "util/format.h"

#include <QCoreApplication>

#include <algorithm>

namespace ksd {

namespace {

// lupdate reads Tr::tr() with this context; a free tr() wrapper would be filed under the namespace.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ksd::Register)
};

bool mayEnter(const ProcedureStep &s, const ProcedureContext &context)
{
    return !(s.need == StepNeed::WhenDprdRequired && context.dprdRequired == false);
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

bool hasEnded(const Agreement &a)
{
    return a.status == AgreementStatus::Berakhir || a.status == AgreementStatus::Dihentikan;
}

} // namespace

Status checkStageInProcedure(const Agreement &a, Stage stage)
{
    const Procedure &p = procedureFor(a);
    if (p.position(stage) >= 0)
        return Status::success();
    return Error{Tr::tr("Tahap \"%1\" tidak termasuk prosedur %2 (%3). Langkah yang berlaku: %4.")
                     .arg(stageName(stage), p.name, docTypeName(a.docType), p.stepList()),
                 QStringLiteral("stage"), 0};
}

QList<Stage> allowedNextStages(const Agreement &a, const ProcedureContext &context)
{
    QList<Stage> out;
    if (hasEnded(a))
        return out;
    const Procedure &p = procedureFor(a);
    for (int i = p.position(a.stage) + 1; i < p.steps.size(); ++i) {
        const ProcedureStep &s = p.steps[i];
        if (mayEnter(s, context))
            out.append(s.stage);
        if (!isStepSkippable(s, context))
            break;
    }
    return out;
}

Status advanceStage(Agreement &a, Stage to, const QDate &date, const ProcedureContext &context)
{
    if (hasEnded(a))
        return Error{Tr::tr("Kerja sama \"%1\" berstatus %2: tahapnya tidak dapat diubah lagi.")
                         .arg(a.title, statusName(a.status).toLower()),
                     QStringLiteral("stage"), 0};
    if (Status in = checkStageInProcedure(a, to); !in)
        return in;
    if (to == a.stage)
        return Error{Tr::tr("Kerja sama sudah berada pada tahap \"%1\".").arg(stageName(to)), QStringLiteral("stage"), 0};
    const Procedure &p = procedureFor(a);
    const int from = p.position(a.stage);
    const int target = p.position(to);
    if (target < from)
        return Error{Tr::tr("Tahap tidak dapat mundur: kerja sama sudah pada tahap \"%1\", sedangkan \"%2\" adalah tahap "
                            "sebelumnya (prosedur %3).")
                         .arg(stageName(a.stage), stageName(to), p.name),
                     QStringLiteral("stage"), 0};
    if (!mayEnter(p.steps[target], context))
        return Error{Tr::tr("Persetujuan DPRD tidak diperlukan untuk kerja sama ini (tidak membebani masyarakat dan "
                            "pembiayaannya sudah dianggarkan dalam APBD; PP 28/2018), sehingga tahap ini dilewati."),
                     QStringLiteral("stage"), 0};
    for (int i = from + 1; i < target; ++i) {
        const ProcedureStep &s = p.steps[i];
        if (isStepSkippable(s, context))
            continue;
        if (s.stage == Stage::PersetujuanDPRD && s.need == StepNeed::WhenDprdRequired)
            return Error{Tr::tr("Persetujuan DPRD diperlukan (kerja sama membebani masyarakat dan/atau pembiayaannya "
                                "belum dianggarkan dalam APBD; PP 28/2018): tahap \"%1\" tidak dapat dilewati.")
                             .arg(stageName(s.stage)),
                         QStringLiteral("stage"), 0};
        return Error{Tr::tr("Tahap \"%1\" tidak dapat dilewati pada prosedur %2: lalui tahap itu lebih dulu. Dasar: %3")
                         .arg(stageName(s.stage), p.name, s.basis),
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
    a.reviewNote.clear();
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

bool hasReachedStage(const Agreement &a, Stage stage)
{
    const Procedure &p = procedureFor(a);
    const int want = p.position(stage);
    return want >= 0 && p.position(a.stage) >= want;
}

QString stagePathDescription(const Agreement &a)
{
    const Procedure &p = procedureFor(a);
    QStringList lines;
    lines.append(Tr::tr("Prosedur %1: %2.").arg(p.name, p.stepList()));
    const auto hasNeed = [&p](StepNeed need) {
        return std::any_of(p.steps.cbegin(), p.steps.cend(), [need](const ProcedureStep &s) { return s.need == need; });
    };
    if (hasNeed(StepNeed::WhenDprdRequired))
        lines.append(Tr::tr("Persetujuan DPRD hanya dilalui bila diperlukan (membebani masyarakat dan/atau belum "
                            "dianggarkan dalam APBD)."));
    if (hasNeed(StepNeed::UnlessKbRecorded))
        lines.append(Tr::tr("Pembahasan TKKSD dan penawaran dilewati bila PKS mengacu pada kesepakatan bersama yang "
                            "tercatat."));
    QStringList bases;
    for (const ProcedureStep &s : p.steps) {
        if (!bases.contains(s.basis))
            bases.append(s.basis);
    }
    lines += bases;
    return lines.join(QLatin1Char('\n'));
}

} // namespace ksd
