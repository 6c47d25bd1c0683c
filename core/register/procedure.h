// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/project.h"

#include <QList>
#include <QString>

#include <optional>

namespace ksd {

/// When a step of a procedure must be passed through.
enum class StepNeed {
    Always = 0,       ///< never passed over
    WhenDprdRequired, ///< persetujuan DPRD for KSDD/KSDPK: only when the cooperation needs it (PP 28/2018)
    UnlessKbRecorded, ///< a PKS whose KB is in the register did this under the KB (pembahasan TKKSD, penawaran)
    Optional,         ///< an addendum follows the level of the document it changes
};

/// One step of a procedure with the basis a planner can cite.
struct ProcedureStep
{
    Stage stage = Stage::Persiapan;
    StepNeed need = StepNeed::Always;
    QString basis; ///< translated
};

/// The ordered steps one category and document type go through (DESIGN.md §2.3).
struct Procedure
{
    QString key;    ///< domestic_kb / domestic_pks / sinergi_nk / abroad_kb / abroad_pks / addendum
    QString name;   ///< translated
    QList<ProcedureStep> steps;
    /// Position of @p stage in the steps, or -1 when the procedure has no such step.
    int position(Stage stage) const;
    /// The stage names joined for a message: "Persiapan, Pembahasan TKKSD, …".
    QString stepList() const;
};

/// The one table of procedures (Permendagri 22/2020 for KSDD and KSDPK, Permendagri 25/2020 abroad):
///  - KB (KSDD, KSDPK): persiapan → pembahasan TKKSD → penawaran → penyusunan KB → penandatanganan KB → berlaku.
///  - PKS (KSDD, KSDPK): persiapan → pembahasan TKKSD and penawaran (passed over when its KB is recorded) →
///    persetujuan DPRD (only when required) → penyusunan PKS → penandatanganan PKS → pelaksanaan → penatausahaan →
///    pelaporan (to the governor / Minister by the level of the region).
///  - NK (SINERGI, and any nota kesepakatan): persiapan → penyusunan NK → penandatanganan NK → penyusunan rencana
///    aksi → pelaksanaan → pelaporan; no PKS stages.
///  - KB and PKS abroad (KSDPL, KSDLL): … penyusunan → persetujuan DPRD (always) → persetujuan Pemerintah Pusat →
///    penandatanganan → (KB) berlaku / (PKS) pelaksanaan → penatausahaan → pelaporan.
///  - Addendum: at the level of the document it changes; every drafting and signing step is optional.
const QList<Procedure> &procedureTable();

/// The procedure of @p category and @p type: NK always the sinergi procedure, SINERGI always too (a sinergi has no
/// PKS stages), an addendum its own, KSDPL/KSDLL the abroad ones, the rest (KSDD, KSDPK, none) the domestic ones.
const Procedure &procedureFor(Category category, DocType type);
const Procedure &procedureFor(const Agreement &agreement);

/// Every stage once, in the order tables and counts list them: the single sequence of format 3 with the new steps
/// beside their nearest old step (pembahasan TKKSD after persiapan, the NK steps beside the KB ones, berlaku after
/// penandatanganan KB, persetujuan Pemerintah Pusat after persetujuan DPRD).
QList<Stage> stagesInDisplayOrder();

/// What the steps of one agreement depend on besides its procedure: both facts are required, never defaulted.
struct ProcedureContext
{
    std::optional<bool> dprdRequired; ///< from dprdApprovalRequired(agreement, project)
    bool kbRecorded = false;          ///< a PKS that names a live KB of the register
};
ProcedureContext procedureContext(const Agreement &agreement, const Project &project);

/// Whether @p step may be passed over in @p context.
bool isStepSkippable(const ProcedureStep &step, const ProcedureContext &context);

/// The stage after the last step of the procedure that still has to be done, or none when the agreement stands at
/// the last step or has ended. This is the `langkah_berikutnya` of the register export.
std::optional<Stage> nextRequiredStage(const Agreement &agreement, const ProcedureContext &context);
/// Translated text of the next step(s): "Penandatanganan kesepakatan bersama", or "Persetujuan DPRD (bila
/// diperlukan) / Penyusunan perjanjian kerja sama" when it depends on an unknown DPRD decision; "" when none.
QString nextStepText(const Agreement &agreement, const ProcedureContext &context);

/// A stage taken to the procedure of an agreement.
struct StageMapping
{
    Stage stage = Stage::Persiapan;
    bool exact = true; ///< the stage belongs to the procedure as it was
};
/// Maps @p stage to the nearest step of @p procedure: itself when it belongs, otherwise the last step that comes
/// no later in the single sequence of format versions 1-3 (a KB's "pelaporan" becomes "berlaku", a nota
/// kesepakatan's "penyusunan KB" becomes "penyusunan NK"), or the first step.
StageMapping mapStage(const Procedure &procedure, Stage stage);

/// One agreement whose stage or stage history did not fit its procedure.
struct StageRemap
{
    QUuid id;
    QString title;
    Stage from = Stage::Persiapan;
    Stage to = Stage::Persiapan;
    QString note; ///< translated, also stored in Agreement::reviewNote
};
/// Brings every live agreement of @p project onto its own procedure: the current stage and the history map by
/// mapStage(), history entries out of the procedure's order are dropped, and each agreement changed gets a
/// reviewNote naming the old and new stage. Agreements that already fit are left as they are. Used on opening a
/// file of format version 3 or older and by the register import.
QList<StageRemap> alignToProcedures(Project &project);
/// The same for one agreement (the import); std::nullopt when it already fits.
std::optional<StageRemap> alignToProcedure(Agreement &agreement);

} // namespace ksd
