// SPDX-License-Identifier: Apache-2.0
#include "ksdstore.h"

#include "schema.h"
#include "sqliteconnection.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryFile>

#include <filesystem>
#include <map>
#include <memory>
#include <system_error>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace ksd {

namespace {

Error storeError(StoreError code, const QString &message, const QString &where)
{
    return Error{message, where, int(code)};
}

quint32 bigEndian32(const QByteArray &b, int at)
{
    return (quint32(uchar(b[at])) << 24) | (quint32(uchar(b[at + 1])) << 16) | (quint32(uchar(b[at + 2])) << 8)
           | quint32(uchar(b[at + 3]));
}

// ---- value conversion -------------------------------------------------------------------------------------

QString dateTimeText(const QDateTime &dt)
{
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QVariant optionalReal(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Double));
}

/// Reads the columns of one row, remembering the first value that cannot be understood.
class RowReader
{
public:
    RowReader(const QSqlQuery &q, const QString &table, std::optional<Error> &error)
        : mQuery(q), mTable(table), mError(error)
    {
    }

    QString text(const char *column) const { return mQuery.value(QLatin1String(column)).toString(); }
    qint64 integer(const char *column) const { return mQuery.value(QLatin1String(column)).toLongLong(); }
    bool boolean(const char *column) const { return integer(column) != 0; }
    std::optional<double> real(const char *column) const
    {
        const QVariant v = mQuery.value(QLatin1String(column));
        return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
    }
    QByteArray blob(const char *column) const { return mQuery.value(QLatin1String(column)).toByteArray(); }

    QUuid uuid(const char *column, bool allowNull = false)
    {
        const QString t = text(column);
        if (t.isEmpty() && allowNull)
            return {};
        const QUuid id = QUuid::fromString(t);
        if (id.isNull())
            fail(column, t);
        return id;
    }

    QDateTime dateTime(const char *column)
    {
        const QString t = text(column);
        QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
        if (!dt.isValid())
            fail(column, t);
        return dt.toUTC();
    }

    QDate date(const char *column)
    {
        const QString t = text(column);
        if (t.isEmpty())
            return {};
        const QDate d = QDate::fromString(t, Qt::ISODate);
        if (!d.isValid())
            fail(column, t);
        return d;
    }

    template<typename E>
    E key(const char *column, std::optional<E> (*parse)(const QString &), E fallback)
    {
        const QString t = text(column);
        const std::optional<E> v = parse(t);
        if (!v) {
            fail(column, t);
            return fallback;
        }
        return *v;
    }

    QJsonDocument json(const char *column)
    {
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(text(column).toUtf8(), &pe);
        if (pe.error != QJsonParseError::NoError)
            fail(column, text(column).left(40));
        return doc;
    }

    RecordMeta meta()
    {
        RecordMeta m;
        m.id = uuid("id");
        m.created = dateTime("created");
        m.modified = dateTime("modified");
        m.modifiedBy = text("modified_by");
        m.deleted = boolean("deleted");
        return m;
    }

    void fail(const char *column, const QString &value)
    {
        if (mError)
            return;
        mError = storeError(StoreError::BadData,
                            KsdStore::tr("Nilai \"%1\" pada kolom %2 tidak dapat dibaca.")
                                .arg(value, QLatin1String(column)),
                            KsdStore::tr("tabel %1, baris %2").arg(mTable).arg(mQuery.at() + 1));
    }

private:
    const QSqlQuery &mQuery;
    QString mTable;
    std::optional<Error> &mError;
};

QString partiesToJson(const QList<Party> &parties)
{
    QJsonArray arr;
    for (const Party &p : parties) {
        arr.append(QJsonObject{{QStringLiteral("kind"), partyKindKey(p.kind)},
                               {QStringLiteral("region"), p.regionCode},
                               {QStringLiteral("name"), p.name},
                               {QStringLiteral("number"), p.documentNumber},
                               {QStringLiteral("signatory"), p.signatory}});
    }
    return QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Compact));
}

