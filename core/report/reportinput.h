// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/project.h"
#include "rules/ruleset.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace ksd {

struct SuggestionSet;

// What the report needs from the suggestion engine, in the report's own terms. reportengine.cpp fills it from
// core/engine, so that the report content does not depend on the engine's internal structures.

/// One pair suggestion: regions, urusan, the rule set's verdict, the fit score and why.
struct ReportSuggestion
{
    QString regionA;
    QString regionB;
    QString urusan;
    QString service;
    KsdClass cls = KsdClass::TidakMemenuhi;
    PairType pairType = PairType::None;
    Takeover takeover = Takeover::None;
    bool legalReview = false;
    bool dprdApproval = false;
    double score = 0;          ///< two-way fit score, 0..100
    QString basis;             ///< the legal basis to cite (short, with articles)
    QStringList referTo;       ///< RUJUK_PROVINSI: the province(s)
    bool adjacent = false;
    int hops = 0;              ///< border hops (255: not connected by land)
    double km = 0;             ///< between label points
    Evidence externality = Evidence::Unknown;
    Evidence efficiency = Evidence::Unknown;
    int potensiA = 0, kebutuhanA = 0, potensiB = 0, kebutuhanB = 0; ///< entries behind it
    bool sharedNeed = false;   ///< both sides have cross-border needs
    bool existingAgreement = false;
};

/// A multi-party suggestion: bordering regions with cross-border needs in the same service.
struct ReportCluster
{
    QString urusan;
    QString service;
    QStringList members;       ///< region codes, sorted
    QString referTo;           ///< the province the cluster is referred to ("" when none)
    KsdClass cls = KsdClass::TidakMemenuhi;
    QStringList pairTypes;     ///< types of the bordering member pairs
    Takeover takeover = Takeover::None;
    double score = 0;          ///< 0..100
    int needEntries = 0;
    QString basis;
};

/// A ranked partner of a region.
struct ReportPartner
{
    QString partner;           ///< region code
    double score = 0;          ///< 0..100
    KsdClass bestClass = KsdClass::TidakMemenuhi;
    QStringList urusan;        ///< urusan the pair shares a suggestion in
};

/// One factor of the fit score and its weight.
struct ReportWeight
{
    QString key;
    QString name;              ///< translated
    double value = 0;
    double defaultValue = 0;
    QString description;       ///< translated
};

/// The engine's results as the report uses them.
struct ReportEngineData
{
    bool available = false;    ///< false when no engine ran: the sections that need it say so
    QList<ReportSuggestion> suggestions;
    QList<ReportCluster> clusters;
    QList<ReportWeight> weights;
    QHash<QString, QList<ReportPartner>> partners; ///< region code → partners, best first
};

/// Runs the suggestion engine on @p project and converts its output. @p cancelled is polled; when it returns
/// true the run stops and an unavailable result is returned. @p raw, when given, receives the engine's own output
/// (for the map figure, which the network view's renderer draws from it).
ReportEngineData runReportEngine(const Project &project, const std::function<bool()> &cancelled = {},
                                 SuggestionSet *raw = nullptr);

} // namespace ksd
