// SPDX-License-Identifier: Apache-2.0
#include "schema.h"

#include <cmath>

namespace ksd::schema {

namespace {

// Record bookkeeping shared by every mergeable table.
#define KSD_META_COLUMNS \
    "id TEXT PRIMARY KEY NOT NULL, created TEXT NOT NULL, modified TEXT NOT NULL, " \
    "modified_by TEXT NOT NULL, deleted INTEGER NOT NULL"

const char *const version1[] = {
    "CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) STRICT",
    "CREATE TABLE scope (region_code TEXT PRIMARY KEY NOT NULL) STRICT",
    "CREATE TABLE setting (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) STRICT",
    "CREATE TABLE entry (" KSD_META_COLUMNS ", kind TEXT NOT NULL, region_code TEXT NOT NULL, "
    "urusan_code TEXT NOT NULL, service TEXT NOT NULL, title TEXT NOT NULL, description TEXT NOT NULL, "
    "magnitude REAL, unit TEXT NOT NULL, priority INTEGER NOT NULL, ext_location TEXT NOT NULL, "
    "ext_users TEXT NOT NULL, ext_impact TEXT NOT NULL, externality_note TEXT NOT NULL, "
    "efficiency TEXT NOT NULL, efficiency_note TEXT NOT NULL, source_pd TEXT NOT NULL, year INTEGER NOT NULL) STRICT",
    "CREATE TABLE proposal (" KSD_META_COLUMNS ", region_code TEXT NOT NULL, source_pd TEXT NOT NULL, "
    "urusan_code TEXT NOT NULL, title TEXT NOT NULL, description TEXT NOT NULL, activity TEXT NOT NULL, "
    "partner_type TEXT NOT NULL, partner_regions TEXT NOT NULL, partner_names TEXT NOT NULL, form TEXT NOT NULL, "
    "estimated_cost REAL, in_apbd INTEGER NOT NULL, burdens_public INTEGER NOT NULL, "
    "suggestion_key TEXT NOT NULL, year INTEGER NOT NULL) STRICT",
    "CREATE TABLE agreement (" KSD_META_COLUMNS ", proposal_id TEXT NOT NULL, category TEXT NOT NULL, "
    "doc_type TEXT NOT NULL, title TEXT NOT NULL, object TEXT NOT NULL, scope TEXT NOT NULL, "
    "urusan_code TEXT NOT NULL, parties TEXT NOT NULL, signed_on TEXT NOT NULL, start_date TEXT NOT NULL, "
    "end_date TEXT NOT NULL, stages TEXT NOT NULL, stage TEXT NOT NULL, status TEXT NOT NULL, "
    "implementing_pd TEXT NOT NULL, funding TEXT NOT NULL, value REAL) STRICT",
    "CREATE TABLE monev (" KSD_META_COLUMNS ", agreement_id TEXT NOT NULL, date TEXT NOT NULL, "
    "evaluator_role TEXT NOT NULL, scores TEXT NOT NULL, kendala TEXT NOT NULL, recommendation TEXT NOT NULL, "
    "rating INTEGER NOT NULL) STRICT",
    "CREATE TABLE document (" KSD_META_COLUMNS ", agreement_id TEXT NOT NULL, kind TEXT NOT NULL, "
    "file_name TEXT NOT NULL, mime_type TEXT NOT NULL, data BLOB NOT NULL) STRICT",
};

// Version 2: node positions per layout (network view) and the merge log (sharing copies).
const char *const migration1to2[] = {
    "CREATE TABLE node_position (layout TEXT NOT NULL, region_code TEXT NOT NULL, x REAL NOT NULL, "
    "y REAL NOT NULL, PRIMARY KEY (layout, region_code)) STRICT",
    "CREATE TABLE merge_log (seq INTEGER PRIMARY KEY NOT NULL, at TEXT NOT NULL, source_pd TEXT NOT NULL, "
    "source_file TEXT NOT NULL, record_type TEXT NOT NULL, record_id TEXT NOT NULL, action TEXT NOT NULL, "
    "detail TEXT NOT NULL) STRICT",
};

// Version 3: the regions an entry's externality crosses into (codes separated by one space, as entered) and the
// suggestion engine's explanation a proposal keeps when promoted from a suggestion.
const char *const migration2to3[] = {
    "ALTER TABLE entry ADD COLUMN externality_regions TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE proposal ADD COLUMN suggestion_note TEXT NOT NULL DEFAULT ''",
};

// Version 4: each category and document type has its own procedure (a PKS names its KB, an extension its
// predecessor, a term over five years its exception basis, a stage mapped on upgrade a note for review), the document
// archive's hash, version and the holder and place of the signed original, and incoming offers.
const char *const migration3to4[] = {
    "ALTER TABLE agreement ADD COLUMN kb_id TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE agreement ADD COLUMN previous_id TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE agreement ADD COLUMN term_exception TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE agreement ADD COLUMN review_note TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE document ADD COLUMN sha256 TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE document ADD COLUMN version TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE document ADD COLUMN original_holder TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE document ADD COLUMN original_location TEXT NOT NULL DEFAULT ''",
    "CREATE TABLE offer (" KSD_META_COLUMNS ", sender_type TEXT NOT NULL, sender_region TEXT NOT NULL, "
    "sender_name TEXT NOT NULL, received_on TEXT NOT NULL, letter_number TEXT NOT NULL, urusan_code TEXT NOT NULL, "
    "title TEXT NOT NULL, description TEXT NOT NULL, asked_pd TEXT NOT NULL, answer_due TEXT NOT NULL, "
    "burdens_public INTEGER NOT NULL, in_apbd INTEGER NOT NULL, status TEXT NOT NULL, decline_reason TEXT NOT NULL, "
    "proposal_id TEXT NOT NULL) STRICT",
};

#undef KSD_META_COLUMNS

template<std::size_t N>
QStringList toList(const char *const (&arr)[N])
{
    QStringList out;
    for (const char *s : arr)
        out.append(QString::fromLatin1(s));
    return out;
}

} // namespace

QStringList createStatements(int version)
{
    QStringList out = toList(version1);
    for (int v = 1; v < version; ++v)
        out += migrationStatements(v);
    return out;
}

QStringList createStatements()
{
    return createStatements(CurrentVersion);
}

QStringList migrationStatements(int fromVersion)
{
    switch (fromVersion) {
    case 1: return toList(migration1to2);
    case 2: return toList(migration2to3);
    case 3: return toList(migration3to4);
    default: return {};
    }
}

bool positionInRange(double x, double y)
{
    return std::isfinite(x) && std::isfinite(y) && std::abs(x) <= MaxNodeCoordinate && std::abs(y) <= MaxNodeCoordinate;
}

QStringList tableNames()
{
    return {QStringLiteral("meta"),     QStringLiteral("scope"),  QStringLiteral("setting"),
            QStringLiteral("entry"),    QStringLiteral("proposal"), QStringLiteral("agreement"),
            QStringLiteral("monev"),    QStringLiteral("document"), QStringLiteral("node_position"),
            QStringLiteral("merge_log"), QStringLiteral("offer")};
}

} // namespace ksd::schema
