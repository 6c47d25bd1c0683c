// SPDX-License-Identifier: Apache-2.0
// Dashboard counts on constructed registers: the Kota Banjar 2021 monev table and the Kabupaten Banjar 2024
// screening figures (DESIGN.md §1), with hand-computed expectations.
#include "helpers.h"

#include "register/expiry.h"
#include "register/monev.h"
#include "util/format.h"
#include "register/registerstats.h"

#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace ksd;
using ksd::test::kotaBanjar2021;
using ksd::test::makeAgreement;

namespace {

Proposal makeProposal(ActivityKind activity, PartnerType partner, int i)
{
    Proposal x;
    x.meta = RecordMeta::fresh(QStringLiteral("PD %1").arg(i % 27 + 1));
    x.regionCode = QStringLiteral("63.03");
    x.sourcePd = QStringLiteral("PD %1").arg(i % 27 + 1);
    x.urusanCode = QStringLiteral("2.11");
    x.title = QStringLiteral("Usulan %1").arg(i);
    x.activity = activity;
    x.partnerType = partner;
    x.inApbd = true;
    x.year = 2024;
    return x;
}

/// Kabupaten Banjar 2024: 27 perangkat daerah, 156 proposals, 125 eligible (58 Sinergi, 48 KSDPK, 19 KSDD);
/// the 31 others are 17 pengadaan, 9 swakelola and 5 internal.
Project kabupatenBanjar2024()
{
    Project p = Project::create(QStringLiteral("63.03"), QStringLiteral("Pemetaan KSD Kabupaten Banjar 2024"), 2024);
    int i = 0;
    auto add = [&](ActivityKind a, PartnerType t, int n) {
        for (int k = 0; k < n; ++k)
            p.proposals.append(makeProposal(a, t, ++i));
    };
    add(ActivityKind::KerjaSama, PartnerType::KL, 58);
    add(ActivityKind::KerjaSama, PartnerType::PihakKetiga, 48);
    add(ActivityKind::KerjaSama, PartnerType::Daerah, 19);
    // KSDD partners: ten with adjacent Kota Banjarbaru (no evidence yet: potensi wajib), nine with far-away Kota
    // Banjar in Jawa Barat (sukarela).
    for (int k = 0; k < 19; ++k)
        p.proposals[106 + k].partnerRegionCodes = {k < 10 ? QStringLiteral("63.72") : QStringLiteral("32.79")};
    add(ActivityKind::Pengadaan, PartnerType::PihakKetiga, 17);
    add(ActivityKind::Swakelola, PartnerType::Daerah, 9);
    add(ActivityKind::Internal, PartnerType::KL, 5);
    // Three of the eligible ones need DPRD approval: one burdens the public, two are not in the APBD.
    p.proposals[0].burdensPublic = true;
    p.proposals[60].inApbd = false;
    p.proposals[110].inApbd = false;
    // A tombstoned eligible proposal and a tombstoned refused one.
    Proposal gone = makeProposal(ActivityKind::KerjaSama, PartnerType::KL, 900);
    gone.meta.deleted = true;
    p.proposals.append(gone);
    Proposal gone2 = makeProposal(ActivityKind::Pengadaan, PartnerType::KL, 901);
    gone2.meta.deleted = true;
    p.proposals.append(gone2);
    return p;
}

} // namespace

