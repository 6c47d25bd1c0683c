// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/records.h"
#include "util/result.h"

#include <QDate>
#include <QList>

#include <optional>

namespace ksd {

/// Stage rules (Permendagri 22/2020 order, DESIGN.md §2.3).
///
/// A stage only moves forward, in the legal order persiapan → penawaran → penyusunan KB → penandatanganan KB →
/// persetujuan DPRD → penyusunan PKS → penandatanganan PKS → pelaksanaan → penatausahaan → pelaporan.
/// A stage may be passed over only where the document's path does not need it:
///  - persetujuan DPRD: passed over unless DPRD approval is required (the cooperation burdens the public and/or is
///    not funded in the APBD, PP 28/2018); when it is known not to be required it cannot be entered either; when it
///    is unknown (no linked proposal) it may be entered or passed over;
///  - PKS: the KB stages may be passed over (the PKS-only path: a KSDPK may be agreed directly in a PKS, and a PKS
///    that implements a KB already in the register has its own record);
///  - NK (sinergi): penawaran and the KB stages may be passed over (a sinergi is agreed with a ministry/agency
///    through a nota kesepakatan and a rencana aksi, not through the KB procedure of Permendagri 22/2020);
///  - addendum: penawaran, the KB and the PKS stages may be passed over (an addendum changes a document that
///    already went through the procedure; it is drafted and signed at the level of the document it changes);
///  - KB: nothing else may be passed over;
///  - pelaksanaan, penatausahaan and pelaporan are never passed over.
/// An agreement that has ended (berakhir) or was stopped (dihentikan) does not move.

/// Whether @p stage may be passed over on the path of @p type.
bool isStageSkippable(DocType type, Stage stage, std::optional<bool> dprdRequired = std::nullopt);

/// The stages @p agreement may move to next, in order (empty when it cannot move).
QList<Stage> allowedNextStages(const Agreement &agreement, std::optional<bool> dprdRequired = std::nullopt);

/// Moves @p agreement to stage @p to, reached on @p date: appends {to, date} to Agreement::stages and sets
/// Agreement::stage. Refused, with a translated message naming the stages and dates and leaving @p agreement
/// unchanged, when the move goes backward, passes over a stage the path needs, enters persetujuan DPRD when it is
/// not required, has an invalid date or a date before the last recorded stage, or the agreement has ended.
/// The caller stamps RecordMeta (who/when) and wraps the change in an undo command.
Status advanceStage(Agreement &agreement, Stage to, const QDate &date,
                    std::optional<bool> dprdRequired = std::nullopt);

/// The date @p stage was reached, or an invalid date when it was not recorded.
QDate stageReachedOn(const Agreement &agreement, Stage stage);

/// Translated explanation of the path of @p type with its legal basis (for tooltips and the report).
QString stagePathDescription(DocType type);

} // namespace ksd
