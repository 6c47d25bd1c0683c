// SPDX-License-Identifier: Apache-2.0
// Planning a merge: the copy compared three-way with this project, record type by record type, field by field.
#include "merge.h"
#include "merge_p.h"

#include "util/usertext.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QLocale>
#include <QSet>

#include <functional>

namespace ksd {

using namespace detail::merge;

namespace {

// ---- display values -----------------------------------------------------------------------------------------

QString numberText(const std::optional<double> &v)
{
    return v ? QLocale::c().toString(*v, 'f', QLocale::FloatingPointShortest) : QString();
}

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString boolText(bool b)
{
    return b ? Merge::tr("ya") : Merge::tr("tidak");
}

QString partiesText(const QList<Party> &parties)
{
    QStringList out;
    for (const Party &p : parties) {
        QStringList bits;
        bits << partyKindKey(p.kind);
        if (!p.regionCode.isEmpty())
            bits << p.regionCode;
        if (!p.name.isEmpty())
            bits << p.name;
        if (!p.documentNumber.isEmpty())
            bits << Merge::tr("nomor %1").arg(p.documentNumber);
        if (!p.signatory.isEmpty())
            bits << Merge::tr("penanda tangan %1").arg(p.signatory);
        out << bits.join(QStringLiteral(", "));
    }
    return out.join(QStringLiteral("; "));
}

QString stagesText(const QList<StageDate> &stages)
{
    QStringList out;
    for (const StageDate &s : stages)
        out << QStringLiteral("%1 %2").arg(stageName(s.stage), dateText(s.date));
    return out.join(QStringLiteral("; "));
}

QString dataText(const QByteArray &data)
{
    const QByteArray hash = QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex().left(12);
    return Merge::tr("%1 bait, SHA-256 %2").arg(data.size()).arg(QString::fromLatin1(hash));
}

// ---- per-type descriptions ----------------------------------------------------------------------------------

template<typename T>
struct Field
{
    QString key;
    std::function<QString()> label; // evaluated when used, so that it follows the current language
    std::function<QString(const T &)> value;
};

template<typename T>
Field<T> field(const char *key, const char *label, std::function<QString(const T &)> value)
{
    return {QString::fromLatin1(key), [label] { return QCoreApplication::translate("ksd::Merge", label); },
            std::move(value)};
}

// Labels are marked with QT_TRANSLATE_NOOP for lupdate and translated in field().

const QList<Field<Entry>> &entryFields()
{
    static const QList<Field<Entry>> f = {
        field<Entry>("kind", QT_TRANSLATE_NOOP("ksd::Merge", "Jenis isian"),
                     [](const Entry &e) { return entryKindName(e.kind); }),
        field<Entry>("region", QT_TRANSLATE_NOOP("ksd::Merge", "Kode wilayah"),
                     [](const Entry &e) { return e.regionCode; }),
        field<Entry>("urusan", QT_TRANSLATE_NOOP("ksd::Merge", "Urusan"), [](const Entry &e) { return e.urusanCode; }),
        field<Entry>("service", QT_TRANSLATE_NOOP("ksd::Merge", "Layanan"), [](const Entry &e) { return e.service; }),
        field<Entry>("title", QT_TRANSLATE_NOOP("ksd::Merge", "Judul"), [](const Entry &e) { return e.title; }),
        field<Entry>("description", QT_TRANSLATE_NOOP("ksd::Merge", "Uraian"),
                     [](const Entry &e) { return e.description; }),
        field<Entry>("magnitude", QT_TRANSLATE_NOOP("ksd::Merge", "Besaran"),
                     [](const Entry &e) { return numberText(e.magnitude); }),
        field<Entry>("unit", QT_TRANSLATE_NOOP("ksd::Merge", "Satuan"), [](const Entry &e) { return e.unit; }),
        field<Entry>("priority", QT_TRANSLATE_NOOP("ksd::Merge", "Prioritas"),
                     [](const Entry &e) { return QString::number(e.priority); }),
        field<Entry>("ext_location", QT_TRANSLATE_NOOP("ksd::Merge", "Eksternalitas lokasi"),
                     [](const Entry &e) { return evidenceName(e.extLocation); }),
        field<Entry>("ext_users", QT_TRANSLATE_NOOP("ksd::Merge", "Eksternalitas pengguna"),
                     [](const Entry &e) { return evidenceName(e.extUsers); }),
        field<Entry>("ext_impact", QT_TRANSLATE_NOOP("ksd::Merge", "Eksternalitas manfaat/dampak"),
                     [](const Entry &e) { return evidenceName(e.extImpact); }),
        field<Entry>("externality_note", QT_TRANSLATE_NOOP("ksd::Merge", "Catatan eksternalitas"),
                     [](const Entry &e) { return e.externalityNote; }),
        field<Entry>("externality_regions", QT_TRANSLATE_NOOP("ksd::Merge", "Wilayah terdampak eksternalitas"),
                     [](const Entry &e) { return e.externalityRegions.join(QStringLiteral(", ")); }),
        field<Entry>("efficiency", QT_TRANSLATE_NOOP("ksd::Merge", "Efisiensi"),
                     [](const Entry &e) { return evidenceName(e.efficiency); }),
        field<Entry>("efficiency_note", QT_TRANSLATE_NOOP("ksd::Merge", "Catatan efisiensi"),
                     [](const Entry &e) { return e.efficiencyNote; }),
        field<Entry>("source_pd", QT_TRANSLATE_NOOP("ksd::Merge", "Perangkat daerah sumber"),
                     [](const Entry &e) { return e.sourcePd; }),
        field<Entry>("year", QT_TRANSLATE_NOOP("ksd::Merge", "Tahun"),
                     [](const Entry &e) { return QString::number(e.year); }),
    };
    return f;
}

const QList<Field<Proposal>> &proposalFields()
{
    static const QList<Field<Proposal>> f = {
        field<Proposal>("region", QT_TRANSLATE_NOOP("ksd::Merge", "Daerah pengusul"),
                        [](const Proposal &x) { return x.regionCode; }),
        field<Proposal>("source_pd", QT_TRANSLATE_NOOP("ksd::Merge", "Perangkat daerah sumber"),
                        [](const Proposal &x) { return x.sourcePd; }),
        field<Proposal>("urusan", QT_TRANSLATE_NOOP("ksd::Merge", "Urusan"),
                        [](const Proposal &x) { return x.urusanCode; }),
        field<Proposal>("title", QT_TRANSLATE_NOOP("ksd::Merge", "Judul"), [](const Proposal &x) { return x.title; }),
        field<Proposal>("description", QT_TRANSLATE_NOOP("ksd::Merge", "Uraian"),
                        [](const Proposal &x) { return x.description; }),
        field<Proposal>("activity", QT_TRANSLATE_NOOP("ksd::Merge", "Jenis kegiatan"),
                        [](const Proposal &x) { return activityName(x.activity); }),
        field<Proposal>("partner_type", QT_TRANSLATE_NOOP("ksd::Merge", "Jenis mitra"),
                        [](const Proposal &x) { return partnerTypeName(x.partnerType); }),
        field<Proposal>("partner_regions", QT_TRANSLATE_NOOP("ksd::Merge", "Daerah mitra"),
                        [](const Proposal &x) { return x.partnerRegionCodes.join(QStringLiteral(", ")); }),
        field<Proposal>("partner_names", QT_TRANSLATE_NOOP("ksd::Merge", "Nama mitra"),
                        [](const Proposal &x) { return x.partnerNames; }),
        field<Proposal>("form", QT_TRANSLATE_NOOP("ksd::Merge", "Bentuk dokumen"),
                        [](const Proposal &x) { return docTypeName(x.form); }),
        field<Proposal>("estimated_cost", QT_TRANSLATE_NOOP("ksd::Merge", "Perkiraan biaya"),
                        [](const Proposal &x) { return numberText(x.estimatedCost); }),
        field<Proposal>("in_apbd", QT_TRANSLATE_NOOP("ksd::Merge", "Sudah dalam APBD"),
                        [](const Proposal &x) { return boolText(x.inApbd); }),
        field<Proposal>("burdens_public", QT_TRANSLATE_NOOP("ksd::Merge", "Membebani masyarakat"),
                        [](const Proposal &x) { return boolText(x.burdensPublic); }),
        field<Proposal>("suggestion_key", QT_TRANSLATE_NOOP("ksd::Merge", "Asal saran"),
                        [](const Proposal &x) { return x.suggestionKey; }),
        field<Proposal>("suggestion_note", QT_TRANSLATE_NOOP("ksd::Merge", "Penjelasan mesin saran"),
                        [](const Proposal &x) { return x.suggestionNote; }),
        field<Proposal>("year", QT_TRANSLATE_NOOP("ksd::Merge", "Tahun"),
                        [](const Proposal &x) { return QString::number(x.year); }),
    };
    return f;
}

const QList<Field<Agreement>> &agreementFields()
{
    static const QList<Field<Agreement>> f = {
        field<Agreement>("proposal", QT_TRANSLATE_NOOP("ksd::Merge", "Usulan asal"),
                         [](const Agreement &a) { return uuidText(a.proposalId); }),
        field<Agreement>("category", QT_TRANSLATE_NOOP("ksd::Merge", "Kategori"),
                         [](const Agreement &a) { return categoryName(a.category); }),
        field<Agreement>("doc_type", QT_TRANSLATE_NOOP("ksd::Merge", "Jenis dokumen"),
                         [](const Agreement &a) { return docTypeName(a.docType); }),
        field<Agreement>("title", QT_TRANSLATE_NOOP("ksd::Merge", "Judul"), [](const Agreement &a) { return a.title; }),
        field<Agreement>("object", QT_TRANSLATE_NOOP("ksd::Merge", "Objek"),
                         [](const Agreement &a) { return a.object; }),
        field<Agreement>("scope", QT_TRANSLATE_NOOP("ksd::Merge", "Ruang lingkup"),
                         [](const Agreement &a) { return a.scope; }),
        field<Agreement>("urusan", QT_TRANSLATE_NOOP("ksd::Merge", "Urusan"),
                         [](const Agreement &a) { return a.urusanCode; }),
        field<Agreement>("parties", QT_TRANSLATE_NOOP("ksd::Merge", "Para pihak"),
                         [](const Agreement &a) { return partiesText(a.parties); }),
        field<Agreement>("signed_on", QT_TRANSLATE_NOOP("ksd::Merge", "Tanggal penandatanganan"),
                         [](const Agreement &a) { return dateText(a.signedOn); }),
        field<Agreement>("start_date", QT_TRANSLATE_NOOP("ksd::Merge", "Tanggal mulai"),
                         [](const Agreement &a) { return dateText(a.startDate); }),
        field<Agreement>("end_date", QT_TRANSLATE_NOOP("ksd::Merge", "Tanggal berakhir"),
                         [](const Agreement &a) { return dateText(a.endDate); }),
        field<Agreement>("stages", QT_TRANSLATE_NOOP("ksd::Merge", "Riwayat tahapan"),
                         [](const Agreement &a) { return stagesText(a.stages); }),
        field<Agreement>("stage", QT_TRANSLATE_NOOP("ksd::Merge", "Tahapan"),
                         [](const Agreement &a) { return stageName(a.stage); }),
        field<Agreement>("status", QT_TRANSLATE_NOOP("ksd::Merge", "Status"),
                         [](const Agreement &a) { return statusName(a.status); }),
        field<Agreement>("implementing_pd", QT_TRANSLATE_NOOP("ksd::Merge", "Perangkat daerah pelaksana"),
                         [](const Agreement &a) { return a.implementingPd; }),
        field<Agreement>("funding", QT_TRANSLATE_NOOP("ksd::Merge", "Sumber dana"),
                         [](const Agreement &a) { return a.funding; }),
        field<Agreement>("value", QT_TRANSLATE_NOOP("ksd::Merge", "Nilai"),
                         [](const Agreement &a) { return numberText(a.value); }),
        field<Agreement>("kb", QT_TRANSLATE_NOOP("ksd::Merge", "Kesepakatan bersama yang diacu"),
                         [](const Agreement &a) { return uuidText(a.kbId); }),
        field<Agreement>("previous", QT_TRANSLATE_NOOP("ksd::Merge", "Kerja sama yang diperpanjang"),
                         [](const Agreement &a) { return uuidText(a.previousId); }),
        field<Agreement>("term_exception", QT_TRANSLATE_NOOP("ksd::Merge", "Dasar pengecualian jangka waktu"),
                         [](const Agreement &a) { return a.termException; }),
        field<Agreement>("review_note", QT_TRANSLATE_NOOP("ksd::Merge", "Catatan tinjauan"),
                         [](const Agreement &a) { return a.reviewNote; }),
    };
    return f;
}

const QList<Field<MonevRecord>> &monevFields()
{
    static const QList<Field<MonevRecord>> f = [] {
        QList<Field<MonevRecord>> l = {
            field<MonevRecord>("agreement", QT_TRANSLATE_NOOP("ksd::Merge", "Kerja sama"),
                               [](const MonevRecord &m) { return uuidText(m.agreementId); }),
            field<MonevRecord>("date", QT_TRANSLATE_NOOP("ksd::Merge", "Tanggal"),
                               [](const MonevRecord &m) { return dateText(m.date); }),
            field<MonevRecord>("evaluator_role", QT_TRANSLATE_NOOP("ksd::Merge", "Penilai"),
                               [](const MonevRecord &m) { return m.evaluatorRole; }),
        };
        for (int i = 0; i < MonevCriterionCount; ++i) {
            const auto c = static_cast<MonevCriterion>(i);
            l.append({QStringLiteral("score_") + monevCriterionKey(c), [c] { return monevCriterionName(c); },
                      [i](const MonevRecord &m) { return QString::number(m.scores[std::size_t(i)]); }});
        }
        l += {
            field<MonevRecord>("kendala", QT_TRANSLATE_NOOP("ksd::Merge", "Kendala"),
                               [](const MonevRecord &m) { return m.kendala; }),
            field<MonevRecord>("recommendation", QT_TRANSLATE_NOOP("ksd::Merge", "Rekomendasi"),
                               [](const MonevRecord &m) { return recommendationName(m.recommendation); }),
            field<MonevRecord>("rating", QT_TRANSLATE_NOOP("ksd::Merge", "Penilaian umum"),
                               [](const MonevRecord &m) { return QString::number(m.rating); }),
        };
        return l;
    }();
    return f;
}

const QList<Field<AttachedDocument>> &documentFields()
{
    static const QList<Field<AttachedDocument>> f = {
        field<AttachedDocument>("agreement", QT_TRANSLATE_NOOP("ksd::Merge", "Kerja sama"),
                                [](const AttachedDocument &d) { return uuidText(d.agreementId); }),
        field<AttachedDocument>("kind", QT_TRANSLATE_NOOP("ksd::Merge", "Jenis dokumen"),
                                [](const AttachedDocument &d) { return d.kind; }),
        field<AttachedDocument>("file_name", QT_TRANSLATE_NOOP("ksd::Merge", "Nama berkas"),
                                [](const AttachedDocument &d) { return d.fileName; }),
        field<AttachedDocument>("mime_type", QT_TRANSLATE_NOOP("ksd::Merge", "Tipe berkas"),
                                [](const AttachedDocument &d) { return d.mimeType; }),
        field<AttachedDocument>("data", QT_TRANSLATE_NOOP("ksd::Merge", "Isi berkas"),
                                [](const AttachedDocument &d) { return dataText(d.data); }),
        field<AttachedDocument>("sha256", QT_TRANSLATE_NOOP("ksd::Merge", "SHA-256"),
                                [](const AttachedDocument &d) { return d.sha256; }),
        field<AttachedDocument>("version", QT_TRANSLATE_NOOP("ksd::Merge", "Versi naskah"),
                                [](const AttachedDocument &d) { return documentVersionName(d.version); }),
        field<AttachedDocument>("original_holder", QT_TRANSLATE_NOOP("ksd::Merge", "Pemegang naskah asli"),
                                [](const AttachedDocument &d) { return d.originalHolder; }),
        field<AttachedDocument>("original_location", QT_TRANSLATE_NOOP("ksd::Merge", "Lokasi naskah asli"),
                                [](const AttachedDocument &d) { return d.originalLocation; }),
    };
    return f;
}

const QList<Field<IncomingOffer>> &offerFields()
{
    static const QList<Field<IncomingOffer>> f = {
        field<IncomingOffer>("sender_type", QT_TRANSLATE_NOOP("ksd::Merge", "Jenis pengirim"),
                             [](const IncomingOffer &o) { return partnerTypeName(o.senderType); }),
        field<IncomingOffer>("sender_region", QT_TRANSLATE_NOOP("ksd::Merge", "Daerah pengirim"),
                             [](const IncomingOffer &o) { return o.senderRegion; }),
        field<IncomingOffer>("sender_name", QT_TRANSLATE_NOOP("ksd::Merge", "Nama pengirim"),
                             [](const IncomingOffer &o) { return o.senderName; }),
        field<IncomingOffer>("received_on", QT_TRANSLATE_NOOP("ksd::Merge", "Tanggal diterima"),
                             [](const IncomingOffer &o) { return dateText(o.receivedOn); }),
        field<IncomingOffer>("letter_number", QT_TRANSLATE_NOOP("ksd::Merge", "Nomor surat"),
                             [](const IncomingOffer &o) { return o.letterNumber; }),
        field<IncomingOffer>("urusan", QT_TRANSLATE_NOOP("ksd::Merge", "Urusan"),
                             [](const IncomingOffer &o) { return o.urusanCode; }),
        field<IncomingOffer>("title", QT_TRANSLATE_NOOP("ksd::Merge", "Hal yang ditawarkan"),
                             [](const IncomingOffer &o) { return o.title; }),
        field<IncomingOffer>("description", QT_TRANSLATE_NOOP("ksd::Merge", "Uraian"),
                             [](const IncomingOffer &o) { return o.description; }),
        field<IncomingOffer>("asked_pd", QT_TRANSLATE_NOOP("ksd::Merge", "Perangkat daerah yang dimintai pendapat"),
                             [](const IncomingOffer &o) { return o.askedPd; }),
        field<IncomingOffer>("answer_due", QT_TRANSLATE_NOOP("ksd::Merge", "Batas waktu jawaban"),
                             [](const IncomingOffer &o) { return dateText(o.answerDue); }),
        field<IncomingOffer>("burdens_public", QT_TRANSLATE_NOOP("ksd::Merge", "Membebani masyarakat"),
                             [](const IncomingOffer &o) { return boolText(o.burdensPublic); }),
        field<IncomingOffer>("in_apbd", QT_TRANSLATE_NOOP("ksd::Merge", "Sudah dalam APBD"),
                             [](const IncomingOffer &o) { return boolText(o.inApbd); }),
        field<IncomingOffer>("status", QT_TRANSLATE_NOOP("ksd::Merge", "Status"),
                             [](const IncomingOffer &o) { return offerStatusName(o.status); }),
        field<IncomingOffer>("decline_reason", QT_TRANSLATE_NOOP("ksd::Merge", "Alasan penolakan"),
                             [](const IncomingOffer &o) { return o.declineReason; }),
        field<IncomingOffer>("proposal", QT_TRANSLATE_NOOP("ksd::Merge", "Usulan hasil penawaran"),
                             [](const IncomingOffer &o) { return uuidText(o.proposalId); }),
    };
    return f;
}

QString agreementTitle(const QUuid &id, const Project &a, const Project &b)
{
    if (const Agreement *x = a.agreement(id))
        return x->title;
    if (const Agreement *x = b.agreement(id))
        return x->title;
    return uuidText(id);
}

template<typename T>
struct Traits;

template<>
struct Traits<Entry>
{
    static constexpr MergeRecordType type = MergeRecordType::Entry;
    static constexpr QList<Entry> Project::*list = &Project::entries;
    static const QList<Field<Entry>> &fields() { return entryFields(); }
    static QString title(const Entry &e, const Project &, const Project &) { return e.title; }
};

template<>
struct Traits<Proposal>
{
    static constexpr MergeRecordType type = MergeRecordType::Proposal;
    static constexpr QList<Proposal> Project::*list = &Project::proposals;
    static const QList<Field<Proposal>> &fields() { return proposalFields(); }
    static QString title(const Proposal &x, const Project &, const Project &) { return x.title; }
};

template<>
struct Traits<Agreement>
{
    static constexpr MergeRecordType type = MergeRecordType::Agreement;
    static constexpr QList<Agreement> Project::*list = &Project::agreements;
    static const QList<Field<Agreement>> &fields() { return agreementFields(); }
    static QString title(const Agreement &a, const Project &, const Project &) { return a.title; }
};

template<>
struct Traits<MonevRecord>
{
    static constexpr MergeRecordType type = MergeRecordType::Monev;
    static constexpr QList<MonevRecord> Project::*list = &Project::monev;
    static const QList<Field<MonevRecord>> &fields() { return monevFields(); }
    static QString title(const MonevRecord &m, const Project &a, const Project &b)
    {
        return Merge::tr("Monev %1, %2").arg(agreementTitle(m.agreementId, a, b), dateText(m.date));
    }
};

template<>
struct Traits<AttachedDocument>
{
    static constexpr MergeRecordType type = MergeRecordType::Document;
    static constexpr QList<AttachedDocument> Project::*list = &Project::documents;
    static const QList<Field<AttachedDocument>> &fields() { return documentFields(); }
    static QString title(const AttachedDocument &d, const Project &a, const Project &b)
    {
        return Merge::tr("%1 (%2)").arg(d.fileName, agreementTitle(d.agreementId, a, b));
    }
};

template<>
struct Traits<IncomingOffer>
{
    static constexpr MergeRecordType type = MergeRecordType::Offer;
    static constexpr QList<IncomingOffer> Project::*list = &Project::offers;
    static const QList<Field<IncomingOffer>> &fields() { return offerFields(); }
    static QString title(const IncomingOffer &o, const Project &, const Project &) { return o.title; }
};

/// Equal apart from the change bookkeeping (the tombstone counts as content).
template<typename T>
bool sameContent(const T &a, const T &b)
{
    T x = a;
    T y = b;
    x.meta = RecordMeta{x.meta.id, {}, {}, {}, x.meta.deleted};
    y.meta = RecordMeta{y.meta.id, {}, {}, {}, y.meta.deleted};
    return x == y;
}

template<typename T>
QList<FieldDiff> diffFields(const T &mine, const T &theirs)
{
    QList<FieldDiff> out;
    if (mine.meta.deleted != theirs.meta.deleted) {
        auto status = [](bool deleted) { return deleted ? Merge::tr("dihapus") : Merge::tr("ada"); };
        out.append({QStringLiteral("deleted"), Merge::tr("Status rekaman"), status(mine.meta.deleted),
                    status(theirs.meta.deleted)});
    }
    for (const Field<T> &f : Traits<T>::fields()) {
        const QString a = f.value(mine);
        const QString b = f.value(theirs);
        if (a != b)
            out.append({f.key, f.label(), a, b});
    }
    return out;
}

/// A version of a record: its id and modified time (ms since the epoch, UTC). Compact, so that the index of a
/// log of a million rows stays small.
using SeenKey = std::pair<QUuid, qint64>;

/// What the merge log of the project merged into tells a new plan.
struct LogIndex
{
    QSet<SeenKey> seen;             ///< versions an earlier merge took, turned down or noted
    QHash<QUuid, qint64> arrived;   ///< when an earlier merge last changed a record here (ms since the epoch)
    QSet<QString> notTaken;         ///< project-wide values logged as not taken: notTakenKey()

