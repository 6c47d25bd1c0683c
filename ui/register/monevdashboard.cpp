// SPDX-License-Identifier: Apache-2.0
#include "monevdashboard.h"

#include "io/csv.h"
#include "io/csvvalues.h"
#include "util/format.h"
#include "rules/ruleset.h"

#include <QBrush>
#include <QCoreApplication>
#include <QFont>
#include <QSet>
#include <QStandardItemModel>

namespace ksd {

namespace {

constexpr DocType TableTypes[] = {DocType::KB, DocType::PKS, DocType::NK, DocType::Addendum};
constexpr PartnerGroup Groups[] = {PartnerGroup::DaerahLain, PartnerGroup::PihakKetiga, PartnerGroup::Sinergi};
// The order of the Kabupaten Banjar 2024 figures: largest group first as planners report them.
constexpr Category ProposalCategories[] = {Category::Sinergi, Category::KSDPK, Category::KSDD, Category::KSDPL,
                                           Category::KSDLL};
constexpr ActivityKind NotKsdActivities[] = {ActivityKind::Pengadaan, ActivityKind::Swakelola,
                                             ActivityKind::Internal, ActivityKind::KerjaSama};

// lupdate reads Tr::tr() with this context; a free tr() wrapper would be filed under the namespace.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ksd::MonevDashboard)
};

void setBold(QStandardItem *item)
{
    QFont f = item->font();
    f.setBold(true);
    item->setFont(f);
}

QStandardItem *labelItem(const QString &text, const QString &key, bool bold = false, int indent = 0)
{
    auto *item = new QStandardItem(QString(indent * 4, QLatin1Char(' ')) + text);
    item->setData(key, MonevDashboard::KeyRole);
    item->setEditable(false);
    if (bold)
        setBold(item);
    return item;
}

QStandardItem *countItem(qint64 value, bool bold = false)
{
    auto *item = new QStandardItem(formatCount(value, uiLocale()));
    item->setData(double(value), MonevDashboard::ValueRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setEditable(false);
    if (bold)
        setBold(item);
    return item;
}

QStandardItem *percentItem(double percent)
{
    auto *item = new QStandardItem(formatPercent(percent, 1, uiLocale()));
    item->setData(roundTo(percent, 1), MonevDashboard::ValueRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setEditable(false);
    return item;
}

QStandardItem *emptyItem()
{
    auto *item = new QStandardItem;
    item->setEditable(false);
    return item;
}

void setHeaders(QStandardItemModel *model, const QList<QPair<QString, QString>> &columns)
{
    model->setColumnCount(int(columns.size()));
    for (int c = 0; c < columns.size(); ++c) {
        auto *h = new QStandardItem(columns[c].second);
        h->setData(columns[c].first, MonevDashboard::KeyRole);
        model->setHorizontalHeaderItem(c, h);
    }
}

QString classTitle(const QString &key)
{
    if (key.isEmpty())
        return Tr::tr("belum dapat dinilai");
    if (const auto c = ksdClassFromKey(key))
        return ksdClassName(*c);
    return key;
}

} // namespace

DashboardData computeDashboard(const Project &project, const QDate &today)
{
    DashboardData d;
    d.stats = computeStats(project, today);
    QSet<QString> pds;
    for (const Proposal &p : project.proposals) {
        if (!p.meta.deleted && !p.sourcePd.trimmed().isEmpty())
            pds.insert(p.sourcePd.simplified().toCaseFolded());
    }
    d.proposingPds = int(pds.size());
    d.valid = true;
    return d;
}

MonevDashboard::MonevDashboard(QObject *parent)
    : QObject(parent)
    , mDocuments(new QStandardItemModel(this))
    , mProposals(new QStandardItemModel(this))
    , mFunnel(new QStandardItemModel(this))
    , mExpiry(new QStandardItemModel(this))
    , mMonev(new QStandardItemModel(this))
{
    retranslate();
}

void MonevDashboard::setData(const DashboardData &data)
{
    mData = data;
    retranslate();
}

void MonevDashboard::retranslate()
{
    fillDocuments();
    fillProposals();
    fillFunnel();
    fillExpiry();
    fillMonev();
    emit updated();
}

void MonevDashboard::fillDocuments()
{
    const RegisterStats &s = mData.stats;
    mDocuments->clear();
    setHeaders(mDocuments, {{QStringLiteral("daerah_lain"), partnerGroupName(PartnerGroup::DaerahLain)},
                            {QStringLiteral("pihak_ketiga"), partnerGroupName(PartnerGroup::PihakKetiga)},
                            {QStringLiteral("sinergi"), partnerGroupName(PartnerGroup::Sinergi)},
                            {QStringLiteral("jumlah"), Tr::tr("Jumlah")}});
    std::array<int, PartnerGroupCount + 1> totals{};
    for (DocType t : TableTypes) {
        // The Kota Banjar table has three rows; an addendum row appears only when the register holds one.
        if (t == DocType::Addendum && s.count(t) == 0)
            continue;
        QList<QStandardItem *> row;
        for (PartnerGroup g : Groups) {
            row.append(countItem(s.count(t, g)));
            totals[size_t(g)] += s.count(t, g);
        }
        row.append(countItem(s.count(t), true));
        totals[PartnerGroupCount] += s.count(t);
        mDocuments->appendRow(row);
        mDocuments->setVerticalHeaderItem(mDocuments->rowCount() - 1, labelItem(docTypeName(t), docTypeKey(t)));
    }
    QList<QStandardItem *> total;
    for (int v : totals)
        total.append(countItem(v, true));
    mDocuments->appendRow(total);
    mDocuments->setVerticalHeaderItem(mDocuments->rowCount() - 1,
                                      labelItem(Tr::tr("Jumlah"), QStringLiteral("jumlah"), true));
    // The key lives on column 0 too, so that rowOf() works on every model alike.
    for (int r = 0; r < mDocuments->rowCount(); ++r)
        mDocuments->item(r, 0)->setData(mDocuments->verticalHeaderItem(r)->data(KeyRole), KeyRole);
}

void MonevDashboard::fillProposals()
{
    const RegisterStats &s = mData.stats;
    mProposals->clear();
    setHeaders(mProposals, {{QStringLiteral("uraian"), Tr::tr("Uraian")},
                            {QStringLiteral("jumlah"), Tr::tr("Jumlah")},
                            {QStringLiteral("persen"), Tr::tr("Persen")}});
    auto add = [this](QStandardItem *label, QStandardItem *count, QStandardItem *percent) {
        mProposals->appendRow({label, count, percent ? percent : emptyItem()});
    };
    add(labelItem(Tr::tr("Usulan kerja sama yang masuk"), QStringLiteral("total"), true),
        countItem(s.proposalsTotal, true), nullptr);
    add(labelItem(Tr::tr("Perangkat daerah pengusul"), QStringLiteral("perangkat_daerah"), false, 1),
        countItem(mData.proposingPds), nullptr);
    add(labelItem(Tr::tr("Memenuhi kriteria KSD"), QStringLiteral("eligible"), true),
        countItem(s.proposalsEligible, true),
        percentItem(s.eligiblePercent()));
    const int notEligible = s.proposalsTotal - s.proposalsEligible;
    add(labelItem(Tr::tr("Tidak memenuhi kriteria KSD"), QStringLiteral("not_eligible"), true),
        countItem(notEligible, true),
        percentItem(percentOf(notEligible, s.proposalsTotal)));
    for (ActivityKind a : NotKsdActivities) {
        const int n = s.notEligibleByActivity[size_t(a)];
        if (n == 0)
            continue;
        add(labelItem(a == ActivityKind::KerjaSama ? Tr::tr("kerja sama tanpa kategori") : activityName(a),
                      QStringLiteral("not_eligible:") + activityKey(a), false, 1),
            countItem(n), percentItem(percentOf(n, s.proposalsTotal)));
    }
    add(labelItem(Tr::tr("Kategori usulan yang memenuhi kriteria"), QStringLiteral("categories"), true), emptyItem(),
        nullptr);
    for (Category c : ProposalCategories) {
        // KSDPL and KSDLL are rare: shown only when present, the three usual ones always.
        if ((c == Category::KSDPL || c == Category::KSDLL) && s.proposals(c) == 0)
            continue;
        add(labelItem(categoryName(c), QStringLiteral("category:") + categoryKey(c), false, 1),
            countItem(s.proposals(c)), percentItem(s.proposalPercent(c)));
    }
    if (s.proposals(Category::KSDD) > 0) {
        for (auto it = s.ksddByClass.cbegin(); it != s.ksddByClass.cend(); ++it) {
            add(labelItem(Tr::tr("KSDD: %1").arg(classTitle(it.key())), QStringLiteral("ksdd_class:") + it.key(), false,
                          2),
                countItem(it.value()), percentItem(percentOf(it.value(), s.proposals(Category::KSDD))));
        }
    }
    add(labelItem(Tr::tr("Memerlukan persetujuan DPRD"), QStringLiteral("dprd"), false), countItem(s.proposalsDprd),
        percentItem(percentOf(s.proposalsDprd, s.proposalsEligible)));
    mProposals->horizontalHeaderItem(2)->setToolTip(
        Tr::tr("Memenuhi/tidak memenuhi: dari semua usulan. Kategori dan persetujuan DPRD: dari usulan yang memenuhi "
           "kriteria. Kelas KSDD: dari usulan KSDD."));
}

void MonevDashboard::fillFunnel()
{
    const RegisterStats &s = mData.stats;
    mFunnel->clear();
    setHeaders(mFunnel, {{QStringLiteral("tahap"), Tr::tr("Tahap")},
                         {QStringLiteral("saat_ini"), Tr::tr("Saat ini")},
                         {QStringLiteral("sudah_mencapai"), Tr::tr("Sudah mencapai")}});
    for (int i = 0; i < StageCount; ++i) {
        const auto stage = Stage(i);
        mFunnel->appendRow({labelItem(QStringLiteral("%1. %2").arg(i + 1).arg(stageName(stage)),
                                      QStringLiteral("stage:") + stageKey(stage)),
                            countItem(s.byStage[size_t(i)]), countItem(s.funnel[size_t(i)])});
    }
}

void MonevDashboard::fillExpiry()
{
    const RegisterStats &s = mData.stats;
    mExpiry->clear();
    setHeaders(mExpiry, {{QStringLiteral("judul"), Tr::tr("Kerja sama")},
                         {QStringLiteral("jenis"), Tr::tr("Jenis")},
                         {QStringLiteral("kategori"), Tr::tr("Kategori")},
                         {QStringLiteral("berakhir"), Tr::tr("Berakhir")},
                         {QStringLiteral("sisa_hari"), Tr::tr("Sisa hari")},
                         {QStringLiteral("keterangan"), Tr::tr("Keterangan")}});
    QList<ExpiryItem> items = s.expiredActive;
    items.append(s.expiring180);
    for (const ExpiryItem &e : std::as_const(items)) {
        QString band;
        QColor background;
        QString note;
        if (e.expired) {
            band = QStringLiteral("expired");
            background = QColor(0xf4, 0xb6, 0xb6);
            note = Tr::tr("Lewat %n hari, masih %1", nullptr, int(-e.daysLeft)).arg(statusName(e.status).toLower());
        } else if (e.daysLeft <= ExpiryWarningDays) {
            band = QStringLiteral("90");
            background = QColor(0xfd, 0xe2, 0xe2);
            note = Tr::tr("Dalam 3 bulan");
        } else {
            band = QStringLiteral("180");
            background = QColor(0xff, 0xf4, 0xd6);
            note = Tr::tr("Dalam 6 bulan");
        }
        auto *title = labelItem(e.title, e.id.toString(QUuid::WithoutBraces));
        auto *type = new QStandardItem(docTypeKey(e.docType));
        auto *category = new QStandardItem(categoryKey(e.category));
        auto *end = new QStandardItem(longDate(e.endDate));
        end->setData(e.endDate, DateRole);
        auto *days = countItem(e.daysLeft);
        auto *remark = new QStandardItem(note);
        const QList<QStandardItem *> row{title, type, category, end, days, remark};
        for (QStandardItem *item : row) {
            item->setEditable(false);
            item->setData(e.id, AgreementIdRole);
            item->setData(band, BandRole);
            item->setBackground(background);
            item->setForeground(QBrush(Qt::black));
            item->setToolTip(Tr::tr("%1\nSiapkan perpanjangan, addendum atau pengakhirannya. Klik untuk memilih "
                                    "kerja sama ini; klik dua kali untuk membukanya.")
                                 .arg(e.title));
        }
        if (band != QLatin1String("180")) {
            QFont f;
            f.setBold(true);
            days->setFont(f);
            end->setFont(f);
        }
        mExpiry->appendRow(row);
    }
}

void MonevDashboard::fillMonev()
{
    const RegisterStats &s = mData.stats;
    mMonev->clear();
    setHeaders(mMonev, {{QStringLiteral("uraian"), Tr::tr("Uraian")}, {QStringLiteral("jumlah"), Tr::tr("Jumlah")}});
    mMonev->appendRow({labelItem(Tr::tr("Kerja sama dalam register"), QStringLiteral("agreements"), true),
                       countItem(s.agreementsTotal, true)});
    for (AgreementStatus st : {AgreementStatus::Aktif, AgreementStatus::Diperpanjang, AgreementStatus::Berakhir,
                               AgreementStatus::Dihentikan}) {
        mMonev->appendRow({labelItem(statusName(st), QStringLiteral("status:") + statusKey(st), false, 1),
                           countItem(s.byStatus[size_t(st)])});
    }
    mMonev->appendRow({labelItem(Tr::tr("Berakhir dalam 3 bulan"), QStringLiteral("expiring_90"), true),
                       countItem(s.expiring90.size(), true)});
    mMonev->appendRow({labelItem(Tr::tr("Berakhir dalam 6 bulan"), QStringLiteral("expiring_180")),
                       countItem(s.expiring180.size())});
    mMonev->appendRow({labelItem(Tr::tr("Sudah lewat tanggal berakhir, masih aktif"), QStringLiteral("expired_active")),
                       countItem(s.expiredActive.size())});
    mMonev->appendRow({labelItem(Tr::tr("Catatan monev"), QStringLiteral("monev_records"), true),
                       countItem(s.monevRecords, true)});
    auto *rating = new QStandardItem(s.averageRating
                                         ? uiLocale().toString(roundTo(*s.averageRating, 1), 'f', 1)
                                         : QStringLiteral("—"));
    rating->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    rating->setEditable(false);
    if (s.averageRating)
        rating->setData(roundTo(*s.averageRating, 1), ValueRole);
    mMonev->appendRow(
        {labelItem(Tr::tr("Rata-rata nilai (1–5)"), QStringLiteral("average_rating"), false, 1), rating});
    for (Recommendation r : {Recommendation::Lanjut, Recommendation::Perbaiki, Recommendation::Hentikan}) {
        mMonev->appendRow({labelItem(Tr::tr("Rekomendasi terakhir: %1").arg(recommendationName(r).toLower()),
                                     QStringLiteral("recommendation:") + recommendationKey(r), false, 1),
                           countItem(s.monevByRecommendation[size_t(r)])});
    }
}

int MonevDashboard::rowOf(const QStandardItemModel *model, const QString &key)
{
    for (int r = 0; r < model->rowCount(); ++r) {
        if (const QStandardItem *item = model->item(r, 0); item && item->data(KeyRole).toString() == key)
            return r;
    }
    return -1;
}

double MonevDashboard::value(const QStandardItemModel *model, const QString &key, int column)
{
    const int row = rowOf(model, key);
    const QStandardItem *item = row >= 0 ? model->item(row, column) : nullptr;
    if (!item || !item->data(ValueRole).isValid())
        return -1;
    return item->data(ValueRole).toDouble();
}

QList<QStringList> MonevDashboard::exportRows() const
{
    QList<QStringList> out;
    out.append({Tr::tr("bagian"), Tr::tr("baris"), Tr::tr("kolom"), Tr::tr("nilai")});
    auto label = [](const QStandardItemModel *m, int row) {
        const QStandardItem *v = m->verticalHeaderItem(row);
        const QString text = v ? v->text() : m->item(row, 0)->text();
        return text.trimmed();
    };
    auto dump = [&out, &label](const QString &section, const QStandardItemModel *m, int firstColumn) {
        for (int r = 0; r < m->rowCount(); ++r) {
            for (int c = firstColumn; c < m->columnCount(); ++c) {
                const QStandardItem *item = m->item(r, c);
                if (!item || !item->data(ValueRole).isValid())
                    continue;
                out.append({section, label(m, r), m->horizontalHeaderItem(c)->text(),
                            io::formatNumber(item->data(ValueRole).toDouble())});
            }
        }
    };
    dump(Tr::tr("Dokumen menurut jenis dan mitra"), mDocuments, 0);
    dump(Tr::tr("Usulan kerja sama"), mProposals, 1);
    dump(Tr::tr("Tahapan"), mFunnel, 1);
    dump(Tr::tr("Masa berlaku dan monev"), mMonev, 1);
    const QString expiry = Tr::tr("Kerja sama yang akan berakhir");
    for (int r = 0; r < mExpiry->rowCount(); ++r) {
        const QDate end = mExpiry->item(r, 3)->data(DateRole).toDate();
        out.append({expiry, mExpiry->item(r, 0)->text(), Tr::tr("Berakhir"),
                    shortDate(end)});
        out.append({expiry, mExpiry->item(r, 0)->text(), Tr::tr("Sisa hari"),
                    io::formatNumber(mExpiry->item(r, 4)->data(ValueRole).toDouble())});
    }
    for (QStringList &row : out) {
        for (int c = 0; c < 3; ++c) // labels are text; the numbers stay numbers (a negative one too)
            row[c] = io::protectText(row[c]);
    }
    return out;
}

QByteArray MonevDashboard::exportCsv() const
{
    return csv::excelBytes(exportRows());
}

} // namespace ksd
