// SPDX-License-Identifier: Apache-2.0
// Issue 17 in the window's commands: offers accepted and declined as undo steps, an extension, and a table edit
// that would put an agreement outside its procedure refused with the allowed steps named.
#include "helpers.h"

#include "document/projectdocument.h"
#include "document/registercommands.h"

#include <QSignalSpy>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace ksd;

namespace {

Project withOffer()
{
    Project p = Project::create(QStringLiteral("63.03"), QStringLiteral("Banjar"), 2025);
    IncomingOffer o;
    o.meta = RecordMeta::fresh(QStringLiteral("Bagian Kerja Sama"));
    o.senderRegion = QStringLiteral("63.71");
    o.receivedOn = QDate(2025, 5, 2);
    o.urusanCode = QStringLiteral("2.11");
    o.title = QStringLiteral("TPA regional");
    p.offers << o;
    Agreement kb = test::makeAgreement(DocType::KB, Category::KSDD, QStringLiteral("KB sampah"));
    kb.stage = Stage::Penawaran;
    kb.stages = {{Stage::Penawaran, QDate(2025, 1, 2)}};
    p.agreements << kb;
    return p;
}

} // namespace

TEST_CASE("An offer accepted into a proposal or declined, each one undo step", "[ui][offers]")
{
    ProjectDocument doc(withOffer());
    const QUuid offerId = doc.project().offers[0].meta.id;
    const Result<QUuid> proposal = doc.acceptIncomingOffer(offerId);
    REQUIRE(proposal);
    CHECK(doc.offer(offerId)->status == OfferStatus::Diterima);
    CHECK(doc.offer(offerId)->proposalId == *proposal);
    REQUIRE(doc.proposal(*proposal));
    CHECK(doc.proposal(*proposal)->partnerRegionCodes == QStringList{QStringLiteral("63.71")});
    CHECK(doc.undoStack()->count() == 1);
    doc.undoStack()->undo();
    CHECK(doc.offer(offerId)->status == OfferStatus::Menunggu);
    CHECK(doc.proposal(*proposal) == nullptr);

    const Status empty = doc.declineIncomingOffer(offerId, QString());
    REQUIRE_FALSE(empty.ok());
    CHECK(doc.undoStack()->index() == 0);
    REQUIRE(doc.declineIncomingOffer(offerId, QStringLiteral("Sudah ada TPA")).ok());
    CHECK(doc.offer(offerId)->declineReason == QStringLiteral("Sudah ada TPA"));
    CHECK_FALSE(doc.acceptIncomingOffer(offerId));
}

TEST_CASE("Extending an agreement adds a linked one and ends the old, in one step", "[ui][terms]")
{
    ProjectDocument doc(withOffer());
    const QUuid kb = doc.project().agreements[0].meta.id;
    const Result<QUuid> next = doc.extendAgreement(kb);
    REQUIRE(next);
    CHECK(doc.agreement(*next)->previousId == kb);
    CHECK(doc.agreement(*next)->stage == Stage::Persiapan);
    CHECK(doc.agreement(kb)->status == AgreementStatus::Berakhir);
    CHECK(doc.undoStack()->count() == 1);
    doc.undoStack()->undo();
    CHECK(doc.agreement(kb)->status == AgreementStatus::Aktif);
    CHECK(doc.agreement(*next) == nullptr);
}

TEST_CASE("A table edit that leaves the document's procedure is refused, naming its steps", "[ui][stages]")
{
    ProjectDocument doc(withOffer());
    const QUuid kb = doc.project().agreements[0].meta.id;
    QSignalSpy refused(&doc, &ProjectDocument::editRefused);
    CHECK_FALSE(doc.changeAgreementField(kb, AgreementField::Stage, int(Stage::PenyusunanPKS)));
    REQUIRE(refused.size() == 1);
    const QString message = refused.first().first().toString();
    CHECK(message.contains(QStringLiteral("tidak termasuk prosedur")));
    CHECK(message.contains(QStringLiteral("Pembahasan TKKSD")));
    CHECK(doc.agreement(kb)->stage == Stage::Penawaran);
    // Turning the KB (at penawaran) into an NK would leave its stage outside the sinergi procedure.
    CHECK_FALSE(doc.changeAgreementField(kb, AgreementField::DocType, int(DocType::NK)));
    CHECK(refused.size() == 2);
    CHECK(doc.changeAgreementField(kb, AgreementField::Stage, int(Stage::PenyusunanKB)));
    CHECK(doc.agreement(kb)->stage == Stage::PenyusunanKB);
}
