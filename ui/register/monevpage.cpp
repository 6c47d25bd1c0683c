// SPDX-License-Identifier: Apache-2.0
#include "monevpage.h"

#include "register/procedure.h"

#include "document/projectdocument.h"
#include "io/csvexport.h"
#include "register/monevdashboard.h"
#include "util/format.h"
#include "register/registerwidgets.h"
#include "workbench/documentmanager.h"
#include "workbench/recordselection.h"
#include "workbench/taskrunner.h"
#include "workbench/workbench.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QStyle>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QValueAxis>
#include <QVBoxLayout>

#include <cmath>

namespace ksd {

namespace {

// One colour per partner group / category, the same in every chart.
const QColor DaerahColour(0x2e, 0x7d, 0x32);
const QColor PihakKetigaColour(0x15, 0x65, 0xc0);
const QColor SinergiColour(0xef, 0x6c, 0x00);
const QColor OtherColour(0x6a, 0x1b, 0x9a);

QColor categoryColour(Category c)
{
    switch (c) {
    case Category::KSDD: return DaerahColour;
    case Category::KSDPK: return PihakKetigaColour;
    case Category::Sinergi: return SinergiColour;
    default: return OtherColour;
    }
}

QTableView *makeTable(QWidget *parent, QAbstractItemModel *model, const QString &name)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionMode(QAbstractItemView::NoSelection);
    view->setFocusPolicy(Qt::NoFocus);
    view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->horizontalHeader()->setHighlightSections(false);
    view->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    return view;
}

QChartView *makeChartView(QWidget *parent, QChart **chart, const QString &name)
{
    // QChartView owns its chart: never on the stack.
    *chart = new QChart;
    (*chart)->setAnimationOptions(QChart::NoAnimation);
    (*chart)->legend()->setAlignment(Qt::AlignBottom);
    (*chart)->setMargins(QMargins(4, 4, 4, 4));
    (*chart)->setBackgroundRoundness(0);
    auto *view = new QChartView(*chart, parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(420, 270);
    return view;
}

void clearChart(QChart *chart)
{
    chart->removeAllSeries();
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
}

QValueAxis *countAxis(int max)
{
    // Whole-number ticks with room above the highest bar for its label.
    const int top = qMax(1, max);
    const int step = qMax(1, int(std::ceil(top / 5.0)));
    const int upper = step * int(std::ceil(top * 1.15 / step));
    auto *axis = new QValueAxis;
    axis->setRange(0, upper);
    axis->setTickCount(upper / step + 1);
    axis->setLabelFormat(QStringLiteral("%d"));
    return axis;
}

/// Stage names short enough for a chart axis.
QString shortStageName(Stage s)
{
    switch (s) {
    case Stage::Persiapan: return MonevPage::tr("Persiapan");
    case Stage::Penawaran: return MonevPage::tr("Penawaran");
    case Stage::PenyusunanKB: return MonevPage::tr("Penyusunan KB");
    case Stage::PenandatangananKB: return MonevPage::tr("Tanda tangan KB");
    case Stage::PersetujuanDPRD: return MonevPage::tr("Persetujuan DPRD");
    case Stage::PenyusunanPKS: return MonevPage::tr("Penyusunan PKS");
    case Stage::PenandatangananPKS: return MonevPage::tr("Tanda tangan PKS");
    case Stage::Pelaksanaan: return MonevPage::tr("Pelaksanaan");
    case Stage::Penatausahaan: return MonevPage::tr("Penatausahaan");
    case Stage::Pelaporan: return MonevPage::tr("Pelaporan");
    case Stage::PembahasanTKKSD: return MonevPage::tr("Pembahasan TKKSD");
    case Stage::Berlaku: return MonevPage::tr("Berlaku (KB)");
    case Stage::PersetujuanPusat: return MonevPage::tr("Persetujuan Pusat");
    case Stage::PenyusunanNK: return MonevPage::tr("Penyusunan NK");
    case Stage::PenandatangananNK: return MonevPage::tr("Tanda tangan NK");
    case Stage::PenyusunanRencanaAksi: return MonevPage::tr("Rencana aksi");
    }
    return {};
}

} // namespace

MonevPage::MonevPage(Workbench *workbench, QWidget *parent)
    : WorkbenchPage(parent)
    , mWorkbench(workbench)
    , mDashboard(new MonevDashboard(this))
    , mDelay(new QTimer(this))
{
    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("monevContent"));

