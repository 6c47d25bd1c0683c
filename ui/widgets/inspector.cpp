// SPDX-License-Identifier: Apache-2.0
#include "inspector.h"

#include "document/projectdocument.h"
#include "models/propertiesmodel.h"
#include "widgets/fielddelegate.h"
#include "workbench/documentmanager.h"
#include "workbench/recordselection.h"
#include "workbench/workbench.h"
#include "workbench/workbenchpage.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

namespace ksd {

Inspector::Inspector(Workbench *workbench, QWidget *parent)
    : QWidget(parent)
    , mWorkbench(workbench)
    , mModel(new PropertiesModel(this))
    , mHeading(new QLabel(this))
    , mMeta(new QLabel(this))
    , mView(new QTreeView(this))
    , mEmpty(new QLabel(this))
{
    mHeading->setWordWrap(true);
    QFont bold = mHeading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    mHeading->setFont(bold);
    mHeading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mMeta->setWordWrap(true);
    mMeta->setForegroundRole(QPalette::PlaceholderText);
    mEmpty->setWordWrap(true);
    mEmpty->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    mEmpty->setForegroundRole(QPalette::PlaceholderText);
    mEmpty->setMargin(12);

    mView->setModel(mModel);
    mView->setObjectName(QStringLiteral("inspectorForm"));
    mView->setItemDelegate(new FieldDelegate(this));
    mView->setRootIsDecorated(false);
    mView->setAlternatingRowColors(true);
    mView->setUniformRowHeights(true);
    mView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    mView->setSelectionBehavior(QAbstractItemView::SelectItems);
    mView->header()->hide();
    mView->header()->setStretchLastSection(true);
    mView->setWordWrap(false);
    mView->setTextElideMode(Qt::ElideRight);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addWidget(mHeading);
    layout->addWidget(mMeta);
    layout->addWidget(mView, 1);
    layout->addWidget(mEmpty, 1);

    connect(workbench->documents(), &DocumentManager::documentChanged, mModel, &PropertiesModel::setDocument);
    connect(workbench->selection(), &RecordSelection::currentChanged, this, [this](const RecordRef &r) {
        mModel->setRecord(r.type, r.id);
    });
    connect(mModel, &PropertiesModel::recordChanged, this, &Inspector::updateHeading);
    connect(mModel, &QAbstractItemModel::modelReset, this, [this] {
        mView->resizeColumnToContents(PropertiesModel::LabelColumn);
        mView->setColumnWidth(PropertiesModel::LabelColumn,
                              std::min(mView->columnWidth(PropertiesModel::LabelColumn) + 8, width() * 2 / 5));
    });
    setMinimumWidth(300);
    mModel->setDocument(workbench->document());
    retranslate();
}

void Inspector::updateHeading()
{
    const bool has = mModel->recordType() != RecordType::None;
    mHeading->setVisible(has);
    mMeta->setVisible(has);
    mView->setVisible(has);
    mEmpty->setVisible(!has);
    mHeading->setText(mModel->heading());
    mMeta->setText(mModel->metaText());
}

void Inspector::manageDock(QDockWidget *dock)
{
    mDock = dock;
    dock->installEventFilter(this); // its close button
    connect(dock->toggleViewAction(), &QAction::triggered, this, [this](bool on) {
        mUserClosed = !on;
        updateDock();
    });
    connect(mWorkbench, &Workbench::currentPageChanged, this, &Inspector::updateDock);
    connect(mWorkbench->selection(), &RecordSelection::currentChanged, this, &Inspector::updateDock);
    connect(mWorkbench->documents(), &DocumentManager::documentChanged, this, &Inspector::updateDock);
    updateDock();
}

bool Inspector::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == mDock && event->type() == QEvent::Close)
        mUserClosed = true;
    return QWidget::eventFilter(watched, event);
}

void Inspector::updateDock()
{
    if (!mDock || !mWorkbench->document())
        return; // the start page hides every dock itself
    const auto *page = qobject_cast<const WorkbenchPage *>(mWorkbench->currentPage());
    const bool wanted = !mUserClosed && ((page && page->showsRecords()) || mModel->recordType() != RecordType::None);
    if (mDock->isHidden() == wanted)
        mDock->setVisible(wanted);
}

void Inspector::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void Inspector::retranslate()
{
    mEmpty->setText(tr("Pilih baris pada tabel Isian, Usulan atau Kerja Sama untuk melihat dan mengubah semua "
                       "datanya di sini."));
    mView->setAccessibleName(tr("Data rekaman terpilih"));
    mModel->retranslate();
    updateHeading();
}

} // namespace ksd
