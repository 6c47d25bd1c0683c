// SPDX-License-Identifier: Apache-2.0
#include <QCoreApplication>
#include "ruleset.h"

#include "rules/legalbasis.h"

#include "util/format.h"

#include <QLocale>
#include <QRegularExpression>

namespace ksd {

namespace {

// lupdate reads Tr::tr() with this context; a free tr() wrapper would be filed under the namespace.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ksd::RuleSet)
};

/// What a rule concluded; the text sink turns it into words.
enum class Out {
    // eligibility
    UnknownRegionA, UnknownRegionB, SelfPair, AdministrativeA, AdministrativeB, Eligible,
    // object
    UnknownUrusan, SupportUnit, ObjectOk,
    // authority by level
    ReferPusat, ReferSameProvince, ReferCrossProvince, ProvinceHolds, ProvinceLacks, EachHolds, AuthoritySplit,
    // adjacency
    Borders, Within, SeaBorder, NotAdjacent,
    // pair type
    PairTypeIs, NoPairType,
    // substantive test
    BothYes, SeaCapped, EvidenceMissing, EvidenceNo, SupportNeverWajib, NotAssessedNotAdjacent, NotAssessedReferred,
    NotAssessedNoAuthority,
    // consequences
    TakeoverIs, DprdRequired, DprdNotRequired, DprdUnknown,
};

/// The engine's sink: records nothing.
struct NullSink
{
    void step(Rule, Out) {}
    void decisive() {}
};

QString regionLabel(const Region *r, const QString &code)
{
    return r ? r->label() : code;
}

} // namespace

// ---------------------------------------------------------------------------------------------------------------
// Keys and names

QString ksdClassKey(KsdClass c)
{
    switch (c) {
    case KsdClass::Wajib: return QStringLiteral("WAJIB");
    case KsdClass::PotensiWajib: return QStringLiteral("POTENSI_WAJIB");
    case KsdClass::Sukarela: return QStringLiteral("SUKARELA");
    case KsdClass::RujukProvinsi: return QStringLiteral("RUJUK_PROVINSI");
    case KsdClass::RujukPusat: return QStringLiteral("RUJUK_PUSAT");
    case KsdClass::TidakMemenuhi: return QStringLiteral("TIDAK_MEMENUHI");
    }
    return {};
}

std::optional<KsdClass> ksdClassFromKey(const QString &key)
{
    for (int i = 0; i < KsdClassCount; ++i) {
        if (ksdClassKey(KsdClass(i)).compare(key.trimmed(), Qt::CaseInsensitive) == 0)
            return KsdClass(i);
    }
    return std::nullopt;
}

QString ksdClassName(KsdClass c)
{
    switch (c) {
    case KsdClass::Wajib: return Tr::tr("Indikasi wajib");
    case KsdClass::PotensiWajib: return Tr::tr("Potensi wajib (perlu kajian)");
    case KsdClass::Sukarela: return Tr::tr("Sukarela");
    case KsdClass::RujukProvinsi: return Tr::tr("Rujuk ke provinsi");
    case KsdClass::RujukPusat: return Tr::tr("Rujuk ke Pemerintah Pusat");
    case KsdClass::TidakMemenuhi: return Tr::tr("Tidak memenuhi");
    }
    return {};
}

QString ksdClassNote(KsdClass c)
{
    switch (c) {
    case KsdClass::Wajib:
        return Tr::tr("Indikasi wajib (hasil pemetaan awal; perlu kajian dan kesepakatan para pihak).");
    case KsdClass::PotensiWajib:
        return Tr::tr("Potensi wajib: pasangan berbatasan, tetapi bukti atau verifikasinya belum lengkap; lengkapi "
                      "kajiannya sebelum menyebutnya wajib.");
    case KsdClass::Sukarela:
        return Tr::tr("Sukarela: kerja sama dapat dilakukan bila dipandang lebih efektif dan efisien, tanpa kewajiban.");
    case KsdClass::RujukProvinsi:
        return Tr::tr("Rujuk ke provinsi: objeknya kewenangan provinsi, sehingga kerja samanya dengan atau difasilitasi "
                      "provinsi.");
    case KsdClass::RujukPusat:
        return Tr::tr("Rujuk ke Pemerintah Pusat: objeknya kewenangan Pemerintah Pusat; koordinasikan dengan "
                      "kementerian/lembaga yang membidanginya.");
    case KsdClass::TidakMemenuhi:
        return Tr::tr("Tidak memenuhi syarat kerja sama antardaerah untuk objek ini.");
    }
    return {};
}

