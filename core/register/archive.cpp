// SPDX-License-Identifier: Apache-2.0
#include "archive.h"

#include "validation.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>

#include <algorithm>

namespace ksd {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ksd::Register)
};

} // namespace

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QString sha256Hex(const DocumentData &data)
{
    const Result<QString> hash = data.actualSha256();
    return hash ? *hash : QString();
}

Result<AttachedDocument> archiveFile(const QString &path, const QUuid &agreementId, const QString &kind,
                                     DocumentVersion version, const DocumentProgress &progress)
{
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile())
        return Error{Tr::tr("Berkas tidak ditemukan: %1").arg(path), path, 0};
    if (Status size = checkAttachmentSize(info.fileName(), info.size()); !size)
        return size.error();
    // Copied to a private spool file and hashed on the way, a megabyte at a time: never whole in memory.
    Result<SpooledFile> spooled = spoolFile(path, MaxAttachmentBytes, progress);
    if (!spooled) {
        // The file grew past the limit while it was read: refused with the limit named, like before reading.
        if (QFileInfo(path).size() > MaxAttachmentBytes)
            return checkAttachmentSize(info.fileName(), QFileInfo(path).size()).error();
        return spooled.error();
    }
    AttachedDocument d;
    d.agreementId = agreementId;
    d.kind = kind;
    d.fileName = info.fileName();
    d.data = spooled->data;
    d.mimeType = QMimeDatabase().mimeTypeForFileNameAndData(d.fileName, spooled->head).name();
    d.sha256 = spooled->sha256;
    d.version = version;
    return d;
}

QString documentStateKey(DocumentState s)
{
    switch (s) {
    case DocumentState::Intact: return QStringLiteral("utuh");
    case DocumentState::Altered: return QStringLiteral("berubah");
    case DocumentState::Missing: return QStringLiteral("hilang");
    case DocumentState::Unhashed: return QStringLiteral("tanpa_hash");
    }
    return {};
}

QString documentStateName(DocumentState s)
{
    switch (s) {
    case DocumentState::Intact: return Tr::tr("Utuh");
    case DocumentState::Altered: return Tr::tr("Berubah (hash tidak cocok)");
    case DocumentState::Missing: return Tr::tr("Berkas tidak ada");
    case DocumentState::Unhashed: return Tr::tr("Belum ada hash");
    }
    return {};
}

DocumentState documentState(const AttachedDocument &d)
{
    if (d.data.isEmpty())
        return DocumentState::Missing;
    if (d.sha256.isEmpty())
        return DocumentState::Unhashed;
    const Result<QString> actual = d.data.actualSha256();
    if (!actual)
        return DocumentState::Missing;
    return actual->compare(d.sha256, Qt::CaseInsensitive) == 0 ? DocumentState::Intact : DocumentState::Altered;
}

QList<DocumentCheck> checkDocuments(const Project &project)
{
    QList<DocumentCheck> out;
    for (const AttachedDocument &d : project.documents) {
        if (d.meta.deleted)
            continue;
        const Agreement *a = project.agreement(d.agreementId);
        DocumentCheck c;
        c.id = d.meta.id;
        c.agreementTitle = a ? a->title : d.agreementId.toString(QUuid::WithoutBraces);
        c.fileName = d.fileName;
        c.state = documentState(d);
        c.size = d.data.size();
        c.recordedHash = d.sha256;
        // Streamed once: documentState() computed it, the handle keeps it.
        const Result<QString> actual = d.data.isEmpty() ? Result<QString>(QString()) : d.data.actualSha256();
        c.actualHash = actual ? *actual : QString();
        out.append(c);
    }
    std::stable_sort(out.begin(), out.end(), [](const DocumentCheck &x, const DocumentCheck &y) {
        if (x.agreementTitle != y.agreementTitle)
            return x.agreementTitle.localeAwareCompare(y.agreementTitle) < 0;
        return x.fileName.localeAwareCompare(y.fileName) < 0;
    });
    return out;
}

void dropDocumentData(Project &project)
{
    for (AttachedDocument &d : project.documents)
        d.data = DocumentData();
}

} // namespace ksd
