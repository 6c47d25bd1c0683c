// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "workbench/workbenchpage.h"

#include <QPointer>

class QCheckBox;
class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QTimer;
class QToolBar;

namespace ksd {

class ExplanationCard;
class ProjectDocument;
class SuggestionsModel;
class UrusanPicker;
class Workbench;

/// The Saran tab: lists the pair suggestions of the workbench's SuggestionService (one run per revision, shared
/// with the map) with filters, explains the selected one, and turns it into a proposal ("Jadikan usulan").
/// Results remember the revision they were computed from; once the project changes they are flagged
/// "Saran perlu diperbarui" until the service's next run, shortly after the user stops editing.
class SuggestionsPage : public WorkbenchPage
{
    Q_OBJECT

public:
    explicit SuggestionsPage(Workbench *workbench, QWidget *parent = nullptr);

    SuggestionsModel *model() const { return mModel; }
    QTableView *view() const { return mView; }
    /// Asks the service for a run now (cancelling one in progress). Returns the task id.
    int runSuggestions();
    bool isRunning() const;
    /// Makes a proposal of the selected suggestion (AddProposal with its suggestionKey).
    void proposeCurrent();
    /// The action "Hitung saran" (F5), for the Proyek menu.
    QAction *runAction() const { return mRun; }

    void focusFilter() override;

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void setDocument(ProjectDocument *document);
    /// Takes the service's latest result, keeping the selected suggestion selected.
    void showResults();
    void fitColumns();
    void applyFilters();
    void updateState();
    void updateCard();
    void retranslate();

    Workbench *mWorkbench;
    QPointer<ProjectDocument> mDocument;
    SuggestionsModel *mModel;
    class SuggestionFilterModel *mFilter;
    QToolBar *mBar;
    QAction *mRun;
    QAction *mPropose;
    QComboBox *mClass;
    UrusanPicker *mUrusan;
    QCheckBox *mOwnOnly;
    QLineEdit *mSearch;
    QLabel *mCount;
    QFrame *mBanner;
    QLabel *mBannerText;
    QPushButton *mBannerButton;
    QTableView *mView;
    ExplanationCard *mCard;
    QSplitter *mSplitter;
};

} // namespace ksd
