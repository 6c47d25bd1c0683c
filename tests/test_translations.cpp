// SPDX-License-Identifier: Apache-2.0
// The translation files: complete, and every message filed under a context that tr() looks in at run time.
// lupdate files a tr() it cannot resolve (through a type alias, or a lambda named tr) under the bare namespace or
// no context at all, where the program never finds it: the English UI then silently shows Indonesian.
#include "helpers.h"

#include "util/format.h"

#include <QFile>
#include <QLocale>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

namespace {

struct TsFile
{
    QStringList contexts;
    int messages = 0;
    int unfinished = 0;
};

TsFile readTs(const QString &name)
{
    QFile f(QStringLiteral(KSD_TEST_DATA "/../../resources/translations/") + name);
    REQUIRE(f.open(QIODevice::ReadOnly));
    TsFile ts;
    QXmlStreamReader xml(&f);
    QString element;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("context")) {
            ts.contexts.append(QString());
        } else if (xml.name() == QLatin1String("name") && !ts.contexts.isEmpty()) {
            ts.contexts.last() = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            ++ts.messages;
        } else if (xml.name() == QLatin1String("translation")) {
            const auto type = xml.attributes().value(QLatin1String("type"));
            ts.unfinished += type == QLatin1String("unfinished") ? 1 : 0;
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return ts;
}

} // namespace

TEST_CASE("Translation files are complete and use the run-time contexts", "[i18n]")
{
    for (const char *file : {"petaksd_id.ts", "petaksd_en.ts"}) {
        INFO(file);
        const TsFile ts = readTs(QLatin1String(file));
        CHECK(ts.messages > 1500);
        CHECK(ts.unfinished == 0);
        for (const QString &context : ts.contexts) {
            INFO("context: " << context.toStdString());
            CHECK(context.startsWith(QStringLiteral("ksd::")));
            CHECK(context.size() > 5);
        }
    }
}

TEST_CASE("Dates show the full year, as the CSV import reads them", "[i18n]")
{
    CHECK(ksd::shortDate(QDate(2022, 7, 26)) == QStringLiteral("26/07/2022"));
    CHECK(ksd::shortDate(QDate()).isEmpty());
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
    CHECK(ksd::shortDateTime(QDateTime(QDate(2024, 6, 24), QTime(16, 5), Qt::LocalTime))
          == QStringLiteral("24/06/2024 16.05"));
    QLocale::setDefault(before);
    CHECK(ksd::shortDateTime(QDateTime()).isEmpty());
}
