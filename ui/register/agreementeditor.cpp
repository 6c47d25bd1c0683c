// SPDX-License-Identifier: Apache-2.0
// The agreement form: the dialog, the Umum tab, the draft and its live checks, and the translated texts.
#include "agreementeditor.h"
#include "agreementeditor_p.h"
#include "refdata/refdata.h"

#include "register/registerwidgets.h"
#include "register/screening.h"
#include "register/validation.h"
#include "widgets/pickers.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ksd {

using namespace detail;

namespace {

int tabOfField(const QString &field)
{
    if (field == QLatin1String("parties") || field == QLatin1String("documentNumber"))
        return AgreementEditor::PartiesTab;
    if (field == QLatin1String("signedOn") || field == QLatin1String("startDate") || field == QLatin1String("endDate")
        || field == QLatin1String("stages") || field == QLatin1String("stage"))
        return AgreementEditor::DatesTab;
    if (field == QLatin1String("documents"))
        return AgreementEditor::DocumentsTab;
    return AgreementEditor::GeneralTab;
}

} // namespace

namespace detail {

QLabel *messageLabel(QWidget *parent, const QString &name)
{
    auto *l = new QLabel(parent);
    l->setObjectName(name);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->hide();
    return l;
}

void showMessage(QLabel *label, const QString &text, bool error, bool boldError)
{
    label->setText(text);
    label->setStyleSheet(error ? (boldError ? QStringLiteral("QLabel { color: #b00020; font-weight: bold; }")
                                            : QStringLiteral("QLabel { color: #b00020; }"))
                               : QStringLiteral("QLabel { color: #1b6e20; }"));
    label->setVisible(!text.isEmpty());
}

QString shownMessage(const QLabel *label)
{
    return label->isHidden() ? QString() : label->text();
}

} // namespace detail

AgreementEditor::AgreementEditor(AgreementChanges::Mode mode, const Agreement &agreement, const Project &project,
                                 QWidget *parent)
    : QDialog(parent)
    , mMode(mode)
    , mProject(project)
    , mOriginal(agreement)
    , mDelay(new QTimer(this))
    , mTabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("agreementEditor"));
    // The draft needs an id of its own so that monev records entered before the first save can point at it.
    if (mOriginal.meta.id.isNull())
        mOriginal.meta.id = QUuid::createUuid();

    buildGeneralTab();
    buildPartiesTab();
    buildDatesTab();
    buildDocumentsTab();
    buildMonevTab();

    mProblemHeader = new QLabel(this);
    mProblemHeader->setObjectName(QStringLiteral("problemHeader"));
    mProblemList = new QListWidget(this);
    mProblemList->setObjectName(QStringLiteral("problems"));
    mProblemList->setWordWrap(true);
    mProblemList->setMaximumHeight(110);
    mProblemList->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(mProblemList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { mTabs->setCurrentIndex(item->data(Qt::UserRole).toInt()); });
    connect(mProblemList, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { mTabs->setCurrentIndex(item->data(Qt::UserRole).toInt()); });

    mButtons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(mButtons, &QDialogButtonBox::accepted, this, &AgreementEditor::accept);
    connect(mButtons, &QDialogButtonBox::rejected, this, &AgreementEditor::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mTabs, 1);
    layout->addWidget(mProblemHeader);
    layout->addWidget(mProblemList);
    layout->addWidget(mButtons);

    mDelay->setSingleShot(true);
    mDelay->setInterval(200);
    connect(mDelay, &QTimer::timeout, this, &AgreementEditor::refreshProblems);

    fillChoices();
    retranslate();
    load(mOriginal);

    // Live records that hang off a stored agreement.
    for (const AttachedDocument &d : project.documents) {
        if (!d.meta.deleted && d.agreementId == mOriginal.meta.id)
            mDocuments.append(d);
    }
    for (const MonevRecord &m : project.monev) {
        if (!m.meta.deleted && m.agreementId == mOriginal.meta.id)
            mMonev.append(m);
    }
    rebuildDocuments();
    rebuildMonev();
    refreshProblems();
    resize(960, 700);
}

AgreementEditor::~AgreementEditor() = default;

