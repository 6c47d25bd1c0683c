// SPDX-License-Identifier: Apache-2.0
// The one formatting and labels module (issue 19 item 3): dates, locales, numbers and region labels read the same
// in the UI, the report, the CLI and the CSV files.
#include "helpers.h"

#include "io/csvvalues.h"
#include "refdata/refdata.h"
#include "report/reportbuilder.h"
#include "util/format.h"
#include "util/i18n.h"

#include <catch2/catch.hpp>

using namespace ksd;

TEST_CASE("one locale per language: Indonesian and British English", "[format]")
{
    CHECK(displayLocale(QStringLiteral("id")) == QLocale(QLocale::Indonesian, QLocale::Indonesia));
    CHECK(displayLocale(QStringLiteral("en")) == QLocale(QLocale::English, QLocale::UnitedKingdom));
    CHECK(displayLocale(QStringLiteral("xx")) == indonesianLocale());
    const QDate d(2021, 3, 1);
    CHECK(longDate(d, displayLocale(QStringLiteral("id"))) == QStringLiteral("1 Maret 2021"));
    CHECK(longDate(d, displayLocale(QStringLiteral("en"))) == QStringLiteral("1 March 2021"));
    CHECK(longDate(QDate()).isEmpty());
    // Numbers: grouping and decimal marks of the same locale.
    CHECK(formatCount(1250, displayLocale(QStringLiteral("id"))) == QStringLiteral("1.250"));
    CHECK(formatCount(1250, displayLocale(QStringLiteral("en"))) == QStringLiteral("1,250"));
    CHECK(formatPercent(46.35, 1, displayLocale(QStringLiteral("id"))) == QStringLiteral("46,4%"));
    CHECK(formatPercent(46.35, 1, displayLocale(QStringLiteral("en"))) == QStringLiteral("46.4%"));
}

TEST_CASE("short dates are what the CSV import reads back, in every language", "[format]")
{
    const QDate d(2022, 7, 26);
    CHECK(shortDate(d) == QStringLiteral("26/07/2022"));
    CHECK(io::parseDate(shortDate(d)) == d);
    CHECK(shortDateFormat() == QStringLiteral("dd/MM/yyyy"));
    CHECK(QDate::fromString(shortDate(d), shortDateFormat()) == d);
    const QDateTime at(QDate(2024, 6, 24), QTime(16, 5), Qt::LocalTime);
    CHECK(mediumDateTime(at, displayLocale(QStringLiteral("id"))) == QStringLiteral("24 Jun 2024 16.05"));
    CHECK(mediumDateTime(at, displayLocale(QStringLiteral("en"))) == QStringLiteral("24 Jun 2024 16:05"));
    CHECK(mediumDateTime(QDateTime()).isEmpty());
    CHECK(longDateTime(at, displayLocale(QStringLiteral("id"))) == QStringLiteral("24 Juni 2024, 16.05"));
    CHECK(longDateTime(at, displayLocale(QStringLiteral("en"))) == QStringLiteral("24 June 2024, 16:05"));
}

TEST_CASE("the report dates with the same function as the screens", "[format]")
{
    Project p;
    p.title = QStringLiteral("Uji");
    p.ownerRegion = QStringLiteral("63.03");
    p.year = 2026;
    p.scope = {QStringLiteral("63.03")};
    for (const char *lang : {"id", "en"}) {
        ReportOptions o;
        o.language = QString::fromLatin1(lang);
        o.today = QDate(2026, 3, 1);
        const ReportModel m = buildReport(p, o);
        CHECK(m.cover.dateText == longDate(o.today, displayLocale(o.language)));
        CHECK(m.headerRight == m.cover.dateText);
    }
}

TEST_CASE("region and urusan labels: one form everywhere", "[format]")
{
    const RefData &ref = RefData::instance();
    CHECK(regionName(QStringLiteral("63.03")) == QStringLiteral("Kabupaten Banjar"));
    CHECK(regionLabel(QStringLiteral("63.03")) == QStringLiteral("Kabupaten Banjar (63.03)"));
    CHECK(ref.region(QStringLiteral("63.03"))->label() == regionLabel(QStringLiteral("63.03")));
    CHECK(regionName(QStringLiteral("99.99")) == QStringLiteral("99.99"));
    CHECK(regionLabel(QStringLiteral("99.99")) == QStringLiteral("99.99"));
    CHECK(urusanLabel(QStringLiteral("2.11")) == QStringLiteral("2.11 Lingkungan Hidup"));
    CHECK(urusanName(QStringLiteral("2.11")) == QStringLiteral("Lingkungan Hidup"));
    CHECK(urusanLabel(QStringLiteral("9.99")) == QStringLiteral("9.99"));
}
