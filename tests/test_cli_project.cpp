// SPDX-License-Identifier: Apache-2.0
#include "helpers.h"

#include "store/ksdstore.h"

#include <QFileInfo>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace ksd;

TEST_CASE("petaksd --version and --help", "[cli]")
{
    const auto v = test::petaksd({QStringLiteral("--version")});
    CHECK(v.exitCode == 0);
    CHECK(v.out.startsWith(QStringLiteral("PetaKSD "))); // programNameAndVersion(), as a saved file names it
    const auto h = test::petaksd({QStringLiteral("--help")});
    CHECK(h.exitCode == 0);
    for (const char *cmd : {"new", "demo", "check"})
        CHECK(h.out.contains(QStringLiteral("petaksd %1 ").arg(QLatin1String(cmd))));
}

TEST_CASE("petaksd CMD --help and petaksd help CMD print that command's usage only", "[cli]")
{
    for (const QStringList &args : {QStringList{QStringLiteral("demo"), QStringLiteral("--help")},
                                    QStringList{QStringLiteral("help"), QStringLiteral("demo")}}) {
        const auto h = test::petaksd(args);
        CHECK(h.exitCode == 0);
        CHECK(h.out.contains(QStringLiteral("petaksd demo FILE.ksd")));
        CHECK_FALSE(h.out.contains(QStringLiteral("petaksd merge")));
    }
    const auto all = test::petaksd({QStringLiteral("help")});
    CHECK(all.exitCode == 0);
    CHECK(all.out.contains(QStringLiteral("petaksd merge")));
    const auto unknown = test::petaksd({QStringLiteral("help"), QStringLiteral("gambar")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("gambar")));
}

TEST_CASE("petaksd new writes a project for a region", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("baru.ksd"));
    const auto r = test::petaksd({QStringLiteral("new"), path, QStringLiteral("--region"), QStringLiteral("32.79"),
                                  QStringLiteral("--title"), QStringLiteral("Pemetaan Kota Banjar"),
                                  QStringLiteral("--year"), QStringLiteral("2021")});
    REQUIRE(r.exitCode == 0);
    auto loaded = KsdStore::load(path);
    REQUIRE(loaded.ok());
    CHECK(loaded->project.ownerRegion == QStringLiteral("32.79"));
    CHECK(loaded->project.title == QStringLiteral("Pemetaan Kota Banjar"));
    CHECK(loaded->project.year == 2021);
    CHECK(loaded->project.scope == QStringList{QStringLiteral("32.79")});

    SECTION("an existing file is never overwritten")
    {
        const auto again = test::petaksd({QStringLiteral("new"), path, QStringLiteral("--region"), QStringLiteral("63.03")});
        CHECK(again.exitCode == 2);
        CHECK(again.err.contains(QStringLiteral("sudah ada")));
    }
    SECTION("an unknown region code is refused")
    {
        const auto bad = test::petaksd({QStringLiteral("new"), dir.filePath(QStringLiteral("b.ksd")),
                                        QStringLiteral("--region"), QStringLiteral("63.99")});
        CHECK(bad.exitCode == 2);
        CHECK(bad.err.contains(QStringLiteral("63.99")));
        CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("b.ksd"))));
    }
    SECTION("a bad year is refused")
    {
        const auto bad = test::petaksd({QStringLiteral("new"), dir.filePath(QStringLiteral("c.ksd")),
                                        QStringLiteral("--region"), QStringLiteral("63.03"), QStringLiteral("--year"),
                                        QStringLiteral("20x4")});
        CHECK(bad.exitCode == 2);
        CHECK(bad.err.contains(QStringLiteral("20x4")));
    }
}

TEST_CASE("petaksd check summarises a good file and refuses a bad one", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("contoh.ksd"));
    REQUIRE(KsdStore::save(test::sampleProject(), path).ok());
    const auto ok = test::petaksd({QStringLiteral("check"), path});
    CHECK(ok.exitCode == 0);
    CHECK(ok.out.contains(QStringLiteral("Format: versi 4")));
    CHECK(ok.out.contains(QStringLiteral("0x504B5344")));
    CHECK(ok.out.contains(QStringLiteral("Daerah pemilik: 63.03 Kabupaten Banjar")));
    CHECK(ok.out.contains(QStringLiteral("Isian (potensi/kebutuhan): 0 (+1 dihapus)")));
    CHECK(ok.out.contains(QStringLiteral("Usulan: 1")));
    CHECK(ok.out.contains(QStringLiteral("Kerja sama: 1")));
    CHECK(ok.out.contains(QStringLiteral("Salinan untuk: Dinas Lingkungan Hidup")));

    const auto future = test::petaksd({QStringLiteral("check"), test::dataPath(QStringLiteral("ksd/future/v99.ksd"))});
    CHECK(future.exitCode == 2);
    CHECK(future.err.contains(QStringLiteral("lebih baru")));
    CHECK(future.out.isEmpty());

    const auto text = test::petaksd({QStringLiteral("check"), test::dataPath(QStringLiteral("ksd/not-a-database/text.ksd"))});
    CHECK(text.exitCode == 2);
    CHECK(text.err.contains(QStringLiteral("bukan berkas proyek PetaKSD")));

    const auto usage = test::petaksd({QStringLiteral("check")});
    CHECK(usage.exitCode == 2);
    const auto unknown = test::petaksd({QStringLiteral("frobnicate")});
    CHECK(unknown.exitCode == 2);
}
