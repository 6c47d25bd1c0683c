// SPDX-License-Identifier: Apache-2.0
#include "agreementeditor.h"

#include "document/recordfields.h"
#include "register/monev.h"
#include "register/monevrecordeditor.h"
#include "register/numberformat.h"
#include "register/registerwidgets.h"
#include "register/screening.h"
#include "register/stages.h"
#include "widgets/pickers.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace ksd {

namespace {

enum PartyColumn { KindColumn = 0, RegionColumn, NameColumn, NumberColumn, SignatoryColumn, PartyColumnCount };

QString partyKindLabel(PartyKind k)
{
    switch (k) {
    case PartyKind::Region: return AgreementEditor::tr("Daerah");
    case PartyKind::ThirdParty: return AgreementEditor::tr("Pihak ketiga");
    case PartyKind::KL: return AgreementEditor::tr("Kementerian/lembaga");
    case PartyKind::ForeignRegion: return AgreementEditor::tr("Pemda luar negeri");
    case PartyKind::ForeignInstitution: return AgreementEditor::tr("Lembaga luar negeri");
    }
    return {};
}

constexpr PartyKind AllPartyKinds[] = {PartyKind::Region, PartyKind::ThirdParty, PartyKind::KL,
                                       PartyKind::ForeignRegion, PartyKind::ForeignInstitution};

/// The party kind that goes with a category (the partner of a KSDPK is a third party…).
PartyKind partnerKindFor(Category c)
{
    switch (c) {
    case Category::KSDPK: return PartyKind::ThirdParty;
    case Category::Sinergi: return PartyKind::KL;
    case Category::KSDPL: return PartyKind::ForeignRegion;
    case Category::KSDLL: return PartyKind::ForeignInstitution;
    default: return PartyKind::Region;
    }
}

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

QLabel *messageLabel(QWidget *parent, const QString &name)
{
    auto *l = new QLabel(parent);
    l->setObjectName(name);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->hide();
    return l;
}

} // namespace

QList<QPair<QString, QString>> attachmentKinds()
{
    return {
        {QStringLiteral("surat_penawaran"), AgreementEditor::tr("Surat penawaran")},
        {QStringLiteral("kak"), AgreementEditor::tr("Kerangka acuan kerja (KAK)")},
        {QStringLiteral("studi_kelayakan"), AgreementEditor::tr("Studi kelayakan")},
        {QStringLiteral("kb"), AgreementEditor::tr("Kesepakatan bersama (KB)")},
        {QStringLiteral("pks"), AgreementEditor::tr("Perjanjian kerja sama (PKS)")},
        {QStringLiteral("nk"), AgreementEditor::tr("Nota kesepakatan")},
        {QStringLiteral("addendum"), AgreementEditor::tr("Addendum")},
        {QStringLiteral("persetujuan_dprd"), AgreementEditor::tr("Persetujuan DPRD")},
        {QStringLiteral("laporan"), AgreementEditor::tr("Laporan")},
        {QStringLiteral("berita_acara_monev"), AgreementEditor::tr("Berita acara monev")},
        {QStringLiteral("lainnya"), AgreementEditor::tr("Lainnya")},
    };
}

QString attachmentKindName(const QString &key)
{
    for (const auto &[k, name] : attachmentKinds()) {
        if (k == key)
            return name;
    }
    return key;
}

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

    auto label = [this, page](const char *text, QWidget *buddy) {
        auto *l = new QLabel(page);
        l->setBuddy(buddy);
        mLabels.append({l, text});
        return l;
    };
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
    form->addRow(label(QT_TR_NOOP("&Perangkat daerah pelaksana:"), mImplementingPd), mImplementingPd);
    form->addRow(label(QT_TR_NOOP("Sumber &pendanaan:"), mFunding), mFunding);
    auto *valueRow = new QHBoxLayout;
    auto *rp = new QLabel(page);
    mLabels.append({rp, QT_TR_NOOP("Rp")});
    valueRow->addWidget(rp);
    valueRow->addWidget(mValue);
    valueRow->addStretch(1);
    mValue->setMinimumWidth(220);
    form->addRow(label(QT_TR_NOOP("&Nilai:"), mValue), valueRow);
    form->addRow(QString(), mOrigin);
    mTabs->addTab(page, QString());

    for (QLineEdit *e : {mTitle, mImplementingPd, mFunding})
        connect(e, &QLineEdit::textChanged, this, &AgreementEditor::later);
    for (QPlainTextEdit *e : {mObject, mScope})
        connect(e, &QPlainTextEdit::textChanged, this, &AgreementEditor::later);
    connect(mDocType, &QComboBox::currentIndexChanged, this, [this] {
        rebuildStages();
        later();
    });
    connect(mCategory, &QComboBox::currentIndexChanged, this, &AgreementEditor::later);
    connect(mUrusan, &QComboBox::currentIndexChanged, this, &AgreementEditor::later);
    connect(mStatus, &QComboBox::currentIndexChanged, this, [this] {
        rebuildStages();
        later();
    });
    connect(mValue, &NumberEdit::valueChanged, this, &AgreementEditor::later);
}

