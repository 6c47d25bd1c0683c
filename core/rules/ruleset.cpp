// SPDX-License-Identifier: Apache-2.0
#include <QCoreApplication>
#include "ruleset.h"

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
    // authority guard
    ReferSameProvince, ReferCrossProvince, ProvinceHolds, NotProvincial,
    // adjacency
    Borders, Within, NotAdjacent,
    // pair type
    PairTypeIs,
    // substantive test
    BothYes, EvidenceMissing, EvidenceNo, SupportNeverWajib, NotAssessedNotAdjacent, NotAssessedReferred,
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
    return r ? QStringLiteral("%1 (%2)").arg(r->name, r->code) : code;
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
    case KsdClass::TidakMemenuhi: return QStringLiteral("TIDAK_MEMENUHI");
    }
    return {};
}

std::optional<KsdClass> ksdClassFromKey(const QString &key)
{
    for (int i = 0; i <= int(KsdClass::TidakMemenuhi); ++i) {
        if (ksdClassKey(KsdClass(i)).compare(key.trimmed(), Qt::CaseInsensitive) == 0)
            return KsdClass(i);
    }
    return std::nullopt;
}

QString ksdClassName(KsdClass c)
{
    switch (c) {
    case KsdClass::Wajib: return Tr::tr("Wajib");
    case KsdClass::PotensiWajib: return Tr::tr("Potensi wajib (perlu kajian)");
    case KsdClass::Sukarela: return Tr::tr("Sukarela");
    case KsdClass::RujukProvinsi: return Tr::tr("Rujuk ke provinsi");
    case KsdClass::TidakMemenuhi: return Tr::tr("Tidak memenuhi");
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
    case Rule::Eligibility:
        return Tr::tr("UU 23/2014 Pasal 363 ayat (1)–(2) dan PP 28/2018 Pasal 1: kerja sama daerah dilakukan oleh daerah "
                  "otonom (provinsi, kabupaten, kota) dengan daerah lain. Kota/kabupaten administrasi di Jakarta bukan "
                  "daerah otonom (UU 2/2024 tentang Provinsi Daerah Khusus Jakarta); yang dapat menjadi pihak hanya "
                  "provinsinya.");
    case Rule::Object:
        return Tr::tr("PP 28/2018 Pasal 1 angka 2: objek KSDD adalah urusan pemerintahan yang menjadi kewenangan daerah; "
                  "UU 23/2014 Pasal 9–12: urusan konkuren wajib pelayanan dasar (1.xx), wajib non-pelayanan dasar "
                  "(2.xx) dan pilihan (3.xx), nomenklatur Permendagri 90/2019. Unsur penunjang (4.xx–8.xx) bukan "
                  "objek kerja sama wajib.");
    case Rule::Authority:
        return Tr::tr("UU 23/2014 Pasal 13 ayat (3): urusan yang lokasi, pengguna, manfaat atau dampak negatifnya lintas "
                  "daerah kabupaten/kota menjadi kewenangan daerah provinsi; ayat (2): lintas provinsi menjadi "
                  "kewenangan Pemerintah Pusat. Objek kerja sama harus berada dalam kewenangan setiap pihak "
                  "(PP 28/2018).");
    case Rule::Adjacency:
        return Tr::tr("UU 23/2014 Pasal 364 ayat (1): kerja sama wajib dilaksanakan oleh daerah yang berbatasan; "
                  "Pasal 365: kerja sama sukarela dapat dilaksanakan oleh daerah yang berbatasan maupun tidak.");
    case Rule::PairType:
        return Tr::tr("UU 23/2014 Pasal 364 ayat (2) huruf a–e: (A) provinsi–provinsi yang berbatasan; (B) provinsi–"
                  "kabupaten/kota dalam wilayahnya; (C) provinsi–kabupaten/kota provinsi lain yang berbatasan; "
                  "(D) kabupaten/kota–kabupaten/kota provinsi lain yang berbatasan; (E) kabupaten/kota–kabupaten/kota "
                  "dalam satu provinsi yang berbatasan. Permendagri 22/2020 tidak menyebut pasangan C.");
    case Rule::Substantive:
        return Tr::tr("UU 23/2014 Pasal 364 ayat (1) dan PP 28/2018: kerja sama wajib bila urusan memiliki eksternalitas "
                  "lintas daerah (lokasi, pengguna, atau manfaat/dampak lintas batas: kriteria Pasal 13) dan "
                  "penyediaan layanan publik lebih efisien jika dikelola bersama; kedua syarat harus terpenuhi. "
                  "Bila tidak, kerja sama bersifat sukarela (Pasal 365).");
    case Rule::Takeover:
        return Tr::tr("UU 23/2014 Pasal 364: bila kerja sama wajib tidak dilaksanakan, urusan diambil alih oleh gubernur "
                  "sebagai wakil Pemerintah Pusat (pasangan B dan E) atau oleh Pemerintah Pusat (pasangan A, C dan D), "
                  "dengan biaya diperhitungkan dari dana transfer daerah yang bersangkutan.");
    case Rule::Dprd:
        return Tr::tr("PP 28/2018 Pasal 6 dan Permendagri 22/2020 (tahap persetujuan DPRD): KSDD memerlukan persetujuan "
                  "DPRD bila membebani masyarakat dan daerah dan/atau pendanaannya belum teranggarkan dalam APBD "
                  "tahun anggaran berjalan.");
    }
    return {};
}

