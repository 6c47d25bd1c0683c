// SPDX-License-Identifier: Apache-2.0
#include "procedure.h"

#include "screening.h"

#include "rules/legalbasis.h"
#include "util/i18n.h"

#include <QCoreApplication>

#include <algorithm>

namespace ksd {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ksd::Register)
};

/// Where each stage stood in the single sequence of format versions 1-3, with the new stages put beside the old
/// step they are nearest to; only mapStage() reads it.
double legacyRank(Stage s)
{
    switch (s) {
    case Stage::Persiapan: return 0;
    case Stage::PembahasanTKKSD: return 0.5;
    case Stage::Penawaran: return 1;
    case Stage::PenyusunanKB: return 2;
    case Stage::PenyusunanNK: return 2;
    case Stage::PenandatangananKB: return 3;
    case Stage::PenandatangananNK: return 3;
    case Stage::Berlaku: return 3.2;
    case Stage::PenyusunanRencanaAksi: return 3.5;
    case Stage::PersetujuanDPRD: return 4;
    case Stage::PersetujuanPusat: return 4.5;
    case Stage::PenyusunanPKS: return 5;
    case Stage::PenandatangananPKS: return 6;
    case Stage::Pelaksanaan: return 7;
    case Stage::Penatausahaan: return 8;
    case Stage::Pelaporan: return 9;
    }
    return 0;
}

ProcedureStep step(Stage s, StepNeed need, const char *basisKey)
{
    return {s, need, legalBasisText(QString::fromLatin1(basisKey))};
}

QList<Procedure> buildTable()
{
    using N = StepNeed;
    const auto A = N::Always;
    QList<Procedure> t;
    t.append({QStringLiteral("domestic_kb"), Tr::tr("Kesepakatan bersama KSDD/KSDPK (Permendagri 22/2020)"),
              {step(Stage::Persiapan, A, "procedure_domestic"), step(Stage::PembahasanTKKSD, A, "tkksd"),
               step(Stage::Penawaran, A, "procedure_domestic"), step(Stage::PenyusunanKB, A, "procedure_domestic"),
               step(Stage::PenandatangananKB, A, "procedure_domestic"), step(Stage::Berlaku, A, "kb_in_force")}});
    t.append({QStringLiteral("domestic_pks"), Tr::tr("Perjanjian kerja sama KSDD/KSDPK (Permendagri 22/2020)"),
              {step(Stage::Persiapan, A, "procedure_domestic"),
               step(Stage::PembahasanTKKSD, N::UnlessKbRecorded, "tkksd"),
               step(Stage::Penawaran, N::UnlessKbRecorded, "procedure_domestic"),
               step(Stage::PersetujuanDPRD, N::WhenDprdRequired, "dprd"),
               step(Stage::PenyusunanPKS, A, "kb_in_force"), step(Stage::PenandatangananPKS, A, "procedure_domestic"),
               step(Stage::Pelaksanaan, A, "procedure_domestic"), step(Stage::Penatausahaan, A, "procedure_domestic"),
               step(Stage::Pelaporan, A, "report_upward")}});
    t.append({QStringLiteral("sinergi_nk"), Tr::tr("Nota kesepakatan sinergi dengan kementerian/lembaga"),
              {step(Stage::Persiapan, A, "sinergi"), step(Stage::PenyusunanNK, A, "sinergi"),
               step(Stage::PenandatangananNK, A, "sinergi"), step(Stage::PenyusunanRencanaAksi, A, "sinergi"),
               step(Stage::Pelaksanaan, A, "sinergi"), step(Stage::Pelaporan, A, "sinergi")}});
    t.append({QStringLiteral("abroad_kb"), Tr::tr("Kesepakatan bersama dengan pihak luar negeri (Permendagri 25/2020)"),
              {step(Stage::Persiapan, A, "abroad"), step(Stage::PembahasanTKKSD, A, "tkksd"),
               step(Stage::Penawaran, A, "abroad"), step(Stage::PenyusunanKB, A, "abroad"),
               step(Stage::PersetujuanDPRD, A, "abroad"), step(Stage::PersetujuanPusat, A, "abroad"),
               step(Stage::PenandatangananKB, A, "abroad"), step(Stage::Berlaku, A, "kb_in_force")}});
    t.append({QStringLiteral("abroad_pks"), Tr::tr("Perjanjian kerja sama dengan pihak luar negeri (Permendagri 25/2020)"),
              {step(Stage::Persiapan, A, "abroad"), step(Stage::PembahasanTKKSD, N::UnlessKbRecorded, "tkksd"),
               step(Stage::Penawaran, N::UnlessKbRecorded, "abroad"), step(Stage::PenyusunanPKS, A, "abroad"),
               step(Stage::PersetujuanDPRD, A, "abroad"), step(Stage::PersetujuanPusat, A, "abroad"),
               step(Stage::PenandatangananPKS, A, "abroad"), step(Stage::Pelaksanaan, A, "abroad"),
               step(Stage::Penatausahaan, A, "abroad"), step(Stage::Pelaporan, A, "report_upward")}});
    const auto O = N::Optional;
    t.append({QStringLiteral("addendum"), Tr::tr("Addendum (setingkat dokumen yang diubah)"),
              {step(Stage::Persiapan, A, "procedure_domestic"), step(Stage::PembahasanTKKSD, O, "tkksd"),
               step(Stage::PenyusunanKB, O, "procedure_domestic"), step(Stage::PenandatangananKB, O, "procedure_domestic"),
               step(Stage::PersetujuanDPRD, N::WhenDprdRequired, "dprd"),
               step(Stage::PersetujuanPusat, O, "abroad"), step(Stage::PenyusunanPKS, O, "procedure_domestic"),
               step(Stage::PenandatangananPKS, O, "procedure_domestic"), step(Stage::Pelaksanaan, A, "procedure_domestic"),
               step(Stage::Penatausahaan, A, "procedure_domestic"), step(Stage::Pelaporan, A, "report_upward")}});
    return t;
}

