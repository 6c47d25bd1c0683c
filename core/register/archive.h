// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/project.h"
#include "store/documentdata.h"
#include "util/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace ksd {

/// Lowercase hex SHA-256 of @p data.
QString sha256Hex(const QByteArray &data);
/// Lowercase hex SHA-256 of the bytes of @p data, streamed (empty when they cannot be read).
QString sha256Hex(const DocumentData &data);

/// A naskah for the archive read from @p path for agreement @p agreementId: kind, name, MIME type by content, its
/// data (a private copy of the file, streamed: see spoolFile()), its SHA-256 and @p version. Refused, naming the
/// file, when it cannot be read or is over MaxAttachmentBytes (checked before reading and while reading), or when
/// @p progress cancels. The meta is left for the command that adds it.
Result<AttachedDocument> archiveFile(const QString &path, const QUuid &agreementId, const QString &kind,
                                     DocumentVersion version, const DocumentProgress &progress = {});

/// What the integrity check found for one document.
enum class DocumentState {
    Intact = 0, ///< its data has the recorded SHA-256
    Altered,    ///< its data no longer has the recorded SHA-256: shown as altered, never silently re-hashed
    Missing,    ///< no data (an empty file, or left out of a copy sent to a PD)
    Unhashed,   ///< no SHA-256 recorded
};
QString documentStateKey(DocumentState s);  ///< utuh / berubah / hilang / tanpa_hash
QString documentStateName(DocumentState s); ///< translated

/// The state of @p document: Missing without data (or when its data can no longer be read), Unhashed without a
/// recorded hash, else by comparing the hash of its bytes, streamed (the handle keeps the result).
DocumentState documentState(const AttachedDocument &document);

/// One line of `petaksd check --documents`.
struct DocumentCheck
{
    QUuid id;
    QString agreementTitle;
    QString fileName;
    DocumentState state = DocumentState::Intact;
    qint64 size = 0;
    QString recordedHash;
    QString actualHash;
};
/// Every live document of @p project with its state, by agreement title then file name.
QList<DocumentCheck> checkDocuments(const Project &project);

/// A copy of @p project with the data of every scan and PDF left out (kept: name, hash, size, version, holder):
/// what "leave the scans out" of a copy for a PD sends. The receiving copy shows them as missing.
void dropDocumentData(Project &project);

} // namespace ksd