QStringList RuleResult::flags() const
{
    QStringList f;
    if (legalReview)
        f << QStringLiteral("legal_review");
    if (dprdApproval)
        f << QStringLiteral("dprd_approval");
    return f;
}

// ---------------------------------------------------------------------------------------------------------------
// The rule set

RuleSet::RuleSet(ProvincialServiceTable services, const RefData &ref)
    : mServices(std::move(services))
    , mRef(&ref)
{
}

RuleSet RuleSet::forProject(const Project &project)
{
    return RuleSet(ProvincialServiceTable::forSettings(project.settings));
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
        return v;
    }
    if (f.a == f.b) {
        sink.step(Rule::Eligibility, Out::SelfPair);
        decide(KsdClass::TidakMemenuhi, Rule::Eligibility);
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
        return v;
    }
    const bool support = f.supportUnit;
    sink.step(Rule::Object, support ? Out::SupportUnit : Out::ObjectOk);

    // 3. Authority guard: a provincial service between two kab/kota goes to the province.
    const bool bothKabKota = !f.a->isProvince() && !f.b->isProvince();
    if (f.provincial && bothKabKota) {
        sink.step(Rule::Authority,
                  f.a->provinceCode == f.b->provinceCode ? Out::ReferSameProvince : Out::ReferCrossProvince);
        decide(KsdClass::RujukProvinsi, Rule::Authority);
    } else if (f.provincial) {
        sink.step(Rule::Authority, Out::ProvinceHolds);
    } else {
        sink.step(Rule::Authority, Out::NotProvincial);
    }

    // 4. Adjacency.
    const bool adjacent = f.adjacency != Adjacency::None;
    sink.step(Rule::Adjacency, f.adjacency == Adjacency::Within    ? Out::Within
                               : f.adjacency == Adjacency::Borders ? Out::Borders
                                                                   : Out::NotAdjacent);
    if (!decided && !adjacent)
        decide(KsdClass::Sukarela, Rule::Adjacency);

    // 5. Pair type (recorded for every eligible pair; it names who takes over).
    v.pairType = pairTypeOf(*f.a, *f.b);
    sink.step(Rule::PairType, Out::PairTypeIs);

    // 6. The two-part substantive test.
    if (decided) {
        sink.step(Rule::Substantive, v.cls == KsdClass::RujukProvinsi ? Out::NotAssessedReferred
                                                                       : Out::NotAssessedNotAdjacent);
    } else if (support) {
        sink.step(Rule::Substantive, Out::SupportNeverWajib);
        decide(KsdClass::Sukarela, Rule::Substantive);
    } else if (f.externality == Evidence::No || f.efficiency == Evidence::No) {
        sink.step(Rule::Substantive, Out::EvidenceNo);
        decide(KsdClass::Sukarela, Rule::Substantive);
    } else if (f.externality == Evidence::Yes && f.efficiency == Evidence::Yes) {
        sink.step(Rule::Substantive, Out::BothYes);
        decide(KsdClass::Wajib, Rule::Substantive);
    } else {
        sink.step(Rule::Substantive, Out::EvidenceMissing);
        decide(KsdClass::PotensiWajib, Rule::Substantive);
    }

    // Consequences.
    if (v.cls == KsdClass::Wajib) {
        v.takeover = takeoverOf(v.pairType);
        v.legalReview = v.pairType == PairType::C;
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
    const int row = mServices.match(urusanCode, in.service);
    f.provincial = in.provincial.has_value() ? *in.provincial : row >= 0;
    RuleResult res;
    if (f.a && f.b && f.a != f.b) {
        res.adjacency = mRef->adjacency(f.a->code, f.b->code);
        f.adjacency = res.adjacency.kind;
    }
    f.externality = in.externality;
    f.efficiency = in.efficiency;
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
    res.decidedBy = v.decidedBy;
    if (row >= 0 && f.provincial)
        res.provincialService = mServices.rows()[row].service;
    if (v.cls == KsdClass::RujukProvinsi) {
        res.referTo << f.a->provinceCode;
        if (f.b->provinceCode != f.a->provinceCode)
            res.referTo << f.b->provinceCode;
        res.referTo.sort();
    }

    const QLocale id(QLocale::Indonesian, QLocale::Indonesia);
    const QString nameA = regionLabel(f.a, codeA);
    const QString nameB = regionLabel(f.b, codeB);
    auto provinceName = [&](const QString &code) {
        const Region *p = mRef->region(code);
        return p ? QStringLiteral("%1 (%2)").arg(p->name, p->code) : code;
    };

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
                   "(paling tinggi sukarela).").arg(f.urusan ? QStringLiteral("%1 %2").arg(f.urusan->code, f.urusan->name)
                                                             : urusanCode);
            break;
        case Out::ObjectOk:
            t = Tr::tr("Memenuhi: %1 %2 adalah urusan konkuren (%3).")
                    .arg(f.urusan->code, f.urusan->name, urusanGroupName(f.urusan->group).toLower());
            break;
        case Out::ReferSameProvince:
        case Out::ReferCrossProvince: {
            const QString what = in.provincial.has_value()
                                     ? Tr::tr("Layanan dinyatakan sebagai kewenangan provinsi (pilihan pengguna)")
                                     : Tr::tr("Layanan \"%1\" termasuk tabel kewenangan provinsi (%2: %3)")
                                           .arg(in.service, mServices.rows()[row].service, mServices.rows()[row].basis);
            if (sink.outs[i] == Out::ReferSameProvince) {
                t = Tr::tr("%1. Antara dua kabupaten/kota layanan ini menjadi kewenangan provinsi: rujuk ke %2 "
                       "(kerja sama tipe B atau fasilitasi provinsi), bukan kerja sama wajib antarkabupaten/kota.")
                        .arg(what, provinceName(f.a->provinceCode));
            } else {
                t = Tr::tr("%1. Layanan ini lintas provinsi: kewenangan provinsi masing-masing (%2 dan %3, kerja sama "
                       "tipe A) atau Pemerintah Pusat (Pasal 13 ayat (2)); rujuk ke provinsi.")
                        .arg(what, provinceName(f.a->provinceCode), provinceName(f.b->provinceCode));
            }
            break;
        }
        case Out::ProvinceHolds:
            t = Tr::tr("Layanan ini kewenangan provinsi dan salah satu pihak adalah provinsi: kerja sama dengan provinsi "
                   "sesuai kewenangannya.");
            break;
        case Out::NotProvincial:
            t = in.provincial.has_value()
                    ? Tr::tr("Memenuhi: layanan dinyatakan bukan kewenangan provinsi (pilihan pengguna); objek berada "
                         "dalam kewenangan masing-masing pihak.")
                    : in.service.trimmed().isEmpty()
                          ? Tr::tr("Memenuhi: tidak ada layanan yang disebut; urusan berada dalam kewenangan masing-masing "
                               "pihak.")
                          : Tr::tr("Memenuhi: layanan \"%1\" tidak termasuk tabel kewenangan provinsi; objek berada dalam "
                               "kewenangan masing-masing pihak.").arg(in.service);
            break;
        case Out::Borders: {
            QString conf;
            if (res.adjacency.confidence == BorderConfidence::Medium)
                conf = Tr::tr(" (keyakinan data batas: sedang; periksa peta)");
            else if (res.adjacency.confidence == BorderConfidence::Low)
                conf = Tr::tr(" (keyakinan data batas: rendah; periksa peta)");
            t = res.adjacency.via.isEmpty()
                    ? Tr::tr("Berbatasan: batas darat bersama %1 km%2.").arg(id.toString(res.adjacency.km, 'f', 1), conf)
                    : Tr::tr("Berbatasan melalui %1: batas darat bersama %2 km%3.")
                          .arg(res.adjacency.via.join(QStringLiteral(", ")), id.toString(res.adjacency.km, 'f', 1), conf);
            break;
        }
        case Out::Within:
            t = Tr::tr("Berbatasan: %1 berada dalam wilayah %2.")
                    .arg(f.a->isProvince() ? nameB : nameA, f.a->isProvince() ? nameA : nameB);
            break;
        case Out::NotAdjacent:
            t = v.cls == KsdClass::RujukProvinsi
                    ? Tr::tr("Tidak berbatasan (jarak titik label %1 km).")
                          .arg(id.toString(mRef->distanceKm(f.a->code, f.b->code), 'f', 0))
                    : Tr::tr("Tidak berbatasan (jarak titik label %1 km): kerja sama wajib tidak berlaku, yang mungkin "
                         "adalah kerja sama sukarela.").arg(id.toString(mRef->distanceKm(f.a->code, f.b->code), 'f', 0));
            break;
        case Out::PairTypeIs:
            t = Tr::tr("Tipe %1: %2.").arg(pairTypeKey(v.pairType), pairTypeName(v.pairType));
            if (v.pairType == PairType::C)
                t += QLatin1Char(' ') + Tr::tr("Pasangan ini tidak disebut dalam Permendagri 22/2020.");
            break;
        case Out::BothYes:
            t = Tr::tr("Wajib: eksternalitas lintas daerah = ya dan lebih efisien dikelola bersama = ya.");
            break;
        case Out::EvidenceMissing:
            t = Tr::tr("Potensi wajib (perlu kajian): eksternalitas = %1, efisiensi = %2. Bukti yang belum ada bukan "
                   "berarti \"tidak\"; lengkapi kajiannya.")
                    .arg(evidenceWord(f.externality), evidenceWord(f.efficiency));
            break;
        case Out::EvidenceNo:
            t = Tr::tr("Sukarela: eksternalitas = %1, efisiensi = %2; kedua syarat kerja sama wajib tidak terpenuhi "
                   "bersama-sama.").arg(evidenceWord(f.externality), evidenceWord(f.efficiency));
            break;
        case Out::SupportNeverWajib:
            t = Tr::tr("Sukarela: unsur penunjang tidak pernah menjadi objek kerja sama wajib.");
            break;
        case Out::NotAssessedNotAdjacent:
            t = Tr::tr("Tidak dinilai: daerah tidak berbatasan, sehingga kelasnya sukarela (eksternalitas = %1, "
                   "efisiensi = %2).").arg(evidenceWord(f.externality), evidenceWord(f.efficiency));
            break;
        case Out::NotAssessedReferred:
            t = Tr::tr("Tidak dinilai antara kedua kabupaten/kota: layanan dirujuk ke provinsi.");
            break;
        case Out::TakeoverIs:
            t = Tr::tr("Bila tidak dilaksanakan, urusan diambil alih oleh %1 dan biayanya diperhitungkan dari dana transfer "
                   "daerah.").arg(takeoverName(v.takeover));
            if (v.legalReview)
                t += QLatin1Char(' ') + Tr::tr("Perlu kajian hukum: pasangan tipe C tidak disebut Permendagri 22/2020.");
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