void AgreementEditor::buildPartiesTab()
{
    auto *page = new QWidget(mTabs);
    mParties = new QTableWidget(0, PartyColumnCount, page);
    mParties->setObjectName(QStringLiteral("parties"));
    mParties->setSelectionBehavior(QAbstractItemView::SelectRows);
    mParties->verticalHeader()->setVisible(false);
    mParties->horizontalHeader()->setSectionResizeMode(KindColumn, QHeaderView::ResizeToContents);
    mParties->horizontalHeader()->setSectionResizeMode(RegionColumn, QHeaderView::Interactive);
    mParties->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    mParties->horizontalHeader()->setSectionResizeMode(NumberColumn, QHeaderView::Interactive);
    mParties->horizontalHeader()->setSectionResizeMode(SignatoryColumn, QHeaderView::Stretch);
    mParties->setColumnWidth(RegionColumn, 230);
    mParties->setColumnWidth(NumberColumn, 170);
    mAddRegionParty = new QPushButton(page);
    mAddOtherParty = new QPushButton(page);
    mRemoveParty = new QPushButton(page);
    mRemoveParty->setEnabled(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(mAddRegionParty);
    buttons->addWidget(mAddOtherParty);
    buttons->addWidget(mRemoveParty);
    buttons->addStretch(1);
    auto *hint = new QLabel(page);
    hint->setWordWrap(true);
    mLabels.append({hint, QT_TR_NOOP("Pihak pertama biasanya daerah sendiri. Nomor dokumen diisi per pihak "
                                     "(setiap pihak memberi nomor sendiri); nomor yang sama dari pihak yang sama "
                                     "pada kerja sama lain ditolak.")});
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(hint);
    layout->addWidget(mParties, 1);
    layout->addLayout(buttons);
    mTabs->addTab(page, QString());

    connect(mAddRegionParty, &QPushButton::clicked, this, [this] {
        addParty(Party{PartyKind::Region, {}, {}, {}, {}});
        mParties->setCurrentCell(mParties->rowCount() - 1, RegionColumn);
    });
    connect(mAddOtherParty, &QPushButton::clicked, this, [this] {
        addParty(Party{partnerKindFor(Category(mCategory->currentData().toInt())), {}, {}, {}, {}});
        mParties->setCurrentCell(mParties->rowCount() - 1, NameColumn);
        mParties->editItem(mParties->item(mParties->rowCount() - 1, NameColumn));
    });
    connect(mRemoveParty, &QPushButton::clicked, this, [this] {
        QList<int> rows;
        for (const QModelIndex &i : mParties->selectionModel()->selectedRows())
            rows.append(i.row());
        std::sort(rows.rbegin(), rows.rend());
        for (int r : rows)
            mParties->removeRow(r);
        later();
    });
    connect(mParties, &QTableWidget::itemSelectionChanged, this,
            [this] { mRemoveParty->setEnabled(!mParties->selectionModel()->selectedRows().isEmpty()); });
    connect(mParties, &QTableWidget::itemChanged, this, &AgreementEditor::later);
}

void AgreementEditor::buildDatesTab()
{
    auto *page = new QWidget(mTabs);
    mSigned = new OptionalDateEdit(page);
    mSigned->setObjectName(QStringLiteral("signedOn"));
    mStart = new OptionalDateEdit(page);
    mStart->setObjectName(QStringLiteral("startDate"));
    mEnd = new OptionalDateEdit(page);
    mEnd->setObjectName(QStringLiteral("endDate"));
    auto label = [this, page](const char *text, QWidget *buddy) {
        auto *l = new QLabel(page);
        l->setBuddy(buddy);
        mLabels.append({l, text});
        return l;
    };
    auto *dates = new QHBoxLayout;
    dates->addWidget(label(QT_TR_NOOP("Tanggal &tanda tangan:"), mSigned->edit()));
    dates->addWidget(mSigned);
    dates->addSpacing(12);
    dates->addWidget(label(QT_TR_NOOP("&Mulai berlaku:"), mStart->edit()));
    dates->addWidget(mStart);
    dates->addSpacing(12);
    dates->addWidget(label(QT_TR_NOOP("&Berakhir:"), mEnd->edit()));
    dates->addWidget(mEnd);
    dates->addStretch(1);
    for (OptionalDateEdit *d : {mSigned, mStart, mEnd})
        connect(d, &OptionalDateEdit::valueChanged, this, &AgreementEditor::later);

    auto *stageBox = new QGroupBox(page);
    stageBox->setObjectName(QStringLiteral("stageBox"));
    mCurrentStage = new QLabel(stageBox);
    mCurrentStage->setObjectName(QStringLiteral("currentStage"));
    QFont bold = mCurrentStage->font();
    bold.setBold(true);
    mCurrentStage->setFont(bold);
    mStageTable = new QTableWidget(0, 3, stageBox);
    mStageTable->setObjectName(QStringLiteral("stageTable"));
    mStageTable->verticalHeader()->setVisible(false);
    mStageTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    mStageTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Fixed);
    mStageTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    mStageTable->setSelectionMode(QAbstractItemView::NoSelection);
    mStageTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mNextStage = new QComboBox(stageBox);
    mNextStage->setObjectName(QStringLiteral("nextStage"));
    mNextStage->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    mStageDate = new DateEdit(stageBox);
    mStageDate->setObjectName(QStringLiteral("stageDate"));
    mStageDate->setValue(QDate::currentDate());
    mAdvance = new QPushButton(stageBox);
    mAdvance->setObjectName(QStringLiteral("advanceStage"));
    mSetDirectly = new QPushButton(stageBox);
    mSetDirectly->setObjectName(QStringLiteral("setStageDirectly"));
    mUndoStage = new QPushButton(stageBox);
    mUndoStage->setObjectName(QStringLiteral("undoLastStage"));
    mStageMessage = messageLabel(stageBox, QStringLiteral("stageMessage"));
    mStagePath = new QLabel(stageBox);
    mStagePath->setWordWrap(true);
    mStagePath->setStyleSheet(QStringLiteral("QLabel { color: palette(mid); }"));

    auto *controls = new QHBoxLayout;
    controls->addWidget(label(QT_TR_NOOP("Ta&hap berikutnya:"), mNextStage));
    controls->addWidget(mNextStage, 1);
    controls->addWidget(label(QT_TR_NOOP("tanggal"), mStageDate));
    controls->addWidget(mStageDate);
    controls->addWidget(mAdvance);
    auto *more = new QHBoxLayout;
    more->addStretch(1);
    more->addWidget(mSetDirectly);
    more->addWidget(mUndoStage);
    auto *stageLayout = new QVBoxLayout(stageBox);
    stageLayout->addWidget(mCurrentStage);
    stageLayout->addWidget(mStageTable, 1);
    stageLayout->addLayout(controls);
    stageLayout->addWidget(mStageMessage);
    stageLayout->addLayout(more);
    stageLayout->addWidget(mStagePath);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(dates);
    layout->addWidget(stageBox, 1);
    mTabs->addTab(page, QString());

    connect(mAdvance, &QPushButton::clicked, this, [this] {
        if (mNextStage->currentIndex() >= 0)
            static_cast<void>(advanceStage(Stage(mNextStage->currentData().toInt()), mStageDate->value()));
    });
    connect(mSetDirectly, &QPushButton::clicked, this, [this] {
        if (mNextStage->currentIndex() >= 0)
            setStageDirectly(Stage(mNextStage->currentData().toInt()), mStageDate->value());
    });
    connect(mUndoStage, &QPushButton::clicked, this, &AgreementEditor::undoLastStage);
}

