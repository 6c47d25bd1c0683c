// SPDX-License-Identifier: Apache-2.0
#include "entriespage.h"

#include "document/projectdocument.h"
#include "models/entriesmodel.h"
#include "models/entryfiltermodel.h"
#include "models/itemroles.h"
#include "models/recordicons.h"
#include "refdata/refdata.h"
#include "widgets/pickers.h"
#include "widgets/recordtableview.h"
#include "workbench/documentmanager.h"
#include "workbench/recordselection.h"
#include "workbench/workbench.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace ksd {

EntriesPage::EntriesPage(Workbench *workbench, QWidget *parent)
    : WorkbenchPage(parent)
    , mWorkbench(workbench)
    , mModel(new EntriesModel(this))
    , mFilter(new EntryFilterModel(this))
    , mView(new RecordTableView(RecordType::Entry, workbench, this))
{
    mFilter->setEntriesModel(mModel);
    mView->setModel(mFilter);
    mView->setObjectName(QStringLiteral("entriesTable"));
    // region and urusan names are long: they elide, so that the title stays in view at 1366 pixels
    mView->setColumnCap(int(EntryField::Region), 160);
    mView->setColumnCap(int(EntryField::Urusan), 160);

    mBar = new QToolBar(this);
    mBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    mBar->setIconSize(QSize(16, 16));
    mAdd = mBar->addAction(style()->standardIcon(QStyle::SP_FileDialogNewFolder), QString(), this,
                           &EntriesPage::addEntry);
    mRemove = mBar->addAction(style()->standardIcon(QStyle::SP_TrashIcon), QString(), this,
                              &EntriesPage::deleteSelection);
    mBar->addSeparator();
    auto *spacer = new QWidget(mBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    mBar->addWidget(spacer);
    mCount = new QLabel(mBar);
    mCount->setObjectName(QStringLiteral("entriesCount"));

    mRegion = new QComboBox(this);
    mRegion->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    mRegion->setMinimumContentsLength(12);
    mUrusan = new UrusanPicker(this);
    mUrusan->setMinimumContentsLength(12);
    mKind = new QComboBox(this);
    mPd = new QComboBox(this);
    mPriority = new QComboBox(this);
    // combos size to a few characters, not to their longest item, so the bar fits beside the docks
    for (auto [combo, chars] : {std::pair{mKind, 10}, std::pair{mPd, 10}, std::pair{mPriority, 8}}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(chars);
    }
    mSearch = new QLineEdit(this);
    mSearch->setClearButtonEnabled(true);
    mSearch->setMinimumWidth(240);
    mBar->addWidget(mSearch);
    mBar->addWidget(mCount);
    mClear = new QToolButton(this);
    mClear->setIcon(style()->standardIcon(QStyle::SP_DialogResetButton));
    mClear->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    mClear->setAutoRaise(true);
    mClear->hide(); // shown while a filter is on

    auto *filters = new QHBoxLayout;
    filters->setSpacing(6);
    filters->addWidget(mRegion, 3);
    filters->addWidget(mUrusan, 3);
    filters->addWidget(mKind, 2);
    filters->addWidget(mPd, 3);
    filters->addWidget(mPriority, 2);
    filters->addWidget(mClear);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 6);
    layout->setSpacing(4);
    layout->addWidget(mBar);
    layout->addLayout(filters);
    layout->addWidget(mView, 1);

    retranslate();

    auto apply = [this] {
        if (!mUpdatingFilters)
            applyFilters();
    };
    connect(mRegion, &QComboBox::currentIndexChanged, this, apply);
    connect(mUrusan, &QComboBox::currentIndexChanged, this, apply);
    connect(mKind, &QComboBox::currentIndexChanged, this, apply);
    connect(mPd, &QComboBox::currentIndexChanged, this, apply);
    connect(mPriority, &QComboBox::currentIndexChanged, this, apply);
    auto *searchDelay = new QTimer(this);
    searchDelay->setSingleShot(true);
    searchDelay->setInterval(200);
    connect(mSearch, &QLineEdit::textChanged, searchDelay, qOverload<>(&QTimer::start));
    connect(searchDelay, &QTimer::timeout, this, apply);
    connect(mClear, &QToolButton::clicked, this, [this] {
        mUpdatingFilters = true;
        mRegion->setCurrentIndex(0);
        mUrusan->setCurrentIndex(0);
        mKind->setCurrentIndex(0);
        mPd->setCurrentIndex(0);
        mPriority->setCurrentIndex(0);
        mSearch->clear();
        mUpdatingFilters = false;
        applyFilters();
    });

    connect(mFilter, &QAbstractItemModel::rowsInserted, this, &EntriesPage::updateCount);
    connect(mFilter, &QAbstractItemModel::rowsRemoved, this, &EntriesPage::updateCount);
    connect(mFilter, &QAbstractItemModel::modelReset, this, &EntriesPage::updateCount);
    connect(mFilter, &QAbstractItemModel::layoutChanged, this, &EntriesPage::updateCount);
    connect(mView, &RecordTableView::selectionStateChanged, this, [this] {
        mRemove->setEnabled(canDeleteSelection());
        emit selectionStateChanged();
    });
    connect(workbench->selection(), &RecordSelection::regionsChanged, this, &EntriesPage::followRegions);
    connect(workbench->documents(), &DocumentManager::documentChanged, this, &EntriesPage::setDocument);
    setDocument(workbench->document());
}

