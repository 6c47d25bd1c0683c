// SPDX-License-Identifier: Apache-2.0
// The texts of the engine: one-line reasons for tables and CSV, and the full explanation of a suggestion or cluster.
#include "engine_p.h"

#include "rules/legalbasis.h"

#include "util/format.h"

#include <QLocale>

namespace ksd {

using detail::engine::normalisedWeights;
using detail::engine::Tr;
using detail::engine::Weights;

namespace {

/// @p text with its first letter in upper case: the engine's reasons start in lower case to sit inside a sentence.
QString sentenceCase(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QString basisShort(KsdClass cls, PairType type)
{
    auto cite = [](const char *key) { return legalBasis(QString::fromLatin1(key)).citation; };
    switch (cls) {
    case KsdClass::Wajib:
    case KsdClass::PotensiWajib:
        return type == PairType::C ? Tr::tr("%1; tipe C perlu kajian hukum").arg(cite("substantive") + QStringLiteral("; ")
                                                                                   + cite("pair_type"))
                                   : cite("substantive") + QStringLiteral("; ") + cite("pair_type");
    case KsdClass::Sukarela: return cite("adjacency");
    case KsdClass::RujukProvinsi:
    case KsdClass::RujukPusat: return cite("authority");
    case KsdClass::TidakMemenuhi: break;
    }
    return cite("eligibility");
}

} // namespace

QString SuggestionEngine::reasons(const Suggestion &s)
{
    const QLocale locale = uiLocale(); // numbers in the reader's language, like the words around them
    QStringList parts;
    switch (s.cls) {
    case KsdClass::Wajib:
        parts << Tr::tr("indikasi wajib (hasil pemetaan awal; perlu kajian dan kesepakatan para pihak): berbatasan, "
                        "eksternalitas antara kedua pihak dan efisiensi terpenuhi");
        break;
    case KsdClass::PotensiWajib:
        parts << Tr::tr("potensi wajib: berbatasan, bukti belum lengkap (eksternalitas %1, efisiensi %2), perlu kajian")
                     .arg(evidenceWord(s.externality), evidenceWord(s.efficiency));
        break;
    case KsdClass::Sukarela:
        parts << (s.adjacent ? Tr::tr("sukarela: syarat wajib tidak terpenuhi (eksternalitas %1, efisiensi %2)")
                                   .arg(evidenceWord(s.externality), evidenceWord(s.efficiency))
                             : Tr::tr("sukarela: tidak berbatasan"));
        break;
    case KsdClass::RujukProvinsi:
        parts << Tr::tr("rujuk ke provinsi %1: objek ini kewenangan provinsi").arg(s.referTo.join(QStringLiteral(", ")));
        break;
    case KsdClass::RujukPusat:
        parts << Tr::tr("rujuk ke Pemerintah Pusat: objek ini kewenangan Pemerintah Pusat");
        break;
    case KsdClass::TidakMemenuhi:
        parts << Tr::tr("tidak memenuhi syarat para pihak atau objek");
        break;
    }
    QStringList fits;
    if (s.potensiA > 0 && s.kebutuhanB > 0)
        fits << Tr::tr("potensi %1 (%2) → kebutuhan %3 (%4)").arg(s.regionA).arg(s.potensiA).arg(s.regionB).arg(s.kebutuhanB);
    if (s.potensiB > 0 && s.kebutuhanA > 0)
        fits << Tr::tr("potensi %1 (%2) → kebutuhan %3 (%4)").arg(s.regionB).arg(s.potensiB).arg(s.regionA).arg(s.kebutuhanA);
    if (s.sharedNeed)
        fits << Tr::tr("kebutuhan lintas batas di kedua pihak");
    parts << fits.join(QStringLiteral(", "));
    if (s.adjacent)
        parts << Tr::tr("berbatasan; jarak antartitik pusat %1 km").arg(locale.toString(s.km, 'f', 0));
    else if (s.hops != 255)
        parts << Tr::tr("%1 langkah batas; jarak antartitik pusat %2 km").arg(s.hops).arg(locale.toString(s.km, 'f', 0));
    else
        parts << Tr::tr("tidak terhubung darat; jarak antartitik pusat %1 km").arg(locale.toString(s.km, 'f', 0));
    QStringList f;
    for (int i = 0; i < EngineSettings::FactorCount; ++i)
        f << QStringLiteral("%1 %2").arg(EngineSettings::factorName(i), locale.toString(double(s.contributions[i]), 'f', 1));
    parts << Tr::tr("skor %1 = %2").arg(locale.toString(s.score, 'f', 1), f.join(QStringLiteral(" + ")));
    if (s.existingAgreement)
        parts << Tr::tr("sudah ada kerja sama aktif pada urusan ini");
    if (s.takeover != Takeover::None)
        parts << Tr::tr("bila tidak dilaksanakan diambil alih %1").arg(takeoverName(s.takeover));
    if (s.dprdApproval)
        parts << ruleFlagName(QStringLiteral("dprd_approval"));
    parts << Tr::tr("dasar: %1").arg(basisShort(s.cls, s.pairType));
    return parts.join(QStringLiteral("; "));
}

QString SuggestionEngine::reasons(const Cluster &c)
{
    const QLocale locale = uiLocale(); // numbers in the reader's language, like the words around them
    // A service of the authority table in the reader's language (a project's own rows have only Indonesian).
    const QString service = AuthorityTable::builtin().serviceName(c.urusan, c.service);
    QStringList parts;
    switch (c.cls) {
    case KsdClass::RujukProvinsi:
        parts << Tr::tr("klaster %1 daerah berbatasan dengan kebutuhan lintas batas \"%2\": kewenangan provinsi, rujuk ke %3")
                     .arg(c.members.size())
                     .arg(service, c.referTo.join(QStringLiteral(", ")));
        break;
    case KsdClass::Wajib:
        parts << Tr::tr("klaster %1 daerah berbatasan dengan kebutuhan lintas batas \"%2\": wajib").arg(c.members.size()).arg(service);
        break;
    case KsdClass::PotensiWajib:
        parts << Tr::tr("klaster %1 daerah berbatasan dengan kebutuhan lintas batas \"%2\": potensi wajib, perlu kajian "
                    "(eksternalitas %3, efisiensi %4)")
                     .arg(c.members.size())
                     .arg(service, evidenceWord(c.externality), evidenceWord(c.efficiency));
        break;
    default:
        parts << Tr::tr("klaster %1 daerah berbatasan dengan kebutuhan lintas batas \"%2\": sukarela (eksternalitas %3, "
                    "efisiensi %4)")
                     .arg(c.members.size())
                     .arg(service, evidenceWord(c.externality), evidenceWord(c.efficiency));
        break;
    }
    parts << Tr::tr("anggota %1").arg(c.members.join(QStringLiteral(", ")));
    parts << Tr::tr("%1 isian kebutuhan, %2 pasangan berbatasan, skor rata-rata %3")
                 .arg(c.needEntries)
                 .arg(c.borderingPairs)
                 .arg(locale.toString(c.score, 'f', 1));
    if (c.takeover != Takeover::None)
        parts << Tr::tr("bila tidak dilaksanakan diambil alih %1").arg(takeoverName(c.takeover));
    parts << Tr::tr("dasar: %1").arg(basisShort(c.cls, c.legalReview ? PairType::C : PairType::E));
    return parts.join(QStringLiteral("; "));
}

namespace {

std::optional<bool> proposalFact(const Project &p, const QString &a, const QString &b, const QString &urusan,
                                 bool burdens)
{
    std::optional<bool> out;
    for (const Proposal &x : p.proposals) {
        if (x.meta.deleted)
            continue;
        const QStringList key = x.suggestionKey.split(QLatin1Char('|'));
        bool match = false;
        if (key.size() == 3) {
            match = key[2] == urusan && ((key[0] == a && key[1] == b) || (key[0] == b && key[1] == a));
        } else if (x.partnerType == PartnerType::Daerah && x.urusanCode == urusan) {
            match = (x.regionCode == a && x.partnerRegionCodes.contains(b))
                    || (x.regionCode == b && x.partnerRegionCodes.contains(a));
        }
        if (!match)
            continue;
        out = burdens ? (out.value_or(false) || x.burdensPublic) : (out.value_or(true) && x.inApbd);
    }
    return out;
}

/// The authority row a suggestion's canonical service name stands for (-1: the rest of the urusan).
int serviceRowOf(const RuleSet &rules, const QString &urusan, const QString &service)
{
    for (int i = 0; i < rules.authority().rows().size(); ++i) {
        const AuthorityRow &r = rules.authority().rows()[i];
        if (r.urusan == urusan && !r.isDefault() && r.service == service)
            return i;
    }
    return -1;
}

void collectEntries(const Project &project, const RuleSet &rules, const QStringList &regions, const QString &urusan,
                    const QString &service, bool needsOnly, Explanation &ex)
{
    const int row = serviceRowOf(rules, urusan, service);
    const QString normalized = AuthorityTable::normalize(service);
    for (const Entry &e : project.entries) {
        if (e.meta.deleted || e.urusanCode != urusan || !regions.contains(e.regionCode))
            continue;
        const int er = rules.authority().match(e.urusanCode, e.service);
        if (row >= 0 ? er != row : (needsOnly ? AuthorityTable::normalize(e.service) != normalized : er >= 0))
            continue;
        if (needsOnly && (e.kind != EntryKind::Kebutuhan || e.externality() == Evidence::No))
            continue;
        ex.entries.append(Explanation::EntryRef{e.meta.id, e.regionCode, e.kind, e.title, e.service, e.priority,
                                                e.externality(), e.efficiency});
    }
    std::sort(ex.entries.begin(), ex.entries.end(), [](const Explanation::EntryRef &x, const Explanation::EntryRef &y) {
        return std::tie(x.region, x.kind, x.title, x.id) < std::tie(y.region, y.kind, y.title, y.id);
    });
}

} // namespace

Explanation SuggestionEngine::explain(const Project &project, const Suggestion &s)
{
    Explanation ex;
    const RuleSet rules = RuleSet::forProject(project);
    collectEntries(project, rules, {s.regionA, s.regionB}, s.urusan, s.service, false, ex);
    const EngineSettings settings = EngineSettings::fromProject(project);
    const Weights w = normalisedWeights(settings);
    const QLocale locale = uiLocale(); // numbers in the reader's language, like the words around them
    for (int i = 0; i < EngineSettings::FactorCount; ++i) {
        Explanation::FactorLine line;
        line.key = EngineSettings::factorKey(i);
        line.name = EngineSettings::factorName(i);
        line.value = double(s.factors[i]);
        line.weight = w.w[i];
        line.contribution = double(s.contributions[i]);
        switch (i) {
        case EngineSettings::Complement:
            line.detail = Tr::tr("potensi A→kebutuhan B: %1; potensi B→kebutuhan A: %2; kebutuhan bersama: %3")
                              .arg(s.fitAB > 0 ? Tr::tr("ya") : Tr::tr("tidak"), s.fitBA > 0 ? Tr::tr("ya") : Tr::tr("tidak"),
                                   s.sharedNeed ? Tr::tr("ya") : Tr::tr("tidak"));
            break;
        case EngineSettings::Hops:
            line.detail = s.hops == 255 ? Tr::tr("tidak terhubung darat") : Tr::tr("%n langkah batas", nullptr, s.hops);
            break;
        case EngineSettings::Distance:
            line.detail = Tr::tr("%1 km antar titik label").arg(locale.toString(s.km, 'f', 1));
            break;
        case EngineSettings::Agreements:
            line.detail = s.existingAgreement ? Tr::tr("sudah ada kerja sama aktif pada urusan ini")
                                              : s.factors[i] > 0 ? Tr::tr("ada kerja sama aktif pada urusan lain")
                                                                 : Tr::tr("belum ada kerja sama aktif");
            break;
        default:
            break;
        }
        ex.factors.append(line);
    }
    RuleInput in;
    in.regionA = s.regionA;
    in.regionB = s.regionB;
    in.urusan = s.urusan;
    in.service = s.service;
    const EvidenceIndex evidence(project, rules.authority());
    const int row = serviceRowOf(rules, s.urusan, s.service);
    in.evidenceA = evidence.of(s.regionA, s.urusan, row);
    in.evidenceB = evidence.of(s.regionB, s.urusan, row);
    in.burdensPublic = proposalFact(project, s.regionA, s.regionB, s.urusan, true);
    in.inApbd = proposalFact(project, s.regionA, s.regionB, s.urusan, false);
    ex.rule = rules.evaluate(in);
    // reasons() opens with the class in words, so the class name is not repeated before it.
    ex.summary = Tr::tr("%1 – %2, urusan %3. %4").arg(regionName(s.regionA), regionName(s.regionB), s.urusan,
                                                       sentenceCase(reasons(s)));
    return ex;
}

Explanation SuggestionEngine::explain(const Project &project, const Cluster &c)
{
    Explanation ex;
    const RuleSet rules = RuleSet::forProject(project);
    collectEntries(project, rules, c.members, c.urusan, c.service, true, ex);
    // The trace of the first bordering pair of members stands for the cluster.
    const RefData &ref = RefData::instance();
    const EvidenceIndex evidence(project, rules.authority());
    const int row = serviceRowOf(rules, c.urusan, c.service);
    for (int i = 0; i < c.members.size() && ex.rule.trace.isEmpty(); ++i) {
        for (int j = i + 1; j < c.members.size(); ++j) {
            if (ref.adjacency(c.members[i], c.members[j]).kind == Adjacency::None)
                continue;
            RuleInput in;
            in.regionA = c.members[i];
            in.regionB = c.members[j];
            in.urusan = c.urusan;
            in.service = c.service;
            in.evidenceA = evidence.of(in.regionA, c.urusan, row);
            in.evidenceB = evidence.of(in.regionB, c.urusan, row);
            ex.rule = rules.evaluate(in);
            break;
        }
    }
    QStringList names;
    for (const QString &m : c.members)
        names << regionName(m);
    ex.summary = Tr::tr("Klaster %1, urusan %2. %3").arg(names.join(QStringLiteral(", ")), c.urusan,
                                                          sentenceCase(reasons(c)));
    return ex;
}

} // namespace ksd