bool isAbroad(Category c)
{
    return c == Category::KSDPL || c == Category::KSDLL;
}

} // namespace

int Procedure::position(Stage stage) const
{
    for (int i = 0; i < steps.size(); ++i) {
        if (steps[i].stage == stage)
            return i;
    }
    return -1;
}

QString Procedure::stepList() const
{
    QStringList names;
    for (const ProcedureStep &s : steps)
        names.append(stageName(s.stage));
    return names.join(QStringLiteral(", "));
}

const QList<Procedure> &procedureTable()
{
    // Kept per language: the names and bases are translated, and the table is read once per agreement.
    static thread_local QString builtFor;
    static thread_local QList<Procedure> table;
    const QString lang = currentLanguage();
    if (table.isEmpty() || builtFor != lang) {
        table = buildTable();
        builtFor = lang;
    }
    return table;
}

const Procedure &procedureFor(Category category, DocType type)
{
    const QList<Procedure> &t = procedureTable();
    auto byKey = [&t](const char *key) -> const Procedure & {
        for (const Procedure &p : t) {
            if (p.key == QLatin1String(key))
                return p;
        }
        return t.first();
    };
    if (type == DocType::Addendum)
        return byKey("addendum");
    if (type == DocType::NK || category == Category::Sinergi)
        return byKey("sinergi_nk");
    if (isAbroad(category))
        return byKey(type == DocType::KB ? "abroad_kb" : "abroad_pks");
    return byKey(type == DocType::KB ? "domestic_kb" : "domestic_pks");
}

const Procedure &procedureFor(const Agreement &agreement)
{
    return procedureFor(agreement.category, agreement.docType);
}

ProcedureContext procedureContext(const Agreement &agreement, const Project &project)
{
    ProcedureContext c;
    c.dprdRequired = dprdApprovalRequired(agreement, project);
    if (!agreement.kbId.isNull()) {
        const Agreement *kb = project.agreement(agreement.kbId);
        c.kbRecorded = kb && !kb->meta.deleted && kb->docType == DocType::KB;
    }
    return c;
}

bool isStepSkippable(const ProcedureStep &step, const ProcedureContext &context)
{
    switch (step.need) {
    case StepNeed::Always: return false;
    case StepNeed::WhenDprdRequired: return context.dprdRequired != true;
    case StepNeed::UnlessKbRecorded: return context.kbRecorded;
    case StepNeed::Optional: return true;
    }
    return false;
}

