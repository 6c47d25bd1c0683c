// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>

namespace ksd {

/// One citation of resources/data/legal_basis.csv: every basis text the app prints comes from this table.
struct LegalBasis
{
    QString key;       ///< eligibility, object, authority, adjacency, sea_border, pair_type, substantive, ...
    QString citation;  ///< article and ayat, e.g. "UU 23/2014 Pasal 364 ayat (1)"
    QString textId;    ///< what it says, Indonesian
    QString textEn;    ///< the same in English
};

/// All rows of the embedded table, in file order.
const QList<LegalBasis> &legalBasisTable();
/// The row with @p key; aborts on a key the embedded table lacks (a programming error, caught by the tests).
const LegalBasis &legalBasis(const QString &key);
/// "citation: text" in the current language (currentLanguage()).
QString legalBasisText(const QString &key);

} // namespace ksd
