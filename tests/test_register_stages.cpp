// SPDX-License-Identifier: Apache-2.0
// Stage transitions under Permendagri 22/2020: forward only, legal order, allowed skips per document type.
#include "register/stages.h"

#include <catch2/catch.hpp>

using namespace ksd;

namespace {

Agreement fresh(DocType type)
{
    Agreement a;
    a.meta = RecordMeta::fresh(QStringLiteral("Bagian Kerja Sama"));
    a.title = QStringLiteral("Pengelolaan sampah regional");
    a.docType = type;
    a.category = type == DocType::NK ? Category::Sinergi : Category::KSDD;
    return a;
}

} // namespace

TEST_CASE("A KB walks every stage in legal order", "[register][stages]")
{
    Agreement a = fresh(DocType::KB);
    QDate d(2024, 1, 10);
    for (int i = 1; i < StageCount; ++i) {
        const auto s = static_cast<Stage>(i);
        INFO(stageKey(s).toStdString());
        const Status st = advanceStage(a, s, d, true);
        REQUIRE(st.ok());
        CHECK(a.stage == s);
        CHECK(stageReachedOn(a, s) == d);
        d = d.addDays(14);
    }
    CHECK(a.stages.size() == StageCount - 1);
    CHECK(a.stages.first().stage == Stage::Penawaran);
    CHECK(a.stages.last().stage == Stage::Pelaporan);
}

TEST_CASE("Stages never move backward or stay", "[register][stages]")
{
    Agreement a = fresh(DocType::KB);
    REQUIRE(advanceStage(a, Stage::Penawaran, QDate(2024, 2, 1)).ok());
    REQUIRE(advanceStage(a, Stage::PenyusunanKB, QDate(2024, 3, 1)).ok());
    const Agreement before = a;

    const Status back = advanceStage(a, Stage::Penawaran, QDate(2024, 4, 1));
    REQUIRE_FALSE(back.ok());
    CHECK(back.error().message.contains(QStringLiteral("tidak dapat mundur")));
    CHECK(back.error().message.contains(QStringLiteral("Penyusunan kesepakatan bersama")));
    CHECK(a == before);

    const Status same = advanceStage(a, Stage::PenyusunanKB, QDate(2024, 4, 1));
    REQUIRE_FALSE(same.ok());
    CHECK(same.error().message.contains(QStringLiteral("sudah berada pada tahap")));
    CHECK(a == before);
}

TEST_CASE("A KB cannot skip a stage its path needs", "[register][stages]")
{
    Agreement a = fresh(DocType::KB);
    const Status skipOffer = advanceStage(a, Stage::PenyusunanKB, QDate(2024, 2, 1));
    REQUIRE_FALSE(skipOffer.ok());
    CHECK(skipOffer.error().message.contains(QStringLiteral("\"Penawaran\" tidak dapat dilewati")));
    CHECK(a.stage == Stage::Persiapan);
    CHECK(a.stages.isEmpty());

    REQUIRE(advanceStage(a, Stage::Penawaran, QDate(2024, 2, 1)).ok());
    const Status skipKb = advanceStage(a, Stage::PenyusunanPKS, QDate(2024, 3, 1));
    REQUIRE_FALSE(skipKb.ok());
    CHECK(skipKb.error().message.contains(QStringLiteral("\"Penyusunan kesepakatan bersama\" tidak dapat dilewati")));

    const Status skipToWork = advanceStage(a, Stage::Pelaksanaan, QDate(2024, 3, 1));
    REQUIRE_FALSE(skipToWork.ok());
    CHECK(allowedNextStages(a) == QList<Stage>{Stage::PenyusunanKB});
}

TEST_CASE("Persetujuan DPRD: only when required, and then never skipped", "[register][stages]")
{
    Agreement a = fresh(DocType::KB);
    REQUIRE(advanceStage(a, Stage::Penawaran, QDate(2024, 2, 1)).ok());
    REQUIRE(advanceStage(a, Stage::PenyusunanKB, QDate(2024, 3, 1)).ok());
    REQUIRE(advanceStage(a, Stage::PenandatangananKB, QDate(2024, 4, 1)).ok());

    SECTION("required: it cannot be skipped")
    {
        CHECK(allowedNextStages(a, true) == QList<Stage>{Stage::PersetujuanDPRD});
        const Status s = advanceStage(a, Stage::PenyusunanPKS, QDate(2024, 5, 1), true);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().message.contains(QStringLiteral("Persetujuan DPRD diperlukan")));
        CHECK(s.error().message.contains(QStringLiteral("PP 28/2018")));
        CHECK(a.stage == Stage::PenandatangananKB);
        REQUIRE(advanceStage(a, Stage::PersetujuanDPRD, QDate(2024, 5, 1), true).ok());
        REQUIRE(advanceStage(a, Stage::PenyusunanPKS, QDate(2024, 6, 1), true).ok());
    }
    SECTION("not required: skipped, and it cannot be entered")
    {
        CHECK(allowedNextStages(a, false) == QList<Stage>{Stage::PenyusunanPKS});
        const Status s = advanceStage(a, Stage::PersetujuanDPRD, QDate(2024, 5, 1), false);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().message.contains(QStringLiteral("tidak diperlukan")));
        REQUIRE(advanceStage(a, Stage::PenyusunanPKS, QDate(2024, 5, 1), false).ok());
        CHECK(stageReachedOn(a, Stage::PersetujuanDPRD).isNull());
    }
    SECTION("unknown: either way")
    {
        CHECK(allowedNextStages(a) == QList<Stage>{Stage::PersetujuanDPRD, Stage::PenyusunanPKS});
        REQUIRE(advanceStage(a, Stage::PenyusunanPKS, QDate(2024, 5, 1)).ok());
    }
}

