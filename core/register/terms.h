// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "expiry.h"

#include "model/project.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace ksd {

/// A KB or PKS runs at most this many years unless an exception basis is recorded (legal basis "term_limit").
constexpr int MaxTermYears = 5;
/// A signed KB with no PKS referring to it after this many days needs follow-up.
constexpr int KbFollowUpDays = 365;

/// Whether @p agreement is a signed KB or PKS (signing date, start date, or a stage at or past its signing) whose
/// term runs over MaxTermYears or has no end date, with no Agreement::termException recorded.
bool termNeedsException(const Agreement &agreement);
/// The translated warning for termNeedsException(), naming the term and the basis; std::nullopt when none.
std::optional<QString> termWarning(const Agreement &agreement);

/// One agreement listed by a register check (term, KB follow-up).
struct RegisterListItem
{
    QUuid id;
    QString title;
    DocType docType = DocType::KB;
    Category category = Category::None;
    QDate date;         ///< the date the check is about: the end date (term), the signing date (KB without PKS)
    qint64 days = 0;    ///< term: its length in days (0 = no end date); KB: days since signing
    bool operator==(const RegisterListItem &) const = default;
};

/// Live KBs and PKSs, not ended or stopped, for which termNeedsException() holds; sorted by title.
QList<RegisterListItem> termsOverLimit(const Project &project);

/// The date a KB was signed: its signing date, else the date it reached penandatanganan KB.
QDate kbSignedOn(const Agreement &kb);
/// Live KBs, not ended or stopped, signed at least KbFollowUpDays before @p today, that no live PKS refers to
/// (Agreement::kbId). Sorted by signing date.
QList<RegisterListItem> kbWithoutPks(const Project &project, const QDate &today);

/// Whether continuing @p agreement needs a new offer: its procedure has a penawaran step it may not pass over.
bool extensionNeedsOffer(const Agreement &agreement, const Project &project);
/// The expiry warning window of @p agreement: ExpiryNoticeDays (180) when it needs DPRD approval
/// (dprdApprovalRequired) or a new offer (extensionNeedsOffer), ExpiryWarningDays (90) otherwise.
int expiryWindowDays(const Agreement &agreement, const Project &project);
/// Live agreements (aktif/diperpanjang) whose end date is within their own expiry window of @p today (already
/// expired ones are not listed here: see expiringAgreements). Each item's windowDays says which window.
QList<ExpiryItem> expiryWarnings(const Project &project, const QDate &today);

/// The agreement that extends @p previous: a new record (fresh meta by @p by) with the same category, document
/// type, title, object, scope, urusan, parties (without their numbers), PD, KB link and term exception, at
/// persiapan with no dates, linked by previousId. Extension goes through the procedure again.
Agreement extensionOf(const Agreement &previous, const QString &by);

} // namespace ksd
