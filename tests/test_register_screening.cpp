// SPDX-License-Identifier: Apache-2.0
// Proposal screening against the KSD criteria (PP 28/2018, Permendagri 22/2020), DPRD flag, promotion.
#include "register/screening.h"

#include <catch2/catch.hpp>

using namespace ksd;

namespace {

Proposal proposal(ActivityKind activity, PartnerType partner)
{
    Proposal p;
    p.meta = RecordMeta::fresh(QStringLiteral("Dinas Lingkungan Hidup"));
    p.regionCode = QStringLiteral("63.03");
    p.sourcePd = QStringLiteral("Dinas Lingkungan Hidup");
    p.urusanCode = QStringLiteral("2.11");
    p.title = QStringLiteral("TPA Regional Banjarbakula");
    p.activity = activity;
    p.partnerType = partner;
    p.partnerRegionCodes = {QStringLiteral("63.71"), QStringLiteral("63.72")};
    p.partnerNames = QStringLiteral("PT Contoh Abadi; Universitas Lambung Mangkurat");
    p.form = partner == PartnerType::KL ? DocType::NK : DocType::KB;
    p.estimatedCost = 2.5e9;
    p.inApbd = true;
    return p;
}

/// A project with no entries: screening without evidence.
const Project &noEvidence()
{
    static const Project p = Project::create(QStringLiteral("63.03"), QStringLiteral("Uji"), 2024);
    return p;
}

} // namespace

TEST_CASE("Partner type decides the category of an eligible proposal", "[register][screening]")
{
    const std::pair<PartnerType, Category> cases[] = {
        {PartnerType::Daerah, Category::KSDD},     {PartnerType::PihakKetiga, Category::KSDPK},
        {PartnerType::KL, Category::Sinergi},      {PartnerType::PemdaLN, Category::KSDPL},
        {PartnerType::LembagaLN, Category::KSDLL},
    };
    for (const auto &[partner, category] : cases) {
        INFO(partnerTypeKey(partner).toStdString());
        const ScreeningResult r = screenProposal(proposal(ActivityKind::KerjaSama, partner), noEvidence());
        CHECK(r.eligible);
        CHECK(r.category == category);
        CHECK(categoryForPartnerType(partner) == category);
        CHECK(r.reason.startsWith(QStringLiteral("Memenuhi kriteria")));
        CHECK(r.reason.contains(QStringLiteral("PP 28/2018")));
    }
    CHECK(screenProposal(proposal(ActivityKind::KerjaSama, PartnerType::Daerah), noEvidence()).reason.contains(
        QStringLiteral("Permendagri 22/2020")));
    CHECK(screenProposal(proposal(ActivityKind::KerjaSama, PartnerType::PemdaLN), noEvidence()).reason.contains(
        QStringLiteral("Permendagri 25/2020")));
}

TEST_CASE("Procurement, swakelola and internal matters are not KSD", "[register][screening]")
{
    const std::pair<ActivityKind, const char *> cases[] = {
        {ActivityKind::Pengadaan, "pengadaan barang/jasa"},
        {ActivityKind::Swakelola, "swakelola"},
        {ActivityKind::Internal, "urusan internal"},
    };
    for (const auto &[activity, word] : cases) {
        INFO(word);
        const ScreeningResult r = screenProposal(proposal(activity, PartnerType::PihakKetiga), noEvidence());
        CHECK_FALSE(r.eligible);
        CHECK(r.category == Category::None);
        CHECK_FALSE(r.dprdApproval);
        CHECK(r.reason.startsWith(QStringLiteral("Tidak memenuhi kriteria KSD")));
        CHECK(r.reason.contains(QString::fromUtf8(word)));
        CHECK(r.reason.contains(QStringLiteral("PP 28/2018")));
    }
    CHECK(screenProposal(proposal(ActivityKind::Pengadaan, PartnerType::PihakKetiga), noEvidence())
              .reason.contains(QStringLiteral("Perpres 16/2018")));
}

