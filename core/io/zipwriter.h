// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace ksd::io {

/// A ZIP archive of stored (uncompressed) entries, built in memory, as OpenDocument needs it: the entries in the
/// order added (an ODF package's "mimetype" first), no extra fields, no data descriptors. Enough for documents of
/// a few megabytes; not a general archiver (no ZIP64, at most 65,535 entries).
class ZipWriter
{
public:
    void add(const QString &name, const QByteArray &data);
    /// The whole archive.
    QByteArray finish() const;

private:
    struct Entry
    {
        QByteArray name;
        QByteArray data;
        quint32 crc = 0;
    };
    QList<Entry> mEntries;
};

/// CRC-32 (ISO 3309, as ZIP and PNG use it).
quint32 crc32(const QByteArray &data);

} // namespace ksd::io
