// SPDX-License-Identifier: Apache-2.0
#include "suggestionspage.h"

#include "document/projectdocument.h"
#include "document/recordfields.h"
#include "models/itemroles.h"
#include "models/recordicons.h"
#include "models/suggestionsmodel.h"
#include "document/registercommands.h"
#include "refdata/refdata.h"
#include "register/screening.h"
#include "rules/ruleset.h"
#include "widgets/actionstate.h"
#include "widgets/explanationcard.h"
#include "widgets/pickers.h"
#include "workbench/documentmanager.h"
#include "workbench/recordselection.h"
#include "workbench/suggestionservice.h"
#include "workbench/taskrunner.h"
#include "workbench/workbench.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFontMetrics>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QResizeEvent>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace ksd {

/// Filters suggestions by class, urusan, involvement of one region and text.
class SuggestionFilterModel : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    int cls = -1;
    QString urusan;
    QString region;
    QString text;
    void refresh() { invalidateRowsFilter(); }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &) const override
    {
        const auto *m = static_cast<const SuggestionsModel *>(sourceModel());
        const Suggestion *s = m->suggestionAt(row);
        if (!s)
            return false;
        if (cls >= 0 && int(s->cls) != cls)
            return false;
        if (!urusan.isEmpty() && s->urusan != urusan)
            return false;
        if (!region.isEmpty() && s->regionA != region && s->regionB != region)
            return false;
        if (!text.isEmpty()) {
            bool hit = false;
            for (int c = 0; c < SuggestionsModel::ColumnCount && !hit; ++c)
                hit = m->index(row, c).data().toString().contains(text, Qt::CaseInsensitive);
            if (!hit)
                return false;
        }
        return true;
    }
};