    bool hasSeen(const QUuid &id, const QDateTime &modified) const
    {
        return modified.isValid() && seen.contains({id, modified.toMSecsSinceEpoch()});
    }
    bool arrivedAfter(const QUuid &id, const QDateTime &t) const
    {
        const auto it = arrived.constFind(id);
        return it != arrived.cend() && *it > t.toMSecsSinceEpoch();
    }
};

QString notTakenKey(const QString &pd, const QString &detail)
{
    return pd + QChar(0x1f) + detail;
}

/// Reads the whole log of @p mine, its archived rows included.
Result<LogIndex> indexLog(const Project &mine)
{
    static const QLatin1String tag("[versi: ");
    LogIndex index;
    const Status read = forEachMergeLogRow(mine, [&](const MergeLogEntry &row) {
        if (row.action == QLatin1String("project_not_taken")) {
            index.notTaken.insert(notTakenKey(row.sourcePd, row.detail));
            return;
        }
        // The version tag ends the detail: "… [versi: 2024-03-01T08:00:10.000Z]".
        const qsizetype at = row.detail.endsWith(QLatin1Char(']')) ? row.detail.lastIndexOf(tag) : -1;
        if (at >= 0) {
            const qsizetype from = at + tag.size();
            const QDateTime version = QDateTime::fromString(row.detail.mid(from, row.detail.size() - 1 - from),
                                                            Qt::ISODateWithMs);
            if (version.isValid())
                index.seen.insert({row.recordId, version.toMSecsSinceEpoch()});
        }
        // A record taken from a copy keeps the PD's edit time, which can lie before a later copy's base even
        // though the record only reached this project at the merge.
        if (row.action == QLatin1String("added") || row.action == QLatin1String("changed")
            || row.action == QLatin1String("deleted") || row.action == QLatin1String("conflict_theirs")) {
            if (row.at.isValid()) {
                const qint64 ms = row.at.toMSecsSinceEpoch();
                auto it = index.arrived.find(row.recordId);
                if (it == index.arrived.end())
                    index.arrived.insert(row.recordId, ms);
                else if (ms > *it)
                    *it = ms;
            }
        }
    });
    if (!read)
        return read.error();
    return index;
}

template<typename T>
void planType(const Project &mine, const Project &theirs, const QDateTime &base, const LogIndex &log,
              MergePlan &plan)
{
    using Tr = Traits<T>;
    const QList<T> &mineList = mine.*Tr::list;
    QHash<QUuid, const T *> mineIndex;
    mineIndex.reserve(mineList.size());
    for (const T &r : mineList)
        mineIndex.insert(r.meta.id, &r);

    QSet<QUuid> done;
    for (const T &t : theirs.*Tr::list) {
        if (t.meta.id.isNull() || done.contains(t.meta.id))
            continue;
        done.insert(t.meta.id);
        const T *m = mineIndex.value(t.meta.id);
        if (!m) {
            // New in the copy. One added and deleted again there never existed for the coordinator.
            if (t.meta.deleted || log.hasSeen(t.meta.id, t.meta.modified))
                continue;
            plan.changes.append({Tr::type, t.meta.id, Tr::title(t, theirs, mine), ChangeKind::Added, RecordVersion{},
                                 versionOf(t.meta), {}});
            continue;
        }
        const bool theirsChanged = t.meta.modified > base;
        const bool mineChanged = m->meta.modified > base || log.arrivedAfter(t.meta.id, base);
        if (log.hasSeen(t.meta.id, t.meta.modified))
            continue; // this version of the copy was taken or turned down by an earlier merge
        if (sameContent(*m, t) || (m->meta.deleted && t.meta.deleted)) {
            // Nothing to do. When the copy did change it (the same way as here, or deleted it here too), the log
            // still notes that version, so that a later merge of the copy does not offer it again once the
            // record has moved on here.
            if (theirsChanged && !(m->meta == t.meta)) {
                plan.same.append({Tr::type, t.meta.id, Tr::title(*m, mine, theirs),
                                  t.meta.deleted ? ChangeKind::Deleted : ChangeKind::Changed, versionOf(m->meta),
                                  versionOf(t.meta), {}});
            }
            continue;
        }
        auto conflict = [&](ConflictKind kind) {
            plan.conflicts.append({Tr::type, t.meta.id, Tr::title(*m, mine, theirs), kind, versionOf(m->meta),
                                   versionOf(t.meta), diffFields(*m, t)});
        };
        auto change = [&](ChangeKind kind) {
            plan.changes.append({Tr::type, t.meta.id, Tr::title(*m, mine, theirs), kind, versionOf(m->meta),
                                 versionOf(t.meta), diffFields(*m, t)});
        };
        if (!theirsChanged) {
            // The copy still holds the base version: a difference is a change made here. Unless neither side's
            // time explains the difference, which only a clock running behind can cause: ask.
            if (!mineChanged)
                conflict(ConflictKind::Unclear);
            continue;
        }
        if (t.meta.deleted)
            mineChanged ? conflict(ConflictKind::DeletedInTheirs) : change(ChangeKind::Deleted);
        else if (m->meta.deleted)
            conflict(ConflictKind::DeletedInMine); // a deleted record stays deleted unless the planner restores it
        else
            mineChanged ? conflict(ConflictKind::BothChanged) : change(ChangeKind::Changed);
    }
}

QString settingsText(const QMap<QString, QString> &settings, const QString &key)
{
    return settings.contains(key) ? settings.value(key) : Merge::tr("(tidak ada)");
}

/// The project-wide values @p theirs holds differently, less those an earlier merge of the same perangkat
/// daerah already logged with the same values.
QList<FieldDiff> projectDiffs(const Project &mine, const Project &theirs, const LogIndex &log)
{
    QList<FieldDiff> out;
    auto add = [&](const QString &key, const QString &label, const QString &m, const QString &t) {
        if (m != t)
            out.append({key, label, m, t});
    };
    add(QStringLiteral("title"), Merge::tr("Judul proyek"), mine.title, theirs.title);
    add(QStringLiteral("owner_region"), Merge::tr("Daerah pemilik"), mine.ownerRegion, theirs.ownerRegion);
    add(QStringLiteral("year"), Merge::tr("Tahun"), QString::number(mine.year), QString::number(theirs.year));
    add(QStringLiteral("scope"), Merge::tr("Cakupan wilayah"), mine.scope.join(QStringLiteral(", ")),
        theirs.scope.join(QStringLiteral(", ")));
    QStringList keys = mine.settings.keys() + theirs.settings.keys();
    keys.removeDuplicates();
    keys.sort();
    for (const QString &k : keys) {
        add(QStringLiteral("setting:") + k, Merge::tr("Pengaturan %1").arg(k), settingsText(mine.settings, k),
            settingsText(theirs.settings, k));
    }
    const QString pd = theirs.copyInfo ? theirs.copyInfo->forPd : QString();
    out.removeIf([&](const FieldDiff &f) { return log.notTaken.contains(notTakenKey(pd, projectLogDetail(f))); });
    return out;
}

/// Every field's value and the tombstone of record @p id of type T in @p project: the last tiebreak of winsOver().
template<typename T>
QString contentText(const Project &project, const QUuid &id)
{
    for (const T &r : project.*Traits<T>::list) {
        if (r.meta.id != id)
            continue;
        QStringList values{r.meta.deleted ? QStringLiteral("1") : QStringLiteral("0")};
        for (const Field<T> &f : Traits<T>::fields())
            values << f.value(r);
        return values.join(QChar(0x1f));
    }
    return {};
}

QString contentText(MergeRecordType type, const Project &project, const QUuid &id)
{
    switch (type) {
    case MergeRecordType::Entry: return contentText<Entry>(project, id);
    case MergeRecordType::Proposal: return contentText<Proposal>(project, id);
    case MergeRecordType::Agreement: return contentText<Agreement>(project, id);
    case MergeRecordType::Monev: return contentText<MonevRecord>(project, id);
    case MergeRecordType::Document: return contentText<AttachedDocument>(project, id);
    case MergeRecordType::Offer: return contentText<IncomingOffer>(project, id);
    }
    return {};
}

} // namespace

bool winsOver(const RecordVersion &a, const QString &aPd, const QString &aFile, const QString &aContent,
              const RecordVersion &b, const QString &bPd, const QString &bFile, const QString &bContent)
{
    if (a.modified != b.modified)
        return a.modified > b.modified;
    if (aPd != bPd)
        return aPd > bPd;
    if (aFile != bFile)
        return aFile > bFile;
    return aContent > bContent;
}

void detail::merge::settleAcrossCopies(QList<MergePlan> &plans)
{
    // One candidate per plan item that touches a record: a change or conflict (which would take the copy's
    // version) or a "same" (the copy's edit equals this project's: it competes, but takes nothing).
    enum Where { InChanges, InConflicts, InSame };
    struct Candidate
    {
        int plan;
        Where where;
        qsizetype index;
        RecordVersion theirs;
        QString content; // filled only when the modified times and names tie
    };
    QHash<QString, QList<Candidate>> byRecord;
    auto key = [](MergeRecordType type, const QUuid &id) { return recordTypeKey(type) + QLatin1Char(':') + uuidText(id); };
    for (int p = 0; p < plans.size(); ++p) {
        const MergePlan &plan = plans[p];
        for (qsizetype i = 0; i < plan.changes.size(); ++i)
            byRecord[key(plan.changes[i].type, plan.changes[i].id)].append({p, InChanges, i, plan.changes[i].theirs, {}});
        for (qsizetype i = 0; i < plan.conflicts.size(); ++i)
            byRecord[plan.conflicts[i].key()].append({p, InConflicts, i, plan.conflicts[i].theirs, {}});
        for (qsizetype i = 0; i < plan.same.size(); ++i)
            byRecord[key(plan.same[i].type, plan.same[i].id)].append({p, InSame, i, plan.same[i].theirs, {}});
    }

    QList<QSet<qsizetype>> dropChanges(plans.size()), dropConflicts(plans.size());
    for (auto it = byRecord.begin(); it != byRecord.end(); ++it) {
        QList<Candidate> &cands = it.value();
        if (cands.size() < 2)
            continue;
        auto fileName = [&](const Candidate &c) { return QFileInfo(plans[c.plan].sourceFile).fileName(); };
        auto content = [&](Candidate &c) -> const QString & {
            if (c.content.isNull()) {
                const MergePlan &cp = plans[c.plan];
                const auto [type, id] = c.where == InChanges     ? std::pair(cp.changes[c.index].type, cp.changes[c.index].id)
                                        : c.where == InConflicts ? std::pair(cp.conflicts[c.index].type, cp.conflicts[c.index].id)
                                                                 : std::pair(cp.same[c.index].type, cp.same[c.index].id);
                c.content = contentText(type, cp.theirs, id);
                if (c.content.isNull())
                    c.content = QStringLiteral("");
            }
            return c.content;
        };
        qsizetype w = 0;
        for (qsizetype i = 1; i < cands.size(); ++i) {
            Candidate &c = cands[i];
            Candidate &cw = cands[w];
            const QString &pd = plans[c.plan].sourcePd;
            const QString &wpd = plans[cw.plan].sourcePd;
            // The content is the last tiebreak: read only when everything before it ties.
            const bool tie = c.theirs.modified == cw.theirs.modified && pd == wpd && fileName(c) == fileName(cw);
            if (winsOver(c.theirs, pd, fileName(c), tie ? content(c) : QString(), cw.theirs, wpd, fileName(cw),
                         tie ? content(cw) : QString()))
                w = i;
        }
        const Candidate *win = &cands[w];
        const MergePlan &winner = plans[win->plan];
        for (const Candidate &c : std::as_const(cands)) {
            if (&c == win || c.where == InSame)
                continue;
            MergePlan &loser = plans[c.plan];
            MergeSuperseded s;
            if (c.where == InChanges) {
                const MergeChange &x = loser.changes[c.index];
                s = {x.type, x.id, x.title, x.mine, x.theirs, x.fields, winner.sourcePd, win->theirs};
                dropChanges[c.plan].insert(c.index);
            } else {
                const MergeConflict &x = loser.conflicts[c.index];
                s = {x.type, x.id, x.title, x.mine, x.theirs, x.fields, winner.sourcePd, win->theirs};
                dropConflicts[c.plan].insert(c.index);
            }
            loser.superseded.append(s);
        }
    }
    for (int p = 0; p < plans.size(); ++p) {
        MergePlan &plan = plans[p];
        auto prune = [](auto &list, const QSet<qsizetype> &drop) {
            if (drop.isEmpty())
                return;
            std::remove_reference_t<decltype(list)> kept;
            for (qsizetype i = 0; i < list.size(); ++i) {
                if (!drop.contains(i))
                    kept.append(list[i]);
            }
            list = std::move(kept);
        };
        prune(plan.changes, dropChanges[p]);
        prune(plan.conflicts, dropConflicts[p]);
        // The same order whatever the order of the plans was.
        std::sort(plan.superseded.begin(), plan.superseded.end(), [](const MergeSuperseded &a, const MergeSuperseded &b) {
            return std::pair(int(a.type), a.id) < std::pair(int(b.type), b.id);
        });
    }
}

namespace {

/// The copy as the merge reads it for the document archive: two different versions of one scan are never a
/// conflict to pick from. A document whose data the copy changed since its base while this project holds other
/// data becomes a record of its own (an id derived from the original id and its hash, so that merging the same copy
/// again finds it), and both are kept. A document the copy holds without data because the scans were left out of
/// it gets this project's data back, so that leaving scans out never reads as a change.
Project keepBothScanVersions(const Project &mine, const Project &theirs, const QDateTime &base)
{
    Project out = theirs;
    QHash<QUuid, const AttachedDocument *> mineIndex;
    for (const AttachedDocument &d : mine.documents)
        mineIndex.insert(d.meta.id, &d);
    for (AttachedDocument &t : out.documents) {
        const AttachedDocument *m = mineIndex.value(t.meta.id);
        if (!m || m->meta.deleted || t.meta.deleted)
            continue;
        if (t.data == m->data) {
            t.sha256 = m->sha256; // derived from the data: a file opened from an older format computed its own
            continue;
        }
        if (t.data.isEmpty() && !m->data.isEmpty() && (t.sha256.isEmpty() || t.sha256 == m->sha256)) {
            t.data = m->data;
            t.sha256 = m->sha256;
            continue;
        }
        if (t.data != m->data && t.meta.modified > base && !t.data.isEmpty()) {
            const QByteArray hash = QCryptographicHash::hash(t.data, QCryptographicHash::Sha256);
            t.meta.id = QUuid::createUuidV5(t.meta.id, hash);
            t.meta.created = t.meta.modified;
        }
    }
    return out;
}

} // namespace

QString detail::merge::projectLogDetail(const FieldDiff &f)
{
    return Merge::tr("%1: di proyek ini \"%2\", di salinan \"%3\"; tidak diambil")
        .arg(f.label, shownValue(f.mine), shownValue(f.theirs));
}

Result<MergePlan> planMerge(const Project &mine, const Project &theirs, const QString &sourceFile)
{
    if (!theirs.copyInfo || !theirs.copyInfo->madeAt.isValid()) {
        return mergeError(MergeError::NotACopy,
                          Merge::tr("Proyek \"%1\" bukan salinan proyek ini (\"%2\"): berkas itu tidak dibuat dengan "
                                    "\"Kirim ke perangkat daerah\".")
                              .arg(shownValue(theirs.title), shownValue(mine.title)),
                          sourceFile);
    }
    if (theirs.projectId != mine.projectId
        || (!theirs.copyInfo->baseProjectId.isNull() && theirs.copyInfo->baseProjectId != mine.projectId)) {
        return mergeError(
            MergeError::ForeignProject,
            Merge::tr("Proyek \"%1\" bukan salinan proyek ini (\"%2\"): salinan itu dibuat dari proyek lain "
                      "(\"%3\").")
                .arg(shownValue(theirs.title), shownValue(mine.title), shownValue(theirs.copyInfo->baseTitle)),
            sourceFile);
    }
    MergePlan plan;
    plan.sourcePd = theirs.copyInfo->forPd;
    plan.sourceFile = sourceFile;
    plan.base = theirs.copyInfo->madeAt;
    plan.urusan = theirs.copyInfo->urusan;
    plan.theirs = keepBothScanVersions(mine, theirs, plan.base);
    const auto logRead = indexLog(mine);
    if (!logRead)
        return logRead.error();
    const LogIndex &log = *logRead;
    plan.projectFields = projectDiffs(mine, theirs, log);
    planType<Entry>(mine, plan.theirs, plan.base, log, plan);
    planType<Proposal>(mine, plan.theirs, plan.base, log, plan);
    planType<Agreement>(mine, plan.theirs, plan.base, log, plan);
    planType<MonevRecord>(mine, plan.theirs, plan.base, log, plan);
    planType<AttachedDocument>(mine, plan.theirs, plan.base, log, plan);
    planType<IncomingOffer>(mine, plan.theirs, plan.base, log, plan);
    return plan;
}

} // namespace ksd
