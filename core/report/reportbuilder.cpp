// SPDX-License-Identifier: Apache-2.0
#include "reportbuilder.h"

#include "refdata/refdata.h"
#include "register/expiry.h"
#include "register/monev.h"
#include "register/numberformat.h"
#include "register/registerstats.h"
#include "register/screening.h"
#include "register/stages.h"

#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace ksd {

namespace {

// lupdate does not follow a type alias (`using T = ReportText` put every string in an empty context, so the
// English report stayed Indonesian): T declares the ReportText context itself.
struct T
{
    Q_DECLARE_TR_FUNCTIONS(ksd::ReportText)
};

constexpr DocType kDocTypes[] = {DocType::KB, DocType::PKS, DocType::NK, DocType::Addendum};
constexpr Category kCategories[] = {Category::KSDD, Category::KSDPK, Category::Sinergi, Category::KSDPL,
                                    Category::KSDLL};
constexpr PartnerGroup kGroups[] = {PartnerGroup::DaerahLain, PartnerGroup::PihakKetiga, PartnerGroup::Sinergi};
constexpr KsdClass kClasses[] = {KsdClass::Wajib, KsdClass::PotensiWajib, KsdClass::Sukarela,
                                 KsdClass::RujukProvinsi, KsdClass::TidakMemenuhi};

QString roman(int n)
{
    static const std::pair<int, const char *> parts[] = {{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"},
                                                         {100, "C"},  {90, "XC"},  {50, "L"},  {40, "XL"},
                                                         {10, "X"},   {9, "IX"},   {5, "V"},   {4, "IV"},
                                                         {1, "I"}};
    QString out;
    for (const auto &[value, text] : parts) {
        while (n >= value) {
            out += QLatin1String(text);
            n -= value;
        }
    }
    return out;
}

/// Builds one report; holds what the sections share (locale, scope, counters for tables and figures).
class Builder
{
public:
    Builder(const Project &project, const ReportEngineData &engine, const ReportOptions &options);
    ReportModel build();

private:
    // formatting
    QString count(qint64 n) const { return formatCount(n, mLocale); }
    QString share(qint64 part, qint64 whole) const { return formatShare(part, whole, 1, mLocale); }
    QString date(const QDate &d) const;
    QString score(double s) const { return mLocale.toString(s, 'f', 1); }
    QString decimal(double v, int decimals) const { return mLocale.toString(v, 'f', decimals); }
    QString regionName(const QString &code) const;  ///< "Kabupaten Banjar", "Provinsi Kalimantan Selatan"
    QString plainName(const QString &code) const;   ///< the code list's name ("Kalimantan Selatan")
    QString basisOf(const ReportSuggestion &s) const;
    QString reasonOf(const ReportSuggestion &s) const;
    QString urusanName(const QString &code) const;
    QString urusanLabel(const QString &code) const; ///< "2.11 Lingkungan Hidup"
    QString joinList(const QStringList &items) const; ///< "a, b dan c" / "a, b and c"
    QString categoryShort(Category c) const;
    QString docShort(DocType d) const; ///< "KB", "PKS", "NK", "Addendum"
    /// statusName(), except that Berakhir reads "Sudah berakhir": next to the "Berakhir" (end date) column the bare
    /// word is ambiguous, and English has one word for both ("Ends") where the status needs "Ended".
    QString statusText(AgreementStatus s) const;
    QString docTypePhrase(DocType t, int n) const;
    QString partnerGroupPhrase(PartnerGroup g, int n) const;
    /// The parties of @p a other than @p self (the owner region in the register, the profile's region in a profile).
    QString partiesText(const Agreement &a, const QString &self) const;

    // structure
    void chapter(const QString &title);
    void section(const QString &title, bool newPage = false);
    void subsection(const QString &title);
    void para(const QString &text, TextStyle style = TextStyle::Body);
    void bullets(const QStringList &items);
    void table(ReportTable t);
    void figure(ReportFigure f);
    void pageBreak(PageOrientation o);
    QString tableCaption(const QString &title);
    QString figureCaption(const QString &title);

    // sections
    void cover();
    void summary();
    void method();
    void map();
    void wajib();
    void sukarela();
    void clusters();
    void matrix();
    void profiles();
    void profile(const QString &code, bool first);
    void registerSection();
    void appendix();

    // data
    void prepare();
    QList<const ReportSuggestion *> suggestionsOf(KsdClass cls) const;
    QList<const Agreement *> agreementsOf(const QString &code) const;
    /// The first @p limit items of @p list (already in the order to keep); @p omitted receives how many were cut.
    template<typename Item>
    static QList<Item> firstOf(QList<Item> list, int limit, int &omitted)
    {
        omitted = std::max(0, int(list.size()) - limit);
        if (omitted > 0)
            list.resize(limit);
        return list;
    }
    /// The note under a table that lists only the first @p shown of @p total suggestion rows.
    QString cutSuggestionsNote(int shown, int total) const;
    /// Adds @p text to the note of @p t.
    static void addNote(ReportTable &t, const QString &text);
    ReportTable suggestionTable(const QList<const ReportSuggestion *> &list, bool withTakeover) const;
    QList<ReportMapLink> mapLinks() const;
    QList<ReportLegendItem> mapLegend() const;

    const Project &mProject;
    const ReportEngineData &mEngine;
    const ReportOptions &mOptions;
    const RefData &mRef;
    QLocale mLocale;
    QDate mToday;
    ReportModel mModel;

    QStringList mScope;
    QSet<QString> mScopeSet;
    QList<const Entry *> mEntries;               // live, in scope
    QList<const ReportSuggestion *> mSuggestions; // touching the scope, sorted
    QList<const ReportCluster *> mClusters;
    QList<const Agreement *> mAgreements;         // live
    QHash<QUuid, ExpiryItem> mExpiring;
    RegisterStats mStats;
    // Per region, built once for the profiles: a scan of every entry and suggestion per region made a national
    // report (552 regions, 50,000 entries, 100,000 suggestions) spend most of its time comparing region codes.
    QHash<QString, QList<const Entry *>> mEntriesByRegion;
    QHash<QString, QMap<KsdClass, int>> mClassesByRegion;

    int mChapter = 0;
    int mSection = 0;
    int mSubsection = 0;
    int mAppendix = 0;
    int mTables = 0;
    int mFigures = 0;
    bool mInAppendix = false;
};

Builder::Builder(const Project &project, const ReportEngineData &engine, const ReportOptions &options)
    : mProject(project)
    , mEngine(engine)
    , mOptions(options)
    , mRef(RefData::instance())
    , mLocale(options.language == QLatin1String("en") ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                                      : QLocale(QLocale::Indonesian, QLocale::Indonesia))
    , mToday(options.effectiveToday())
{
}

// ---------------------------------------------------------------------------------------------------------------
// Formatting

QString Builder::date(const QDate &d) const
{
    return d.isValid() ? mLocale.toString(d, QStringLiteral("d MMMM yyyy")) : QStringLiteral("–");
}

QString Builder::regionName(const QString &code) const
{
    const Region *r = mRef.region(code);
    if (!r)
        return code;
    // Province names carry no type word in the code list ("Kalimantan Selatan"); in a table they need one.
    return r->isProvince() ? T::tr("Provinsi %1").arg(r->name) : r->name;
}

QString Builder::statusText(AgreementStatus s) const
{
    return s == AgreementStatus::Berakhir ? T::tr("Sudah berakhir") : statusName(s);
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
        QString b = T::tr("UU 23/2014 Pasal 363 ayat (2) dan Pasal 364 ayat (1)–(2) huruf %1; PP 28/2018")
                        .arg(pairTypeKey(s.pairType).toLower());
        if (s.pairType != PairType::C)
            b += QStringLiteral("; ") + T::tr("Permendagri 22/2020");
        return b + QLatin1Char('.');
    }
    case KsdClass::Sukarela:
        return T::tr("UU 23/2014 Pasal 363 ayat (3) dan Pasal 365; PP 28/2018.");
    case KsdClass::RujukProvinsi:
        return s.basis.isEmpty() ? T::tr("UU 23/2014 Pasal 13 ayat (3).") : s.basis + QLatin1Char('.');
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
    const Urusan *u = mRef.urusan(code);
    return u ? u->name : code;
}

QString Builder::urusanLabel(const QString &code) const
{
    const Urusan *u = mRef.urusan(code);
    return u ? QStringLiteral("%1 %2").arg(u->code, u->name) : code;
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

    for (const ReportSuggestion &s : mEngine.suggestions) {
        if (s.cls == KsdClass::TidakMemenuhi)
            continue;
        if (mScopeSet.contains(s.regionA) || mScopeSet.contains(s.regionB))
            mSuggestions.append(&s);
    }
    std::stable_sort(mSuggestions.begin(), mSuggestions.end(),
                     [](const ReportSuggestion *x, const ReportSuggestion *y) {
                         if (x->cls != y->cls)
                             return x->cls < y->cls;
                         if (x->score != y->score)
                             return x->score > y->score;
                         return std::tie(x->regionA, x->regionB, x->urusan)
                                < std::tie(y->regionA, y->regionB, y->urusan);
                     });
    for (const ReportCluster &c : mEngine.clusters) {
        const bool touches = std::any_of(c.members.cbegin(), c.members.cend(),
                                         [this](const QString &m) { return mScopeSet.contains(m); });
        if (touches)
            mClusters.append(&c);
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

    ReportCounts &c = mModel.counts;
    c.regions = int(mScope.size());
    for (const Entry *e : mEntries) {
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
    c.proposals = mStats.proposalsTotal;
    c.proposalsEligible = mStats.proposalsEligible;
    for (Category cat : kCategories)
        c.proposalsByCategory[categoryKey(cat)] = mStats.proposals(cat);
    c.agreements = mStats.agreementsTotal;
    c.expiringSoon = int(mExpiring.size());
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
    mModel.creator = QStringLiteral("PetaKSD %1").arg(QStringLiteral(PETAKSD_VERSION));
    mModel.headerLeft = T::tr("Laporan Hasil Pemetaan KSD · %1 %2").arg(ownerName).arg(mProject.year);
    mModel.headerRight = date(mToday);
    mModel.pagePattern = T::tr("Halaman %1 dari %2");
    mModel.contentsTitle = T::tr("Daftar Isi");
    mModel.hasCover = mOptions.has(ReportSection::Cover);
    mModel.hasContents = mOptions.has(ReportSection::Contents);

    cover();
    if (mOptions.has(ReportSection::Summary))
        summary();
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
    c.preparedByLabel = T::tr("Disusun oleh");
    c.preparedBy = mModel.author;
    c.locatorRegion = owner ? owner->code : QString();
    c.note = T::tr("Disusun dengan PetaKSD berdasarkan data isian perangkat daerah, data rujukan wilayah "
                   "Kepmendagri 300.2.2-2430/2025 dan peraturan kerja sama daerah yang berlaku.");
}

// ---------------------------------------------------------------------------------------------------------------
// 1. Summary

void Builder::summary()
{
    const ReportCounts &c = mModel.counts;
    const Region *owner = mRef.region(mProject.ownerRegion);
    chapter(T::tr("Ringkasan Hasil Pemetaan"));

    QSet<QString> pds;
    QSet<QString> urusan;
    for (const Entry *e : mEntries) {
        if (!e->sourcePd.trimmed().isEmpty())
            pds.insert(e->sourcePd.trimmed());
        urusan.insert(e->urusanCode);
    }
    para(T::tr("Laporan ini menyajikan hasil pemetaan kerja sama daerah (KSD) %1 tahun %2 sebagaimana tercatat "
               "pada %3. Pemetaan mencakup %4 dan mengikuti alur data dari isian potensi dan kebutuhan perangkat "
               "daerah, saran pasangan kerja sama beserta dasar hukumnya, usulan kerja sama, sampai dokumen kerja "
               "sama dan pemantauannya.")
             .arg(owner ? owner->name : mProject.ownerRegion)
             .arg(mProject.year)
             .arg(date(mToday))
             .arg(T::tr("%Ln daerah", nullptr, c.regions)),
         TextStyle::Lead);

    // The headline figures, in the shape planners already report them.
    QStringList points;
    // Each count carries its own plural ("1 need/problem", "37 needs/problems" in English). An empty project says
    // so in words rather than in a row of zeros.
    if (c.entries == 0)
        points.append(T::tr("Belum ada isian potensi atau kebutuhan untuk daerah dalam cakupan."));
    else
        points.append(T::tr("%1 dari %2: %3 dan %4, pada %5.")
                      .arg(T::tr("%Ln isian", nullptr, c.entries))
                      .arg(T::tr("%Ln perangkat daerah", nullptr, int(pds.size())))
                      .arg(T::tr("%Ln potensi", nullptr, c.potensi))
                      .arg(T::tr("%Ln kebutuhan/permasalahan", nullptr, c.kebutuhan))
                      .arg(T::tr("%Ln urusan", nullptr, int(urusan.size()))));
    if (mEngine.available) {
        QStringList parts;
        for (KsdClass k : kClasses) {
            const int n = c.suggestionsByClass.value(ksdClassKey(k));
            if (n > 0)
                parts.append(QStringLiteral("%1 %2").arg(count(n), ksdClassName(k).toLower()));
        }
        if (c.suggestions == 0 && c.clusters == 0) {
            points.append(T::tr("Tidak ada saran kerja sama."));
        } else {
            QString line = T::tr("%Ln saran kerja sama antardaerah", nullptr, c.suggestions);
            if (!parts.isEmpty())
                line += QStringLiteral(": ") + joinList(parts);
            line += QStringLiteral("; ") + T::tr("%Ln klaster", nullptr, c.clusters) + QLatin1Char('.');
            points.append(line);
        }
    }
    if (mStats.proposalsTotal == 0) {
        points.append(T::tr("Belum ada usulan kerja sama yang dicatat."));
    } else {
        QString line = T::tr("%1 usulan, %2 memenuhi kriteria")
                           .arg(count(mStats.proposalsTotal), count(mStats.proposalsEligible));
        QList<Category> cats(std::begin(kCategories), std::end(kCategories));
        std::stable_sort(cats.begin(), cats.end(),
                         [this](Category x, Category y) { return mStats.proposals(x) > mStats.proposals(y); });
        QStringList parts;
        for (Category cat : cats) {
            if (mStats.proposals(cat) > 0)
                parts.append(QStringLiteral("%1 %2").arg(share(mStats.proposals(cat), mStats.proposalsEligible),
                                                         categoryShort(cat)));
        }
        if (!parts.isEmpty())
            line += QStringLiteral(": ") + parts.join(QStringLiteral(", "));
        points.append(line + QLatin1Char('.'));
    }
    for (DocType t : kDocTypes) {
        const int n = mStats.count(t);
        if (n == 0)
            continue;
        QStringList parts;
        for (PartnerGroup g : kGroups) {
            if (mStats.count(t, g) > 0)
                parts.append(partnerGroupPhrase(g, mStats.count(t, g)));
        }
        QString line = docTypePhrase(t, n);
        if (!parts.isEmpty())
            line += QStringLiteral(": ") + parts.join(QStringLiteral(", "));
        points.append(line + QLatin1Char('.'));
    }
    if (mStats.agreementsTotal == 0)
        points.append(T::tr("Belum ada dokumen kerja sama dalam register."));
    if (!mExpiring.isEmpty()) {
        points.append(T::tr("%Ln kerja sama berakhir dalam %1 hari atau sudah lewat tanggal berakhirnya; lihat "
                            "register kerja sama.", nullptr, int(mExpiring.size()))
                          .arg(mOptions.expiryWarningDays));
    }
    bullets(points);

    // 1.1 Entries by urusan
    section(T::tr("Isian potensi dan kebutuhan"));
    para(T::tr("Perangkat daerah mengisi potensi dan kebutuhan/permasalahan per urusan, lengkap dengan bukti "
               "eksternalitas lintas daerah dan efisiensi pengelolaan bersama. Tabel berikut merekapnya per urusan."));
    {
        ReportTable t;
        t.caption = T::tr("Isian per urusan");
        t.columns = {{T::tr("Urusan"), 5}, {T::tr("Potensi"), 1.3, ColumnAlign::Right},
                     {T::tr("Kebutuhan"), 1.3, ColumnAlign::Right}, {T::tr("Jumlah"), 1.3, ColumnAlign::Right}};
        for (auto it = c.entriesByUrusan.cbegin(); it != c.entriesByUrusan.cend(); ++it) {
            t.addRow({urusanLabel(it.key()), count(it.value().first), count(it.value().second),
                      count(it.value().first + it.value().second)});
        }
        if (!t.rows.isEmpty())
            t.addRow({T::tr("Jumlah"), count(c.potensi), count(c.kebutuhan), count(c.entries)}, RowKind::Total);
        t.emptyText = T::tr("Belum ada isian potensi atau kebutuhan untuk daerah dalam cakupan.");
        table(std::move(t));
    }

    // 1.2 Suggestions by class
    section(T::tr("Saran kerja sama menurut kelas"));
    if (!mEngine.available) {
        para(T::tr("Saran kerja sama belum dihitung untuk laporan ini."), TextStyle::Note);
    } else {
        para(T::tr("Setiap pasangan daerah dan urusan yang potensinya bertemu kebutuhan, atau yang sama-sama "
                   "mempunyai kebutuhan lintas batas, dinilai dengan aturan yang diuraikan pada bagian dasar hukum "
                   "dan metode."));
        ReportTable t;
        t.caption = T::tr("Saran kerja sama menurut kelas");
        t.columns = {{T::tr("Kelas"), 5}, {T::tr("Jumlah"), 1.3, ColumnAlign::Right},
                     {T::tr("Persentase"), 1.6, ColumnAlign::Right}};
        for (KsdClass k : kClasses) {
            if (k == KsdClass::TidakMemenuhi)
                continue;
            const int n = c.suggestionsByClass.value(ksdClassKey(k));
            t.addRow({ksdClassName(k), count(n), share(n, c.suggestions)});
        }
        t.addRow({T::tr("Jumlah"), count(c.suggestions), share(c.suggestions, c.suggestions)}, RowKind::Total);
        t.emptyText = T::tr("Tidak ada saran kerja sama.");
        if (c.suggestions == 0)
            t.rows.clear();
        table(std::move(t));
    }

    // 1.3 Proposals
    section(T::tr("Usulan kerja sama"));
    if (mStats.proposalsTotal == 0) {
        para(T::tr("Belum ada usulan kerja sama yang dicatat."), TextStyle::Note);
    } else {
        const int notEligible = mStats.proposalsTotal - mStats.proposalsEligible;
        QString text = T::tr("Dari %1 usulan yang masuk, %2 (%3) memenuhi kriteria kerja sama daerah.")
                           .arg(count(mStats.proposalsTotal), count(mStats.proposalsEligible),
                                share(mStats.proposalsEligible, mStats.proposalsTotal));
        if (notEligible > 0) {
            QStringList parts;
            for (int i = 1; i < ActivityCount; ++i) {
                const int n = mStats.notEligibleByActivity[size_t(i)];
                if (n > 0)
                    parts.append(QStringLiteral("%1 %2").arg(count(n), activityName(ActivityKind(i)).toLower()));
            }
            text += QLatin1Char(' ') + T::tr("%Ln usulan tidak memenuhi kriteria karena bukan kerja sama", nullptr,
                                             notEligible);
            if (!parts.isEmpty())
                text += QStringLiteral(" (") + joinList(parts) + QLatin1Char(')');
            text += QLatin1Char('.');
        }
        if (mStats.proposalsDprd > 0) {
            text += QLatin1Char(' ') + T::tr("%Ln usulan memerlukan persetujuan DPRD.", nullptr, mStats.proposalsDprd);
        }
        para(text);
        ReportTable t;
        t.caption = T::tr("Usulan yang memenuhi kriteria menurut kategori");
        t.columns = {{T::tr("Kategori"), 5}, {T::tr("Usulan"), 1.3, ColumnAlign::Right},
                     {T::tr("Persentase"), 1.6, ColumnAlign::Right}};
        for (Category cat : kCategories) {
            t.addRow({categoryName(cat), count(mStats.proposals(cat)),
                      share(mStats.proposals(cat), mStats.proposalsEligible)});
        }
        t.addRow({T::tr("Jumlah"), count(mStats.proposalsEligible),
                  share(mStats.proposalsEligible, mStats.proposalsEligible)},
                 RowKind::Total);
        if (mStats.proposalsEligible == 0)
            t.rows.clear();
        t.emptyText = T::tr("Tidak ada usulan yang memenuhi kriteria.");
        table(std::move(t));
    }

    // 1.4 Agreements
    section(T::tr("Dokumen kerja sama"));
    if (mStats.agreementsTotal == 0) {
        para(T::tr("Belum ada dokumen kerja sama dalam register."), TextStyle::Note);
        return;
    }
    para(T::tr("Register mencatat %1. Tabel berikut menyajikan jumlahnya menurut jenis dokumen dan mitra, serta "
               "menurut tahap kerja sama sesuai Permendagri 22/2020.")
             .arg(T::tr("%Ln dokumen kerja sama", nullptr, mStats.agreementsTotal)));
    {
        ReportTable t;
        t.caption = T::tr("Dokumen kerja sama menurut jenis dan mitra");
        t.columns = {{T::tr("Jenis dokumen"), 3.2}};
        for (PartnerGroup g : kGroups)
            t.columns.append({partnerGroupName(g), 1.5, ColumnAlign::Right});
        t.columns.append({T::tr("Jumlah"), 1.2, ColumnAlign::Right});
        std::array<int, PartnerGroupCount> totals{};
        for (DocType d : kDocTypes) {
            QStringList row{docTypeName(d)};
            for (PartnerGroup g : kGroups) {
                row.append(count(mStats.count(d, g)));
                totals[size_t(g)] += mStats.count(d, g);
            }
            row.append(count(mStats.count(d)));
            t.addRow(row);
        }
        QStringList total{T::tr("Jumlah")};
        for (PartnerGroup g : kGroups)
            total.append(count(totals[size_t(g)]));
        total.append(count(mStats.agreementsTotal));
        t.addRow(total, RowKind::Total);
        t.note = T::tr("Daerah lain: KSDD dan KSDPL; pihak ketiga: KSDPK dan KSDLL; sinergi: dengan kementerian/"
                       "lembaga.");
        table(std::move(t));
    }
    {
        ReportTable t;
        t.caption = T::tr("Dokumen kerja sama menurut tahap");
        t.columns = {{T::tr("Tahap"), 4.2}};
        for (DocType d : kDocTypes)
            t.columns.append({docTypeKey(d) == QLatin1String("ADDENDUM") ? T::tr("Add.") : docTypeKey(d), 1,
                              ColumnAlign::Right});
        t.columns.append({T::tr("Jumlah"), 1.2, ColumnAlign::Right});
        QHash<int, std::array<int, DocTypeCount>> byStage;
        for (const Agreement *a : mAgreements)
            ++byStage[int(a->stage)][size_t(a->docType)];
        for (int s = 0; s < StageCount; ++s) {
            const auto counts = byStage.value(s);
            QStringList row{stageName(Stage(s))};
            int sum = 0;
            for (DocType d : kDocTypes) {
                row.append(count(counts[size_t(d)]));
                sum += counts[size_t(d)];
            }
            row.append(count(sum));
            t.addRow(row);
        }
        QStringList total{T::tr("Jumlah")};
        for (DocType d : kDocTypes)
            total.append(count(mStats.count(d)));
        total.append(count(mStats.agreementsTotal));
        t.addRow(total, RowKind::Total);
        t.note = T::tr("KB: kesepakatan bersama; PKS: perjanjian kerja sama; NK: nota kesepakatan; Add.: addendum.");
        table(std::move(t));
    }
}

// ---------------------------------------------------------------------------------------------------------------
// 2. Legal basis and method

void Builder::method()
{
    chapter(T::tr("Dasar Hukum dan Metode"));
    section(T::tr("Dasar hukum"));
    bullets({
        T::tr("Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah, terutama Pasal 13 (kriteria urusan "
              "lintas daerah) dan Pasal 363–364 (kerja sama daerah, kerja sama wajib dan sukarela)."),
        T::tr("Peraturan Pemerintah Nomor 28 Tahun 2018 tentang Kerja Sama Daerah."),
        T::tr("Peraturan Menteri Dalam Negeri Nomor 22 Tahun 2020 tentang Tata Cara Kerja Sama Daerah dengan "
              "Daerah Lain dan Kerja Sama Daerah dengan Pihak Ketiga."),
        T::tr("Peraturan Menteri Dalam Negeri Nomor 25 Tahun 2020 tentang Tata Cara Kerja Sama Daerah dengan "
              "Pemerintah Daerah di Luar Negeri dan Kerja Sama Daerah dengan Lembaga di Luar Negeri."),
        T::tr("Peraturan Menteri Dalam Negeri Nomor 90 Tahun 2019 beserta pemutakhirannya (klasifikasi, kodefikasi "
              "dan nomenklatur urusan)."),
        T::tr("Keputusan Menteri Dalam Negeri Nomor 300.2.2-2138 Tahun 2025 dan pemutakhirannya Nomor "
              "300.2.2-2430 Tahun 2025 (kode dan data wilayah administrasi pemerintahan)."),
    });

    section(T::tr("Aturan penilaian pasangan daerah"));
    para(T::tr("Setiap pasangan daerah untuk satu urusan dinilai oleh satu perangkat aturan dalam urutan yang tetap. "
               "Aturan pertama yang menentukan kelas menghentikan penilaian; akibat hukumnya (pengambilalihan dan "
               "persetujuan DPRD) dicatat sesudahnya."));
    {
        ReportTable t;
        t.caption = T::tr("Urutan aturan dan dasar hukumnya");
        t.columns = {{T::tr("No."), 0.6, ColumnAlign::Right}, {T::tr("Aturan"), 2.4}, {T::tr("Dasar hukum"), 7.5}};
        for (int r = 0; r < RuleCount; ++r)
            t.addRow({QString::number(r + 1), ruleName(Rule(r)), ruleBasis(Rule(r))});
        table(std::move(t));
    }

    section(T::tr("Kelas hasil penilaian"));
    {
        ReportTable t;
        t.caption = T::tr("Kelas hasil penilaian");
        t.columns = {{T::tr("Kelas"), 2.4}, {T::tr("Artinya"), 8}};
        t.addRow({ksdClassName(KsdClass::Wajib),
                  T::tr("Daerah berbatasan, urusan mempunyai eksternalitas lintas daerah dan lebih efisien dikelola "
                        "bersama: kedua syarat terpenuhi. Bila tidak dilaksanakan, urusan diambil alih.")});
        t.addRow({ksdClassName(KsdClass::PotensiWajib),
                  T::tr("Daerah berbatasan, tetapi bukti eksternalitas atau efisiensi belum ada. Bukti yang belum ada "
                        "bukan berarti \"tidak\": kajiannya perlu dilengkapi.")});
        t.addRow({ksdClassName(KsdClass::Sukarela),
                  T::tr("Kerja sama dalam kewenangan para pihak yang dinilai lebih efektif dan efisien bila "
                        "dilaksanakan bersama, baik daerahnya berbatasan maupun tidak.")});
        t.addRow({ksdClassName(KsdClass::RujukProvinsi),
                  T::tr("Layanan lintas kabupaten/kota yang menjadi kewenangan provinsi (UU 23/2014 Pasal 13 ayat "
                        "(3)): dirujuk ke provinsi sebagai kerja sama tipe B atau fasilitasi provinsi.")});
        t.addRow({ksdClassName(KsdClass::TidakMemenuhi),
                  T::tr("Para pihak atau objeknya tidak memenuhi syarat kerja sama daerah; tidak dimuat dalam "
                        "laporan ini.")});
        table(std::move(t));
    }

    section(T::tr("Jenis pasangan dan pengambilalihan"));
    para(T::tr("Jenis pasangan mengikuti UU 23/2014 Pasal 364 ayat (2). Bila kerja sama wajib tidak dilaksanakan, "
               "urusan diambil alih dan biayanya diperhitungkan dari dana transfer daerah."));
    {
        ReportTable t;
        t.caption = T::tr("Jenis pasangan dan pihak yang mengambil alih");
        t.columns = {{T::tr("Tipe"), 0.8, ColumnAlign::Center}, {T::tr("Pasangan"), 5.2},
                     {T::tr("Diambil alih oleh"), 4}};
        for (PairType p : {PairType::A, PairType::B, PairType::C, PairType::D, PairType::E}) {
            QString who = takeoverName(RuleSet::takeoverOf(p));
            if (p == PairType::C)
                who += QStringLiteral(" ") + T::tr("(perlu kajian hukum: tipe C tidak disebut dalam daftar "
                                                   "Permendagri 22/2020)");
            t.addRow({pairTypeKey(p), pairTypeName(p), who});
        }
        table(std::move(t));
    }

    section(T::tr("Skor kecocokan"));
    para(T::tr("Skor kecocokan (0–100) mengukur dua arah seberapa jauh potensi satu daerah memenuhi kebutuhan "
               "daerah lain, dengan memperhitungkan prioritas, besaran, kesamaan layanan, jarak (jumlah batas yang "
               "dilintasi dan kilometer) serta kerja sama yang sudah ada. Bobot faktor disimpan dalam pengaturan "
               "proyek."));
    ReportTable t;
    t.caption = T::tr("Bobot skor yang digunakan");
    t.columns = {{T::tr("Faktor"), 3}, {T::tr("Bobot"), 1.1, ColumnAlign::Right},
                 {T::tr("Bawaan"), 1.1, ColumnAlign::Right}, {T::tr("Keterangan"), 6}};
    const QHash<QString, QString> descriptions = {
        {QStringLiteral("complement"), T::tr("Dua arah: potensi A memenuhi kebutuhan B, sebaliknya, atau kebutuhan "
                                             "lintas batas bersama.")},
        {QStringLiteral("priority"), T::tr("Prioritas tertinggi (1–5) dari kebutuhan yang terlibat.")},
        {QStringLiteral("magnitude"), T::tr("Seberapa jauh besaran potensi menutup besaran kebutuhan (satuan sama).")},
        {QStringLiteral("service"), T::tr("Kesamaan layanan yang disebut kedua pihak.")},
        {QStringLiteral("hops"), T::tr("Kedekatan: penuh bila berbatasan, mengecil dengan setiap langkah batas.")},
        {QStringLiteral("distance"), T::tr("Jarak antartitik pusat daerah dalam kilometer.")},
        {QStringLiteral("agreements"), T::tr("Kerja sama aktif yang sudah ada pada urusan ini atau urusan lain.")},
    };
    for (const ReportWeight &w : mEngine.weights) {
        QString name = w.name;
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        t.addRow({name, decimal(w.value, 2), decimal(w.defaultValue, 2),
                  w.description.isEmpty() ? descriptions.value(w.key) : w.description},
                 w.value != w.defaultValue ? RowKind::Warning : RowKind::Normal);
    }
    t.emptyText = T::tr("Bobot skor tidak tersedia karena saran kerja sama belum dihitung.");
    if (std::any_of(mEngine.weights.cbegin(), mEngine.weights.cend(),
                    [](const ReportWeight &w) { return w.value != w.defaultValue; }))
        t.note = T::tr("Baris yang disorot memakai bobot yang diubah dari nilai bawaannya.");
    table(std::move(t));
}

// ---------------------------------------------------------------------------------------------------------------
// 3. Map

QList<ReportMapLink> Builder::mapLinks() const
{
    QMap<std::tuple<QString, QString, QString>, int> agg;
    auto add = [&agg](QString a, QString b, const QString &kind) {
        if (a.isEmpty() || b.isEmpty() || a == b)
            return;
        if (b < a)
            std::swap(a, b);
        ++agg[{a, b, kind}];
    };
    for (const ReportSuggestion *s : mSuggestions) {
        if (s->cls == KsdClass::RujukProvinsi) {
            for (const QString &p : s->referTo) {
                add(s->regionA, p, ksdClassKey(s->cls));
                add(s->regionB, p, ksdClassKey(s->cls));
            }
        } else {
            add(s->regionA, s->regionB, ksdClassKey(s->cls));
        }
    }
    for (const Agreement *a : mAgreements) {
        QStringList regions;
        for (const Party &p : a->parties) {
            if (p.kind == PartyKind::Region && mRef.region(p.regionCode))
                regions.append(p.regionCode);
        }
        if (!regions.contains(mProject.ownerRegion) && !regions.isEmpty())
            regions.prepend(mProject.ownerRegion);
        for (int i = 0; i < regions.size(); ++i)
            for (int j = i + 1; j < regions.size(); ++j)
                add(regions[i], regions[j], QStringLiteral("AGREEMENT"));
    }
    QList<ReportMapLink> links;
    for (auto it = agg.cbegin(); it != agg.cend(); ++it)
        links.append({std::get<0>(it.key()), std::get<1>(it.key()), std::get<2>(it.key()), it.value()});
    return links;
}

QList<ReportLegendItem> Builder::mapLegend() const
{
    return {
        {QStringLiteral("WAJIB"), ksdClassName(KsdClass::Wajib)},
        {QStringLiteral("POTENSI_WAJIB"), ksdClassName(KsdClass::PotensiWajib)},
        {QStringLiteral("SUKARELA"), ksdClassName(KsdClass::Sukarela)},
        {QStringLiteral("RUJUK_PROVINSI"), ksdClassName(KsdClass::RujukProvinsi)},
        {QStringLiteral("AGREEMENT"), T::tr("Kerja sama tercatat")},
        {QStringLiteral("FOCUS"), T::tr("Daerah pemilik pemetaan")},
        {QStringLiteral("SCOPE"), T::tr("Daerah dalam cakupan")},
        {QStringLiteral("OTHER"), T::tr("Daerah lain")},
    };
}

void Builder::map()
{
    chapter(T::tr("Peta Jejaring Kerja Sama"));
    para(T::tr("Gambar berikut menempatkan daerah dalam cakupan pada peta batas wilayah, seperti pada tab Peta. "
               "Garis menghubungkan pasangan daerah menurut kelas saran kerja sama, usulan dan kerja sama yang sudah "
               "tercatat; arti setiap simbol dijelaskan di bawah peta."));
    ReportFigure f;
    f.kind = FigureKind::NetworkMap;
    f.caption = T::tr("Peta jejaring kerja sama %1").arg(regionName(mProject.ownerRegion));
    f.regions = mScope;
    f.focus = mProject.ownerRegion;
    f.links = mapLinks();
    f.legend = mapLegend();
    f.attribution = RefData::attribution();
    f.heightRatio = 0.95;
    figure(std::move(f));
    if (!mEngine.available)
        para(T::tr("Saran kerja sama belum dihitung, sehingga peta hanya memuat kerja sama yang tercatat."),
             TextStyle::Note);
    else if (mSuggestions.isEmpty() && mAgreements.isEmpty())
        para(T::tr("Belum ada saran maupun kerja sama untuk digambarkan; peta hanya menunjukkan cakupan."),
             TextStyle::Note);
}

// ---------------------------------------------------------------------------------------------------------------
// 4–6. Suggestions

ReportTable Builder::suggestionTable(const QList<const ReportSuggestion *> &list, bool withTakeover) const
{
    ReportTable t;
    t.columns = {{T::tr("No."), 0.5, ColumnAlign::Right},
                 {T::tr("Daerah"), 2.2},
                 {T::tr("Mitra"), 2.2},
                 {T::tr("Urusan dan layanan"), 2.4}};
    if (withTakeover) {
        t.columns.append({T::tr("Tipe"), 0.6, ColumnAlign::Center});
        t.columns.append({T::tr("Skor"), 0.7, ColumnAlign::Right});
        t.columns.append({T::tr("Bila tidak dilaksanakan, diambil alih oleh"), 2.4});
        t.columns.append({T::tr("Keterangan"), 4.2});
    } else {
        t.columns.append({T::tr("Skor"), 0.7, ColumnAlign::Right});
        t.columns.append({T::tr("Keterangan"), 5.2});
    }
    // Wajib pairs are grouped by pair type: the group row names the type and its legal basis once, and the rows
    // keep what differs (the pair, the score, who takes over, why).
    QList<const ReportSuggestion *> rows = list;
    if (withTakeover) {
        std::stable_sort(rows.begin(), rows.end(), [](const ReportSuggestion *x, const ReportSuggestion *y) {
            return x->pairType < y->pairType;
        });
    }
    int n = 0;
    PairType group = PairType::None;
    bool first = true;
    for (const ReportSuggestion *s : rows) {
        if (withTakeover && (first || s->pairType != group)) {
            group = s->pairType;
            first = false;
            QString label = T::tr("Tipe %1: %2. Dasar hukum: %3")
                                .arg(pairTypeKey(group).isEmpty() ? QStringLiteral("–") : pairTypeKey(group),
                                     pairTypeName(group), basisOf(*s));
            if (group == PairType::C)
                label += QLatin1Char(' ') + T::tr("Perlu kajian hukum: tipe C tidak disebut dalam daftar pasangan "
                                                  "wajib Permendagri 22/2020.");
            QStringList cells{label};
            while (cells.size() < t.columns.size())
                cells.append(QString());
            t.addRow(cells, RowKind::Group);
        }
        QString urusan = urusanLabel(s->urusan);
        if (!s->service.isEmpty())
            urusan += QStringLiteral(" · ") + s->service;
        QStringList row{QString::number(++n), regionName(s->regionA), regionName(s->regionB), urusan};
        QString text = reasonOf(*s);
        if (s->dprdApproval)
            text += QLatin1Char(' ') + T::tr("Memerlukan persetujuan DPRD.");
        if (withTakeover) {
            QString type = pairTypeKey(s->pairType);
            if (s->legalReview)
                type += QLatin1Char('*');
            row.append(type.isEmpty() ? QStringLiteral("–") : type);
            row.append(score(s->score));
            row.append(s->takeover == Takeover::None ? QStringLiteral("–") : takeoverName(s->takeover));
            row.append(text);
        } else {
            row.append(score(s->score));
            row.append(text);
        }
        t.addRow(row);
    }
    return t;
}

void Builder::wajib()
{
    // Wide tables go on landscape pages; a section that only says it is empty stays portrait.
    pageBreak(!suggestionsOf(KsdClass::Wajib).isEmpty() || !suggestionsOf(KsdClass::PotensiWajib).isEmpty() ? PageOrientation::Landscape : PageOrientation::Portrait);
    chapter(T::tr("Kerja Sama Wajib"));
    para(T::tr("Kerja sama wajib berlaku bagi dua atau lebih daerah yang berbatasan untuk urusan yang mempunyai "
               "eksternalitas lintas daerah dan lebih efisien bila dikelola bersama (UU 23/2014 Pasal 363–364; "
               "PP 28/2018). Bila tidak dilaksanakan, urusan itu diambil alih oleh gubernur sebagai wakil "
               "Pemerintah Pusat (tipe B dan E) atau oleh Pemerintah Pusat (tipe A, C dan D), dan biayanya "
               "diperhitungkan dari dana transfer daerah yang bersangkutan."));
    if (!mEngine.available) {
        para(T::tr("Saran kerja sama belum dihitung untuk laporan ini."), TextStyle::Note);
        pageBreak(PageOrientation::Portrait);
        return;
    }
    int cut = 0;
    const auto wajibAll = suggestionsOf(KsdClass::Wajib);
    const auto wajibList = firstOf(wajibAll, mOptions.maxSuggestionRows, cut);
    section(T::tr("Saran kerja sama wajib"));
    ReportTable t = suggestionTable(wajibList, true);
    t.caption = T::tr("Saran kerja sama wajib");
    t.emptyText = T::tr("Tidak ada pasangan daerah yang memenuhi kedua syarat kerja sama wajib.");
    if (std::any_of(wajibList.cbegin(), wajibList.cend(), [](const ReportSuggestion *s) { return s->legalReview; }))
        t.note = T::tr("* Tipe C (provinsi dengan kabupaten/kota provinsi lain) tidak disebut dalam daftar pasangan "
                       "wajib Permendagri 22/2020: perlu kajian hukum.");
    if (cut > 0)
        addNote(t, cutSuggestionsNote(int(wajibList.size()), int(wajibAll.size())));
    table(std::move(t));

    const auto potensiAll = suggestionsOf(KsdClass::PotensiWajib);
    const auto potensi = firstOf(potensiAll, mOptions.maxSuggestionRows, cut);
    section(T::tr("Potensi kerja sama wajib (perlu kajian)"));
    para(T::tr("Pasangan berikut berbatasan, tetapi bukti eksternalitas atau efisiensinya belum lengkap. Bukti yang "
               "belum ada bukan berarti \"tidak\": perangkat daerah diminta melengkapi kajiannya agar kelasnya "
               "dapat ditetapkan."));
    ReportTable p = suggestionTable(potensi, true);
    p.caption = T::tr("Potensi kerja sama wajib");
    p.emptyText = T::tr("Tidak ada pasangan berbatasan yang masih menunggu bukti.");
    if (std::any_of(potensi.cbegin(), potensi.cend(), [](const ReportSuggestion *s) { return s->legalReview; }))
        p.note = T::tr("* Tipe C: perlu kajian hukum.");
    if (cut > 0)
        addNote(p, cutSuggestionsNote(int(potensi.size()), int(potensiAll.size())));
    table(std::move(p));
    pageBreak(PageOrientation::Portrait);
}

void Builder::sukarela()
{
    chapter(T::tr("Kerja Sama Sukarela"));
    para(T::tr("Kerja sama sukarela dapat dilakukan oleh daerah yang berbatasan maupun tidak, untuk urusan dalam "
               "kewenangan masing-masing yang dinilai lebih efektif dan efisien bila dilaksanakan bersama "
               "(UU 23/2014 Pasal 363 ayat (3)). Pasangan diurutkan menurut skor kecocokan."));
    if (!mEngine.available) {
        para(T::tr("Saran kerja sama belum dihitung untuk laporan ini."), TextStyle::Note);
        return;
    }
    int cut = 0;
    const auto all = suggestionsOf(KsdClass::Sukarela);
    const auto shown = firstOf(all, mOptions.maxSuggestionRows, cut);
    ReportTable t = suggestionTable(shown, false);
    t.caption = T::tr("Saran kerja sama sukarela");
    t.emptyText = T::tr("Tidak ada saran kerja sama sukarela.");
    if (cut > 0)
        addNote(t, cutSuggestionsNote(int(shown.size()), int(all.size())));
    table(std::move(t));
}

void Builder::clusters()
{
    // Wide tables go on landscape pages; a section that only says it is empty stays portrait.
    pageBreak(!mClusters.isEmpty() || !suggestionsOf(KsdClass::RujukProvinsi).isEmpty() ? PageOrientation::Landscape : PageOrientation::Portrait);
    chapter(T::tr("Klaster dan Rujukan ke Provinsi"));
    para(T::tr("Layanan yang lokasi, pengguna atau dampaknya melintasi batas kabupaten/kota menjadi kewenangan "
               "provinsi (UU 23/2014 Pasal 13 ayat (3)). Untuk layanan seperti itu, saran yang tepat adalah merujuk "
               "ke provinsi: kerja sama tipe B atau fasilitasi provinsi, bukan kerja sama wajib antar-kabupaten/kota."));
    if (!mEngine.available) {
        para(T::tr("Saran kerja sama belum dihitung untuk laporan ini."), TextStyle::Note);
        pageBreak(PageOrientation::Portrait);
        return;
    }
    section(T::tr("Klaster daerah"));
    para(T::tr("Klaster adalah kelompok daerah yang saling berbatasan dengan kebutuhan lintas batas pada layanan "
               "yang sama; setiap klaster diusulkan sebagai kerja sama beberapa pihak."));
    {
        ReportTable t;
        t.caption = T::tr("Klaster daerah");
        t.columns = {{T::tr("No."), 0.5, ColumnAlign::Right}, {T::tr("Urusan dan layanan"), 2.4},
                     {T::tr("Anggota"), 4.4}, {T::tr("Tipe"), 0.7, ColumnAlign::Center}, {T::tr("Skor"), 0.7,
                                                                                         ColumnAlign::Right},
                     {T::tr("Kelas dan tindak lanjut"), 2.6}, {T::tr("Dasar hukum"), 3.8}};
        QList<const ReportCluster *> clusters = mClusters;
        std::stable_sort(clusters.begin(), clusters.end(),
                         [](const ReportCluster *x, const ReportCluster *y) { return x->score > y->score; });
        int cut = 0;
        clusters = firstOf(clusters, mOptions.maxSuggestionRows, cut);
        if (cut == 0)
            clusters = mClusters; // all of them: keep the engine's order
        int n = 0;
        for (const ReportCluster *c : std::as_const(clusters)) {
            QStringList names;
            for (const QString &m : c->members)
                names.append(regionName(m));
            QString urusan = urusanLabel(c->urusan);
            if (!c->service.isEmpty())
                urusan += QStringLiteral(" · ") + c->service;
            QString follow = ksdClassName(c->cls);
            if (c->cls == KsdClass::RujukProvinsi && !c->referTo.isEmpty())
                follow = T::tr("Dirujuk ke %1 (kerja sama tipe B atau fasilitasi provinsi)").arg(regionName(c->referTo));
            else if (c->takeover != Takeover::None)
                follow += QStringLiteral("; ") + T::tr("bila tidak dilaksanakan diambil alih %1")
                                                     .arg(takeoverName(c->takeover));
            QString basis = c->basis;
            if (basis.isEmpty()) {
                ReportSuggestion probe;
                probe.cls = c->cls;
                probe.pairType = c->pairTypes.isEmpty() ? PairType::None
                                                        : PairType(QStringLiteral("ABCDE").indexOf(c->pairTypes.first()) + 1);
                basis = basisOf(probe);
            } else {
                basis += QLatin1Char('.');
            }
            t.addRow({QString::number(++n), urusan,
                      T::tr("%1: %2").arg(T::tr("%Ln daerah", nullptr, int(c->members.size())),
                                          names.join(QStringLiteral(", "))),
                      c->pairTypes.isEmpty() ? QStringLiteral("–") : c->pairTypes.join(QStringLiteral(", ")),
                      score(c->score), follow, basis});
        }
        t.emptyText = T::tr("Tidak ada klaster daerah dengan kebutuhan lintas batas pada layanan yang sama.");
        if (cut > 0)
            addNote(t, cutSuggestionsNote(int(clusters.size()), int(mClusters.size())));
        table(std::move(t));
    }
    section(T::tr("Pasangan yang dirujuk ke provinsi"));
    {
        ReportTable t;
        t.caption = T::tr("Pasangan yang dirujuk ke provinsi");
        t.columns = {{T::tr("No."), 0.5, ColumnAlign::Right}, {T::tr("Daerah"), 2.4}, {T::tr("Mitra"), 2.4},
                     {T::tr("Skor"), 0.7, ColumnAlign::Right}, {T::tr("Dirujuk ke"), 2.4}, {T::tr("Keterangan"), 5}};
        // Grouped by urusan and service: the group row carries the provincial-authority basis once.
        int cut = 0;
        const auto all = suggestionsOf(KsdClass::RujukProvinsi);
        QList<const ReportSuggestion *> list = firstOf(all, mOptions.maxSuggestionRows, cut);
        std::stable_sort(list.begin(), list.end(), [](const ReportSuggestion *x, const ReportSuggestion *y) {
            return std::tie(x->urusan, x->service) < std::tie(y->urusan, y->service);
        });
        int n = 0;
        QString group;
        for (const ReportSuggestion *s : std::as_const(list)) {
            const QString key = s->urusan + QLatin1Char('|') + s->service;
            if (n == 0 || key != group) {
                group = key;
                QString label = urusanLabel(s->urusan);
                if (!s->service.isEmpty())
                    label += QStringLiteral(" · ") + s->service;
                QStringList cells{label + QStringLiteral(". ") + T::tr("Dasar hukum: %1").arg(basisOf(*s))};
                while (cells.size() < t.columns.size())
                    cells.append(QString());
                t.addRow(cells, RowKind::Group);
            }
            QStringList provinces;
            for (const QString &p : s->referTo)
                provinces.append(regionName(p));
            t.addRow({QString::number(++n), regionName(s->regionA), regionName(s->regionB), score(s->score),
                      provinces.isEmpty() ? QStringLiteral("–") : provinces.join(QStringLiteral(", ")),
                      reasonOf(*s)});
        }
        t.emptyText = T::tr("Tidak ada pasangan yang perlu dirujuk ke provinsi.");
        if (cut > 0)
            addNote(t, cutSuggestionsNote(int(list.size()), int(all.size())));
        table(std::move(t));
    }
    pageBreak(PageOrientation::Portrait);
}

// ---------------------------------------------------------------------------------------------------------------
// 7. Region × urusan matrix

void Builder::matrix()
{
    // The matrix is wide: it sits on landscape pages, and the report returns to portrait after it.
    // Wide tables go on landscape pages; a section that only says it is empty stays portrait.
    pageBreak(!mEntries.isEmpty() ? PageOrientation::Landscape : PageOrientation::Portrait);
    chapter(T::tr("Matriks Potensi dan Kebutuhan"));
    para(T::tr("Matriks berikut menunjukkan, untuk setiap daerah dalam cakupan dan setiap urusan yang berisi, "
               "jumlah potensi dan kebutuhan/permasalahan yang dicatat, ditulis P/K. Hanya urusan yang mempunyai "
               "isian yang ditampilkan."));
    QStringList urusan;
    QHash<QString, QHash<QString, QPair<int, int>>> cells;
    for (const Entry *e : mEntries) {
        if (!urusan.contains(e->urusanCode))
            urusan.append(e->urusanCode);
        auto &c = cells[e->regionCode][e->urusanCode];
        (e->kind == EntryKind::Potensi ? c.first : c.second)++;
    }
    std::sort(urusan.begin(), urusan.end(), [](const QString &a, const QString &b) {
        // "1.10" after "1.09": compare the numbers, not the text.
        const auto pa = a.split(QLatin1Char('.'));
        const auto pb = b.split(QLatin1Char('.'));
        return std::make_pair(pa.value(0).toInt(), pa.value(1).toInt())
               < std::make_pair(pb.value(0).toInt(), pb.value(1).toInt());
    });
    ReportTable t;
    t.caption = T::tr("Matriks daerah × urusan (potensi/kebutuhan)");
    t.compact = true;
    t.columns.append({T::tr("Daerah"), 5.2});
    for (const QString &u : urusan)
        t.columns.append({u, 1, ColumnAlign::Center});
    t.columns.append({T::tr("Jumlah"), 1.3, ColumnAlign::Center});
    QString province;
    const bool grouped = mScope.size() > 12;
    for (const QString &code : mScope) {
        const Region *r = mRef.region(code);
        if (grouped && r && r->provinceCode != province) {
            province = r->provinceCode;
            QStringList group{regionName(province)};
            while (group.size() < t.columns.size())
                group.append(QString());
            t.addRow(group, RowKind::Group);
        }
        QStringList row{regionName(code)};
        int p = 0;
        int k = 0;
        const auto regionCells = cells.value(code);
        for (const QString &u : urusan) {
            const auto c = regionCells.value(u);
            p += c.first;
            k += c.second;
            row.append(c.first + c.second > 0 ? QStringLiteral("%1/%2").arg(c.first).arg(c.second) : QString());
        }
        row.append(QStringLiteral("%1/%2").arg(p).arg(k));
        t.addRow(row);
    }
    if (urusan.isEmpty())
        t.rows.clear();
    t.emptyText = T::tr("Belum ada isian potensi atau kebutuhan untuk daerah dalam cakupan.");
    QStringList legend;
    for (const QString &u : urusan)
        legend.append(QStringLiteral("%1 %2").arg(u, urusanName(u)));
    if (!legend.isEmpty())
        t.note = T::tr("P/K: jumlah potensi/jumlah kebutuhan; sel kosong: tidak ada isian. Urusan: %1.")
                     .arg(legend.join(QStringLiteral("; ")));
    table(std::move(t));
    pageBreak(PageOrientation::Portrait);
}

// ---------------------------------------------------------------------------------------------------------------
// 8. Region profiles

void Builder::profiles()
{
    chapter(T::tr("Profil Daerah"));
    para(T::tr("Bagian ini memuat satu profil untuk setiap daerah dalam cakupan: isian potensi dan kebutuhannya, "
               "mitra terbaik menurut skor kecocokan, dan kerja sama yang tercatat. Peta kecil menunjukkan letak "
               "daerah dalam provinsinya."));
    for (const Entry *e : mEntries)
        mEntriesByRegion[e->regionCode].append(e);
    for (const ReportSuggestion *s : mSuggestions) {
        ++mClassesByRegion[s->regionA][s->cls];
        if (s->regionB != s->regionA)
            ++mClassesByRegion[s->regionB][s->cls];
    }
    bool first = true;
    for (const QString &code : mScope) {
        profile(code, first);
        first = false;
    }
    if (mScope.isEmpty())
        para(T::tr("Tidak ada daerah dalam cakupan."), TextStyle::Note);
}

void Builder::profile(const QString &code, bool first)
{
    const Region *r = mRef.region(code);
    section(regionName(code), !first);

    const QList<const Entry *> entries = mEntriesByRegion.value(code);
    int potensi = 0;
    for (const Entry *e : entries)
        potensi += e->kind == EntryKind::Potensi ? 1 : 0;
    const QMap<KsdClass, int> classes = mClassesByRegion.value(code);
    const auto agreements = agreementsOf(code);
    // One page per region: other regions' lists are cut to what a page holds; the owner's own profile keeps more.
    const int rowLimit = code == mProject.ownerRegion ? 5 * mOptions.maxProfileRows : mOptions.maxProfileRows;

    ReportFacts facts;
    if (r) {
        facts.items.append({T::tr("Jenis"), regionTypeName(r->type)});
        facts.items.append({T::tr("Kode Kemendagri / BPS"), QStringLiteral("%1 / %2").arg(r->code, r->bpsCode())});
        if (!r->isProvince())
            facts.items.append({T::tr("Provinsi"), plainName(r->provinceCode)});
        facts.items.append({T::tr("Tetangga berbatasan"), count(mRef.neighbours(code).size())});
    }
    facts.items.append({T::tr("Isian"), QStringLiteral("%1, %2").arg(
                                            T::tr("%Ln potensi", nullptr, potensi),
                                            T::tr("%Ln kebutuhan/permasalahan", nullptr, int(entries.size()) - potensi))});
    if (mEngine.available) {
        QStringList parts;
        for (auto it = classes.cbegin(); it != classes.cend(); ++it)
            parts.append(QStringLiteral("%1 %2").arg(count(it.value()), ksdClassName(it.key()).toLower()));
        facts.items.append({T::tr("Saran kerja sama"), parts.isEmpty() ? T::tr("tidak ada") : parts.join(
                                                                              QStringLiteral(", "))});
    }
    int active = 0;
    for (const Agreement *a : agreements)
        active += a->status == AgreementStatus::Aktif || a->status == AgreementStatus::Diperpanjang ? 1 : 0;
    facts.items.append({T::tr("Kerja sama tercatat"),
                        T::tr("%Ln dokumen, %1 aktif", nullptr, int(agreements.size())).arg(count(active))});
    facts.hasFigure = r != nullptr;
    facts.figure.kind = FigureKind::Locator;
    facts.figure.focus = code;
    facts.figure.regions = mScope;
    facts.figure.heightRatio = 0.8;
    facts.figure.caption = T::tr("Letak %1").arg(regionName(code));
    mModel.blocks.append(facts);

    subsection(T::tr("Potensi dan kebutuhan"));
    {
        ReportTable t;
        t.columns = {{T::tr("Jenis"), 1.4}, {T::tr("Urusan"), 2.3}, {T::tr("Uraian"), 4.6},
                     {T::tr("Prioritas"), 0.9, ColumnAlign::Center}, {T::tr("Perangkat daerah"), 2.2}};
        // Highest priority first when a long list is cut to what a profile page holds.
        QList<const Entry *> listed = entries;
        if (listed.size() > rowLimit) {
            std::stable_sort(listed.begin(), listed.end(),
                             [](const Entry *x, const Entry *y) { return x->priority > y->priority; });
        }
        int cut = 0;
        listed = firstOf(listed, rowLimit, cut);
        if (cut > 0) {
            std::stable_sort(listed.begin(), listed.end(), [](const Entry *x, const Entry *y) {
                return x->urusanCode < y->urusanCode;
            });
            t.note = T::tr("Ditampilkan %1 dari %2 isian, yang prioritasnya tertinggi; daftar lengkap dapat diekspor "
                           "ke CSV (petaksd export --entries).")
                         .arg(count(listed.size()), count(entries.size()));
        }
        for (const Entry *e : std::as_const(listed)) {
            QString text = e->title;
            if (!e->service.isEmpty())
                text += QStringLiteral(" (%1)").arg(e->service);
            t.addRow({e->kind == EntryKind::Potensi ? T::tr("Potensi") : T::tr("Kebutuhan"),
                      urusanLabel(e->urusanCode), text, QString::number(e->priority),
                      e->sourcePd.isEmpty() ? QStringLiteral("–") : e->sourcePd});
        }
        t.emptyText = T::tr("Belum ada isian untuk daerah ini.");
        table(std::move(t));
    }

    subsection(T::tr("Mitra terbaik"));
    if (!mEngine.available) {
        para(T::tr("Saran kerja sama belum dihitung untuk laporan ini."), TextStyle::Note);
    } else {
        ReportTable t;
        t.columns = {{T::tr("No."), 0.5, ColumnAlign::Right}, {T::tr("Mitra"), 3}, {T::tr("Skor"), 0.8,
                                                                                      ColumnAlign::Right},
                     {T::tr("Kelas terkuat"), 2.4}, {T::tr("Urusan"), 4.5}};
        const auto partners = mEngine.partners.value(code);
        int n = 0;
        for (const ReportPartner &p : partners) {
            if (n >= mOptions.partnersPerProfile)
                break;
            // A partner of a large project can share twenty urusan: three names and a count keep the row short.
            // (codes only then: the names are in the matrix and the data dictionary's urusan list).
            constexpr int UrusanNamed = 3;
            const bool many = p.urusan.size() > UrusanNamed + 1;
            QStringList urusan;
            for (const QString &u : p.urusan) {
                if (many && urusan.size() == UrusanNamed) {
                    urusan.append(T::tr("dan %Ln urusan lainnya", nullptr, int(p.urusan.size()) - UrusanNamed));
                    break;
                }
                urusan.append(many ? u : urusanLabel(u));
            }
            t.addRow({QString::number(++n), regionName(p.partner), score(p.score), ksdClassName(p.bestClass),
                      urusan.join(QStringLiteral("; "))});
        }
        t.emptyText = T::tr("Belum ada mitra yang disarankan untuk daerah ini.");
        table(std::move(t));
    }

    subsection(T::tr("Kerja sama"));
    {
        ReportTable t;
        t.columns = {{T::tr("Dokumen"), 0.9}, {T::tr("Judul"), 4.2}, {T::tr("Mitra"), 2.6}, {T::tr("Tahap"), 2.2},
                     {T::tr("Berakhir"), 1.8}};
        int cut = 0;
        const auto listed = firstOf(agreements, rowLimit, cut);
        if (cut > 0) {
            t.note = T::tr("Ditampilkan %1 dari %2 kerja sama; semuanya tercantum dalam register kerja sama.")
                         .arg(count(listed.size()), count(agreements.size()));
        }
        for (const Agreement *a : listed) {
            // A past end date is marked only while the agreement is still aktif: without its status (berakhir,
            // dihentikan) a reader cannot tell a lapsed agreement from one that was ended or stopped.
            QString stage = stageName(a->stage);
            if (a->status != AgreementStatus::Aktif)
                stage = QStringLiteral("%1 (%2)").arg(stage, statusText(a->status).toLower());
            t.addRow({docShort(a->docType), a->title, partiesText(*a, code), stage, date(a->endDate)},
                     mExpiring.contains(a->meta.id) ? RowKind::Warning : RowKind::Normal);
        }
        t.emptyText = T::tr("Belum ada kerja sama yang tercatat untuk daerah ini.");
        if (std::any_of(agreements.cbegin(), agreements.cend(),
                        [this](const Agreement *a) { return mExpiring.contains(a->meta.id); }))
            addNote(t, T::tr("Baris yang disorot berakhir dalam %1 hari, atau sudah lewat tanggal berakhirnya tetapi "
                             "masih berstatus aktif.")
                           .arg(mOptions.expiryWarningDays));
        table(std::move(t));
    }
}

// ---------------------------------------------------------------------------------------------------------------
// 9. Agreement register

void Builder::registerSection()
{
    // Wide tables go on landscape pages; a section that only says it is empty stays portrait.
    pageBreak(!mAgreements.isEmpty() ? PageOrientation::Landscape : PageOrientation::Portrait);
    chapter(T::tr("Register Kerja Sama"));
    if (mAgreements.isEmpty()) {
        para(T::tr("Belum ada dokumen kerja sama dalam register."), TextStyle::Note);
        pageBreak(PageOrientation::Portrait);
        return;
    }
    para(T::tr("Register memuat %1 per %2. Kerja sama yang berakhir dalam %3 hari, atau sudah lewat tanggal "
               "berakhirnya tetapi masih berstatus aktif, disorot dan diberi keterangan; praktik yang lazim adalah "
               "memulai perpanjangan paling lambat tiga bulan sebelum berakhir.")
             .arg(T::tr("%Ln dokumen kerja sama", nullptr, int(mAgreements.size())))
             .arg(date(mToday))
             .arg(mOptions.expiryWarningDays));
    ReportTable t;
    t.caption = T::tr("Register kerja sama");
    // Date columns wide enough for "30 September 2024" on one line; Kategori for its header and "Sinergi".
    t.columns = {{T::tr("No."), 0.5, ColumnAlign::Right}, {T::tr("Dokumen"), 0.85}, {T::tr("Judul"), 3.0},
                 {T::tr("Mitra"), 2.3},     {T::tr("Kategori"), 1.3},     {T::tr("Tahap"), 2.1},
                 {T::tr("Status"), 1.2},    {T::tr("Mulai"), 1.9},         {T::tr("Berakhir"), 1.9},
                 {T::tr("Keterangan"), 1.9}};
    int n = 0;
    for (const Agreement *a : mAgreements) {
        QString stage = stageName(a->stage);
        const QDate reached = stageReachedOn(*a, a->stage);
        if (reached.isValid())
            stage += QStringLiteral(" (%1)").arg(date(reached));
        QString remark;
        RowKind kind = RowKind::Normal;
        if (const auto it = mExpiring.constFind(a->meta.id); it != mExpiring.cend()) {
            kind = RowKind::Warning;
            remark = it->expired ? T::tr("lewat %Ln hari, masih berstatus aktif", nullptr, int(-it->daysLeft))
                                 : (it->daysLeft == 0 ? T::tr("berakhir hari ini")
                                                      : T::tr("berakhir dalam %Ln hari", nullptr, int(it->daysLeft)));
        }
        const MonevSummary monev = monevSummary(mProject, a->meta.id);
        if (monev.averageRating) {
            const QString rating = T::tr("monev %1/5").arg(decimal(*monev.averageRating, 1));
            remark = remark.isEmpty() ? rating : remark + QStringLiteral("; ") + rating;
        }
        t.addRow({QString::number(++n), docShort(a->docType), a->title, partiesText(*a, mProject.ownerRegion),
                  a->category == Category::None ? QStringLiteral("–") : categoryShort(a->category), stage,
                  statusText(a->status), date(a->startDate), date(a->endDate),
                  remark.isEmpty() ? QStringLiteral("–") : remark},
                 kind);
    }
    if (!mExpiring.isEmpty()) {
        t.note = T::tr("Baris yang disorot perlu ditindaklanjuti: berakhir dalam %1 hari atau sudah lewat tanggal "
                       "berakhirnya.")
                     .arg(mOptions.expiryWarningDays);
    }
    table(std::move(t));

    section(T::tr("Kerja sama yang segera berakhir"));
    if (mExpiring.isEmpty()) {
        para(T::tr("Per %1 tidak ada kerja sama aktif yang berakhir dalam %2 hari.")
                 .arg(date(mToday))
                 .arg(mOptions.expiryWarningDays),
             TextStyle::Note);
    } else {
        para(T::tr("Kerja sama berikut perlu segera diperpanjang, diakhiri secara resmi atau dimutakhirkan statusnya."));
        QList<ExpiryItem> items = mExpiring.values();
        std::sort(items.begin(), items.end(), [](const ExpiryItem &x, const ExpiryItem &y) {
            return std::tie(x.endDate, x.title) < std::tie(y.endDate, y.title);
        });
        ReportTable e;
        e.caption = T::tr("Kerja sama yang segera berakhir");
        e.columns = {{T::tr("No."), 0.5, ColumnAlign::Right}, {T::tr("Dokumen"), 0.9}, {T::tr("Judul"), 6},
                     {T::tr("Status"), 1.2}, {T::tr("Berakhir"), 1.7}, {T::tr("Sisa waktu"), 2.2}};
        int k = 0;
        for (const ExpiryItem &it : std::as_const(items)) {
            e.addRow({QString::number(++k), docShort(it.docType), it.title, statusText(it.status), date(it.endDate),
                      it.expired ? T::tr("lewat %Ln hari", nullptr, int(-it.daysLeft))
                                 : T::tr("%Ln hari", nullptr, int(it.daysLeft))},
                     RowKind::Warning);
        }
        table(std::move(e));
    }
    pageBreak(PageOrientation::Portrait);
}

// ---------------------------------------------------------------------------------------------------------------
// Appendices

void Builder::appendix()
{
    mInAppendix = true;
    chapter(T::tr("Kamus Data"));
    {
        ReportTable t;
        t.caption = T::tr("Kamus data");
        t.columns = {{T::tr("Istilah"), 2.6}, {T::tr("Arti"), 8}};
        const QList<QPair<QString, QString>> terms = {
            {T::tr("Potensi"), T::tr("Sumber daya, layanan atau keunggulan suatu daerah pada satu urusan yang dapat "
                                     "dimanfaatkan bersama daerah lain.")},
            {T::tr("Kebutuhan/permasalahan"), T::tr("Kebutuhan layanan atau masalah pada satu urusan yang tidak "
                                                    "dapat atau kurang efisien ditangani sendiri.")},
            {T::tr("Eksternalitas"), T::tr("Lokasi, pengguna, atau manfaat/dampak negatif layanan melintasi batas "
                                           "daerah (kriteria UU 23/2014 Pasal 13); dicatat ya, tidak atau belum "
                                           "diketahui.")},
            {T::tr("Efisiensi"), T::tr("Layanan lebih efisien bila dikelola bersama; dicatat ya, tidak atau belum "
                                       "diketahui.")},
            {T::tr("Prioritas"), T::tr("Tingkat kepentingan isian menurut perangkat daerah, 1 (rendah) sampai 5 "
                                       "(tertinggi).")},
            {T::tr("Urusan"), T::tr("Urusan pemerintahan menurut nomenklatur Permendagri 90/2019, mis. 2.11 "
                                    "Lingkungan Hidup.")},
            {T::tr("Kode wilayah"), T::tr("Kode Kemendagri: PP untuk provinsi, PP.KK untuk kabupaten/kota "
                                          "(KK 01–69 kabupaten, 71–99 kota); kode BPS adalah angka yang sama tanpa "
                                          "titik.")},
            {T::tr("Kelas"), T::tr("Hasil penilaian pasangan daerah: wajib, potensi wajib (perlu kajian), "
                                   "sukarela, rujuk ke provinsi atau tidak memenuhi.")},
            {T::tr("Tipe pasangan"), T::tr("A–E menurut UU 23/2014 Pasal 364 ayat (2); lihat tabel jenis pasangan.")},
            {T::tr("Skor kecocokan"), T::tr("Ukuran 0–100 kecocokan dua arah antara potensi dan kebutuhan pasangan "
                                            "daerah.")},
            {T::tr("Klaster"), T::tr("Kelompok daerah berbatasan dengan kebutuhan lintas batas pada layanan yang "
                                     "sama.")},
            {T::tr("KSDD, KSDPK, Sinergi, KSDPL, KSDLL"),
             T::tr("Kategori kerja sama: dengan daerah lain, dengan pihak ketiga, dengan kementerian/lembaga, dengan "
                   "pemerintah daerah di luar negeri, dan dengan lembaga di luar negeri.")},
            {T::tr("KB, PKS, NK"), T::tr("Kesepakatan bersama, perjanjian kerja sama, nota kesepakatan.")},
            {T::tr("Tahap"), T::tr("Tahap kerja sama menurut Permendagri 22/2020, dari persiapan sampai "
                                   "pelaporan.")},
            {T::tr("Monev"), T::tr("Monitoring dan evaluasi pelaksanaan kerja sama; nilai 1–5.")},
        };
        for (const auto &term : terms)
            t.addRow({term.first, term.second});
        table(std::move(t));
    }

    chapter(T::tr("Sumber Data"));
    para(T::tr("Data isian berasal dari perangkat daerah yang tercantum di bawah ini. Data wilayah, batas dan urusan "
               "adalah data rujukan yang tertanam dalam PetaKSD dan tidak diubah oleh pengguna."));
    {
        QMap<QString, QPair<int, int>> byPd;
        for (const Entry *e : mEntries) {
            auto &c = byPd[e->sourcePd.trimmed().isEmpty() ? T::tr("(tidak disebut)") : e->sourcePd.trimmed()];
            (e->kind == EntryKind::Potensi ? c.first : c.second)++;
        }
        ReportTable t;
        t.caption = T::tr("Isian menurut perangkat daerah");
        t.columns = {{T::tr("Perangkat daerah"), 5}, {T::tr("Potensi"), 1.3, ColumnAlign::Right},
                     {T::tr("Kebutuhan"), 1.3, ColumnAlign::Right}};
        for (auto it = byPd.cbegin(); it != byPd.cend(); ++it)
            t.addRow({it.key(), count(it.value().first), count(it.value().second)});
        t.emptyText = T::tr("Belum ada isian dari perangkat daerah.");
        table(std::move(t));
    }
    bullets({
        T::tr("Kode dan nama wilayah: Keputusan Menteri Dalam Negeri Nomor 300.2.2-2430 Tahun 2025 (38 provinsi, "
              "416 kabupaten, 98 kota)."),
        T::tr("Ketetanggaan wilayah: dihitung dari poligon batas wilayah yang disederhanakan; panjang batas "
              "bersama dalam kilometer."),
        T::tr("Urusan pemerintahan: nomenklatur Permendagri 90/2019 beserta pemutakhirannya."),
        T::tr("Layanan yang menjadi kewenangan provinsi bila lintas kabupaten/kota: tabel layanan PetaKSD "
              "berdasarkan Lampiran UU 23/2014, dapat disesuaikan per proyek."),
        T::tr("Berkas proyek: %1, dibuat %2, terakhir diubah %3.")
            .arg(mProject.title, date(mProject.created.date()), date(mProject.modified.date())),
    });

    chapter(T::tr("Atribusi Data Peta"));
    para(RefData::attribution());
    para(T::tr("Poligon batas wilayah disederhanakan untuk tampilan dan tidak dimaksudkan untuk menghitung luas "
               "atau menetapkan batas. Data cahyadsn/wilayah (© 2017–2025 Cahya DSN) dan cahyadsn/wilayah_boundaries "
               "(© 2024 Cahya DSN) digunakan berdasarkan Lisensi MIT; poligon aslinya bersumber dari Badan Informasi "
               "Geospasial (BIG), tanahair.indonesia.go.id."));
    mInAppendix = false;
}

} // namespace

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
    return Builder(project, engine, options).build();
}

ReportModel buildReport(const Project &project, const ReportOptions &options)
{
    return buildReport(project, runReportEngine(project), options);
}

} // namespace ksd
