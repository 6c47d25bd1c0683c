// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "screening.h"
#include "validation.h"

#include "model/project.h"
#include "util/result.h"

namespace ksd {

/// The proposal an incoming offer amounts to for the owner region: the owner proposes to the sender (a region as
/// the partner region, anyone else by name), same urusan, title and description, a kerja sama in the form of a KB
/// (an NK for a ministry or agency), with the offer's DPRD facts. This is what screening reads and what accepting
/// the offer records; its meta is left for the caller.
Proposal proposalFromOffer(const IncomingOffer &offer, const Project &project);

/// Screens @p offer with the same verdict as a proposal: @p screener.screen(proposalFromOffer(offer, project)).
ScreeningResult screenOffer(const IncomingOffer &offer, const ProposalScreener &screener, const Project &project);

/// Accepts @p offer (it must be waiting for an answer): returns the new proposal (fresh meta by @p by) and marks the
/// offer diterima with its proposalId. Refused with a translated message for an offer already answered or deleted.
Result<Proposal> acceptOffer(IncomingOffer &offer, const Project &project, const QString &by);
/// Declines @p offer with @p reason (required, kept in declineReason). Refused for an offer already answered.
Status declineOffer(IncomingOffer &offer, const QString &reason);

/// Live offers still waiting for an answer, by answer deadline (undated last), then by date received.
QList<const IncomingOffer *> offersAwaitingAnswer(const Project &project);

/// Checks an offer: sender named (a known region code for a region), title, date received set, the answer deadline
/// not before it, urusan code known when given, a declined offer has its reason. Fields: "sender", "title",
/// "receivedOn", "answerDue", "urusanCode", "declineReason".
QList<ValidationProblem> validateOffer(const IncomingOffer &offer);

/// The sender as shown: the region's name with its code, or the name.
QString offerSenderText(const IncomingOffer &offer);

} // namespace ksd
