// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/project.h"
#include "register/screening.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTimer;

namespace ksd {

class NumberEdit;
class RegionListEdit;
class UrusanPicker;

/// The usulan kerja sama form: urusan, kind of activity, partner type and candidate partners, intended form,
/// estimated cost, APBD and public burden, with the screening against the KSD criteria (core/register) shown live
/// beside it: eligible or not with the reason and its basis, the category (KSDD wajib/sukarela from the rule
/// set), the DPRD-approval flag. The dialog edits a copy; the caller saves it as one undo step.
class ProposalEditor : public QDialog
{
    Q_OBJECT

public:
    /// Edits @p proposal (a null id makes it a new one) against @p project (evidence and service overrides for
    /// the screening). The project must outlive the dialog.
    ProposalEditor(const Proposal &proposal, const Project &project, QWidget *parent = nullptr);

    /// The proposal as edited.
    Proposal proposal() const;
    /// The screening of proposal() as last shown.
    const ScreeningResult &screening() const { return mScreening; }
    /// Problems that keep the dialog open (no title, unreadable cost…); empty when it may be saved.
    QStringList problems() const;

    void accept() override;
    /// Screens the current input now (it otherwise follows the input after a short pause).
    void refreshScreening();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillChoices();
    void updatePartnerFields();

    const Project &mProject;
    Proposal mOriginal;
    ScreeningResult mScreening;
    QTimer *mDelay;

    QLineEdit *mTitle;
    UrusanPicker *mUrusan;
    QComboBox *mSourcePd;
    QSpinBox *mYear;
    QComboBox *mActivity;
    QComboBox *mPartnerType;
    RegionListEdit *mPartnerRegions;
    QPlainTextEdit *mPartnerNames;
    QComboBox *mForm;
    NumberEdit *mCost;
    QCheckBox *mInApbd;
    QCheckBox *mBurdens;
    QPlainTextEdit *mDescription;
    QLabel *mSuggestion;
    QLabel *mSuggestionNoteLabel;
    QPlainTextEdit *mSuggestionNote; ///< Proposal::suggestionNote, read-only

    QLabel *mVerdict;
    QLabel *mCategory;
    QLabel *mReason;
    QLabel *mDprd;
    QLabel *mPartners;
    QLabel *mNotes;
    QLabel *mProblems;
    QDialogButtonBox *mButtons;

    // labels retranslated
    QList<QPair<QLabel *, const char *>> mLabels;
};

} // namespace ksd
