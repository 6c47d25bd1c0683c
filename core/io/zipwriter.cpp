// SPDX-License-Identifier: Apache-2.0
#include "zipwriter.h"

#include <array>

namespace ksd::io {

namespace {

void put16(QByteArray &out, quint32 v)
{
    out.append(char(v & 0xff));
    out.append(char((v >> 8) & 0xff));
}

void put32(QByteArray &out, quint32 v)
{
    put16(out, v & 0xffff);
    put16(out, v >> 16);
}

// 1 January 2024, 00:00 in MS-DOS form: the archive's bytes do not depend on the clock.
constexpr quint32 DosTime = 0;
constexpr quint32 DosDate = ((2024 - 1980) << 9) | (1 << 5) | 1;

/// The fields the local header and the central directory share: version needed (1.0), UTF-8 names, stored, the
/// fixed date, CRC, both sizes and the name's length.
void putCommon(QByteArray &out, quint32 crc, quint32 size, quint32 nameLength)
{
    put16(out, 10);
    put16(out, 1u << 11);
    put16(out, 0);
    put16(out, DosTime);
    put16(out, DosDate);
    put32(out, crc);
    put32(out, size);
    put32(out, size);
    put16(out, nameLength);
}

} // namespace

quint32 crc32(const QByteArray &data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 c = 0xffffffffu;
    for (const char byte : data)
        c = table[(c ^ quint8(byte)) & 0xff] ^ (c >> 8);
    return c ^ 0xffffffffu;
}

void ZipWriter::add(const QString &name, const QByteArray &data)
{
    mEntries.append({name.toUtf8(), data, crc32(data)});
}

QByteArray ZipWriter::finish() const
{
    QByteArray out;
    QList<quint32> offsets;
    for (const Entry &e : mEntries) {
        offsets.append(quint32(out.size()));
        put32(out, 0x04034b50); // local file header
        putCommon(out, e.crc, quint32(e.data.size()), quint32(e.name.size()));
        put16(out, 0);          // extra
        out += e.name;
        out += e.data;
    }
    const quint32 directory = quint32(out.size());
    for (int i = 0; i < mEntries.size(); ++i) {
        const Entry &e = mEntries[i];
        put32(out, 0x02014b50); // central directory header
        put16(out, 20);         // made by
        putCommon(out, e.crc, quint32(e.data.size()), quint32(e.name.size()));
        put16(out, 0); // extra
        put16(out, 0); // comment
        put16(out, 0); // disk
        put16(out, 0); // internal attributes
        put32(out, 0); // external attributes
        put32(out, offsets[i]);
        out += e.name;
    }
    const quint32 size = quint32(out.size()) - directory;
    put32(out, 0x06054b50); // end of central directory
    put16(out, 0);
    put16(out, 0);
    put16(out, quint32(mEntries.size()));
    put16(out, quint32(mEntries.size()));
    put32(out, size);
    put32(out, directory);
    put16(out, 0);
    return out;
}

} // namespace ksd::io
