// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/records.h"
#include "rules/ruleset.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace ksd {

/// What a link of a network map stands for. Suggestions come in the four classes of the rule set (TIDAK_MEMENUHI
/// and RUJUK_PUSAT are never drawn); proposals and agreements are drawn in green.
enum class LinkKind { Wajib = 0, PotensiWajib, Sukarela, RujukProvinsi, Proposal, Agreement };
constexpr int LinkKindCount = 6;
/// Every kind, as a bit mask (NetworkFilter::kinds).
constexpr quint32 AllLinkKinds = (1u << LinkKindCount) - 1;
constexpr quint32 linkKindBit(LinkKind k) { return 1u << int(k); }

QString linkKindKey(LinkKind kind); ///< wajib / potensi_wajib / sukarela / rujuk_provinsi / usulan / kesepakatan
/// A key of linkKindKey(), or a rule-set class key (WAJIB, POTENSI_WAJIB, ...).
std::optional<LinkKind> linkKindFromKey(const QString &key);
/// The link kind of a suggestion class; nullopt for TIDAK_MEMENUHI and RUJUK_PUSAT.
std::optional<LinkKind> linkKindOf(KsdClass cls);

using RegionPair = QPair<QString, QString>;

// Which region pairs a map joins: one set of rules for the Peta tab (NetworkData), its exports and the report's map
// figures, so that the screen and the report draw the same links for the same project.

/// The pairs one suggestion draws: A–B; for RUJUK_PROVINSI each of A and B to each province it is referred to
/// (never a province to itself); none when its class is not drawn.
QList<RegionPair> suggestionMapPairs(const QString &a, const QString &b, KsdClass cls, const QStringList &referTo);
/// The pairs a proposal draws: the proposer to each partner region; none for a deleted proposal or one whose
/// partners are not regions.
QList<RegionPair> proposalMapPairs(const Proposal &p);
/// The pairs an agreement draws: its region parties as a star from the owner region when the owner is a party or
/// the record names only the partner (a legacy record of the owner's register); otherwise a star among its own
/// parties from the first. None for a deleted, stopped or ended agreement.
QList<RegionPair> agreementMapPairs(const Agreement &a, const QString &owner);

} // namespace ksd