QString stagesToJson(const QList<StageDate> &stages)
{
    QJsonArray arr;
    for (const StageDate &s : stages)
        arr.append(QJsonObject{{QStringLiteral("stage"), stageKey(s.stage)}, {QStringLiteral("date"), dateText(s.date)}});
    return QString::fromUtf8(QJsonDocument(arr).toJson(QJsonDocument::Compact));
}

QString scoresToJson(const std::array<int, MonevCriterionCount> &scores)
{
    QJsonObject o;
    for (int i = 0; i < MonevCriterionCount; ++i)
        o.insert(monevCriterionKey(MonevCriterion(i)), scores[std::size_t(i)]);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// ---- schema check -----------------------------------------------------------------------------------------

struct SchemaShape
{
    QSet<QString> objects;                 // "type:name"
    QHash<QString, QStringList> columns;   // table -> "name type notnull pk"
    QHash<QString, bool> strict;
};

SchemaShape shapeOf(SqliteConnection &c)
{
    SchemaShape s;
    QSqlQuery q(c.db());
    q.exec(QStringLiteral("SELECT type, name FROM sqlite_schema ORDER BY name"));
    while (q.next())
        s.objects.insert(q.value(0).toString() + QLatin1Char(':') + q.value(1).toString());
    q.exec(QStringLiteral("SELECT name, strict FROM pragma_table_list WHERE schema='main' AND type='table' "
                          "AND name NOT LIKE 'sqlite_%'"));
    QStringList tables;
    while (q.next()) {
        tables.append(q.value(0).toString());
        s.strict.insert(q.value(0).toString(), q.value(1).toInt() == 1);
    }
    for (const QString &t : tables) {
        QSqlQuery info(c.db());
        info.prepare(QStringLiteral("SELECT name, type, \"notnull\", pk FROM pragma_table_info(?)"));
        info.addBindValue(t);
        info.exec();
        QStringList cols;
        while (info.next()) {
            cols.append(QStringLiteral("%1 %2 %3 %4")
                            .arg(info.value(0).toString(), info.value(1).toString().toUpper(),
                                 info.value(2).toString(), info.value(3).toString()));
        }
        s.columns.insert(t, cols);
    }
    return s;
}

const SchemaShape &expectedShape()
{
    static const SchemaShape shape = [] {
        SqliteConnection c({}, SqliteConnection::Mode::Memory);
        c.exec(schema::createStatements());
        return shapeOf(c);
    }();
    return shape;
}

std::optional<Error> checkSchema(SqliteConnection &c, const QString &path)
{
    const SchemaShape &want = expectedShape();
    const SchemaShape got = shapeOf(c);
    for (const QString &obj : got.objects) {
        if (obj.startsWith(QLatin1String("trigger:")) || obj.startsWith(QLatin1String("view:"))) {
            return storeError(StoreError::BadSchema,
                              KsdStore::tr("Berkas berisi trigger atau view (\"%1\") yang tidak pernah dibuat "
                                           "PetaKSD. Berkas ditolak demi keamanan.")
                                  .arg(obj.section(QLatin1Char(':'), 1)),
                              path);
        }
        if (!want.objects.contains(obj)) {
            return storeError(StoreError::BadSchema,
                              KsdStore::tr("Berkas berisi objek basis data yang tidak dikenal: %1.").arg(obj), path);
        }
    }
    for (const QString &obj : want.objects) {
        if (!got.objects.contains(obj))
            return storeError(StoreError::BadSchema, KsdStore::tr("Tabel atau indeks %1 tidak ada.").arg(obj), path);
    }
    for (auto it = want.columns.cbegin(); it != want.columns.cend(); ++it) {
        if (got.columns.value(it.key()) != it.value() || !got.strict.value(it.key())) {
            return storeError(StoreError::BadSchema,
                              KsdStore::tr("Susunan kolom tabel %1 tidak sesuai format PetaKSD.").arg(it.key()), path);
        }
    }
    return std::nullopt;
}

// ---- reading ----------------------------------------------------------------------------------------------

std::optional<Error> readProject(SqliteConnection &c, Project &p)
{
    std::optional<Error> error;
    QSqlQuery q(c.db());
    q.setForwardOnly(true);

    auto select = [&](const QString &table) {
        if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(table)) && !error) {
            error = storeError(StoreError::Damaged,
                               KsdStore::tr("Tabel %1 tidak dapat dibaca: %2").arg(table, q.lastError().text()), {});
        }
    };

    QHash<QString, QString> meta;
    select(QStringLiteral("meta"));
    while (q.next())
        meta.insert(q.value(0).toString(), q.value(1).toString());
    p.projectId = QUuid::fromString(meta.value(QStringLiteral("project_id")));
    if (p.projectId.isNull() && !error)
        error = storeError(StoreError::BadData, KsdStore::tr("Identitas proyek (project_id) tidak ada atau rusak."), {});
    p.title = meta.value(QStringLiteral("title"));
    p.ownerRegion = meta.value(QStringLiteral("owner_region"));
    p.year = meta.value(QStringLiteral("year")).toInt();
    p.created = QDateTime::fromString(meta.value(QStringLiteral("created")), Qt::ISODateWithMs).toUTC();
    p.modified = QDateTime::fromString(meta.value(QStringLiteral("modified")), Qt::ISODateWithMs).toUTC();
    if (meta.contains(QStringLiteral("copy_for_pd"))) {
        CopyInfo ci;
        ci.forPd = meta.value(QStringLiteral("copy_for_pd"));
        ci.baseProjectId = QUuid::fromString(meta.value(QStringLiteral("copy_base_project")));
        ci.baseTitle = meta.value(QStringLiteral("copy_base_title"));
        ci.madeAt = QDateTime::fromString(meta.value(QStringLiteral("copy_made_at")), Qt::ISODateWithMs).toUTC();
        const QString urusan = meta.value(QStringLiteral("copy_urusan"));
        ci.urusan = urusan.isEmpty() ? QStringList() : urusan.split(QLatin1Char(','));
        p.copyInfo = ci;
    }

    select(QStringLiteral("scope"));
    while (q.next())
        p.scope.append(q.value(0).toString());
    select(QStringLiteral("setting"));
    while (q.next())
        p.settings.insert(q.value(0).toString(), q.value(1).toString());

    select(QStringLiteral("entry"));
    while (q.next()) {
        RowReader r(q, QStringLiteral("entry"), error);
        Entry e;
        e.meta = r.meta();
        e.kind = r.key("kind", entryKindFromKey, EntryKind::Kebutuhan);
        e.regionCode = r.text("region_code");
        e.urusanCode = r.text("urusan_code");
        e.service = r.text("service");
        e.title = r.text("title");
        e.description = r.text("description");
        e.magnitude = r.real("magnitude");
        e.unit = r.text("unit");
        e.priority = int(r.integer("priority"));
        e.extLocation = r.key("ext_location", evidenceFromKey, Evidence::Unknown);
        e.extUsers = r.key("ext_users", evidenceFromKey, Evidence::Unknown);
        e.extImpact = r.key("ext_impact", evidenceFromKey, Evidence::Unknown);
        e.externalityNote = r.text("externality_note");
        e.efficiency = r.key("efficiency", evidenceFromKey, Evidence::Unknown);
        e.efficiencyNote = r.text("efficiency_note");
        e.sourcePd = r.text("source_pd");
        e.year = int(r.integer("year"));
        p.entries.append(e);
    }

    select(QStringLiteral("proposal"));
    while (q.next()) {
        RowReader r(q, QStringLiteral("proposal"), error);
        Proposal x;
        x.meta = r.meta();
        x.regionCode = r.text("region_code");
        x.sourcePd = r.text("source_pd");
        x.urusanCode = r.text("urusan_code");
        x.title = r.text("title");
        x.description = r.text("description");
        x.activity = r.key("activity", activityFromKey, ActivityKind::KerjaSama);
        x.partnerType = r.key("partner_type", partnerTypeFromKey, PartnerType::Daerah);
        const QString partners = r.text("partner_regions");
        x.partnerRegionCodes = partners.isEmpty() ? QStringList() : partners.split(QLatin1Char(','));
        x.partnerNames = r.text("partner_names");
        x.form = r.key("form", docTypeFromKey, DocType::KB);
        x.estimatedCost = r.real("estimated_cost");
        x.inApbd = r.boolean("in_apbd");
        x.burdensPublic = r.boolean("burdens_public");
        x.suggestionKey = r.text("suggestion_key");
        x.year = int(r.integer("year"));
        p.proposals.append(x);
    }

    select(QStringLiteral("agreement"));
    while (q.next()) {
        RowReader r(q, QStringLiteral("agreement"), error);
        Agreement a;
        a.meta = r.meta();
        a.proposalId = r.uuid("proposal_id", true);
        a.category = r.key("category", categoryFromKey, Category::KSDD);
        a.docType = r.key("doc_type", docTypeFromKey, DocType::KB);
        a.title = r.text("title");
        a.object = r.text("object");
        a.scope = r.text("scope");
        a.urusanCode = r.text("urusan_code");
        for (const QJsonValue &v : r.json("parties").array()) {
            const QJsonObject o = v.toObject();
            Party party;
            const auto kind = partyKindFromKey(o.value(QStringLiteral("kind")).toString());
            if (!kind)
                r.fail("parties", o.value(QStringLiteral("kind")).toString());
            party.kind = kind.value_or(PartyKind::Region);
            party.regionCode = o.value(QStringLiteral("region")).toString();
            party.name = o.value(QStringLiteral("name")).toString();
            party.documentNumber = o.value(QStringLiteral("number")).toString();
            party.signatory = o.value(QStringLiteral("signatory")).toString();
            a.parties.append(party);
        }
        a.signedOn = r.date("signed_on");
        a.startDate = r.date("start_date");
        a.endDate = r.date("end_date");
        for (const QJsonValue &v : r.json("stages").array()) {
            const QJsonObject o = v.toObject();
            const auto stage = stageFromKey(o.value(QStringLiteral("stage")).toString());
            const QDate d = QDate::fromString(o.value(QStringLiteral("date")).toString(), Qt::ISODate);
            if (!stage)
                r.fail("stages", o.value(QStringLiteral("stage")).toString());
            a.stages.append(StageDate{stage.value_or(Stage::Persiapan), d});
        }
        a.stage = r.key("stage", stageFromKey, Stage::Persiapan);
        a.status = r.key("status", statusFromKey, AgreementStatus::Aktif);
        a.implementingPd = r.text("implementing_pd");
        a.funding = r.text("funding");
        a.value = r.real("value");
        p.agreements.append(a);
    }

    select(QStringLiteral("monev"));
    while (q.next()) {
        RowReader r(q, QStringLiteral("monev"), error);
        MonevRecord m;
        m.meta = r.meta();
        m.agreementId = r.uuid("agreement_id");
        m.date = r.date("date");
        m.evaluatorRole = r.text("evaluator_role");
        const QJsonObject scores = r.json("scores").object();
        for (int i = 0; i < MonevCriterionCount; ++i)
            m.scores[std::size_t(i)] = scores.value(monevCriterionKey(MonevCriterion(i))).toInt();
        m.kendala = r.text("kendala");
        m.recommendation = r.key("recommendation", recommendationFromKey, Recommendation::Lanjut);
        m.rating = int(r.integer("rating"));
        p.monev.append(m);
    }

    select(QStringLiteral("document"));
    while (q.next()) {
        RowReader r(q, QStringLiteral("document"), error);
        AttachedDocument d;
        d.meta = r.meta();
        d.agreementId = r.uuid("agreement_id");
        d.kind = r.text("kind");
        d.fileName = r.text("file_name");
        d.mimeType = r.text("mime_type");
        d.data = r.blob("data");
        p.documents.append(d);
    }

    select(QStringLiteral("node_position"));
    while (q.next()) {
        p.positions.append(NodePosition{q.value(0).toString(), q.value(1).toString(), q.value(2).toDouble(),
                                        q.value(3).toDouble()});
    }

    select(QStringLiteral("merge_log"));
    while (q.next()) {
        RowReader r(q, QStringLiteral("merge_log"), error);
        MergeLogEntry m;
        m.at = r.dateTime("at");
        m.sourcePd = r.text("source_pd");
        m.sourceFile = r.text("source_file");
        m.recordType = r.text("record_type");
        m.recordId = r.uuid("record_id", true);
        m.action = r.text("action");
        m.detail = r.text("detail");
        p.mergeLog.append(m);
    }
    return error;
}

