// SPDX-License-Identifier: Apache-2.0
// Stage transitions: each category and document type goes forward through its own procedure (procedure.h).
#include "register/procedure.h"
#include "register/stages.h"

#include <catch2/catch.hpp>

using namespace ksd;

namespace {

Agreement fresh(DocType type, Category category = Category::KSDD)
{
    Agreement a;
    a.meta = RecordMeta::fresh(QStringLiteral("Bagian Kerja Sama"));
    a.title = QStringLiteral("Pengelolaan sampah regional");
    a.docType = type;
    a.category = category;
    return a;
}

ProcedureContext ctx(std::optional<bool> dprd, bool kb = false)
{
    return ProcedureContext{dprd, kb};
}

QList<Stage> steps(Category c, DocType t)
{
    QList<Stage> out;
    for (const ProcedureStep &s : procedureFor(c, t).steps)
        out.append(s.stage);
    return out;
}

/// Walks @p a through every step it may not pass over, from where it stands; returns the stages entered.
QList<Stage> walk(Agreement &a, const ProcedureContext &c)
{
    QList<Stage> entered;
    QDate d(2024, 1, 10);
    while (true) {
        const QList<Stage> next = allowedNextStages(a, c);
        if (next.isEmpty())
            break;
        // The last one offered is the first the procedure needs (the others may be passed over).
        const Stage to = next.last();
        const Status st = advanceStage(a, to, d, c);
        INFO(stageKey(to).toStdString());
        REQUIRE(st.ok());
        entered.append(to);
        d = d.addDays(7);
    }
    return entered;
}

} // namespace

TEST_CASE("Each category and document type has its own procedure with a basis per step", "[register][stages]")
{
    using S = Stage;
    CHECK(steps(Category::KSDD, DocType::KB)
          == QList<Stage>{S::Persiapan, S::PembahasanTKKSD, S::Penawaran, S::PenyusunanKB, S::PenandatangananKB,
                          S::Berlaku});
    CHECK(steps(Category::KSDPK, DocType::KB) == steps(Category::KSDD, DocType::KB));
    CHECK(steps(Category::KSDD, DocType::PKS)
          == QList<Stage>{S::Persiapan, S::PembahasanTKKSD, S::Penawaran, S::PersetujuanDPRD, S::PenyusunanPKS,
                          S::PenandatangananPKS, S::Pelaksanaan, S::Penatausahaan, S::Pelaporan});
    CHECK(steps(Category::Sinergi, DocType::NK)
          == QList<Stage>{S::Persiapan, S::PenyusunanNK, S::PenandatangananNK, S::PenyusunanRencanaAksi,
                          S::Pelaksanaan, S::Pelaporan});
    // A sinergi never has PKS stages, whatever document type it was entered with.
    CHECK_FALSE(steps(Category::Sinergi, DocType::PKS).contains(S::PenyusunanPKS));
    CHECK(steps(Category::KSDPL, DocType::KB)
          == QList<Stage>{S::Persiapan, S::PembahasanTKKSD, S::Penawaran, S::PenyusunanKB, S::PersetujuanDPRD,
                          S::PersetujuanPusat, S::PenandatangananKB, S::Berlaku});
    CHECK(steps(Category::KSDLL, DocType::PKS).contains(S::PersetujuanPusat));
    for (const Procedure &p : procedureTable()) {
        INFO(p.key.toStdString());
        CHECK_FALSE(p.name.isEmpty());
        for (const ProcedureStep &s : p.steps) {
            CHECK_FALSE(s.basis.isEmpty());
            CHECK((s.basis.contains(QStringLiteral("Permendagri")) || s.basis.contains(QStringLiteral("PP 28/2018"))));
        }
    }
    CHECK(procedureFor(Category::KSDPL, DocType::KB).steps[4].basis.contains(QStringLiteral("Permendagri 25/2020")));
    CHECK(procedureFor(Category::KSDD, DocType::KB).steps[1].basis.contains(QStringLiteral("TKKSD")));
}

TEST_CASE("A KSDD KB: TKKSD review before the offer, and it ends at its signing, then berlaku", "[register][stages]")
{
    Agreement a = fresh(DocType::KB);
    const Status skipTkksd = advanceStage(a, Stage::Penawaran, QDate(2024, 2, 1), ctx(true));
    REQUIRE_FALSE(skipTkksd.ok());
    CHECK(skipTkksd.error().message.contains(QStringLiteral("\"Pembahasan TKKSD\" tidak dapat dilewati")));
    CHECK(walk(a, ctx(true))
          == QList<Stage>{Stage::PembahasanTKKSD, Stage::Penawaran, Stage::PenyusunanKB, Stage::PenandatangananKB,
                          Stage::Berlaku});
    CHECK(allowedNextStages(a, ctx(true)).isEmpty());
    // DPRD approval and PKS stages are not a KB's.
    Agreement b = fresh(DocType::KB);
    const Status dprd = advanceStage(b, Stage::PersetujuanDPRD, QDate(2024, 2, 1), ctx(true));
    REQUIRE_FALSE(dprd.ok());
    CHECK(dprd.error().message.contains(QStringLiteral("tidak termasuk prosedur")));
    CHECK(dprd.error().message.contains(QStringLiteral("Pembahasan TKKSD, Penawaran")));
}

