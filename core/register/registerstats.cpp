// SPDX-License-Identifier: Apache-2.0
#include "registerstats.h"

#include "monev.h"
#include "offers.h"
#include "procedure.h"
#include "util/format.h"
#include "screening.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

namespace ksd {

namespace {

// lupdate reads Tr::tr() with this context; a free tr() wrapper would be filed under the namespace.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ksd::Register)
};


QJsonArray expiryList(const QList<ExpiryItem> &items)
{
    QJsonArray list;
    for (const ExpiryItem &e : items) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), e.id.toString(QUuid::WithoutBraces));
        o.insert(QStringLiteral("title"), e.title);
        o.insert(QStringLiteral("doc_type"), docTypeKey(e.docType));
        o.insert(QStringLiteral("category"), categoryKey(e.category));
        o.insert(QStringLiteral("status"), statusKey(e.status));
        o.insert(QStringLiteral("end_date"), e.endDate.toString(Qt::ISODate));
        o.insert(QStringLiteral("days_left"), e.daysLeft);
        list.append(o);
    }
    return list;
}

QJsonArray registerList(const QList<RegisterListItem> &items, const char *dateKey, const char *daysKey)
{
    QJsonArray list;
    for (const RegisterListItem &e : items) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), e.id.toString(QUuid::WithoutBraces));
        o.insert(QStringLiteral("title"), e.title);
        o.insert(QStringLiteral("doc_type"), docTypeKey(e.docType));
        o.insert(QStringLiteral("category"), categoryKey(e.category));
        o.insert(QLatin1String(dateKey), e.date.isValid() ? QJsonValue(e.date.toString(Qt::ISODate)) : QJsonValue());
        o.insert(QLatin1String(daysKey), e.days);
        list.append(o);
    }
    return list;
}

} // namespace

std::optional<PartnerGroup> partnerGroupFor(Category c)
{
    switch (c) {
    case Category::KSDD:
    case Category::KSDPL:
        return PartnerGroup::DaerahLain;
    case Category::KSDPK:
    case Category::KSDLL:
        return PartnerGroup::PihakKetiga;
    case Category::Sinergi:
        return PartnerGroup::Sinergi;
    case Category::None:
        break;
    }
    return std::nullopt;
}

QString partnerGroupKey(PartnerGroup g)
{
    switch (g) {
    case PartnerGroup::DaerahLain: return QStringLiteral("daerah_lain");
    case PartnerGroup::PihakKetiga: return QStringLiteral("pihak_ketiga");
    case PartnerGroup::Sinergi: return QStringLiteral("sinergi");
    }
    return {};
}

QString partnerGroupName(PartnerGroup g)
{
    switch (g) {
    case PartnerGroup::DaerahLain: return Tr::tr("Daerah lain");
    case PartnerGroup::PihakKetiga: return Tr::tr("Pihak ketiga");
    case PartnerGroup::Sinergi: return Tr::tr("Sinergi");
    }
    return {};
}

double RegisterStats::proposalPercent(Category c) const
{
    return percentOf(proposals(c), proposalsEligible);
}

QString RegisterStats::proposalPercentText(Category c) const
{
    return formatPercent(proposalPercent(c));
}

double RegisterStats::eligiblePercent() const
{
    return percentOf(proposalsEligible, proposalsTotal);
}