void EntriesPage::setDocument(ProjectDocument *document)
{
    if (mDocument)
        mDocument->disconnect(this);
    mDocument = document;
    mModel->setDocument(document);
    if (document) {
        connect(document, &ProjectDocument::scopeChanged, this, &EntriesPage::rebuildRegionFilter);
        connect(document, &ProjectDocument::projectReplaced, this, [this] {
            rebuildRegionFilter();
            rebuildPdFilter();
        });
        auto pdLater = [this] { QTimer::singleShot(0, this, &EntriesPage::rebuildPdFilter); };
        connect(document, &ProjectDocument::entriesAdded, this, pdLater);
        connect(document, &ProjectDocument::entriesChanged, this, [pdLater](const QList<QUuid> &, int field) {
            if (field < 0 || field == int(EntryField::SourcePd))
                pdLater();
        });
    }
    rebuildRegionFilter();
    rebuildPdFilter();
    mView->fitColumns();
    mView->horizontalHeader()->resizeSection(int(EntryField::Title), 300);
    updateCount();
    mRemove->setEnabled(false);
}

void EntriesPage::rebuildRegionFilter()
{
    const QVariant current = mRegion->currentData();
    mUpdatingFilters = true;
    mRegion->clear();
    mRegion->addItem(tr("Semua wilayah"), QStringList());
    if (mDocument) {
        const RefData &ref = RefData::instance();
        // province groups, then their kab/kota (indented), in scope order
        QMap<QString, QStringList> byProvince;
        for (const QString &code : mDocument->project().scope) {
            if (const Region *r = ref.region(code))
                byProvince[r->provinceCode].append(code);
        }
        for (auto it = byProvince.cbegin(); it != byProvince.cend(); ++it) {
            QStringList all = it.value();
            mRegion->addItem(tr("%1 (semua)").arg(regionName(it.key())), all);
            mRegion->setItemData(mRegion->count() - 1, tr("Provinsi dan kabupaten/kota dalam cakupan"),
                                 Qt::ToolTipRole);
            for (const QString &code : it.value()) {
                if (code == it.key())
                    continue;
                mRegion->addItem(QStringLiteral("    ") + regionName(code), QStringList{code});
            }
        }
    }
    const int keep = mRegion->findData(current);
    mRegion->setCurrentIndex(keep >= 0 ? keep : 0);
    mUpdatingFilters = false;
    applyFilters();
}

