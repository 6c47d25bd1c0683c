// SPDX-License-Identifier: Apache-2.0
#include "mergedialog.h"

#include "util/format.h"

#include "share/mergesession.h"
#include "share/sharemessages.h"
#include "widgets/screenfit.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ksd {

namespace {

enum Role { RoleSource = Qt::UserRole, RoleKind, RoleKey };
enum NodeKind { NodePd = 0, NodeGroup, NodeConflict, NodeChange, NodeSuperseded };

const QColor Undecided(QStringLiteral("#a4262c"));
const QColor Decided(QStringLiteral("#107c10"));
const QColor ChosenBackground(QStringLiteral("#dff6dd"));
const QColor MetaBackground(QStringLiteral("#f3f2f1"));

QString recordKey(MergeRecordType type, const QUuid &id)
{
    MergeConflict c;
    c.type = type;
    c.id = id;
    return c.key();
}

QString fileName(const QString &path)
{
    return QFileInfo(path).fileName();
}

} // namespace

MergeDialog::MergeDialog(ProjectDocument *document, MergeSession *session, QWidget *parent)
    : QDialog(parent)
    , mDocument(document)
    , mSession(session)
{
    setWindowTitle(tr("Gabungkan salinan"));

    mNotes = new QLabel(this);
    mNotes->setObjectName(QStringLiteral("fileNotes"));
    mNotes->setWordWrap(true);
    mNotes->setTextFormat(Qt::RichText);
    mNotes->setFrameShape(QFrame::StyledPanel);
    mNotes->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; border: 1px solid #e5c365; "
                                         "border-radius: 3px; padding: 6px; color: #323130; }"));

    mSummary = new QTreeWidget(this);
    mSummary->setObjectName(QStringLiteral("summary"));
    mSummary->setRootIsDecorated(false);
    mSummary->setSelectionMode(QAbstractItemView::NoSelection);
    mSummary->setFocusPolicy(Qt::NoFocus);
    mSummary->setHeaderLabels({tr("Perangkat daerah"), tr("Berkas salinan"), tr("Dikirim"), tr("Ditambah"),
                               tr("Diubah"), tr("Dihapus"), tr("Konflik"), tr("Belum diputuskan")});
    mSummary->header()->setStretchLastSection(false);
    mSummary->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    mSummary->header()->setSectionResizeMode(1, QHeaderView::Stretch);

    mTree = new QTreeWidget(this);
    mTree->setObjectName(QStringLiteral("changes"));
    mTree->setHeaderLabels({tr("Rekaman"), tr("Jenis"), tr("Perubahan / keputusan")});
    mTree->header()->setStretchLastSection(false);
    mTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    mTree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    mTree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    mTree->setUniformRowHeights(true);

    // --- the selected record ------------------------------------------------------------------------------
    auto *detail = new QWidget(this);
    mDetailTitle = new QLabel(detail);
    mDetailTitle->setObjectName(QStringLiteral("detailTitle"));
    mDetailTitle->setWordWrap(true);
    QFont bold = mDetailTitle->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    mDetailTitle->setFont(bold);
    mDetailKind = new QLabel(detail);
    mDetailKind->setObjectName(QStringLiteral("detailKind"));
    mDetailKind->setWordWrap(true);

    mFields = new QTableWidget(0, 3, detail);
    mFields->setObjectName(QStringLiteral("conflictFields"));
    mFields->verticalHeader()->hide();
    mFields->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mFields->setSelectionMode(QAbstractItemView::NoSelection);
    mFields->setFocusPolicy(Qt::NoFocus);
    mFields->setWordWrap(true);
    mFields->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    mFields->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    mFields->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    mFields->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    mChoiceBox = new QWidget(detail);
    mChooseMine = new QRadioButton(tr("Pakai versi saya"), mChoiceBox);
    mChooseMine->setObjectName(QStringLiteral("chooseMine"));
    mChooseTheirs = new QRadioButton(tr("Pakai versi PD"), mChoiceBox);
    mChooseTheirs->setObjectName(QStringLiteral("chooseTheirs"));
    mChoice = new QButtonGroup(this);
    mChoice->addButton(mChooseMine, int(Resolution::Mine));
    mChoice->addButton(mChooseTheirs, int(Resolution::Theirs));
    auto *choiceRow = new QHBoxLayout(mChoiceBox);
    choiceRow->setContentsMargins(0, 0, 0, 0);
    choiceRow->addWidget(new QLabel(tr("Keputusan untuk rekaman ini:"), mChoiceBox));
    choiceRow->addWidget(mChooseMine);
    choiceRow->addWidget(mChooseTheirs);
    choiceRow->addStretch(1);

    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(mDetailTitle);
    detailLayout->addWidget(mDetailKind);
    detailLayout->addWidget(mFields, 1);
    detailLayout->addWidget(mChoiceBox);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(mTree);
    split->addWidget(detail);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);
    split->setSizes({520, 680});

    // --- bulk choices, status and the buttons -----------------------------------------------------------
    mAllTheirs = new QPushButton(tr("Pakai versi PD untuk semua"), this);
    mAllTheirs->setObjectName(QStringLiteral("allTheirs"));
    mAllMine = new QPushButton(tr("Pakai versi saya untuk semua"), this);
    mAllMine->setObjectName(QStringLiteral("allMine"));
    mStatus = new QLabel(this);
    mStatus->setObjectName(QStringLiteral("status"));
    auto *bulkRow = new QHBoxLayout;
    bulkRow->addWidget(new QLabel(tr("Semua konflik:"), this));
    bulkRow->addWidget(mAllTheirs);
    bulkRow->addWidget(mAllMine);
    bulkRow->addSpacing(16);
    bulkRow->addWidget(mStatus, 1);

    auto *buttons = new QDialogButtonBox(this);
    auto *addFiles = buttons->addButton(tr("Tambah salinan…"), QDialogButtonBox::ActionRole);
    mMerge = buttons->addButton(tr("Gabungkan"), QDialogButtonBox::AcceptRole);
    mMerge->setObjectName(QStringLiteral("mergeButton"));
    buttons->addButton(tr("Batal"), QDialogButtonBox::RejectRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mNotes);
    layout->addWidget(new QLabel(tr("Ringkasan per perangkat daerah:"), this));
    layout->addWidget(mSummary);
    layout->addWidget(split, 1);
    layout->addLayout(bulkRow);
    layout->addWidget(buttons);

    connect(mTree, &QTreeWidget::currentItemChanged, this, &MergeDialog::showSelected);
    connect(mChoice, &QButtonGroup::idClicked, this, [this](int id) { chooseForSelected(Resolution(id)); });
    connect(mAllTheirs, &QPushButton::clicked, mSession, [this] { mSession->resolveAll(Resolution::Theirs); });
    connect(mAllMine, &QPushButton::clicked, mSession, [this] { mSession->resolveAll(Resolution::Mine); });
    connect(addFiles, &QPushButton::clicked, this, &MergeDialog::addMoreFiles);
    connect(mMerge, &QPushButton::clicked, this, &MergeDialog::merge);
    connect(buttons, &QDialogButtonBox::rejected, this, &MergeDialog::reject);
    connect(mSession, &MergeSession::changed, this, &MergeDialog::rebuild);

    rebuild();
    selectFirstConflict();
    resizeToScreen(this, QSize(1200, 760));
}

