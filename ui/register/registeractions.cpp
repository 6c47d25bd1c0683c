// SPDX-License-Identifier: Apache-2.0
#include "registeractions.h"

#include "document/projectdocument.h"
#include "register/agreementeditor.h"
#include "register/csvimportdialog.h"
#include "register/expiry.h"
#include "register/monevpage.h"
#include "register/monevrecordeditor.h"
#include "register/proposaleditor.h"
#include "document/registercommands.h"
#include "register/screening.h"
#include "widgets/recordtablepage.h"
#include "workbench/documentmanager.h"
#include "workbench/recordselection.h"
#include "workbench/workbench.h"
#include "widgets/actionstate.h"

#include <QAction>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QStyle>
#include <QToolButton>

namespace ksd {

// --- ExpiryNotice -----------------------------------------------------------------------------------------------

ExpiryNotice::ExpiryNotice(QWidget *parent) : QFrame(parent), mLabel(new QLabel(this)), mClose(new QToolButton(this))
{
    setObjectName(QStringLiteral("expiryNotice"));
    setStyleSheet(QStringLiteral("#expiryNotice { background: #fde2e2; border: 1px solid #e8a0a0; "
                                 "border-radius: 3px; } #expiryNotice QLabel { color: #7a0016; }"));
    mLabel->setTextFormat(Qt::RichText);
    mLabel->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    mClose->setAutoRaise(true);
    mClose->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    mClose->setIconSize(QSize(10, 10));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 1, 2, 1);
    layout->setSpacing(4);
    layout->addWidget(mLabel);
    layout->addWidget(mClose);
    connect(mLabel, &QLabel::linkActivated, this, [this] {
        hide();
        emit viewRequested();
    });
    connect(mClose, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

bool ExpiryNotice::showFor(const Project &project, const QDate &today)
{
    int soon = 0;
    int past = 0;
    QString first;
    for (const ExpiryItem &e : expiringAgreements(project, today, ExpiryWarningDays, true)) {
        if (e.expired)
            ++past;
        else
            ++soon;
        if (first.isEmpty())
            first = e.title;
    }
    if (soon + past == 0) {
        hide();
        return false;
    }
    QString text;
    if (soon > 0)
        text = tr("%n kerja sama berakhir dalam 3 bulan", nullptr, soon);
    if (past > 0)
        text += (text.isEmpty() ? QString() : QStringLiteral("; "))
                + tr("%n sudah lewat tanggal berakhir", nullptr, past);
    mLabel->setText(QStringLiteral("⚠ %1. <a href=\"monev\">%2</a>").arg(text.toHtmlEscaped(), tr("Lihat")));
    mLabel->setToolTip(tr("Yang terdekat: %1").arg(first));
    mClose->setToolTip(tr("Tutup pemberitahuan"));
    show();
    return true;
}

QString ExpiryNotice::text() const
{
    return mLabel->text();
}

// --- RegisterActions ------------------------------------------------------------------------------------------

RegisterActions::RegisterActions(Workbench *workbench)
    : ActionHandler(workbench)
    , mMonevPage(new MonevPage(workbench))
    , mNotice(new ExpiryNotice(workbench->window()))
    , mImportMenu(new QMenu(workbench->window()))
    , mNewProposal(new QAction(this))
    , mEditProposal(new QAction(this))
    , mPromote(new QAction(this))
    , mNewAgreement(new QAction(this))
    , mEditAgreement(new QAction(this))
    , mAddMonev(new QAction(this))
    , mImportEntries(new QAction(this))
    , mImportProposals(new QAction(this))
    , mImportAgreements(new QAction(this))
    , mExtendAgreement(new QAction(this))
    , mImportOffers(new QAction(this))
{
    setObjectName(QStringLiteral("registerActions"));
    mImportMenu->setObjectName(QStringLiteral("menuImport"));
    mNewProposal->setObjectName(QStringLiteral("newProposal"));
    mEditProposal->setObjectName(QStringLiteral("editProposal"));
    mPromote->setObjectName(QStringLiteral("promoteProposal"));
    mNewAgreement->setObjectName(QStringLiteral("newAgreement"));
    mEditAgreement->setObjectName(QStringLiteral("editAgreement"));
    mAddMonev->setObjectName(QStringLiteral("addMonevRecord"));
    mImportEntries->setObjectName(QStringLiteral("importEntriesCsv"));
    mImportProposals->setObjectName(QStringLiteral("importProposalsCsv"));
    mImportAgreements->setObjectName(QStringLiteral("importAgreementsCsv"));
    mExtendAgreement->setObjectName(QStringLiteral("extendAgreement"));
    mImportOffers->setObjectName(QStringLiteral("importOffersCsv"));

    for (QAction *a : {mNewProposal, mEditProposal, mPromote, mNewAgreement, mEditAgreement, mAddMonev,
                       mExtendAgreement})
        workbench->addAction(MenuId::Project, Section::ProjectRegister, a);
    mImportMenu->addAction(mImportEntries);
    mImportMenu->addAction(mImportProposals);
    mImportMenu->addAction(mImportAgreements);
    mImportMenu->addAction(mImportOffers);
    workbench->addMenu(MenuId::File, Section::FileImportExport, mImportMenu);
    workbench->addPage(QStringLiteral("monev"), mMonevPage, [] { return tr("Monev"); }, 60,
                       mMonevPage->style()->standardIcon(QStyle::SP_FileDialogContentsView));
    // The editors on the tool bars of the Usulan and Kerja Sama tabs, when MainWindow has made them.
    if (auto *proposals = qobject_cast<RecordTablePage *>(workbench->page(Pages::Proposals))) {
        // One way to add a proposal: the editor, which screens as it goes (not a blank row as well).
        proposals->replaceAddAction(mNewProposal);
        proposals->addToolAction(mEditProposal);
        proposals->addToolAction(mPromote);
    }
    if (auto *agreements = qobject_cast<RecordTablePage *>(workbench->page(Pages::Agreements))) {
        agreements->replaceAddAction(mNewAgreement);
        agreements->addToolAction(mEditAgreement);
        agreements->addToolAction(mAddMonev);
        agreements->addToolAction(mExtendAgreement);
    }
    workbench->window()->statusBar()->addPermanentWidget(mNotice);

    connect(mNewProposal, &QAction::triggered, this, &RegisterActions::newProposal);
    connect(mEditProposal, &QAction::triggered, this,
            [this] { editProposal(selected(int(RecordType::Proposal))); });
    connect(mPromote, &QAction::triggered, this, [this] { promoteProposal(selected(int(RecordType::Proposal))); });
    connect(mNewAgreement, &QAction::triggered, this, &RegisterActions::newAgreement);
    connect(mEditAgreement, &QAction::triggered, this,
            [this] { editAgreement(selected(int(RecordType::Agreement))); });
    connect(mAddMonev, &QAction::triggered, this, [this] { addMonevRecord(selected(int(RecordType::Agreement))); });
    connect(mImportEntries, &QAction::triggered, this, [this] { importCsv(io::ImportKind::Entries); });
    connect(mImportProposals, &QAction::triggered, this, [this] { importCsv(io::ImportKind::Proposals); });
    connect(mImportAgreements, &QAction::triggered, this, [this] { importCsv(io::ImportKind::Agreements); });
    connect(mImportOffers, &QAction::triggered, this, [this] { importCsv(io::ImportKind::Offers); });
    connect(mExtendAgreement, &QAction::triggered, this, [this] {
        const QUuid id = selected(int(RecordType::Agreement));
        if (!mDocument || id.isNull())
            return;
        const Result<QUuid> extended = mDocument->extendAgreement(id);
        if (!extended)
            refused(tr("Perpanjang kerja sama"), extended.error().message);
        else
            editAgreement(*extended);
    });
    connect(mNotice, &ExpiryNotice::viewRequested, this, &RegisterActions::showMonev);
    connect(mMonevPage, &MonevPage::agreementActivated, this, &RegisterActions::editAgreement);
    connect(workbench->selection(), &RecordSelection::currentChanged, this, &RegisterActions::updateActions);
    connect(workbench->documents(), &DocumentManager::documentChanged, this, &RegisterActions::documentChanged);

    retranslate();
    documentChanged(workbench->document());
}

void RegisterActions::setToday(const QDate &today)
{
    mToday = today;
    mMonevPage->setToday(today);
}

QDate RegisterActions::today() const
{
    return mToday.isValid() ? mToday : QDate::currentDate();
}

void RegisterActions::documentChanged(ProjectDocument *document)
{
    if (mDocument)
        mDocument->disconnect(this);
    mDocument = document;
    if (document) {
        // Agreements may be removed or re-dated while the project is open: keep the actions honest.
        connect(document, &ProjectDocument::changed, this, &RegisterActions::updateActions);
        mNotice->showFor(document->project(), today());
    } else {
        mNotice->hide();
    }
    updateActions();
}

QUuid RegisterActions::selected(int type) const
{
    const RecordRef current = workbench()->selection()->current();
    if (!mDocument || int(current.type) != type)
        return {};
    if (current.type == RecordType::Proposal) {
        const Proposal *p = mDocument->proposal(current.id);
        return p && !p->meta.deleted ? current.id : QUuid();
    }
    if (current.type == RecordType::Agreement) {
        const Agreement *a = mDocument->agreement(current.id);
        return a && !a->meta.deleted ? current.id : QUuid();
    }
    return {};
}

void RegisterActions::updateActions()
{
    const bool open = mDocument != nullptr;
    for (QAction *a : {mNewProposal, mNewAgreement, mImportEntries, mImportProposals, mImportAgreements, mImportOffers})
        a->setEnabled(open);
    const bool proposal = !selected(int(RecordType::Proposal)).isNull();
    const bool agreement = !selected(int(RecordType::Agreement)).isNull();
    // Disabled, each says why (tooltip and status bar).
    const QString noProposal = !open ? tr("Buka proyek lebih dulu.")
                                     : (proposal ? QString() : tr("Pilih satu usulan pada tab Usulan."));
    const QString noAgreement = !open ? tr("Buka proyek lebih dulu.")
                                      : (agreement ? QString() : tr("Pilih satu kerja sama pada tab Kerja Sama."));
    setActionState(mEditProposal, tr("Buka usulan yang dipilih di penyunting"), noProposal);
    setActionState(mPromote, tr("Usulan yang dipilih menjadi kerja sama (KB, PKS atau NK) dengan tautan ke usulannya"),
                   noProposal);
    setActionState(mEditAgreement, tr("Buka kerja sama yang dipilih di penyunting"), noAgreement);
    setActionState(mAddMonev, tr("Tambah catatan monev untuk kerja sama yang dipilih"), noAgreement);
    setActionState(mExtendAgreement,
                   tr("Perpanjangan melalui prosedur lagi: kerja sama baru yang tertaut dibuat pada tahap awal dan "
                      "kerja sama lama diakhiri"),
                   noAgreement);
    mImportMenu->setEnabled(open);
}

void RegisterActions::refused(const QString &title, const QString &message)
{
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Ok, workbench()->window());
    box.button(QMessageBox::Ok)->setText(tr("Tutup"));
    box.exec();
}

// --- slots: gather input, make one document call ------------------------------------------------------------

void RegisterActions::newProposal()
{
    if (!mDocument)
        return;
    Proposal p;
    p.regionCode = mDocument->project().ownerRegion;
    p.year = mDocument->project().year;
    ProposalEditor dialog(p, mDocument->project(), workbench()->window());
    if (dialog.exec() != QDialog::Accepted || !mDocument)
        return;
    const QUuid id = mDocument->saveProposal(dialog.proposal());
    if (!id.isNull())
        workbench()->selection()->setCurrent(RecordRef{RecordType::Proposal, id});
}

void RegisterActions::editProposal(const QUuid &id)
{
    const Proposal *p = mDocument ? mDocument->proposal(id) : nullptr;
    if (!p || p->meta.deleted)
        return;
    ProposalEditor dialog(*p, mDocument->project(), workbench()->window());
    if (dialog.exec() == QDialog::Accepted && mDocument)
        mDocument->saveProposal(dialog.proposal());
}

void RegisterActions::promoteProposal(const QUuid &id)
{
    const Proposal *p = mDocument ? mDocument->proposal(id) : nullptr;
    if (!p || p->meta.deleted)
        return;
    // One proposal normally becomes one agreement: offer the existing one first.
    for (const Agreement &a : mDocument->project().agreements) {
        if (a.meta.deleted || a.proposalId != id)
            continue;
        QMessageBox box(QMessageBox::Question, tr("Jadikan kerja sama"),
                        tr("Usulan \"%1\" sudah dijadikan kerja sama \"%2\".").arg(p->title, a.title),
                        QMessageBox::NoButton, workbench()->window());
        QPushButton *open = box.addButton(tr("Buka kerja sama itu"), QMessageBox::AcceptRole);
        QPushButton *another = box.addButton(tr("Buat kerja sama lain"), QMessageBox::ActionRole);
        box.addButton(tr("Batal"), QMessageBox::RejectRole);
        box.exec();
        if (box.clickedButton() == open) {
            editAgreement(a.meta.id);
            return;
        }
        if (box.clickedButton() != another)
            return;
        break;
    }
    Result<Agreement> made = agreementFromProposal(*p, mDocument->editorName());
    if (!made) {
        refused(tr("Jadikan kerja sama"), made.error().message);
        return;
    }
    made->stages = {StageDate{Stage::Persiapan, today()}};
    AgreementEditor dialog(AgreementChanges::Mode::Promote, *made, mDocument->project(), workbench()->window());
    if (dialog.exec() != QDialog::Accepted || !mDocument)
        return;
    const QUuid agreement = mDocument->saveAgreement(dialog.changes());
    if (!agreement.isNull())
        workbench()->selection()->setCurrent(RecordRef{RecordType::Agreement, agreement});
}

void RegisterActions::newAgreement()
{
    if (!mDocument)
        return;
    Agreement a;
    a.category = Category::KSDD;
    a.docType = DocType::KB;
    if (!mDocument->project().ownerRegion.isEmpty())
        a.parties.append(Party{PartyKind::Region, mDocument->project().ownerRegion, {}, {}, {}});
    AgreementEditor dialog(AgreementChanges::Mode::New, a, mDocument->project(), workbench()->window());
    if (dialog.exec() != QDialog::Accepted || !mDocument)
        return;
    const QUuid id = mDocument->saveAgreement(dialog.changes());
    if (!id.isNull())
        workbench()->selection()->setCurrent(RecordRef{RecordType::Agreement, id});
}

void RegisterActions::editAgreement(const QUuid &id)
{
    const Agreement *a = mDocument ? mDocument->agreement(id) : nullptr;
    if (!a || a->meta.deleted)
        return;
    workbench()->selection()->setCurrent(RecordRef{RecordType::Agreement, id});
    AgreementEditor dialog(AgreementChanges::Mode::Edit, *a, mDocument->project(), workbench()->window());
    if (dialog.exec() == QDialog::Accepted && mDocument)
        mDocument->saveAgreement(dialog.changes());
}

void RegisterActions::addMonevRecord(const QUuid &agreementId)
{
    const Agreement *a = mDocument ? mDocument->agreement(agreementId) : nullptr;
    if (!a || a->meta.deleted)
        return;
    MonevRecord record;
    record.agreementId = agreementId;
    MonevRecordEditor dialog(record, mDocument->project(), workbench()->window());
    dialog.setWindowTitle(tr("Catatan monev: %1").arg(a->title));
    if (dialog.exec() != QDialog::Accepted || !mDocument)
        return;
    if (Result<QUuid> saved = mDocument->saveMonevRecord(dialog.record()); !saved)
        refused(tr("Catatan monev"), saved.error().message);
}

void RegisterActions::importCsv(io::ImportKind kind)
{
    if (!mDocument)
        return;
    CsvImportDialog dialog(kind, mDocument, workbench()->tasks(), workbench()->window());
    const QString path = QFileDialog::getOpenFileName(workbench()->window(), dialog.windowTitle(), QString(),
                                                      tr("Berkas CSV dari Excel (*.csv *.txt);;Semua berkas (*)"));
    if (path.isEmpty())
        return;
    dialog.loadFile(path);
    if (dialog.exec() != QDialog::Accepted || !mDocument)
        return;
    if (dialog.session().apply(mDocument)) {
        workbench()->showMessage(tr("%1 %2 diimpor dari %3 (dapat dibatalkan dengan Urungkan)")
                                     .arg(dialog.session().outcome().recordCount())
                                     .arg(CsvImportSession::kindNoun(kind), dialog.session().sourceName()),
                                 10000);
        if (kind == io::ImportKind::Agreements)
            mNotice->showFor(mDocument->project(), today());
    }
}

void RegisterActions::showMonev()
{
    workbench()->showPage(QStringLiteral("monev"));
}

void RegisterActions::retranslate()
{
    mNewProposal->setText(tr("Buat &usulan…"));
    mNewProposal->setStatusTip(tr("Usulan kerja sama baru, disaring langsung terhadap kriteria KSD"));
    mEditProposal->setText(tr("Ubah usulan…"));
    mPromote->setText(tr("&Jadikan kerja sama…"));
    mNewAgreement->setText(tr("&Kerja sama baru…"));
    mNewAgreement->setStatusTip(tr("Catat kerja sama yang sudah ada (data lama) langsung ke register"));
    mEditAgreement->setText(tr("Ubah kerja sama…"));
    mAddMonev->setText(tr("Catat &monev…"));
    mImportMenu->setTitle(tr("&Impor"));
    mImportEntries->setText(tr("Isian dari CSV…"));
    mImportProposals->setText(tr("Usulan dari CSV…"));
    mImportAgreements->setText(tr("Kerja sama dari CSV…"));
    mImportOffers->setText(tr("Penawaran masuk dari CSV…"));
    mExtendAgreement->setText(tr("Perpanjang kerja sama…"));
    if (mDocument && !mNotice->isHidden())
        mNotice->showFor(mDocument->project(), today());
    updateActions(); // the tooltips that say why an action is off
}

} // namespace ksd
