// SPDX-License-Identifier: Apache-2.0
// Every read and write of a document's bytes (issue #17 item 4): scans stay in the .ksd as BLOBs and are streamed
// in chunks with SQLite's incremental BLOB I/O, never loaded at open and never held whole in memory.
#pragma once

#include "model/records.h"
#include "util/result.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

class QIODevice;
class QTemporaryDir;

namespace ksd {

class SqliteConnection;

/// Progress of a long document operation: bytes done and in all; returning false cancels it.
using DocumentProgress = std::function<bool(qint64 done, qint64 total)>;

/// A file copied into a private spool file while it was hashed.
struct SpooledFile
{
    DocumentData data;  ///< Kind::File: the private copy (removed when the last handle goes)
    QString sha256;     ///< lowercase hex of the bytes copied
    QByteArray head;    ///< the first bytes, for the MIME type by content
};
/// Copies the file at @p path into a private spool file and hashes it on the way, a megabyte at a time. Refused
/// when it cannot be read, grows past @p maxBytes while copied, or @p progress cancels (the partial copy is removed).
Result<SpooledFile> spoolFile(const QString &path, qint64 maxBytes, const DocumentProgress &progress = {});

/// A copy of @p data in a private spool file: for bytes taken from a file this project does not own (the copy a
/// merge read), so that they outlive it. No data gives no data.
Result<DocumentData> spoolDocument(const DocumentData &data);

/// After the project was saved to @p path as its own file (Save, Save As; not a copy sent to a PD, not an
/// autosave): every handle that save wrote reads from @p path from now on, whatever it read from before (the file
/// it was opened from, a recovery copy about to be removed, a private spool file), so that the old file may be
/// moved or deleted. Call it right after the save, before another save to @p path.
void documentsNowIn(const QString &path);

/// Writes the bytes of @p data to @p device (open for writing), streamed.
Status writeDocumentTo(const DocumentData &data, QIODevice &device, const DocumentProgress &progress = {});

namespace detail::store {

/// The .ksd file (or private copy of one) a load read its documents from.
struct DocumentFile;

/// The file @p c reads from for document handles: @p privateDir's file @p privatePath when set (a recovered or
/// migrated copy, kept as long as a handle points into it), else the file @p c has open; null for a database in
/// memory (its documents are then read into memory: only small files of an older version are read so).
std::shared_ptr<const DocumentFile> documentFileOf(SqliteConnection &c, const std::shared_ptr<QTemporaryDir> &privateDir,
                                                   const QString &privatePath);

/// The columns the reader selects from table document: every one but data, then length(data) AS data_size and
/// rowid AS data_rowid (the BLOB itself is not read).
QString documentColumns(SqliteConnection &c);

/// The handle of the BLOB of row @p rowid (document @p id, @p size bytes) of @p file; with no file, the bytes
/// read from @p c.
Result<DocumentData> storedDocument(SqliteConnection &c, const std::shared_ptr<const DocumentFile> &file, qint64 rowid,
                                    const QUuid &id, qint64 size);

/// The documents of one save: fills each new row's BLOB from its source, chunk by chunk, and afterwards points the
/// handles that read from the replaced file at the new one.
class DocumentSave
{
public:
    /// Fills the data of row @p rowid of table document (inserted with an empty BLOB) with @p data's bytes.
    Status write(SqliteConnection &c, qint64 rowid, const DocumentData &data);
    /// Before the new file replaces @p target: every live handle into @p target that this save did not write (a
    /// record only an undo command still holds) is copied to a spool file, so that it stays readable.
    Status beforeReplace(const QString &target);
    /// After the rename: handles written by this save that read from @p target now read from its new rows.
    /// (A save in place calls it after its commit too: rows it wrote keep their rowid.)
    void afterReplace(const QString &target);

    // For a save in place (rows updated where they are, keeping their rowid):
    /// Whether @p data already reads from row @p rowid of @p file: its row keeps its data column as it is.
    static bool readsFrom(const DocumentData &data, const QString &file, qint64 rowid);
    /// Before the data of rows @p rowids of @p file is overwritten: every live handle into them is copied to a
    /// spool file (an undo command's record must not read the new bytes).
    static Status beforeRowsChange(const QString &file, const QList<qint64> &rowids);

private:
    struct Written
    {
        std::shared_ptr<const DocumentSource> source;
        qint64 rowid = 0;
        QString id; ///< the row's document id, which a read checks
    };
    std::vector<Written> mWritten;
};

} // namespace detail::store

} // namespace ksd
