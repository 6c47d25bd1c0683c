// SPDX-License-Identifier: Apache-2.0
#include "authoritytable.h"

#include "io/csv.h"
#include "util/i18n.h"

#include <QFile>

namespace ksd {

namespace {

QStringList keywordsOf(const QString &service, const QString &keywords)
{
    QStringList kws;
    if (service.trimmed() != QLatin1String("*"))
        kws.append(AuthorityTable::normalize(service));
    for (const QString &k : keywords.split(QLatin1Char(';'))) {
        const QString n = AuthorityTable::normalize(k);
        if (!n.isEmpty() && !kws.contains(n))
            kws.append(n);
    }
    return kws;
}

/// @p en when the language installed now is English and @p en is not empty, else @p id.
QString inLanguage(const QString &id, const QString &en)
{
    return currentLanguage() == QLatin1String("en") && !en.isEmpty() ? en : id;
}

} // namespace

QString authorityLevelKey(AuthorityLevel l)
{
    switch (l) {
    case AuthorityLevel::Split: return QStringLiteral("terbagi");
    case AuthorityLevel::KabKota: return QStringLiteral("kabupaten_kota");
    case AuthorityLevel::Provinsi: return QStringLiteral("provinsi");
    case AuthorityLevel::Pusat: return QStringLiteral("pusat");
    }
    return {};
}

std::optional<AuthorityLevel> authorityLevelFromKey(const QString &key)
{
    for (AuthorityLevel l : {AuthorityLevel::Split, AuthorityLevel::KabKota, AuthorityLevel::Provinsi,
                             AuthorityLevel::Pusat}) {
        if (authorityLevelKey(l).compare(key.trimmed(), Qt::CaseInsensitive) == 0)
            return l;
    }
    return std::nullopt;
}

QString authorityLevelName(AuthorityLevel l)
{
    switch (l) {
    case AuthorityLevel::Split: return AuthorityTable::tr("terbagi antartingkat pemerintahan");
    case AuthorityLevel::KabKota: return AuthorityTable::tr("kabupaten/kota");
    case AuthorityLevel::Provinsi: return AuthorityTable::tr("provinsi");
    case AuthorityLevel::Pusat: return AuthorityTable::tr("Pemerintah Pusat");
    }
    return {};
}

QString AuthorityRow::displayService() const
{
    return inLanguage(service, serviceEn);
}

QString AuthorityRow::displayMinistry() const
{
    return inLanguage(ministry, ministryEn);
}

QString AuthorityRow::displayBasis() const
{
    return inLanguage(basis, basisEn);
}

QString AuthorityTable::normalize(const QString &text)
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

Result<AuthorityTable> AuthorityTable::parseCsv(const QString &text, const QString &where)
{
    AuthorityTable t;
    QList<csv::Record> rows = csv::parse(text, QLatin1Char(','));
    if (rows.isEmpty())
        return Error{tr("Tabel kewenangan kosong."), where};
    const QStringList header = rows.takeFirst().fields;
    const QStringList expected{QStringLiteral("urusan"), QStringLiteral("service"), QStringLiteral("keywords"),
                               QStringLiteral("lintas_kabkota"), QStringLiteral("lintas_provinsi"),
                               QStringLiteral("kementerian"), QStringLiteral("basis")};
    const QStringList english{QStringLiteral("service_en"), QStringLiteral("kementerian_en"),
                              QStringLiteral("basis_en")};
    if (header != expected && header != expected + english)
        return Error{tr("Tabel kewenangan harus berkepala %1 (dengan %2 bila ada teks Inggris).")
                         .arg(expected.join(QLatin1Char(',')), english.join(QLatin1Char(','))), where};
    for (const csv::Record &r : rows) {
        const QString at = QStringLiteral("%1:%2").arg(where).arg(r.line);
        if (r.fields.size() != header.size() || r.fields[0].trimmed().isEmpty() || r.fields[1].trimmed().isEmpty())
            return Error{tr("Baris tabel kewenangan tidak lengkap."), at};
        const auto kk = authorityLevelFromKey(r.fields[3]);
        const auto pp = authorityLevelFromKey(r.fields[4]);
        if (!kk || !pp)
            return Error{tr("Tingkat kewenangan \"%1\" tidak dikenal (kabupaten_kota, provinsi, pusat, terbagi).")
                             .arg(!kk ? r.fields[3] : r.fields[4]), at};
        AuthorityRow row;
        row.urusan = r.fields[0].trimmed();
        row.service = r.fields[1].trimmed();
        row.keywords = keywordsOf(row.service, r.fields[2]);
        row.acrossKabKota = *kk;
        row.acrossProvinces = *pp;
        row.ministry = r.fields[5].trimmed();
        row.basis = r.fields[6].trimmed();
        row.serviceEn = r.fields.value(7).trimmed();
        row.ministryEn = r.fields.value(8).trimmed();
        row.basisEn = r.fields.value(9).trimmed();
        t.mRows.append(row);
    }
    return t;
}

const AuthorityTable &AuthorityTable::builtin()
{
    static const AuthorityTable table = [] {
        const QString path = QStringLiteral(":/data/authority.csv");
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("embedded authority table is missing");
        Result<AuthorityTable> r = parseCsv(csv::decode(f.readAll()), path);
        if (!r)
            qFatal("embedded authority table is invalid: %s", qPrintable(r.error().toString()));
        return std::move(r).value();
    }();
    return table;
}

AuthorityTable AuthorityTable::forSettings(const QMap<QString, QString> &settings)
{
    return builtin().withSettings(settings);
}

AuthorityTable AuthorityTable::withSettings(const QMap<QString, QString> &settings) const
{
    AuthorityTable t = *this;
    for (auto it = settings.cbegin(); it != settings.cend(); ++it) {
        const bool legacy = it.key().startsWith(QLatin1String(LegacyPrefix));
        if (!legacy && !it.key().startsWith(QLatin1String(SettingsPrefix)))
            continue;
        const QString rest = it.key().mid(int(qstrlen(legacy ? LegacyPrefix : SettingsPrefix)));
        const int slash = rest.indexOf(QLatin1Char('/'));
        if (slash <= 0 || slash == rest.size() - 1)
            continue; // malformed key: ignored rather than guessed
        const QString urusan = rest.left(slash).trimmed();
        const QString service = rest.mid(slash + 1).trimmed();
        t.mRows.removeIf([&](const AuthorityRow &r) {
            return r.urusan == urusan && r.service.compare(service, Qt::CaseInsensitive) == 0;
        });
        const QString value = it.value().trimmed();
        if (value.isEmpty() || value == QLatin1String("-"))
            continue;
        const QStringList parts = value.split(QLatin1Char('|'));
        AuthorityRow row;
        row.urusan = urusan;
        row.service = service;
        row.keywords = keywordsOf(service, parts.value(0));
        row.acrossKabKota = AuthorityLevel::Provinsi;
        row.acrossProvinces = AuthorityLevel::Pusat;
        QString basis = parts.value(1);
        if (!legacy) {
            row.acrossKabKota = authorityLevelFromKey(parts.value(1)).value_or(AuthorityLevel::Provinsi);
            row.acrossProvinces = authorityLevelFromKey(parts.value(2)).value_or(AuthorityLevel::Pusat);
            basis = parts.mid(3).join(QLatin1Char('|'));
        }
        row.basis = basis.trimmed().isEmpty() ? tr("UU 23/2014 Pasal 13 (ditetapkan dalam pengaturan proyek)")
                                              : basis.trimmed();
        t.mRows.append(row);
    }
    return t;
}

int AuthorityTable::match(const QString &urusan, const QString &service) const
{
    if (service.trimmed().isEmpty())
        return -1;
    const QString padded = QLatin1Char(' ') + normalize(service) + QLatin1Char(' ');
    int best = -1;
    qsizetype bestLength = 0;
    for (int i = 0; i < mRows.size(); ++i) {
        const AuthorityRow &r = mRows[i];
        if (r.urusan != urusan || r.isDefault())
            continue;
        for (const QString &k : r.keywords) {
            if (k.size() > bestLength && padded.contains(QLatin1Char(' ') + k + QLatin1Char(' '))) {
                best = i;
                bestLength = k.size();
            }
        }
    }
    return best;
}

int AuthorityTable::defaultRow(const QString &urusan) const
{
    for (int i = 0; i < mRows.size(); ++i) {
        if (mRows[i].urusan == urusan && mRows[i].isDefault())
            return i;
    }
    return -1;
}

QString AuthorityTable::serviceName(const QString &urusan, const QString &service) const
{
    for (const AuthorityRow &r : mRows) {
        if (r.urusan == urusan && r.service.compare(service, Qt::CaseInsensitive) == 0)
            return r.displayService();
    }
    return service;
}

} // namespace ksd
