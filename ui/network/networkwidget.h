// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/recordfields.h"
#include "maprenderer.h"
#include "networkscene.h"
#include "workbench/workbenchpage.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QStringListModel;
class QPushButton;
class QAction;

namespace ksd {

class ProjectDocument;
class NetworkView;
class RecordSelection;

/**
 * The "Peta" tab: a two-row toolbar (layout, find, zoom, fit, a "Tampilan" menu with node size and colour, legend
 * and overview, export; then filters by urusan, link kind, stage and province) over the NetworkView. Draws the suggestions handed in with setSuggestions() (in the
 * window: the workbench's SuggestionService, the same run the Saran tab lists) and keeps the map in step with the
 * document. Selection is shared with the tables and the inspector through regionsSelected()/recordsSelected() and
 * selectRegions()/selectRecords().
 */
class NetworkWidget : public WorkbenchPage
{
    Q_OBJECT

public:
    explicit NetworkWidget(QWidget *parent = nullptr);
    ~NetworkWidget() override;

    void setDocument(ProjectDocument *document);
    ProjectDocument *document() const { return mDocument; }
    /// Shares the selection with the tables and the inspector: the map follows @p selection (regions, and the
    /// current entry, proposal or agreement) and sets it when the user selects on the map.
    void setRecordSelection(RecordSelection *selection);
    NetworkScene *scene() const { return mScene; }
    NetworkView *view() const { return mView; }

    /// The suggestions to draw, computed for the document at @p revision (the workbench's SuggestionService
    /// hands them in; the map never runs the engine itself). A stale revision is ignored.
    void setSuggestions(const SuggestionSet &suggestions, quint64 revision);
    /// Says on the tool bar that new suggestions are being computed.
    void setComputing(bool computing);

    /// Switches layout, keeping the selection and the zoom focus (the selected node, or the one nearest the
    /// centre, stays where it was on screen at the same relative zoom).
    void setLayoutKind(LayoutKind kind);
    void setFilter(const NetworkFilter &filter);
    const MapSettings &settings() const;
    /// Finds a region by code, name or part of a name among the drawn nodes and zooms to it.
    bool findRegion(const QString &text);
    Status exportMap(const QString &path, const MapExportOptions &options = {});
    /// Whether double-click / Enter opens the built-in details dialog (the window may show its inspector instead).
    void setOpensDetails(bool opens) { mOpensDetails = opens; }
    /// Asks for a file name and exports: 0 PNG for the screen (1920 px), 1 PNG for print (A4, 300 dpi), 2 SVG,
    /// 3 PDF.
    void exportWithDialog(int preset);
    /// Edit → Cari: the find box.
    void focusFilter() override;

public slots:
    /// Selection from the tables or the inspector: regions by code.
    void selectRegions(const QStringList &codes);
    /// Selection from the tables: entries select their regions, proposals and agreements their links.
    void selectRecords(RecordType type, const QList<QUuid> &ids);

signals:
    void regionsSelected(const QStringList &codes);
    void recordsSelected(RecordType type, const QList<QUuid> &ids);
    /// Suggestion keys ("A|B|urusan") of a clicked suggestion link.
    void suggestionsSelected(const QStringList &keys);
    void regionActivated(const QString &code);
    void suggestionsUpdated();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildToolbar(QWidget *bar);
    /// Calls @p set now and again on every language change (the tool bar's texts).
    void texts(const std::function<void()> &set);
    void syncControls();
    void applyFilterFromControls();
    void showDetails(const QString &regionCode, const QString &linkKey);
    void onLinksSelected(const QStringList &keys);

    QPointer<ProjectDocument> mDocument;
    QPointer<RecordSelection> mSelection;
    NetworkScene *mScene = nullptr;
    NetworkView *mView = nullptr;
    bool mOpensDetails = true;
    bool mSyncing = false;
    quint64 mShownRevision = 0;  ///< document revision of the suggestions on the map
    bool mHasSuggestions = false;

    QComboBox *mLayoutBox = nullptr;
    QComboBox *mUrusanBox = nullptr;
    QComboBox *mStageBox = nullptr;
    QComboBox *mProvinceBox = nullptr;
    QList<QAction *> mSizeActions;   ///< Tampilan menu: node size by entries / by score
    QList<QAction *> mColorActions;  ///< Tampilan menu: node colour by region type / by balance
    QPushButton *mKindButton = nullptr;
    QList<QAction *> mKindActions;
    QAction *mClusterAction = nullptr;
    QLineEdit *mFind = nullptr;
    QStringListModel *mFindModel = nullptr;
    QLabel *mStatus = nullptr;
    QList<std::function<void()>> mTexts;
};

} // namespace ksd
