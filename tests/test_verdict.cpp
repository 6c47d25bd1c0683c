// SPDX-License-Identifier: Apache-2.0
// One verdict everywhere (issue 12): the class a proposal shows equals the class of the suggestion it came from,
// and the stats count what the screening gives, on the demo and on a synthetic national project.
#include <catch2/catch.hpp>

#include "demo/demoproject.h"
#include "engine/engine.h"
#include "engine/synth.h"
#include "register/registerstats.h"
#include "register/promotion.h"
#include "register/screening.h"
#include "rules/legalbasis.h"
#include "rules/ruleset.h"

#include <QHash>

using namespace ksd;

namespace {

QString q(const char *s) { return QString::fromUtf8(s); }

/// Every suggestion turned into a proposal screens to the suggestion's class; the stats count the screening.
void checkOneVerdict(Project project, int limit)
{
    const SuggestionSet set = SuggestionEngine::run(project);
    REQUIRE_FALSE(set.suggestions.isEmpty());
    QHash<QUuid, const Suggestion *> from;
    int made = 0;
    for (const Suggestion &s : set.suggestions) {
        if (made >= limit)
            break;
        Proposal p = proposalFromSuggestion(s, project);
        p.meta.id = QUuid::createUuid();
        from.insert(p.meta.id, &s);
        project.proposals.append(p);
        ++made;
    }
    const ProposalScreener screener(project);
    QMap<QString, int> expected;
    QSet<QString> classesSeen;
    for (const Proposal &p : project.proposals) {
        const ScreeningResult r = screener.screen(p);
        if (r.eligible && r.category == Category::KSDD)
            ++expected[r.ksddClass];
        const Suggestion *s = from.value(p.meta.id);
        if (!s)
            continue;
        INFO(p.title.toStdString() << " " << s->key().toStdString() << " service " << s->service.toStdString());
        REQUIRE(r.partnerClasses.size() == 1);
        CHECK(r.partnerClasses.first().service == s->service);
        CHECK(r.ksddClass == ksdClassKey(s->cls));
        CHECK(r.partnerClasses.first().pairType == pairTypeKey(s->pairType));
        CHECK(r.partnerClasses.first().legalReview == s->legalReview);
        classesSeen.insert(r.ksddClass);
        // The explanation card's trace says the same.
        CHECK(SuggestionEngine::explain(project, *s).rule.cls == s->cls);
    }
    CHECK(classesSeen.size() >= 3);
    const RegisterStats stats = computeStats(project, QDate(2025, 9, 1));
    CHECK(stats.ksddByClass == expected);
}

} // namespace

TEST_CASE("one verdict: demo proposals, suggestions, explanation and stats agree", "[verdict][demo]")
{
    const Project demo = makeDemoProject(QDate(2025, 9, 1));
    checkOneVerdict(demo, 1000);

    // The demo's own KSDD proposals that came from a suggestion show that suggestion's class for its partner (a
    // planner may also add the province a RUJUK_PROVINSI suggestion refers to; that partner is its own pair).
    const SuggestionSet set = SuggestionEngine::run(demo);
    const ProposalScreener screener(demo);
    int compared = 0;
    for (const Proposal &p : demo.proposals) {
        if (p.suggestionKey.isEmpty() || p.partnerType != PartnerType::Daerah)
            continue;
        const ScreeningResult r = screener.screen(p);
        for (const PartnerClass &pc : r.partnerClasses) {
            for (const Suggestion &s : set.suggestions) {
                const bool samePair = (s.regionA == p.regionCode && s.regionB == pc.partnerRegion)
                                      || (s.regionB == p.regionCode && s.regionA == pc.partnerRegion);
                if (!samePair || s.urusan != p.urusanCode || s.service != pc.service)
                    continue;
                INFO(p.title.toStdString() << " / " << pc.partnerRegion.toStdString());
                CHECK(pc.classKey == ksdClassKey(s.cls));
                CHECK(pc.pairType == pairTypeKey(s.pairType));
                ++compared;
            }
        }
    }
    CHECK(compared >= 3);
}

TEST_CASE("one verdict: a synthetic national project agrees too", "[verdict][synth]")
{
    SynthOptions o;
    o.entries = 3000;
    o.seed = 7;
    Project p = makeSyntheticProject(o);
    // Some entries name the regions their externality crosses into, some say "ya" without naming any.
    const RefData &ref = RefData::instance();
    int i = 0;
    for (Entry &e : p.entries) {
        if (e.externality() == Evidence::Yes && (++i % 3) != 0)
            e.externalityRegions = ref.neighbours(e.regionCode).mid(0, 2);
    }
    checkOneVerdict(p, 400);
}

TEST_CASE("evidence of both sides combines by one rule", "[verdict][rules]")
{
    using E = Evidence;
    CHECK(combineEvidence(E::No, E::Yes) == E::No);
    CHECK(combineEvidence(E::Yes, E::No) == E::No);
    CHECK(combineEvidence(E::Yes, E::Unknown) == E::Yes);
    CHECK(combineEvidence(E::Unknown, E::Unknown) == E::Unknown);

    SideEvidence a, b;
    a.add(E::Yes, {q("63.04")}, E::Yes);
    // A names B: holds; A names someone else: says nothing about this pair.
    CHECK(pairEvidence(a, q("63.03"), b, q("63.04")).externality == E::Yes);
    CHECK(pairEvidence(a, q("63.03"), b, q("63.05")).externality == E::Unknown);
    // Either side naming the other is enough, from whichever side.
    CHECK(pairEvidence(b, q("63.04"), a, q("63.03")).externality == E::Yes);
    // "tidak" on either side blocks it.
    SideEvidence no;
    no.add(E::No, {}, E::Unknown);
    CHECK(pairEvidence(a, q("63.03"), no, q("63.04")).externality == E::No);
    // "ya" without regions: unknown, with the hint.
    SideEvidence unnamed;
    unnamed.add(E::Yes, {}, E::Yes);
    const PairEvidence pe = pairEvidence(unnamed, q("63.03"), b, q("63.04"));
    CHECK(pe.externality == E::Unknown);
    CHECK(pe.regionsUnnamed);
    // Efficiency: one "tidak" wins over any "ya".
    SideEvidence effNo;
    effNo.add(E::Unknown, {}, E::No);
    CHECK(pairEvidence(a, q("63.03"), effNo, q("63.04")).efficiency == E::No);
}

TEST_CASE("every rule's basis comes from the citation table", "[verdict][rules]")
{
    for (const char *key : {"eligibility", "object", "authority", "adjacency", "sea_border", "pair_type",
                            "substantive", "takeover", "dprd", "uu23"}) {
        const LegalBasis &b = legalBasis(q(key));
        CHECK_FALSE(b.citation.isEmpty());
        CHECK_FALSE(b.textId.isEmpty());
        CHECK_FALSE(b.textEn.isEmpty());
    }
    CHECK(legalBasis(q("substantive")).citation.contains(q("Pasal 363 ayat (3)")));
    CHECK(legalBasis(q("substantive")).citation.contains(q("Pasal 364 ayat (1)")));
    CHECK_FALSE(legalBasis(q("dprd")).citation.contains(q("Pasal 6")));
    CHECK_FALSE(legalBasis(q("object")).citation.contains(q("Pasal 1 angka 2")));
    CHECK(ruleBasis(Rule::Substantive).startsWith(legalBasis(q("substantive")).citation));
}