QString pairTypeKey(PairType t)
{
    switch (t) {
    case PairType::None: return {};
    case PairType::A: return QStringLiteral("A");
    case PairType::B: return QStringLiteral("B");
    case PairType::C: return QStringLiteral("C");
    case PairType::D: return QStringLiteral("D");
    case PairType::E: return QStringLiteral("E");
    }
    return {};
}

QString pairTypeName(PairType t)
{
    switch (t) {
    case PairType::None: return Tr::tr("tidak ada");
    case PairType::A: return Tr::tr("provinsi – provinsi yang berbatasan");
    case PairType::B: return Tr::tr("provinsi – kabupaten/kota dalam wilayahnya");
    case PairType::C: return Tr::tr("provinsi – kabupaten/kota provinsi lain yang berbatasan");
    case PairType::D: return Tr::tr("kabupaten/kota – kabupaten/kota provinsi lain yang berbatasan");
    case PairType::E: return Tr::tr("kabupaten/kota – kabupaten/kota dalam satu provinsi yang berbatasan");
    }
    return {};
}

QString takeoverKey(Takeover t)
{
    switch (t) {
    case Takeover::None: return {};
    case Takeover::Gubernur: return QStringLiteral("gubernur");
    case Takeover::Pusat: return QStringLiteral("pusat");
    }
    return {};
}

QString takeoverName(Takeover t)
{
    switch (t) {
    case Takeover::None: return {};
    case Takeover::Gubernur: return Tr::tr("gubernur sebagai wakil Pemerintah Pusat");
    case Takeover::Pusat: return Tr::tr("Pemerintah Pusat (Menteri)");
    }
    return {};
}

QString ruleKey(Rule r)
{
    static const char *const keys[] = {"eligibility", "object", "authority", "adjacency",
                                       "pair_type", "substantive", "takeover", "dprd"};
    return QString::fromLatin1(keys[int(r)]);
}

QString ruleName(Rule r)
{
    switch (r) {
    case Rule::Eligibility: return Tr::tr("Kelayakan para pihak");
    case Rule::Object: return Tr::tr("Objek kerja sama");
    case Rule::Authority: return Tr::tr("Kewenangan atas objek");
    case Rule::Adjacency: return Tr::tr("Ketetanggaan wilayah");
    case Rule::PairType: return Tr::tr("Jenis pasangan");
    case Rule::Substantive: return Tr::tr("Uji substantif kerja sama wajib");
    case Rule::Takeover: return Tr::tr("Akibat bila tidak dilaksanakan");
    case Rule::Dprd: return Tr::tr("Persetujuan DPRD");
    }
    return {};
}

QString ruleBasis(Rule r)
{
    switch (r) {
    case Rule::Eligibility: return legalBasisText(QStringLiteral("eligibility"));
    case Rule::Object: return legalBasisText(QStringLiteral("object"));
    case Rule::Authority: return legalBasisText(QStringLiteral("authority"));
    case Rule::Adjacency: return legalBasisText(QStringLiteral("adjacency"));
    case Rule::PairType: return legalBasisText(QStringLiteral("pair_type"));
    case Rule::Substantive: return legalBasisText(QStringLiteral("substantive"));
    case Rule::Takeover: return legalBasisText(QStringLiteral("takeover"));
    case Rule::Dprd: return legalBasisText(QStringLiteral("dprd"));
    }
    return {};
}