    mHeading = new QLabel(content);
    QFont h = mHeading->font();
    h.setPointSizeF(h.pointSizeF() * 1.3);
    h.setBold(true);
    mHeading->setFont(h);
    mHeading->setWordWrap(true);
    mBanner = new QLabel(content);
    mBanner->setObjectName(QStringLiteral("expiryBanner"));
    mBanner->setWordWrap(true);
    mBanner->setStyleSheet(QStringLiteral(
        "QLabel { background: #fde2e2; color: #7a0016; border: 1px solid #e8a0a0; border-radius: 3px; "
        "padding: 6px; }"));
    mBanner->hide();
    mAsOfLabel = new QLabel(content);
    mAsOf = new DateEdit(content);
    mAsOf->setObjectName(QStringLiteral("asOf"));
    mAsOf->setValue(QDate::currentDate());
    mAsOfLabel->setBuddy(mAsOf);
    mExport = new QPushButton(content);
    mExport->setObjectName(QStringLiteral("exportNumbers"));

    auto *head = new QHBoxLayout;
    head->addWidget(mHeading, 1);
    head->addWidget(mAsOfLabel);
    head->addWidget(mAsOf);
    head->addSpacing(12);
    head->addWidget(mExport);

    auto section = [content](QGroupBox **box, const QString &name) {
        *box = new QGroupBox(content);
        (*box)->setObjectName(name);
        return *box;
    };
    auto sideBySide = [this](QGroupBox *box, QWidget *left, QWidget *right) {
        auto *l = new QBoxLayout(QBoxLayout::LeftToRight, box);
        mSections.append(l);
        auto *column = new QVBoxLayout;
        column->addWidget(left);
        column->addStretch(1);
        l->addLayout(column, 0);
        l->addSpacing(12);
        right->setMaximumWidth(780); // a chart of three bars needs no full-HD width
        l->addWidget(right, 3);
        l->addStretch(1);
    };

    mDocumentsView = makeTable(content, mDashboard->documentsModel(), QStringLiteral("documentsTable"));
    mDocumentsView->verticalHeader()->setVisible(true);
    mDocumentsChartView = makeChartView(content, &mDocumentsChart, QStringLiteral("documentsChart"));
    sideBySide(section(&mDocumentsBox, QStringLiteral("documentsBox")), mDocumentsView, mDocumentsChartView);

    mProposalsView = makeTable(content, mDashboard->proposalsModel(), QStringLiteral("proposalsTable"));
    mProposalsChartView = makeChartView(content, &mProposalsChart, QStringLiteral("proposalsChart"));
    mProposalsChart->legend()->setAlignment(Qt::AlignRight);
    sideBySide(section(&mProposalsBox, QStringLiteral("proposalsBox")), mProposalsView, mProposalsChartView);

    mFunnelView = makeTable(content, mDashboard->funnelModel(), QStringLiteral("funnelTable"));
    mFunnelChartView = makeChartView(content, &mFunnelChart, QStringLiteral("funnelChart"));
    mFunnelChart->legend()->hide();
    sideBySide(section(&mFunnelBox, QStringLiteral("funnelBox")), mFunnelView, mFunnelChartView);

