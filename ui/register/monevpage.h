// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "util/result.h"
#include "workbench/workbenchpage.h"

#include <QDate>
#include <QPointer>

class QBoxLayout;
class QChart;
class QChartView;
class QGroupBox;
class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace ksd {

class DateEdit;
class MonevDashboard;
class ProjectDocument;
class Workbench;

/// The Monev tab: the counts planners report, at the press of no button at all. Documents by type × partner
/// category (Kota Banjar 2021), proposals screened with the category split (Kabupaten Banjar 2024), the stage
/// funnel, agreements ending within three and six months (click selects the agreement, double-click opens it),
/// monev summary, with Qt Charts beside the tables, and "Ekspor angka…" to CSV for Excel. Follows the document;
/// the numbers are computed in the background after a change.
class MonevPage : public WorkbenchPage
{
    Q_OBJECT

public:
    explicit MonevPage(Workbench *workbench, QWidget *parent = nullptr);

    MonevDashboard *dashboard() const { return mDashboard; }
    /// The day the expiry windows count from (today unless set; tests fix it).
    QDate today() const;
    void setToday(const QDate &today);
    /// Computes the numbers now, on this thread.
    void refreshNow();
    /// Writes every number to @p path (Excel CSV).
    Status exportNumbers(const QString &path) const;

    QTableView *documentsTable() const { return mDocumentsView; }
    QTableView *proposalsTable() const { return mProposalsView; }
    QTableView *funnelTable() const { return mFunnelView; }
    QTableView *expiryTable() const { return mExpiryView; }
    QChart *documentsChart() const { return mDocumentsChart; }
    QChart *proposalsChart() const { return mProposalsChart; }
    QChart *funnelChart() const { return mFunnelChart; }

signals:
    /// Double-click on an agreement of the expiry list.
    void agreementActivated(const QUuid &id);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void setDocument(ProjectDocument *document);
    void schedule();
    void computeInBackground();
    void updateView();
    void updateCharts();
    void retranslate();
    void exportClicked();
    static void fitTable(QTableView *view);
    /// Puts each chart beside its table when the page is wide enough for both, below it otherwise, so that the
    /// page never scrolls sideways.
    void arrangeSections();

    Workbench *mWorkbench;
    QPointer<ProjectDocument> mDocument;
    MonevDashboard *mDashboard;
    QDate mToday;
    bool mDirty = true;
    quint64 mComputedRevision = 0;
    int mTask = 0;
    QTimer *mDelay;

    QLabel *mHeading;
    QList<QBoxLayout *> mSections; ///< table | chart rows, and the expiry | monev row
    QLabel *mBanner;
    QLabel *mAsOfLabel;
    DateEdit *mAsOf;
    QPushButton *mExport;
    QGroupBox *mDocumentsBox;
    QGroupBox *mProposalsBox;
    QGroupBox *mFunnelBox;
    QGroupBox *mExpiryBox;
    QGroupBox *mMonevBox;
    QTableView *mDocumentsView;
    QTableView *mProposalsView;
    QTableView *mFunnelView;
    QTableView *mExpiryView;
    QTableView *mMonevView;
    QLabel *mExpiryEmpty;
    QChartView *mDocumentsChartView;
    QChartView *mProposalsChartView;
    QChartView *mFunnelChartView;
    QChart *mDocumentsChart;
    QChart *mProposalsChart;
    QChart *mFunnelChart;
};

} // namespace ksd
