// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/engine.h"
#include "model/project.h"
#include "util/result.h"

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>

/// CSV export for Excel in an Indonesian locale: UTF-8 with a BOM, ';' between fields, CRLF line ends and
/// decimal commas. Text cells Excel would run as a formula get a leading apostrophe (see protectText()).
namespace ksd::io {

/// The entries export columns: the 16 template columns (templateColumns(ImportKind::Entries); wilayah_eksternalitas
/// holds the codes separated by a space) followed by eksternalitas_lokasi, eksternalitas_pengguna and
/// eksternalitas_dampak, so that importing the file gives back the same three externality criteria (eksternalitas
/// itself holds Entry::externality()).
QStringList entryExportColumns();

/// The cells of one entry, in entryExportColumns() order.
QStringList entryExportRow(const Entry &entry);

/// Live (not deleted) entries of @p entries, as an Excel CSV with the header line.
QByteArray exportEntriesCsv(const QList<Entry> &entries);

/// The one shape of every suggestions output (the window's export, `petaksd export --suggestions` and
/// `petaksd suggest`): kode_wilayah_a, nama_wilayah_a, kode_wilayah_b, nama_wilayah_b, urusan, nama_urusan,
/// layanan, kelas (WAJIB, POTENSI_WAJIB, SUKARELA, RUJUK_PROVINSI, RUJUK_PUSAT, TIDAK_MEMENUHI), nama_kelas,
/// tipe_pasangan (A–E), diambil_alih (gubernur / pusat), rujuk_provinsi, persetujuan_dprd (ya/tidak),
/// kajian_hukum (ya/tidak), eksternalitas, efisiensi, berbatasan (ya/tidak), langkah_batas (empty when not
/// connected by land), jarak_km, skor, kecocokan_a_ke_b, kecocokan_b_ke_a, kebutuhan_bersama, potensi_a,
/// kebutuhan_a, potensi_b, kebutuhan_b, kerja_sama_aktif, alasan (SuggestionEngine::reasons), kunci
/// (Suggestion::key, the link a proposal accepted from it keeps), perbatasan_laut, kewenangan_belum_diperiksa
/// (ya/tidak), jenis (pasangan, klaster or isian_ditolak) and anggota (the region codes, space-separated).
QStringList suggestionExportColumns();

/// The cells of one pair suggestion, in suggestionExportColumns() order.
QStringList suggestionExportRow(const Suggestion &suggestion);

enum class SuggestionFormat {
    ExcelCsv, ///< BOM, semicolons, CRLF, decimal commas, formula-safe text (as every export of the app)
    Json,     ///< an array of objects keyed by the same column names; numbers, booleans and null typed
};

/// Writes every row of @p set in the engine's order (pairs, then clusters, then the entries the engine could not
/// use) to @p device, one row at a time.
Status writeSuggestions(const SuggestionSet &set, SuggestionFormat format, QIODevice &device);

/// writeSuggestions() as an Excel CSV in memory.
QByteArray exportSuggestionsCsv(const SuggestionSet &set);

/// The live proposals of @p project: kode_wilayah, urusan, kode_wilayah_mitra (space-separated), kategori,
/// kelas (the verdict's strongest class over the partners, from screenProposal(); empty unless KSDD), judul,
/// mitra (named partners), persetujuan_dprd (ya/tidak) and kunci_saran.
QByteArray exportProposalsCsv(const Project &project);

/// The register for the province's yearly report: the live agreements of @p project with kode_wilayah (region
/// parties, space-separated), urusan, kategori, jenis_dokumen, judul, tahap, status, tanggal_tanda_tangan, mulai,
/// berakhir (the ten columns of format 3, first and in that order), then pihak (every party, '|'-separated), nomor
/// ("party: number", '|'-separated), keadaan (agreementPhase on @p today), jangka_waktu_hari, pengecualian_jangka_waktu,
/// peringatan_jangka_waktu (ya/tidak: termNeedsException), kb_acuan (the KB a PKS implements), memperpanjang (the
/// agreement an extension continues), prosedur, langkah_berikutnya (nextStepText, the next required step) and
/// perlu_ditinjau (Agreement::reviewNote).
QByteArray exportAgreementsCsv(const Project &project, const QDate &today);

/// Writes @p bytes to @p path atomically (the target is either the old or the new file, whole).
Status writeCsvFile(const QByteArray &bytes, const QString &path);

} // namespace ksd::io
