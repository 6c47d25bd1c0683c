// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/project.h"
#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace ksd {

/// The KSDD sub-class of one candidate partner region, as given by the rule set (core/rules, DESIGN.md §2.2).
/// Kept as keys and translated text so that screening results do not depend on the rule set's types.
struct PartnerClass
{
    QString partnerRegion; ///< Kemendagri code of the candidate partner
    QString classKey;      ///< WAJIB / POTENSI_WAJIB / SUKARELA / RUJUK_PROVINSI / RUJUK_PUSAT / TIDAK_MEMENUHI
    QString className;     ///< translated class name
    QString reason;        ///< the rule set's decisive reason, with its basis
    QString pairType;      ///< "A".."E", or "" when not a pair
    QString takeover;      ///< WAJIB only: "gubernur" / "pusat" (who takes the urusan over if it is not done)
    QString consequence;   ///< WAJIB only: translated takeover consequence from the rule set's trace
    bool legalReview = false; ///< a type-C wajib or potensi wajib: needs legal review
    QStringList flags;     ///< the rule set's flags (legal_review, dprd_approval, sea_border, authority_unchecked)
    QStringList referTo;   ///< RUJUK_PROVINSI: the province code(s) to refer to
    QString ministry;      ///< RUJUK_PUSAT: the ministry or central body, where known
    QString service;       ///< the authority-table service the title was read as ("" = none named or known)
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
    /// KSDD only: the strongest class over all candidate partners (WAJIB > POTENSI_WAJIB > SUKARELA >
    /// RUJUK_PROVINSI > TIDAK_MEMENUHI, the rule set's order); empty when no partner region is named.
    QString ksddClass;
    QList<PartnerClass> partnerClasses; ///< KSDD only: one per candidate partner region
    QStringList notes;       ///< translated remarks that do not change eligibility (missing partner, odd form...)
};

/// Screens @p proposal in @p project: activity kind and partner type decide eligibility and the category; the DPRD
/// flag is derived from "burdens the public" and "in the APBD". For an eligible KSDD proposal the rule set
/// (RuleSet::evaluate, the one verdict) classifies the proposing region against each candidate partner for the
/// proposal's urusan: the service is the title without region names, matched against the project's
/// authority table, and the evidence is that of both regions' live entries for the same urusan and service row
/// (EvidenceIndex), exactly what the suggestion engine reads.
ScreeningResult screenProposal(const Proposal &proposal, const Project &project);

/// Screens the proposals of one project with one rule set (what computeStats uses; cheaper than calling
/// screenProposal(proposal, project) in a loop: the rule set and an index of the entries' evidence are built once).
class ProposalScreener
{
public:
    explicit ProposalScreener(const Project &project);
    ~ProposalScreener();
    ProposalScreener(const ProposalScreener &) = delete;
    ProposalScreener &operator=(const ProposalScreener &) = delete;
    ScreeningResult screen(const Proposal &proposal) const;

private:
    struct Private;
    std::unique_ptr<const Private> d;
};

/// The category a partner type leads to (daerah→KSDD, pihak_ketiga→KSDPK, kl→SINERGI, pemda_ln→KSDPL,
/// lembaga_ln→KSDLL).
Category categoryForPartnerType(PartnerType type);

/// Whether DPRD approval is needed: the cooperation burdens the public, and/or it needs funding that is not yet in
/// the current APBD (an explicit estimated cost of 0 needs no funding). PP 28/2018; Permendagri 22/2020.
bool dprdApprovalRequired(const Proposal &proposal);

/// DPRD approval for an agreement: always for cooperation abroad (KSDPL, KSDLL; Permendagri 25/2020); otherwise from
/// its linked live proposal when there is one (dprdApprovalRequired(proposal)), else unknown.
std::optional<bool> dprdApprovalRequired(const Agreement &agreement, const Project &project);

/// Promotes an eligible proposal to a new agreement (DESIGN.md §3): category from screening, document type from
/// the intended form, urusan and title copied, parties = the proposing region plus the candidate partners, link
/// kept in proposalId. Refused with a translated error for an ineligible or tombstoned proposal.
Result<Agreement> agreementFromProposal(const Proposal &proposal, const QString &by);

} // namespace ksd
