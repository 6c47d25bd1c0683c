// SPDX-License-Identifier: Apache-2.0
// Replays the fuzz regression corpus (tests/fuzz/corpus: every input a fuzzer ever failed on, plus seeds) and the
// .ksd and CSV fixtures through the fuzz targets, so that the normal suite keeps them fixed without clang.
#include "helpers.h"

#include "fuzz/fuzztargets.h"

#include <QDirIterator>
#include <QFile>

#include <catch2/catch.hpp>

using namespace ksd;

namespace {

int replay(const QString &dir, int (*target)(const uint8_t *, size_t))
{
    int files = 0;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.endsWith(QLatin1String(".sh")) || path.endsWith(QLatin1String(".md")))
            continue;
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        INFO(path.toStdString());
        CHECK(target(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size())) == 0);
        ++files;
    }
    return files;
}

} // namespace

TEST_CASE("the .ksd fuzz corpus and fixtures replay without a finding", "[fuzz]")
{
    CHECK(replay(QStringLiteral(KSD_FUZZ_CORPUS "/ksd"), fuzz::openKsd) >= 1);
    CHECK(replay(test::dataPath(QStringLiteral("ksd")), fuzz::openKsd) >= 10);
}

TEST_CASE("the CSV fuzz corpus and fixtures replay without a finding", "[fuzz]")
{
    CHECK(replay(QStringLiteral(KSD_FUZZ_CORPUS "/csv"), fuzz::importCsv) >= 1);
    CHECK(replay(test::dataPath(QStringLiteral("csv")), fuzz::importCsv) >= 5);
}

TEST_CASE("the merge fuzz corpus replays without a finding", "[fuzz]")
{
    CHECK(replay(QStringLiteral(KSD_FUZZ_CORPUS "/merge"), fuzz::planMerge) >= 1);
}
