// SPDX-License-Identifier: Apache-2.0
#include "csvimportsession.h"

#include "document/projectdocument.h"
#include "document/registercommands.h"

#include <QFileInfo>
#include <QUndoStack>

namespace ksd {

CsvImportSession::CsvImportSession(io::ImportKind kind) : mKind(kind) {}

Status CsvImportSession::loadFile(const QString &path)
{
    Result<io::CsvTable> table = io::readCsvFile(path);
    if (!table)
        return table.error();
    mTable = std::move(*table);
    mSourceName = QFileInfo(path).fileName();
    mMapping = io::proposeMapping(mKind, mTable.header);
    mOutcome = {};
    return Status::success();
}

Status CsvImportSession::loadBytes(const QByteArray &bytes, const QString &sourceName)
{
    Result<io::CsvTable> table = io::readCsv(bytes);
    if (!table) {
        Error e = table.error();
        if (e.where.isEmpty())
            e.where = sourceName;
        return e;
    }
    mTable = std::move(*table);
    mSourceName = sourceName;
    mMapping = io::proposeMapping(mKind, mTable.header);
    mOutcome = {};
    return Status::success();
}

void CsvImportSession::setMapping(int column, const QString &fieldKey)
{
    if (column < 0 || column >= mMapping.size())
        return;
    mMapping[column] = fieldKey;
}

QList<io::ImportError> CsvImportSession::mappingProblems() const
{
    return io::checkMapping(mKind, mTable, mMapping);
}

void CsvImportSession::setDefaultsFrom(const ProjectDocument *document)
{
    if (!document)
        return;
    mOptions.defaultPd = document->editorName();
    mOptions.defaultYear = document->project().year;
    mOptions.ownerRegion = document->project().ownerRegion;
}

CsvImportOutcome CsvImportSession::run(io::ImportKind kind, const io::CsvTable &table,
                                       const io::ColumnMapping &mapping, const io::ImportOptions &options)
{
    CsvImportOutcome o;
    auto take = [&o](auto &&result, auto &target) {
        target = std::move(result.records);
        o.errors = std::move(result.errors);
        o.ignoredColumns = std::move(result.ignoredColumns);
        o.notes = std::move(result.notes);
        o.rowsRead = result.rowsRead;
        o.validRows = result.validRows;
        o.refused = result.refused;
        o.cancelled = result.cancelled;
    };
    switch (kind) {
    case io::ImportKind::Entries: take(io::importEntries(table, mapping, options), o.entries); break;
    case io::ImportKind::Proposals: take(io::importProposals(table, mapping, options), o.proposals); break;
    case io::ImportKind::Agreements: take(io::importAgreements(table, mapping, options), o.agreements); break;
    case io::ImportKind::Offers: take(io::importOffers(table, mapping, options), o.offers); break;
    }
    o.ran = true;
    return o;
}

const CsvImportOutcome &CsvImportSession::run()
{
    mOutcome = run(mKind, mTable, mMapping, mOptions);
    return mOutcome;
}

QString CsvImportSession::kindNoun(io::ImportKind kind)
{
    switch (kind) {
    case io::ImportKind::Entries: return tr("isian");
    case io::ImportKind::Proposals: return tr("usulan");
    case io::ImportKind::Agreements: return tr("kerja sama");
    case io::ImportKind::Offers: return tr("penawaran masuk");
    }
    return {};
}

QString CsvImportSession::summary() const
{
    const CsvImportOutcome &o = mOutcome;
    if (!o.ran)
        return {};
    if (o.cancelled)
        return tr("Impor dibatalkan.");
    const QString noun = kindNoun(mKind);
    QString text = tr("%n baris data dibaca", nullptr, o.rowsRead) + QStringLiteral(", ")
                   + tr("%n baris valid", nullptr, o.validRows);
    if (o.badRows() > 0)
        text += QStringLiteral(", ") + tr("%n baris salah", nullptr, o.badRows());
    text += QStringLiteral(". ");
    if (o.refused) {
        if (o.rowsRead > 0 && o.badRows() > 0 && !mOptions.skipInvalid)
            text += tr("Tidak ada yang diimpor: impor berlaku semua atau tidak sama sekali. Perbaiki baris yang salah "
                       "di Excel lalu muat ulang, atau centang \"Impor baris yang valid\".");
        else
            text += tr("Tidak ada yang dapat diimpor: periksa kolom dan pemetaannya.");
    } else if (o.recordCount() == 0) {
        text += tr("Berkas tidak berisi baris data.");
    } else {
        text += tr("Siap mengimpor %1 %2.").arg(o.recordCount()).arg(noun);
        if (o.badRows() > 0)
            text += QLatin1Char(' ') + tr("Baris yang salah dilewati; simpan daftar kesalahannya untuk diperbaiki.");
    }
    if (!o.ignoredColumns.isEmpty())
        text += QLatin1Char(' ') + tr("Kolom yang tidak dipakai: %1.").arg(o.ignoredColumns.join(QStringLiteral(", ")));
    if (!o.notes.isEmpty())
        text += QLatin1Char(' ') + tr("Tahap dipetakan ke prosedur dokumennya: %1.").arg(o.notes.join(QStringLiteral("; ")));
    return text;
}

bool CsvImportSession::canApply() const
{
    return mOutcome.ran && !mOutcome.refused && !mOutcome.cancelled && mOutcome.recordCount() > 0;
}

bool CsvImportSession::apply(ProjectDocument *document) const
{
    if (!document || !canApply())
        return false;
    switch (mKind) {
    case io::ImportKind::Entries: return document->importEntries(mOutcome.entries, mSourceName);
    case io::ImportKind::Proposals: return document->importProposals(mOutcome.proposals, mSourceName);
    case io::ImportKind::Agreements: return document->importAgreements(mOutcome.agreements, mSourceName);
    case io::ImportKind::Offers: return document->importOffers(mOutcome.offers, mSourceName);
    }
    return false;
}

Status CsvImportSession::saveErrors(const QString &path) const
{
    return io::writeErrorsCsv(mOutcome.errors, path);
}

} // namespace ksd
