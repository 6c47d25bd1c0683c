// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/project.h"

#include <QDialog>

#include <array>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;

namespace ksd {

class DateEdit;

/// One monev record (berita acara monev): date, evaluator role, the eight criteria scored 0 (not assessed) to 5,
/// kendala, recommendation and a rating 1–5. Checked with validateMonev() before it closes.
class MonevRecordEditor : public QDialog
{
    Q_OBJECT

public:
    /// @p project is where the agreement of the record is looked up for the checks (for an agreement still being
    /// entered, a copy of the project holding the draft).
    MonevRecordEditor(const MonevRecord &record, const Project &project, QWidget *parent = nullptr);
    MonevRecord record() const;
    /// Errors of validateMonev() for the current input (they keep the dialog open).
    QStringList problems() const;
    /// Its warnings (shown, but saving is allowed).
    QStringList warnings() const;
    void accept() override;

    /// Roles offered in the evaluator box (TKKSD, Bagian Pemerintahan, …).
    static QStringList evaluatorRoles();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateWarnings();
    QStringList messages(bool errors) const;

    const Project &mProject;
    MonevRecord mOriginal;
    DateEdit *mDate;
    QComboBox *mRole;
    std::array<QSpinBox *, MonevCriterionCount> mScores{};
    std::array<QLabel *, MonevCriterionCount> mScoreLabels{};
    QPlainTextEdit *mKendala;
    QComboBox *mRecommendation;
    QSpinBox *mRating;
    QLabel *mProblems;
    QLabel *mWarnings;
    QDialogButtonBox *mButtons;
    QList<QPair<QLabel *, const char *>> mLabels;
};

} // namespace ksd