RegisterStats computeStats(const Project &project, const QDate &today)
{
    RegisterStats s;
    s.today = today;

    for (const Agreement &a : project.agreements) {
        if (a.meta.deleted)
            continue;
        ++s.agreementsTotal;
        const auto t = size_t(a.docType);
        ++s.byType[t];
        ++s.byTypeCategory[t][size_t(a.category)];
        if (const auto g = partnerGroupFor(a.category))
            ++s.byTypePartner[t][size_t(*g)];
        ++s.byStage[size_t(a.stage)];
        // At or past each step of its own procedure (procedures differ in order, so no enum comparison).
        const Procedure &procedure = procedureFor(a);
        for (int i = 0; i <= procedure.position(a.stage); ++i)
            ++s.funnel[size_t(procedure.steps[i].stage)];
        ++s.byStatus[size_t(a.status)];
    }

    const ProposalScreener screener(project);
    for (const Proposal &p : project.proposals) {
        if (p.meta.deleted)
            continue;
        ++s.proposalsTotal;
        const ScreeningResult r = screener.screen(p);
        if (!r.eligible) {
            ++s.notEligibleByActivity[size_t(p.activity)];
            continue;
        }
        ++s.proposalsEligible;
        ++s.proposalsByCategory[size_t(r.category)];
        if (r.dprdApproval)
            ++s.proposalsDprd;
        if (r.category == Category::KSDD)
            ++s.ksddByClass[r.ksddClass];
    }

    // Every agreement past its end date falls inside any window (negative days left), so one pass finds all.
    const QList<ExpiryItem> window = expiringAgreements(project, today, ExpiryNoticeDays, true);
    for (const ExpiryItem &e : window) {
        if (e.expired)
            s.expiredActive.append(e);
        else {
            s.expiring180.append(e);
            if (e.daysLeft <= ExpiryWarningDays)
                s.expiring90.append(e);
        }
    }

    s.expiryWarnings = expiryWarnings(project, today);
    s.termOverLimit = termsOverLimit(project);
    s.kbWithoutPks = kbWithoutPks(project, today);
    for (const IncomingOffer &o : project.offers) {
        if (o.meta.deleted)
            continue;
        ++s.offersTotal;
        ++s.offersByStatus[size_t(o.status)];
        const ScreeningResult r = screenOffer(o, screener, project);
        if (r.eligible)
            ++s.offersEligible;
    }
    for (const IncomingOffer *o : offersAwaitingAnswer(project))
        s.offersAwaiting.append(*o);

    double ratingSum = 0;
    int rated = 0;
    QHash<QUuid, const MonevRecord *> latest;
    for (const MonevRecord &m : project.monev) {
        if (m.meta.deleted)
            continue;
        const Agreement *a = project.agreement(m.agreementId);
        if (!a || a->meta.deleted)
            continue;
        ++s.monevRecords;
        if (m.rating >= 1 && m.rating <= 5) {
            ratingSum += m.rating;
            ++rated;
        }
        const MonevRecord *&l = latest[m.agreementId];
        if (!l || isLaterMonev(m, *l))
            l = &m;
    }
    if (rated > 0)
        s.averageRating = ratingSum / rated;
    for (const MonevRecord *m : std::as_const(latest))
        ++s.monevByRecommendation[size_t(m->recommendation)];
    return s;
}