bool MergeDialog::selectRecord(int source, const QString &key)
{
    for (QTreeWidgetItemIterator it(mTree); *it; ++it) {
        const int kind = (*it)->data(0, RoleKind).toInt();
        if ((kind == NodeConflict || kind == NodeChange) && (*it)->data(0, RoleSource).toInt() == source
            && (*it)->data(0, RoleKey).toString() == key) {
            mTree->setCurrentItem(*it);
            mTree->scrollToItem(*it);
            return true;
        }
    }
    return false;
}

bool MergeDialog::selectFirstConflict()
{
    const MergeOutcome &o = mSession->outcome();
    for (int i = 0; i < o.plans.size(); ++i) {
        for (const MergeConflict &c : o.plans[i].conflicts) {
            if (mSession->resolution(i, c) == Resolution::Unresolved)
                return selectRecord(i, c.key());
        }
    }
    for (int i = 0; i < o.plans.size(); ++i) {
        if (!o.plans[i].conflicts.isEmpty())
            return selectRecord(i, o.plans[i].conflicts.constFirst().key());
    }
    return false;
}

void MergeDialog::chooseForSelected(Resolution choice)
{
    QTreeWidgetItem *item = mTree->currentItem();
    if (!item || item->data(0, RoleKind).toInt() != NodeConflict)
        return;
    mSession->setResolution(item->data(0, RoleSource).toInt(), item->data(0, RoleKey).toString(), choice);
}