TEST_CASE("Kota Banjar 2021: documents by type and partner category", "[register][stats]")
{
    const RegisterStats s = computeStats(kotaBanjar2021(), QDate(2021, 11, 15));
    CHECK(s.agreementsTotal == 24);

    CHECK(s.count(DocType::KB) == 10);
    CHECK(s.count(DocType::KB, PartnerGroup::PihakKetiga) == 9);
    CHECK(s.count(DocType::KB, PartnerGroup::DaerahLain) == 1);
    CHECK(s.count(DocType::KB, PartnerGroup::Sinergi) == 0);

    CHECK(s.count(DocType::PKS) == 9);
    CHECK(s.count(DocType::PKS, PartnerGroup::PihakKetiga) == 7);
    CHECK(s.count(DocType::PKS, PartnerGroup::DaerahLain) == 2);

    CHECK(s.count(DocType::NK) == 5);
    CHECK(s.count(DocType::NK, PartnerGroup::Sinergi) == 5);
    CHECK(s.count(DocType::NK, PartnerGroup::PihakKetiga) == 0);
    CHECK(s.count(DocType::Addendum) == 0);

    CHECK(s.count(DocType::KB, Category::KSDPK) == 9);
    CHECK(s.count(DocType::KB, Category::KSDD) == 1);
    CHECK(s.count(DocType::PKS, Category::KSDPK) == 7);
    CHECK(s.count(DocType::PKS, Category::KSDD) == 2);
    CHECK(s.count(DocType::NK, Category::Sinergi) == 5);

    // Every record still sits at persiapan (the default), so the funnel is 24 at the first stage and 0 after.
    CHECK(s.byStage[size_t(Stage::Persiapan)] == 24);
    CHECK(s.funnel[size_t(Stage::Persiapan)] == 24);
    CHECK(s.funnel[size_t(Stage::Penawaran)] == 0);
    CHECK(s.byStatus[size_t(AgreementStatus::Aktif)] == 24);

    const QJsonObject j = statsToJson(s);
    const QJsonObject t = j.value(QStringLiteral("agreements_by_type_category")).toObject();
    CHECK(t.value(QStringLiteral("KB")).toObject().value(QStringLiteral("KSDPK")).toInt() == 9);
    CHECK(t.value(QStringLiteral("KB")).toObject().value(QStringLiteral("KSDD")).toInt() == 1);
    CHECK(t.value(QStringLiteral("PKS")).toObject().value(QStringLiteral("KSDPK")).toInt() == 7);
    CHECK(t.value(QStringLiteral("PKS")).toObject().value(QStringLiteral("KSDD")).toInt() == 2);
    CHECK(t.value(QStringLiteral("NK")).toObject().value(QStringLiteral("SINERGI")).toInt() == 5);
    CHECK(t.value(QStringLiteral("ADDENDUM")).toObject().value(QStringLiteral("KSDD")).toInt() == 0);
    const QJsonObject g = j.value(QStringLiteral("agreements_by_type_partner")).toObject();
    CHECK(g.value(QStringLiteral("KB")).toObject().value(QStringLiteral("pihak_ketiga")).toInt() == 9);
    CHECK(g.value(QStringLiteral("KB")).toObject().value(QStringLiteral("daerah_lain")).toInt() == 1);
    CHECK(g.value(QStringLiteral("PKS")).toObject().value(QStringLiteral("daerah_lain")).toInt() == 2);
    CHECK(g.value(QStringLiteral("NK")).toObject().value(QStringLiteral("sinergi")).toInt() == 5);
    CHECK(j.value(QStringLiteral("agreements_total")).toInt() == 24);
    CHECK(j.value(QStringLiteral("by_stage")).toObject().value(QStringLiteral("persiapan")).toInt() == 24);
}

TEST_CASE("Partner columns: the category mapping is explicit", "[register][stats]")
{
    CHECK(partnerGroupFor(Category::KSDD) == PartnerGroup::DaerahLain);
    CHECK(partnerGroupFor(Category::KSDPL) == PartnerGroup::DaerahLain);
    CHECK(partnerGroupFor(Category::KSDPK) == PartnerGroup::PihakKetiga);
    CHECK(partnerGroupFor(Category::KSDLL) == PartnerGroup::PihakKetiga);
    CHECK(partnerGroupFor(Category::Sinergi) == PartnerGroup::Sinergi);
    CHECK_FALSE(partnerGroupFor(Category::None).has_value());

    Project p = Project::create(QStringLiteral("32.79"), QStringLiteral("Luar negeri"), 2021);
    p.agreements.append(makeAgreement(DocType::KB, Category::KSDPL, QStringLiteral("Kota kembar")));
    p.agreements.append(makeAgreement(DocType::PKS, Category::KSDLL, QStringLiteral("Universitas asing")));
    p.agreements.append(makeAgreement(DocType::PKS, Category::None, QStringLiteral("Tanpa kategori")));
    const RegisterStats s = computeStats(p, QDate(2021, 1, 1));
    CHECK(s.count(DocType::KB, PartnerGroup::DaerahLain) == 1);
    CHECK(s.count(DocType::PKS, PartnerGroup::PihakKetiga) == 1);
    CHECK(s.count(DocType::PKS) == 2);
    CHECK(statsToJson(s).value(QStringLiteral("agreements_without_category")).toInt() == 1);
}