TEST_CASE("DPRD approval: burdens the public and/or not in the APBD", "[register][screening]")
{
    Proposal p = proposal(ActivityKind::KerjaSama, PartnerType::Daerah);
    ScreeningResult r = screenProposal(p, noEvidence());
    CHECK_FALSE(r.dprdApproval);
    CHECK(r.dprdReason.startsWith(QStringLiteral("Tidak perlu persetujuan DPRD")));

    p.burdensPublic = true;
    r = screenProposal(p, noEvidence());
    CHECK(r.dprdApproval);
    CHECK(r.dprdReason.contains(QStringLiteral("membebani masyarakat")));
    CHECK(r.dprdReason.contains(QStringLiteral("PP 28/2018")));

    p.burdensPublic = false;
    p.inApbd = false;
    r = screenProposal(p, noEvidence());
    CHECK(r.dprdApproval);
    CHECK(r.dprdReason.contains(QStringLiteral("belum dianggarkan dalam APBD")));

    p.burdensPublic = true;
    CHECK(screenProposal(p, noEvidence()).dprdReason.contains(QStringLiteral("membebani masyarakat dan pembiayaannya belum")));

    // Not in the APBD but costing nothing: no funding to approve.
    p.burdensPublic = false;
    p.estimatedCost = 0.0;
    CHECK_FALSE(dprdApprovalRequired(p));
    // Unknown cost, not in the APBD: treated as needing funding.
    p.estimatedCost.reset();
    CHECK(dprdApprovalRequired(p));
}

TEST_CASE("Screening notes name missing or odd data without changing eligibility", "[register][screening]")
{
    Proposal p = proposal(ActivityKind::KerjaSama, PartnerType::Daerah);
    p.partnerRegionCodes = {QStringLiteral("63.99")};
    ScreeningResult r = screenProposal(p, noEvidence());
    CHECK(r.eligible);
    REQUIRE(r.notes.size() == 1);
    CHECK(r.notes[0].contains(QStringLiteral("63.99")));
    REQUIRE(r.partnerClasses.size() == 1);
    CHECK(r.partnerClasses[0].classKey == QStringLiteral("TIDAK_MEMENUHI"));

    p.partnerRegionCodes.clear();
    r = screenProposal(p, noEvidence());
    CHECK(r.notes.join(QLatin1Char(' ')).contains(QStringLiteral("Daerah mitra belum diisi")));
    CHECK(r.ksddClass.isEmpty());

    Proposal k = proposal(ActivityKind::KerjaSama, PartnerType::KL);
    k.form = DocType::PKS;
    CHECK(screenProposal(k, noEvidence()).notes.join(QLatin1Char(' ')).contains(QStringLiteral("nota kesepakatan (NK)")));
}

TEST_CASE("Promoting a proposal to an agreement keeps the link", "[register][screening]")
{
    const Proposal p = proposal(ActivityKind::KerjaSama, PartnerType::Daerah);
    auto a = agreementFromProposal(p, QStringLiteral("Bagian Kerja Sama"));
    REQUIRE(a.ok());
    CHECK(a->proposalId == p.meta.id);
    CHECK_FALSE(a->meta.id.isNull());
    CHECK(a->meta.id != p.meta.id);
    CHECK(a->meta.modifiedBy == QStringLiteral("Bagian Kerja Sama"));
    CHECK(a->category == Category::KSDD);
    CHECK(a->docType == DocType::KB);
    CHECK(a->urusanCode == QStringLiteral("2.11"));
    CHECK(a->title == p.title);
    CHECK(a->stage == Stage::Persiapan);
    REQUIRE(a->parties.size() == 3);
    CHECK(a->parties[0].regionCode == QStringLiteral("63.03"));
    CHECK(a->parties[1].regionCode == QStringLiteral("63.71"));
    CHECK(a->parties[2].regionCode == QStringLiteral("63.72"));

    auto third = agreementFromProposal(proposal(ActivityKind::KerjaSama, PartnerType::PihakKetiga), QString());
    REQUIRE(third.ok());
    REQUIRE(third->parties.size() == 3);
    CHECK(third->parties[1].kind == PartyKind::ThirdParty);
    CHECK(third->parties[1].name == QStringLiteral("PT Contoh Abadi"));
    CHECK(third->parties[2].name == QStringLiteral("Universitas Lambung Mangkurat"));

    const auto refused = agreementFromProposal(proposal(ActivityKind::Pengadaan, PartnerType::PihakKetiga), {});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("tidak dapat dijadikan kerja sama")));

    // The DPRD flag follows the linked proposal.
    Project project = Project::create(QStringLiteral("63.03"), QStringLiteral("Uji"), 2024);
    Proposal burdening = p;
    burdening.burdensPublic = true;
    project.proposals.append(burdening);
    CHECK(dprdApprovalRequired(*a, project) == true);
    project.proposals.first().meta.deleted = true;
    CHECK_FALSE(dprdApprovalRequired(*a, project).has_value());
    Agreement direct;
    CHECK_FALSE(dprdApprovalRequired(direct, project).has_value());
}

