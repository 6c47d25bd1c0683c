// SPDX-License-Identifier: Apache-2.0
// petaksd stats: the dashboard counts of a saved .ksd, as a table and as JSON, and its exit codes.
#include "helpers.h"

#include "store/ksdstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace ksd;

namespace {

Agreement agreement(DocType type, Category category, const QString &title, const QDate &end = {})
{
    Agreement a;
    a.meta = RecordMeta::fresh(QStringLiteral("Bagian Pemerintahan"));
    a.docType = type;
    a.category = category;
    a.title = title;
    a.startDate = QDate(2019, 1, 1);
    a.endDate = end;
    a.stage = Stage::Pelaksanaan;
    return a;
}

/// The Kota Banjar 2021 register, three Kabupaten-Banjar-style proposals, and one expiring agreement.
QString writeRegister(const QTemporaryDir &dir)
{
    Project p = Project::create(QStringLiteral("32.79"), QStringLiteral("Monev KSD Kota Banjar 2021"), 2021);
    for (int i = 0; i < 9; ++i)
        p.agreements.append(agreement(DocType::KB, Category::KSDPK, QStringLiteral("KB pihak ketiga %1").arg(i)));
    p.agreements.append(agreement(DocType::KB, Category::KSDD, QStringLiteral("KB Kabupaten Pangandaran"),
                                  QDate(2021, 12, 29)));
    for (int i = 0; i < 7; ++i)
        p.agreements.append(agreement(DocType::PKS, Category::KSDPK, QStringLiteral("PKS pihak ketiga %1").arg(i)));
    for (int i = 0; i < 2; ++i)
        p.agreements.append(agreement(DocType::PKS, Category::KSDD, QStringLiteral("PKS daerah %1").arg(i)));
    for (int i = 0; i < 5; ++i)
        p.agreements.append(agreement(DocType::NK, Category::Sinergi, QStringLiteral("NK sinergi %1").arg(i)));
    Agreement gone = agreement(DocType::NK, Category::Sinergi, QStringLiteral("NK dihapus"));
    gone.meta.deleted = true;
    p.agreements.append(gone);

    auto proposal = [&p](ActivityKind a, PartnerType t) {
        Proposal x;
        x.meta = RecordMeta::fresh(QStringLiteral("Bappeda"));
        x.regionCode = QStringLiteral("32.79");
        x.urusanCode = QStringLiteral("2.11");
        x.title = QStringLiteral("Usulan");
        x.activity = a;
        x.partnerType = t;
        x.inApbd = true;
        p.proposals.append(x);
    };
    proposal(ActivityKind::KerjaSama, PartnerType::KL);
    proposal(ActivityKind::KerjaSama, PartnerType::KL);
    proposal(ActivityKind::KerjaSama, PartnerType::Daerah);
    proposal(ActivityKind::Pengadaan, PartnerType::PihakKetiga);

    const QString path = dir.filePath(QStringLiteral("banjar.ksd"));
    REQUIRE(KsdStore::save(p, path).ok());
    return path;
}

} // namespace

TEST_CASE("petaksd stats --json has the dashboard keys and counts", "[cli][stats]")
{
    QTemporaryDir dir;
    const QString path = writeRegister(dir);
    const auto r = test::petaksd({QStringLiteral("stats"), path, QStringLiteral("--json"), QStringLiteral("--today"),
                                  QStringLiteral("2021-09-30")});
    REQUIRE(r.exitCode == 0);
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &pe);
    REQUIRE(pe.error == QJsonParseError::NoError);
    const QJsonObject j = doc.object();
    for (const char *key : {"agreements_by_type_category", "proposals", "expiring_90_days", "expiring_90_days_list",
                            "by_stage", "expiring_180_days", "funnel", "agreements_by_type_partner"})
        CHECK(j.contains(QLatin1String(key)));
    CHECK(j.value(QStringLiteral("today")).toString() == QStringLiteral("2021-09-30"));

    const QJsonObject t = j.value(QStringLiteral("agreements_by_type_category")).toObject();
    CHECK(t.value(QStringLiteral("KB")).toObject().value(QStringLiteral("KSDPK")).toInt() == 9);
    CHECK(t.value(QStringLiteral("KB")).toObject().value(QStringLiteral("KSDD")).toInt() == 1);
    CHECK(t.value(QStringLiteral("PKS")).toObject().value(QStringLiteral("KSDPK")).toInt() == 7);
    CHECK(t.value(QStringLiteral("PKS")).toObject().value(QStringLiteral("KSDD")).toInt() == 2);
    CHECK(t.value(QStringLiteral("NK")).toObject().value(QStringLiteral("SINERGI")).toInt() == 5);

    const QJsonObject prop = j.value(QStringLiteral("proposals")).toObject();
    CHECK(prop.value(QStringLiteral("total")).toInt() == 4);
    CHECK(prop.value(QStringLiteral("eligible")).toInt() == 3);
    const QJsonObject bc = prop.value(QStringLiteral("by_category")).toObject();
    CHECK(bc.value(QStringLiteral("SINERGI")).toObject().value(QStringLiteral("count")).toInt() == 2);
    CHECK(bc.value(QStringLiteral("SINERGI")).toObject().value(QStringLiteral("percent")).toDouble() == 66.7);
    CHECK(bc.value(QStringLiteral("SINERGI")).toObject().value(QStringLiteral("percent_text")).toString()
          == QStringLiteral("66,7%"));
    CHECK(bc.value(QStringLiteral("KSDD")).toObject().value(QStringLiteral("percent")).toDouble() == 33.3);

    // 2021-09-30 + 90 days = 2021-12-29: exactly on the boundary, so it counts.
    CHECK(j.value(QStringLiteral("expiring_90_days")).toInt() == 1);
    const QJsonArray list = j.value(QStringLiteral("expiring_90_days_list")).toArray();
    REQUIRE(list.size() == 1);
    CHECK(list[0].toObject().value(QStringLiteral("title")).toString() == QStringLiteral("KB Kabupaten Pangandaran"));
    CHECK(list[0].toObject().value(QStringLiteral("end_date")).toString() == QStringLiteral("2021-12-29"));
    CHECK(list[0].toObject().value(QStringLiteral("days_left")).toInt() == 90);
    CHECK_FALSE(list[0].toObject().value(QStringLiteral("id")).toString().isEmpty());

    CHECK(j.value(QStringLiteral("by_stage")).toObject().value(QStringLiteral("pelaksanaan")).toInt() == 24);

    // One day earlier the agreement is 91 days away: outside the 90-day window, inside the 180-day one.
    const auto earlier = test::petaksd({QStringLiteral("stats"), path, QStringLiteral("--json"),
                                        QStringLiteral("--today"), QStringLiteral("2021-09-29")});
    REQUIRE(earlier.exitCode == 0);
    const QJsonObject e = QJsonDocument::fromJson(earlier.out.toUtf8()).object();
    CHECK(e.value(QStringLiteral("expiring_90_days")).toInt() == 0);
    CHECK(e.value(QStringLiteral("expiring_180_days")).toInt() == 1);
}

