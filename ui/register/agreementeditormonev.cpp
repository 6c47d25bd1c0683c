// SPDX-License-Identifier: Apache-2.0
// The Monev tab of the agreement form: the monitoring and evaluation records of the agreement.
#include "agreementeditor.h"
#include "agreementeditor_p.h"

#include "register/monev.h"
#include "register/monevrecordeditor.h"
#include "util/format.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ksd {

using namespace detail;

void AgreementEditor::buildMonevTab()
{
    auto *page = new QWidget(mTabs);
    mMonevList = new QTreeWidget(page);
    mMonevList->setObjectName(QStringLiteral("monevRecords"));
    mMonevList->setRootIsDecorated(false);
    mMonevList->setColumnCount(5);
    mMonevList->header()->setSectionResizeMode(4, QHeaderView::Stretch);
    mMonevList->header()->setStretchLastSection(true);
    mAddMonev = new QPushButton(page);
    mEditMonev = new QPushButton(page);
    mRemoveMonev = new QPushButton(page);
    mMonevSummary = new QLabel(page);
    mMonevSummary->setObjectName(QStringLiteral("monevSummary"));
    mMonevSummary->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(mAddMonev);
    buttons->addWidget(mEditMonev);
    buttons->addWidget(mRemoveMonev);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(mMonevSummary);
    layout->addWidget(mMonevList, 1);
    layout->addLayout(buttons);
    mTabs->addTab(page, QString());

    connect(mAddMonev, &QPushButton::clicked, this, [this] { editMonev({}); });
    connect(mEditMonev, &QPushButton::clicked, this, [this] { editMonev(currentMonevId()); });
    connect(mMonevList, &QTreeWidget::itemDoubleClicked, this, [this] { editMonev(currentMonevId()); });
    connect(mRemoveMonev, &QPushButton::clicked, this, [this] { removeMonevRecord(currentMonevId()); });
    connect(mMonevList, &QTreeWidget::currentItemChanged, this, [this] {
        const bool any = !currentMonevId().isNull();
        mEditMonev->setEnabled(any);
        mRemoveMonev->setEnabled(any);
    });
}

void AgreementEditor::putMonevRecord(const MonevRecord &record)
{
    MonevRecord r = record;
    r.agreementId = mOriginal.meta.id;
    if (r.meta.id.isNull()) {
        r.meta.id = QUuid::createUuid(); // replaced by a stamped RecordMeta when saved
        mMonev.append(r);
    } else {
        bool found = false;
        for (MonevRecord &m : mMonev) {
            if (m.meta.id == r.meta.id) {
                m = r;
                found = true;
            }
        }
        if (!found)
            mMonev.append(r);
    }
    rebuildMonev();
    later();
}

void AgreementEditor::removeMonevRecord(const QUuid &id)
{
    if (id.isNull())
        return;
    mMonev.removeIf([&id](const MonevRecord &m) { return m.meta.id == id; });
    if (std::any_of(mProject.monev.cbegin(), mProject.monev.cend(),
                    [&id](const MonevRecord &m) { return m.meta.id == id; }))
        mRemovedMonev.append(id);
    rebuildMonev();
    later();
}

void AgreementEditor::editMonev(const QUuid &id)
{
    MonevRecord record;
    record.agreementId = mOriginal.meta.id;
    for (const MonevRecord &m : std::as_const(mMonev)) {
        if (m.meta.id == id)
            record = m;
    }
    const Project draft = projectWithDraft();
    MonevRecordEditor dialog(record, draft, this);
    if (dialog.exec() == QDialog::Accepted)
        putMonevRecord(dialog.record());
}

QUuid AgreementEditor::currentMonevId() const
{
    const QTreeWidgetItem *item = mMonevList->currentItem();
    return item ? item->data(0, Qt::UserRole).toUuid() : QUuid();
}

void AgreementEditor::rebuildMonev()
{
    QList<MonevRecord> sorted = mMonev;
    std::sort(sorted.begin(), sorted.end(),
              [](const MonevRecord &a, const MonevRecord &b) { return isLaterMonev(b, a); });
    mMonevList->clear();
    double sum = 0;
    for (const MonevRecord &m : std::as_const(sorted)) {
        auto *item = new QTreeWidgetItem(mMonevList,
                                         {shortDate(m.date),
                                          m.evaluatorRole, recommendationName(m.recommendation),
                                          QString::number(m.rating), m.kendala.simplified()});
        item->setData(0, Qt::UserRole, m.meta.id);
        item->setTextAlignment(3, Qt::AlignCenter);
        sum += m.rating;
    }
    for (int c = 0; c < 4; ++c)
        mMonevList->resizeColumnToContents(c);
    if (sorted.isEmpty()) {
        mMonevSummary->setText(tr("Belum ada catatan monev untuk kerja sama ini."));
    } else {
        mMonevSummary->setText(tr("%n catatan monev; rata-rata nilai %1; rekomendasi terakhir: %2.", nullptr,
                                  int(sorted.size()))
                                   .arg(indonesianLocale().toString(roundTo(sum / sorted.size(), 1), 'f', 1),
                                        recommendationName(sorted.constFirst().recommendation).toLower()));
    }
    const bool any = !currentMonevId().isNull();
    mEditMonev->setEnabled(any);
    mRemoveMonev->setEnabled(any);
    mTabs->setTabText(MonevTab, mMonev.isEmpty() ? tr("Monev") : tr("Monev (%1)").arg(mMonev.size()));
}

} // namespace ksd
