// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace ksd {

/// One service that is provincial authority when it crosses kab/kota borders (UU 23/2014 Pasal 13 ayat (3)).
struct ProvincialService
{
    QString urusan;       ///< "1.03"
    QString service;      ///< canonical name, e.g. "TPA regional"
    QStringList keywords; ///< normalised phrases matched as whole words in a free-text service name
    QString basis;        ///< legal basis text shown in the trace
    bool operator==(const ProvincialService &) const = default;
};

/**
 * The authority-guard table of the rule set: resources/data/provincial_services.csv (columns
 * `urusan,service,keywords,basis`, keywords separated by ';'), which a project may edit through its settings.
 *
 * Project settings keys (Project::settings), applied in key order on top of the built-in table:
 *   - `provincial_services/<urusan>/<service>` = `kata kunci 1;kata kunci 2|dasar hukum`
 *     adds a row, or replaces the built-in row with the same urusan and service (compared case-insensitively).
 *     The part after '|' is optional; without it the basis is "UU 23/2014 Pasal 13 ayat (3) (ditetapkan proyek)".
 *     The service name itself always counts as a keyword. The service may contain '/'.
 *   - `provincial_services/<urusan>/<service>` = `-` (or empty) removes that row.
 * Example: `provincial_services/1.03/SPAM regional` = `spam regional;air minum lintas|Perda Prov. Kalsel 2/2020`.
 */
class ProvincialServiceTable
{
    Q_DECLARE_TR_FUNCTIONS(ksd::ProvincialServiceTable)

public:
    static constexpr const char *SettingsPrefix = "provincial_services/";

    ProvincialServiceTable() = default;
    /// The embedded table (:/data/provincial_services.csv). Thread-safe after the first call.
    static const ProvincialServiceTable &builtin();
    /// Parses CSV text with the header `urusan,service,keywords,basis`; @p where names the source in errors.
    static Result<ProvincialServiceTable> parseCsv(const QString &text, const QString &where);
    /// The built-in table with a project's overrides applied (see the class comment for the key format).
    static ProvincialServiceTable forSettings(const QMap<QString, QString> &settings);
    /// This table with the overrides in @p settings applied.
    ProvincialServiceTable withSettings(const QMap<QString, QString> &settings) const;

    const QList<ProvincialService> &rows() const { return mRows; }
    /// Index of the row whose urusan equals @p urusan and one of whose keywords occurs in @p service as whole
    /// words; -1 when none (an empty service never matches).
    int match(const QString &urusan, const QString &service) const;
    /// Lower case, letters and digits only, single spaces: the form keywords are compared in.
    static QString normalize(const QString &text);

    bool operator==(const ProvincialServiceTable &) const = default;

private:
    QList<ProvincialService> mRows;
};

} // namespace ksd
