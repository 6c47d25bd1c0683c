// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>

class QDialogButtonBox;
class QMessageBox;

namespace ksd {

/// Gives the standard buttons of a dialog their Indonesian (or English) texts through tr(), so that they read
/// "Simpan", "Batal", "Buang"... even where Qt's own translation is not loaded.
void localizeButtons(QDialogButtonBox *box);
void localizeButtons(QMessageBox *box);

} // namespace ksd
