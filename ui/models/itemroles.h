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
};

} // namespace ksd
