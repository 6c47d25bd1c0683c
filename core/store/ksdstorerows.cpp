// SPDX-License-Identifier: Apache-2.0
// The rows of a .ksd file: what each record becomes, and the prepared statements that write, update and delete
// rows. Used by both the full rewrite and the in-place save.
#include "ksdstorerows_p.h"

#include "util/usertext.h"
#include "util/version.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ksd::detail::store {

namespace {

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QVariant optionalReal(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Double));
}

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

QString id(const QUuid &u)
{
    return u.isNull() ? QString() : u.toString(QUuid::WithoutBraces);
}

QVariantList metaColumns(const RecordMeta &m)
{
    return {m.id.toString(QUuid::WithoutBraces), dateTimeText(m.created), dateTimeText(m.modified), m.modifiedBy,
            m.deleted ? 1 : 0};
}

} // namespace

QString dateTimeText(const QDateTime &dt)
{
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// ---- RowWriter ----------------------------------------------------------------------------------------------

void RowWriter::insert(const QString &table, const QVariantList &values)
{
    write(Kind::Insert, table, values);
}

void RowWriter::update(const QString &table, const QVariantList &values)
{
    write(Kind::Update, table, values);
}

void RowWriter::remove(const QString &table, const QString &key)
{
    write(Kind::Delete, table, {key});
}

void RowWriter::clear(const QString &table)
{
    if (!mError.isEmpty())
        return;
    if (const QString err = mConn.exec({QStringLiteral("DELETE FROM %1").arg(table)}); !err.isEmpty())
        mError = err;
}

void RowWriter::write(Kind kind, const QString &table, const QVariantList &values)
{
    if (!mError.isEmpty())
        return;
    const int row = kind == Kind::Delete ? 0 : ++mRows[table];
    // Text is converted to UTF-8 once: its size is the field check, and SQLite stores it as it is.
    mUtf8.resize(std::size_t(values.size()));
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values[i];
        const bool isText = v.metaType().id() == QMetaType::QString;
        const bool isBlob = v.metaType().id() == QMetaType::QByteArray;
        if (isText)
            mUtf8[std::size_t(i)] = static_cast<const QString *>(v.constData())->toUtf8();
        const qint64 bytes = isText ? mUtf8[std::size_t(i)].size()
                             : isBlob ? static_cast<const QByteArray *>(v.constData())->size()
                                      : 0;
        if (bytes > MaxFieldBytes) {
            mError = KsdStore::tr("kolom %1 pada baris %2 tabel %3 (%4) berisi %5 byte, melebihi batas %6 byte "
                                  "per kolom")
                         .arg(columnName(table, i))
                         .arg(row)
                         .arg(table, shownValue(values.first().toString()))
                         .arg(bytes)
                         .arg(MaxFieldBytes);
            return;
        }
    }
    SqliteStatement &q = prepared(kind, table, int(values.size()));
    if (!q.isValid()) {
        mError = q.error();
        return;
    }
    // Bound without copies: the values live until the statement has run.
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values[i];
        const int at = i + 1;
        switch (v.metaType().id()) {
        case QMetaType::QString: // a null QString too: text columns are NOT NULL and hold "" instead
            q.bindUtf8(at, mUtf8[std::size_t(i)]);
            break;
        case QMetaType::QByteArray: q.bindBlob(at, *static_cast<const QByteArray *>(v.constData())); break;
        case QMetaType::Double:
        case QMetaType::Float:
            if (v.isNull())
                q.bindNull(at);
            else
                q.bindReal(at, v.toDouble());
            break;
        default:
            if (v.isNull())
                q.bindNull(at);
            else
                q.bindInteger(at, v.toLongLong());
            break;
        }
    }
    if (!q.exec())
        mError = q.error();
    else
        ++mWritten;
}

QString RowWriter::columnName(const QString &table, int index)
{
    SqliteStatement q(mConn, QStringLiteral("SELECT * FROM %1 LIMIT 0").arg(table));
    return q.isValid() && index < q.columnCount() ? QString::fromUtf8(q.columnName(index)) : QString::number(index + 1);
}

SqliteStatement &RowWriter::prepared(Kind kind, const QString &table, int columns)
{
    const auto key = std::pair(int(kind), table);
    auto it = mQueries.find(key);
    if (it != mQueries.end())
        return it->second;
    QString sql;
    switch (kind) {
    case Kind::Insert: {
        QStringList marks;
        for (int i = 0; i < columns; ++i)
            marks.append(QStringLiteral("?"));
        sql = QStringLiteral("INSERT INTO %1 VALUES (%2)").arg(table, marks.join(QLatin1Char(',')));
        break;
    }
    case Kind::Update: {
        QStringList sets;
        for (int i = 1; i < columns; ++i)
            sets.append(QStringLiteral("%1=?%2").arg(columnName(table, i)).arg(i + 1));
        sql = QStringLiteral("UPDATE %1 SET %2 WHERE %3=?1").arg(table, sets.join(QLatin1Char(',')), columnName(table, 0));
        break;
    }
    case Kind::Delete:
        sql = QStringLiteral("DELETE FROM %1 WHERE %2=?1").arg(table, columnName(table, 0));
        break;
    }
    return mQueries.emplace(key, SqliteStatement(mConn, sql)).first->second;
}

// ---- rows -------------------------------------------------------------------------------------------------------