TEST_CASE("Kabupaten Banjar 2024: 156 proposals, 125 eligible, split in counts and percentages", "[register][stats]")
{
    const RegisterStats s = computeStats(kabupatenBanjar2024(), QDate(2024, 8, 30));
    CHECK(s.proposalsTotal == 156);
    CHECK(s.proposalsEligible == 125);
    CHECK(s.proposals(Category::Sinergi) == 58);
    CHECK(s.proposals(Category::KSDPK) == 48);
    CHECK(s.proposals(Category::KSDD) == 19);
    CHECK(s.proposals(Category::KSDPL) == 0);
    CHECK(s.proposals(Category::None) == 0);
    CHECK(s.notEligibleByActivity[size_t(ActivityKind::Pengadaan)] == 17);
    CHECK(s.notEligibleByActivity[size_t(ActivityKind::Swakelola)] == 9);
    CHECK(s.notEligibleByActivity[size_t(ActivityKind::Internal)] == 5);
    CHECK(s.proposalsDprd == 3);
    CHECK(s.ksddByClass.value(QStringLiteral("POTENSI_WAJIB")) == 10);
    CHECK(s.ksddByClass.value(QStringLiteral("SUKARELA")) == 9);
    CHECK(s.ksddByClass.size() == 2);

    CHECK(s.proposalPercent(Category::Sinergi) == Approx(46.4));
    CHECK(s.proposalPercent(Category::KSDPK) == Approx(38.4));
    CHECK(s.proposalPercent(Category::KSDD) == Approx(15.2));
    CHECK(s.proposalPercentText(Category::Sinergi) == QStringLiteral("46,4%"));
    CHECK(s.proposalPercentText(Category::KSDPK) == QStringLiteral("38,4%"));
    CHECK(s.proposalPercentText(Category::KSDD) == QStringLiteral("15,2%"));
    CHECK(s.proposalPercentText(Category::KSDLL) == QStringLiteral("0,0%"));
    // 125 / 156 = 80.128...%
    CHECK(formatPercent(s.eligiblePercent()) == QStringLiteral("80,1%"));

    const QJsonObject pj = statsToJson(s).value(QStringLiteral("proposals")).toObject();
    CHECK(pj.value(QStringLiteral("total")).toInt() == 156);
    CHECK(pj.value(QStringLiteral("eligible")).toInt() == 125);
    CHECK(pj.value(QStringLiteral("not_eligible")).toInt() == 31);
    CHECK(pj.value(QStringLiteral("eligible_percent")).toDouble() == 80.1);
    const QJsonObject bc = pj.value(QStringLiteral("by_category")).toObject();
    const QJsonObject sinergi = bc.value(QStringLiteral("SINERGI")).toObject();
    CHECK(sinergi.value(QStringLiteral("count")).toInt() == 58);
    CHECK(sinergi.value(QStringLiteral("percent")).toDouble() == 46.4);
    CHECK(sinergi.value(QStringLiteral("percent_text")).toString() == QStringLiteral("46,4%"));
    CHECK(bc.value(QStringLiteral("KSDPK")).toObject().value(QStringLiteral("count")).toInt() == 48);
    CHECK(bc.value(QStringLiteral("KSDPK")).toObject().value(QStringLiteral("percent")).toDouble() == 38.4);
    CHECK(bc.value(QStringLiteral("KSDD")).toObject().value(QStringLiteral("count")).toInt() == 19);
    CHECK(bc.value(QStringLiteral("KSDD")).toObject().value(QStringLiteral("percent")).toDouble() == 15.2);
    CHECK(bc.value(QStringLiteral("KSDLL")).toObject().value(QStringLiteral("percent")).toDouble() == 0.0);
    const QJsonObject ne = pj.value(QStringLiteral("not_eligible_by_activity")).toObject();
    CHECK(ne.value(QStringLiteral("pengadaan")).toInt() == 17);
    CHECK(ne.value(QStringLiteral("swakelola")).toInt() == 9);
    CHECK(ne.value(QStringLiteral("internal")).toInt() == 5);
    CHECK(pj.value(QStringLiteral("dprd_approval")).toInt() == 3);
    const QJsonObject kc = pj.value(QStringLiteral("ksdd_by_class")).toObject();
    CHECK(kc.value(QStringLiteral("POTENSI_WAJIB")).toInt() == 10);
    CHECK(kc.value(QStringLiteral("SUKARELA")).toInt() == 9);
}

