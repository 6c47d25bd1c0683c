// SPDX-License-Identifier: Apache-2.0
// Undo and redo of attaching and removing documents across saves: the handles the undo commands hold stay readable
// when a save replaces the file they point into (issue #17 item 4).
#include "helpers.h"

#include "document/projectdocument.h"
#include "register/archive.h"
#include "store/ksdstore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace ksd;

namespace {

const AttachedDocument *byId(const Project &p, const QUuid &id)
{
    for (const AttachedDocument &d : p.documents) {
        if (d.meta.id == id)
            return &d;
    }
    return nullptr;
}

QByteArray bytesOf(const AttachedDocument &d)
{
    const Result<QByteArray> all = d.data.readAll();
    REQUIRE(all.ok());
    return *all;
}

} // namespace

TEST_CASE("undo and redo of attaching and removing documents survive saves over the file", "[archive][undo]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("proyek.ksd"));
    REQUIRE(KsdStore::save(test::sampleProject(), path).ok());
    auto loaded = KsdStore::load(path);
    REQUIRE(loaded);
    ProjectDocument doc(loaded->project, path);
    const QUuid storedId = doc.project().documents[0].meta.id;
    const QByteArray storedBytes = bytesOf(doc.project().documents[0]);
    CHECK(doc.project().documents[0].data.kind() == DocumentData::Kind::Stored);

    const QString scanPath = dir.filePath(QStringLiteral("pks-ttd.pdf"));
    QByteArray scan(1500 * 1024, Qt::Uninitialized);
    for (int i = 0; i < scan.size(); ++i)
        scan[i] = char((quint32(i) * 7919u) >> 3);
    {
        QFile f(scanPath);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(scan);
    }
    const Result<QUuid> attached = doc.attachFile(doc.project().agreements[0].meta.id, scanPath, QStringLiteral("pks"));
    REQUIRE(attached);
    const QUuid scanId = *attached;
    REQUIRE(byId(doc.project(), scanId));
    CHECK(byId(doc.project(), scanId)->data.kind() == DocumentData::Kind::File);
    QFile::remove(scanPath); // the original may go: the project holds a private copy

    REQUIRE(doc.saveAs(path).ok());
    // Saved as the project's own file: the private copy is no longer needed, the scan reads from the project.
    CHECK(byId(doc.project(), scanId)->data.kind() == DocumentData::Kind::Stored);
    CHECK(bytesOf(*byId(doc.project(), scanId)) == scan);

    // Remove both, save, undo: both come back readable and byte-exact.
    REQUIRE(doc.removeDocuments({storedId, scanId}));
    CHECK(byId(doc.project(), storedId)->meta.deleted);
    REQUIRE(doc.saveAs(path).ok());
    doc.undoStack()->undo();
    REQUIRE_FALSE(byId(doc.project(), storedId)->meta.deleted);
    CHECK(bytesOf(*byId(doc.project(), storedId)) == storedBytes);
    CHECK(bytesOf(*byId(doc.project(), scanId)) == scan);

    // Undo the attach, save (the file no longer holds the scan), redo: the scan is back, byte-exact.
    doc.undoStack()->undo();
    CHECK_FALSE(byId(doc.project(), scanId));
    REQUIRE(doc.saveAs(path).ok()); // the scan, held only by the undo stack, is kept in a private copy first
    {
        auto without = KsdStore::load(path);
        REQUIRE(without);
        CHECK_FALSE(byId(without->project, scanId));
    }
    doc.undoStack()->redo();
    REQUIRE(byId(doc.project(), scanId));
    CHECK(bytesOf(*byId(doc.project(), scanId)) == scan);
    CHECK(documentState(*byId(doc.project(), scanId)) == DocumentState::Intact);
    CHECK(byId(doc.project(), scanId)->data.kind() == DocumentData::Kind::File);

    // Save As elsewhere, then the old file goes: every scan now reads from the new file.
    const QString moved = dir.filePath(QStringLiteral("proyek-baru.ksd"));
    REQUIRE(doc.saveAs(moved).ok());
    REQUIRE(QFile::remove(path));
    CHECK(bytesOf(*byId(doc.project(), storedId)) == storedBytes);
    CHECK(bytesOf(*byId(doc.project(), scanId)) == scan);
    REQUIRE(doc.saveAs(moved).ok());
    auto reopened = KsdStore::load(moved);
    REQUIRE(reopened);
    REQUIRE(byId(reopened->project, scanId));
    CHECK(bytesOf(*byId(reopened->project, scanId)) == scan);
    CHECK(bytesOf(*byId(reopened->project, storedId)) == storedBytes);
}
