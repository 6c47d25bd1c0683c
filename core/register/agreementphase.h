// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/project.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QUuid>

namespace ksd {

/// What an agreement is on a given day (DESIGN.md §2.3). The recorded AgreementStatus says what a planner set; the
/// phase also reads the dates, so that a draft with no start date is never counted or shown as in force.
enum class AgreementPhase {
    Draft = 0,     ///< no start date yet: still being prepared, offered, drafted or signed
    NotYetInForce, ///< signed, with a start date after the day
    InForce,       ///< started, not past its end date, status aktif
    Extended,      ///< started, not past its end date, status diperpanjang
    Lapsed,        ///< past its end date while the record still says aktif/diperpanjang
    Ended,         ///< status berakhir
    Stopped,       ///< status dihentikan
};
constexpr int AgreementPhaseCount = 7;

/// The phase of @p agreement on @p today: dihentikan and berakhir as recorded; otherwise no start date is Draft, a
/// start date after @p today is NotYetInForce, an end date before @p today is Lapsed, and the rest is in force
/// (Extended when the status says diperpanjang).
AgreementPhase agreementPhase(const Agreement &agreement, const QDate &today);
/// In force on the day: InForce or Extended.
bool isInForce(AgreementPhase phase);
/// Translated short name: "Dalam proses", "Belum berlaku", "Aktif", "Diperpanjang", "Lewat masa berlaku",
/// "Sudah berakhir", "Dihentikan".
QString agreementPhaseName(AgreementPhase phase);
/// Translated one-sentence definition, for the report's notes.
QString agreementPhaseDefinition(AgreementPhase phase);

/// A kesepakatan bersama in force whose end date comes before the perjanjian kerja sama that implements it is
/// signed: the PKS would be signed under a KB that no longer holds.
struct KbBeforePks
{
    QUuid kb;
    QUuid pks;
    QString kbTitle;
    QString pksTitle;
    QDate kbEnd;
    Stage pksStage = Stage::Persiapan;
    QString pd;        ///< the PKS's implementing perangkat daerah (the KB's when the PKS names none)
    qint64 daysLeft = 0;
};

/// Live KBs in force on @p today that end within @p withinDays while a live PKS implementing them (same urusan, and
/// at least one region or named party in common besides the owner region) is not yet signed (its stage is before
/// penandatanganan PKS). Sorted by the KB's end date.
QList<KbBeforePks> kbEndingBeforePks(const Project &project, const QDate &today, int withinDays);

} // namespace ksd