void AgreementEditor::buildDocumentsTab()
{
    auto *page = new QWidget(mTabs);
    mDocumentList = new QTreeWidget(page);
    mDocumentList->setObjectName(QStringLiteral("documents"));
    mDocumentList->setRootIsDecorated(false);
    mDocumentList->setColumnCount(4);
    mDocumentList->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    mDocumentList->header()->setStretchLastSection(false);
    mDocumentKind = new QComboBox(page);
    mDocumentKind->setObjectName(QStringLiteral("documentKind"));
    mAddDocument = new QPushButton(page);
    mOpenDocument = new QPushButton(page);
    mSaveDocument = new QPushButton(page);
    mRemoveDocument = new QPushButton(page);
    mAttachmentMessage = messageLabel(page, QStringLiteral("attachmentMessage"));
    auto *limit = new QLabel(page);
    limit->setObjectName(QStringLiteral("attachmentLimit"));
    limit->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(mDocumentKind);
    buttons->addWidget(mAddDocument);
    buttons->addStretch(1);
    buttons->addWidget(mOpenDocument);
    buttons->addWidget(mSaveDocument);
    buttons->addWidget(mRemoveDocument);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(limit);
    layout->addWidget(mDocumentList, 1);
    layout->addLayout(buttons);
    layout->addWidget(mAttachmentMessage);
    mTabs->addTab(page, QString());

    connect(mAddDocument, &QPushButton::clicked, this, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(
            this, tr("Lampirkan dokumen"), QString(),
            tr("Dokumen (*.pdf *.doc *.docx *.odt *.xls *.xlsx *.ods *.jpg *.jpeg *.png);;Semua berkas (*)"));
        for (const QString &path : paths) {
            if (!addAttachmentFile(path, mDocumentKind->currentData().toString()))
                break;
        }
    });
    connect(mOpenDocument, &QPushButton::clicked, this, [this] { openDocument(false); });
    connect(mSaveDocument, &QPushButton::clicked, this, [this] { openDocument(true); });
    connect(mDocumentList, &QTreeWidget::itemDoubleClicked, this, [this] { openDocument(false); });
    connect(mRemoveDocument, &QPushButton::clicked, this, [this] {
        const QUuid id = currentDocumentId();
        if (id.isNull())
            return;
        mDocuments.removeIf([&id](const AttachedDocument &d) { return d.meta.id == id; });
        const bool stored = std::any_of(mProject.documents.cbegin(), mProject.documents.cend(),
                                        [&id](const AttachedDocument &d) { return d.meta.id == id; });
        if (stored)
            mRemovedDocuments.append(id);
        rebuildDocuments();
        later();
    });
    connect(mDocumentList, &QTreeWidget::currentItemChanged, this, [this] {
        const bool any = !currentDocumentId().isNull();
        mOpenDocument->setEnabled(any);
        mSaveDocument->setEnabled(any);
        mRemoveDocument->setEnabled(any);
    });
}