void EntriesPage::rebuildPdFilter()
{
    const QString current = mPd->currentData().toString();
    QStringList pds;
    if (mDocument) {
        for (const Entry *e : mDocument->project().liveEntries()) {
            if (!e->sourcePd.isEmpty() && !pds.contains(e->sourcePd))
                pds.append(e->sourcePd);
        }
    }
    pds.sort(Qt::CaseInsensitive);
    QStringList existing;
    for (int i = 1; i < mPd->count(); ++i)
        existing.append(mPd->itemData(i).toString());
    if (existing == pds && mPd->count() > 0)
        return;
    mUpdatingFilters = true;
    mPd->clear();
    mPd->addItem(tr("Semua perangkat daerah"), QString());
    for (const QString &pd : std::as_const(pds))
        mPd->addItem(pd, pd);
    const int keep = mPd->findData(current);
    mPd->setCurrentIndex(keep >= 0 ? keep : 0);
    mUpdatingFilters = false;
    applyFilters();
}

void EntriesPage::applyFilters()
{
    const QStringList regions = mRegion->currentData().toStringList();
    mFilter->setRegions(QSet<QString>(regions.cbegin(), regions.cend()));
    mFilter->setUrusan(mUrusan->currentIndex() <= 0 ? QString() : mUrusan->code());
    mFilter->setKind(mKind->currentData().toInt());
    mFilter->setSourcePd(mPd->currentData().toString());
    mFilter->setMinimumPriority(std::max(1, mPriority->currentData().toInt()));
    mFilter->setText(mSearch->text());
    mClear->setVisible(mFilter->isFiltering());
    updateCount();
}

void EntriesPage::followRegions(const QStringList &codes)
{
    if (codes.isEmpty())
        return;
    const RefData &ref = RefData::instance();
    int index = -1;
    if (codes.size() == 1) {
        const Region *r = ref.region(codes.first());
        if (r && r->isProvince()) {
            for (int i = 1; i < mRegion->count() && index < 0; ++i) {
                const QStringList group = mRegion->itemData(i).toStringList();
                if (!group.isEmpty() && ref.region(group.first())
                    && ref.region(group.first())->provinceCode == r->code && mRegion->itemText(i).endsWith(QLatin1Char(')')))
                    index = i;
            }
        } else {
            index = mRegion->findData(QStringList{codes.first()});
        }
    }
    if (index >= 0)
        mRegion->setCurrentIndex(index);
}

void EntriesPage::updateCount()
{
    const int shown = mFilter->rowCount();
    const int total = mModel->rowCount();
    mCount->setText(QStringLiteral("  ") + (shown == total ? tr("%n isian", nullptr, total)
                                                           : tr("%1 dari %n isian", nullptr, total).arg(shown)));
}

void EntriesPage::addToolAction(QAction *action)
{
    // after add / remove, before the separator
    mBar->insertAction(mBar->actions().value(2), action);
}

void EntriesPage::addEntry()
{
    if (!mDocument)
        return;
    const Project &p = mDocument->project();
    Entry e;
    const QStringList regions = mRegion->currentData().toStringList();
    e.regionCode = regions.size() == 1 ? regions.first() : p.ownerRegion;
    e.urusanCode = mUrusan->currentIndex() > 0 ? mUrusan->code() : QString();
    if (e.urusanCode.isEmpty()) {
        // the urusan of the current row, else the first concurrent one
        const QModelIndex cur = mView->currentIndex();
        e.urusanCode = cur.isValid() ? cur.siblingAtColumn(int(EntryField::Urusan)).data(Qt::EditRole).toString()
                                     : QStringLiteral("1.01");
    }
    if (mKind->currentData().toInt() >= 0)
        e.kind = EntryKind(mKind->currentData().toInt());
    e.sourcePd = mPd->currentData().toString();
    if (e.sourcePd.isEmpty() && p.copyInfo)
        e.sourcePd = p.copyInfo->forPd;
    e.year = p.year;
    e.priority = 3;
    const QUuid id = mDocument->addEntry(e);
    if (!mView->selectId(id)) {
        // hidden by the filters: show everything so the new row can be seen
        mClear->click();
        mView->selectId(id);
    }
    const QModelIndex title = mView->currentIndex().siblingAtColumn(int(EntryField::Title));
    mView->setCurrentIndex(title);
    mView->edit(title);
}