QStringList ruleFlags(bool legalReview, bool dprdApproval, bool seaBorder, bool authorityUnchecked)
{
    QStringList f;
    if (legalReview)
        f << QStringLiteral("legal_review");
    if (dprdApproval)
        f << QStringLiteral("dprd_approval");
    if (seaBorder)
        f << QStringLiteral("sea_border");
    if (authorityUnchecked)
        f << QStringLiteral("authority_unchecked");
    return f;
}

QString ruleFlagName(const QString &key)
{
    if (key == QLatin1String("legal_review"))
        return Tr::tr("perlu kajian hukum (tipe C)");
    if (key == QLatin1String("dprd_approval"))
        return Tr::tr("perlu persetujuan DPRD");
    if (key == QLatin1String("sea_border"))
        return Tr::tr("batas laut, perlu verifikasi");
    if (key == QLatin1String("authority_unchecked"))
        return Tr::tr("kewenangan belum diperiksa: sebutkan layanannya");
    return key;
}

QStringList RuleResult::flags() const
{
    return ruleFlags(legalReview, dprdApproval, seaBorder, authorityUnchecked);
}

// ---------------------------------------------------------------------------------------------------------------
// The rule set

RuleSet::RuleSet(AuthorityTable authority, const RefData &ref)
    : mAuthority(std::move(authority))
    , mRef(&ref)
{
}

RuleSet RuleSet::forProject(const Project &project)
{
    return RuleSet(AuthorityTable::forSettings(project.settings));
}

RuleSet::Authority RuleSet::authorityOf(int serviceRow, int defaultRow, const Region &a, const Region &b) const
{
    Authority out;
    out.row = serviceRow >= 0 ? serviceRow : defaultRow;
    out.unchecked = serviceRow < 0;
    if (out.row >= 0) {
        const AuthorityRow &r = mAuthority.rows()[out.row];
        out.level = a.provinceCode != b.provinceCode ? r.acrossProvinces : r.acrossKabKota;
    }
    return out;
}

PairType RuleSet::pairTypeOf(const Region &a, const Region &b)
{
    if (a.isProvince() && b.isProvince())
        return PairType::A;
    if (a.isProvince() || b.isProvince()) {
        const Region &prov = a.isProvince() ? a : b;
        const Region &kab = a.isProvince() ? b : a;
        return kab.provinceCode == prov.code ? PairType::B : PairType::C;
    }
    return a.provinceCode == b.provinceCode ? PairType::E : PairType::D;
}

Takeover RuleSet::takeoverOf(PairType t)
{
    switch (t) {
    case PairType::B:
    case PairType::E: return Takeover::Gubernur;
    case PairType::A:
    case PairType::C:
    case PairType::D: return Takeover::Pusat;
    case PairType::None: break;
    }
    return Takeover::None;
}

bool RuleSet::isSupportUnitCode(const QString &code)
{
    static const QRegularExpression shape(QStringLiteral("^[4-8]\\.\\d{2}$"));
    return shape.match(code.trimmed()).hasMatch();
}

