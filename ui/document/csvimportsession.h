// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "io/csvimport.h"

#include <QCoreApplication>

namespace ksd {

class ProjectDocument;

/// What one run of the importer gave, whatever the kind of record.
struct CsvImportOutcome
{
    QList<Entry> entries;
    QList<Proposal> proposals;
    QList<Agreement> agreements;
    QList<IncomingOffer> offers;
    QList<io::ImportError> errors;
    QStringList ignoredColumns;
    QStringList notes; ///< what the import mapped on the way in (legacy stages), one line each
    int rowsRead = 0;
    int validRows = 0;
    bool refused = false;
    bool cancelled = false;
    bool ran = false;
    /// Records that would be added (0 when refused).
    int recordCount() const
    {
        return int(entries.size() + proposals.size() + agreements.size() + offers.size());
    }
    int badRows() const { return rowsRead - validRows; }
};

/// The state behind the import dialog, without widgets: the file read, the column mapping the planner may change,
/// the options, and the outcome of the last run (core/io does the reading and checking). apply() adds the records
/// as one undo step. The dialog and the tests drive the same object.
class CsvImportSession
{
    Q_DECLARE_TR_FUNCTIONS(ksd::CsvImportSession)

public:
    explicit CsvImportSession(io::ImportKind kind);

    io::ImportKind kind() const { return mKind; }
    /// Reads and parses a file (Excel CSV: ';' or ',', BOM, Windows-1252) and proposes a mapping by header name.
    Status loadFile(const QString &path);
    /// The same from bytes already read; @p sourceName names them in messages and the undo text.
    Status loadBytes(const QByteArray &bytes, const QString &sourceName);
    bool isLoaded() const { return !mTable.header.isEmpty(); }
    const io::CsvTable &table() const { return mTable; }
    QString sourceName() const { return mSourceName; }

    const io::ColumnMapping &mapping() const { return mMapping; }
    /// Column @p column of the file feeds field @p fieldKey (empty: ignored).
    void setMapping(int column, const QString &fieldKey);
    void setMapping(const io::ColumnMapping &mapping) { mMapping = mapping; }
    /// Problems with the mapping itself (a required field no column feeds…).
    QList<io::ImportError> mappingProblems() const;

    io::ImportOptions options() const { return mOptions; }
    void setOptions(const io::ImportOptions &options) { mOptions = options; }
    /// "impor baris yang valid": import the valid rows and report the bad ones (all-or-nothing otherwise).
    void setSkipInvalid(bool skip) { mOptions.skipInvalid = skip; }
    /// Takes the defaults (perangkat daerah, year, owner region) from the document.
    void setDefaultsFrom(const ProjectDocument *document);

    /// Runs the importer with the current mapping and options (pure; safe in a worker thread).
    static CsvImportOutcome run(io::ImportKind kind, const io::CsvTable &table, const io::ColumnMapping &mapping,
                                const io::ImportOptions &options);
    /// Runs it here and keeps the outcome.
    const CsvImportOutcome &run();
    void setOutcome(const CsvImportOutcome &outcome) { mOutcome = outcome; }
    const CsvImportOutcome &outcome() const { return mOutcome; }

    /// The translated one-paragraph summary of outcome() ("24 baris dibaca…").
    QString summary() const;
    /// Whether apply() would add something.
    bool canApply() const;
    /// Adds the records of outcome() to @p document as one undo step ("Impor 24 kerja sama dari FILE").
    bool apply(ProjectDocument *document) const;
    /// The errors as a CSV for Excel (baris;kolom;nilai;alasan).
    Status saveErrors(const QString &path) const;

    /// "isian" / "usulan" / "kerja sama" (translated), for titles and messages.
    static QString kindNoun(io::ImportKind kind);

private:
    io::ImportKind mKind;
    io::CsvTable mTable;
    io::ColumnMapping mMapping;
    io::ImportOptions mOptions;
    QString mSourceName;
    CsvImportOutcome mOutcome;
};

} // namespace ksd