void EntriesPage::focusFilter()
{
    mSearch->setFocus(Qt::ShortcutFocusReason);
    mSearch->selectAll();
}

bool EntriesPage::canDeleteSelection() const
{
    return mDocument && !mView->selectedIds().isEmpty();
}

void EntriesPage::deleteSelection()
{
    if (!mDocument)
        return;
    const QList<QUuid> ids = mView->selectedIds();
    if (ids.isEmpty())
        return;
    const int row = mView->currentIndex().row();
    mDocument->removeEntries(ids);
    // keep the cursor near where it was
    const int rows = mView->model()->rowCount();
    if (rows > 0)
        mView->selectRow(std::min(row, rows - 1));
    mWorkbench->showMessage(tr("%n isian dihapus. Urungkan dengan Ctrl+Z.", nullptr, int(ids.size())));
}

void EntriesPage::showEvent(QShowEvent *event)
{
    WorkbenchPage::showEvent(event);
    mView->publishCurrent();
}

void EntriesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    WorkbenchPage::changeEvent(event);
}

void EntriesPage::retranslate()
{
    mAdd->setText(tr("Tambah isian"));
    mAdd->setToolTip(tr("Tambah potensi atau kebutuhan baru (Ctrl+Shift+N)"));
    mRemove->setText(tr("Hapus"));
    mRemove->setToolTip(tr("Hapus isian yang dipilih (Delete). Dapat diurungkan."));
    mRegion->setToolTip(tr("Saring menurut wilayah"));
    mRegion->setAccessibleName(tr("Saring wilayah"));
    mUpdatingFilters = true;
    const int urusan = mUrusan->currentIndex();
    if (mUrusan->count() > 0 && mUrusan->itemData(0).toString().isEmpty())
        mUrusan->setItemText(0, tr("Semua urusan"));
    else
        mUrusan->addAllItem(tr("Semua urusan"));
    mUrusan->setCurrentIndex(std::max(0, urusan));
    mUrusan->setToolTip(tr("Saring menurut urusan"));
    mUrusan->setAccessibleName(tr("Saring urusan"));
    const int kind = std::max(0, mKind->currentIndex());
    mKind->clear();
    mKind->addItem(tr("Semua jenis"), -1);
    mKind->addItem(entryKindIcon(EntryKind::Potensi), entryKindName(EntryKind::Potensi), int(EntryKind::Potensi));
    mKind->addItem(entryKindIcon(EntryKind::Kebutuhan), entryKindName(EntryKind::Kebutuhan),
                   int(EntryKind::Kebutuhan));
    mKind->setCurrentIndex(kind);
    mKind->setToolTip(tr("Saring menurut jenis isian"));
    mKind->setAccessibleName(tr("Saring jenis"));
    const int priority = std::max(0, mPriority->currentIndex());
    mPriority->clear();
    mPriority->addItem(tr("Semua prioritas"), 1);
    for (int p = 2; p <= 5; ++p)
        mPriority->addItem(tr("Prioritas ≥ %1").arg(p), p);
    mPriority->setCurrentIndex(priority);
    mPriority->setToolTip(tr("Tampilkan isian dengan prioritas paling rendah ini"));
    mPriority->setAccessibleName(tr("Saring prioritas"));
    mPd->setToolTip(tr("Saring menurut perangkat daerah pengisi"));
    mPd->setAccessibleName(tr("Saring perangkat daerah"));
    if (mPd->count() > 0)
        mPd->setItemText(0, tr("Semua perangkat daerah"));
    mSearch->setPlaceholderText(tr("Cari judul, layanan, PD… (Ctrl+F)"));
    mSearch->setAccessibleName(tr("Cari isian"));
    mClear->setText(tr("Tampilkan semua"));
    mClear->setToolTip(tr("Hapus semua saringan"));
    mClear->setAccessibleName(tr("Hapus saringan"));
    mView->setAccessibleName(tr("Tabel isian"));
    mUpdatingFilters = false;
    if (mRegion->count() > 0)
        mRegion->setItemText(0, tr("Semua wilayah"));
    mModel->retranslate();
    updateCount();
}

} // namespace ksd
