// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "documenthandle.h"
#include "types.h"

#include <QByteArray>
#include <QList>
#include <QMap>

#include <array>

namespace ksd {

/// A potensi or a kebutuhan/permasalahan of one region in one urusan, entered by a perangkat daerah.
struct Entry
{
    RecordMeta meta;
    EntryKind kind = EntryKind::Kebutuhan;
    QString regionCode;   ///< Kemendagri code, e.g. "63.03"
    QString urusanCode;   ///< e.g. "2.11"
    QString service;      ///< optional service name, e.g. "TPA regional"
    QString title;
    QString description;
    std::optional<double> magnitude;
    QString unit;
    int priority = 3;     ///< 1 (low) .. 5 (highest)
    Evidence extLocation = Evidence::Unknown; ///< the location of the service crosses the border
    Evidence extUsers = Evidence::Unknown;    ///< its users cross the border
    Evidence extImpact = Evidence::Unknown;   ///< its benefit or harm crosses the border
    QString externalityNote;
    /// wilayah_eksternalitas: Kemendagri codes of the regions the externality crosses into. The externality holds
    /// between A and B only when either side's evidence names the other (DESIGN.md §2.2).
    QStringList externalityRegions;
    Evidence efficiency = Evidence::Unknown;  ///< more efficient when managed jointly
    QString efficiencyNote;
    QString sourcePd;     ///< perangkat daerah that entered it
    int year = 0;

