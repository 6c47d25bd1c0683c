// SPDX-License-Identifier: Apache-2.0
#include "documenthandle.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace ksd {

namespace {

constexpr qsizetype ChunkBytes = 1024 * 1024;

} // namespace

DocumentSource::~DocumentSource() = default;

Result<QString> DocumentSource::actualSha256() const
{
    {
        QMutexLocker lock(&mHashMutex);
        if (!mHash.isEmpty())
            return mHash;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (Status s = read([&hash](QByteArrayView chunk) {
            hash.addData(chunk);
            return true;
        });
        !s) {
        return s.error();
    }
    const QString hex = QString::fromLatin1(hash.result().toHex());
    QMutexLocker lock(&mHashMutex);
    mHash = hex;
    return hex;
}

Status MemoryDocumentSource::read(const DocumentChunk &chunk) const
{
    for (qsizetype at = 0; at < mBytes.size(); at += ChunkBytes) {
        if (!chunk(QByteArrayView(mBytes.constData() + at, std::min(ChunkBytes, mBytes.size() - at))))
            return Error{QCoreApplication::translate("ksd::Register", "Pembacaan lampiran dibatalkan."), {}, 0};
    }
    return Status::success();
}

DocumentData::DocumentData(const QByteArray &bytes)
{
    if (!bytes.isEmpty())
        mSource = std::make_shared<MemoryDocumentSource>(bytes);
}

DocumentData::DocumentData(std::shared_ptr<const DocumentSource> source) : mSource(std::move(source)) {}

DocumentData::Kind DocumentData::kind() const
{
    if (!mSource)
        return Kind::None;
    switch (mSource->kind()) {
    case DocumentSource::Kind::Memory: return Kind::Memory;
    case DocumentSource::Kind::File: return Kind::File;
    case DocumentSource::Kind::Stored: return Kind::Stored;
    }
    return Kind::None;
}

Status DocumentData::read(const DocumentChunk &chunk) const
{
    return mSource ? mSource->read(chunk) : Status::success();
}

Result<QByteArray> DocumentData::readAll() const
{
    QByteArray out;
    out.reserve(size());
    if (Status s = read([&out](QByteArrayView chunk) {
            out.append(chunk);
            return true;
        });
        !s) {
        return s.error();
    }
    return out;
}

Result<QString> DocumentData::actualSha256() const
{
    if (!mSource)
        return QString::fromLatin1(QCryptographicHash::hash(QByteArray(), QCryptographicHash::Sha256).toHex());
    return mSource->actualSha256();
}

bool DocumentData::operator==(const DocumentData &other) const
{
    if (mSource == other.mSource)
        return true;
    if (size() != other.size())
        return false;
    if (size() == 0)
        return true;
    const Result<QString> a = actualSha256();
    const Result<QString> b = other.actualSha256();
    return a.ok() && b.ok() && *a == *b;
}

} // namespace ksd
