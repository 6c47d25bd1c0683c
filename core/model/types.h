// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace ksd {

/// Three-valued evidence: a missing answer is never read as "no" (DESIGN.md §2.2).
enum class Evidence { Unknown = 0, Yes = 1, No = 2 };

enum class EntryKind { Potensi = 0, Kebutuhan = 1 };

enum class ActivityKind { KerjaSama = 0, Pengadaan = 1, Swakelola = 2, Internal = 3 };

enum class PartnerType { Daerah = 0, PihakKetiga = 1, KL = 2, PemdaLN = 3, LembagaLN = 4 };

/// Cooperation categories of DESIGN.md §2.1.
enum class Category { None = 0, KSDD = 1, KSDPK = 2, Sinergi = 3, KSDPL = 4, KSDLL = 5 };

enum class DocType { KB = 0, PKS = 1, NK = 2, Addendum = 3 };

/// Stages of a cooperation (Permendagri 22/2020; abroad Permendagri 25/2020). The first ten are the single sequence
/// of format versions 1-3, in that order.
enum class Stage {
    Persiapan = 0,
    Penawaran,
    PenyusunanKB,
    PenandatangananKB,
    PersetujuanDPRD,
    PenyusunanPKS,
    PenandatangananPKS,
    Pelaksanaan,
    Penatausahaan,
    Pelaporan,
    // Added in format version 4 (each category and document type has its own procedure, core/register/procedure.h).
    // The numbers only name a stage: the order of a procedure is its table, never the enum value.
    PembahasanTKKSD,
    Berlaku,
    PersetujuanPusat,
    PenyusunanNK,
    PenandatangananNK,
    PenyusunanRencanaAksi,
};
constexpr int StageCount = 16;

enum class AgreementStatus { Aktif = 0, Berakhir = 1, Diperpanjang = 2, Dihentikan = 3 };

enum class Recommendation { Lanjut = 0, Perbaiki = 1, Hentikan = 2 };

enum class PartyKind { Region = 0, ThirdParty = 1, KL = 2, ForeignRegion = 3, ForeignInstitution = 4 };

/// Stable machine keys (used in files, CSV and JSON). Inverse functions return std::nullopt on unknown text.
QString evidenceKey(Evidence e);            // ya / tidak / belum_diketahui
std::optional<Evidence> evidenceFromKey(const QString &key);
QString entryKindKey(EntryKind k);          // potensi / kebutuhan
std::optional<EntryKind> entryKindFromKey(const QString &key);
QString activityKey(ActivityKind a);        // kerja_sama / pengadaan / swakelola / internal
std::optional<ActivityKind> activityFromKey(const QString &key);
QString partnerTypeKey(PartnerType p);      // daerah / pihak_ketiga / kl / pemda_ln / lembaga_ln
std::optional<PartnerType> partnerTypeFromKey(const QString &key);
QString categoryKey(Category c);            // KSDD / KSDPK / SINERGI / KSDPL / KSDLL / "" for None
std::optional<Category> categoryFromKey(const QString &key);
QString docTypeKey(DocType d);              // KB / PKS / NK / ADDENDUM
std::optional<DocType> docTypeFromKey(const QString &key);
QString stageKey(Stage s);                  // persiapan / penawaran / penyusunan_kb / ...
std::optional<Stage> stageFromKey(const QString &key);
QString statusKey(AgreementStatus s);       // aktif / berakhir / diperpanjang / dihentikan
std::optional<AgreementStatus> statusFromKey(const QString &key);
QString recommendationKey(Recommendation r); // lanjut / perbaiki / hentikan
std::optional<Recommendation> recommendationFromKey(const QString &key);
QString partyKindKey(PartyKind k);          // daerah / pihak_ketiga / kl / pemda_ln / lembaga_ln
std::optional<PartyKind> partyKindFromKey(const QString &key);

/// Translated, human-readable names (Indonesian by default).
QString evidenceName(Evidence e);
/// The same in lower case, for the middle of a sentence: "ya", "tidak", "belum diketahui".
QString evidenceWord(Evidence e);
QString entryKindName(EntryKind k);
QString activityName(ActivityKind a);
QString partnerTypeName(PartnerType p);
QString categoryName(Category c);
QString docTypeName(DocType d);
QString stageName(Stage s);
QString statusName(AgreementStatus s);
QString recommendationName(Recommendation r);

/// Bookkeeping every record carries so that copies can be merged (DESIGN.md §5).
struct RecordMeta
{
    QUuid id;
    QDateTime created;   ///< UTC
    QDateTime modified;  ///< UTC
    QString modifiedBy;  ///< perangkat daerah that made the last change
    bool deleted = false; ///< tombstone

    /// A fresh record: new UUID, created = modified = now (UTC, whole milliseconds).
    static RecordMeta fresh(const QString &by);
    /// Marks a change made now by @p by.
    void touch(const QString &by);
    bool operator==(const RecordMeta &) const = default;
};

/// Current time in UTC, truncated to milliseconds so that it survives a save unchanged.
QDateTime nowUtc();

} // namespace ksd
