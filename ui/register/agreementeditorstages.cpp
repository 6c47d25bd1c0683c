// SPDX-License-Identifier: Apache-2.0
// The Tanggal dan tahap tab of the agreement form: the dates and the stages along the legal path.
#include "agreementeditor.h"
#include "agreementeditor_p.h"

#include "util/format.h"
#include "register/registerwidgets.h"
#include "register/screening.h"
#include "register/stages.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ksd {

using namespace detail;

void AgreementEditor::buildDatesTab()
{
    auto *page = new QWidget(mTabs);
    mSigned = new OptionalDateEdit(page);
    mSigned->setObjectName(QStringLiteral("signedOn"));
    mStart = new OptionalDateEdit(page);
    mStart->setObjectName(QStringLiteral("startDate"));
    mEnd = new OptionalDateEdit(page);
    mEnd->setObjectName(QStringLiteral("endDate"));
    auto label = [this, page](const char *text, QWidget *buddy) { return translatedLabel(page, text, buddy); };
    auto *dates = new QHBoxLayout;
    dates->addWidget(label(QT_TR_NOOP("Tanggal &tanda tangan:"), mSigned->edit()));
    dates->addWidget(mSigned);
    dates->addSpacing(12);
    dates->addWidget(label(QT_TR_NOOP("&Mulai berlaku:"), mStart->edit()));
    dates->addWidget(mStart);
    dates->addSpacing(12);
    dates->addWidget(label(QT_TR_NOOP("&Berakhir:"), mEnd->edit()));
    dates->addWidget(mEnd);
    dates->addStretch(1);
    for (OptionalDateEdit *d : {mSigned, mStart, mEnd})
        connect(d, &OptionalDateEdit::valueChanged, this, &AgreementEditor::later);

    auto *stageBox = new QGroupBox(page);
    stageBox->setObjectName(QStringLiteral("stageBox"));
    mCurrentStage = new QLabel(stageBox);
    mCurrentStage->setObjectName(QStringLiteral("currentStage"));
    QFont bold = mCurrentStage->font();
    bold.setBold(true);
    mCurrentStage->setFont(bold);
    mStageTable = new QTableWidget(0, 3, stageBox);
    mStageTable->setObjectName(QStringLiteral("stageTable"));
    mStageTable->verticalHeader()->setVisible(false);
    mStageTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    mStageTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Fixed);
    mStageTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    mStageTable->setSelectionMode(QAbstractItemView::NoSelection);
    mStageTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mNextStage = new QComboBox(stageBox);
    mNextStage->setObjectName(QStringLiteral("nextStage"));
    mNextStage->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    mStageDate = new DateEdit(stageBox);
    mStageDate->setObjectName(QStringLiteral("stageDate"));
    mStageDate->setValue(QDate::currentDate());
    mAdvance = new QPushButton(stageBox);
    mAdvance->setObjectName(QStringLiteral("advanceStage"));
    mSetDirectly = new QPushButton(stageBox);
    mSetDirectly->setObjectName(QStringLiteral("setStageDirectly"));
    mUndoStage = new QPushButton(stageBox);
    mUndoStage->setObjectName(QStringLiteral("undoLastStage"));
    mStageMessage = messageLabel(stageBox, QStringLiteral("stageMessage"));
    mStagePath = new QLabel(stageBox);
    mStagePath->setWordWrap(true);
    mStagePath->setStyleSheet(QStringLiteral("QLabel { color: palette(mid); }"));

    auto *controls = new QHBoxLayout;
    controls->addWidget(label(QT_TR_NOOP("Ta&hap berikutnya:"), mNextStage));
    controls->addWidget(mNextStage, 1);
    controls->addWidget(label(QT_TR_NOOP("tanggal"), mStageDate));
    controls->addWidget(mStageDate);
    controls->addWidget(mAdvance);
    auto *more = new QHBoxLayout;
    more->addStretch(1);
    more->addWidget(mSetDirectly);
    more->addWidget(mUndoStage);
    auto *stageLayout = new QVBoxLayout(stageBox);
    stageLayout->addWidget(mCurrentStage);
    stageLayout->addWidget(mStageTable, 1);
    stageLayout->addLayout(controls);
    stageLayout->addWidget(mStageMessage);
    stageLayout->addLayout(more);
    stageLayout->addWidget(mStagePath);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(dates);
    layout->addWidget(stageBox, 1);
    mTabs->addTab(page, QString());

    connect(mAdvance, &QPushButton::clicked, this, [this] {
        if (mNextStage->currentIndex() >= 0)
            static_cast<void>(advanceStage(Stage(mNextStage->currentData().toInt()), mStageDate->value()));
    });
    connect(mSetDirectly, &QPushButton::clicked, this, [this] {
        if (mNextStage->currentIndex() >= 0)
            setStageDirectly(Stage(mNextStage->currentData().toInt()), mStageDate->value());
    });
    connect(mUndoStage, &QPushButton::clicked, this, &AgreementEditor::undoLastStage);
}

