// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "io/csvimport.h"
#include "model/project.h"
#include "workbench/actionhandler.h"

#include <QDate>
#include <QFrame>
#include <QPointer>
#include <QUuid>

class QAction;
class QLabel;
class QMenu;
class QToolButton;

namespace ksd {

class MonevPage;
class ProjectDocument;

/// A non-modal notice in the status bar when the open project has agreements ending within three months (or
/// already past their end date while still active), with a "Lihat" link to the Monev tab.
class ExpiryNotice : public QFrame
{
    Q_OBJECT

public:
    explicit ExpiryNotice(QWidget *parent = nullptr);
    /// Shows the notice for @p project as of @p today, or hides it when nothing ends soon. Returns whether shown.
    bool showFor(const Project &project, const QDate &today);
    QString text() const;

signals:
    void viewRequested();

private:
    QLabel *mLabel;
    QToolButton *mClose;
};

/// The actions of issue 7 (proposals, agreement register, monev, legacy import): Proyek → Buat usulan, Ubah usulan,
/// Jadikan kerja sama, Kerja sama baru, Ubah kerja sama, Tambah catatan monev; Berkas → Impor → Isian / Usulan /
/// Kerja sama dari CSV; the Monev tab; the expiry notice when a project opens. The editors are dialogs that work on
/// copies; each accepted dialog is one undo command. Other pages open them through editProposal() and
/// editAgreement() (e.g. on a double-click in their tables).
class RegisterActions : public ActionHandler
{
    Q_OBJECT

public:
    explicit RegisterActions(Workbench *workbench);

    MonevPage *monevPage() const { return mMonevPage; }
    ExpiryNotice *expiryNotice() const { return mNotice; }
    /// The File → Impor submenu (other handlers may add to it).
    QMenu *importMenu() const { return mImportMenu; }
    /// The day expiry counts from (today unless set; tests fix it).
    void setToday(const QDate &today);
    QDate today() const;

    void retranslate() override;

public slots:
    /// "Buat usulan": an empty proposal for the project's region, saved when the dialog is accepted.
    void newProposal();
    void editProposal(const QUuid &id);
    /// "Jadikan kerja sama": the agreement editor prefilled from the proposal (link kept in proposalId).
    void promoteProposal(const QUuid &id);
    /// A legacy agreement entered directly.
    void newAgreement();
    void editAgreement(const QUuid &id);
    void addMonevRecord(const QUuid &agreementId);
    /// File → Impor → … from CSV: the import dialog, applied as one undo step.
    void importCsv(io::ImportKind kind);
    void showMonev();

private:
    void documentChanged(ProjectDocument *document);
    void updateActions();
    QUuid selected(int type) const;
    void refused(const QString &title, const QString &message);

    QPointer<ProjectDocument> mDocument;
    MonevPage *mMonevPage;
    ExpiryNotice *mNotice;
    QDate mToday;
    QMenu *mImportMenu;
    QAction *mNewProposal;
    QAction *mEditProposal;
    QAction *mPromote;
    QAction *mNewAgreement;
    QAction *mEditAgreement;
    QAction *mAddMonev;
    QAction *mImportEntries;
    QAction *mImportProposals;
    QAction *mImportAgreements;
    QAction *mExtendAgreement;
    QAction *mImportOffers;
};

} // namespace ksd
