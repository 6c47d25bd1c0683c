// SPDX-License-Identifier: Apache-2.0
// Internal to AgreementEditor, shared by the files of its tabs. Not part of the public API.
#pragma once

#include "model/types.h"

#include <QString>

class QLabel;
class QWidget;

namespace ksd::detail {

enum PartyColumn { KindColumn = 0, RegionColumn, NameColumn, NumberColumn, SignatoryColumn, PartyColumnCount };

/// The translated name of a party kind, as the Para pihak tab shows it.
QString partyKindLabel(PartyKind k);

/// A hidden, word-wrapped, selectable label for the messages of a tab.
QLabel *messageLabel(QWidget *parent, const QString &name);

/// Shows @p text in a messageLabel(), hidden when empty: red for an error (bold as well with @p boldError), green
/// for something done.
void showMessage(QLabel *label, const QString &text, bool error, bool boldError = false);

/// What a messageLabel() shows, empty while it is hidden.
QString shownMessage(const QLabel *label);

} // namespace ksd::detail
