// SPDX-License-Identifier: Apache-2.0
#include "provincialservices.h"

#include "io/csv.h"

#include <QFile>

namespace ksd {

namespace {

ProvincialService makeRow(const QString &urusan, const QString &service, const QString &keywords, const QString &basis)
{
    ProvincialService r;
    r.urusan = urusan.trimmed();
    r.service = service.trimmed();
    QStringList kws{ProvincialServiceTable::normalize(r.service)};
    for (const QString &k : keywords.split(QLatin1Char(';'))) {
        const QString n = ProvincialServiceTable::normalize(k);
        if (!n.isEmpty() && !kws.contains(n))
            kws.append(n);
    }
    r.keywords = kws;
    r.basis = basis.trimmed();
    return r;
}

} // namespace

QString ProvincialServiceTable::normalize(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            if (space && !out.isEmpty())
                out.append(QLatin1Char(' '));
            space = false;
            out.append(c.toLower());
        } else {
            space = true;
        }
    }
    return out;
}

Result<ProvincialServiceTable> ProvincialServiceTable::parseCsv(const QString &text, const QString &where)
{
    ProvincialServiceTable t;
    QList<csv::Record> rows = csv::parse(text, QLatin1Char(','));
    if (rows.isEmpty())
        return Error{tr("Tabel layanan kewenangan provinsi kosong."), where};
    const QStringList header = rows.takeFirst().fields;
    if (header.size() < 4 || header[0] != QLatin1String("urusan") || header[1] != QLatin1String("service"))
        return Error{tr("Tabel layanan kewenangan provinsi harus berkepala urusan,service,keywords,basis."), where};
    for (const csv::Record &r : rows) {
        if (r.fields.size() < 4 || r.fields[0].trimmed().isEmpty() || r.fields[1].trimmed().isEmpty()) {
            return Error{tr("Baris tabel layanan kewenangan provinsi tidak lengkap."),
                         QStringLiteral("%1:%2").arg(where).arg(r.line)};
        }
        t.mRows.append(makeRow(r.fields[0], r.fields[1], r.fields[2], r.fields[3]));
    }
    return t;
}

const ProvincialServiceTable &ProvincialServiceTable::builtin()
{
    static const ProvincialServiceTable table = [] {
        const QString path = QStringLiteral(":/data/provincial_services.csv");
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("embedded provincial service table is missing");
        Result<ProvincialServiceTable> r = parseCsv(csv::decode(f.readAll()), path);
        if (!r)
            qFatal("embedded provincial service table is invalid: %s", qPrintable(r.error().toString()));
        return std::move(r).value();
    }();
    return table;
}

ProvincialServiceTable ProvincialServiceTable::forSettings(const QMap<QString, QString> &settings)
{
    return builtin().withSettings(settings);
}

ProvincialServiceTable ProvincialServiceTable::withSettings(const QMap<QString, QString> &settings) const
{
    ProvincialServiceTable t = *this;
    const QString prefix = QLatin1String(SettingsPrefix);
    for (auto it = settings.cbegin(); it != settings.cend(); ++it) {
        if (!it.key().startsWith(prefix))
            continue;
        const QString rest = it.key().mid(prefix.size());
        const int slash = rest.indexOf(QLatin1Char('/'));
        if (slash <= 0 || slash == rest.size() - 1)
            continue; // malformed key: ignored rather than guessed
        const QString urusan = rest.left(slash).trimmed();
        const QString service = rest.mid(slash + 1).trimmed();
        t.mRows.removeIf([&](const ProvincialService &r) {
            return r.urusan == urusan && r.service.compare(service, Qt::CaseInsensitive) == 0;
        });
        const QString value = it.value().trimmed();
        if (value.isEmpty() || value == QLatin1String("-"))
            continue;
        const QString keywords = value.section(QLatin1Char('|'), 0, 0);
        QString basis = value.section(QLatin1Char('|'), 1).trimmed();
        if (basis.isEmpty())
            basis = tr("UU 23/2014 Pasal 13 ayat (3) (ditetapkan dalam pengaturan proyek)");
        t.mRows.append(makeRow(urusan, service, keywords, basis));
    }
    return t;
}

int ProvincialServiceTable::match(const QString &urusan, const QString &service) const
{
    if (service.trimmed().isEmpty())
        return -1;
    const QString padded = QLatin1Char(' ') + normalize(service) + QLatin1Char(' ');
    for (int i = 0; i < mRows.size(); ++i) {
        const ProvincialService &r = mRows[i];
        if (r.urusan != urusan)
            continue;
        for (const QString &k : r.keywords) {
            if (padded.contains(QLatin1Char(' ') + k + QLatin1Char(' ')))
                return i;
        }
    }
    return -1;
}

} // namespace ksd