Status AgreementEditor::advanceStage(Stage to, const QDate &date)
{
    Agreement a = agreement();
    Status st = ksd::advanceStage(a, to, date, procedureContextNow());
    if (!st) {
        showMessage(mStageMessage, st.error().message, true);
        return st;
    }
    mStages = a.stages;
    mStage = a.stage;
    showMessage(mStageMessage, tr("Tahap \"%1\" dicatat pada %2.").arg(stageName(to), longDate(date)), false);
    rebuildStages();
    later();
    return st;
}

void AgreementEditor::setStageDirectly(Stage to, const QDate &date)
{
    mStages = {StageDate{to, date}};
    mStage = to;
    showMessage(mStageMessage, tr("Tahap ditetapkan langsung ke \"%1\" (data lama).").arg(stageName(to)), false);
    rebuildStages();
    later();
}

void AgreementEditor::undoLastStage()
{
    if (mStages.isEmpty())
        return;
    mStages.removeLast();
    mStage = mStages.isEmpty() ? Stage::Persiapan : mStages.constLast().stage;
    showMessage(mStageMessage, {}, false);
    rebuildStages();
    later();
}

QString AgreementEditor::stageMessage() const
{
    return shownMessage(mStageMessage);
}

void AgreementEditor::rebuildStages()
{
    if (mLoading)
        return;
    const Agreement a = agreement();
    const Procedure &procedure = procedureFor(a);
    const int at = procedure.position(mStage);
    mCurrentStage->setText(at >= 0 ? tr("Tahap saat ini: %1").arg(stageName(mStage))
                                   : tr("Tahap saat ini: %1 (di luar prosedur %2)")
                                         .arg(stageName(mStage), procedure.name));
    // The document's own procedure, with the date each step was reached (editable) and what happened to the others.
    const int rows = int(procedure.steps.size());
    mStageTable->setRowCount(rows);
    const int dateWidth = DateEdit().sizeHint().width() + 8;
    mStageTable->setColumnWidth(1, dateWidth);
    for (int row = 0; row < rows; ++row) {
        const ProcedureStep &step = procedure.steps[row];
        int recorded = -1;
        for (int i = 0; i < mStages.size() && recorded < 0; ++i) {
            if (mStages[i].stage == step.stage)
                recorded = i;
        }
        auto *name = new QTableWidgetItem(QStringLiteral("%1. %2").arg(row + 1).arg(stageName(step.stage)));
        name->setToolTip(step.basis);
        QString note;
        if (row == at)
            note = tr("tahap saat ini");
        else if (recorded >= 0)
            note = tr("sudah dicapai");
        else if (row < at)
            note = tr("dilewati");
        else if (isStepSkippable(step, procedureContextNow()))
            note = step.need == StepNeed::WhenDprdRequired ? tr("bila diperlukan") : tr("boleh dilewati");
        auto *remark = new QTableWidgetItem(note);
        if (row == at) {
            QFont f = name->font();
            f.setBold(true);
            name->setFont(f);
            remark->setFont(f);
        } else if (recorded < 0) {
            name->setForeground(QColor(Qt::gray));
            remark->setForeground(QColor(Qt::gray));
        }
        mStageTable->setItem(row, 0, name);
        mStageTable->setItem(row, 2, remark);
        if (recorded >= 0) {
            auto *date = new DateEdit(mStageTable);
            date->setFrame(false);
            date->setValue(mStages[recorded].date);
            connect(date, &DateEdit::valueChanged, this, [this, recorded, date] {
                if (recorded < mStages.size()) {
                    mStages[recorded].date = date->value();
                    later();
                }
            });
            mStageTable->setCellWidget(row, 1, date);
        } else {
            mStageTable->removeCellWidget(row, 1);
            mStageTable->setItem(row, 1, new QTableWidgetItem(QStringLiteral("—")));
            mStageTable->item(row, 1)->setForeground(QColor(Qt::gray));
            mStageTable->item(row, 1)->setTextAlignment(Qt::AlignCenter);
        }
    }

    const QList<Stage> allowed = allowedNextStages(a, procedureContextNow());
    mNextStage->clear();
    int firstAllowed = -1;
    for (int row = at + 1; row < rows; ++row) {
        const Stage s = procedure.steps[row].stage;
        const bool ok = allowed.contains(s);
        mNextStage->addItem(ok ? stageName(s) : tr("%1 (tidak dapat langsung)").arg(stageName(s)), int(s));
        if (!ok)
            mNextStage->setItemData(mNextStage->count() - 1, QColor(Qt::gray), Qt::ForegroundRole);
        if (ok && firstAllowed < 0)
            firstAllowed = mNextStage->count() - 1;
    }
    mNextStage->setCurrentIndex(firstAllowed >= 0 ? firstAllowed : 0);
    const bool ended = a.status == AgreementStatus::Berakhir || a.status == AgreementStatus::Dihentikan;
    mAdvance->setEnabled(mNextStage->count() > 0);
    mAdvance->setToolTip(ended ? tr("Kerja sama yang berakhir atau dihentikan tidak berpindah tahap") : QString());
    mSetDirectly->setEnabled(mStages.size() <= 1 && mNextStage->count() > 0);
    mUndoStage->setEnabled(!mStages.isEmpty());
    mStagePath->setText(stagePathDescription(a));
}

} // namespace ksd