void MergeDialog::rebuild()
{
    mRebuilding = true;
    QTreeWidgetItem *current = mTree->currentItem();
    const int source = current ? current->data(0, RoleSource).toInt() : -1;
    const QString key = current ? current->data(0, RoleKey).toString() : QString();

    QStringList notes;
    for (const MergeSession::FileNote &n : mSession->notes()) {
        notes.append(QStringLiteral("<b>%1</b>: %2%3")
                         .arg(fileName(n.file).toHtmlEscaped(), n.refused ? tr("tidak digabungkan. ") : QString(),
                              n.message.toHtmlEscaped()));
    }
    if (!mSession->previewError().isEmpty())
        notes.append(mSession->previewError().toHtmlEscaped());
    mNotes->setText(notes.join(QStringLiteral("<br>")));
    mNotes->setVisible(!notes.isEmpty());

    rebuildSummary();
    rebuildTree();
    mRebuilding = false;
    if (source < 0 || !selectRecord(source, key))
        showSelected();
    updateStatus();
}

void MergeDialog::rebuildSummary()
{
    mSummary->clear();
    const MergeOutcome &o = mSession->outcome();
    MergeCounts total;
    int undecidedTotal = 0;
    for (int i = 0; i < o.plans.size(); ++i) {
        const MergePlan &p = o.plans[i];
        const MergeCounts c = p.counts();
        int undecided = 0;
        for (const MergeConflict &x : p.conflicts)
            undecided += mSession->resolution(i, x) == Resolution::Unresolved ? 1 : 0;
        total += c;
        undecidedTotal += undecided;
        auto *row = new QTreeWidgetItem(mSummary);
        row->setText(0, p.sourcePd);
        row->setText(1, fileName(p.sourceFile));
        row->setToolTip(1, QDir::toNativeSeparators(p.sourceFile));
        row->setText(2, shortDateTime(p.base));
        row->setText(3, QString::number(c.added));
        row->setText(4, QString::number(c.changed));
        row->setText(5, QString::number(c.deleted));
        row->setText(6, QString::number(c.conflicts));
        row->setText(7, QString::number(undecided));
        if (undecided > 0)
            row->setForeground(7, Undecided);
    }
    if (o.plans.size() > 1) {
        auto *row = new QTreeWidgetItem(mSummary);
        row->setText(0, tr("Jumlah"));
        row->setText(3, QString::number(total.added));
        row->setText(4, QString::number(total.changed));
        row->setText(5, QString::number(total.deleted));
        row->setText(6, QString::number(total.conflicts));
        row->setText(7, QString::number(undecidedTotal));
        QFont f = row->font(0);
        f.setBold(true);
        for (int c = 0; c < mSummary->columnCount(); ++c)
            row->setFont(c, f);
    }
    for (int c = 3; c < mSummary->columnCount(); ++c) {
        for (int r = 0; r < mSummary->topLevelItemCount(); ++r)
            mSummary->topLevelItem(r)->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    }
    // Tall enough for every row, no taller.
    const int rows = qMax(1, mSummary->topLevelItemCount());
    const int rowHeight = mSummary->sizeHintForRow(0) > 0 ? mSummary->sizeHintForRow(0)
                                                          : mSummary->fontMetrics().height() + 6;
    mSummary->setFixedHeight(mSummary->header()->sizeHint().height() + rows * rowHeight + 2 * mSummary->frameWidth()
                             + 2);
}