TEST_CASE("Indonesian number formatting", "[register][format]")
{
    CHECK(formatPercent(46.4) == QStringLiteral("46,4%"));
    CHECK(formatPercent(46.35) == QStringLiteral("46,4%"));
    CHECK(formatPercent(100.0) == QStringLiteral("100,0%"));
    CHECK(formatPercent(12.345, 2) == QStringLiteral("12,35%"));
    CHECK(formatPercent(7.0, 0) == QStringLiteral("7%"));
    CHECK(formatShare(58, 125) == QStringLiteral("46,4%"));
    CHECK(formatShare(1, 3) == QStringLiteral("33,3%"));
    CHECK(formatShare(2, 3) == QStringLiteral("66,7%"));
    CHECK(formatShare(5, 0) == QStringLiteral("0,0%"));
    CHECK(percentOf(19, 125) == Approx(15.2));
    CHECK(formatCount(1250) == QStringLiteral("1.250"));
    CHECK(formatCount(156) == QStringLiteral("156"));
    CHECK(formatPercent(46.4, 1, QLocale(QLocale::English, QLocale::UnitedStates)) == QStringLiteral("46.4%"));
}

TEST_CASE("Stage funnel and by-stage counts", "[register][stats]")
{
    Project p = Project::create(QStringLiteral("32.79"), QStringLiteral("Tahap"), 2021);
    const std::tuple<DocType, Stage, int> at[] = {{DocType::KB, Stage::Persiapan, 2},
                                                  {DocType::KB, Stage::PenandatangananKB, 3},
                                                  {DocType::PKS, Stage::PenyusunanPKS, 1},
                                                  {DocType::PKS, Stage::Pelaksanaan, 4},
                                                  {DocType::PKS, Stage::Pelaporan, 1}};
    for (const auto &[type, stage, n] : at) {
        for (int i = 0; i < n; ++i) {
            Agreement a = makeAgreement(type, Category::KSDD, stageKey(stage));
            a.stage = stage;
            p.agreements.append(a);
        }
    }
    Agreement gone = makeAgreement(DocType::PKS, Category::KSDD, QStringLiteral("dihapus"));
    gone.stage = Stage::Pelaporan;
    gone.meta.deleted = true;
    p.agreements.append(gone);

    const RegisterStats s = computeStats(p, QDate(2021, 6, 1));
    CHECK(s.byStage[size_t(Stage::Persiapan)] == 2);
    CHECK(s.byStage[size_t(Stage::PenandatangananKB)] == 3);
    CHECK(s.byStage[size_t(Stage::Penawaran)] == 0);
    CHECK(s.byStage[size_t(Stage::Pelaksanaan)] == 4);
    CHECK(s.byStage[size_t(Stage::Pelaporan)] == 1);
    // At or past each step of its own procedure: 11 in all; a KB never reaches a PKS step, nor a PKS a KB step.
    const std::pair<Stage, int> expected[] = {
        {Stage::Persiapan, 11},         {Stage::PembahasanTKKSD, 9},   {Stage::Penawaran, 9},
        {Stage::PenyusunanKB, 3},       {Stage::PenandatangananKB, 3}, {Stage::Berlaku, 0},
        {Stage::PersetujuanDPRD, 6},    {Stage::PenyusunanPKS, 6},     {Stage::PenandatangananPKS, 5},
        {Stage::Pelaksanaan, 5},        {Stage::Penatausahaan, 1},     {Stage::Pelaporan, 1},
        {Stage::PenyusunanNK, 0},       {Stage::PersetujuanPusat, 0}};
    for (const auto &[stage, n] : expected) {
        INFO("stage " << stageKey(stage).toStdString());
        CHECK(s.funnel[size_t(stage)] == n);
    }
    const QJsonObject j = statsToJson(s);
    const QJsonObject bs = j.value(QStringLiteral("by_stage")).toObject();
    CHECK(bs.size() == StageCount);
    CHECK(bs.value(QStringLiteral("penandatanganan_kb")).toInt() == 3);
    CHECK(bs.value(QStringLiteral("pelaksanaan")).toInt() == 4);
    const QJsonArray funnel = j.value(QStringLiteral("funnel")).toArray();
    REQUIRE(funnel.size() == StageCount);
    CHECK(funnel[0].toObject().value(QStringLiteral("stage")).toString() == QStringLiteral("persiapan"));
    CHECK(funnel[0].toObject().value(QStringLiteral("count")).toInt() == 11);
    CHECK(funnel[1].toObject().value(QStringLiteral("stage")).toString() == QStringLiteral("pembahasan_tkksd"));
    CHECK(funnel.last().toObject().value(QStringLiteral("stage")).toString() == QStringLiteral("pelaporan"));
    CHECK(funnel.last().toObject().value(QStringLiteral("count")).toInt() == 1);
}