template<typename Sink>
RuleSet::Verdict RuleSet::run(const Facts &f, Sink &sink) const
{
    Verdict v;
    bool decided = false;
    auto decide = [&](KsdClass c, Rule r) {
        v.cls = c;
        v.decidedBy = r;
        decided = true;
        sink.decisive();
    };

    // 1. Party eligibility: known, distinct, autonomous regions.
    if (!f.a || !f.b) {
        sink.step(Rule::Eligibility, !f.a ? Out::UnknownRegionA : Out::UnknownRegionB);
        decide(KsdClass::TidakMemenuhi, Rule::Eligibility);
        v.unknownInput = true;
        return v;
    }
    if (f.a == f.b) {
        sink.step(Rule::Eligibility, Out::SelfPair);
        decide(KsdClass::TidakMemenuhi, Rule::Eligibility);
        v.unknownInput = true;
        return v;
    }
    if (f.a->administrative || f.b->administrative) {
        sink.step(Rule::Eligibility, f.a->administrative ? Out::AdministrativeA : Out::AdministrativeB);
        decide(KsdClass::TidakMemenuhi, Rule::Eligibility);
        return v;
    }
    sink.step(Rule::Eligibility, Out::Eligible);

    // 2. Object: a known concurrent urusan (support units pass, but can never be wajib).
    if (!f.urusan && !f.supportUnit) {
        sink.step(Rule::Object, Out::UnknownUrusan);
        decide(KsdClass::TidakMemenuhi, Rule::Object);
        v.unknownInput = true;
        return v;
    }
    const bool support = f.supportUnit;
    sink.step(Rule::Object, support ? Out::SupportUnit : Out::ObjectOk);

    // 3. Authority by level: the object must be within the authority of each party.
    const bool bothKabKota = !f.a->isProvince() && !f.b->isProvince();
    v.authorityUnchecked = f.authorityUnchecked && !support;
    if (support) {
        sink.step(Rule::Authority, Out::EachHolds);
    } else if (f.level == AuthorityLevel::Pusat) {
        sink.step(Rule::Authority, Out::ReferPusat);
        decide(KsdClass::RujukPusat, Rule::Authority);
    } else if (f.level == AuthorityLevel::Provinsi && bothKabKota) {
        sink.step(Rule::Authority,
                  f.a->provinceCode == f.b->provinceCode ? Out::ReferSameProvince : Out::ReferCrossProvince);
        decide(KsdClass::RujukProvinsi, Rule::Authority);
    } else if (f.level == AuthorityLevel::Provinsi) {
        sink.step(Rule::Authority, Out::ProvinceHolds);
    } else if (f.level == AuthorityLevel::KabKota && !bothKabKota) {
        sink.step(Rule::Authority, Out::ProvinceLacks);
        decide(KsdClass::TidakMemenuhi, Rule::Authority);
    } else if (f.level == AuthorityLevel::KabKota) {
        sink.step(Rule::Authority, Out::EachHolds);
    } else {
        sink.step(Rule::Authority, Out::AuthoritySplit);
    }
    const bool referred = decided;

    // 4. Adjacency: a land border, a province with its own kab/kota, or (to verify) across the sea.
    const bool adjacent = f.adjacency != Adjacency::None;
    sink.step(Rule::Adjacency, f.adjacency == Adjacency::Within    ? Out::Within
                               : f.adjacency == Adjacency::Borders ? Out::Borders
                               : f.adjacency == Adjacency::Sea     ? Out::SeaBorder
                                                                   : Out::NotAdjacent);
    if (!decided && !adjacent)
        decide(KsdClass::Sukarela, Rule::Adjacency);

    // 5. Pair type: only for a bordering pair that is not referred (the types exist for kerja sama wajib only).
    if (adjacent && !referred) {
        v.pairType = pairTypeOf(*f.a, *f.b);
        sink.step(Rule::PairType, Out::PairTypeIs);
    } else {
        sink.step(Rule::PairType, Out::NoPairType);
    }

    // 6. The two-part substantive test.
    const PairEvidence &e = f.evidence;
    if (decided) {
        sink.step(Rule::Substantive, v.cls == KsdClass::TidakMemenuhi ? Out::NotAssessedNoAuthority
                                     : referred                       ? Out::NotAssessedReferred
                                                                      : Out::NotAssessedNotAdjacent);
    } else if (support) {
        sink.step(Rule::Substantive, Out::SupportNeverWajib);
        decide(KsdClass::Sukarela, Rule::Substantive);
    } else if (e.externality == Evidence::No || e.efficiency == Evidence::No) {
        sink.step(Rule::Substantive, Out::EvidenceNo);
        decide(KsdClass::Sukarela, Rule::Substantive);
    } else if (e.externality == Evidence::Yes && e.efficiency == Evidence::Yes) {
        if (f.adjacency == Adjacency::Sea) {
            sink.step(Rule::Substantive, Out::SeaCapped);
            v.seaBorder = true;
            decide(KsdClass::PotensiWajib, Rule::Substantive);
        } else {
            sink.step(Rule::Substantive, Out::BothYes);
            decide(KsdClass::Wajib, Rule::Substantive);
        }
    } else {
        sink.step(Rule::Substantive, Out::EvidenceMissing);
        v.seaBorder = f.adjacency == Adjacency::Sea;
        decide(KsdClass::PotensiWajib, Rule::Substantive);
    }

    // Consequences.
    v.legalReview = v.pairType == PairType::C && (v.cls == KsdClass::Wajib || v.cls == KsdClass::PotensiWajib);
    if (v.cls == KsdClass::Wajib) {
        v.takeover = takeoverOf(v.pairType);
        sink.step(Rule::Takeover, Out::TakeoverIs);
    }
    const bool burdens = f.burdensPublic.value_or(false);
    const bool notBudgeted = f.inApbd.has_value() && !*f.inApbd;
    v.dprdApproval = burdens || notBudgeted;
    if (v.dprdApproval)
        sink.step(Rule::Dprd, Out::DprdRequired);
    else if (!f.burdensPublic.has_value() || !f.inApbd.has_value())
        sink.step(Rule::Dprd, Out::DprdUnknown);
    else
        sink.step(Rule::Dprd, Out::DprdNotRequired);
    return v;
}