SuggestionsPage::SuggestionsPage(Workbench *workbench, QWidget *parent)
    : WorkbenchPage(parent)
    , mWorkbench(workbench)
    , mModel(new SuggestionsModel(this))
    , mFilter(new SuggestionFilterModel(this))
    , mBar(new QToolBar(this))
    , mClass(new QComboBox(this))
    , mUrusan(new UrusanPicker(this))
    , mOwnOnly(new QCheckBox(this))
    , mSearch(new QLineEdit(this))
    , mCount(new QLabel(this))
    , mBanner(new QFrame(this))
    , mBannerText(new QLabel(mBanner))
    , mBannerButton(new QPushButton(mBanner))
    , mView(new QTableView(this))
    , mCard(new ExplanationCard(this))
    , mSplitter(new QSplitter(Qt::Horizontal, this))
{
    mFilter->setSourceModel(mModel);
    mFilter->setSortRole(SortRole);
    mFilter->setSortLocaleAware(true);

    mBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    mBar->setIconSize(QSize(16, 16));
    mRun = mBar->addAction(style()->standardIcon(QStyle::SP_BrowserReload), QString(), this,
                           [this] { runSuggestions(); });
    mRun->setShortcut(QKeySequence(Qt::Key_F5));
    mPropose = mBar->addAction(style()->standardIcon(QStyle::SP_ArrowForward), QString(), this,
                               &SuggestionsPage::proposeCurrent);
    mBar->addSeparator();
    auto *spacer = new QWidget(mBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    mBar->addWidget(spacer);
    mBar->addWidget(mCount);

    mUrusan->setMinimumContentsLength(16);
    mClass->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    mClass->setMinimumContentsLength(14);
    mSearch->setClearButtonEnabled(true);
    mOwnOnly->setChecked(true);
    auto *filters = new QHBoxLayout;
    filters->setSpacing(6);
    filters->addWidget(mClass, 2);
    filters->addWidget(mUrusan, 3);
    filters->addWidget(mOwnOnly);
    filters->addWidget(mSearch, 3);

    mBanner->setObjectName(QStringLiteral("staleBanner"));
    mBanner->setFrameShape(QFrame::StyledPanel);
    mBanner->setStyleSheet(QStringLiteral("#staleBanner { background: #fff3cd; border: 1px solid #e0c068; }"
                                          "#staleBanner QLabel { color: #664d03; }"));
    auto *bannerLayout = new QHBoxLayout(mBanner);
    bannerLayout->setContentsMargins(8, 4, 8, 4);
    bannerLayout->addWidget(mBannerText, 1);
    bannerLayout->addWidget(mBannerButton);
    mBannerText->setWordWrap(true);
    connect(mBannerButton, &QPushButton::clicked, this, [this] { runSuggestions(); });

    mView->setModel(mFilter);
    mView->setObjectName(QStringLiteral("suggestionsTable"));
    mView->setSelectionBehavior(QAbstractItemView::SelectRows);
    mView->setSelectionMode(QAbstractItemView::SingleSelection);
    mView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mView->setSortingEnabled(true);
    mView->setAlternatingRowColors(true);
    mView->setWordWrap(false);
    mView->horizontalHeader()->setStretchLastSection(true);
    mView->verticalHeader()->hide();
    mView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    mView->sortByColumn(SuggestionsModel::ScoreColumn, Qt::DescendingOrder);
    // What a planner decides on comes first, so that it stays in view on a narrow screen: the class, the pair,
    // the urusan, the score and whether it is already proposed; the details after them may scroll.
    {
        using M = SuggestionsModel;
        const int order[] = {M::ClassColumn, M::RegionAColumn, M::RegionBColumn, M::UrusanColumn, M::ScoreColumn,
                             M::ProposedColumn, M::ServiceColumn, M::PairTypeColumn, M::TakeoverColumn,
                             M::NotesColumn};
        QHeaderView *header = mView->horizontalHeader();
        for (int visual = 0; visual < int(std::size(order)); ++visual)
            header->moveSection(header->visualIndex(order[visual]), visual);
    }

    mSplitter->addWidget(mView);
    mSplitter->addWidget(mCard);
    mSplitter->setStretchFactor(0, 3);
    mSplitter->setStretchFactor(1, 2);
    mSplitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 6);
    layout->setSpacing(4);
    layout->addWidget(mBar);
    layout->addLayout(filters);
    layout->addWidget(mBanner);
    layout->addWidget(mSplitter, 1);

    connect(mClass, &QComboBox::currentIndexChanged, this, &SuggestionsPage::applyFilters);
    connect(mUrusan, &QComboBox::currentIndexChanged, this, &SuggestionsPage::applyFilters);
    connect(mOwnOnly, &QCheckBox::toggled, this, &SuggestionsPage::applyFilters);
    connect(mSearch, &QLineEdit::textChanged, this, &SuggestionsPage::applyFilters);
    connect(mView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateCard();
        updateState();
        // the pair is what other views (scope tree, map) should point at
        if (const Suggestion *s = mModel->suggestionAt(mFilter->mapToSource(mView->currentIndex()).row()))
            mWorkbench->selection()->setRegions({s->regionA, s->regionB});
    });
    connect(mModel, &SuggestionsModel::staleChanged, this, [this] {
        updateState();
        updateCard();
    });
    connect(mModel, &QAbstractItemModel::modelReset, this, [this] {
        fitColumns();
        updateState();
    });
    connect(mModel, &QAbstractItemModel::dataChanged, this, &SuggestionsPage::updateState);
    connect(workbench->documents(), &DocumentManager::documentChanged, this, &SuggestionsPage::setDocument);
    // The workbench's one run per revision: this page shows it, as the map does.
    connect(workbench->suggestions(), &SuggestionService::resultsChanged, this, &SuggestionsPage::showResults);
    connect(workbench->suggestions(), &SuggestionService::busyChanged, this, &SuggestionsPage::updateState);
    retranslate();
    setDocument(workbench->document());
}

void SuggestionsPage::setDocument(ProjectDocument *document)
{
    if (mDocument)
        mDocument->disconnect(this);
    mDocument = document;
    mModel->setDocument(document);
    if (document)
        connect(document, &ProjectDocument::projectInfoChanged, this, &SuggestionsPage::applyFilters);
    showResults();
}

bool SuggestionsPage::isRunning() const
{
    return mWorkbench->suggestions()->isBusy();
}

int SuggestionsPage::runSuggestions()
{
    return mWorkbench->suggestions()->run();
}