TEST_CASE("PKS-only, NK and addendum paths", "[register][stages]")
{
    SECTION("a PKS may pass over the KB stages but not the offer")
    {
        Agreement a = fresh(DocType::PKS);
        a.category = Category::KSDPK;
        CHECK_FALSE(advanceStage(a, Stage::PenyusunanPKS, QDate(2024, 2, 1)).ok());
        REQUIRE(advanceStage(a, Stage::Penawaran, QDate(2024, 2, 1)).ok());
        CHECK(allowedNextStages(a) == QList<Stage>{Stage::PenyusunanKB, Stage::PenandatangananKB,
                                                   Stage::PersetujuanDPRD, Stage::PenyusunanPKS});
        REQUIRE(advanceStage(a, Stage::PenyusunanPKS, QDate(2024, 3, 1), false).ok());
        CHECK_FALSE(advanceStage(a, Stage::Pelaksanaan, QDate(2024, 4, 1)).ok());
        REQUIRE(advanceStage(a, Stage::PenandatangananPKS, QDate(2024, 4, 1)).ok());
        REQUIRE(advanceStage(a, Stage::Pelaksanaan, QDate(2024, 5, 1)).ok());
        CHECK_FALSE(advanceStage(a, Stage::Pelaporan, QDate(2024, 6, 1)).ok()); // penatausahaan first
    }
    SECTION("an NK (sinergi) may pass over the offer and the KB stages")
    {
        Agreement a = fresh(DocType::NK);
        REQUIRE(advanceStage(a, Stage::PenyusunanPKS, QDate(2024, 2, 1), false).ok());
        CHECK(a.stages.size() == 1);
    }
    SECTION("an addendum may go straight to its signing, never past pelaksanaan")
    {
        Agreement a = fresh(DocType::Addendum);
        REQUIRE(advanceStage(a, Stage::PenandatangananPKS, QDate(2024, 2, 1), false).ok());
        Agreement b = fresh(DocType::Addendum);
        REQUIRE(advanceStage(b, Stage::Pelaksanaan, QDate(2024, 2, 1), false).ok());
        CHECK_FALSE(advanceStage(b, Stage::Pelaporan, QDate(2024, 3, 1)).ok());
    }
    CHECK_FALSE(isStageSkippable(DocType::KB, Stage::PenyusunanKB));
    CHECK(isStageSkippable(DocType::PKS, Stage::PenandatangananKB));
    CHECK_FALSE(isStageSkippable(DocType::PKS, Stage::Penawaran));
    CHECK(isStageSkippable(DocType::NK, Stage::Penawaran));
    CHECK_FALSE(isStageSkippable(DocType::Addendum, Stage::Penatausahaan));
    CHECK(stagePathDescription(DocType::PKS).contains(QStringLiteral("Permendagri 22/2020")));
}

TEST_CASE("Stage dates must be valid and never decrease", "[register][stages]")
{
    Agreement a = fresh(DocType::KB);
    REQUIRE(advanceStage(a, Stage::Penawaran, QDate(2024, 3, 15)).ok());
    const Status none = advanceStage(a, Stage::PenyusunanKB, QDate());
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().message.contains(QStringLiteral("tidak valid")));

    const Status earlier = advanceStage(a, Stage::PenyusunanKB, QDate(2024, 3, 14));
    REQUIRE_FALSE(earlier.ok());
    CHECK(earlier.error().message.contains(QStringLiteral("14 Maret 2024")));
    CHECK(earlier.error().message.contains(QStringLiteral("15 Maret 2024")));
    CHECK(a.stage == Stage::Penawaran);

    REQUIRE(advanceStage(a, Stage::PenyusunanKB, QDate(2024, 3, 15)).ok()); // same day is fine
}

TEST_CASE("Ended or stopped agreements do not move", "[register][stages]")
{
    Agreement a = fresh(DocType::PKS);
    a.stage = Stage::Pelaksanaan;
    a.status = AgreementStatus::Dihentikan;
    const Status s = advanceStage(a, Stage::Penatausahaan, QDate(2024, 1, 1));
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().message.contains(QStringLiteral("dihentikan")));
    CHECK(allowedNextStages(a).isEmpty());
    a.status = AgreementStatus::Berakhir;
    CHECK_FALSE(advanceStage(a, Stage::Penatausahaan, QDate(2024, 1, 1)).ok());
    a.status = AgreementStatus::Diperpanjang;
    CHECK(advanceStage(a, Stage::Penatausahaan, QDate(2024, 1, 1)).ok());
}
