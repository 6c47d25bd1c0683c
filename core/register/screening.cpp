// SPDX-License-Identifier: Apache-2.0
#include "screening.h"

#include "engine/engine.h"
#include "refdata/refdata.h"
#include "rules/ruleset.h"

#include <QCoreApplication>
#include <QHash>

namespace ksd {

namespace {

// lupdate reads Tr::tr() with this context; a free tr() wrapper would be filed under the namespace.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ksd::Register)
};

QString eligibleReason(Category c)
{
    switch (c) {
    case Category::KSDD:
        return Tr::tr("Memenuhi kriteria KSD: kerja sama daerah dengan daerah lain (KSDD) menurut PP 28/2018 tentang "
                  "Kerja Sama Daerah dan Permendagri 22/2020.");
    case Category::KSDPK:
        return Tr::tr("Memenuhi kriteria KSD: kerja sama daerah dengan pihak ketiga (KSDPK) menurut PP 28/2018 tentang "
                  "Kerja Sama Daerah dan Permendagri 22/2020.");
    case Category::Sinergi:
        return Tr::tr("Memenuhi kriteria: sinergi dengan Pemerintah Pusat (kementerian/lembaga) melalui nota kesepakatan "
                  "dan rencana aksi; dicatat sebagai kategori Sinergi, di luar KSDD/KSDPK menurut PP 28/2018 dan "
                  "Permendagri 22/2020.");
    case Category::KSDPL:
        return Tr::tr("Memenuhi kriteria KSD: kerja sama daerah dengan pemerintah daerah di luar negeri (KSDPL) menurut "
                  "PP 28/2018 dan Permendagri 25/2020.");
    case Category::KSDLL:
        return Tr::tr("Memenuhi kriteria KSD: kerja sama daerah dengan lembaga di luar negeri (KSDLL) menurut "
                  "PP 28/2018 dan Permendagri 25/2020.");
    case Category::None:
        break;
    }
    return {};
}

QString notKsdReason(ActivityKind a)
{
    switch (a) {
    case ActivityKind::Pengadaan:
        return Tr::tr("Tidak memenuhi kriteria KSD: pengadaan barang/jasa bukan kerja sama daerah. KSD adalah usaha "
                  "bersama yang saling menguntungkan (PP 28/2018 Pasal 1 angka 1), sedangkan pengadaan diatur "
                  "Perpres 16/2018 tentang Pengadaan Barang/Jasa Pemerintah.");
    case ActivityKind::Swakelola:
        return Tr::tr("Tidak memenuhi kriteria KSD: swakelola dikerjakan sendiri oleh perangkat daerah sebagai cara "
                  "pengadaan (Perpres 16/2018), bukan usaha bersama dengan pihak lain menurut PP 28/2018.");
    case ActivityKind::Internal:
        return Tr::tr("Tidak memenuhi kriteria KSD: urusan internal pemerintah daerah tidak melibatkan pihak lain, "
                  "sedangkan KSD adalah usaha bersama dengan daerah lain, pihak ketiga, atau pemerintah daerah/"
                  "lembaga di luar negeri (PP 28/2018).");
    case ActivityKind::KerjaSama:
        break;
    }
    return {};
}

bool needsUnbudgetedFunding(const Proposal &p)
{
    if (p.inApbd)
        return false;
    // An explicit cost of zero needs no funding; an unknown cost is treated as needing it.
    return !(p.estimatedCost && *p.estimatedCost <= 0.0);
}

QString dprdReasonText(const Proposal &p)
{
    const bool burden = p.burdensPublic;
    const bool unbudgeted = needsUnbudgetedFunding(p);
    if (burden && unbudgeted)
        return Tr::tr("Perlu persetujuan DPRD: kerja sama membebani masyarakat dan pembiayaannya belum dianggarkan "
                  "dalam APBD tahun berjalan (PP 28/2018; Permendagri 22/2020).");
    if (burden)
        return Tr::tr("Perlu persetujuan DPRD: kerja sama membebani masyarakat (PP 28/2018; Permendagri 22/2020).");
    if (unbudgeted)
        return Tr::tr("Perlu persetujuan DPRD: pembiayaan kerja sama belum dianggarkan dalam APBD tahun berjalan "
                  "(PP 28/2018; Permendagri 22/2020).");
    return Tr::tr("Tidak perlu persetujuan DPRD: kerja sama tidak membebani masyarakat dan pembiayaannya sudah "
              "dianggarkan dalam APBD atau tidak memerlukan biaya (PP 28/2018; Permendagri 22/2020).");
}

PartyKind partyKindFor(PartnerType t)
{
    switch (t) {
    case PartnerType::Daerah: return PartyKind::Region;
    case PartnerType::PihakKetiga: return PartyKind::ThirdParty;
    case PartnerType::KL: return PartyKind::KL;
    case PartnerType::PemdaLN: return PartyKind::ForeignRegion;
    case PartnerType::LembagaLN: return PartyKind::ForeignInstitution;
    }
    return PartyKind::ThirdParty;
}

QStringList splitNames(const QString &names)
{
    QStringList out;
    QString n = names;
    n.replace(QLatin1Char('\n'), QLatin1Char(';'));
    for (const QString &part : n.split(QLatin1Char(';'))) {
        const QString s = part.simplified();
        if (!s.isEmpty())
            out.append(s);
    }
    return out;
}

void addNotes(const Proposal &p, Category category, ScreeningResult &r)
{
    const RefData &ref = RefData::instance();
    if (!p.urusanCode.isEmpty() && !ref.urusan(p.urusanCode))
        r.notes.append(Tr::tr("Kode urusan \"%1\" tidak dikenal (Permendagri 90/2019).").arg(p.urusanCode));
    if (p.urusanCode.isEmpty())
        r.notes.append(Tr::tr("Urusan belum diisi."));
    if (category == Category::KSDD) {
        if (p.partnerRegionCodes.isEmpty())
            r.notes.append(Tr::tr("Daerah mitra belum diisi; sub-kelas KSDD (wajib/sukarela) belum dapat ditentukan."));
    } else if (splitNames(p.partnerNames).isEmpty()) {
        r.notes.append(Tr::tr("Nama mitra belum diisi."));
    }
    if (category == Category::Sinergi && p.form != DocType::NK)
        r.notes.append(Tr::tr("Sinergi dengan kementerian/lembaga lazimnya dituangkan dalam nota kesepakatan (NK)."));
    if (category != Category::Sinergi && p.form == DocType::NK)
        r.notes.append(Tr::tr("Nota kesepakatan (NK) lazimnya untuk sinergi dengan kementerian/lembaga; untuk %1 "
                          "bentuknya kesepakatan bersama (KB) lalu perjanjian kerja sama (PKS).")
                           .arg(categoryKey(category)));
}

/// The service a proposal is about: its title without the names of its regions, so that "Kerja sama ... dengan
/// Kabupaten Hulu Sungai Selatan" is not read as a river service.
QString proposalService(const Proposal &p, const QString &own, const QStringList &partners)
{
    const RefData &ref = RefData::instance();
    QString text = QLatin1Char(' ') + AuthorityTable::normalize(p.title) + QLatin1Char(' ');
    QStringList names;
    QStringList codes = partners;
    codes << own;
    for (const QString &code : std::as_const(codes)) {
        if (const Region *r = ref.region(code))
            names << r->name;
    }
    for (const QString &name : names) {
        const QString n = AuthorityTable::normalize(name);
        if (!n.isEmpty())
            text.replace(QLatin1Char(' ') + n + QLatin1Char(' '), QStringLiteral("  "));
    }
    return text.simplified();
}

/// Classifies the proposing region against each candidate partner with the rule set (KSDD only).
void classifyKsdd(const Proposal &p, const RuleSet &rules, const Project &project, const EvidenceIndex &evidence,
                  ScreeningResult &r)
{
    const QString own = p.regionCode.trimmed().isEmpty() ? project.ownerRegion : p.regionCode.trimmed();
    QStringList partners;
    for (const QString &code : p.partnerRegionCodes) {
        const QString c = code.trimmed();
        if (!c.isEmpty() && !partners.contains(c))
            partners.append(c);
    }
    const QString urusan = p.urusanCode.trimmed();
    const QString service = proposalService(p, own, partners);
    const int row = rules.authority().match(urusan, service);
    std::optional<KsdClass> strongest;
    for (const QString &partner : partners) {
        RuleInput in;
        in.regionA = own;
        in.regionB = partner;
        in.urusan = urusan;
        in.service = service;
        in.evidenceA = evidence.of(own, urusan, row);
        in.evidenceB = evidence.of(partner, urusan, row);
        in.burdensPublic = p.burdensPublic;
        in.inApbd = p.inApbd;
        const RuleResult rr = rules.evaluate(in);
        PartnerClass pc;
        pc.partnerRegion = partner;
        pc.classKey = ksdClassKey(rr.cls);
        pc.className = ksdClassName(rr.cls);
        pc.reason = rr.reason;
        pc.pairType = pairTypeKey(rr.pairType);
        pc.legalReview = rr.legalReview;
        pc.flags = rr.flags();
        pc.referTo = rr.referTo;
        pc.ministry = rr.ministry;
        pc.service = rr.authorityService;
        if (rr.cls == KsdClass::Wajib) {
            pc.takeover = takeoverKey(rr.takeover);
            for (const TraceStep &step : rr.trace) {
                if (step.rule == Rule::Takeover)
                    pc.consequence = step.outcome;
            }
        }
        r.partnerClasses.append(pc);
        if (!strongest || static_cast<int>(rr.cls) < static_cast<int>(*strongest))
            strongest = rr.cls;
        if (rr.cls == KsdClass::RujukProvinsi || rr.cls == KsdClass::RujukPusat || rr.cls == KsdClass::TidakMemenuhi)
            r.notes.append(Tr::tr("Mitra %1, kelas %2: %3").arg(regionLabel(partner), pc.className, rr.reason));
        if (rr.legalReview)
            r.notes.append(Tr::tr("Mitra %1: pasangan tipe C, perlu kajian hukum (tidak disebut dalam Permendagri "
                                  "22/2020).").arg(regionLabel(partner)));
        if (rr.authorityUnchecked)
            r.notes.append(Tr::tr("Mitra %1: kewenangan belum diperiksa; sebutkan layanannya dalam judul usulan.")
                               .arg(regionLabel(partner)));
    }
    if (strongest)
        r.ksddClass = ksdClassKey(*strongest);
}

/// Eligibility, category and DPRD: what screening decides without the rule set.
ScreeningResult eligibilityOf(const Proposal &proposal)
{
    ScreeningResult r;
    if (proposal.activity != ActivityKind::KerjaSama) {
        r.reason = notKsdReason(proposal.activity);
        r.dprdReason = Tr::tr("Tidak berlaku: bukan kerja sama daerah.");
        return r;
    }
    r.eligible = true;
    r.category = categoryForPartnerType(proposal.partnerType);
    r.reason = eligibleReason(r.category);
    r.dprdApproval = dprdApprovalRequired(proposal);
    r.dprdReason = dprdReasonText(proposal);
    addNotes(proposal, r.category, r);
    return r;
}

ScreeningResult screenWith(const Proposal &proposal, const RuleSet &rules, const Project &project,
                           const EvidenceIndex &evidence)
{
    ScreeningResult r = eligibilityOf(proposal);
    if (r.eligible && r.category == Category::KSDD)
        classifyKsdd(proposal, rules, project, evidence, r);
    return r;
}

} // namespace

