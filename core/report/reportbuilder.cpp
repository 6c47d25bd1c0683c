// SPDX-License-Identifier: Apache-2.0
// The report builder: formatting, structure, data, the cover, and the public entry points.
#include "reportbuilder_p.h"
#include "rules/legalbasis.h"
#include "register/agreementphase.h"
#include "util/version.h"

namespace ksd {

namespace detail::report {

Builder::Builder(const Project &project, const ReportEngineData &engine, const ReportOptions &options)
    : mProject(project)
    , mEngine(engine)
    , mOptions(options)
    , mRef(RefData::instance())
    , mLocale(displayLocale(options.language))
    , mToday(options.effectiveToday())
    , mAuthority(AuthorityTable::forSettings(project.settings))
{
}

// ---------------------------------------------------------------------------------------------------------------
// Formatting

QString Builder::date(const QDate &d) const
{
    return d.isValid() ? longDate(d, mLocale) : QStringLiteral("–");
}

QString Builder::regionName(const QString &code) const
{
    const Region *r = mRef.region(code);
    if (!r)
        return code;
    // Province names carry no type word in the code list ("Kalimantan Selatan"); in a table they need one.
    return r->isProvince() ? T::tr("Provinsi %1").arg(r->name) : r->name;
}

QString Builder::statusText(const Agreement &a) const
{
    return agreementPhaseName(agreementPhase(a, mToday));
}

QString Builder::plainName(const QString &code) const
{
    const Region *r = mRef.region(code);
    return r ? r->name : code;
}

QString Builder::basisOf(const ReportSuggestion &s) const
{
    switch (s.cls) {
    case KsdClass::Wajib:
    case KsdClass::PotensiWajib: {
        // Citations come from the one table (resources/data/legal_basis.csv).
        QString b = legalBasis(QStringLiteral("substantive")).citation;
        if (s.pairType != PairType::None)
            b += QStringLiteral("; ") + T::tr("Pasal 364 ayat (2) huruf %1").arg(pairTypeKey(s.pairType).toLower());
        return b + QLatin1Char('.');
    }
    case KsdClass::Sukarela:
        return legalBasis(QStringLiteral("adjacency")).citation + QLatin1Char('.');
    case KsdClass::RujukProvinsi:
    case KsdClass::RujukPusat:
        return s.basis.isEmpty() ? legalBasis(QStringLiteral("authority")).citation + QLatin1Char('.')
                                 : s.basis + QLatin1Char('.');
    case KsdClass::TidakMemenuhi:
        break;
    }
    return {};
}

QString Builder::reasonOf(const ReportSuggestion &s) const
{
    QStringList parts;
    if (s.adjacent)
        parts.append(T::tr("berbatasan"));
    else if (s.hops > 0 && s.hops < 255)
        parts.append(T::tr("%Ln langkah batas, %1 km", nullptr, s.hops).arg(decimal(s.km, 0)));
    else
        parts.append(T::tr("tidak terhubung darat, %1 km").arg(decimal(s.km, 0)));
    if (s.cls == KsdClass::Wajib || s.cls == KsdClass::PotensiWajib || (s.cls == KsdClass::Sukarela && s.adjacent))
        parts.append(T::tr("eksternalitas: %1, efisiensi: %2")
                         .arg(evidenceName(s.externality).toLower(), evidenceName(s.efficiency).toLower()));
    if (s.potensiA > 0 && s.kebutuhanB > 0)
        parts.append(T::tr("potensi %1 untuk kebutuhan %2").arg(plainName(s.regionA), plainName(s.regionB)));
    if (s.potensiB > 0 && s.kebutuhanA > 0)
        parts.append(T::tr("potensi %1 untuk kebutuhan %2").arg(plainName(s.regionB), plainName(s.regionA)));
    if (s.sharedNeed)
        parts.append(T::tr("kebutuhan lintas batas bersama"));
    if (s.existingAgreement)
        parts.append(T::tr("sudah ada kerja sama aktif"));
    QString text = parts.join(QStringLiteral("; "));
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text + QLatin1Char('.');
}

QString Builder::urusanName(const QString &code) const
{
    return mRef.urusanName(code);
}

QString Builder::urusanLabel(const QString &code) const
{
    return mRef.urusanLabel(code);
}

QString Builder::urusanService(const QString &urusan, const QString &service) const
{
    return service.isEmpty() ? urusanLabel(urusan) : urusanLabel(urusan) + QStringLiteral(" · ")
                                     + mAuthority.serviceName(urusan, service);
}

QStringList Builder::regionNames(const QStringList &codes) const
{
    QStringList out;
    for (const QString &c : codes)
        out.append(regionName(c));
    return out;
}

QString Builder::joinList(const QStringList &items) const
{
    if (items.isEmpty())
        return {};
    if (items.size() == 1)
        return items.first();
    return T::tr("%1 dan %2", "list: the items before, the last item")
        .arg(items.mid(0, items.size() - 1).join(QStringLiteral(", ")), items.last());
}

QString Builder::categoryShort(Category c) const
{
    switch (c) {
    case Category::KSDD: return QStringLiteral("KSDD");
    case Category::KSDPK: return QStringLiteral("KSDPK");
    case Category::Sinergi: return T::tr("Sinergi");
    case Category::KSDPL: return QStringLiteral("KSDPL");
    case Category::KSDLL: return QStringLiteral("KSDLL");
    case Category::None: break;
    }
    return T::tr("tanpa kategori");
}

QString Builder::docShort(DocType d) const
{
    return d == DocType::Addendum ? docTypeName(d) : docTypeKey(d);
}

QString Builder::docTypePhrase(DocType t, int n) const
{
    switch (t) {
    case DocType::KB: return T::tr("%Ln kesepakatan bersama", nullptr, n);
    case DocType::PKS: return T::tr("%Ln perjanjian kerja sama", nullptr, n);
    case DocType::NK: return T::tr("%Ln nota kesepakatan", nullptr, n);
    case DocType::Addendum: return T::tr("%Ln addendum", nullptr, n);
    }
    return {};
}

QString Builder::partnerGroupPhrase(PartnerGroup g, int n) const
{
    switch (g) {
    case PartnerGroup::DaerahLain: return T::tr("%Ln dengan daerah lain", nullptr, n);
    case PartnerGroup::PihakKetiga: return T::tr("%Ln dengan pihak ketiga", nullptr, n);
    case PartnerGroup::Sinergi: return T::tr("%Ln sinergi dengan kementerian/lembaga", nullptr, n);
    }
    return {};
}

QString Builder::partiesText(const Agreement &a, const QString &self) const
{
    QStringList names;
    bool ownerNamed = false;
    for (const Party &p : a.parties)
        ownerNamed = ownerNamed || (p.kind == PartyKind::Region && p.regionCode == mProject.ownerRegion);
    // Legacy records leave the owner out of the parties; in another region's profile it is a partner all the same.
    if (!ownerNamed && self != mProject.ownerRegion)
        names.append(regionName(mProject.ownerRegion));
    for (const Party &p : a.parties) {
        if (p.kind == PartyKind::Region) {
            if (p.regionCode == self)
                continue;
            names.append(p.name.isEmpty() ? regionName(p.regionCode) : p.name);
        } else if (!p.name.isEmpty()) {
            names.append(p.name);
        }
    }
    return names.isEmpty() ? QStringLiteral("–") : names.join(QStringLiteral("; "));
}

QString Builder::proposalPartners(const Proposal &p) const
{
    QStringList names;
    for (const QString &code : p.partnerRegionCodes)
        names.append(regionName(code));
    if (!p.partnerNames.trimmed().isEmpty())
        names.append(p.partnerNames.trimmed());
    return names.isEmpty() ? QStringLiteral("–") : names.join(QStringLiteral("; "));
}

// ---------------------------------------------------------------------------------------------------------------
// Structure

void Builder::chapter(const QString &title)
{
    mSection = 0;
    mSubsection = 0;
    ReportHeading h;
    h.level = 1;
    h.title = title;
    h.newPage = true;
    if (mInAppendix) {
        h.number = QString(QChar(u'A' + mAppendix++));
        h.kicker = T::tr("LAMPIRAN %1").arg(h.number);
    } else {
        h.number = QString::number(++mChapter);
        h.kicker = T::tr("BAB %1").arg(roman(mChapter));
    }
    mModel.blocks.append(h);
}

void Builder::section(const QString &title, bool newPage)
{
    mSubsection = 0;
    ++mSection;
    const QString prefix = mInAppendix ? QString(QChar(u'A' + mAppendix - 1)) : QString::number(mChapter);
    ReportHeading h;
    h.level = 2;
    h.number = QStringLiteral("%1.%2").arg(prefix).arg(mSection);
    h.title = title;
    h.newPage = newPage;
    mModel.blocks.append(h);
}

void Builder::subsection(const QString &title)
{
    ReportHeading h;
    h.level = 3;
    h.title = title;
    h.inContents = false;
    mModel.blocks.append(h);
}

void Builder::para(const QString &text, TextStyle style)
{
    mModel.blocks.append(ReportParagraph{text, style});
}

void Builder::bullets(const QStringList &items)
{
    if (!items.isEmpty())
        mModel.blocks.append(ReportBullets{items});
}

QString Builder::tableCaption(const QString &title)
{
    return T::tr("Tabel %1. %2").arg(++mTables).arg(title);
}

QString Builder::figureCaption(const QString &title)
{
    return T::tr("Gambar %1. %2").arg(++mFigures).arg(title);
}

void Builder::table(ReportTable t)
{
    if (t.rows.isEmpty()) {
        // An empty table is a sentence, not a header with nothing under it.
        para(t.emptyText.isEmpty() ? T::tr("Tidak ada data.") : t.emptyText, TextStyle::Note);
        return;
    }
    if (!t.caption.isEmpty())
        t.caption = tableCaption(t.caption);
    mModel.blocks.append(std::move(t));
}

void Builder::figure(ReportFigure f)
{
    f.caption = figureCaption(f.caption);
    mModel.blocks.append(std::move(f));
}

void Builder::pageBreak(PageOrientation o)
{
    mModel.blocks.append(ReportPageBreak{o});
}

// ---------------------------------------------------------------------------------------------------------------
// Data

void Builder::prepare()
{
    mScope = reportScope(mProject, mOptions);
    mScopeSet = QSet<QString>(mScope.cbegin(), mScope.cend());

    for (const Entry &e : mProject.entries) {
        if (!e.meta.deleted && mScopeSet.contains(e.regionCode))
            mEntries.append(&e);
    }
    std::stable_sort(mEntries.begin(), mEntries.end(), [](const Entry *x, const Entry *y) {
        return std::tie(x->regionCode, x->urusanCode, x->kind, x->title)
               < std::tie(y->regionCode, y->urusanCode, y->kind, y->title);
    });

    const QString &owner = mProject.ownerRegion;
    for (const Entry *e : std::as_const(mEntries)) {
        if (e->regionCode == owner)
            mOwnEntries.append(e);
    }
    // The owner's pairs first get the owner on side A, so that every table reads "owner – partner".
    for (const ReportSuggestion &s : mEngine.suggestions) {
        if (s.cls == KsdClass::TidakMemenuhi || (s.regionA != owner && s.regionB != owner))
            continue;
        ReportSuggestion own = s;
        if (own.regionB == owner && own.regionA != owner) {
            std::swap(own.regionA, own.regionB);
            std::swap(own.potensiA, own.potensiB);
            std::swap(own.kebutuhanA, own.kebutuhanB);
        }
        mOwnPairs.append(own);
    }
    for (const ReportSuggestion &s : std::as_const(mOwnPairs))
        mSuggestions.append(&s);
    for (const ReportSuggestion &s : mEngine.suggestions) {
        if (s.cls == KsdClass::TidakMemenuhi || s.regionA == owner || s.regionB == owner)
            continue;
        if (mScopeSet.contains(s.regionA) || mScopeSet.contains(s.regionB))
            mOtherSuggestions.append(&s);
    }
    const auto bestFirst = [](const ReportSuggestion *x, const ReportSuggestion *y) {
        if (x->cls != y->cls)
            return x->cls < y->cls;
        if (x->score != y->score)
            return x->score > y->score;
        return std::tie(x->regionA, x->regionB, x->urusan) < std::tie(y->regionA, y->regionB, y->urusan);
    };
    std::stable_sort(mSuggestions.begin(), mSuggestions.end(), bestFirst);
    std::stable_sort(mOtherSuggestions.begin(), mOtherSuggestions.end(), bestFirst);
    for (const ReportCluster &c : mEngine.clusters) {
        if (c.members.contains(owner))
            mClusters.append(&c);
        else if (std::any_of(c.members.cbegin(), c.members.cend(),
                             [this](const QString &m) { return mScopeSet.contains(m); }))
            mOtherClusters.append(&c);
    }

    for (const Agreement &a : mProject.agreements) {
        if (!a.meta.deleted)
            mAgreements.append(&a);
    }
    std::stable_sort(mAgreements.begin(), mAgreements.end(), [](const Agreement *x, const Agreement *y) {
        return std::make_tuple(int(x->docType), x->signedOn, x->title)
               < std::make_tuple(int(y->docType), y->signedOn, y->title);
    });
    for (const ExpiryItem &e : expiringAgreements(mProject, mToday, mOptions.expiryWarningDays, true))
        mExpiring.insert(e.id, e);
    mStats = computeStats(mProject, mToday);
    {
        const ProposalScreener screener(mProject);
        for (const Proposal &p : mProject.proposals) {
            if (!p.meta.deleted)
                mScreening.insert(p.meta.id, screener.screen(p));
        }
    }
    mDataDate = dataLastChanged(mProject);

    ReportCounts &c = mModel.counts;
    c.regions = int(mScope.size());
    c.entriesInScope = int(mEntries.size());
    for (const Entry *e : std::as_const(mOwnEntries)) {
        ++c.entries;
        auto &pair = c.entriesByUrusan[e->urusanCode];
        if (e->kind == EntryKind::Potensi) {
            ++c.potensi;
            ++pair.first;
        } else {
            ++c.kebutuhan;
            ++pair.second;
        }
    }
    for (const ReportSuggestion *s : mSuggestions) {
        ++c.suggestions;
        ++c.suggestionsByClass[ksdClassKey(s->cls)];
    }
    c.clusters = int(mClusters.size());
    c.otherSuggestions = int(mOtherSuggestions.size());
    for (const Entry *e : std::as_const(mEntries))
        mEntriesByRegion[e->regionCode].append(e);
    for (const QList<const ReportSuggestion *> *list : {&mSuggestions, &mOtherSuggestions}) {
        for (const ReportSuggestion *s : *list) {
            ++mClassesByRegion[s->regionA][s->cls];
            if (s->regionB != s->regionA)
                ++mClassesByRegion[s->regionB][s->cls];
        }
    }
    c.otherClusters = int(mOtherClusters.size());
    c.proposals = mStats.proposalsTotal;
    c.proposalsEligible = mStats.proposalsEligible;
    for (Category cat : kCategories)
        c.proposalsByCategory[categoryKey(cat)] = mStats.proposals(cat);
    c.agreements = mStats.agreementsTotal;
    c.expiringSoon = int(mExpiring.size());
    c.dataAgeDays = mDataDate.isValid() ? int(mDataDate.daysTo(mToday)) : 0;
}

QString Builder::cutSuggestionsNote(int shown, int total) const
{
    return T::tr("Ditampilkan %1 baris dengan skor tertinggi dari %2; daftar lengkap dapat diekspor ke CSV "
                 "(petaksd export --suggestions).")
        .arg(count(shown), count(total));
}

void Builder::addNote(ReportTable &t, const QString &text)
{
    t.note = t.note.isEmpty() ? text : t.note + QLatin1Char(' ') + text;
}

QList<const ReportSuggestion *> Builder::suggestionsOf(KsdClass cls) const
{
    QList<const ReportSuggestion *> out;
    for (const ReportSuggestion *s : mSuggestions) {
        if (s->cls == cls)
            out.append(s);
    }
    return out;
}

QList<const ReportSuggestion *> Builder::otherSuggestionsOf(KsdClass cls) const
{
    QList<const ReportSuggestion *> out;
    for (const ReportSuggestion *s : mOtherSuggestions) {
        if (s->cls == cls)
            out.append(s);
    }
    return out;
}

QStringList Builder::ownerPartners() const
{
    const QString &owner = mProject.ownerRegion;
    QSet<QString> related;
    for (const ReportSuggestion *s : mSuggestions)
        related.insert(s->regionB);
    for (const Agreement *a : agreementsOf(owner)) {
        for (const Party &p : a->parties) {
            if (p.kind == PartyKind::Region)
                related.insert(p.regionCode);
        }
    }
    related.remove(owner);
    QStringList out;
    for (const ReportPartner &p : mEngine.partners.value(owner)) {
        if (related.contains(p.partner) && mScopeSet.contains(p.partner) && !out.contains(p.partner))
            out.append(p.partner);
    }
    QStringList rest;
    for (const QString &code : related) {
        if (mScopeSet.contains(code) && !out.contains(code))
            rest.append(code);
    }
    std::sort(rest.begin(), rest.end());
    return out + rest;
}

bool Builder::hasProfileContent(const QString &code) const
{
    return !mEntriesByRegion.value(code).isEmpty() || !mClassesByRegion.value(code).isEmpty()
           || !agreementsOf(code).isEmpty();
}

QList<const Agreement *> Builder::agreementsOf(const QString &code) const
{
    QList<const Agreement *> out;
    for (const Agreement *a : mAgreements) {
        bool party = false;
        bool ownerNamed = false;
        for (const Party &p : a->parties) {
            if (p.kind != PartyKind::Region)
                continue;
            party = party || p.regionCode == code;
            ownerNamed = ownerNamed || p.regionCode == mProject.ownerRegion;
        }
        // Legacy records often leave the owner out of the parties: the register is the owner's own.
        if (party || (code == mProject.ownerRegion && !ownerNamed))
            out.append(a);
    }
    return out;
}

// ---------------------------------------------------------------------------------------------------------------

ReportModel Builder::build()
{
    prepare();

    const Region *owner = mRef.region(mProject.ownerRegion);
    const QString ownerName = owner ? owner->name : mProject.ownerRegion;
    mModel.language = mOptions.language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("id");
    mModel.options = mOptions;
    mModel.options.today = mToday;
    mModel.options.scope = mScope;
    mModel.title = T::tr("Laporan Hasil Pemetaan Kerja Sama Daerah %1 Tahun %2").arg(ownerName).arg(mProject.year);
    mModel.author = mOptions.preparedBy.isEmpty()
                        ? T::tr("Bagian Pemerintahan Sekretariat Daerah %1").arg(ownerName)
                        : mOptions.preparedBy;
    mModel.subject = mProject.title;
    mModel.keywords = T::tr("kerja sama daerah; KSD; KSDD; pemetaan; %1").arg(ownerName);
    mModel.creator = programNameAndVersion();
    mModel.headerLeft = T::tr("Laporan Hasil Pemetaan KSD · %1 %2").arg(ownerName).arg(mProject.year);
    mModel.headerRight = date(mToday);
    mModel.pagePattern = T::tr("Halaman %1 dari %2");
    mModel.contentsTitle = T::tr("Daftar Isi");
    mModel.hasCover = mOptions.has(ReportSection::Cover);
    mModel.hasContents = mOptions.has(ReportSection::Contents);

    mModel.tablesTitle = T::tr("Daftar Tabel");
    mModel.figuresTitle = T::tr("Daftar Gambar");

    cover();
    if (isEmptyProject()) {
        // Nothing to sign yet: a short guide, not sixteen pages saying "Belum ada…".
        mModel.hasContents = false;
        collectionGuide();
        return std::move(mModel);
    }
    if (mOptions.has(ReportSection::Approval))
        approval();
    if (mOptions.has(ReportSection::Foreword))
        foreword();
    if (mOptions.has(ReportSection::Contents)) {
        mModel.blocks.append(ReportContentsMark{});
        abbreviations();
    }
    if (mOptions.has(ReportSection::Summary))
        summary();
    if (mOptions.has(ReportSection::Recommendations))
        recommendations();
    if (mOptions.has(ReportSection::Method))
        method();
    if (mOptions.has(ReportSection::Map))
        map();
    if (mOptions.has(ReportSection::Wajib))
        wajib();
    if (mOptions.has(ReportSection::Sukarela))
        sukarela();
    if (mOptions.has(ReportSection::Clusters))
        clusters();
    if (mOptions.has(ReportSection::Matrix))
        matrix();
    if (mOptions.has(ReportSection::Profiles))
        profiles();
    if (mOptions.has(ReportSection::Register))
        registerSection();
    if (mOptions.has(ReportSection::Others))
        others();
    if (mOptions.has(ReportSection::Appendix))
        appendix();
    return std::move(mModel);
}

void Builder::cover()
{
    const Region *owner = mRef.region(mProject.ownerRegion);
    ReportCover &c = mModel.cover;
    if (owner && owner->isProvince())
        c.authority = T::tr("PEMERINTAH PROVINSI %1").arg(owner->name.toUpper());
    else if (owner)
        c.authority = T::tr("PEMERINTAH %1").arg(owner->name.toUpper());
    c.kicker = T::tr("LAPORAN HASIL PEMETAAN");
    c.title = T::tr("Kerja Sama Daerah");
    c.subtitle = mProject.title;
    c.regionName = owner ? owner->name : mProject.ownerRegion;
    if (owner && !owner->isProvince()) {
        c.regionLine = T::tr("Provinsi %1 · kode wilayah %2").arg(plainName(owner->provinceCode), owner->code);
    } else if (owner) {
        c.regionLine = T::tr("Kode wilayah %1").arg(owner->code);
    }
    c.yearText = T::tr("Tahun %1").arg(mProject.year);
    c.dateText = date(mToday);
    c.dataText = T::tr("Data per %1 (perubahan terakhir)").arg(date(mDataDate));
    c.preparedByLabel = T::tr("Disusun oleh");
    c.preparedBy = mModel.author;
    c.locatorRegion = owner ? owner->code : QString();
    c.note = T::tr("Disusun dengan PetaKSD berdasarkan data isian perangkat daerah, data rujukan wilayah "
                   "Kepmendagri 300.2.2-2430/2025 dan peraturan kerja sama daerah yang berlaku.");
}

} // namespace detail::report

QDate dataLastChanged(const Project &project)
{
    QDateTime last = project.modified;
    if (const QDateTime records = project.lastRecordChange(); records.isValid() && (!last.isValid() || records > last))
        last = records;
    if (!last.isValid())
        last = project.created;
    return last.isValid() ? last.toUTC().date() : QDate();
}

QStringList reportScope(const Project &project, const ReportOptions &options)
{
    const RefData &ref = RefData::instance();
    QStringList source = options.scope.isEmpty() ? project.scope : options.scope;
    if (source.isEmpty())
        source = {project.ownerRegion};
    QStringList out;
    for (const QString &c : source) {
        const QString code = c.trimmed();
        if (ref.region(code) && !out.contains(code))
            out.append(code);
    }
    std::sort(out.begin(), out.end());
    return out;
}

ReportModel buildReport(const Project &project, const ReportEngineData &engine, const ReportOptions &options)
{
    return detail::report::Builder(project, engine, options).build();
}

ReportModel buildReport(const Project &project, const ReportOptions &options)
{
    return buildReport(project, runReportEngine(project), options);
}

} // namespace ksd