void MergeDialog::rebuildTree()
{
    mTree->clear();
    const MergeOutcome &o = mSession->outcome();
    for (int i = 0; i < o.plans.size(); ++i) {
        const MergePlan &p = o.plans[i];
        // Headings span the row, so that long PD names are not cut.
        auto *pd = new QTreeWidgetItem(mTree);
        QString heading = QStringLiteral("%1 (%2)").arg(p.sourcePd, fileName(p.sourceFile));
        if (p.changes.isEmpty() && p.conflicts.isEmpty())
            heading += QStringLiteral(": ") + tr("tidak ada perubahan baru");
        pd->setText(0, heading);
        pd->setToolTip(0, QDir::toNativeSeparators(p.sourceFile));
        pd->setData(0, RoleSource, i);
        pd->setData(0, RoleKind, NodePd);
        QFont f = pd->font(0);
        f.setBold(true);
        pd->setFont(0, f);
        pd->setFirstColumnSpanned(true);

        auto group = [&](const QString &title, int count) {
            auto *g = new QTreeWidgetItem(pd);
            g->setText(0, QStringLiteral("%1 (%2)").arg(title).arg(count));
            g->setData(0, RoleSource, i);
            g->setData(0, RoleKind, NodeGroup);
            g->setFirstColumnSpanned(true);
            return g;
        };
        if (!p.conflicts.isEmpty()) {
            QTreeWidgetItem *g = group(tr("Konflik"), int(p.conflicts.size()));
            g->setForeground(0, Undecided);
            for (const MergeConflict &c : p.conflicts) {
                auto *item = new QTreeWidgetItem(g);
                item->setText(0, c.title);
                item->setToolTip(0, c.title);
                item->setText(1, recordTypeName(c.type));
                const Resolution r = mSession->resolution(i, c);
                item->setText(2, r == Resolution::Mine     ? tr("pakai versi saya")
                                 : r == Resolution::Theirs ? tr("pakai versi PD")
                                                           : tr("belum diputuskan"));
                item->setForeground(2, r == Resolution::Unresolved ? Undecided : Decided);
                item->setData(0, RoleSource, i);
                item->setData(0, RoleKind, NodeConflict);
                item->setData(0, RoleKey, c.key());
            }
            g->setExpanded(true);
        }
        for (ChangeKind kind : {ChangeKind::Added, ChangeKind::Changed, ChangeKind::Deleted}) {
            QList<const MergeChange *> list;
            for (const MergeChange &c : p.changes) {
                if (c.kind == kind)
                    list.append(&c);
            }
            if (list.isEmpty())
                continue;
            const QString title = kind == ChangeKind::Added     ? tr("Ditambahkan")
                                  : kind == ChangeKind::Changed ? tr("Diubah")
                                                                : tr("Dihapus");
            QTreeWidgetItem *g = group(title, int(list.size()));
            for (const MergeChange *c : std::as_const(list)) {
                auto *item = new QTreeWidgetItem(g);
                item->setText(0, c->title);
                item->setToolTip(0, c->title);
                item->setText(1, recordTypeName(c->type));
                item->setText(2, changeKindName(c->kind));
                item->setData(0, RoleSource, i);
                item->setData(0, RoleKind, NodeChange);
                item->setData(0, RoleKey, recordKey(c->type, c->id));
            }
            g->setExpanded(list.size() <= 20);
        }
        if (!p.superseded.isEmpty()) {
            QTreeWidgetItem *g = group(tr("Kalah oleh salinan lain yang lebih baru"), int(p.superseded.size()));
            for (const MergeSuperseded &c : p.superseded) {
                auto *item = new QTreeWidgetItem(g);
                item->setText(0, c.title);
                item->setToolTip(0, c.title);
                item->setText(1, recordTypeName(c.type));
                item->setText(2, tr("tidak diambil"));
                item->setData(0, RoleSource, i);
                item->setData(0, RoleKind, NodeSuperseded);
                item->setData(0, RoleKey, recordKey(c.type, c.id));
            }
            g->setExpanded(p.superseded.size() <= 20);
        }
        pd->setExpanded(true);
    }
}