std::optional<Stage> nextRequiredStage(const Agreement &agreement, const ProcedureContext &context)
{
    if (agreement.status == AgreementStatus::Berakhir || agreement.status == AgreementStatus::Dihentikan)
        return std::nullopt;
    const Procedure &p = procedureFor(agreement);
    for (int i = std::max(0, p.position(agreement.stage) + 1); i < p.steps.size(); ++i) {
        if (!isStepSkippable(p.steps[i], context))
            return p.steps[i].stage;
    }
    return std::nullopt;
}

QString nextStepText(const Agreement &agreement, const ProcedureContext &context)
{
    if (agreement.status == AgreementStatus::Berakhir || agreement.status == AgreementStatus::Dihentikan)
        return {};
    const Procedure &p = procedureFor(agreement);
    QStringList parts;
    for (int i = std::max(0, p.position(agreement.stage) + 1); i < p.steps.size(); ++i) {
        const ProcedureStep &s = p.steps[i];
        const bool unknownDprd = s.need == StepNeed::WhenDprdRequired && !context.dprdRequired.has_value();
        if (unknownDprd) {
            parts.append(Tr::tr("%1 (bila diperlukan)").arg(stageName(s.stage)));
            continue;
        }
        if (isStepSkippable(s, context))
            continue;
        parts.append(stageName(s.stage));
        break;
    }
    return parts.join(QStringLiteral(" / "));
}

QList<Stage> stagesInDisplayOrder()
{
    QList<Stage> out;
    for (int i = 0; i < StageCount; ++i)
        out.append(static_cast<Stage>(i));
    std::stable_sort(out.begin(), out.end(), [](Stage x, Stage y) { return legacyRank(x) < legacyRank(y); });
    return out;
}

StageMapping mapStage(const Procedure &procedure, Stage stage)
{
    if (procedure.position(stage) >= 0)
        return {stage, true};
    Stage best = procedure.steps.first().stage;
    for (const ProcedureStep &s : procedure.steps) {
        if (legacyRank(s.stage) <= legacyRank(stage))
            best = s.stage;
    }
    return {best, false};
}

std::optional<StageRemap> alignToProcedure(Agreement &a)
{
    const Procedure &p = procedureFor(a);
    const StageMapping current = mapStage(p, a.stage);
    QList<StageDate> history;
    int last = -1;
    bool historyChanged = false;
    for (const StageDate &s : std::as_const(a.stages)) {
        const StageMapping m = mapStage(p, s.stage);
        const int pos = p.position(m.stage);
        if (!m.exact)
            historyChanged = true;
        if (pos <= last) {
            historyChanged = true; // out of this procedure's order, or mapped onto a step already recorded
            continue;
        }
        history.append(StageDate{m.stage, s.date});
        last = pos;
    }
    // The current stage ends the history when it is recorded there (validation asks the two to agree).
    if (!history.isEmpty() && p.position(current.stage) < last) {
        while (!history.isEmpty() && p.position(history.last().stage) > p.position(current.stage))
            history.removeLast();
        historyChanged = true;
    }
    if (current.exact && !historyChanged)
        return std::nullopt;
    StageRemap r{a.meta.id, a.title, a.stage, current.stage, {}};
    if (!current.exact) {
        r.note = Tr::tr("Tahap \"%1\" tidak termasuk prosedur %2; dipetakan ke langkah terdekat \"%3\". Periksa "
                        "tahapnya. Langkah prosedur ini: %4.")
                     .arg(stageName(a.stage), p.name, stageName(current.stage), p.stepList());
    } else {
        r.note = Tr::tr("Riwayat tahapan tidak sesuai urutan prosedur %1 dan telah disesuaikan. Periksa riwayatnya. "
                        "Langkah prosedur ini: %2.")
                     .arg(p.name, p.stepList());
    }
    a.stage = current.stage;
    a.stages = history;
    a.reviewNote = r.note;
    return r;
}

QList<StageRemap> alignToProcedures(Project &project)
{
    QList<StageRemap> out;
    for (Agreement &a : project.agreements) {
        if (a.meta.deleted)
            continue;
        if (auto r = alignToProcedure(a))
            out.append(*r);
    }
    return out;
}

} // namespace ksd