// ---- writing ----------------------------------------------------------------------------------------------

class Writer
{
public:
    explicit Writer(SqliteConnection &c) : mConn(c) {}

    /// Inserts one row; the values follow the table's column order.
    void insert(const QString &table, const QVariantList &values)
    {
        if (!mError.isEmpty())
            return;
        QSqlQuery &q = prepared(table, int(values.size()));
        for (int i = 0; i < values.size(); ++i) {
            const QVariant &v = values[i];
            // A null QString binds as SQL NULL; text columns are NOT NULL and hold "" instead.
            const bool nullText = v.metaType().id() == QMetaType::QString && v.toString().isNull();
            q.bindValue(i, nullText ? QVariant(QString::fromLatin1("")) : v);
        }
        if (!q.exec())
            mError = q.lastError().text();
    }

    static QVariantList meta(const RecordMeta &m)
    {
        return {m.id.toString(QUuid::WithoutBraces), dateTimeText(m.created), dateTimeText(m.modified), m.modifiedBy,
                m.deleted ? 1 : 0};
    }

    QString error() const { return mError; }

private:
    QSqlQuery &prepared(const QString &table, int columns)
    {
        auto it = mQueries.find(table);
        if (it == mQueries.end()) {
            QStringList marks;
            for (int i = 0; i < columns; ++i)
                marks.append(QStringLiteral("?"));
            it = mQueries.emplace(table, std::make_unique<QSqlQuery>(mConn.db())).first;
            it->second->prepare(QStringLiteral("INSERT INTO %1 VALUES (%2)").arg(table, marks.join(QLatin1Char(','))));
        }
        return *it->second;
    }