RuleSet::Verdict RuleSet::decide(const Facts &facts) const
{
    NullSink sink;
    return run(facts, sink);
}

RuleResult RuleSet::evaluate(const RuleInput &in) const
{
    Facts f;
    const QString codeA = in.regionA.trimmed();
    const QString codeB = in.regionB.trimmed();
    const QString urusanCode = in.urusan.trimmed();
    f.a = mRef->region(codeA);
    f.b = mRef->region(codeB);
    f.urusan = mRef->urusan(urusanCode);
    f.supportUnit = f.urusan ? !f.urusan->isConcurrent() : isSupportUnitCode(urusanCode);
    RuleResult res;
    Authority auth;
    const int serviceRow = mAuthority.match(urusanCode, in.service);
    if (f.a && f.b && f.a != f.b) {
        auth = authorityOf(serviceRow, mAuthority.defaultRow(urusanCode), *f.a, *f.b);
        res.adjacency = mRef->adjacency(f.a->code, f.b->code);
        f.adjacency = res.adjacency.kind;
        f.evidence = pairEvidence(in.evidenceA, f.a->code, in.evidenceB, f.b->code);
    }
    if (in.level) {
        auth.level = *in.level;
        auth.unchecked = false;
    }
    f.level = auth.level;
    f.authorityUnchecked = auth.unchecked;
    f.burdensPublic = in.burdensPublic;
    f.inApbd = in.inApbd;

    struct Sink
    {
        QList<TraceStep> steps;
        QList<Out> outs;
        void step(Rule r, Out o)
        {
            steps.append(TraceStep{r, ruleBasis(r), QString(), false});
            outs.append(o);
        }
        void decisive() { steps.last().decisive = true; }
    } sink;
    const Verdict v = run(f, sink);

    res.cls = v.cls;
    res.pairType = v.pairType;
    res.takeover = v.takeover;
    res.legalReview = v.legalReview;
    res.dprdApproval = v.dprdApproval;
    res.seaBorder = v.seaBorder;
    res.authorityUnchecked = v.authorityUnchecked;
    res.decidedBy = v.decidedBy;
    res.unknownInput = v.unknownInput;
    res.authorityLevel = f.level;
    res.evidence = f.evidence;
    const AuthorityRow *row = (!in.level && auth.row >= 0) ? &mAuthority.rows()[auth.row] : nullptr;
    if (row && serviceRow >= 0)
        res.authorityService = row->service;
    if (v.cls == KsdClass::RujukProvinsi) {
        res.referTo << f.a->provinceCode;
        if (f.b->provinceCode != f.a->provinceCode)
            res.referTo << f.b->provinceCode;
        res.referTo.sort();
    }
    if (v.cls == KsdClass::RujukPusat && row)
        res.ministry = row->displayMinistry();

    const bool support = f.supportUnit;
    const bool referred = v.decidedBy == Rule::Authority;
    const QLocale locale = uiLocale(); // numbers in the reader's language, like the words around them
    const QString nameA = regionLabel(f.a, codeA);
    const QString nameB = regionLabel(f.b, codeB);
    auto provinceName = [&](const QString &code) { return mRef->regionLabel(code); };
    // Where the level comes from, for the authority step.
    auto source = [&]() -> QString {
        if (in.level)
            return Tr::tr("Tingkat kewenangan ditetapkan pengguna: %1.").arg(authorityLevelName(*in.level));
        if (row && serviceRow >= 0)
            return Tr::tr("Layanan \"%1\" dikenali sebagai \"%2\" (%3).")
                .arg(in.service.trimmed(), row->displayService(), row->displayBasis());
        if (row)
            return Tr::tr("Ketentuan umum urusan ini (%1).").arg(row->displayBasis());
        return QString();
    };
    auto joined = [](const QString &a, const QString &b) { return a.isEmpty() ? b : a + QLatin1Char(' ') + b; };
    const QString evidenceHint =
        f.evidence.regionsUnnamed
            ? Tr::tr("Ada isian yang menjawab eksternalitas \"ya\" tanpa menyebut wilayah terdampak: sebutkan wilayah "
                     "terdampak (kolom wilayah_eksternalitas), karena eksternalitas dinilai per pasangan.")
            : QString();

    for (int i = 0; i < sink.steps.size(); ++i) {
        TraceStep &s = sink.steps[i];
        QString &t = s.outcome;
        switch (sink.outs[i]) {
        case Out::UnknownRegionA:
        case Out::UnknownRegionB: {
            const QString code = sink.outs[i] == Out::UnknownRegionA ? codeA : codeB;
            const Result<const Region *> r = mRef->findRegion(code);
            t = Tr::tr("Tidak memenuhi: %1").arg(r ? QString() : r.error().message);
            break;
        }
        case Out::SelfPair:
            t = Tr::tr("Tidak memenuhi: %1 dipasangkan dengan dirinya sendiri; kerja sama memerlukan dua daerah yang "
                       "berbeda.").arg(nameA);
            break;
        case Out::AdministrativeA:
        case Out::AdministrativeB: {
            const Region *r = sink.outs[i] == Out::AdministrativeA ? f.a : f.b;
            t = Tr::tr("Tidak memenuhi: %1 adalah wilayah administratif, bukan daerah otonom; yang dapat menjadi pihak "
                       "adalah %2.").arg(regionLabel(r, r->code), provinceName(r->provinceCode));
            break;
        }
        case Out::Eligible:
            t = Tr::tr("Memenuhi: %1 dan %2 adalah daerah otonom.").arg(nameA, nameB);
            break;
        case Out::UnknownUrusan:
            t = Tr::tr("Tidak memenuhi: %1").arg(mRef->findUrusan(urusanCode).error().message);
            break;
        case Out::SupportUnit:
            t = Tr::tr("Unsur penunjang %1: bukan urusan konkuren, sehingga tidak dapat menjadi objek kerja sama wajib "
                       "(paling tinggi sukarela).").arg(mRef->urusanLabel(urusanCode));
            break;
        case Out::ObjectOk:
            t = Tr::tr("Memenuhi: %1 %2 adalah urusan konkuren (%3).")
                    .arg(f.urusan->code, f.urusan->displayName(), urusanGroupName(f.urusan->group).toLower());
            break;
        case Out::ReferPusat:
            t = joined(source(),
                       f.a->provinceCode != f.b->provinceCode
                           ? Tr::tr("Lintas provinsi, objek ini kewenangan Pemerintah Pusat: rujuk ke Pemerintah Pusat.")
                           : Tr::tr("Objek ini kewenangan Pemerintah Pusat: rujuk ke Pemerintah Pusat."));
            if (!res.ministry.isEmpty())
                t += QLatin1Char(' ') + Tr::tr("Instansi yang membidangi: %1.").arg(res.ministry);
            break;
        case Out::ReferSameProvince:
            t = joined(source(), Tr::tr("Antara dua kabupaten/kota objek ini kewenangan provinsi: rujuk ke %1 (kerja "
                                        "sama dengan provinsi atau fasilitasi provinsi), bukan kerja sama wajib "
                                        "antarkabupaten/kota.").arg(provinceName(f.a->provinceCode)));
            break;
        case Out::ReferCrossProvince:
            t = joined(source(), Tr::tr("Objek ini kewenangan provinsi masing-masing: rujuk ke %1 dan %2 (kerja sama "
                                        "antarprovinsi).").arg(provinceName(f.a->provinceCode),
                                                               provinceName(f.b->provinceCode)));
            break;
        case Out::ProvinceHolds:
            t = joined(source(), Tr::tr("Objek ini kewenangan provinsi dan salah satu pihak adalah provinsi: kerja sama "
                                        "sesuai kewenangan provinsi."));
            break;
        case Out::ProvinceLacks:
            t = joined(source(), Tr::tr("Tidak memenuhi: objek ini kewenangan kabupaten/kota, sehingga provinsi tidak "
                                        "berwenang atasnya."));
            break;
        case Out::EachHolds:
            t = support ? Tr::tr("Unsur penunjang: kewenangan masing-masing pihak.")
                        : joined(source(), Tr::tr("Memenuhi: objek ini kewenangan masing-masing kabupaten/kota."));
            break;
        case Out::AuthoritySplit:
            t = in.service.trimmed().isEmpty()
                    ? Tr::tr("Belum diperiksa: urusan ini terbagi antara Pemerintah Pusat, provinsi dan kabupaten/kota, "
                             "dan layanannya belum disebut. Sebutkan layanannya agar kewenangan dapat diperiksa.")
                    : Tr::tr("Belum diperiksa: layanan \"%1\" tidak dikenali dalam tabel kewenangan, dan urusan ini "
                             "terbagi antartingkat pemerintahan. Sebutkan layanannya dengan istilah Lampiran UU 23/2014.")
                          .arg(in.service.trimmed());
            break;
        case Out::Borders: {
            QString conf;
            if (res.adjacency.confidence == BorderConfidence::Medium)
                conf = Tr::tr(" (keyakinan data batas: sedang; periksa peta)");
            else if (res.adjacency.confidence == BorderConfidence::Low)
                conf = Tr::tr(" (keyakinan data batas: rendah; periksa peta)");
            t = res.adjacency.via.isEmpty()
                    ? Tr::tr("Berbatasan: batas darat bersama %1 km%2.").arg(locale.toString(res.adjacency.km, 'f', 1), conf)
                    : Tr::tr("Berbatasan melalui %1: batas darat bersama %2 km%3.")
                          .arg(res.adjacency.via.join(QStringLiteral(", ")), locale.toString(res.adjacency.km, 'f', 1), conf);
            break;
        }
        case Out::Within:
            t = Tr::tr("Berbatasan: %1 berada dalam wilayah %2.")
                    .arg(f.a->isProvince() ? nameB : nameA, f.a->isProvince() ? nameA : nameB);
            break;
        case Out::SeaBorder:
            t = Tr::tr("Berhadapan di seberang laut (daftar rujukan batas laut): perlu verifikasi sebelum disebut "
                       "berbatasan. %1").arg(legalBasisText(QStringLiteral("sea_border")));
            break;
        case Out::NotAdjacent:
            t = referred ? Tr::tr("Tidak berbatasan (jarak titik label %1 km).")
                               .arg(locale.toString(mRef->distanceKm(f.a->code, f.b->code), 'f', 0))
                         : Tr::tr("Tidak berbatasan (jarak titik label %1 km): kerja sama wajib tidak berlaku; yang "
                                  "mungkin adalah kerja sama sukarela.")
                               .arg(locale.toString(mRef->distanceKm(f.a->code, f.b->code), 'f', 0));
            break;
        case Out::PairTypeIs:
            t = Tr::tr("Tipe %1: %2.").arg(pairTypeKey(v.pairType), pairTypeName(v.pairType));
            if (v.legalReview)
                t += QLatin1Char(' ') + Tr::tr("Perlu kajian hukum: pasangan ini tidak disebut dalam Permendagri "
                                               "22/2020.");
            break;
        case Out::NoPairType:
            t = v.cls == KsdClass::TidakMemenuhi
                    ? Tr::tr("Tidak diberikan: objeknya di luar kewenangan salah satu pihak.")
                : referred ? Tr::tr("Tidak diberikan: objeknya dirujuk ke tingkat pemerintahan lain.")
                           : Tr::tr("Tidak diberikan: jenis pasangan hanya untuk kerja sama wajib, dan kedua daerah "
                                    "tidak berbatasan.");
            break;
        case Out::BothYes:
            t = Tr::tr("Indikasi wajib (hasil pemetaan awal; perlu kajian dan kesepakatan para pihak): eksternalitas "
                       "antara kedua pihak = ya dan lebih efisien dikelola bersama = ya.");
            break;
        case Out::SeaCapped:
            t = Tr::tr("Potensi wajib: eksternalitas = ya dan efisiensi = ya, tetapi kedua daerah hanya berhadapan di "
                       "seberang laut; verifikasi dahulu apakah keduanya berbatasan.");
            break;
        case Out::EvidenceMissing:
            t = Tr::tr("Potensi wajib (perlu kajian): eksternalitas antara kedua pihak = %1, efisiensi = %2. Bukti yang "
                       "belum ada bukan berarti \"tidak\"; lengkapi kajiannya.")
                    .arg(evidenceWord(f.evidence.externality), evidenceWord(f.evidence.efficiency));
            if (!evidenceHint.isEmpty())
                t += QLatin1Char(' ') + evidenceHint;
            if (v.seaBorder)
                t += QLatin1Char(' ') + Tr::tr("Keduanya hanya berhadapan di seberang laut: perlu verifikasi.");
            break;
        case Out::EvidenceNo:
            t = Tr::tr("Sukarela: eksternalitas antara kedua pihak = %1, efisiensi = %2; kedua syarat kerja sama wajib "
                       "tidak terpenuhi bersama-sama.")
                    .arg(evidenceWord(f.evidence.externality), evidenceWord(f.evidence.efficiency));
            break;
        case Out::SupportNeverWajib:
            t = Tr::tr("Sukarela: unsur penunjang tidak pernah menjadi objek kerja sama wajib.");
            break;
        case Out::NotAssessedNotAdjacent:
            t = Tr::tr("Tidak dinilai: daerah tidak berbatasan, sehingga kelasnya sukarela (eksternalitas = %1, "
                       "efisiensi = %2).").arg(evidenceWord(f.evidence.externality), evidenceWord(f.evidence.efficiency));
            break;
        case Out::NotAssessedReferred:
            t = Tr::tr("Tidak dinilai: objeknya dirujuk ke tingkat pemerintahan yang berwenang.");
            break;
        case Out::NotAssessedNoAuthority:
            t = Tr::tr("Tidak dinilai: objeknya di luar kewenangan salah satu pihak.");
            break;
        case Out::TakeoverIs:
            t = Tr::tr("Bila kerja sama wajib ini kelak disepakati dan tidak dilaksanakan, urusannya dapat diambil alih "
                       "oleh %1, dengan biaya diperhitungkan dari dana transfer daerah.").arg(takeoverName(v.takeover));
            break;
        case Out::DprdRequired: {
            QStringList why;
            if (in.burdensPublic.value_or(false))
                why << Tr::tr("membebani masyarakat dan daerah");
            if (in.inApbd.has_value() && !*in.inApbd)
                why << Tr::tr("pendanaan belum ada dalam APBD tahun berjalan");
            t = Tr::tr("Diperlukan: %1.").arg(why.join(QStringLiteral("; ")));
            break;
        }
        case Out::DprdNotRequired:
            t = Tr::tr("Tidak diperlukan: tidak membebani masyarakat dan sudah teranggarkan dalam APBD.");
            break;
        case Out::DprdUnknown:
            t = Tr::tr("Belum dapat ditentukan: isi apakah kerja sama membebani masyarakat dan apakah sudah ada dalam "
                       "APBD.");
            break;
        }
        if (s.decisive)
            res.reason = t;
    }
    res.trace = sink.steps;
    return res;
}

} // namespace ksd
