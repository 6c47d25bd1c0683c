// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace ksd {

/// The government level that holds an authority (UU 23/2014 Pasal 13 and its Lampiran).
enum class AuthorityLevel { Split = 0, KabKota, Provinsi, Pusat };
QString authorityLevelKey(AuthorityLevel l);  ///< terbagi / kabupaten_kota / provinsi / pusat
std::optional<AuthorityLevel> authorityLevelFromKey(const QString &key);
QString authorityLevelName(AuthorityLevel l); ///< translated

/// One sub-urusan or service with the level that holds it when the cooperation crosses a border.
struct AuthorityRow
{
    QString urusan;        ///< "1.03"
    QString service;       ///< canonical name, e.g. "Wilayah sungai dan pengendalian banjir"; "*" = urusan default
    QStringList keywords;  ///< normalised phrases matched as whole words in a free-text service name
    AuthorityLevel acrossKabKota = AuthorityLevel::Split;  ///< held by, across kab/kota of one province
    AuthorityLevel acrossProvinces = AuthorityLevel::Split; ///< held by, across a provincial border
    QString ministry;      ///< the central body to approach when Pusat holds it (may be empty)
    QString basis;         ///< Lampiran letter and sub-urusan, shown in the trace
    QString serviceEn;     ///< English name of the service ("" = none, e.g. a row from project settings)
    QString ministryEn;    ///< English name of the ministry
    QString basisEn;       ///< English basis text
    /// The texts in the language installed now (currentLanguage()): the English one when it is "en" and the
    /// table has it, else the Indonesian. `service` stays the key rows are matched and stored by.
    QString displayService() const;
    QString displayMinistry() const;
    QString displayBasis() const;
    bool isDefault() const { return service == QLatin1String("*"); }
    bool operator==(const AuthorityRow &) const = default;
};

/**
 * Authority by level (DESIGN.md §2.2): resources/data/authority.csv, columns
 * `urusan,service,keywords,lintas_kabkota,lintas_provinsi,kementerian,basis` and optionally
 * `service_en,kementerian_en,basis_en` (the English texts; keywords separated by ';'; levels
 * `kabupaten_kota`, `provinsi`, `pusat`, or `terbagi` for an urusan default split between levels; service `*` is
 * the urusan default). A project may edit it through its settings:
 *   - `authority/<urusan>/<service>` = `kata kunci 1;kata kunci 2|lintas_kabkota|lintas_provinsi|dasar hukum`
 *     adds a row or replaces the built-in row with the same urusan and service (case-insensitive); the levels
 *     default to provinsi and pusat, the basis to "ditetapkan dalam pengaturan proyek".
 *   - `provincial_services/<urusan>/<service>` = `kata kunci|dasar` (the older key) does the same with the levels
 *     provinsi and pusat.
 *   - either key with the value `-` (or empty) removes the row.
 */
class AuthorityTable
{
    Q_DECLARE_TR_FUNCTIONS(ksd::AuthorityTable)

public:
    static constexpr const char *SettingsPrefix = "authority/";
    static constexpr const char *LegacyPrefix = "provincial_services/";

    AuthorityTable() = default;
    /// The embedded table (:/data/authority.csv). Thread-safe after the first call.
    static const AuthorityTable &builtin();
    static Result<AuthorityTable> parseCsv(const QString &text, const QString &where);
    /// The built-in table with a project's overrides applied.
    static AuthorityTable forSettings(const QMap<QString, QString> &settings);
    AuthorityTable withSettings(const QMap<QString, QString> &settings) const;

    const QList<AuthorityRow> &rows() const { return mRows; }
    /// The service row whose keyword occurs in @p service as whole words, the longest keyword winning
    /// (so "jalan provinsi" beats "jalan"); -1 when none or @p service is empty. Default rows never match.
    int match(const QString &urusan, const QString &service) const;
    /// The default row of @p urusan, -1 when the table has none (the urusan is then split).
    int defaultRow(const QString &urusan) const;
    /// The service named by the key @p service (a row's `service`, as suggestions and clusters carry it) in the
    /// language installed now: the row's displayService(), or @p service itself when no row of @p urusan has it.
    QString serviceName(const QString &urusan, const QString &service) const;
    /// Lower case, letters and digits only, single spaces: the form keywords are compared in.
    static QString normalize(const QString &text);

    bool operator==(const AuthorityTable &) const = default;

private:
    QList<AuthorityRow> mRows;
};

} // namespace ksd
