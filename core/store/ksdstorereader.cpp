// SPDX-License-Identifier: Apache-2.0
// Reading a .ksd file: the schema check and every table into a Project.
#include "ksdstore_p.h"

#include "schema.h"
#include "sqliteconnection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace ksd::detail::store {

namespace {

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

} // namespace

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
        // Codes separated by a space, in the order entered; a hand-edited file may repeat one or add blanks.
        for (const QString &code : r.text("externality_regions").split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!e.externalityRegions.contains(code))
                e.externalityRegions.append(code);
        }
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
        x.suggestionNote = r.text("suggestion_note");
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

} // namespace ksd::detail::store