    SqliteConnection &mConn;
    std::map<QString, std::unique_ptr<QSqlQuery>> mQueries;
    QString mError;
};

QString writeProject(SqliteConnection &c, const Project &p, int version)
{
    Writer w(c);
    const QString uuidNull;
    auto id = [](const QUuid &u) { return u.isNull() ? QString() : u.toString(QUuid::WithoutBraces); };

    QList<std::pair<QString, QString>> meta = {
        {QStringLiteral("project_id"), id(p.projectId)},
        {QStringLiteral("title"), p.title},
        {QStringLiteral("owner_region"), p.ownerRegion},
        {QStringLiteral("year"), QString::number(p.year)},
        {QStringLiteral("created"), dateTimeText(p.created)},
        {QStringLiteral("modified"), dateTimeText(p.modified)},
    };
    if (p.copyInfo) {
        meta += {{QStringLiteral("copy_for_pd"), p.copyInfo->forPd},
                 {QStringLiteral("copy_base_project"), id(p.copyInfo->baseProjectId)},
                 {QStringLiteral("copy_base_title"), p.copyInfo->baseTitle},
                 {QStringLiteral("copy_made_at"), dateTimeText(p.copyInfo->madeAt)},
                 {QStringLiteral("copy_urusan"), p.copyInfo->urusan.join(QLatin1Char(','))}};
    }
    for (const auto &[k, v] : meta)
        w.insert(QStringLiteral("meta"), {k, v});
    for (const QString &code : p.scope)
        w.insert(QStringLiteral("scope"), {code});
    for (auto it = p.settings.cbegin(); it != p.settings.cend(); ++it)
        w.insert(QStringLiteral("setting"), {it.key(), it.value()});

    for (const Entry &e : p.entries) {
        w.insert(QStringLiteral("entry"),
                 Writer::meta(e.meta)
                     + QVariantList{entryKindKey(e.kind), e.regionCode, e.urusanCode, e.service, e.title,
                                    e.description, optionalReal(e.magnitude), e.unit, e.priority,
                                    evidenceKey(e.extLocation), evidenceKey(e.extUsers), evidenceKey(e.extImpact),
                                    e.externalityNote, evidenceKey(e.efficiency), e.efficiencyNote, e.sourcePd,
                                    e.year});
    }
    for (const Proposal &x : p.proposals) {
        w.insert(QStringLiteral("proposal"),
                 Writer::meta(x.meta)
                     + QVariantList{x.regionCode, x.sourcePd, x.urusanCode, x.title, x.description,
                                    activityKey(x.activity), partnerTypeKey(x.partnerType),
                                    x.partnerRegionCodes.join(QLatin1Char(',')), x.partnerNames, docTypeKey(x.form),
                                    optionalReal(x.estimatedCost), x.inApbd ? 1 : 0, x.burdensPublic ? 1 : 0,
                                    x.suggestionKey, x.year});
    }
    for (const Agreement &a : p.agreements) {
        w.insert(QStringLiteral("agreement"),
                 Writer::meta(a.meta)
                     + QVariantList{id(a.proposalId), categoryKey(a.category), docTypeKey(a.docType), a.title,
                                    a.object, a.scope, a.urusanCode, partiesToJson(a.parties), dateText(a.signedOn),
                                    dateText(a.startDate), dateText(a.endDate), stagesToJson(a.stages),
                                    stageKey(a.stage), statusKey(a.status), a.implementingPd, a.funding,
                                    optionalReal(a.value)});
    }
    for (const MonevRecord &m : p.monev) {
        w.insert(QStringLiteral("monev"),
                 Writer::meta(m.meta)
                     + QVariantList{id(m.agreementId), dateText(m.date), m.evaluatorRole, scoresToJson(m.scores),
                                    m.kendala, recommendationKey(m.recommendation), m.rating});
    }
    for (const AttachedDocument &d : p.documents) {
        w.insert(QStringLiteral("document"),
                 Writer::meta(d.meta) + QVariantList{id(d.agreementId), d.kind, d.fileName, d.mimeType, d.data});
    }
    if (version >= 2) {
        for (const NodePosition &n : p.positions)
            w.insert(QStringLiteral("node_position"), {n.layout, n.regionCode, n.x, n.y});
        qint64 seq = 0;
        for (const MergeLogEntry &m : p.mergeLog) {
            w.insert(QStringLiteral("merge_log"), {++seq, dateTimeText(m.at), m.sourcePd, m.sourceFile, m.recordType,
                                                   id(m.recordId), m.action, m.detail});
        }
    }
    return w.error();
}

