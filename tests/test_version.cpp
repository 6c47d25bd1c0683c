// SPDX-License-Identifier: Apache-2.0
// The version comes from one place (the CMake project version): `petaksd --version`, a saved file's `saved_by`
// and the report's creator all say the same.
#include "helpers.h"

#include "store/ksdstore.h"
#include "store/sqliteconnection.h"
#include "util/version.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace ksd;

TEST_CASE("the version is the CMake project version", "[version]")
{
    CHECK(programVersion() == QStringLiteral(KSD_PROJECT_VERSION));
    CHECK(programNameAndVersion() == QStringLiteral("PetaKSD " KSD_PROJECT_VERSION));
}

TEST_CASE("petaksd --version prints it, and --help names it", "[version][cli]")
{
    const test::Run v = test::petaksd({QStringLiteral("--version")});
    CHECK(v.exitCode == 0);
    CHECK(v.out.trimmed() == QStringLiteral("PetaKSD " KSD_PROJECT_VERSION));
    const test::Run h = test::petaksd({QStringLiteral("--help")});
    CHECK(h.exitCode == 0);
    CHECK(h.out.startsWith(QStringLiteral("PetaKSD " KSD_PROJECT_VERSION ":")));
}

TEST_CASE("a saved .ksd names the program that last saved it", "[version][store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("banjar.ksd"));
    REQUIRE(KsdStore::save(test::sampleProject(), path).ok());
    {
        SqliteConnection c(path, SqliteConnection::Mode::ReadOnly);
        REQUIRE(c.isOpen());
        const auto rows = c.rows(QStringLiteral("SELECT value FROM meta WHERE key = 'saved_by'"), 1);
        REQUIRE(rows.ok());
        REQUIRE(rows->size() == 1);
        CHECK(rows->first().first() == QStringLiteral("PetaKSD " KSD_PROJECT_VERSION));
    }
    // An older program's file is read as before, and the key is rewritten by the next save.
    REQUIRE(KsdStore::load(path).ok());
}
