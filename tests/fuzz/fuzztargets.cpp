// SPDX-License-Identifier: Apache-2.0
#include "fuzztargets.h"

#include "io/csvimport.h"
#include "merge/merge.h"
#include "store/ksdstore.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

namespace ksd::fuzz {

namespace {

void require(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
        std::abort();
    }
}

/// Reads the fuzz input a byte at a time; zeros once it is used up.
class Bytes
{
public:
    Bytes(const uint8_t *data, size_t size) : mData(data), mSize(size) {}
    bool more() const { return mPos < mSize; }
    uint8_t next() { return mPos < mSize ? mData[mPos++] : 0; }

private:
    const uint8_t *mData;
    size_t mSize;
    size_t mPos = 0;
};

const QDateTime T0 = QDateTime(QDate(2024, 3, 1), QTime(8, 0), Qt::UTC);

QUuid uid(int n)
{
    return QUuid(uint(n), 0x1234, 0x5678, 1, 2, 3, 4, 5, 6, 7, 8);
}

Project baseProject()
{
    Project p = Project::create(QStringLiteral("63.03"), QStringLiteral("Fuzz"), 2024);
    p.projectId = uid(9000);
    for (int i = 1; i <= 6; ++i) {
        Entry e;
        e.meta = RecordMeta{uid(i), T0.addSecs(-120), T0.addSecs(-60), QStringLiteral("Bappeda"), false};
        e.regionCode = QStringLiteral("63.03");
        e.urusanCode = QStringLiteral("2.11");
        e.title = QStringLiteral("Isian %1").arg(i);
        e.year = 2024;
        p.entries.append(e);
    }
    return p;
}

/// The records by id: a merge decides each record over all copies at once, so even who and when must agree.
QList<Entry> content(QList<Entry> entries)
{
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.meta.id < b.meta.id; });
    return entries;
}

} // namespace

int openKsd(const uint8_t *data, size_t size)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fuzz.ksd"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return 0;
        f.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    auto loaded = KsdStore::load(path);
    if (!loaded) {
        require(!loaded.error().message.isEmpty(), "a refusal without a reason");
        require(loaded.error().message.size() < 4000, "a refusal message over 4000 characters");
        return 0;
    }
    const QString again = dir.filePath(QStringLiteral("again.ksd"));
    const Status saved = KsdStore::save(loaded->project, again);
    require(saved.ok(), "a project that opened cannot be saved");
    auto reloaded = KsdStore::load(again);
    require(reloaded.ok(), "a saved project does not open");
    require(reloaded->project == loaded->project, "a saved project opens different");
    return 0;
}

int importCsv(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    io::ImportOptions options;
    options.skipInvalid = true;
    options.ownerRegion = QStringLiteral("63.03");
    options.defaultYear = 2024;
    (void)io::importEntries(bytes, options);
    (void)io::importProposals(bytes, options);
    (void)io::importAgreements(bytes, options);
    return 0;
}

int planMerge(const uint8_t *data, size_t size)
{
    Bytes in(data, size);
    const Project base = baseProject();
    Project sides[3] = {base, makeCopy(base, QStringLiteral("Dinas A"), {}, T0),
                        makeCopy(base, QStringLiteral("Dinas B"), {}, T0)};
    const QString editors[3] = {QStringLiteral("Bappeda"), QStringLiteral("Dinas A"), QStringLiteral("Dinas B")};
    for (int op = 0; op < 64 && in.more(); ++op) {
        const int side = in.next() % 3;
        const int what = in.next() % 4;
        const int record = in.next() % 8;
        const QDateTime when = T0.addSecs(int(in.next()) - 16); // mostly after the base, sometimes before
        Project &p = sides[side];
        if (record >= p.entries.size() || what == 3) {
            Entry e = base.entries.first();
            e.meta = RecordMeta{uid(100 + side * 10 + record), when, when, editors[side], false};
            e.title = QStringLiteral("Baru %1/%2").arg(side).arg(record);
            if (!p.entry(e.meta.id))
                p.entries.append(e);
            continue;
        }
        Entry &e = p.entries[record];
        if (what == 0)
            e.title = QStringLiteral("Judul %1 dari %2").arg(in.next() % 4).arg(side);
        else if (what == 1)
            e.meta.deleted = !e.meta.deleted;
        else
            e.priority = 1 + in.next() % 5;
        e.meta.modified = when;
        e.meta.modifiedBy = editors[side];
    }
    const Project &mine = sides[0];
    const MergeSource a{sides[1], QStringLiteral("a.ksd"), 2, {}};
    const MergeSource b{sides[2], QStringLiteral("b.ksd"), 2, {}};
    require(ksd::planMerge(mine, a.copy, a.file).ok(), "a copy cannot be planned");
    (void)mergeAll(mine, {a, b}, {}, T0.addSecs(1000)); // the preview, without choices
    for (const Resolutions &prefer : {Resolutions::allTheirs(), Resolutions::allMine()}) {
        auto ab = mergeAll(mine, {a, b}, {prefer, prefer}, T0.addSecs(1000));
        auto ba = mergeAll(mine, {b, a}, {prefer, prefer}, T0.addSecs(1000));
        require(ab.ok() && ba.ok(), "a merge with a bulk choice failed");
        require(ab->complete() && ba->complete(), "a merge with a bulk choice left conflicts");
        require(content(ab->project.entries) == content(ba->project.entries),
                "the merged records depend on the order of the copies");
        require(ab->project.mergeLog == ba->project.mergeLog, "the merge log depends on the order of the copies");
        auto again = mergeAll(ab->project, {a, b}, {prefer, prefer}, T0.addSecs(2000));
        require(again.ok() && !again->changed, "merging the same copies again changed the project");
    }
    return 0;
}

} // namespace ksd::fuzz