bool flushToDisk(const QString &path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
#else
    QFile f(path);
    return f.open(QIODevice::ReadWrite) && f.flush();
#endif
}

Status writeFile(const Project &project, const QString &path, int version)
{
    const QFileInfo target(path);
    const QString dir = target.absolutePath();
    if (target.isDir()) {
        return storeError(StoreError::WriteFailed,
                          KsdStore::tr("Tidak dapat menyimpan: \"%1\" adalah sebuah folder.").arg(path), path);
    }
    QTemporaryFile tmp(dir + QStringLiteral("/.") + target.fileName() + QStringLiteral(".tmp-XXXXXX"));
    tmp.setAutoRemove(false);
    if (!tmp.open()) {
        return storeError(StoreError::WriteFailed,
                          KsdStore::tr("Tidak dapat menulis di folder \"%1\": %2. Data tetap ada di aplikasi; "
                                       "simpan ke folder lain.")
                              .arg(QDir::toNativeSeparators(dir), tmp.errorString()),
                          path);
    }
    const QString tmpPath = tmp.fileName();
    tmp.close();
    // QTemporaryFile makes the file private; the project keeps the permissions it had, or ordinary ones.
    QFile::setPermissions(tmpPath, target.exists() ? target.permissions()
                                                   : QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                         | QFileDevice::ReadGroup | QFileDevice::ReadOther);

    auto fail = [&](const QString &why) {
        QFile::remove(tmpPath);
        return storeError(StoreError::WriteFailed,
                          KsdStore::tr("Penyimpanan gagal: %1. Berkas lama tidak berubah.").arg(why), path);
    };

    {
        SqliteConnection c(tmpPath, SqliteConnection::Mode::ReadWrite);
        if (!c.isOpen())
            return fail(c.lastError());
        QStringList ddl = {QStringLiteral("PRAGMA journal_mode=OFF"), QStringLiteral("PRAGMA synchronous=OFF"),
                           QStringLiteral("PRAGMA application_id=%1").arg(schema::ApplicationId),
                           QStringLiteral("BEGIN")};
        ddl += schema::createStatements(version);
        if (const QString err = c.exec(ddl); !err.isEmpty())
            return fail(err);
        if (const QString err = writeProject(c, project, version); !err.isEmpty())
            return fail(err);
        if (const QString err = c.exec({QStringLiteral("PRAGMA user_version=%1").arg(version), QStringLiteral("COMMIT")});
            !err.isEmpty())
            return fail(err);
    }
    if (!flushToDisk(tmpPath))
        return fail(KsdStore::tr("data tidak dapat dipastikan tertulis ke disk"));

    std::error_code ec;
    std::filesystem::rename(std::filesystem::path(tmpPath.toStdU16String()),
                            std::filesystem::path(target.absoluteFilePath().toStdU16String()), ec);
    if (ec)
        return fail(QString::fromLocal8Bit(ec.message().c_str()));
    flushToDisk(dir); // make the rename itself durable
    return Status::success();
}

} // namespace

