// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/project.h"
#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

/// CSV export for Excel in an Indonesian locale: UTF-8 with a BOM, ';' between fields, CRLF line ends and
/// decimal commas. Text cells Excel would run as a formula get a leading apostrophe (see protectText()).
namespace ksd::io {

/// The entries export columns: the 15 template columns (templateColumns(ImportKind::Entries)) followed by
/// eksternalitas_lokasi, eksternalitas_pengguna and eksternalitas_dampak, so that importing the file gives back
/// the same three externality criteria (eksternalitas itself holds Entry::externality()).
QStringList entryExportColumns();

/// The cells of one entry, in entryExportColumns() order.
QStringList entryExportRow(const Entry &entry);

/// Live (not deleted) entries of @p entries, as an Excel CSV with the header line.
QByteArray exportEntriesCsv(const QList<Entry> &entries);

/// Writes @p bytes to @p path atomically (the target is either the old or the new file, whole).
Status writeCsvFile(const QByteArray &bytes, const QString &path);

} // namespace ksd::io