    mExpiryView = makeTable(content, mDashboard->expiryModel(), QStringLiteral("expiryTable"));
    mExpiryView->setSelectionMode(QAbstractItemView::SingleSelection);
    mExpiryView->setSelectionBehavior(QAbstractItemView::SelectRows);
    mExpiryView->setFocusPolicy(Qt::StrongFocus);
    mExpiryView->setAlternatingRowColors(false);
    mExpiryView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch); // long titles elide
    mExpiryView->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    mExpiryEmpty = new QLabel(content);
    mMonevView = makeTable(content, mDashboard->monevModel(), QStringLiteral("monevTable"));
    {
        section(&mExpiryBox, QStringLiteral("expiryBox"));
        auto *l = new QVBoxLayout(mExpiryBox);
        l->addWidget(mExpiryEmpty);
        l->addWidget(mExpiryView);
        l->addStretch(1);
        section(&mMonevBox, QStringLiteral("monevBox"));
        auto *m = new QVBoxLayout(mMonevBox);
        m->addWidget(mMonevView);
        m->addStretch(1);
    }

    // One section per row: the table at its natural width, its chart beside it; the page scrolls vertically.
    auto *bottom = new QBoxLayout(QBoxLayout::LeftToRight);
    mSections.append(bottom);
    bottom->addWidget(mExpiryBox, 1);
    bottom->addWidget(mMonevBox, 0);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addLayout(head);
    contentLayout->addWidget(mBanner);
    contentLayout->addWidget(mDocumentsBox);
    contentLayout->addWidget(mProposalsBox);
    contentLayout->addWidget(mFunnelBox);
    contentLayout->addLayout(bottom);
    contentLayout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    mDelay->setSingleShot(true);
    mDelay->setInterval(250);
    connect(mDelay, &QTimer::timeout, this, &MonevPage::computeInBackground);
    connect(mDashboard, &MonevDashboard::updated, this, &MonevPage::updateView);
    connect(mAsOf, &DateEdit::valueChanged, this, [this] {
        if (mAsOf->value().isValid()) {
            mToday = mAsOf->value();
            mDirty = true;
            schedule();
        }
    });
    connect(mExport, &QPushButton::clicked, this, &MonevPage::exportClicked);
    connect(mExpiryView, &QTableView::clicked, this, [this](const QModelIndex &index) {
        const QUuid id = index.data(MonevDashboard::AgreementIdRole).toUuid();
        if (!id.isNull() && mWorkbench)
            mWorkbench->selection()->setCurrent(RecordRef{RecordType::Agreement, id});
    });
    connect(mExpiryView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const QUuid id = index.data(MonevDashboard::AgreementIdRole).toUuid();
        if (!id.isNull())
            emit agreementActivated(id);
    });

    retranslate();
    if (mWorkbench) {
        connect(mWorkbench->documents(), &DocumentManager::documentChanged, this, &MonevPage::setDocument);
        setDocument(mWorkbench->document());
    }
}

QDate MonevPage::today() const
{
    return mToday.isValid() ? mToday : QDate::currentDate();
}

void MonevPage::setToday(const QDate &today)
{
    mToday = today;
    const QSignalBlocker block(mAsOf);
    mAsOf->setValue(today);
    mDirty = true;
}

void MonevPage::setDocument(ProjectDocument *document)
{
    if (mDocument)
        mDocument->disconnect(this);
    mDocument = document;
    mDirty = true;
    if (document) {
        connect(document, &ProjectDocument::changed, this, [this] {
            mDirty = true;
            schedule();
        });
        connect(document, &ProjectDocument::projectInfoChanged, this, &MonevPage::retranslate);
    }
    retranslate();
    schedule();
}

void MonevPage::schedule()
{
    // Numbers are computed only for a page someone looks at; a hidden page catches up when shown.
    if (isVisible())
        mDelay->start();
}

void MonevPage::showEvent(QShowEvent *event)
{
    WorkbenchPage::showEvent(event);
    if (mDirty)
        mDelay->start(0);
}

void MonevPage::resizeEvent(QResizeEvent *event)
{
    WorkbenchPage::resizeEvent(event);
    arrangeSections();
}

void MonevPage::arrangeSections()
{
    // Room for a row: the page less the scroll bar and the group box frames.
    const int available = width() - style()->pixelMetric(QStyle::PM_ScrollBarExtent) - 48;
    for (QBoxLayout *row : std::as_const(mSections)) {
        int needed = 0;
        for (int i = 0; i < row->count(); ++i) {
            QLayoutItem *item = row->itemAt(i);
            if (item->spacerItem())
                continue; // the stretches, and a 12 px gap counted below
            needed += item->widget() ? std::max(item->widget()->minimumWidth(), item->widget()->minimumSizeHint().width())
                                     : item->minimumSize().width();
        }
        needed += 12 + row->contentsMargins().left() + row->contentsMargins().right();
        const auto direction = needed <= available ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
        if (row->direction() != direction)
            row->setDirection(direction);
    }
}

void MonevPage::refreshNow()
{
    mDelay->stop();
    mDirty = false;
    mDashboard->setData(mDocument ? computeDashboard(mDocument->project(), today()) : DashboardData{});
}

void MonevPage::computeInBackground()
{
    if (!mDocument) {
        refreshNow();
        return;
    }
    if (!mWorkbench || mDocument->project().proposals.size() + mDocument->project().agreements.size() < 500) {
        refreshNow(); // small registers: faster than a thread hop
        return;
    }
    mDirty = false;
    if (mTask)
        mWorkbench->tasks()->cancel(mTask);
    const Project snapshot = mDocument->project();
    const QDate day = today();
    mTask = mWorkbench->tasks()->run<DashboardData>(
        tr("Menghitung angka monev"), this,
        [snapshot, day](TaskControl &) { return computeDashboard(snapshot, day); },
        [this](DashboardData &&data) {
            mTask = 0;
            mDashboard->setData(data);
        });
}

