// SPDX-License-Identifier: Apache-2.0
// Internal to the merge: the translation context and the helpers that planning, applying and the log share.
// Not part of the public API.
#pragma once

#include "merge.h"

#include <QCoreApplication>

namespace ksd {

/// Translation context of the texts below ("ksd::Merge"), visible to lupdate.
class Merge
{
    Q_DECLARE_TR_FUNCTIONS(ksd::Merge)
};

namespace detail::merge {

inline Error mergeError(MergeError code, const QString &message, const QString &where = {})
{
    return Error{message, where, int(code)};
}

inline QDateTime utcMs(const QDateTime &t)
{
    return t.isValid() ? QDateTime::fromMSecsSinceEpoch(t.toMSecsSinceEpoch(), Qt::UTC) : QDateTime();
}

inline QString isoMs(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

inline QString uuidText(const QUuid &id)
{
    return id.isNull() ? QString() : id.toString(QUuid::WithoutBraces);
}

inline RecordVersion versionOf(const RecordMeta &m)
{
    return {true, m.modified, m.modifiedBy, m.deleted};
}

// The merge log remembers which version of a record an earlier merge took or turned down: its detail ends with
// "[versi: <modified of the copy's version>]". A version seen before is not offered again.
inline QString versionTag(const QDateTime &modified)
{
    return QStringLiteral("[versi: %1]").arg(isoMs(modified));
}

/// The merge log's detail for a project-wide value not taken from a copy: both values, capped and escaped.
QString projectLogDetail(const FieldDiff &f);

/// Decides every record that more than one of @p plans (each made against the same project) would change: the
/// winning copy's change or conflict stays in its plan, every other copy's moves to its plan's `superseded`
/// (see mergeAll()). The outcome does not depend on the order of @p plans.
void settleAcrossCopies(QList<MergePlan> &plans);

} // namespace detail::merge

} // namespace ksd
