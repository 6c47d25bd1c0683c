// SPDX-License-Identifier: Apache-2.0
// Agreement and monev validation: clear messages naming the field and the values.
#include "register/monev.h"
#include "register/validation.h"

#include <catch2/catch.hpp>

using namespace ksd;

namespace {

/// A document of @p size bytes that are never held: the size checks look at the handle, not at the bytes.
class SizedSource final : public DocumentSource
{
public:
    explicit SizedSource(qint64 size) : mSize(size) {}
    Kind kind() const override { return Kind::Stored; }
    qint64 size() const override { return mSize; }
    Status read(const DocumentChunk &chunk) const override
    {
        const QByteArray zeros(1024 * 1024, 'x');
        for (qint64 at = 0; at < mSize; at += zeros.size()) {
            if (!chunk(QByteArrayView(zeros).first(std::min<qint64>(zeros.size(), mSize - at))))
                return Error{QStringLiteral("cancelled"), {}, 0};
        }
        return Status::success();
    }

private:
    qint64 mSize;
};

Party region(const QString &code, const QString &number = {})
{
    Party p;
    p.kind = PartyKind::Region;
    p.regionCode = code;
    p.documentNumber = number;
    return p;
}

Party third(const QString &name, const QString &number = {})
{
    Party p;
    p.kind = PartyKind::ThirdParty;
    p.name = name;
    p.documentNumber = number;
    return p;
}

Agreement valid()
{
    Agreement a;
    a.meta = RecordMeta::fresh(QStringLiteral("Bagian Kerja Sama"));
    a.title = QStringLiteral("Penyediaan air minum lintas batas");
    a.category = Category::KSDD;
    a.docType = DocType::PKS;
    a.urusanCode = QStringLiteral("1.03");
    a.parties = {region(QStringLiteral("32.79"), QStringLiteral("130/12/Pem")),
                 region(QStringLiteral("32.07"), QStringLiteral("130/45/Kerja Sama"))};
    a.signedOn = QDate(2021, 3, 1);
    a.startDate = QDate(2021, 3, 1);
    a.endDate = QDate(2024, 2, 29);
    a.stages = {{Stage::Penawaran, QDate(2020, 10, 1)}, {Stage::PenyusunanPKS, QDate(2021, 1, 5)},
                {Stage::PenandatangananPKS, QDate(2021, 3, 1)}};
    a.stage = Stage::PenandatangananPKS;
    return a;
}

QStringList fields(const QList<ValidationProblem> &problems)
{
    QStringList out;
    for (const ValidationProblem &p : problems)
        out << p.field;
    return out;
}

} // namespace

TEST_CASE("A complete agreement has no problems", "[register][validation]")
{
    Project p = Project::create(QStringLiteral("32.79"), QStringLiteral("Uji"), 2021);
    const Agreement a = valid();
    p.agreements.append(a);
    const auto problems = validateAgreement(a, p);
    INFO(fields(problems).join(QLatin1Char(',')).toStdString());
    CHECK(problems.isEmpty());
    CHECK_FALSE(hasErrors(problems));
}

TEST_CASE("End before start and signing after start", "[register][validation]")
{
    Project p = Project::create(QStringLiteral("32.79"), QStringLiteral("Uji"), 2021);
    Agreement a = valid();
    a.endDate = QDate(2020, 12, 31);
    auto problems = validateAgreement(a, p);
    REQUIRE(fields(problems).contains(QStringLiteral("endDate")));
    const ValidationProblem &end = problems[fields(problems).indexOf(QStringLiteral("endDate"))];
    CHECK(end.severity == ValidationProblem::Severity::Error);
    CHECK(end.message == QStringLiteral("Tanggal berakhir (31 Desember 2020) lebih awal daripada tanggal mulai "
                                        "(1 Maret 2021)."));
    CHECK(hasErrors(problems));

    a = valid();
    a.signedOn = QDate(2021, 3, 10);
    problems = validateAgreement(a, p);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].field == QStringLiteral("signedOn"));
    CHECK(problems[0].severity == ValidationProblem::Severity::Warning);
    CHECK(problems[0].message.contains(QStringLiteral("10 Maret 2021")));
    CHECK(problems[0].message.contains(QStringLiteral("berlaku surut")));
    CHECK_FALSE(hasErrors(problems));
}