QJsonObject statsToJson(const RegisterStats &s)
{
    QJsonObject root;
    root.insert(QStringLiteral("today"), s.today.toString(Qt::ISODate));
    root.insert(QStringLiteral("agreements_total"), s.agreementsTotal);

    QJsonObject byType;
    QJsonObject byTypeCategory;
    QJsonObject byTypePartner;
    for (DocType t : kDocTypes) {
        byType.insert(docTypeKey(t), s.count(t));
        QJsonObject cats;
        for (Category c : kCategories)
            cats.insert(categoryKey(c), s.count(t, c));
        byTypeCategory.insert(docTypeKey(t), cats);
        QJsonObject groups;
        for (PartnerGroup g : kGroups)
            groups.insert(partnerGroupKey(g), s.count(t, g));
        byTypePartner.insert(docTypeKey(t), groups);
    }
    int withoutCategory = 0;
    for (DocType t : kDocTypes)
        withoutCategory += s.count(t, Category::None);
    root.insert(QStringLiteral("agreements_by_type"), byType);
    root.insert(QStringLiteral("agreements_by_type_category"), byTypeCategory);
    root.insert(QStringLiteral("agreements_by_type_partner"), byTypePartner);
    root.insert(QStringLiteral("agreements_without_category"), withoutCategory);

    QJsonObject byStatus;
    for (int i = 0; i < StatusCount; ++i)
        byStatus.insert(statusKey(static_cast<AgreementStatus>(i)), s.byStatus[size_t(i)]);
    root.insert(QStringLiteral("agreements_by_status"), byStatus);

    QJsonObject byStage;
    QJsonArray funnel;
    for (Stage st : stagesInDisplayOrder()) {
        const auto i = size_t(st);
        const QString key = stageKey(st);
        byStage.insert(key, s.byStage[i]);
        QJsonObject step;
        step.insert(QStringLiteral("stage"), key);
        step.insert(QStringLiteral("count"), s.funnel[i]);
        funnel.append(step);
    }
    root.insert(QStringLiteral("by_stage"), byStage);
    root.insert(QStringLiteral("funnel"), funnel);

    QJsonObject proposals;
    proposals.insert(QStringLiteral("total"), s.proposalsTotal);
    proposals.insert(QStringLiteral("eligible"), s.proposalsEligible);
    proposals.insert(QStringLiteral("not_eligible"), s.proposalsTotal - s.proposalsEligible);
    proposals.insert(QStringLiteral("eligible_percent"), roundTo(s.eligiblePercent(), 1));
    proposals.insert(QStringLiteral("dprd_approval"), s.proposalsDprd);
    QJsonObject byCategory;
    for (Category c : kCategories) {
        QJsonObject o;
        o.insert(QStringLiteral("count"), s.proposals(c));
        o.insert(QStringLiteral("percent"), roundTo(s.proposalPercent(c), 1));
        o.insert(QStringLiteral("percent_text"), s.proposalPercentText(c));
        byCategory.insert(categoryKey(c), o);
    }
    proposals.insert(QStringLiteral("by_category"), byCategory);
    QJsonObject notEligible;
    for (int i = 1; i < ActivityCount; ++i) // kerja_sama is never refused by activity
        notEligible.insert(activityKey(static_cast<ActivityKind>(i)), s.notEligibleByActivity[size_t(i)]);
    proposals.insert(QStringLiteral("not_eligible_by_activity"), notEligible);
    QJsonObject ksdd;
    for (auto it = s.ksddByClass.cbegin(); it != s.ksddByClass.cend(); ++it)
        ksdd.insert(it.key().isEmpty() ? QStringLiteral("belum_dinilai") : it.key(), it.value());
    proposals.insert(QStringLiteral("ksdd_by_class"), ksdd);
    root.insert(QStringLiteral("proposals"), proposals);

    root.insert(QStringLiteral("expiring_90_days"), int(s.expiring90.size()));
    root.insert(QStringLiteral("expiring_90_days_list"), expiryList(s.expiring90));
    root.insert(QStringLiteral("expiring_180_days"), int(s.expiring180.size()));
    root.insert(QStringLiteral("expiring_180_days_list"), expiryList(s.expiring180));
    root.insert(QStringLiteral("expired_active"), int(s.expiredActive.size()));
    root.insert(QStringLiteral("expired_active_list"), expiryList(s.expiredActive));

    root.insert(QStringLiteral("expiry_warnings"), int(s.expiryWarnings.size()));
    QJsonArray warnings = expiryList(s.expiryWarnings);
    for (int i = 0; i < warnings.size(); ++i) {
        QJsonObject o = warnings[i].toObject();
        o.insert(QStringLiteral("window_days"), s.expiryWarnings[i].windowDays);
        warnings[i] = o;
    }
    root.insert(QStringLiteral("expiry_warnings_list"), warnings);
    root.insert(QStringLiteral("term_over_5_years"), int(s.termOverLimit.size()));
    root.insert(QStringLiteral("term_over_5_years_list"), registerList(s.termOverLimit, "end_date", "term_days"));
    root.insert(QStringLiteral("kb_without_pks"), int(s.kbWithoutPks.size()));
    root.insert(QStringLiteral("kb_without_pks_list"), registerList(s.kbWithoutPks, "signed_on", "days_since_signed"));

    QJsonObject offers;
    offers.insert(QStringLiteral("total"), s.offersTotal);
    offers.insert(QStringLiteral("eligible"), s.offersEligible);
    QJsonObject byOfferStatus;
    for (int i = 0; i < OfferStatusCount; ++i)
        byOfferStatus.insert(offerStatusKey(static_cast<OfferStatus>(i)), s.offersByStatus[size_t(i)]);
    offers.insert(QStringLiteral("by_status"), byOfferStatus);
    root.insert(QStringLiteral("offers"), offers);
    root.insert(QStringLiteral("offers_awaiting_answer"), int(s.offersAwaiting.size()));
    QJsonArray awaiting;
    for (const IncomingOffer &o : s.offersAwaiting) {
        QJsonObject j;
        j.insert(QStringLiteral("id"), o.meta.id.toString(QUuid::WithoutBraces));
        j.insert(QStringLiteral("title"), o.title);
        j.insert(QStringLiteral("sender"), offerSenderText(o));
        j.insert(QStringLiteral("letter_number"), o.letterNumber);
        j.insert(QStringLiteral("received_on"), o.receivedOn.toString(Qt::ISODate));
        j.insert(QStringLiteral("answer_due"), o.answerDue.toString(Qt::ISODate));
        j.insert(QStringLiteral("days_left"),
                 o.answerDue.isValid() && s.today.isValid() ? QJsonValue(s.today.daysTo(o.answerDue)) : QJsonValue());
        awaiting.append(j);
    }
    root.insert(QStringLiteral("offers_awaiting_answer_list"), awaiting);

    QJsonObject monev;
    monev.insert(QStringLiteral("records"), s.monevRecords);
    monev.insert(QStringLiteral("average_rating"),
                 s.averageRating ? QJsonValue(roundTo(*s.averageRating, 2)) : QJsonValue());
    QJsonObject recs;
    for (int i = 0; i < RecommendationCount; ++i)
        recs.insert(recommendationKey(static_cast<Recommendation>(i)), s.monevByRecommendation[size_t(i)]);
    monev.insert(QStringLiteral("latest_recommendation"), recs);
    root.insert(QStringLiteral("monev"), monev);
    return root;
}

} // namespace ksd