TEST_CASE("Stages never move backward or stay", "[register][stages]")
{
    Agreement a = fresh(DocType::KB);
    REQUIRE(advanceStage(a, Stage::PembahasanTKKSD, QDate(2024, 1, 20), ctx(false)).ok());
    REQUIRE(advanceStage(a, Stage::Penawaran, QDate(2024, 2, 1), ctx(false)).ok());
    REQUIRE(advanceStage(a, Stage::PenyusunanKB, QDate(2024, 3, 1), ctx(false)).ok());
    const Agreement before = a;
    const Status back = advanceStage(a, Stage::Penawaran, QDate(2024, 4, 1), ctx(false));
    REQUIRE_FALSE(back.ok());
    CHECK(back.error().message.contains(QStringLiteral("tidak dapat mundur")));
    CHECK(a == before);
    const Status same = advanceStage(a, Stage::PenyusunanKB, QDate(2024, 4, 1), ctx(false));
    REQUIRE_FALSE(same.ok());
    CHECK(same.error().message.contains(QStringLiteral("sudah berada pada tahap")));
    CHECK(a == before);
}

TEST_CASE("A PKS: persetujuan DPRD only when required; its KB's steps passed over when the KB is recorded",
          "[register][stages]")
{
    SECTION("DPRD required: never skipped")
    {
        Agreement a = fresh(DocType::PKS);
        const QList<Stage> w = walk(a, ctx(true));
        CHECK(w.contains(Stage::PersetujuanDPRD));
        CHECK(w.contains(Stage::PembahasanTKKSD));
        CHECK(w.last() == Stage::Pelaporan);
        Agreement b = fresh(DocType::PKS);
        b.stage = Stage::Penawaran;
        const Status s = advanceStage(b, Stage::PenyusunanPKS, QDate(2024, 5, 1), ctx(true));
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().message.contains(QStringLiteral("Persetujuan DPRD diperlukan")));
    }
    SECTION("DPRD not required: skipped, and it cannot be entered")
    {
        Agreement a = fresh(DocType::PKS);
        a.stage = Stage::Penawaran;
        CHECK(allowedNextStages(a, ctx(false)) == QList<Stage>{Stage::PenyusunanPKS});
        const Status s = advanceStage(a, Stage::PersetujuanDPRD, QDate(2024, 5, 1), ctx(false));
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().message.contains(QStringLiteral("tidak diperlukan")));
    }
    SECTION("DPRD unknown: either way")
    {
        Agreement a = fresh(DocType::PKS);
        a.stage = Stage::Penawaran;
        CHECK(allowedNextStages(a, ctx(std::nullopt))
              == QList<Stage>{Stage::PersetujuanDPRD, Stage::PenyusunanPKS});
        CHECK(nextStepText(a, ctx(std::nullopt)).contains(QStringLiteral("Persetujuan DPRD (bila diperlukan)")));
    }
    SECTION("its KB recorded: straight to drafting")
    {
        Agreement a = fresh(DocType::PKS);
        CHECK(allowedNextStages(a, ctx(false, true))
              == QList<Stage>{Stage::PembahasanTKKSD, Stage::Penawaran, Stage::PenyusunanPKS});
        REQUIRE(advanceStage(a, Stage::PenyusunanPKS, QDate(2024, 2, 1), ctx(false, true)).ok());
        Agreement b = fresh(DocType::PKS);
        CHECK_FALSE(advanceStage(b, Stage::PenyusunanPKS, QDate(2024, 2, 1), ctx(false)).ok());
    }
}

TEST_CASE("SINERGI: nota kesepakatan and rencana aksi, no PKS stages", "[register][stages]")
{
    Agreement a = fresh(DocType::NK, Category::Sinergi);
    CHECK(walk(a, ctx(false))
          == QList<Stage>{Stage::PenyusunanNK, Stage::PenandatangananNK, Stage::PenyusunanRencanaAksi,
                          Stage::Pelaksanaan, Stage::Pelaporan});
    Agreement b = fresh(DocType::NK, Category::Sinergi);
    const Status pks = advanceStage(b, Stage::PenyusunanPKS, QDate(2024, 2, 1), ctx(false));
    REQUIRE_FALSE(pks.ok());
    CHECK(pks.error().message.contains(QStringLiteral("Penyusunan rencana aksi")));
}

TEST_CASE("Abroad (KSDPL, KSDLL): DPRD approval always, then the central government's", "[register][stages]")
{
    for (Category c : {Category::KSDPL, Category::KSDLL}) {
        Agreement a = fresh(DocType::KB, c);
        // Whatever the context says, the abroad procedure needs both approvals before signing.
        const QList<Stage> w = walk(a, ctx(false));
        const auto dprd = w.indexOf(Stage::PersetujuanDPRD);
        const auto pusat = w.indexOf(Stage::PersetujuanPusat);
        const auto sign = w.indexOf(Stage::PenandatangananKB);
        REQUIRE(dprd >= 0);
        CHECK(pusat == dprd + 1);
        CHECK(sign == pusat + 1);
    }
}