QLabel *AgreementEditor::translatedLabel(QWidget *parent, const char *text, QWidget *buddy)
{
    auto *l = new QLabel(parent);
    if (buddy)
        l->setBuddy(buddy);
    mLabels.append({l, text});
    return l;
}

// --- building ---------------------------------------------------------------------------------------------------

void AgreementEditor::buildGeneralTab()
{
    auto *page = new QWidget(mTabs);
    mTitle = new QLineEdit(page);
    mTitle->setObjectName(QStringLiteral("title"));
    mDocType = new QComboBox(page);
    mDocType->setObjectName(QStringLiteral("docType"));
    mCategory = new QComboBox(page);
    mCategory->setObjectName(QStringLiteral("category"));
    mUrusan = new UrusanPicker(page);
    mUrusan->setObjectName(QStringLiteral("urusan"));
    mObject = new QPlainTextEdit(page);
    mObject->setTabChangesFocus(true);
    mObject->setFixedHeight(mObject->fontMetrics().lineSpacing() * 3 + 12);
    mScope = new QPlainTextEdit(page);
    mScope->setTabChangesFocus(true);
    mScope->setFixedHeight(mScope->fontMetrics().lineSpacing() * 4 + 12);
    mStatus = new QComboBox(page);
    mStatus->setObjectName(QStringLiteral("status"));
    mImplementingPd = new QLineEdit(page);
    mFunding = new QLineEdit(page);
    mValue = new NumberEdit(page);
    mValue->setObjectName(QStringLiteral("value"));
    mOrigin = new QLabel(page);
    mOrigin->setWordWrap(true);
    mKb = new QComboBox(page);
    mKb->setObjectName(QStringLiteral("kb"));
    mKb->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    mKb->setMinimumContentsLength(30);
    mTermException = new QLineEdit(page);
    mTermException->setObjectName(QStringLiteral("termException"));

    auto label = [this, page](const char *text, QWidget *buddy) { return translatedLabel(page, text, buddy); };
    auto *outer = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    outer->addLayout(form);
    outer->addStretch(1); // rows keep their natural height; the space left goes below
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(label(QT_TR_NOOP("&Judul:"), mTitle), mTitle);
    auto *typeRow = new QHBoxLayout;
    typeRow->addWidget(mDocType, 1);
    typeRow->addWidget(label(QT_TR_NOOP("&Kategori:"), mCategory));
    typeRow->addWidget(mCategory, 2);
    form->addRow(label(QT_TR_NOOP("Jenis &dokumen:"), mDocType), typeRow);
    form->addRow(label(QT_TR_NOOP("&Urusan:"), mUrusan), mUrusan);
    form->addRow(label(QT_TR_NOOP("&Objek:"), mObject), mObject);
    form->addRow(label(QT_TR_NOOP("&Ruang lingkup:"), mScope), mScope);
    form->addRow(label(QT_TR_NOOP("&Status:"), mStatus), mStatus);
    form->addRow(label(QT_TR_NOOP("KB yang &diacu:"), mKb), mKb);
    form->addRow(label(QT_TR_NOOP("Dasar pengecualian &jangka waktu:"), mTermException), mTermException);
    form->addRow(label(QT_TR_NOOP("&Perangkat daerah pelaksana:"), mImplementingPd), mImplementingPd);
    form->addRow(label(QT_TR_NOOP("Sumber &pendanaan:"), mFunding), mFunding);
    auto *valueRow = new QHBoxLayout;
    valueRow->addWidget(translatedLabel(page, QT_TR_NOOP("Rp")));
    valueRow->addWidget(mValue);
    valueRow->addStretch(1);
    mValue->setMinimumWidth(220);
    form->addRow(label(QT_TR_NOOP("&Nilai:"), mValue), valueRow);
    form->addRow(QString(), mOrigin);
    mTabs->addTab(page, QString());

    for (QLineEdit *e : {mTitle, mImplementingPd, mFunding, mTermException})
        connect(e, &QLineEdit::textChanged, this, &AgreementEditor::later);
    connect(mKb, &QComboBox::currentIndexChanged, this, [this] {
        rebuildStages();
        later();
    });
    for (QPlainTextEdit *e : {mObject, mScope})
        connect(e, &QPlainTextEdit::textChanged, this, &AgreementEditor::later);
    connect(mDocType, &QComboBox::currentIndexChanged, this, [this] {
        mKb->setEnabled(DocType(mDocType->currentData().toInt()) == DocType::PKS);
        rebuildStages();
        later();
    });
    connect(mCategory, &QComboBox::currentIndexChanged, this, [this] {
        rebuildStages();
        later();
    });
    connect(mUrusan, &QComboBox::currentIndexChanged, this, &AgreementEditor::later);
    connect(mStatus, &QComboBox::currentIndexChanged, this, [this] {
        rebuildStages();
        later();
    });
    connect(mValue, &NumberEdit::valueChanged, this, &AgreementEditor::later);
}