void SuggestionsPage::showResults()
{
    const SuggestionService *service = mWorkbench->suggestions();
    if (mDocument && service->hasResults()) {
        QString key;
        if (const Suggestion *s = mModel->suggestionAt(mFilter->mapToSource(mView->currentIndex()).row()))
            key = s->key();
        mModel->setResults(service->results(), service->revision());
        applyFilters();
        // keep the selected suggestion selected across runs
        for (int row = 0; row < mFilter->rowCount() && !key.isEmpty(); ++row) {
            const Suggestion *s = mModel->suggestionAt(mFilter->mapToSource(mFilter->index(row, 0)).row());
            if (s && s->key() == key) {
                mView->selectRow(row);
                break;
            }
        }
    } else {
        applyFilters();
    }
    updateState();
    updateCard();
}

void SuggestionsPage::applyFilters()
{
    mFilter->cls = mClass->currentData().toInt();
    mFilter->urusan = mUrusan->currentIndex() > 0 ? mUrusan->code() : QString();
    mFilter->region = mOwnOnly->isChecked() && mDocument ? mDocument->project().ownerRegion : QString();
    mFilter->text = mSearch->text().trimmed();
    mFilter->refresh();
    updateState();
}

void SuggestionsPage::updateState()
{
    const bool open = mDocument != nullptr;
    const bool running = isRunning();
    mRun->setEnabled(open);
    const Suggestion *s = mModel->suggestionAt(mFilter->mapToSource(mView->currentIndex()).row());
    // A disabled action says why, in its tooltip and in the status bar.
    QString why;
    if (!open)
        why = tr("Buka proyek lebih dulu.");
    else if (!s)
        why = tr("Pilih satu saran pada tabel.");
    else if (mModel->isStale())
        why = tr("Saran perlu diperbarui lebih dulu (F5).");
    else if (mModel->isProposed(*s))
        why = tr("Saran ini sudah diusulkan; lihat tab Usulan.");
    setActionState(mPropose, tr("Buat usulan kerja sama dari saran yang dipilih"), why);
    const bool stale = mModel->isStale();
    mBanner->setVisible(open && (stale || (!mModel->hasResults() && !running)));
    if (stale)
        mBannerText->setText(running ? tr("Saran perlu diperbarui: data proyek berubah sejak saran dihitung. "
                                          "Sedang menghitung ulang…")
                                     : tr("Saran perlu diperbarui: data proyek berubah sejak saran dihitung."));
    else
        mBannerText->setText(tr("Saran belum dihitung untuk proyek ini."));
    mBannerButton->setEnabled(!running);
    const int shown = mFilter->rowCount();
    const int total = mModel->rowCount();
    if (running && !mModel->hasResults())
        mCount->setText(tr("Menghitung…"));
    else
        mCount->setText(shown == total ? tr("%n saran", nullptr, total)
                                       : tr("%1 dari %n saran", nullptr, total).arg(shown));
}

void SuggestionsPage::updateCard()
{
    const Suggestion *s = mModel->suggestionAt(mFilter->mapToSource(mView->currentIndex()).row());
    if (!s || !mDocument) {
        mCard->showNothing();
        return;
    }
    mCard->showSuggestion(mDocument->project(), *s, mModel->isStale());
}

void SuggestionsPage::proposeCurrent()
{
    const Suggestion *s = mModel->suggestionAt(mFilter->mapToSource(mView->currentIndex()).row());
    if (!mDocument || !s || mModel->isStale())
        return;
    const QUuid id = mDocument->acceptSuggestion(*s);
    const Proposal *x = mDocument->proposal(id);
    mWorkbench->showMessage(tr("Usulan \"%1\" dibuat; lihat tab Usulan.").arg(x ? x->title : QString()));
    updateState();
}