TEST_CASE("Legacy stages map to the nearest step of their own procedure", "[register][stages]")
{
    const Procedure &kb = procedureFor(Category::KSDD, DocType::KB);
    CHECK(mapStage(kb, Stage::Pelaporan).stage == Stage::Berlaku);
    CHECK_FALSE(mapStage(kb, Stage::Pelaporan).exact);
    CHECK(mapStage(kb, Stage::PersetujuanDPRD).stage == Stage::Berlaku);
    CHECK(mapStage(kb, Stage::Penawaran).exact);
    const Procedure &nk = procedureFor(Category::Sinergi, DocType::NK);
    CHECK(mapStage(nk, Stage::PenyusunanKB).stage == Stage::PenyusunanNK);
    CHECK(mapStage(nk, Stage::PenandatangananKB).stage == Stage::PenandatangananNK);
    CHECK(mapStage(nk, Stage::PenyusunanPKS).stage == Stage::PenyusunanRencanaAksi);
    CHECK(mapStage(nk, Stage::Penatausahaan).stage == Stage::Pelaksanaan);
    CHECK(mapStage(nk, Stage::Pelaporan).stage == Stage::Pelaporan);

    Agreement a = fresh(DocType::KB);
    a.stage = Stage::Pelaporan;
    a.stages = {{Stage::Penawaran, QDate(2020, 1, 1)}, {Stage::PenandatangananKB, QDate(2020, 3, 1)},
                {Stage::PersetujuanDPRD, QDate(2020, 4, 1)}, {Stage::Pelaporan, QDate(2020, 6, 1)}};
    const auto r = alignToProcedure(a);
    REQUIRE(r);
    CHECK(r->from == Stage::Pelaporan);
    CHECK(r->to == Stage::Berlaku);
    CHECK(a.stage == Stage::Berlaku);
    CHECK(a.stages == QList<StageDate>{{Stage::Penawaran, QDate(2020, 1, 1)},
                                       {Stage::PenandatangananKB, QDate(2020, 3, 1)},
                                       {Stage::Berlaku, QDate(2020, 4, 1)}});
    CHECK(a.reviewNote.contains(QStringLiteral("Pelaporan")));
    CHECK(a.reviewNote.contains(QStringLiteral("Berlaku")));
    // One that already fits is left alone.
    Agreement b = fresh(DocType::KB);
    b.stage = Stage::Penawaran;
    b.stages = {{Stage::Penawaran, QDate(2020, 1, 1)}};
    CHECK_FALSE(alignToProcedure(b));
    CHECK(b.reviewNote.isEmpty());
    // Advancing clears the review note.
    Agreement c = a;
    c.stage = Stage::PenyusunanKB;
    c.stages = {{Stage::PenyusunanKB, QDate(2020, 1, 1)}};
    REQUIRE(advanceStage(c, Stage::PenandatangananKB, QDate(2020, 2, 1), ctx(false)).ok());
    CHECK(c.reviewNote.isEmpty());
}

TEST_CASE("Stage dates must be valid and never decrease", "[register][stages]")
{
    Agreement a = fresh(DocType::KB);
    REQUIRE(advanceStage(a, Stage::PembahasanTKKSD, QDate(2024, 3, 1), ctx(false)).ok());
    REQUIRE(advanceStage(a, Stage::Penawaran, QDate(2024, 3, 15), ctx(false)).ok());
    const Status none = advanceStage(a, Stage::PenyusunanKB, QDate(), ctx(false));
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().message.contains(QStringLiteral("tidak valid")));
    const Status earlier = advanceStage(a, Stage::PenyusunanKB, QDate(2024, 3, 14), ctx(false));
    REQUIRE_FALSE(earlier.ok());
    CHECK(earlier.error().message.contains(QStringLiteral("14 Maret 2024")));
    CHECK(earlier.error().message.contains(QStringLiteral("15 Maret 2024")));
    REQUIRE(advanceStage(a, Stage::PenyusunanKB, QDate(2024, 3, 15), ctx(false)).ok());
}

TEST_CASE("Ended or stopped agreements do not move", "[register][stages]")
{
    Agreement a = fresh(DocType::PKS);
    a.stage = Stage::Pelaksanaan;
    a.status = AgreementStatus::Dihentikan;
    const Status s = advanceStage(a, Stage::Penatausahaan, QDate(2024, 1, 1), ctx(false));
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().message.contains(QStringLiteral("dihentikan")));
    CHECK(allowedNextStages(a, ctx(false)).isEmpty());
    CHECK(nextStepText(a, ctx(false)).isEmpty());
    a.status = AgreementStatus::Diperpanjang;
    CHECK(advanceStage(a, Stage::Penatausahaan, QDate(2024, 1, 1), ctx(false)).ok());
    CHECK(stagePathDescription(a).contains(QStringLiteral("Permendagri 22/2020")));
}