TEST_CASE("KSDD sub-class from the rule set, per candidate partner", "[register][screening][rules]")
{
    SECTION("the TPA Regional Banjarbakula case is referred to the province")
    {
        const ScreeningResult r = screenProposal(proposal(ActivityKind::KerjaSama, PartnerType::Daerah), noEvidence());
        CHECK(r.eligible);
        CHECK(r.category == Category::KSDD);
        REQUIRE(r.partnerClasses.size() == 2);
        CHECK(r.partnerClasses[0].partnerRegion == QStringLiteral("63.71"));
        CHECK(r.partnerClasses[0].classKey == QStringLiteral("RUJUK_PROVINSI"));
        CHECK(r.partnerClasses[0].referTo == QStringList{QStringLiteral("63")});
        CHECK(r.partnerClasses[1].classKey == QStringLiteral("RUJUK_PROVINSI"));
        CHECK(r.ksddClass == QStringLiteral("RUJUK_PROVINSI"));
        CHECK(r.notes.join(QLatin1Char(' ')).contains(QStringLiteral("Kota Banjarmasin (63.71)")));
    }

    Proposal river = proposal(ActivityKind::KerjaSama, PartnerType::Daerah);
    river.title = QStringLiteral("Wisata susur sungai Martapura");
    river.urusanCode = QStringLiteral("3.26");
    river.partnerRegionCodes = {QStringLiteral("63.72")};

    SECTION("adjacent without evidence: potensi wajib, never read as no")
    {
        const ScreeningResult r = screenProposal(river, noEvidence());
        REQUIRE(r.partnerClasses.size() == 1);
        CHECK(r.partnerClasses[0].classKey == QStringLiteral("POTENSI_WAJIB"));
        CHECK(r.partnerClasses[0].pairType == QStringLiteral("E"));
        CHECK(r.ksddClass == QStringLiteral("POTENSI_WAJIB"));
    }
    SECTION("adjacent with the project's evidence of both conditions: wajib, with the takeover consequence")
    {
        Project project = Project::create(QStringLiteral("63.03"), QStringLiteral("Uji"), 2024);
        Entry e;
        e.meta = RecordMeta::fresh(QStringLiteral("Dinas Pariwisata"));
        e.regionCode = QStringLiteral("63.72");
        e.urusanCode = QStringLiteral("3.26");
        e.extUsers = Evidence::Yes;
        e.efficiency = Evidence::Yes;
        project.entries.append(e);
        // "ya" without naming the regions it crosses into: potensi wajib, asking for them.
        ScreeningResult unnamed = screenProposal(river, project);
        REQUIRE(unnamed.partnerClasses.size() == 1);
        CHECK(unnamed.partnerClasses[0].classKey == QStringLiteral("POTENSI_WAJIB"));
        CHECK(unnamed.partnerClasses[0].reason.contains(QStringLiteral("sebutkan wilayah terdampak")));
        project.entries.first().externalityRegions = {QStringLiteral("63.03")};
        const ScreeningResult r = screenProposal(river, project);
        REQUIRE(r.partnerClasses.size() == 1);
        CHECK(r.partnerClasses[0].classKey == QStringLiteral("WAJIB"));
        CHECK(r.partnerClasses[0].takeover == QStringLiteral("gubernur"));
        CHECK_FALSE(r.partnerClasses[0].consequence.isEmpty());
        CHECK(r.ksddClass == QStringLiteral("WAJIB"));
        // A tombstoned entry is no evidence.
        project.entries.first().meta.deleted = true;
        CHECK(screenProposal(river, project).ksddClass == QStringLiteral("POTENSI_WAJIB"));
    }
    SECTION("a far region: sukarela; the strongest class over several partners is kept")
    {
        river.partnerRegionCodes = {QStringLiteral("32.79")};
        CHECK(screenProposal(river, noEvidence()).ksddClass == QStringLiteral("SUKARELA"));
        river.partnerRegionCodes = {QStringLiteral("32.79"), QStringLiteral("63.72")};
        const ScreeningResult r = screenProposal(river, noEvidence());
        REQUIRE(r.partnerClasses.size() == 2);
        CHECK(r.partnerClasses[0].classKey == QStringLiteral("SUKARELA"));
        CHECK(r.partnerClasses[1].classKey == QStringLiteral("POTENSI_WAJIB"));
        CHECK(r.ksddClass == QStringLiteral("POTENSI_WAJIB"));
    }
    SECTION("other categories are not classified")
    {
        const ScreeningResult r = screenProposal(proposal(ActivityKind::KerjaSama, PartnerType::PihakKetiga), noEvidence());
        CHECK(r.partnerClasses.isEmpty());
        CHECK(r.ksddClass.isEmpty());
    }
}
