// SPDX-License-Identifier: Apache-2.0
// Internal to KsdStore: the reader and the writer behind load() and save(). Not part of the public API.
#pragma once

#include "ksdstore.h"

#include <optional>

namespace ksd {

class SqliteConnection;

namespace detail::store {

inline Error storeError(StoreError code, const QString &message, const QString &where)
{
    return Error{message, where, int(code)};
}

/// Fails when the file holds a table, index, trigger or view that the current schema does not, or lacks one.
std::optional<Error> checkSchema(SqliteConnection &c, const QString &path);

/// Reads every table of a checked, current-version database into @p p; the first value that cannot be
/// understood is the error (its where names the table and row).
std::optional<Error> readProject(SqliteConnection &c, Project &p);

/// Writes @p project as schema @p version to a new file beside @p path and renames it into place.
Status writeFile(const Project &project, const QString &path, int version);

} // namespace detail::store

} // namespace ksd
