// SPDX-License-Identifier: Apache-2.0
// The schema check of a .ksd file: exactly the tables, indexes and column definitions this build writes.
#include "ksdstore_p.h"

#include "schema.h"
#include "sqliteconnection.h"
#include "util/usertext.h"

#include <QHash>
#include <QMutex>

namespace ksd::detail::store {

namespace {

/// One object of sqlite_schema: its type, name and the exact SQL that SQLite parses when it opens the file.
struct SchemaObject
{
    QString type;
    QString name;
    QString sql;
};

/// Reads sqlite_schema in name order. Only the stored text is read: nothing in it is run or evaluated here.
Result<QList<SchemaObject>> schemaOf(SqliteConnection &c)
{
    auto rows = c.rows(QStringLiteral("SELECT type, name, coalesce(sql, '') FROM sqlite_schema ORDER BY type, name"), 3);
    if (!rows)
        return rows.error();
    QList<SchemaObject> out;
    for (const QStringList &r : *rows)
        out.append(SchemaObject{r[0], r[1], r[2].simplified()});
    return out;
}

/// The schema this build writes for @p version, read back from SQLite so that it is stored exactly as a saved
/// file stores it.
const QList<SchemaObject> &expectedSchema(int version)
{
    static QHash<int, QList<SchemaObject>> cache;
    static QMutex mutex;
    QMutexLocker lock(&mutex);
    auto it = cache.find(version);
    if (it == cache.end()) {
        SqliteConnection c({}, SqliteConnection::Mode::Memory);
        c.exec(schema::createStatements(version));
        auto got = schemaOf(c);
        it = cache.insert(version, got ? *got : QList<SchemaObject>());
    }
    return *it;
}

} // namespace

std::optional<Error> checkSchema(SqliteConnection &c, int version, const QString &path)
{
    const QList<SchemaObject> &want = expectedSchema(version);
    auto gotResult = schemaOf(c);
    if (!gotResult) {
        return storeError(StoreError::Damaged,
                          KsdStore::tr("Daftar tabel berkas tidak dapat dibaca: %1").arg(gotResult.error().message),
                          path);
    }
    const QList<SchemaObject> &got = *gotResult;
    auto find = [](const QList<SchemaObject> &list, const SchemaObject &o) -> const SchemaObject * {
        for (const SchemaObject &x : list) {
            if (x.type == o.type && x.name == o.name)
                return &x;
        }
        return nullptr;
    };
    for (const SchemaObject &obj : got) {
        const QString label = shownValue(obj.type + QLatin1Char(':') + obj.name);
        if (obj.type == QLatin1String("trigger") || obj.type == QLatin1String("view")) {
            return storeError(StoreError::BadSchema,
                              KsdStore::tr("Berkas berisi trigger atau view (\"%1\") yang tidak pernah dibuat "
                                           "PetaKSD. Berkas ditolak demi keamanan.")
                                  .arg(shownValue(obj.name)),
                              path);
        }
        const SchemaObject *w = find(want, obj);
        if (!w) {
            return storeError(StoreError::BadSchema,
                              KsdStore::tr("Berkas berisi objek basis data yang tidak dikenal: %1.").arg(label), path);
        }
        // The exact text: a hidden or generated column, a CHECK, COLLATE or DEFAULT, a missing STRICT or
        // another column type all make it differ.
        if (w->sql != obj.sql) {
            return storeError(StoreError::BadSchema,
                              KsdStore::tr("Susunan kolom tabel %1 tidak sesuai format PetaKSD (definisinya "
                                           "berbeda dari yang ditulis PetaKSD).")
                                  .arg(shownValue(obj.name)),
                              path);
        }
    }
    for (const SchemaObject &obj : want) {
        if (!find(got, obj)) {
            return storeError(StoreError::BadSchema,
                              KsdStore::tr("Tabel atau indeks %1 tidak ada.").arg(obj.type + QLatin1Char(':') + obj.name),
                              path);
        }
    }
    return std::nullopt;
}

} // namespace ksd::detail::store
