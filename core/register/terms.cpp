// SPDX-License-Identifier: Apache-2.0
#include "terms.h"

#include "util/format.h"
#include "procedure.h"
#include "screening.h"
#include "stages.h"

#include "rules/legalbasis.h"

#include <QCoreApplication>

#include <algorithm>

namespace ksd {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ksd::Register)
};

bool isLive(const Agreement &a)
{
    return !a.meta.deleted && a.status != AgreementStatus::Berakhir && a.status != AgreementStatus::Dihentikan;
}

Stage signingStageOf(DocType t)
{
    return t == DocType::KB ? Stage::PenandatangananKB : Stage::PenandatangananPKS;
}

/// The first day of the term: the start date, else the signing date.
QDate termStart(const Agreement &a)
{
    return a.startDate.isValid() ? a.startDate : a.signedOn;
}

bool isSigned(const Agreement &a)
{
    return a.signedOn.isValid() || a.startDate.isValid() || hasReachedStage(a, signingStageOf(a.docType));
}

RegisterListItem itemOf(const Agreement &a, const QDate &date, qint64 days)
{
    return {a.meta.id, a.title, a.docType, a.category, date, days};
}

} // namespace

bool termNeedsException(const Agreement &a)
{
    if (a.docType != DocType::KB && a.docType != DocType::PKS)
        return false;
    if (!a.termException.trimmed().isEmpty() || !isSigned(a))
        return false;
    if (!a.endDate.isValid())
        return true;
    const QDate start = termStart(a);
    return start.isValid() && a.endDate > start.addYears(MaxTermYears);
}

std::optional<QString> termWarning(const Agreement &a)
{
    if (!termNeedsException(a))
        return std::nullopt;
    const QString basis = legalBasisText(QStringLiteral("term_limit"));
    if (!a.endDate.isValid())
        return Tr::tr("%1 tanpa tanggal berakhir: jangka waktu kerja sama paling lama %2 tahun kecuali dasar "
                      "pengecualiannya dicatat (misalnya KPBU atau pemanfaatan BMD). %3")
            .arg(docTypeName(a.docType))
            .arg(MaxTermYears)
            .arg(basis);
    return Tr::tr("Jangka waktu %1 (%2 s.d. %3) lebih dari %4 tahun tanpa dasar pengecualian yang dicatat (misalnya "
                  "KPBU atau pemanfaatan BMD). %5")
        .arg(docTypeName(a.docType), longDate(termStart(a)), longDate(a.endDate))
        .arg(MaxTermYears)
        .arg(basis);
}

QList<RegisterListItem> termsOverLimit(const Project &project)
{
    QList<RegisterListItem> out;
    for (const Agreement &a : project.agreements) {
        if (!isLive(a) || !termNeedsException(a))
            continue;
        const QDate start = termStart(a);
        out.append(itemOf(a, a.endDate, a.endDate.isValid() && start.isValid() ? start.daysTo(a.endDate) : 0));
    }
    std::stable_sort(out.begin(), out.end(), [](const RegisterListItem &x, const RegisterListItem &y) {
        return x.title.localeAwareCompare(y.title) < 0;
    });
    return out;
}

QDate kbSignedOn(const Agreement &kb)
{
    return kb.signedOn.isValid() ? kb.signedOn : stageReachedOn(kb, Stage::PenandatangananKB);
}

QList<RegisterListItem> kbWithoutPks(const Project &project, const QDate &today)
{
    QSet<QUuid> implemented;
    for (const Agreement &a : project.agreements) {
        if (!a.meta.deleted && a.docType == DocType::PKS && !a.kbId.isNull())
            implemented.insert(a.kbId);
    }
    QList<RegisterListItem> out;
    if (!today.isValid())
        return out;
    for (const Agreement &kb : project.agreements) {
        if (!isLive(kb) || kb.docType != DocType::KB || implemented.contains(kb.meta.id))
            continue;
        const QDate signedOn = kbSignedOn(kb);
        if (!signedOn.isValid() || signedOn.daysTo(today) < KbFollowUpDays)
            continue;
        out.append(itemOf(kb, signedOn, signedOn.daysTo(today)));
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const RegisterListItem &x, const RegisterListItem &y) { return x.date < y.date; });
    return out;
}

bool extensionNeedsOffer(const Agreement &agreement, const Project &project)
{
    const Procedure &p = procedureFor(agreement);
    const int at = p.position(Stage::Penawaran);
    return at >= 0 && !isStepSkippable(p.steps[at], procedureContext(agreement, project));
}

int expiryWindowDays(const Agreement &agreement, const Project &project)
{
    if (dprdApprovalRequired(agreement, project) == true || extensionNeedsOffer(agreement, project))
        return ExpiryNoticeDays;
    return ExpiryWarningDays;
}

QList<ExpiryItem> expiryWarnings(const Project &project, const QDate &today)
{
    QList<ExpiryItem> out;
    for (ExpiryItem item : expiringAgreements(project, today, ExpiryNoticeDays, false)) {
        const Agreement *a = project.agreement(item.id);
        item.windowDays = a ? expiryWindowDays(*a, project) : ExpiryWarningDays;
        if (item.daysLeft <= item.windowDays)
            out.append(item);
    }
    return out;
}

Agreement extensionOf(const Agreement &previous, const QString &by)
{
    Agreement a;
    a.meta = RecordMeta::fresh(by);
    a.previousId = previous.meta.id;
    a.proposalId = previous.proposalId;
    a.category = previous.category;
    a.docType = previous.docType;
    a.title = previous.title;
    a.object = previous.object;
    a.scope = previous.scope;
    a.urusanCode = previous.urusanCode;
    a.parties = previous.parties;
    for (Party &p : a.parties)
        p.documentNumber.clear();
    a.implementingPd = previous.implementingPd;
    a.funding = previous.funding;
    a.kbId = previous.kbId;
    a.termException = previous.termException;
    a.stage = procedureFor(a).steps.first().stage;
    a.status = AgreementStatus::Aktif;
    return a;
}

} // namespace ksd
