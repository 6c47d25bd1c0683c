// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace ksd::schema {

/// PRAGMA application_id of every .ksd file: the bytes "PKSD" (0x504B5344).
constexpr int ApplicationId = 0x504B5344;
/// PRAGMA user_version written by this build. Older files are migrated on open; newer ones are refused.
constexpr int CurrentVersion = 4;
/// The oldest version this build can migrate.
constexpr int OldestVersion = 1;

/// DDL that creates the current schema in an empty database. All tables are STRICT.
QStringList createStatements();
/// DDL that creates the schema of an older @p version (for migration tests and fixtures).
QStringList createStatements(int version);
/// DDL that moves a database from @p fromVersion to fromVersion + 1.
QStringList migrationStatements(int fromVersion);
/// The largest distance from the origin a stored map position may have in either direction.
constexpr double MaxNodeCoordinate = 1e7;
/// Whether a map position (x, y) may be stored and read: both finite and within ±MaxNodeCoordinate.
bool positionInRange(double x, double y);

/// The tables of the current schema, in creation order.
QStringList tableNames();

} // namespace ksd::schema
