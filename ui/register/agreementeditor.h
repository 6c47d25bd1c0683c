// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/registercommands.h"
#include "register/procedure.h"
#include "register/validation.h"

#include <QDialog>
#include <QTemporaryDir>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace ksd {

class DateEdit;
class NumberEdit;
class OptionalDateEdit;
class UrusanPicker;

/// The agreement (kerja sama) form: parties with their document numbers and signatories, urusan, title, object,
/// scope, document type, dates, the stage with the dates each stage was reached (advanced through core/register's
/// stage rules), status, implementing PD, funding and value, the documents kept inside the .ksd and the monev
/// records. The checks of core/register (end before start, stages out of order, duplicate numbers…) are shown
/// live below the tabs; Save refuses while an error remains, so an invalid agreement is never saved silently.
/// Everything is edited on copies: changes() is applied by the caller as one undo step (SaveAgreement).
class AgreementEditor : public QDialog
{
    Q_OBJECT

public:
    enum Tab { GeneralTab = 0, PartiesTab, DatesTab, DocumentsTab, MonevTab };

    /// @p project must outlive the dialog. For Mode::Edit, @p agreement is the stored record; its live
    /// attachments and monev records are taken from @p project.
    AgreementEditor(AgreementChanges::Mode mode, const Agreement &agreement, const Project &project,
                    QWidget *parent = nullptr);
    ~AgreementEditor() override;

    /// The agreement as edited.
    Agreement agreement() const;
    /// What to save.
    AgreementChanges changes() const;
    /// validateAgreement() of the current input plus the attachments added here; errors first.
    QList<ValidationProblem> problems() const;

    /// Moves the draft to @p to on @p date through the stage rules; a refusal is shown and returned.
    Status advanceStage(Stage to, const QDate &date);
    /// Sets the current stage directly (legacy records entered after the fact): the stage list becomes {to, date}.
    void setStageDirectly(Stage to, const QDate &date);
    /// Drops the last stage reached (a stage recorded by mistake).
    void undoLastStage();
    /// Attaches a file; refused past MaxAttachmentBytes with a message naming the size and the limit, which is
    /// also shown in the Dokumen tab. The copy and hash run on a worker thread with a progress dialog and cancel.
    Status addAttachmentFile(const QString &path, const QString &kind);
    /// Adds (null id) or replaces a monev record of the draft.
    void putMonevRecord(const MonevRecord &record);
    void removeMonevRecord(const QUuid &id);

    /// The live attachments / monev records as they will be after saving.
    QList<AttachedDocument> documents() const { return mDocuments; }
    QList<MonevRecord> monevRecords() const { return mMonev; }
    /// The message last shown in the Dokumen tab / by the stage controls (empty when none).
    QString attachmentMessage() const;
    QString stageMessage() const;

    void accept() override;
    /// Shows the current problems now (they otherwise follow the input after a short pause).
    void refreshProblems();

    // For tests and the screenshot: the widgets that take input.
    QLineEdit *titleEdit() const { return mTitle; }
    OptionalDateEdit *startDateEdit() const { return mStart; }
    OptionalDateEdit *endDateEdit() const { return mEnd; }
    QTableWidget *partiesTable() const { return mParties; }
    QTabWidget *tabs() const { return mTabs; }
    QListWidget *problemList() const { return mProblemList; }
    /// Adds a party row.
    void addParty(const Party &party);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildGeneralTab();
    void buildPartiesTab();
    void buildDatesTab();
    void buildDocumentsTab();
    void fillDocumentItem(QTreeWidgetItem *item, const AttachedDocument &d) const;
    Result<AttachedDocument> readAttachmentInBackground(const QString &path, const QString &kind);
    void showDocumentFacts();
    void buildMonevTab();
    void load(const Agreement &a);
    void fillChoices();
    void retranslate();
    void rebuildStages();
    void rebuildDocuments();
    void rebuildMonev();
    /// A label on @p parent whose text retranslate() sets from @p text (marked with QT_TR_NOOP).
    QLabel *translatedLabel(QWidget *parent, const char *text, QWidget *buddy = nullptr);
    void setPartyRow(int row, const Party &party);
    Party partyAt(int row) const;
    void updatePartyRow(int row);
    void later();
    void editMonev(const QUuid &id);
    void openDocument(bool saveOnly);
    QUuid currentDocumentId() const;
    QUuid currentMonevId() const;
    Project projectWithDraft() const;
    /// The facts the procedure's steps depend on (DPRD, the KB recorded), for the draft as it stands.
    ProcedureContext procedureContextNow() const;
    void fillKbChoices();