void MonevPage::fitTable(QTableView *view)
{
    view->resizeColumnsToContents();
    int width = view->verticalHeader()->isVisible() ? view->verticalHeader()->sizeHint().width() : 0;
    for (int c = 0; c < view->model()->columnCount(); ++c) {
        view->setColumnWidth(c, view->columnWidth(c) + 12);
        width += view->columnWidth(c);
    }
    int height = view->horizontalHeader()->height();
    for (int r = 0; r < view->model()->rowCount(); ++r)
        height += view->rowHeight(r);
    const int frame = 2 * view->frameWidth();
    view->setFixedHeight(height + frame);
    if (view->sizePolicy().horizontalPolicy() != QSizePolicy::Expanding)
        view->setMinimumWidth(width + frame);
}

void MonevPage::updateView()
{
    for (QTableView *v : {mDocumentsView, mProposalsView, mFunnelView, mMonevView, mExpiryView})
        fitTable(v);
    const RegisterStats &s = mDashboard->stats();
    const bool noExpiry = mDashboard->expiryModel()->rowCount() == 0;
    mExpiryView->setVisible(!noExpiry);
    mExpiryEmpty->setVisible(noExpiry);
    const int soon = int(s.expiring90.size() + s.expiredActive.size());
    if (soon > 0) {
        QStringList parts;
        if (!s.expiring90.isEmpty())
            parts.append(tr("%n kerja sama berakhir dalam 3 bulan", nullptr, int(s.expiring90.size())));
        if (!s.expiredActive.isEmpty())
            parts.append(tr("%n kerja sama sudah lewat tanggal berakhir tetapi masih berstatus aktif", nullptr,
                            int(s.expiredActive.size())));
        mBanner->setText(QStringLiteral("⚠ ") + parts.join(QStringLiteral("; ")) + QStringLiteral(". ")
                         + tr("Siapkan perpanjangan, addendum atau pengakhirannya (lihat daftar di bawah)."));
    }
    mBanner->setVisible(soon > 0);
    updateCharts();
    arrangeSections(); // the tables' widths follow their content
}