QList<std::pair<QString, QString>> metaRows(const Project &p)
{
    QList<std::pair<QString, QString>> meta = {
        {QStringLiteral("project_id"), id(p.projectId)},
        {QStringLiteral("title"), p.title},
        {QStringLiteral("owner_region"), p.ownerRegion},
        {QStringLiteral("year"), QString::number(p.year)},
        {QStringLiteral("created"), dateTimeText(p.created)},
        {QStringLiteral("modified"), dateTimeText(p.modified)},
        // The program that last saved the file (not read back: a file says who wrote it, for support).
        {QStringLiteral("saved_by"), programNameAndVersion()},
    };
    if (p.copyInfo) {
        meta += {{QStringLiteral("copy_for_pd"), p.copyInfo->forPd},
                 {QStringLiteral("copy_base_project"), id(p.copyInfo->baseProjectId)},
                 {QStringLiteral("copy_base_title"), p.copyInfo->baseTitle},
                 {QStringLiteral("copy_made_at"), dateTimeText(p.copyInfo->madeAt)},
                 {QStringLiteral("copy_urusan"), p.copyInfo->urusan.join(QLatin1Char(','))}};
    }
    return meta;
}

QVariantList recordRow(const Entry &e, int version)
{
    QVariantList values = metaColumns(e.meta)
                          + QVariantList{entryKindKey(e.kind), e.regionCode, e.urusanCode, e.service, e.title,
                                         e.description, optionalReal(e.magnitude), e.unit, e.priority,
                                         evidenceKey(e.extLocation), evidenceKey(e.extUsers), evidenceKey(e.extImpact),
                                         e.externalityNote, evidenceKey(e.efficiency), e.efficiencyNote, e.sourcePd,
                                         e.year};
    if (version >= 3)
        values.append(e.externalityRegions.join(QLatin1Char(' ')));
    return values;
}

QVariantList recordRow(const Proposal &x, int version)
{
    QVariantList values = metaColumns(x.meta)
                          + QVariantList{x.regionCode, x.sourcePd, x.urusanCode, x.title, x.description,
                                         activityKey(x.activity), partnerTypeKey(x.partnerType),
                                         x.partnerRegionCodes.join(QLatin1Char(',')), x.partnerNames,
                                         docTypeKey(x.form), optionalReal(x.estimatedCost), x.inApbd ? 1 : 0,
                                         x.burdensPublic ? 1 : 0, x.suggestionKey, x.year};
    if (version >= 3)
        values.append(x.suggestionNote);
    return values;
}

QVariantList recordRow(const Agreement &a, int version)
{
    QVariantList values = metaColumns(a.meta)
                          + QVariantList{id(a.proposalId), categoryKey(a.category), docTypeKey(a.docType), a.title,
                                         a.object, a.scope, a.urusanCode, partiesToJson(a.parties),
                                         dateText(a.signedOn), dateText(a.startDate), dateText(a.endDate),
                                         stagesToJson(a.stages), stageKey(a.stage), statusKey(a.status),
                                         a.implementingPd, a.funding, optionalReal(a.value)};
    if (version >= 4)
        values += QVariantList{id(a.kbId), id(a.previousId), a.termException, a.reviewNote};
    return values;
}

QVariantList recordRow(const MonevRecord &m, int)
{
    return metaColumns(m.meta)
           + QVariantList{id(m.agreementId), dateText(m.date), m.evaluatorRole, scoresToJson(m.scores), m.kendala,
                          recommendationKey(m.recommendation), m.rating};
}

QVariantList recordRow(const AttachedDocument &d, int version)
{
    // The data column is written empty: the scan goes in after the row by streaming (DocumentSave::write), and a
    // document sent without its scan keeps the empty BLOB (not NULL: the column is NOT NULL).
    QVariantList values = metaColumns(d.meta)
                          + QVariantList{id(d.agreementId), d.kind, d.fileName, d.mimeType, QByteArray("")};
    if (version >= 4)
        values += QVariantList{d.sha256, documentVersionKey(d.version), d.originalHolder, d.originalLocation};
    return values;
}

QVariantList recordRow(const IncomingOffer &o, int)
{
    return metaColumns(o.meta)
           + QVariantList{partnerTypeKey(o.senderType), o.senderRegion, o.senderName, dateText(o.receivedOn),
                          o.letterNumber, o.urusanCode, o.title, o.description, o.askedPd, dateText(o.answerDue),
                          o.burdensPublic ? 1 : 0, o.inApbd ? 1 : 0, offerStatusKey(o.status), o.declineReason,
                          id(o.proposalId)};
}

QVariantList positionRow(const NodePosition &n)
{
    return {n.layout, n.regionCode, n.x, n.y};
}

QVariantList logRow(qint64 seq, const MergeLogEntry &m)
{
    return {seq, dateTimeText(m.at), m.sourcePd, m.sourceFile, m.recordType, id(m.recordId), m.action, m.detail};
}

QString saveTarget(const QString &path)
{
    const QFileInfo fi(QFileInfo(path).absoluteFilePath());
    if (!fi.isSymLink())
        return fi.absoluteFilePath();
    const QString canonical = fi.canonicalFilePath();
    return canonical.isEmpty() ? fi.symLinkTarget() : canonical; // a dangling link: create the file it names
}

} // namespace ksd::detail::store
