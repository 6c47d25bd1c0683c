// SPDX-License-Identifier: Apache-2.0
// Adapter from the suggestion engine (core/engine) to the report's input. Data only: the report's words are
// written by the builder, in the report's language.
#include "reportinput.h"

#include "engine/engine.h"
#include "rules/authoritytable.h"

#include <QHash>
#include <QSet>

namespace ksd {

namespace {

/// The authority basis of a service (from the project's authority table), or empty.
QString serviceBasis(const AuthorityTable &table, const QString &urusan, const QString &service)
{
    if (service.isEmpty())
        return {};
    for (const AuthorityRow &row : table.rows()) {
        if (row.urusan == urusan && row.service.compare(service, Qt::CaseInsensitive) == 0)
            return row.displayBasis();
    }
    const int i = table.match(urusan, service);
    return i >= 0 ? table.rows()[i].displayBasis() : QString();
}

} // namespace

ReportEngineData runReportEngine(const Project &project, const std::function<bool()> &cancelled, SuggestionSet *raw)
{
    EngineOptions options;
    options.allocation = false; // the report does not show the allocation
    options.hubs = false;
    if (cancelled)
        options.progress = [&cancelled](int, int) { return !cancelled(); };
    const SuggestionSet set = SuggestionEngine::run(project, options);
    ReportEngineData data;
    if (set.cancelled)
        return data;
    data.available = true;
    if (raw)
        *raw = set;

    const AuthorityTable services = AuthorityTable::forSettings(project.settings);
    QHash<QString, QSet<QString>> pairUrusan; // "A|B" (sorted) → urusan with a suggestion
    data.suggestions.reserve(set.suggestions.size());
    for (const Suggestion &s : set.suggestions) {
        ReportSuggestion r;
        r.regionA = s.regionA;
        r.regionB = s.regionB;
        r.urusan = s.urusan;
        r.service = s.service;
        r.cls = s.cls;
        r.pairType = s.pairType;
        r.takeover = s.takeover;
        r.legalReview = s.legalReview;
        r.dprdApproval = s.dprdApproval;
        r.score = s.score;
        r.referTo = s.referTo;
        r.adjacent = s.adjacent;
        r.hops = s.hops;
        r.km = s.km;
        r.externality = s.externality;
        r.efficiency = s.efficiency;
        r.potensiA = s.potensiA;
        r.kebutuhanA = s.kebutuhanA;
        r.potensiB = s.potensiB;
        r.kebutuhanB = s.kebutuhanB;
        r.sharedNeed = s.sharedNeed;
        r.existingAgreement = s.existingAgreement;
        if (s.cls == KsdClass::RujukProvinsi || s.cls == KsdClass::RujukPusat)
            r.basis = serviceBasis(services, s.urusan, s.service);
        if (s.cls != KsdClass::TidakMemenuhi)
            pairUrusan[s.regionA + QLatin1Char('|') + s.regionB].insert(s.urusan);
        data.suggestions.append(r);
    }
    for (const Cluster &c : set.clusters) {
        ReportCluster r;
        r.urusan = c.urusan;
        r.service = c.service;
        r.members = c.members;
        r.referTo = c.referTo.value(0);
        r.cls = c.cls;
        r.pairTypes = c.pairTypes;
        r.takeover = c.takeover;
        r.score = c.score;
        r.needEntries = c.needEntries;
        r.basis = serviceBasis(services, c.urusan, c.service);
        data.clusters.append(r);
    }
    for (const RegionPartners &rp : set.partners) {
        QList<ReportPartner> list;
        for (const PartnerRank &p : rp.partners) {
            ReportPartner r;
            r.partner = p.partner;
            r.score = p.score;
            r.bestClass = p.strongest;
            const QString key = rp.region < p.partner ? rp.region + QLatin1Char('|') + p.partner
                                                      : p.partner + QLatin1Char('|') + rp.region;
            QStringList urusan(pairUrusan.value(key).cbegin(), pairUrusan.value(key).cend());
            std::sort(urusan.begin(), urusan.end());
            // The urusan of the best score first, the others after it.
            urusan.removeAll(p.bestUrusan);
            if (!p.bestUrusan.isEmpty())
                urusan.prepend(p.bestUrusan);
            r.urusan = urusan;
            list.append(r);
        }
        data.partners.insert(rp.region, list);
    }
    const EngineSettings defaults;
    for (int i = 0; i < EngineSettings::FactorCount; ++i) {
        ReportWeight w;
        w.key = EngineSettings::factorKey(i);
        w.name = EngineSettings::factorName(i);
        w.value = set.settings.weights[i];
        w.defaultValue = defaults.weights[i];
        data.weights.append(w);
    }
    return data;
}

} // namespace ksd