void AgreementEditor::fillChoices()
{
    mLoading = true;
    auto refill = [](QComboBox *box, const QList<QPair<QString, int>> &items) {
        const QVariant current = box->currentData();
        box->clear();
        for (const auto &[text, value] : items)
            box->addItem(text, value);
        box->setCurrentIndex(qMax(0, box->findData(current)));
    };
    refill(mDocType, {{docTypeName(DocType::KB), int(DocType::KB)},
                      {docTypeName(DocType::PKS), int(DocType::PKS)},
                      {docTypeName(DocType::NK), int(DocType::NK)},
                      {docTypeName(DocType::Addendum), int(DocType::Addendum)}});
    refill(mCategory, {{categoryName(Category::KSDD), int(Category::KSDD)},
                       {categoryName(Category::KSDPK), int(Category::KSDPK)},
                       {categoryName(Category::Sinergi), int(Category::Sinergi)},
                       {categoryName(Category::KSDPL), int(Category::KSDPL)},
                       {categoryName(Category::KSDLL), int(Category::KSDLL)}});
    refill(mStatus, {{statusName(AgreementStatus::Aktif), int(AgreementStatus::Aktif)},
                     {statusName(AgreementStatus::Berakhir), int(AgreementStatus::Berakhir)},
                     {statusName(AgreementStatus::Diperpanjang), int(AgreementStatus::Diperpanjang)},
                     {statusName(AgreementStatus::Dihentikan), int(AgreementStatus::Dihentikan)}});
    fillKbChoices();
    const QVariant kind = mDocumentKind->currentData();
    mDocumentKind->clear();
    for (const auto &[key, name] : attachmentKinds())
        mDocumentKind->addItem(name, key);
    mDocumentKind->setCurrentIndex(qMax(0, mDocumentKind->findData(kind)));
    for (QComboBox *box : {mNewDocumentVersion, mDocumentVersion}) {
        const QVariant version = box->currentData();
        box->clear();
        for (DocumentVersion v : {DocumentVersion::Unstated, DocumentVersion::Draf, DocumentVersion::Reviu,
                                  DocumentVersion::Final})
            box->addItem(v == DocumentVersion::Unstated ? tr("(tidak disebut)") : documentVersionName(v), int(v));
        box->setCurrentIndex(qMax(0, box->findData(version)));
    }
    if (mNewDocumentVersion->currentData().toInt() == int(DocumentVersion::Unstated))
        mNewDocumentVersion->setCurrentIndex(mNewDocumentVersion->findData(int(DocumentVersion::Final)));
    mLoading = false;
}

void AgreementEditor::fillKbChoices()
{
    const QVariant current = mKb->currentData();
    mKb->clear();
    mKb->addItem(tr("— tidak ada —"), QUuid());
    for (const Agreement &kb : mProject.agreements) {
        if (!kb.meta.deleted && kb.docType == DocType::KB && kb.meta.id != mOriginal.meta.id)
            mKb->addItem(kb.title, kb.meta.id);
    }
    mKb->setCurrentIndex(qMax(0, mKb->findData(current)));
}