void MergeDialog::showSelected()
{
    if (mRebuilding)
        return;
    QTreeWidgetItem *item = mTree->currentItem();
    const MergeOutcome &o = mSession->outcome();
    if (!item) {
        showNothing(o.plans.isEmpty() ? tr("Belum ada salinan yang dapat digabungkan.")
                                      : tr("Pilih rekaman di sebelah kiri untuk melihat perbedaannya."));
        return;
    }
    const int source = item->data(0, RoleSource).toInt();
    const int kind = item->data(0, RoleKind).toInt();
    const QString key = item->data(0, RoleKey).toString();
    if (source < 0 || source >= o.plans.size()) {
        showNothing({});
        return;
    }
    const MergePlan &plan = o.plans[source];
    if (kind == NodeConflict) {
        for (const MergeConflict &c : plan.conflicts) {
            if (c.key() == key)
                return showConflict(source, c);
        }
    } else if (kind == NodeChange) {
        for (const MergeChange &c : plan.changes) {
            if (recordKey(c.type, c.id) == key)
                return showChange(source, c);
        }
    } else if (kind == NodeSuperseded) {
        for (const MergeSuperseded &c : plan.superseded) {
            if (recordKey(c.type, c.id) != key)
                continue;
            mDetailTitle->setText(QStringLiteral("%1: %2").arg(recordTypeName(c.type), c.title));
            mDetailKind->setText(tr("Salinan %1 juga mengubah rekaman ini, tetapi %2 mengubahnya lebih baru (%3): "
                                    "hanya versi %2 yang digabungkan; versi ini dicatat di log penggabungan.")
                                     .arg(plan.sourcePd, c.winnerPd, versionText(c.winner)));
            fillFields(c.mine, c.theirs, c.fields, plan.sourcePd);
            mChoiceBox->hide();
            return;
        }
    }
    const MergeCounts c = plan.counts();
    showNothing(tr("Salinan %1 menambah %2, mengubah %3 dan menghapus %4 rekaman; %5 konflik perlu diputuskan.")
                    .arg(plan.sourcePd)
                    .arg(c.added)
                    .arg(c.changed)
                    .arg(c.deleted)
                    .arg(c.conflicts));
}

void MergeDialog::showNothing(const QString &text)
{
    mDetailTitle->clear();
    mDetailKind->setText(text);
    mFields->setRowCount(0);
    mFields->hide();
    mChoiceBox->hide();
}

QString MergeDialog::versionText(const RecordVersion &v) const
{
    if (!v.present)
        return tr("tidak ada");
    return v.modified.isValid() ? longDateTime(v.modified)
                                : tr("tidak diketahui");
}

void MergeDialog::fillFields(const RecordVersion &mine, const RecordVersion &theirs, const QList<FieldDiff> &fields,
                             const QString &pd)
{
    mFields->clearContents();
    mFields->setHorizontalHeaderLabels({tr("Kolom"), tr("Versi saya"), tr("Versi PD (%1)").arg(pd)});
    mFields->setRowCount(int(2 + fields.size()));
    auto put = [this](int row, int col, const QString &text, bool meta) {
        auto *cell = new QTableWidgetItem(text);
        cell->setToolTip(text);
        if (meta) {
            cell->setBackground(MetaBackground);
            if (col == 0) {
                QFont f = cell->font();
                f.setItalic(true);
                cell->setFont(f);
            }
        } else if (col == 0) {
            QFont f = cell->font();
            f.setBold(true);
            cell->setFont(f);
        }
        mFields->setItem(row, col, cell);
    };
    put(0, 0, tr("Diubah oleh"), true);
    put(0, 1, mine.present ? (mine.modifiedBy.isEmpty() ? tr("tidak diketahui") : mine.modifiedBy) : tr("—"), true);
    put(0, 2, theirs.present ? (theirs.modifiedBy.isEmpty() ? tr("tidak diketahui") : theirs.modifiedBy) : tr("—"),
        true);
    put(1, 0, mine.deleted || theirs.deleted ? tr("Waktu perubahan / penghapusan") : tr("Waktu perubahan"), true);
    put(1, 1, versionText(mine), true);
    put(1, 2, versionText(theirs), true);
    for (int i = 0; i < fields.size(); ++i) {
        put(2 + i, 0, fields[i].label, false);
        put(2 + i, 1, fields[i].mine.isEmpty() ? tr("(kosong)") : fields[i].mine, false);
        put(2 + i, 2, fields[i].theirs.isEmpty() ? tr("(kosong)") : fields[i].theirs, false);
    }
    mFields->resizeRowsToContents();
    mFields->show();
}