Category categoryForPartnerType(PartnerType type)
{
    switch (type) {
    case PartnerType::Daerah: return Category::KSDD;
    case PartnerType::PihakKetiga: return Category::KSDPK;
    case PartnerType::KL: return Category::Sinergi;
    case PartnerType::PemdaLN: return Category::KSDPL;
    case PartnerType::LembagaLN: return Category::KSDLL;
    }
    return Category::None;
}

bool dprdApprovalRequired(const Proposal &proposal)
{
    return proposal.burdensPublic || needsUnbudgetedFunding(proposal);
}

std::optional<bool> dprdApprovalRequired(const Agreement &agreement, const Project &project)
{
    if (agreement.category == Category::KSDPL || agreement.category == Category::KSDLL)
        return true; // abroad: always, with the central government's approval (Permendagri 25/2020)
    if (agreement.proposalId.isNull())
        return std::nullopt;
    const Proposal *p = project.proposal(agreement.proposalId);
    if (!p || p->meta.deleted)
        return std::nullopt;
    return dprdApprovalRequired(*p);
}

ScreeningResult screenProposal(const Proposal &proposal, const Project &project)
{
    return ProposalScreener(project).screen(proposal);
}

struct ProposalScreener::Private
{
    explicit Private(const Project &p)
        : project(p)
        , rules(RuleSet::forProject(p))
        , evidence(p, rules.authority())
    {
    }
    const Project &project;
    RuleSet rules;
    EvidenceIndex evidence;
};