    AgreementChanges::Mode mMode;
    const Project &mProject;
    Agreement mOriginal;
    QList<StageDate> mStages;
    Stage mStage = Stage::Persiapan;
    QList<AttachedDocument> mDocuments;       ///< live ones, as they will be
    QList<QUuid> mRemovedDocuments;           ///< stored ones removed here
    QList<MonevRecord> mMonev;                ///< live ones, as they will be
    QList<QUuid> mRemovedMonev;
    std::unique_ptr<QTemporaryDir> mOpenDir;  ///< files opened for viewing
    QTimer *mDelay;
    bool mLoading = false;

    QTabWidget *mTabs;
    // Umum
    QLineEdit *mTitle;
    QComboBox *mDocType;
    QComboBox *mCategory;
    UrusanPicker *mUrusan;
    QPlainTextEdit *mObject;
    QPlainTextEdit *mScope;
    QComboBox *mStatus;
    QLineEdit *mImplementingPd;
    QLineEdit *mFunding;
    NumberEdit *mValue;
    QComboBox *mKb;            ///< a PKS: the KB it implements
    QLineEdit *mTermException; ///< basis for a term over five years or without an end date
    QLabel *mOrigin;
    // Para pihak
    QTableWidget *mParties;
    QPushButton *mAddRegionParty;
    QPushButton *mAddOtherParty;
    QPushButton *mRemoveParty;
    // Tanggal & tahap
    OptionalDateEdit *mSigned;
    OptionalDateEdit *mStart;
    OptionalDateEdit *mEnd;
    QLabel *mCurrentStage;
    QTableWidget *mStageTable;
    QComboBox *mNextStage;
    DateEdit *mStageDate;
    QPushButton *mAdvance;
    QPushButton *mSetDirectly;
    QPushButton *mUndoStage;
    QLabel *mStageMessage;
    QLabel *mStagePath;
    // Dokumen
    QTreeWidget *mDocumentList;
    QComboBox *mDocumentKind;
    QComboBox *mNewDocumentVersion;  ///< the version a file added now gets
    QComboBox *mDocumentVersion;     ///< the selected document's version
    QLineEdit *mDocumentHolder;      ///< who holds the signed original
    QLineEdit *mDocumentLocation;    ///< where: lemari / nomor arsip
    QLabel *mDocumentVersionLabel;
    QLabel *mDocumentHolderLabel;
    QLabel *mDocumentLocationLabel;
    QPushButton *mAddDocument;
    QPushButton *mOpenDocument;
    QPushButton *mSaveDocument;
    QPushButton *mRemoveDocument;
    QLabel *mAttachmentMessage;
    // Monev
    QTreeWidget *mMonevList;
    QPushButton *mAddMonev;
    QPushButton *mEditMonev;
    QPushButton *mRemoveMonev;
    QLabel *mMonevSummary;
    // bottom
    QListWidget *mProblemList;
    QLabel *mProblemHeader;
    QDialogButtonBox *mButtons;
    QList<QPair<QLabel *, const char *>> mLabels;
};

/// The kinds of document a planner attaches (DESIGN.md §2.3): key and translated name.
QList<QPair<QString, QString>> attachmentKinds();
QString attachmentKindName(const QString &key);

} // namespace ksd
