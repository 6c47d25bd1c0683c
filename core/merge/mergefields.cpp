// SPDX-License-Identifier: Apache-2.0
// Each record type's fields as the merge compares them and shows them in a conflict.
#include "mergefields_p.h"
#include "merge_p.h"

#include "util/usertext.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QLocale>

namespace ksd::detail::merge {

namespace {

// ---- display values -----------------------------------------------------------------------------------------

QString numberText(const std::optional<double> &v)
{
    return v ? QLocale::c().toString(*v, 'f', QLocale::FloatingPointShortest) : QString();
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

QString dataText(const DocumentData &data)
{
    // Streamed once per handle (the handle keeps the hash): comparing two copies never loads a scan whole.
    const Result<QString> hash = data.actualSha256();
    return Merge::tr("%1 bait, SHA-256 %2").arg(data.size()).arg(hash ? hash->left(12) : QStringLiteral("?"));
}

// ---- per-type descriptions ----------------------------------------------------------------------------------

template<typename T>
Field<T> field(const char *key, const char *label, std::function<QString(const T &)> value)
{
    return {QString::fromLatin1(key), [label] { return QCoreApplication::translate("ksd::Merge", label); },
            std::move(value)};
}

} // namespace

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
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

} // namespace ksd::detail::merge