void AgreementEditor::load(const Agreement &a)
{
    mLoading = true;
    mTitle->setText(a.title);
    mDocType->setCurrentIndex(mDocType->findData(int(a.docType)));
    mCategory->setCurrentIndex(qMax(0, mCategory->findData(int(a.category))));
    mUrusan->setCode(a.urusanCode);
    mObject->setPlainText(a.object);
    mScope->setPlainText(a.scope);
    mStatus->setCurrentIndex(mStatus->findData(int(a.status)));
    mImplementingPd->setText(a.implementingPd);
    mFunding->setText(a.funding);
    mValue->setValue(a.value);
    mKb->setCurrentIndex(qMax(0, mKb->findData(a.kbId)));
    mKb->setEnabled(a.docType == DocType::PKS);
    mTermException->setText(a.termException);
    mSigned->setValue(a.signedOn);
    mStart->setValue(a.startDate);
    mEnd->setValue(a.endDate);
    mParties->setRowCount(0);
    for (const Party &p : a.parties)
        addParty(p);
    mStages = a.stages;
    mStage = a.stage;
    mLoading = false;
    rebuildStages();
}

// --- the draft ----------------------------------------------------------------------------------------------------

Agreement AgreementEditor::agreement() const
{
    Agreement a = mOriginal;
    if (mMode != AgreementChanges::Mode::Edit && mOriginal.meta.created.isNull())
        a.meta.id = QUuid(); // SaveAgreement gives a new record its RecordMeta
    a.title = mTitle->text().simplified();
    a.docType = DocType(mDocType->currentData().toInt());
    a.category = Category(mCategory->currentData().toInt());
    a.urusanCode = mUrusan->code();
    a.object = mObject->toPlainText().trimmed();
    a.scope = mScope->toPlainText().trimmed();
    a.status = AgreementStatus(mStatus->currentData().toInt());
    a.implementingPd = mImplementingPd->text().simplified();
    a.funding = mFunding->text().simplified();
    a.value = mValue->value();
    a.kbId = a.docType == DocType::PKS ? mKb->currentData().toUuid() : QUuid();
    a.termException = mTermException->text().simplified();
    a.signedOn = mSigned->value();
    a.startDate = mStart->value();
    a.endDate = mEnd->value();
    a.parties.clear();
    for (int r = 0; r < mParties->rowCount(); ++r)
        a.parties.append(partyAt(r));
    a.stages = mStages;
    a.stage = mStage;
    if (a.stage != mOriginal.stage || a.stages != mOriginal.stages)
        a.reviewNote.clear(); // the planner has dealt with the stage marked for review
    return a;
}

AgreementChanges AgreementEditor::changes() const
{
    AgreementChanges c;
    c.mode = mMode;
    c.agreement = agreement();
    auto stored = [](const auto &list, const QUuid &id) {
        return std::any_of(list.cbegin(), list.cend(), [&id](const auto &r) { return r.meta.id == id; });
    };
    for (AttachedDocument d : mDocuments) {
        if (stored(mProject.documents, d.meta.id)) {
            c.changedDocuments.append(d); // unchanged ones are dropped by the command
        } else {
            d.meta = RecordMeta(); // stamped by the command
            c.addedDocuments.append(d);
        }
    }
    c.removedDocuments = mRemovedDocuments;
    for (MonevRecord m : mMonev) {
        if (stored(mProject.monev, m.meta.id)) {
            c.changedMonev.append(m);
        } else {
            m.meta = RecordMeta();
            c.addedMonev.append(m);
        }
    }
    c.removedMonev = mRemovedMonev;
    return c;
}

Project AgreementEditor::projectWithDraft() const
{
    Project p = mProject;
    Agreement a = agreement();
    a.meta.id = mOriginal.meta.id;
    a.meta.deleted = false;
    bool found = false;
    for (Agreement &x : p.agreements) {
        if (x.meta.id == a.meta.id) {
            x = a;
            found = true;
        }
    }
    if (!found)
        p.agreements.append(a);
    return p;
}

ProcedureContext AgreementEditor::procedureContextNow() const
{
    return procedureContext(agreement(), mProject);
}