void SuggestionsPage::fitColumns()
{
    // Widths by content, capped by how much each column matters: region and urusan names are long and elide.
    using M = SuggestionsModel;
    mView->resizeColumnsToContents();
    // The class is the verdict: never elided. Room for the longest class name (bold, as wajib is shown) and its dot.
    QFont bold = mView->font();
    bold.setBold(true);
    int classWidth = 0;
    for (int c = 0; c < KsdClassCount; ++c)
        classWidth = std::max(classWidth, QFontMetrics(bold).horizontalAdvance(ksdClassName(KsdClass(c))));
    classWidth += mView->iconSize().width() + 24;
    for (int c = 0; c < M::ColumnCount; ++c) {
        const bool key = c == M::RegionAColumn || c == M::RegionBColumn || c == M::UrusanColumn;
        mView->setColumnWidth(c, std::min(mView->columnWidth(c), key ? 150 : (c == M::ClassColumn ? classWidth : 260)));
    }
    mView->setColumnWidth(M::ClassColumn, std::max(mView->columnWidth(M::ClassColumn), classWidth));
    // "Sudah diusulkan" appears when a suggestion is proposed, after the widths were measured: room for it now.
    const int proposed = fontMetrics().horizontalAdvance(tr("Sudah diusulkan")) + 16;
    mView->setColumnWidth(M::ProposedColumn, std::max(mView->columnWidth(M::ProposedColumn), proposed));
}

void SuggestionsPage::resizeEvent(QResizeEvent *event)
{
    WorkbenchPage::resizeEvent(event);
    // Narrow (a laptop screen with the docks open): the explanation goes below the table, which keeps the width.
    const Qt::Orientation wanted = width() < 1100 ? Qt::Vertical : Qt::Horizontal;
    if (mSplitter->orientation() != wanted) {
        mSplitter->setOrientation(wanted);
        const int total = wanted == Qt::Vertical ? mSplitter->height() : mSplitter->width();
        mSplitter->setSizes({total * 3 / 5, total * 2 / 5});
    }
}

void SuggestionsPage::focusFilter()
{
    mSearch->setFocus(Qt::ShortcutFocusReason);
    mSearch->selectAll();
}

void SuggestionsPage::showEvent(QShowEvent *event)
{
    WorkbenchPage::showEvent(event);
    // a suggestion is not a record: the inspector has nothing to show for it
    mWorkbench->selection()->setCurrent({});
}

void SuggestionsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    WorkbenchPage::changeEvent(event);
}

void SuggestionsPage::retranslate()
{
    mRun->setText(tr("Hitung saran"));
    mRun->setToolTip(tr("Hitung ulang saran mitra dari isian proyek (F5). Berjalan di latar; dapat dibatalkan "
                        "dari bilah status."));
    mPropose->setText(tr("Jadikan usulan"));
    const int cls = std::max(0, mClass->currentIndex());
    mClass->blockSignals(true);
    mClass->clear();
    mClass->addItem(tr("Semua kelas"), -1);
    for (KsdClass c : {KsdClass::Wajib, KsdClass::PotensiWajib, KsdClass::Sukarela, KsdClass::RujukProvinsi,
                       KsdClass::RujukPusat, KsdClass::TidakMemenuhi})
        mClass->addItem(dotIcon(SuggestionsModel::classColor(c)), ksdClassName(c), int(c));
    mClass->setCurrentIndex(cls);
    mClass->blockSignals(false);
    mClass->setToolTip(tr("Saring menurut kelas KSDD"));
    mClass->setAccessibleName(tr("Saring kelas"));
    mUrusan->blockSignals(true);
    if (mUrusan->count() > 0 && mUrusan->itemData(0).toString().isEmpty())
        mUrusan->setItemText(0, tr("Semua urusan"));
    else
        mUrusan->addAllItem(tr("Semua urusan"));
    mUrusan->blockSignals(false);
    mUrusan->setAccessibleName(tr("Saring urusan"));
    mOwnOnly->setText(tr("Hanya yang melibatkan daerah pemilik"));
    mOwnOnly->setToolTip(tr("Tampilkan hanya pasangan yang melibatkan daerah yang melakukan pemetaan"));
    mSearch->setPlaceholderText(tr("Cari… (Ctrl+F)"));
    mSearch->setAccessibleName(tr("Cari saran"));
    mBannerButton->setText(tr("Perbarui sekarang"));
    mView->setAccessibleName(tr("Tabel saran"));
    mCard->setAccessibleName(tr("Penjelasan saran"));
    mModel->retranslate();
    updateState();
    updateCard();
}

} // namespace ksd
