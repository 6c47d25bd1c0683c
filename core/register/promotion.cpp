// SPDX-License-Identifier: Apache-2.0
#include "promotion.h"

#include "refdata/refdata.h"

#include <QCoreApplication>

namespace ksd {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ksd::Promotion)
};

QString nameOf(const QString &code)
{
    const Region *r = RefData::instance().region(code);
    return r ? r->name : code;
}

/// What the pair would cooperate on, as it reads inside a sentence: the provincial service when there is one
/// ("TPA regional"), else the urusan ("urusan Lingkungan Hidup", the reference name as it is).
QString subjectOf(const Suggestion &s)
{
    if (!s.service.isEmpty())
        return s.service;
    const Urusan *u = RefData::instance().urusan(s.urusan);
    return Tr::tr("urusan %1").arg(u ? u->displayName() : s.urusan);
}

} // namespace

QString promotionSummary(const Suggestion &s, const QString &regionCode, const QString &partnerCode)
{
    return Tr::tr("Kerja sama %1 antara %2 dan %3").arg(subjectOf(s), nameOf(regionCode), nameOf(partnerCode));
}

Proposal proposalFromSuggestion(const Suggestion &s, const Project &project)
{
    Proposal p;
    const bool ownerIsB = s.regionB == project.ownerRegion;
    p.regionCode = ownerIsB ? s.regionB : s.regionA;
    p.partnerRegionCodes = {ownerIsB ? s.regionA : s.regionB};
    p.urusanCode = s.urusan;
    p.activity = ActivityKind::KerjaSama;
    p.partnerType = PartnerType::Daerah;
    p.form = DocType::KB;
    p.inApbd = false;
    p.burdensPublic = false;
    p.year = project.year;
    p.sourcePd = project.copyInfo ? project.copyInfo->forPd : QString();
    p.suggestionKey = s.key();
    p.title = Tr::tr("Kerja sama %1 dengan %2").arg(subjectOf(s), nameOf(p.partnerRegionCodes.constFirst()));
    p.description = promotionSummary(s, p.regionCode, p.partnerRegionCodes.constFirst());
    p.suggestionNote = SuggestionEngine::reasons(s);
    return p;
}

} // namespace ksd