QList<ValidationProblem> AgreementEditor::problems() const
{
    Agreement a = agreement();
    a.meta.id = mOriginal.meta.id;
    QList<ValidationProblem> out = validateAgreement(a, mProject);
    for (const AttachedDocument &d : mDocuments) {
        if (Status s = checkAttachment(d); !s)
            out.append({ValidationProblem::Severity::Error, QStringLiteral("documents"), s.error().message, -1,
                        d.meta.id});
    }
    if (!mValue->isAcceptable())
        out.append({ValidationProblem::Severity::Error, QStringLiteral("value"),
                    tr("Nilai \"%1\" bukan angka. Tulis misalnya 1.500.000.000.").arg(mValue->text().trimmed()), -1,
                    {}});
    std::stable_sort(out.begin(), out.end(), [](const ValidationProblem &x, const ValidationProblem &y) {
        return int(x.severity) < int(y.severity);
    });
    return out;
}

void AgreementEditor::later()
{
    if (!mLoading)
        mDelay->start();
}

void AgreementEditor::refreshProblems()
{
    mDelay->stop();
    const QList<ValidationProblem> list = problems();
    mProblemList->clear();
    int errors = 0;
    for (const ValidationProblem &p : list) {
        const bool error = p.severity == ValidationProblem::Severity::Error;
        errors += error ? 1 : 0;
        auto *item = new QListWidgetItem(
            style()->standardIcon(error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning), p.message,
            mProblemList);
        item->setData(Qt::UserRole, tabOfField(p.field));
        item->setForeground(error ? QColor(0xb0, 0x00, 0x20) : QColor(0x8a, 0x5a, 0x00));
    }
    if (list.isEmpty()) {
        mProblemHeader->setText(tr("✔ Tidak ada masalah yang ditemukan."));
        mProblemHeader->setStyleSheet(QStringLiteral("QLabel { color: #1b6e20; }"));
    } else if (errors > 0) {
        mProblemHeader->setText(tr("%n masalah harus diperbaiki sebelum disimpan (klik untuk menuju isian):", nullptr,
                                   errors));
        mProblemHeader->setStyleSheet(QStringLiteral("QLabel { color: #b00020; font-weight: bold; }"));
    } else {
        mProblemHeader->setText(tr("Peringatan (boleh disimpan):"));
        mProblemHeader->setStyleSheet(QStringLiteral("QLabel { color: #8a5a00; }"));
    }
    mProblemList->setVisible(!list.isEmpty());
    if (auto *save = mButtons->button(QDialogButtonBox::Save))
        save->setToolTip(errors > 0 ? tr("Perbaiki dulu masalah yang ditandai merah") : QString());
}

void AgreementEditor::accept()
{
    refreshProblems();
    const QList<ValidationProblem> list = problems();
    if (hasErrors(list)) {
        // Keep the dialog open and take the planner to the first problem.
        for (const ValidationProblem &p : list) {
            if (p.severity == ValidationProblem::Severity::Error) {
                mTabs->setCurrentIndex(tabOfField(p.field));
                break;
            }
        }
        mProblemList->setFocus();
        if (mProblemList->count() > 0)
            mProblemList->setCurrentRow(0);
        return;
    }
    QDialog::accept();
}

// --- language -----------------------------------------------------------------------------------------------------

void AgreementEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        fillChoices();
        retranslate();
        rebuildStages();
        rebuildDocuments();
        rebuildMonev();
        refreshProblems();
    }
    QDialog::changeEvent(event);
}

