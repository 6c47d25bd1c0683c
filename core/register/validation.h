// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/project.h"
#include "util/result.h"

#include <QList>
#include <QString>

namespace ksd {

/// One problem found in an agreement: which field, how serious, and a translated message.
struct ValidationProblem
{
    enum class Severity { Error = 0, Warning = 1 };
    Severity severity = Severity::Error;
    /// The Agreement member at fault: "title", "category", "urusanCode", "parties", "documentNumber",
    /// "signedOn", "startDate", "endDate", "stages", "stage", "documents", "kbId".
    QString field;
    QString message;    ///< translated, names the values involved
    int partyIndex = -1; ///< for "parties"/"documentNumber": index into Agreement::parties, else -1
    QUuid recordId;     ///< for "documents": the AttachedDocument; for duplicates: the other agreement
    bool operator==(const ValidationProblem &) const = default;
};

/// Checks an agreement against the register of @p project (DESIGN.md §2.3, issue 7): end before start, signing
/// after the start (warning), stages out of legal order or with decreasing dates, document numbers already used by
/// the same party in another live agreement, missing parties, attachments over MaxAttachmentBytes; a stage outside
/// the agreement's procedure (naming its steps); warnings for a term over five years without an exception basis,
/// a stage marked for review, a PKS whose KB is gone.
/// The agreement itself may or may not be in @p project (it is matched by id and never compared with itself).
QList<ValidationProblem> validateAgreement(const Agreement &agreement, const Project &project);

/// True when @p problems holds at least one Error (warnings alone do not block saving).
bool hasErrors(const QList<ValidationProblem> &problems);

/// Refuses a file of @p bytes over MaxAttachmentBytes with a message naming the file, its size and the limit
/// ("Lampiran \"pks.pdf\" berukuran 25,3 MB, melebihi batas 20 MB."). Call it before reading the file.
Status checkAttachmentSize(const QString &fileName, qint64 bytes);
/// Same check for a document already held in memory.
Status checkAttachment(const AttachedDocument &document);

/// "25,3 MB", "512 KB", "900 byte" (Indonesian decimal comma, 1 MB = 1024 × 1024 byte).
QString formatByteSize(qint64 bytes);

} // namespace ksd
