// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/project.h"
#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ksd {

/// The KSDD sub-class (wajib / sukarela ...) of one candidate partner region, as given by the rule set.
struct PartnerClass
{
    QString partnerRegion; ///< Kemendagri code of the candidate partner
    QString classKey;      ///< the rule set's class key (e.g. "WAJIB", "SUKARELA"); empty when not assessed
    QString className;     ///< translated class name
    QString basis;         ///< legal basis / explanation from the rule set
    bool operator==(const PartnerClass &) const = default;
};

/// Outcome of screening one proposal against the KSD criteria (DESIGN.md §2.1, §2.2; PP 28/2018).
struct ScreeningResult
{
    bool eligible = false;
    Category category = Category::None; ///< None when not eligible
    QString reason;          ///< translated sentence citing its basis
    bool dprdApproval = false;
    QString dprdReason;      ///< translated: why DPRD approval is (not) needed, with its basis
    /// KSDD only: the sub-class over all candidate partners (the strongest one, WAJIB first); empty when the rule
    /// set is not available or no partner region is named.
    QString ksddClass;
    QList<PartnerClass> partnerClasses; ///< KSDD only: one per candidate partner region
    QStringList notes;       ///< translated remarks that do not change eligibility (missing partner, odd form...)
};

/// Screens @p proposal: activity kind and partner type decide eligibility and the category; the DPRD flag is
/// derived from "burdens the public" and "in the APBD". Pure function of the proposal and the reference data.
ScreeningResult screenProposal(const Proposal &proposal);

/// The category a partner type leads to (daerah→KSDD, pihak_ketiga→KSDPK, kl→SINERGI, pemda_ln→KSDPL,
/// lembaga_ln→KSDLL).
Category categoryForPartnerType(PartnerType type);

/// Whether DPRD approval is needed: the cooperation burdens the public, and/or it needs funding that is not yet in
/// the current APBD (an explicit estimated cost of 0 needs no funding). PP 28/2018; Permendagri 22/2020.
bool dprdApprovalRequired(const Proposal &proposal);

/// DPRD approval for an agreement: from its linked live proposal when there is one, otherwise unknown.
std::optional<bool> dprdApprovalRequired(const Agreement &agreement, const Project &project);

/// Promotes an eligible proposal to a new agreement (DESIGN.md §3): category from screening, document type from
/// the intended form, urusan and title copied, parties = the proposing region plus the candidate partners, link
/// kept in proposalId. Refused with a translated error for an ineligible or tombstoned proposal.
Result<Agreement> agreementFromProposal(const Proposal &proposal, const QString &by);

} // namespace ksd