TEST_CASE("Expiry on fixed dates, with the 90-day boundary", "[register][expiry]")
{
    const QDate today(2021, 9, 30);
    Project p = Project::create(QStringLiteral("32.79"), QStringLiteral("Masa berlaku"), 2021);
    auto add = [&p, &today](const QString &title, qint64 days, AgreementStatus status = AgreementStatus::Aktif,
                            bool deleted = false) {
        Agreement a = makeAgreement(DocType::PKS, Category::KSDPK, title);
        a.startDate = QDate(2019, 1, 1);
        a.endDate = today.addDays(days);
        a.status = status;
        a.meta.deleted = deleted;
        p.agreements.append(a);
        return a.meta.id;
    };
    const QUuid at90 = add(QStringLiteral("tepat 90 hari"), 90);
    add(QStringLiteral("91 hari"), 91);
    add(QStringLiteral("hari ini"), 0);
    add(QStringLiteral("180 hari"), 180);
    add(QStringLiteral("181 hari"), 181);
    add(QStringLiteral("lewat sehari"), -1);
    add(QStringLiteral("lewat setahun"), -365);
    add(QStringLiteral("diperpanjang 30 hari"), 30, AgreementStatus::Diperpanjang);
    add(QStringLiteral("berakhir 30 hari"), 30, AgreementStatus::Berakhir);
    add(QStringLiteral("dihentikan 30 hari"), 30, AgreementStatus::Dihentikan);
    add(QStringLiteral("dihapus 30 hari"), 30, AgreementStatus::Aktif, true);
    Agreement open = makeAgreement(DocType::KB, Category::KSDD, QStringLiteral("tanpa tanggal berakhir"));
    p.agreements.append(open);

    QList<ExpiryItem> w90 = expiringAgreements(p, today, ExpiryWarningDays, false);
    QStringList titles;
    for (const ExpiryItem &e : w90)
        titles << e.title;
    CHECK(titles == QStringList{QStringLiteral("hari ini"), QStringLiteral("diperpanjang 30 hari"),
                                QStringLiteral("tepat 90 hari")});
    CHECK(w90.last().id == at90);
    CHECK(w90.last().daysLeft == 90);
    CHECK(w90.last().endDate == QDate(2021, 12, 29));
    CHECK_FALSE(w90.last().expired);
    CHECK(w90.first().daysLeft == 0);

    const QList<ExpiryItem> withExpired = expiringAgreements(p, today, ExpiryWarningDays);
    REQUIRE(withExpired.size() == 5);
    CHECK(withExpired[0].title == QStringLiteral("lewat setahun"));
    CHECK(withExpired[0].expired);
    CHECK(withExpired[0].daysLeft == -365);
    CHECK(withExpired[1].title == QStringLiteral("lewat sehari"));
    CHECK(withExpired[1].daysLeft == -1);

    const RegisterStats s = computeStats(p, today);
    CHECK(s.expiring90.size() == 3);
    CHECK(s.expiring180.size() == 5); // + 91 hari, 180 hari
    CHECK(s.expiredActive.size() == 2);

    const QJsonObject j = statsToJson(s);
    CHECK(j.value(QStringLiteral("expiring_90_days")).toInt() == 3);
    CHECK(j.value(QStringLiteral("expiring_180_days")).toInt() == 5);
    CHECK(j.value(QStringLiteral("expired_active")).toInt() == 2);
    const QJsonArray list = j.value(QStringLiteral("expiring_90_days_list")).toArray();
    REQUIRE(list.size() == 3);
    const QJsonObject last = list[2].toObject();
    CHECK(last.value(QStringLiteral("id")).toString() == at90.toString(QUuid::WithoutBraces));
    CHECK(last.value(QStringLiteral("title")).toString() == QStringLiteral("tepat 90 hari"));
    CHECK(last.value(QStringLiteral("end_date")).toString() == QStringLiteral("2021-12-29"));
    CHECK(last.value(QStringLiteral("days_left")).toInt() == 90);

    // One day later the 91-day agreement enters the window, and the one ending today has expired.
    const RegisterStats next = computeStats(p, today.addDays(1));
    CHECK(next.expiring90.size() == 3);
    CHECK(next.expiring90.last().title == QStringLiteral("91 hari"));
    CHECK(next.expiring90.last().daysLeft == 90);
    CHECK(next.expiredActive.size() == 3);
}