Result<Loaded> KsdStore::load(const QString &path)
{
    const QFileInfo fi(path);
    if (!fi.exists())
        return storeError(StoreError::Missing, tr("Berkas tidak ditemukan."), path);
    if (!fi.isFile())
        return storeError(StoreError::NotAFile, tr("Ini sebuah folder, bukan berkas proyek PetaKSD."), path);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return storeError(StoreError::Unreadable, tr("Berkas tidak dapat dibaca: %1.").arg(f.errorString()), path);
    const qint64 size = f.size();
    if (size == 0)
        return storeError(StoreError::Empty, tr("Berkas kosong (0 byte), bukan proyek PetaKSD."), path);
    const QByteArray header = f.read(100);
    f.close();
    if (!header.startsWith(QByteArrayLiteral("SQLite format 3\0"))) {
        return storeError(StoreError::NotSqlite,
                          tr("Ini bukan berkas proyek PetaKSD: isinya bukan basis data SQLite."), path);
    }
    if (header.size() < 100)
        return storeError(StoreError::Damaged, tr("Berkas rusak: terpotong di bagian kepala berkas."), path);

    const quint32 appId = bigEndian32(header, 68);
    const int version = int(bigEndian32(header, 60));
    if (appId != quint32(schema::ApplicationId)) {
        return storeError(StoreError::ForeignApp,
                          tr("Ini bukan berkas proyek PetaKSD: basis data SQLite milik aplikasi lain "
                             "(application_id %1).").arg(appId),
                          path);
    }
    if (version > schema::CurrentVersion) {
        return storeError(StoreError::NewerVersion,
                          tr("Berkas dibuat oleh versi PetaKSD yang lebih baru (format versi %1). Versi ini hanya "
                             "membaca sampai format versi %2. Perbarui PetaKSD untuk membukanya.")
                              .arg(version).arg(schema::CurrentVersion),
                          path);
    }
    if (version < schema::OldestVersion) {
        return storeError(StoreError::TooOld,
                          tr("Format versi %1 tidak dikenal; versi tertua yang dapat dibuka adalah %2.")
                              .arg(version).arg(schema::OldestVersion),
                          path);
    }
    // A header that promises more pages than the file holds means the file was cut short.
    const quint32 pageSizeRaw = (quint32(uchar(header[16])) << 8) | quint32(uchar(header[17]));
    const qint64 pageSize = pageSizeRaw == 1 ? 65536 : pageSizeRaw;
    const quint32 pages = bigEndian32(header, 28);
    if (bigEndian32(header, 92) == bigEndian32(header, 24) && pageSize * qint64(pages) > size) {
        return storeError(StoreError::Damaged,
                          tr("Berkas rusak: terpotong (%1 byte dari %2 byte yang seharusnya).")
                              .arg(size).arg(pageSize * qint64(pages)),
                          path);
    }

    SqliteConnection memory({}, SqliteConnection::Mode::Memory);
    {
        SqliteConnection file(fi.absoluteFilePath(), SqliteConnection::Mode::ReadOnly);
        if (!file.isOpen())
            return storeError(StoreError::Unreadable, tr("Berkas tidak dapat dibuka: %1.").arg(file.lastError()), path);
        file.harden();
        const QVariant check = file.scalar(QStringLiteral("PRAGMA integrity_check(1)"));
        if (check.toString() != QLatin1String("ok")) {
            return storeError(StoreError::Damaged,
                              tr("Berkas rusak: pemeriksaan integritas SQLite gagal (%1).")
                                  .arg(check.isValid() ? check.toString() : file.lastError()),
                              path);
        }
        if (!memory.isOpen() || !memory.copyFrom(file))
            return storeError(StoreError::Unreadable, tr("Berkas tidak dapat disalin ke memori."), path);
    }
    memory.harden();

    LoadInfo info;
    info.fileVersion = version;
    if (version < schema::CurrentVersion) {
        const QString backup = QStringLiteral("%1.v%2.bak").arg(fi.absoluteFilePath()).arg(version);
        if (!QFileInfo::exists(backup) && !QFile::copy(fi.absoluteFilePath(), backup)) {
            return storeError(StoreError::WriteFailed,
                              tr("Berkas versi lama tidak dapat dicadangkan ke \"%1\" sebelum diperbarui.").arg(backup),
                              path);
        }
        info.backupPath = backup;
        QStringList steps = {QStringLiteral("BEGIN")};
        for (int v = version; v < schema::CurrentVersion; ++v)
            steps += schema::migrationStatements(v);
        steps.append(QStringLiteral("PRAGMA user_version=%1").arg(schema::CurrentVersion));
        steps.append(QStringLiteral("COMMIT"));
        if (const QString err = memory.exec(steps); !err.isEmpty()) {
            return storeError(StoreError::Damaged,
                              tr("Berkas versi %1 tidak dapat diperbarui: %2").arg(version).arg(err), path);
        }
    }
    if (auto err = checkSchema(memory, path))
        return *err;

    Loaded loaded;
    loaded.info = info;
    if (auto err = readProject(memory, loaded.project)) {
        Error e = *err;
        e.where = e.where.isEmpty() ? path : path + QStringLiteral(", ") + e.where;
        return e;
    }
    return loaded;
}

Status KsdStore::save(const Project &project, const QString &path)
{
    return writeFile(project, path, schema::CurrentVersion);
}

Status KsdStore::saveAsVersion(const Project &project, const QString &path, int version)
{
    return writeFile(project, path, version);
}

} // namespace ksd