TEST_CASE("Stages out of order or with decreasing dates", "[register][validation]")
{
    Project p = Project::create(QStringLiteral("32.79"), QStringLiteral("Uji"), 2021);
    Agreement a = valid();
    a.stages = {{Stage::PenyusunanPKS, QDate(2021, 1, 5)}, {Stage::Penawaran, QDate(2021, 2, 1)},
                {Stage::PenandatangananPKS, QDate(2021, 3, 1)}};
    auto problems = validateAgreement(a, p);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].field == QStringLiteral("stages"));
    CHECK(problems[0].message == QStringLiteral("Tahap \"Penawaran\" tercatat sesudah \"Penyusunan perjanjian kerja "
                                                "sama\": urutan tahap tidak sesuai prosedur Perjanjian kerja sama KSDD/KSDPK "
                                                "(Permendagri 22/2020)."));

    a = valid();
    a.stages[1].date = QDate(2020, 9, 1);
    problems = validateAgreement(a, p);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].field == QStringLiteral("stages"));
    CHECK(problems[0].message.contains(QStringLiteral("1 September 2020")));
    CHECK(problems[0].message.contains(QStringLiteral("1 Oktober 2020")));

    a = valid();
    a.stage = Stage::Pelaksanaan;
    problems = validateAgreement(a, p);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].field == QStringLiteral("stage"));
}

TEST_CASE("Duplicate document numbers of the same party across live agreements", "[register][validation]")
{
    Project p = Project::create(QStringLiteral("32.79"), QStringLiteral("Uji"), 2021);
    Agreement first = valid();
    first.title = QStringLiteral("KB pariwisata");
    p.agreements.append(first);

    Agreement second = valid();
    second.meta = RecordMeta::fresh(QStringLiteral("Bagian Kerja Sama"));
    second.parties = {region(QStringLiteral("32.79"), QStringLiteral(" 130/12/pem ")),
                      third(QStringLiteral("PT Air Jernih"), QStringLiteral("001/AJ/2021"))};
    auto problems = validateAgreement(second, p);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].field == QStringLiteral("documentNumber"));
    CHECK(problems[0].partyIndex == 0);
    CHECK(problems[0].recordId == first.meta.id);
    CHECK(problems[0].message == QStringLiteral("Nomor dokumen 130/12/pem dari pihak Kota Banjar sudah dipakai pada "
                                                "kerja sama \"KB pariwisata\"."));

    SECTION("the same number of another party is fine")
    {
        second.parties[0] = region(QStringLiteral("32.18"), QStringLiteral("130/12/Pem"));
        CHECK(validateAgreement(second, p).isEmpty());
    }
    SECTION("a tombstoned agreement does not hold its number")
    {
        p.agreements.first().meta.deleted = true;
        CHECK(validateAgreement(second, p).isEmpty());
    }
    SECTION("an agreement is never a duplicate of itself")
    {
        CHECK(validateAgreement(first, p).isEmpty());
    }
}

TEST_CASE("Missing parties", "[register][validation]")
{
    Project p = Project::create(QStringLiteral("32.79"), QStringLiteral("Uji"), 2021);
    Agreement a = valid();
    a.parties.clear();
    auto problems = validateAgreement(a, p);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].field == QStringLiteral("parties"));
    CHECK(problems[0].message.contains(QStringLiteral("Para pihak belum diisi")));

    a.parties = {region(QStringLiteral("32.79"))};
    problems = validateAgreement(a, p);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].message.contains(QStringLiteral("Baru satu pihak (Kota Banjar)")));

    a.parties = {region(QStringLiteral("32.79")), third(QStringLiteral("  ")), region(QStringLiteral("32.99"))};
    problems = validateAgreement(a, p);
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].partyIndex == 1);
    CHECK(problems[0].message.contains(QStringLiteral("nama pihak belum diisi")));
    CHECK(problems[1].partyIndex == 2);
    CHECK(problems[1].message.contains(QStringLiteral("\"32.99\"")));
}

