// SPDX-License-Identifier: Apache-2.0
// Reading a .ksd file: every table into a Project (the schema check is in ksdstoreschema.cpp).
#include "ksdstore_p.h"
#include "rowreader_p.h"

#include "documentdata.h"
#include "schema.h"
#include "sqliteconnection.h"
#include "util/usertext.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

namespace ksd::detail::store {

namespace {

MergeLogEntry readLogRow(RowReader &r)
{
    MergeLogEntry m;
    m.at = r.dateTime("at");
    m.sourcePd = r.text("source_pd");
    m.sourceFile = r.text("source_file");
    m.recordType = r.text("record_type");
    m.recordId = r.uuid("record_id", true);
    m.action = r.text("action");
    m.detail = r.text("detail");
    return m;
}

void hashLogRow(QCryptographicHash &hash, const MergeLogEntry &m)
{
    const QString text = QStringList{m.at.toString(Qt::ISODateWithMs), m.sourcePd, m.sourceFile, m.recordType,
                                     m.recordId.toString(), m.action, m.detail}
                             .join(QChar(0x1f));
    hash.addData(text.toUtf8());
    hash.addData(QByteArrayView("\x1e", 1));
}

/// The merge log rows before seq @p cutoff, left in the private copy of the file a load read.
class FileLogArchive final : public MergeLogArchive
{
public:
    FileLogArchive(std::shared_ptr<QTemporaryDir> dir, QString path, qint64 cutoff, qint64 rows, QByteArray digest)
        : mDir(std::move(dir)), mPath(std::move(path)), mCutoff(cutoff), mRows(rows), mDigest(std::move(digest))
    {
    }
    qint64 rowCount() const override { return mRows; }
    QByteArray digest() const override { return mDigest; }
    Status forEach(const std::function<void(const MergeLogEntry &)> &row) const override
    {
        auto failed = [&](const QString &why) {
            return storeError(StoreError::Unreadable,
                              KsdStore::tr("Baris lama log penggabungan tidak dapat dibaca dari salinan sementara: %1")
                                  .arg(why),
                              mPath);
        };
        SqliteConnection c(mPath, SqliteConnection::Mode::ReadOnly);
        if (!c.isOpen())
            return failed(c.lastError());
        c.harden();
        std::optional<Error> error;
        qint64 n = 0;
        {
            TableCursor q;
            q.start(SqliteStatement(c, QStringLiteral("SELECT * FROM merge_log WHERE seq < %1 ORDER BY seq").arg(mCutoff)));
            if (!q.stmt.isValid())
                return failed(q.stmt.error());
            while (q.stmt.next()) {
                RowReader r(q, QStringLiteral("merge_log"), error);
                const MergeLogEntry m = readLogRow(r);
                if (error)
                    return *error;
                row(m);
                ++n;
            }
            if (q.stmt.failed())
                return failed(q.stmt.error());
        }
        if (n != mRows)
            return failed(KsdStore::tr("%1 baris, seharusnya %2").arg(n).arg(mRows));
        return Status::success();
    }

private:
    std::shared_ptr<QTemporaryDir> mDir; // the private copy lives as long as the archive
    QString mPath;
    qint64 mCutoff;
    qint64 mRows;
    QByteArray mDigest;
};

// ---- format version 4 columns (kept apart so that they move with the rest of the reader) ------------------

void readAgreementV4(RowReader &r, Agreement &a)
{
    a.kbId = r.uuid("kb_id", true);
    a.previousId = r.uuid("previous_id", true);
    a.termException = r.text("term_exception");
    a.reviewNote = r.text("review_note");
}

void readDocumentV4(RowReader &r, AttachedDocument &d)
{
    d.sha256 = r.text("sha256");
    d.version = r.key("version", documentVersionFromKey, DocumentVersion::Unstated);
    d.originalHolder = r.text("original_holder");
    d.originalLocation = r.text("original_location");
}

IncomingOffer readOffer(RowReader &r)
{
    IncomingOffer o;
    o.meta = r.meta();
    o.senderType = r.key("sender_type", partnerTypeFromKey, PartnerType::Daerah);
    o.senderRegion = r.text("sender_region");
    o.senderName = r.text("sender_name");
    o.receivedOn = r.date("received_on");
    o.letterNumber = r.text("letter_number");
    o.urusanCode = r.text("urusan_code");
    o.title = r.text("title");
    o.description = r.text("description");
    o.askedPd = r.text("asked_pd");
    o.answerDue = r.date("answer_due");
    o.burdensPublic = r.boolean("burdens_public");
    o.inApbd = r.boolean("in_apbd");
    o.status = r.key("status", offerStatusFromKey, OfferStatus::Menunggu);
    o.declineReason = r.text("decline_reason");
    o.proposalId = r.uuid("proposal_id", true);
    return o;
}

} // namespace

std::optional<Error> readProject(SqliteConnection &c, Project &p, QStringList &warnings,
                                 const std::shared_ptr<QTemporaryDir> &diskCopy, const QString &diskCopyPath,
                                 const std::function<void(qint64, qint64)> &progress)
{
    std::optional<Error> error;
    Interner interner;
    TableCursor q;
    q.interner = &interner;

    // Every table is read to its end: a row that SQLite cannot give (too big, damaged, interrupted) is an error
    // naming the table and the row, never the end of the table.
    QString table;
    auto select = [&](const QString &name, const QString &columns = QStringLiteral("*")) {
        table = name;
        q.start(SqliteStatement(c, QStringLiteral("SELECT %1 FROM %2 ORDER BY rowid").arg(columns, table)));
        if (!q.stmt.isValid() && !error) {
            error = storeError(StoreError::Damaged,
                               KsdStore::tr("Tabel %1 tidak dapat dibaca: %2").arg(table, q.stmt.error()), {});
        }
    };
    qint64 rowsRead = 0;
    qint64 rowsInAll = 0;
    auto next = [&]() {
        if (!q.isActive() || error)
            return false;
        if (q.stmt.next()) {
            if (progress && (++rowsRead & 4095) == 0)
                progress(rowsRead, rowsInAll);
            return true;
        }
        if (q.stmt.failed() && !error) {
            const qint64 row = q.stmt.row();
            error = storeError(StoreError::Damaged,
                               KsdStore::tr("Baris %1 tabel %2 tidak dapat dibaca: %3. Berkas tidak dibuka agar "
                                            "tidak ada baris yang hilang.")
                                   .arg(row + 1).arg(table, q.stmt.error()),
                               KsdStore::tr("tabel %1, baris %2").arg(table).arg(row + 1));
        }
        q.finish();
        return false;
    };
    // Containers are sized once: a count is a single step over the table's pages, not a pass over its rows.
    QHash<QString, qsizetype> counts;
    for (const QString &name : schema::tableNames()) {
        auto n = c.integer(QStringLiteral("SELECT count(*) FROM %1").arg(name));
        counts.insert(name, n ? qsizetype(std::clamp<qint64>(*n, 0, 10'000'000)) : 0);
        rowsInAll += counts.value(name);
    }
    auto rowCount = [&](const QString &name) { return counts.value(name); };
    if (progress)
        progress(0, rowsInAll);

    QHash<QString, QString> meta;
    select(QStringLiteral("meta"));
    while (next()) {
        RowReader r(q, QStringLiteral("meta"), error);
        meta.insert(r.text("key"), r.text("value"));
    }
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
    while (next()) {
        RowReader r(q, QStringLiteral("scope"), error);
        p.scope.append(r.text("region_code"));
    }
    select(QStringLiteral("setting"));
    while (next()) {
        RowReader r(q, QStringLiteral("setting"), error);
        p.settings.insert(r.text("key"), r.text("value"));
    }

    p.entries.reserve(rowCount(QStringLiteral("entry")));
    select(QStringLiteral("entry"));
    while (next()) {
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

    p.proposals.reserve(rowCount(QStringLiteral("proposal")));
    select(QStringLiteral("proposal"));
    while (next()) {
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

    p.agreements.reserve(rowCount(QStringLiteral("agreement")));
    select(QStringLiteral("agreement"));
    while (next()) {
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
        readAgreementV4(r, a);
        p.agreements.append(a);
    }

    p.monev.reserve(rowCount(QStringLiteral("monev")));
    select(QStringLiteral("monev"));
    while (next()) {
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

    p.documents.reserve(rowCount(QStringLiteral("document")));
    // The scans stay in the file: each document gets a handle to its BLOB, read on demand (documentdata.h).
    const auto documentFile = documentFileOf(c, diskCopy, diskCopyPath);
    select(QStringLiteral("document"), documentColumns(c));
    while (next()) {
        RowReader r(q, QStringLiteral("document"), error);
        AttachedDocument d;
        d.meta = r.meta();
        d.agreementId = r.uuid("agreement_id");
        d.kind = r.text("kind");
        d.fileName = r.text("file_name");
        d.mimeType = r.text("mime_type");
        auto data = storedDocument(c, documentFile, r.integer("data_rowid"), d.meta.id, r.integer("data_size"));
        if (data)
            d.data = *data;
        else if (!error)
            error = data.error();
        readDocumentV4(r, d);
        p.documents.append(d);
    }

    p.offers.reserve(rowCount(QStringLiteral("offer")));
    select(QStringLiteral("offer"));
    while (next()) {
        RowReader r(q, QStringLiteral("offer"), error);
        p.offers.append(readOffer(r));
    }

    p.positions.reserve(rowCount(QStringLiteral("node_position")));
    select(QStringLiteral("node_position"));
    while (next()) {
        RowReader r(q, QStringLiteral("node_position"), error);
        const NodePosition n{r.text("layout"), r.text("region_code"), r.real("x").value_or(qQNaN()),
                             r.real("y").value_or(qQNaN())};
        // A position is only where the map last drew a node: one out of range is dropped (the map lays the node
        // out again) with a warning, rather than refusing every record of the project over a drawing hint.
        if (schema::positionInRange(n.x, n.y)) {
            p.positions.append(n);
        } else if (warnings.size() < 20) {
            warnings.append(KsdStore::tr("Posisi peta %1 (tata letak %2) diabaikan: koordinat (%3, %4) tidak "
                                         "berhingga atau di luar batas ±%5.")
                                .arg(shownValue(n.regionCode), shownValue(n.layout))
                                .arg(n.x)
                                .arg(n.y)
                                .arg(schema::MaxNodeCoordinate));
        }
    }

    // A long log read from a disk copy: the rows before `cutoff` are checked and hashed but stay there.
    qint64 cutoff = 0;
    if (diskCopy && !error && rowCount(QStringLiteral("merge_log")) > MaxLoadedLogRows) {
        auto cut = c.integer(
            QStringLiteral("SELECT seq FROM merge_log ORDER BY seq DESC LIMIT 1 OFFSET %1").arg(MaxLoadedLogRows - 1));
        if (cut)
            cutoff = *cut;
    }
    p.mergeLog.reserve(std::min<qsizetype>(rowCount(QStringLiteral("merge_log")), MaxLoadedLogRows));
    QCryptographicHash archivedHash(QCryptographicHash::Sha1);
    qint64 archived = 0;
    select(QStringLiteral("merge_log"));
    while (next()) {
        RowReader r(q, QStringLiteral("merge_log"), error);
        const MergeLogEntry m = readLogRow(r);
        if (cutoff > 0 && r.integer("seq") < cutoff) {
            hashLogRow(archivedHash, m);
            ++archived;
        } else {
            p.mergeLog.append(m);
        }
    }
    if (progress && !error)
        progress(rowsInAll, rowsInAll);
    if (archived > 0 && !error) {
        p.archivedLog.rows =
            std::make_shared<FileLogArchive>(diskCopy, diskCopyPath, cutoff, archived, archivedHash.result());
    }
    return error;
}

} // namespace ksd::detail::store