void MergeDialog::showConflict(int source, const MergeConflict &conflict)
{
    const MergePlan &plan = mSession->outcome().plans[source];
    mDetailTitle->setText(QStringLiteral("%1: %2").arg(recordTypeName(conflict.type), conflict.title));
    mDetailKind->setText(tr("Konflik (%1). Salinan dari %2, dikirim %3. Pilih versi yang dipakai.")
                             .arg(conflictKindName(conflict.kind), plan.sourcePd,
                                  longDate(plan.base.toLocalTime().date())));
    fillFields(conflict.mine, conflict.theirs, conflict.fields, plan.sourcePd);

    const Resolution r = mSession->resolution(source, conflict);
    const int chosenColumn = r == Resolution::Mine ? 1 : r == Resolution::Theirs ? 2 : -1;
    if (chosenColumn > 0) {
        for (int row = 0; row < mFields->rowCount(); ++row) {
            if (QTableWidgetItem *cell = mFields->item(row, chosenColumn))
                cell->setBackground(ChosenBackground);
        }
    }
    mChoice->setExclusive(false);
    mChooseMine->setChecked(r == Resolution::Mine);
    mChooseTheirs->setChecked(r == Resolution::Theirs);
    mChoice->setExclusive(true);
    mChoiceBox->show();
}

void MergeDialog::showChange(int source, const MergeChange &change)
{
    const MergePlan &plan = mSession->outcome().plans[source];
    mDetailTitle->setText(QStringLiteral("%1: %2").arg(recordTypeName(change.type), change.title));
    QString what;
    switch (change.kind) {
    case ChangeKind::Added: what = tr("Rekaman baru dari %1; ditambahkan tanpa pertanyaan."); break;
    case ChangeKind::Changed:
        what = tr("Diubah hanya di salinan %1 (di proyek ini tidak berubah); perubahan diambil tanpa pertanyaan.");
        break;
    case ChangeKind::Deleted:
        what = tr("Dihapus di salinan %1 (di proyek ini tidak berubah); rekaman ditandai terhapus.");
        break;
    }
    mDetailKind->setText(what.arg(plan.sourcePd));
    fillFields(change.mine, change.theirs, change.fields, plan.sourcePd);
    mChoiceBox->hide();
}

void MergeDialog::updateStatus()
{
    const int conflicts = mSession->conflictCount();
    const int open = mSession->unresolvedCount();
    const MergeOutcome &o = mSession->outcome();
    QString text;
    QColor color = Decided;
    if (o.plans.isEmpty()) {
        text = tr("Tidak ada salinan yang dapat digabungkan.");
        color = Undecided;
    } else if (open > 0) {
        text = tr("%n konflik belum diputuskan.", nullptr, open);
        color = Undecided;
    } else if (!o.changed) {
        text = tr("Salinan tidak membawa perubahan baru (mungkin sudah digabungkan sebelumnya).");
        color = QColor(QStringLiteral("#605e5c"));
    } else if (conflicts > 0) {
        text = tr("Semua %n konflik sudah diputuskan.", nullptr, conflicts);
    } else {
        text = tr("Tidak ada konflik.");
    }
    mStatus->setText(text);
    mStatus->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(color.name()));
    mAllTheirs->setEnabled(conflicts > 0);
    mAllMine->setEnabled(conflicts > 0);
    mMerge->setEnabled(mSession->canApply());
}

void MergeDialog::addMoreFiles()
{
    const QString dir =
        mSession->sources().isEmpty() ? QString() : QFileInfo(mSession->sources().constLast().file).absolutePath();
    const QStringList files =
        QFileDialog::getOpenFileNames(this, tr("Pilih salinan yang dikembalikan"), dir, tr("Proyek PetaKSD (*.ksd)"));
    if (!files.isEmpty())
        mSession->addFiles(files);
}

void MergeDialog::merge()
{
    if (!mSession->canApply())
        return;
    if (Status s = mSession->applyTo(mDocument); !s) {
        showError(this, tr("Salinan tidak dapat digabungkan"), s.error());
        return;
    }
    accept();
}

} // namespace ksd
