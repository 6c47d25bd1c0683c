// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "merge/merge.h"

#include <QDialog>

class QButtonGroup;
class QLabel;
class QPushButton;
class QRadioButton;
class QTableWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace ksd {

class MergeSession;
class ProjectDocument;

/// The preview of Berkas → Gabungkan salinan…: per perangkat daerah what its copy adds, changes and deletes, the
/// files that were refused, and for the selected conflict the fields side by side (field | versi saya | versi PD)
/// with who changed each side and when. The planner decides per conflict or in bulk; "Gabungkan" is enabled
/// only when every conflict is decided and merges everything as one undo step.
class MergeDialog : public QDialog
{
    Q_OBJECT

public:
    MergeDialog(ProjectDocument *document, MergeSession *session, QWidget *parent = nullptr);

    MergeSession *session() const { return mSession; }
    /// Selects a record in the change tree (and shows it); false when the preview does not list it.
    bool selectRecord(int source, const QString &key);
    /// Selects the first conflict still undecided (or the first conflict); false when there is none.
    bool selectFirstConflict();
    /// Decides the selected conflict (what the two radio buttons do).
    void chooseForSelected(Resolution choice);

private:
    void rebuild();
    void rebuildSummary();
    void rebuildTree();
    void showSelected();
    void showConflict(int source, const MergeConflict &conflict);
    void showChange(int source, const MergeChange &change);
    void showNothing(const QString &text);
    void fillFields(const RecordVersion &mine, const RecordVersion &theirs, const QList<FieldDiff> &fields,
                    const QString &pd);
    void updateStatus();
    void addMoreFiles();
    void merge();
    QString versionText(const RecordVersion &v) const;

    ProjectDocument *mDocument;
    MergeSession *mSession;
    QLabel *mNotes = nullptr;
    QTreeWidget *mSummary = nullptr;
    QTreeWidget *mTree = nullptr;
    QLabel *mDetailTitle = nullptr;
    QLabel *mDetailKind = nullptr;
    QTableWidget *mFields = nullptr;
    QWidget *mChoiceBox = nullptr;
    QButtonGroup *mChoice = nullptr;
    QRadioButton *mChooseMine = nullptr;
    QRadioButton *mChooseTheirs = nullptr;
    QLabel *mStatus = nullptr;
    QPushButton *mAllTheirs = nullptr;
    QPushButton *mAllMine = nullptr;
    QPushButton *mMerge = nullptr;
    bool mRebuilding = false;
};

} // namespace ksd