TEST_CASE("Attachments over the size limit", "[register][validation]")
{
    Project p = Project::create(QStringLiteral("32.79"), QStringLiteral("Uji"), 2021);
    const Agreement a = valid();
    p.agreements.append(a);
    AttachedDocument ok;
    ok.meta = RecordMeta::fresh(QStringLiteral("Bagian Kerja Sama"));
    ok.agreementId = a.meta.id;
    ok.fileName = QStringLiteral("pks.pdf");
    ok.data = DocumentData(std::make_shared<SizedSource>(MaxAttachmentBytes)); // exactly the limit is allowed
    p.documents.append(ok);
    CHECK(validateAgreement(a, p).isEmpty());
    CHECK(checkAttachment(ok).ok());

    AttachedDocument big = ok;
    big.meta = RecordMeta::fresh(QStringLiteral("Bagian Kerja Sama"));
    big.fileName = QStringLiteral("pindaian-kb.pdf");
    big.data = DocumentData(std::make_shared<SizedSource>(MaxAttachmentBytes + 5 * 1024 * 1024 + 300 * 1024));
    p.documents.append(big);
    const auto problems = validateAgreement(a, p);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].field == QStringLiteral("documents"));
    CHECK(problems[0].recordId == big.meta.id);
    CHECK(problems[0].message.startsWith(QStringLiteral("Lampiran \"pindaian-kb.pdf\" berukuran 261,3 MB, melebihi "
                                                        "batas 256 MB per dokumen.")));

    const Status s = checkAttachmentSize(QStringLiteral("scan.tif"), 257 * 1024 * 1024);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().message.contains(QStringLiteral("257,0 MB")));
    CHECK(s.error().where == QStringLiteral("scan.tif"));
    CHECK(formatByteSize(900) == QStringLiteral("900 byte"));
    CHECK(formatByteSize(1536) == QStringLiteral("1,5 KB"));

    p.documents.last().meta.deleted = true;
    CHECK(validateAgreement(a, p).isEmpty());
}

TEST_CASE("Title, category and urusan", "[register][validation]")
{
    Project p = Project::create(QStringLiteral("32.79"), QStringLiteral("Uji"), 2021);
    Agreement a = valid();
    a.title = QStringLiteral(" ");
    a.category = Category::None;
    a.urusanCode = QStringLiteral("9.99");
    const auto f = fields(validateAgreement(a, p));
    CHECK(f == QStringList{QStringLiteral("title"), QStringLiteral("category"), QStringLiteral("urusanCode")});
}

TEST_CASE("Monev record validation", "[register][validation][monev]")
{
    Project p = Project::create(QStringLiteral("32.79"), QStringLiteral("Uji"), 2021);
    const Agreement a = valid();
    p.agreements.append(a);
    MonevRecord m;
    m.meta = RecordMeta::fresh(QStringLiteral("Inspektorat"));
    m.agreementId = a.meta.id;
    m.date = QDate(2021, 12, 1);
    m.rating = 4;
    CHECK(validateMonev(m, p).isEmpty());

    m.rating = 6;
    m.scores[size_t(MonevCriterion::Dampak)] = 7;
    m.date = QDate(2021, 1, 1);
    const auto problems = validateMonev(m, p);
    CHECK(fields(problems) == QStringList{QStringLiteral("rating"), QStringLiteral("scores"), QStringLiteral("date")});
    CHECK(problems[0].message.contains(QStringLiteral("6")));
    CHECK(problems[2].severity == ValidationProblem::Severity::Warning);

    m.agreementId = QUuid::createUuid();
    CHECK(fields(validateMonev(m, p)).contains(QStringLiteral("agreementId")));
}
