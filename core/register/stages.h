// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "procedure.h"

#include "model/records.h"
#include "util/result.h"

#include <QDate>
#include <QList>

#include <optional>

namespace ksd {

/// Stage rules: each agreement moves forward through the steps of its own procedure (procedureFor(), the one table
/// of procedures by category and document type, DESIGN.md §2.3). A step may be passed over only where
/// isStepSkippable() says so: persetujuan DPRD of KSDD/KSDPK when DPRD approval is not required (and it cannot be
/// entered when known not to be required; when unknown it may be entered or passed over), the KB's pembahasan
/// TKKSD and penawaran for a PKS whose KB is recorded, the optional steps of an addendum. An agreement that has
/// ended (berakhir) or was stopped (dihentikan) does not move.

/// Refuses @p stage when it is not a step of @p agreement's procedure, naming the procedure and its steps.
Status checkStageInProcedure(const Agreement &agreement, Stage stage);

/// The stages @p agreement may move to next, in order (empty when it cannot move).
QList<Stage> allowedNextStages(const Agreement &agreement, const ProcedureContext &context);

/// Moves @p agreement to stage @p to, reached on @p date: appends {to, date} to Agreement::stages, sets
/// Agreement::stage and clears Agreement::reviewNote (the planner has dealt with the stage). Refused, with a
/// translated message naming the stages and dates and leaving @p agreement unchanged, when the stage is not in the
/// procedure, the move goes backward, passes over a step the procedure needs, enters persetujuan DPRD when it is
/// not required, has an invalid date or a date before the last recorded stage, or the agreement has ended.
/// The caller stamps RecordMeta (who/when) and wraps the change in an undo command.
Status advanceStage(Agreement &agreement, Stage to, const QDate &date, const ProcedureContext &context);

/// The date @p stage was reached, or an invalid date when it was not recorded.
QDate stageReachedOn(const Agreement &agreement, Stage stage);

/// Whether @p agreement has reached @p stage in its procedure (it stands at it or past it); false when @p stage is
/// not a step of its procedure.
bool hasReachedStage(const Agreement &agreement, Stage stage);

/// Translated explanation of the procedure of @p agreement: its name, its steps and their basis (tooltips, report).
QString stagePathDescription(const Agreement &agreement);

} // namespace ksd