TEST_CASE("Monev: average rating and latest recommendation per agreement", "[register][monev]")
{
    Project p = Project::create(QStringLiteral("32.79"), QStringLiteral("Monev"), 2021);
    Agreement a = makeAgreement(DocType::PKS, Category::KSDPK, QStringLiteral("PKS air bersih"));
    Agreement b = makeAgreement(DocType::KB, Category::KSDD, QStringLiteral("KB tanpa monev"));
    p.agreements << a << b;
    auto monev = [&p, &a](const QDate &date, int rating, Recommendation r, bool deleted = false) {
        MonevRecord m;
        m.meta = RecordMeta::fresh(QStringLiteral("Bagian Pemerintahan"));
        m.meta.deleted = deleted;
        m.agreementId = a.meta.id;
        m.date = date;
        m.rating = rating;
        m.recommendation = r;
        m.scores[size_t(MonevCriterion::Koordinasi)] = rating;
        p.monev.append(m);
    };
    monev(QDate(2021, 3, 1), 4, Recommendation::Lanjut);
    monev(QDate(2021, 11, 1), 2, Recommendation::Perbaiki);
    monev(QDate(2021, 6, 1), 3, Recommendation::Lanjut);
    monev(QDate(2021, 12, 1), 5, Recommendation::Hentikan, true); // tombstoned: ignored

    const MonevSummary s = monevSummary(p, a.meta.id);
    CHECK(s.records == 3);
    REQUIRE(s.averageRating);
    CHECK(*s.averageRating == Approx(3.0));
    REQUIRE(s.latest);
    CHECK(s.latest->date == QDate(2021, 11, 1));
    CHECK(latestRecommendation(p, a.meta.id) == Recommendation::Perbaiki);
    CHECK(averageRating(p, a.meta.id) == Approx(3.0));
    REQUIRE(s.criterionAverages[size_t(MonevCriterion::Koordinasi)]);
    CHECK(*s.criterionAverages[size_t(MonevCriterion::Koordinasi)] == Approx(3.0));
    CHECK_FALSE(s.criterionAverages[size_t(MonevCriterion::Dampak)].has_value());

    CHECK_FALSE(averageRating(p, b.meta.id).has_value());
    CHECK_FALSE(latestRecommendation(p, b.meta.id).has_value());
    CHECK(latestMonev(p, b.meta.id) == nullptr);

    const RegisterStats st = computeStats(p, QDate(2021, 12, 31));
    CHECK(st.monevRecords == 3);
    CHECK(st.monevByRecommendation[size_t(Recommendation::Perbaiki)] == 1);
    CHECK(st.monevByRecommendation[size_t(Recommendation::Lanjut)] == 0);
}