void AgreementEditor::buildMonevTab()
{
    auto *page = new QWidget(mTabs);
    mMonevList = new QTreeWidget(page);
    mMonevList->setObjectName(QStringLiteral("monevRecords"));
    mMonevList->setRootIsDecorated(false);
    mMonevList->setColumnCount(5);
    mMonevList->header()->setSectionResizeMode(4, QHeaderView::Stretch);
    mMonevList->header()->setStretchLastSection(true);
    mAddMonev = new QPushButton(page);
    mEditMonev = new QPushButton(page);
    mRemoveMonev = new QPushButton(page);
    mMonevSummary = new QLabel(page);
    mMonevSummary->setObjectName(QStringLiteral("monevSummary"));
    mMonevSummary->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(mAddMonev);
    buttons->addWidget(mEditMonev);
    buttons->addWidget(mRemoveMonev);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(mMonevSummary);
    layout->addWidget(mMonevList, 1);
    layout->addLayout(buttons);
    mTabs->addTab(page, QString());

    connect(mAddMonev, &QPushButton::clicked, this, [this] { editMonev({}); });
    connect(mEditMonev, &QPushButton::clicked, this, [this] { editMonev(currentMonevId()); });
    connect(mMonevList, &QTreeWidget::itemDoubleClicked, this, [this] { editMonev(currentMonevId()); });
    connect(mRemoveMonev, &QPushButton::clicked, this, [this] { removeMonevRecord(currentMonevId()); });
    connect(mMonevList, &QTreeWidget::currentItemChanged, this, [this] {
        const bool any = !currentMonevId().isNull();
        mEditMonev->setEnabled(any);
        mRemoveMonev->setEnabled(any);
    });
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
    const QVariant kind = mDocumentKind->currentData();
    mDocumentKind->clear();
    for (const auto &[key, name] : attachmentKinds())
        mDocumentKind->addItem(name, key);
    mDocumentKind->setCurrentIndex(qMax(0, mDocumentKind->findData(kind)));
    mLoading = false;
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

// --- parties ----------------------------------------------------------------------------------------------------

void AgreementEditor::addParty(const Party &party)
{
    const int row = mParties->rowCount();
    mParties->insertRow(row);
    auto *kind = new QComboBox(mParties);
    for (PartyKind k : AllPartyKinds)
        kind->addItem(partyKindLabel(k), int(k));
    kind->setFrame(false);
    mParties->setCellWidget(row, KindColumn, kind);
    auto *region = new RegionPicker(mParties);
    region->setFrame(false);
    region->setMinimumContentsLength(16);
    mParties->setCellWidget(row, RegionColumn, region);
    for (int c : {NameColumn, NumberColumn, SignatoryColumn})
        mParties->setItem(row, c, new QTableWidgetItem);
    setPartyRow(row, party);
    connect(kind, &QComboBox::currentIndexChanged, this, [this, kind] {
        for (int r = 0; r < mParties->rowCount(); ++r) {
            if (mParties->cellWidget(r, KindColumn) == kind)
                updatePartyRow(r);
        }
        later();
    });
    connect(region, &RegionPicker::codeChanged, this, &AgreementEditor::later);
    connect(region, &QComboBox::editTextChanged, this, &AgreementEditor::later);
    later();
}

void AgreementEditor::setPartyRow(int row, const Party &party)
{
    const QSignalBlocker block(mParties);
    auto *kind = static_cast<QComboBox *>(mParties->cellWidget(row, KindColumn));
    kind->setCurrentIndex(kind->findData(int(party.kind)));
    auto *region = static_cast<RegionPicker *>(mParties->cellWidget(row, RegionColumn));
    if (party.regionCode.isEmpty())
        region->lineEdit()->clear(); // not setCode(""): QComboBox would ask the model for row -1
    else
        region->setCode(party.regionCode);
    mParties->item(row, NameColumn)->setText(party.name);
    mParties->item(row, NumberColumn)->setText(party.documentNumber);
    mParties->item(row, SignatoryColumn)->setText(party.signatory);
    updatePartyRow(row);
}

void AgreementEditor::updatePartyRow(int row)
{
    const auto kind = PartyKind(static_cast<QComboBox *>(mParties->cellWidget(row, KindColumn))->currentData().toInt());
    auto *region = static_cast<RegionPicker *>(mParties->cellWidget(row, RegionColumn));
    region->setEnabled(kind == PartyKind::Region);
    if (kind != PartyKind::Region)
        region->lineEdit()->clear();
    if (QTableWidgetItem *name = mParties->item(row, NameColumn)) {
        name->setToolTip(kind == PartyKind::Region ? tr("Boleh dikosongkan: nama daerah diambil dari data rujukan")
                                                   : tr("Nama lengkap pihak, mis. PT Tirta Galuh atau Badan Pusat "
                                                        "Statistik"));
    }
}

Party AgreementEditor::partyAt(int row) const
{
    Party p;
    p.kind = PartyKind(static_cast<QComboBox *>(mParties->cellWidget(row, KindColumn))->currentData().toInt());
    if (p.kind == PartyKind::Region) {
        auto *region = static_cast<RegionPicker *>(mParties->cellWidget(row, RegionColumn));
        p.regionCode = region->code();
        if (p.regionCode.isEmpty()) // keep what was typed so the check can name it
            p.regionCode = region->currentText().trimmed();
    }
    p.name = mParties->item(row, NameColumn)->text().simplified();
    p.documentNumber = mParties->item(row, NumberColumn)->text().simplified();
    p.signatory = mParties->item(row, SignatoryColumn)->text().simplified();
    return p;
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
    a.signedOn = mSigned->value();
    a.startDate = mStart->value();
    a.endDate = mEnd->value();
    a.parties.clear();
    for (int r = 0; r < mParties->rowCount(); ++r)
        a.parties.append(partyAt(r));
    a.stages = mStages;
    a.stage = mStage;
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
        if (!stored(mProject.documents, d.meta.id)) {
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

std::optional<bool> AgreementEditor::dprdRequired() const
{
    return dprdApprovalRequired(agreement(), mProject);
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

// --- stages -----------------------------------------------------------------------------------------------------

Status AgreementEditor::advanceStage(Stage to, const QDate &date)
{
    Agreement a = agreement();
    Status st = ksd::advanceStage(a, to, date, dprdRequired());
    if (!st) {
        showStageMessage(st.error().message, true);
        return st;
    }
    mStages = a.stages;
    mStage = a.stage;
    showStageMessage(tr("Tahap \"%1\" dicatat pada %2.").arg(stageName(to), formatLongDate(date)), false);
    rebuildStages();
    later();
    return st;
}

void AgreementEditor::setStageDirectly(Stage to, const QDate &date)
{
    mStages = {StageDate{to, date}};
    mStage = to;
    showStageMessage(tr("Tahap ditetapkan langsung ke \"%1\" (data lama).").arg(stageName(to)), false);
    rebuildStages();
    later();
}

void AgreementEditor::undoLastStage()
{
    if (mStages.isEmpty())
        return;
    mStages.removeLast();
    mStage = mStages.isEmpty() ? Stage::Persiapan : mStages.constLast().stage;
    showStageMessage({}, false);
    rebuildStages();
    later();
}

void AgreementEditor::showStageMessage(const QString &text, bool error)
{
    mStageMessage->setText(text);
    mStageMessage->setStyleSheet(error ? QStringLiteral("QLabel { color: #b00020; }")
                                       : QStringLiteral("QLabel { color: #1b6e20; }"));
    mStageMessage->setVisible(!text.isEmpty());
}

QString AgreementEditor::stageMessage() const
{
    return mStageMessage->isHidden() ? QString() : mStageMessage->text();
}

void AgreementEditor::rebuildStages()
{
    if (mLoading)
        return;
    mCurrentStage->setText(tr("Tahap saat ini: %1").arg(stageName(mStage)));
    // The whole legal path, with the date each stage was reached (editable) and what happened to the others.
    mStageTable->setRowCount(StageCount);
    const int dateWidth = DateEdit().sizeHint().width() + 8;
    mStageTable->setColumnWidth(1, dateWidth);
    for (int s = 0; s < StageCount; ++s) {
        int recorded = -1;
        for (int i = 0; i < mStages.size() && recorded < 0; ++i) {
            if (int(mStages[i].stage) == s)
                recorded = i;
        }
        auto *name = new QTableWidgetItem(QStringLiteral("%1. %2").arg(s + 1).arg(stageName(Stage(s))));
        QString note;
        if (s == int(mStage))
            note = tr("tahap saat ini");
        else if (recorded >= 0)
            note = tr("sudah dicapai");
        else if (s < int(mStage))
            note = tr("dilewati");
        auto *remark = new QTableWidgetItem(note);
        if (s == int(mStage)) {
            QFont f = name->font();
            f.setBold(true);
            name->setFont(f);
            remark->setFont(f);
        } else if (recorded < 0) {
            name->setForeground(QColor(Qt::gray));
            remark->setForeground(QColor(Qt::gray));
        }
        mStageTable->setItem(s, 0, name);
        mStageTable->setItem(s, 2, remark);
        if (recorded >= 0) {
            auto *date = new DateEdit(mStageTable);
            date->setFrame(false);
            date->setValue(mStages[recorded].date);
            connect(date, &DateEdit::valueChanged, this, [this, recorded, date] {
                if (recorded < mStages.size()) {
                    mStages[recorded].date = date->value();
                    later();
                }
            });
            mStageTable->setCellWidget(s, 1, date);
        } else {
            mStageTable->removeCellWidget(s, 1);
            mStageTable->setItem(s, 1, new QTableWidgetItem(QStringLiteral("—")));
            mStageTable->item(s, 1)->setForeground(QColor(Qt::gray));
            mStageTable->item(s, 1)->setTextAlignment(Qt::AlignCenter);
        }
    }

    const Agreement a = agreement();
    const QList<Stage> allowed = allowedNextStages(a, dprdRequired());
    mNextStage->clear();
    int firstAllowed = -1;
    for (int s = int(mStage) + 1; s < StageCount; ++s) {
        const bool ok = allowed.contains(Stage(s));
        mNextStage->addItem(ok ? stageName(Stage(s)) : tr("%1 (tidak dapat langsung)").arg(stageName(Stage(s))), s);
        if (!ok)
            mNextStage->setItemData(mNextStage->count() - 1, QColor(Qt::gray), Qt::ForegroundRole);
        if (ok && firstAllowed < 0)
            firstAllowed = mNextStage->count() - 1;
    }
    mNextStage->setCurrentIndex(firstAllowed >= 0 ? firstAllowed : 0);
    const bool ended = a.status == AgreementStatus::Berakhir || a.status == AgreementStatus::Dihentikan;
    mAdvance->setEnabled(mNextStage->count() > 0);
    mAdvance->setToolTip(ended ? tr("Kerja sama yang berakhir atau dihentikan tidak berpindah tahap") : QString());
    mSetDirectly->setEnabled(mStages.size() <= 1 && mNextStage->count() > 0);
    mUndoStage->setEnabled(!mStages.isEmpty());
    mStagePath->setText(stagePathDescription(a.docType));
}

// --- documents ----------------------------------------------------------------------------------------------------

Status AgreementEditor::addAttachmentFile(const QString &path, const QString &kind)
{
    Result<AttachedDocument> d = readAttachment(mOriginal.meta.id, path, kind);
    if (!d) {
        showAttachmentMessage(d.error().message, true);
        mTabs->setCurrentIndex(DocumentsTab);
        return d.error();
    }
    d->meta.id = QUuid::createUuid(); // an id to find it in the dialog; the command stamps the real meta
    mDocuments.append(*d);
    showAttachmentMessage(tr("\"%1\" (%2) dilampirkan; tersimpan bersama kerja sama saat Simpan.")
                              .arg(d->fileName, formatByteSize(d->data.size())),
                          false);
    rebuildDocuments();
    later();
    return Status::success();
}

void AgreementEditor::showAttachmentMessage(const QString &text, bool error)
{
    mAttachmentMessage->setText(text);
    mAttachmentMessage->setStyleSheet(error ? QStringLiteral("QLabel { color: #b00020; font-weight: bold; }")
                                            : QStringLiteral("QLabel { color: #1b6e20; }"));
    mAttachmentMessage->setVisible(!text.isEmpty());
}

QString AgreementEditor::attachmentMessage() const
{
    return mAttachmentMessage->isHidden() ? QString() : mAttachmentMessage->text();
}

void AgreementEditor::rebuildDocuments()
{
    mDocumentList->clear();
    for (const AttachedDocument &d : std::as_const(mDocuments)) {
        auto *item = new QTreeWidgetItem(mDocumentList, {attachmentKindName(d.kind), d.fileName,
                                                         formatByteSize(d.data.size()), d.mimeType});
        item->setData(0, Qt::UserRole, d.meta.id);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
    mDocumentList->resizeColumnToContents(0);
    mDocumentList->resizeColumnToContents(2);
    const bool any = !currentDocumentId().isNull();
    mOpenDocument->setEnabled(any);
    mSaveDocument->setEnabled(any);
    mRemoveDocument->setEnabled(any);
    mTabs->setTabText(DocumentsTab, mDocuments.isEmpty() ? tr("Dokumen")
                                                         : tr("Dokumen (%1)").arg(mDocuments.size()));
}

QUuid AgreementEditor::currentDocumentId() const
{
    const QTreeWidgetItem *item = mDocumentList->currentItem();
    return item ? item->data(0, Qt::UserRole).toUuid() : QUuid();
}

void AgreementEditor::openDocument(bool saveOnly)
{
    const QUuid id = currentDocumentId();
    const auto it = std::find_if(mDocuments.cbegin(), mDocuments.cend(),
                                 [&id](const AttachedDocument &d) { return d.meta.id == id; });
    if (it == mDocuments.cend())
        return;
    QString path;
    if (saveOnly) {
        path = QFileDialog::getSaveFileName(this, tr("Simpan lampiran ke berkas"),
                                            QDir::home().filePath(it->fileName));
        if (path.isEmpty())
            return;
    } else {
        if (!mOpenDir)
            mOpenDir = std::make_unique<QTemporaryDir>();
        path = mOpenDir->filePath(QFileInfo(it->fileName).fileName());
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(it->data) != it->data.size() || !out.commit()) {
        showAttachmentMessage(tr("Lampiran tidak dapat ditulis ke %1: %2").arg(QDir::toNativeSeparators(path),
                                                                              out.errorString()),
                              true);
        return;
    }
    if (saveOnly)
        showAttachmentMessage(tr("Disimpan ke %1.").arg(QDir::toNativeSeparators(path)), false);
    else
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

// --- monev ------------------------------------------------------------------------------------------------------

void AgreementEditor::putMonevRecord(const MonevRecord &record)
{
    MonevRecord r = record;
    r.agreementId = mOriginal.meta.id;
    if (r.meta.id.isNull()) {
        r.meta.id = QUuid::createUuid(); // replaced by a stamped RecordMeta when saved
        mMonev.append(r);
    } else {
        bool found = false;
        for (MonevRecord &m : mMonev) {
            if (m.meta.id == r.meta.id) {
                m = r;
                found = true;
            }
        }
        if (!found)
            mMonev.append(r);
    }
    rebuildMonev();
    later();
}

void AgreementEditor::removeMonevRecord(const QUuid &id)
{
    if (id.isNull())
        return;
    mMonev.removeIf([&id](const MonevRecord &m) { return m.meta.id == id; });
    if (std::any_of(mProject.monev.cbegin(), mProject.monev.cend(),
                    [&id](const MonevRecord &m) { return m.meta.id == id; }))
        mRemovedMonev.append(id);
    rebuildMonev();
    later();
}

void AgreementEditor::editMonev(const QUuid &id)
{
    MonevRecord record;
    record.agreementId = mOriginal.meta.id;
    for (const MonevRecord &m : std::as_const(mMonev)) {
        if (m.meta.id == id)
            record = m;
    }
    const Project draft = projectWithDraft();
    MonevRecordEditor dialog(record, draft, this);
    if (dialog.exec() == QDialog::Accepted)
        putMonevRecord(dialog.record());
}

QUuid AgreementEditor::currentMonevId() const
{
    const QTreeWidgetItem *item = mMonevList->currentItem();
    return item ? item->data(0, Qt::UserRole).toUuid() : QUuid();
}

void AgreementEditor::rebuildMonev()
{
    QList<MonevRecord> sorted = mMonev;
    std::sort(sorted.begin(), sorted.end(),
              [](const MonevRecord &a, const MonevRecord &b) { return isLaterMonev(b, a); });
    mMonevList->clear();
    double sum = 0;
    for (const MonevRecord &m : std::as_const(sorted)) {
        auto *item = new QTreeWidgetItem(mMonevList,
                                         {m.date.isValid() ? m.date.toString(QStringLiteral("dd/MM/yyyy")) : QString(),
                                          m.evaluatorRole, recommendationName(m.recommendation),
                                          QString::number(m.rating), m.kendala.simplified()});
        item->setData(0, Qt::UserRole, m.meta.id);
        item->setTextAlignment(3, Qt::AlignCenter);
        sum += m.rating;
    }
    for (int c = 0; c < 4; ++c)
        mMonevList->resizeColumnToContents(c);
    if (sorted.isEmpty()) {
        mMonevSummary->setText(tr("Belum ada catatan monev untuk kerja sama ini."));
    } else {
        mMonevSummary->setText(tr("%n catatan monev; rata-rata nilai %1; rekomendasi terakhir: %2.", nullptr,
                                  int(sorted.size()))
                                   .arg(indonesianLocale().toString(roundTo(sum / sorted.size(), 1), 'f', 1),
                                        recommendationName(sorted.constFirst().recommendation).toLower()));
    }
    const bool any = !currentMonevId().isNull();
    mEditMonev->setEnabled(any);
    mRemoveMonev->setEnabled(any);
    mTabs->setTabText(MonevTab, mMonev.isEmpty() ? tr("Monev") : tr("Monev (%1)").arg(mMonev.size()));
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
    mTabs->setTabText(DocumentsTab, mDocuments.isEmpty() ? tr("Dokumen") : tr("Dokumen (%1)").arg(mDocuments.size()));
    mTabs->setTabText(MonevTab, mMonev.isEmpty() ? tr("Monev") : tr("Monev (%1)").arg(mMonev.size()));
    mTitle->setPlaceholderText(tr("mis. Pengelolaan sampah regional"));
    mObject->setPlaceholderText(tr("Objek kerja sama"));
    mScope->setPlaceholderText(tr("Ruang lingkup: kegiatan yang disepakati"));
    mFunding->setPlaceholderText(tr("mis. APBD Kota Banjar, CSR mitra"));
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

    mDocumentList->setHeaderLabels({tr("Jenis"), tr("Nama berkas"), tr("Ukuran"), tr("Tipe")});
    mAddDocument->setText(tr("Tambah berkas…"));
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
