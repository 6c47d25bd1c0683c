// SPDX-License-Identifier: Apache-2.0
// Internal to the merge: each record type's fields as the merge compares and shows them. Not part of the public API.
#pragma once

#include "model/project.h"

#include <QList>
#include <QString>
#include <QUuid>

#include <functional>

namespace ksd::detail::merge {

/// One field of a record type: its key, its label (translated when asked) and its value as shown in a conflict.
template<typename T>
struct Field
{
    QString key;
    std::function<QString()> label; // evaluated when used, so that it follows the current language
    std::function<QString(const T &)> value;
};

const QList<Field<Entry>> &entryFields();
const QList<Field<Proposal>> &proposalFields();
const QList<Field<Agreement>> &agreementFields();
const QList<Field<MonevRecord>> &monevFields();
const QList<Field<AttachedDocument>> &documentFields();
const QList<Field<IncomingOffer>> &offerFields();
/// A date as the merge shows and logs it: ISO 8601, empty when invalid.
QString dateText(const QDate &d);
/// The title of agreement @p id in @p a or else @p b (its id when neither has it).
QString agreementTitle(const QUuid &id, const Project &a, const Project &b);

} // namespace ksd::detail::merge
