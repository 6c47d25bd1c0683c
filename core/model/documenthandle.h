// SPDX-License-Identifier: Apache-2.0
// Where the bytes of an attached document are: a handle, never the bytes of a stored scan (issue #17 item 4).
#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QMutex>
#include <QString>

#include <functional>
#include <memory>

namespace ksd {

/// Called with each chunk of a document's bytes, in order; returning false stops the read (a cancel).
using DocumentChunk = std::function<bool(QByteArrayView chunk)>;

/// The source of one document's bytes. Immutable content: every copy of an AttachedDocument that shares a source
/// shares its bytes. Implementations: bytes in memory (below), a private spool file or a row of a .ksd file
/// (core/store/documentdata.cpp, where every BLOB is read and written).
class DocumentSource
{
public:
    /// What a handle points at, for the UI and the tests.
    enum class Kind {
        Memory, ///< bytes held in memory (small documents made in code, tests)
        File,   ///< a private copy on disk of a file attached since the last save
        Stored, ///< row N of table document in a .ksd file (streamed on demand)
    };
    virtual ~DocumentSource();
    virtual Kind kind() const = 0;
    virtual qint64 size() const = 0;
    /// Streams the bytes to @p chunk in pieces of at most a megabyte. An error when they cannot be read (the file
    /// is gone, or no longer holds this document); a cancel (chunk returned false) is an error too.
    virtual Status read(const DocumentChunk &chunk) const = 0;

    /// The SHA-256 (lowercase hex) of the bytes as they are now, computed once by streaming and then kept.
    Result<QString> actualSha256() const;

private:
    mutable QMutex mHashMutex;
    mutable QString mHash;
};

/// The bytes of a document held in memory.
class MemoryDocumentSource final : public DocumentSource
{
public:
    explicit MemoryDocumentSource(QByteArray bytes) : mBytes(std::move(bytes)) {}
    Kind kind() const override { return Kind::Memory; }
    qint64 size() const override { return mBytes.size(); }
    Status read(const DocumentChunk &chunk) const override;

private:
    QByteArray mBytes;
};

/// A handle to a document's bytes: cheap to copy, shared by the copies of a record (undo commands, the editor).
/// Empty when the document has no data (sent without its scan). Equal when it is the same handle, or when both
/// hold the same bytes (sizes, then SHA-256 by streaming): an unchanged record compares equal without any I/O.
class DocumentData
{
public:
    enum class Kind { None, Memory, File, Stored };

    DocumentData() = default;
    /// Bytes held in memory (an empty array gives no data). Implicit, so that small documents made in code read
    /// like the bytes they are.
    DocumentData(const QByteArray &bytes);
    explicit DocumentData(std::shared_ptr<const DocumentSource> source);

    Kind kind() const;
    qint64 size() const { return mSource ? mSource->size() : 0; }
    bool isEmpty() const { return size() == 0; }
    const std::shared_ptr<const DocumentSource> &source() const { return mSource; }

    /// Streams the bytes (see DocumentSource::read); no data gives no chunk.
    Status read(const DocumentChunk &chunk) const;
    /// Every byte in memory: for small documents and tests only.
    Result<QByteArray> readAll() const;
    /// The SHA-256 of the bytes as they are now (empty for no data).
    Result<QString> actualSha256() const;

    bool operator==(const DocumentData &other) const;

private:
    std::shared_ptr<const DocumentSource> mSource;
};

} // namespace ksd
