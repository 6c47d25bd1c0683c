// SPDX-License-Identifier: Apache-2.0
// Values typed by users or read from untrusted files: how big one may be, and how one is echoed in a message.
#pragma once

#include <QByteArray>
#include <QString>

namespace ksd {

/// The largest value one field of a record may hold, in bytes (a text counted as UTF-8, a blob as is). Every
/// path a value enters by refuses more: the .ksd reader, the CSV import, the save and so a merge or an edit
/// before it is written. SQLite itself is limited to twice this (SqliteLengthLimit), so the app can always read
/// back whatever it wrote. The biggest attachment (MaxAttachmentBytes, 20 MB) fits.
constexpr qint64 MaxFieldBytes = 32 * 1024 * 1024;
/// SQLITE_LIMIT_LENGTH on every connection to an untrusted file: a backstop well above MaxFieldBytes.
constexpr int SqliteLengthLimit = 64 * 1024 * 1024;
static_assert(MaxFieldBytes * 2 <= SqliteLengthLimit);

/// The size of @p text in UTF-8, counted without converting it.
qint64 utf8Size(const QString &text);
/// Whether @p text fits in one field (utf8Size(text) <= MaxFieldBytes).
bool textFitsField(const QString &text);

/// The longest a value echoed in a message is shown, in characters, before it is cut with "…".
constexpr int ShownValueLength = 80;

/// @p value as a message may show it: cut to ShownValueLength characters with "…" (the cut never splits a
/// surrogate pair), and every control character, including ESC, DEL, C1 controls, line and paragraph
/// separators and the bidirectional controls (U+061C, U+200E/F, U+202A–U+202E, U+2066–U+2069), replaced by a
/// visible escape such as "\x1b" or "\u202e". Used by every message that echoes a cell value, a title or a name
/// read from a file.
QString shownValue(const QString &value);

} // namespace ksd
