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
#include <QApplication>
#include <QDockWidget>
#include <QFontMetrics>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

namespace ksd {

namespace {

/// The inspector's delegate: the table's editors, and rows as tall as their wrapped label or value at the
/// column's width (QTreeView asks the delegate for a row's height without telling it the width).
class WrappingFieldDelegate : public FieldDelegate
{
public:
    WrappingFieldDelegate(QTreeView *view) : FieldDelegate(view), mView(view) {}

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = FieldDelegate::sizeHint(option, index);
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        const QStyle *style = mView->style() ? mView->style() : QApplication::style();
        int width = mView->columnWidth(index.column()) - 2 * (style->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1);
        if (opt.features & QStyleOptionViewItem::HasDecoration)
            width -= opt.decorationSize.width() + 4;
        if (width <= 8 || opt.text.isEmpty())
            return size;
        const QRect text = QFontMetrics(opt.font).boundingRect(QRect(0, 0, width, 1 << 20),
                                                               Qt::TextWordWrap | Qt::AlignLeft, opt.text);
        size.setHeight(std::max(size.height(), text.height() + 4));
        return size;
    }

private:
    QTreeView *mView;
};

} // namespace

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
    mView->setItemDelegate(new WrappingFieldDelegate(mView));
    mView->setRootIsDecorated(false);
    mView->setAlternatingRowColors(true);
    // Labels and values wrap rather than clip: English labels are longer, and the inspector is where a whole
    // title or description is read.
    mView->setUniformRowHeights(false);
    mView->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    mView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    mView->setSelectionBehavior(QAbstractItemView::SelectItems);
    mView->header()->hide();
    mView->header()->setStretchLastSection(true);
    mView->setWordWrap(true);
    mView->setTextElideMode(Qt::ElideNone);
    // Row heights follow the column widths: lay the rows out again when a column changes width.
    connect(mView->header(), &QHeaderView::sectionResized, mView, [this] {
        QMetaObject::invokeMethod(mView, &QTreeView::doItemsLayout, Qt::QueuedConnection);
    });

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
                              std::min(mView->columnWidth(PropertiesModel::LabelColumn) + 8, width() * 9 / 20));
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