    /// Overall externality (UU 23/2014 Pasal 13 criteria): yes if any criterion holds, no only when all
    /// three are known not to hold, unknown otherwise.
    Evidence externality() const;
    bool operator==(const Entry &) const = default;
};

/// Usulan kerja sama.
struct Proposal
{
    RecordMeta meta;
    QString regionCode;          ///< the proposing region (normally the project's owner)
    QString sourcePd;
    QString urusanCode;
    QString title;
    QString description;
    ActivityKind activity = ActivityKind::KerjaSama;
    PartnerType partnerType = PartnerType::Daerah;
    QStringList partnerRegionCodes; ///< candidate partner regions (for daerah)
    QString partnerNames;        ///< named third parties / K/L / foreign partners
    DocType form = DocType::KB;  ///< intended form: KB, PKS or NK
    std::optional<double> estimatedCost;
    bool inApbd = false;
    bool burdensPublic = false;
    QString suggestionKey;       ///< "regionA|regionB|urusan" of the suggestion it came from, if any
    QString suggestionNote;      ///< the engine's explanation when promoted from a suggestion (kept, read-only)
    int year = 0;
    bool operator==(const Proposal &) const = default;
};

struct Party
{
    PartyKind kind = PartyKind::Region;
    QString regionCode; ///< for PartyKind::Region
    QString name;       ///< for other kinds (and display name override)
    QString documentNumber; ///< the party's own number for the document
    QString signatory;
    bool operator==(const Party &) const = default;
};

struct StageDate
{
    Stage stage = Stage::Persiapan;
    QDate date;
    bool operator==(const StageDate &) const = default;
};

/// Kesepakatan bersama, perjanjian kerja sama, nota kesepakatan or addendum.
struct Agreement
{
    RecordMeta meta;
    QUuid proposalId;   ///< null when entered directly
    Category category = Category::KSDD;
    DocType docType = DocType::KB;
    QString title;
    QString object;
    QString scope;
    QString urusanCode;
    QList<Party> parties;
    QDate signedOn;
    QDate startDate;
    QDate endDate;
    QList<StageDate> stages; ///< dates each stage was reached, in order
    Stage stage = Stage::Persiapan; ///< current stage
    AgreementStatus status = AgreementStatus::Aktif;
    QString implementingPd;
    QString funding;
    std::optional<double> value;
    QUuid kbId;            ///< a PKS: the kesepakatan bersama it implements (null when none is recorded)
    QUuid previousId;      ///< an extension: the agreement it continues (null for a first agreement)
    QString termException; ///< the basis for a term over five years or without an end date (KPBU, BMD...)
    QString reviewNote;    ///< why a planner should check its stage (set when a stage was mapped); empty = none
    bool operator==(const Agreement &) const = default;
};

/// The eight monev criteria, each scored 0 (not assessed) .. 5.
enum class MonevCriterion {
    KesesuaianTujuan = 0, KetepatanWaktu, KontribusiMitra, Koordinasi,
    CapaianIndikator, Dampak, KelengkapanDokumen, PelaporanBerkala,
};
constexpr int MonevCriterionCount = 8;
QString monevCriterionKey(MonevCriterion c);
QString monevCriterionName(MonevCriterion c);

struct MonevRecord
{
    RecordMeta meta;
    QUuid agreementId;
    QDate date;
    QString evaluatorRole;
    std::array<int, MonevCriterionCount> scores{};
    QString kendala;
    Recommendation recommendation = Recommendation::Lanjut;
    int rating = 3; ///< 1..5
    bool operator==(const MonevRecord &) const = default;
};

/// The state of a naskah: draf → reviu → final ditandatangani (Unstated for files attached before format 4).
enum class DocumentVersion { Unstated = 0, Draf, Reviu, Final };
QString documentVersionKey(DocumentVersion v); ///< "" / draf / reviu / final
std::optional<DocumentVersion> documentVersionFromKey(const QString &key); ///< "" gives Unstated
QString documentVersionName(DocumentVersion v); ///< translated

/// A document file kept inside the .ksd (surat penawaran, KAK, scanned PKS...): its facts and a handle to its bytes,
/// which stay in the file (or a private spool copy) and are streamed on demand, never loaded at open.
struct AttachedDocument
{
    RecordMeta meta;
    QUuid agreementId;
    QString kind;      ///< e.g. "surat_penawaran", "kak", "pks"
    QString fileName;
    QString mimeType;
    DocumentData data; ///< where the bytes are (size() is the file's size); empty when sent without its scan
    QString sha256;    ///< hex SHA-256 of data when it was attached: a different hash of data means it was altered
    DocumentVersion version = DocumentVersion::Unstated;
    QString originalHolder;   ///< who holds the signed original (e.g. "Bagian Kerja Sama")
    QString originalLocation; ///< where: lemari / nomor arsip
    bool operator==(const AttachedDocument &) const = default;
};

/// What became of an incoming offer.
enum class OfferStatus { Menunggu = 0, Diterima = 1, Ditolak = 2 };
QString offerStatusKey(OfferStatus s); ///< menunggu / diterima / ditolak
std::optional<OfferStatus> offerStatusFromKey(const QString &key);
QString offerStatusName(OfferStatus s); ///< translated

/// Penawaran masuk: an offer of cooperation received from another region or a third party (DESIGN.md §2.3).
struct IncomingOffer
{
    RecordMeta meta;
    PartnerType senderType = PartnerType::Daerah;
    QString senderRegion;   ///< Kemendagri code when the sender is a region
    QString senderName;     ///< the sender's name for the other kinds
    QDate receivedOn;
    QString letterNumber;   ///< nomor surat penawaran
    QString urusanCode;
    QString title;          ///< what is offered
    QString description;
    QString askedPd;        ///< the perangkat daerah asked for an opinion
    QDate answerDue;        ///< deadline for the answer
    bool burdensPublic = false;
    bool inApbd = false;
    OfferStatus status = OfferStatus::Menunggu;
    QString declineReason;
    QUuid proposalId;       ///< the proposal it was accepted into
    bool operator==(const IncomingOffer &) const = default;
};
/// The largest file the archive takes (a 200 MB scan fits): stored as a BLOB and streamed, never held whole.
constexpr qint64 MaxAttachmentBytes = 256 * 1024 * 1024;

/// A node position of the network view, per layout, so that the picture survives reopening.
struct NodePosition
{
    QString layout;     ///< "geo", "force", "circle"
    QString regionCode;
    double x = 0;
    double y = 0;
    bool operator==(const NodePosition &) const = default;
};

/// One line of the merge log: what came from which copy.
struct MergeLogEntry
{
    QDateTime at;
    QString sourcePd;
    QString sourceFile;
    QString recordType;
    QUuid recordId;
    QString action; ///< added / changed / deleted / same / conflict_mine / conflict_theirs / superseded / project_not_taken
    QString detail;
    bool operator==(const MergeLogEntry &) const = default;
};

} // namespace ksd
