// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <Qt>

namespace ksd {

/// Custom item data roles shared by all PetaKSD item models.
enum ItemRole {
    RecordIdRole = Qt::UserRole + 1, ///< QUuid of the record shown in the row
    EditorRole,                      ///< int(EditorKind) of the cell: FieldDelegate picks the editor by it
    SortRole,                        ///< value to sort by (numbers as numbers, codes by their names)
    RegionCodeRole,                  ///< Kemendagri code of the row's region (scope tree, filters)
    FieldRole,                       ///< int of the field enum shown in the column / row
    InScopeRole,                     ///< bool: the region itself is in the project scope (scope tree)
    SearchTextRole,                  ///< lower-case text a filter box matches against
    RegionChoicesRole,               ///< QStringList of region codes a Region editor offers (empty = all)
    ExcludedRegionsRole,             ///< QStringList of region codes a RegionList editor refuses (an entry's own)
};

} // namespace ksd