void MonevPage::updateCharts()
{
    const RegisterStats &s = mDashboard->stats();

    // Documents by type, grouped by partner category.
    clearChart(mDocumentsChart);
    QList<DocType> types{DocType::KB, DocType::PKS, DocType::NK};
    if (s.count(DocType::Addendum) > 0)
        types.append(DocType::Addendum);
    auto *bars = new QBarSeries;
    int max = 0;
    const std::pair<PartnerGroup, QColor> groups[] = {{PartnerGroup::DaerahLain, DaerahColour},
                                                      {PartnerGroup::PihakKetiga, PihakKetigaColour},
                                                      {PartnerGroup::Sinergi, SinergiColour}};
    for (const auto &[g, colour] : groups) {
        auto *set = new QBarSet(partnerGroupName(g));
        set->setColor(colour);
        set->setBorderColor(colour);
        set->setLabelColor(QColor(0x30, 0x30, 0x30)); // the default white vanishes outside the bar
        for (DocType t : types) {
            set->append(s.count(t, g));
            max = qMax(max, s.count(t, g));
        }
        bars->append(set);
    }
    bars->setLabelsVisible(true);
    bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    mDocumentsChart->addSeries(bars);
    auto *typeAxis = new QBarCategoryAxis;
    for (DocType t : types)
        typeAxis->append(docTypeKey(t));
    mDocumentsChart->addAxis(typeAxis, Qt::AlignBottom);
    bars->attachAxis(typeAxis);
    QValueAxis *docCount = countAxis(max);
    mDocumentsChart->addAxis(docCount, Qt::AlignLeft);
    bars->attachAxis(docCount);
    mDocumentsChart->setTitle(tr("Dokumen menurut jenis dan mitra"));

    // Category split of the eligible proposals.
    clearChart(mProposalsChart);
    auto *pie = new QPieSeries;
    for (Category c : {Category::Sinergi, Category::KSDPK, Category::KSDD, Category::KSDPL, Category::KSDLL}) {
        const int n = s.proposals(c);
        if (n == 0)
            continue;
        QPieSlice *slice = pie->append(QStringLiteral("%1 %2").arg(categoryKey(c), formatPercent(s.proposalPercent(c),
                                                                                               1, uiLocale())),
                                       n);
        slice->setColor(categoryColour(c));
        slice->setLabelVisible(false); // the legend carries them: slice labels get clipped on a small chart
        slice->setBorderColor(Qt::white);
    }
    pie->setPieSize(0.62);
    mProposalsChart->addSeries(pie);
    mProposalsChart->setTitle(s.proposalsEligible > 0
                                  ? tr("Kategori %n usulan yang memenuhi kriteria", nullptr, s.proposalsEligible)
                                  : tr("Belum ada usulan yang memenuhi kriteria KSD"));

    // Stage funnel: horizontal bars, the first stage on top.
    clearChart(mFunnelChart);
    auto *funnel = new QHorizontalBarSeries;
    auto *reached = new QBarSet(tr("Sudah mencapai"));
    reached->setColor(QColor(0x45, 0x7b, 0x9d));
    reached->setBorderColor(QColor(0x45, 0x7b, 0x9d));
    reached->setLabelColor(QColor(0x30, 0x30, 0x30));
    auto *stageAxis = new QBarCategoryAxis;
    int funnelMax = 0;
    const QList<Stage> order = stagesInDisplayOrder();
    for (int i = int(order.size()) - 1; i >= 0; --i) {
        const auto st = size_t(order[i]);
        reached->append(s.funnel[st]);
        funnelMax = qMax(funnelMax, s.funnel[st]);
        stageAxis->append(QStringLiteral("%1. %2").arg(i + 1).arg(shortStageName(order[i])));
    }
    funnel->append(reached);
    funnel->setLabelsVisible(true);
    funnel->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    funnel->setBarWidth(0.7);
    mFunnelChart->addSeries(funnel);
    mFunnelChart->addAxis(stageAxis, Qt::AlignLeft);
    funnel->attachAxis(stageAxis);
    QValueAxis *funnelCount = countAxis(funnelMax);
    mFunnelChart->addAxis(funnelCount, Qt::AlignBottom);
    funnel->attachAxis(funnelCount);
    mFunnelChart->setTitle(tr("Kerja sama yang sudah mencapai setiap tahap"));
    mFunnelChartView->setMinimumHeight(340);
}

Status MonevPage::exportNumbers(const QString &path) const
{
    return io::writeCsvFile(mDashboard->exportCsv(), path);
}

void MonevPage::exportClicked()
{
    if (mDirty)
        refreshNow();
    const QString suggested = tr("angka-monev-%1.csv").arg(today().toString(QStringLiteral("yyyy-MM-dd")));
    const QString path = QFileDialog::getSaveFileName(this, tr("Ekspor angka monev"), QDir::home().filePath(suggested),
                                                      tr("Berkas CSV untuk Excel (*.csv)"));
    if (path.isEmpty())
        return;
    const Status st = exportNumbers(path);
    if (mWorkbench)
        mWorkbench->showMessage(st ? tr("Angka monev diekspor ke %1").arg(QDir::toNativeSeparators(path))
                                   : st.error().toString(),
                                10000);
}

void MonevPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        mDashboard->retranslate();
    }
    WorkbenchPage::changeEvent(event);
}

void MonevPage::retranslate()
{
    const QString title = mDocument ? mDocument->project().title : QString();
    mHeading->setText(title.isEmpty() ? tr("Monev kerja sama daerah")
                                      : tr("Monev kerja sama daerah — %1").arg(title));
    mAsOfLabel->setText(tr("Angka per &tanggal:"));
    mAsOf->setToolTip(tr("Masa berlaku dihitung dari tanggal ini"));
    mExport->setText(tr("Ekspor angka…"));
    mExport->setToolTip(tr("Semua angka di halaman ini ke berkas CSV untuk Excel"));
    mDocumentsBox->setTitle(tr("Dokumen kerja sama menurut jenis dan mitra"));
    mProposalsBox->setTitle(tr("Usulan kerja sama yang disaring"));
    mFunnelBox->setTitle(tr("Tahapan kerja sama (Permendagri 22/2020)"));
    mMonevBox->setTitle(tr("Masa berlaku dan monev"));
    mExpiryBox->setTitle(tr("Kerja sama yang berakhir dalam 3 dan 6 bulan"));
    mExpiryEmpty->setText(tr("Tidak ada kerja sama aktif yang berakhir dalam 6 bulan."));
    if (!mDirty)
        updateView();
}

} // namespace ksd
