// SPDX-License-Identifier: Apache-2.0
#include "legalbasis.h"

#include "io/csv.h"
#include "util/i18n.h"

#include <QFile>

namespace ksd {

const QList<LegalBasis> &legalBasisTable()
{
    static const QList<LegalBasis> table = [] {
        QFile f(QStringLiteral(":/data/legal_basis.csv"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("embedded legal basis table is missing");
        QList<csv::Record> rows = csv::parse(csv::decode(f.readAll()), QLatin1Char(','));
        if (rows.isEmpty() || rows.first().fields != QStringList{QStringLiteral("key"), QStringLiteral("citation"),
                                                                  QStringLiteral("text_id"), QStringLiteral("text_en")})
            qFatal("embedded legal basis table has no key,citation,text_id,text_en header");
        rows.removeFirst();
        QList<LegalBasis> out;
        for (const csv::Record &r : rows) {
            if (r.fields.size() != 4)
                qFatal("legal_basis.csv line %d: expected 4 fields", int(r.line));
            out.append(LegalBasis{r.fields[0].trimmed(), r.fields[1].trimmed(), r.fields[2].trimmed(),
                                  r.fields[3].trimmed()});
        }
        return out;
    }();
    return table;
}

const LegalBasis &legalBasis(const QString &key)
{
    for (const LegalBasis &b : legalBasisTable()) {
        if (b.key == key)
            return b;
    }
    qFatal("legal_basis.csv has no key %s", qPrintable(key));
}

QString legalBasisText(const QString &key)
{
    const LegalBasis &b = legalBasis(key);
    return QStringLiteral("%1: %2").arg(b.citation, currentLanguage() == QLatin1String("en") ? b.textEn : b.textId);
}

} // namespace ksd
