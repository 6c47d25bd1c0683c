// SPDX-License-Identifier: Apache-2.0
#include "csvexport.h"

#include "io/csv.h"
#include "io/csvimport.h"
#include "io/csvvalues.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace ksd::io {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ksd::CsvExport", text);
}

} // namespace

QStringList entryExportColumns()
{
    QStringList columns = templateColumns(ImportKind::Entries);
    columns << QStringLiteral("eksternalitas_lokasi") << QStringLiteral("eksternalitas_pengguna")
            << QStringLiteral("eksternalitas_dampak");
    return columns;
}

QStringList entryExportRow(const Entry &e)
{
    return {
        e.regionCode,
        e.urusanCode,
        entryKindKey(e.kind),
        protectText(e.title),
        protectText(e.description),
        protectText(e.service),
        QString::number(e.priority),
        e.magnitude ? formatNumber(*e.magnitude) : QString(),
        protectText(e.unit),
        evidenceKey(e.externality()),
        protectText(e.externalityNote),
        evidenceKey(e.efficiency),
        protectText(e.efficiencyNote),
        protectText(e.sourcePd),
        e.year ? QString::number(e.year) : QString(),
        evidenceKey(e.extLocation),
        evidenceKey(e.extUsers),
        evidenceKey(e.extImpact),
    };
}

QByteArray exportEntriesCsv(const QList<Entry> &entries)
{
    QList<QStringList> records;
    records.reserve(entries.size() + 1);
    records.append(entryExportColumns());
    for (const Entry &e : entries) {
        if (!e.meta.deleted)
            records.append(entryExportRow(e));
    }
    return csv::excelBytes(records);
}

Status writeCsvFile(const QByteArray &bytes, const QString &path)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return Error{tr("Berkas CSV tidak dapat ditulis: %1").arg(f.errorString()), path, 0};
    return Status::success();
}

} // namespace ksd::io