TEST_CASE("petaksd stats prints an Indonesian table by default", "[cli][stats]")
{
    QTemporaryDir dir;
    const QString path = writeRegister(dir);
    const auto r = test::petaksd({QStringLiteral("stats"), path, QStringLiteral("--today"), QStringLiteral("2021-09-30")});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("30 September 2021")));
    CHECK(r.out.contains(QStringLiteral("Kesepakatan Bersama")));
    CHECK(r.out.contains(QStringLiteral("Pihak ketiga")));
    CHECK(r.out.contains(QStringLiteral("Memenuhi kriteria KSD: 3 (75,0% dari seluruh usulan)")));
    CHECK(r.out.contains(QStringLiteral("66,7%")));
    CHECK(r.out.contains(QStringLiteral("Berakhir dalam 90 hari (3 bulan): 1")));
    CHECK(r.out.contains(QStringLiteral("KB Kabupaten Pangandaran")));
    // The one KSDD proposal names no partner region, so the rule set could not classify it.
    CHECK(r.out.contains(QStringLiteral("KSDD menurut kelas")));
    CHECK(r.out.contains(QStringLiteral("belum dinilai 1")));
    // The KB row: 1 daerah lain, 9 pihak ketiga, 0 sinergi, 10 in all.
    const QStringList lines = r.out.split(QLatin1Char('\n'));
    QString kbRow;
    for (const QString &l : lines) {
        if (l.startsWith(QStringLiteral("Kesepakatan Bersama")))
            kbRow = l;
    }
    CHECK(kbRow.split(QLatin1Char(' '), Qt::SkipEmptyParts).mid(2)
          == QStringList{QStringLiteral("1"), QStringLiteral("9"), QStringLiteral("0"), QStringLiteral("10")});
}

TEST_CASE("petaksd stats refuses bad arguments and bad files", "[cli][stats]")
{
    QTemporaryDir dir;
    const QString path = writeRegister(dir);

    const auto badDate = test::petaksd({QStringLiteral("stats"), path, QStringLiteral("--today"),
                                        QStringLiteral("30/09/2021")});
    CHECK(badDate.exitCode == 2);
    CHECK(badDate.err.contains(QStringLiteral("30/09/2021")));
    CHECK(badDate.out.isEmpty());

    const auto impossible = test::petaksd({QStringLiteral("stats"), path, QStringLiteral("--today"),
                                           QStringLiteral("2021-02-30")});
    CHECK(impossible.exitCode == 2);
    CHECK(impossible.err.contains(QStringLiteral("2021-02-30")));

    const auto noValue = test::petaksd({QStringLiteral("stats"), path, QStringLiteral("--today")});
    CHECK(noValue.exitCode == 2);

    const auto missing = test::petaksd({QStringLiteral("stats"), dir.filePath(QStringLiteral("tidak-ada.ksd"))});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(QStringLiteral("tidak-ada.ksd")));

    const auto noFile = test::petaksd({QStringLiteral("stats")});
    CHECK(noFile.exitCode == 2);
    CHECK(noFile.err.contains(QStringLiteral("penggunaan")));

    const auto unknown = test::petaksd({QStringLiteral("stats"), path, QStringLiteral("--csv")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("--csv")));

    const auto help = test::petaksd({QStringLiteral("--help")});
    CHECK(help.out.contains(QStringLiteral("petaksd stats FILE.ksd [--json] [--today YYYY-MM-DD]")));
}
