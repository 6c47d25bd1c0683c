// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/engine.h"
#include "model/project.h"

namespace ksd {

/// The proposal made from suggestion @p s in @p project ("Jadikan usulan"): the owner proposes when it is one of the
/// pair (else region A), the other region is the candidate partner, urusan, intended form KB, the year and the
/// proposing PD of the project (a copy's PD), Proposal::suggestionKey = s.key(). The title and the description are
/// plain sentences a planner can paste into a naskah, built from reference names; the engine's explanation (score
/// trace) goes to Proposal::suggestionNote only. The record's meta is left for the command that adds it.
Proposal proposalFromSuggestion(const Suggestion &s, const Project &project);

/// "Kerja sama <service or urusan> antara <region> dan <partner>": the description of a promoted suggestion.
QString promotionSummary(const Suggestion &s, const QString &regionCode, const QString &partnerCode);

} // namespace ksd