ProposalScreener::ProposalScreener(const Project &project)
    : d(std::make_unique<const Private>(project))
{
}

ProposalScreener::~ProposalScreener() = default;

ScreeningResult ProposalScreener::screen(const Proposal &proposal) const
{
    return screenWith(proposal, d->rules, d->project, d->evidence);
}

Result<Agreement> agreementFromProposal(const Proposal &proposal, const QString &by)
{
    if (proposal.meta.deleted)
        return Error{Tr::tr("Usulan \"%1\" sudah dihapus.").arg(proposal.title), {}, 0};
    const ScreeningResult s = eligibilityOf(proposal); // the KSDD class does not change the agreement made
    if (!s.eligible)
        return Error{Tr::tr("Usulan \"%1\" tidak dapat dijadikan kerja sama. %2").arg(proposal.title, s.reason), {}, 0};

    Agreement a;
    a.meta = RecordMeta::fresh(by);
    a.proposalId = proposal.meta.id;
    a.category = s.category;
    a.docType = proposal.form;
    a.title = proposal.title;
    a.object = proposal.description;
    a.urusanCode = proposal.urusanCode;
    a.implementingPd = proposal.sourcePd;
    a.value = proposal.estimatedCost;
    a.stage = Stage::Persiapan;
    a.status = AgreementStatus::Aktif;

    if (!proposal.regionCode.isEmpty()) {
        Party own;
        own.kind = PartyKind::Region;
        own.regionCode = proposal.regionCode;
        a.parties.append(own);
    }
    if (proposal.partnerType == PartnerType::Daerah) {
        for (const QString &code : proposal.partnerRegionCodes) {
            if (code == proposal.regionCode)
                continue;
            Party p;
            p.kind = PartyKind::Region;
            p.regionCode = code;
            a.parties.append(p);
        }
    } else {
        for (const QString &name : splitNames(proposal.partnerNames)) {
            Party p;
            p.kind = partyKindFor(proposal.partnerType);
            p.name = name;
            a.parties.append(p);
        }
    }
    return a;
}

} // namespace ksd