void AgreementEditor::retranslate()
{
    switch (mMode) {
    case AgreementChanges::Mode::Edit: setWindowTitle(tr("Kerja sama: %1").arg(mOriginal.title)); break;
    case AgreementChanges::Mode::New: setWindowTitle(tr("Kerja sama baru")); break;
    case AgreementChanges::Mode::Promote: setWindowTitle(tr("Jadikan kerja sama: %1").arg(mOriginal.title)); break;
    }
    for (auto &[l, text] : mLabels)
        l->setText(tr(text));
    mTabs->setTabText(GeneralTab, tr("Umum"));
    mTabs->setTabText(PartiesTab, tr("Para pihak"));
    mTabs->setTabText(DatesTab, tr("Tanggal dan tahap"));
    mTitle->setPlaceholderText(tr("mis. Pengelolaan sampah regional"));
    mObject->setPlaceholderText(tr("Objek kerja sama"));
    mScope->setPlaceholderText(tr("Ruang lingkup: kegiatan yang disepakati"));
    const Region *owner = RefData::instance().region(mProject.ownerRegion);
    mFunding->setPlaceholderText(owner ? tr("mis. APBD %1, CSR mitra").arg(owner->name) : tr("mis. APBD, CSR mitra"));
    mValue->setPlaceholderText(tr("mis. 1.500.000.000; kosong = tanpa nilai"));
    const Proposal *from = mOriginal.proposalId.isNull() ? nullptr : mProject.proposal(mOriginal.proposalId);
    mOrigin->setText(from ? tr("Dari usulan: %1").arg(from->title) : QString());
    mOrigin->setVisible(from != nullptr);

    mParties->setHorizontalHeaderLabels(
        {tr("Jenis pihak"), tr("Daerah"), tr("Nama / nama lain"), tr("Nomor dokumen"), tr("Penandatangan")});
    mAddRegionParty->setText(tr("Tambah daerah"));
    mAddOtherParty->setText(tr("Tambah pihak lain"));
    mRemoveParty->setText(tr("Hapus pihak"));
    for (int r = 0; r < mParties->rowCount(); ++r) {
        auto *kind = static_cast<QComboBox *>(mParties->cellWidget(r, KindColumn));
        for (int i = 0; i < kind->count(); ++i)
            kind->setItemText(i, partyKindLabel(PartyKind(kind->itemData(i).toInt())));
    }

    if (auto *g = findChild<QGroupBox *>(QStringLiteral("stageBox")))
        g->setTitle(tr("Tahapan (Permendagri 22/2020)"));
    mStageTable->setHorizontalHeaderLabels({tr("Tahap"), tr("Tanggal dicapai"), tr("Keterangan")});
    mAdvance->setText(tr("Naikkan tahap"));
    mSetDirectly->setText(tr("Tetapkan langsung (data lama)"));
    mSetDirectly->setToolTip(tr("Untuk kerja sama lama yang dicatat belakangan: tahap yang dipilih menjadi tahap "
                                "saat ini tanpa melalui tahap-tahap sebelumnya"));
    mUndoStage->setText(tr("Batalkan tahap terakhir"));

    mDocumentList->setHeaderLabels(
        {tr("Jenis"), tr("Nama berkas"), tr("Versi"), tr("Keutuhan"), tr("Ukuran"), tr("Naskah asli")});
    mAddDocument->setText(tr("Tambah berkas…"));
    mNewDocumentVersion->setToolTip(tr("Versi berkas yang akan ditambahkan"));
    mDocumentVersionLabel->setText(tr("Versi:"));
    mDocumentHolderLabel->setText(tr("Naskah asli dipegang oleh:"));
    mDocumentLocationLabel->setText(tr("Lokasi (lemari/nomor arsip):"));
    mDocumentHolder->setPlaceholderText(tr("misalnya Bagian Kerja Sama"));
    mDocumentLocation->setPlaceholderText(tr("misalnya Lemari A-2, arsip 17/2024"));
    mOpenDocument->setText(tr("Buka"));
    mSaveDocument->setText(tr("Simpan ke berkas…"));
    mRemoveDocument->setText(tr("Hapus"));
    if (auto *limit = findChild<QLabel *>(QStringLiteral("attachmentLimit")))
        limit->setText(tr("Dokumen disimpan di dalam berkas .ksd (paling besar %1 per dokumen).")
                           .arg(formatByteSize(MaxAttachmentBytes)));

    mMonevList->setHeaderLabels({tr("Tanggal"), tr("Penilai"), tr("Rekomendasi"), tr("Nilai"), tr("Kendala")});
    mAddMonev->setText(tr("Tambah catatan…"));
    mEditMonev->setText(tr("Ubah…"));
    mRemoveMonev->setText(tr("Hapus"));

    if (auto *b = mButtons->button(QDialogButtonBox::Save))
        b->setText(mMode == AgreementChanges::Mode::Promote ? tr("Jadikan kerja sama") : tr("Simpan"));
    if (auto *b = mButtons->button(QDialogButtonBox::Cancel))
        b->setText(tr("Batal"));
}

} // namespace ksd
