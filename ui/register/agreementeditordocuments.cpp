// SPDX-License-Identifier: Apache-2.0
// The Dokumen tab of the agreement form: the files kept inside the .ksd with the agreement.
#include "agreementeditor.h"
#include "agreementeditor_p.h"

#include "io/attachmentopen.h"
#include "register/archive.h"
#include "register/validation.h"
#include "store/documentdata.h"
#include "workbench/taskrunner.h"
#include "util/usertext.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QTabWidget>
#include <QThread>
#include <QTimer>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace ksd {

using namespace detail;

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

void AgreementEditor::buildDocumentsTab()
{
    auto *page = new QWidget(mTabs);
    mDocumentList = new QTreeWidget(page);
    mDocumentList->setObjectName(QStringLiteral("documents"));
    mDocumentList->setRootIsDecorated(false);
    mDocumentList->setColumnCount(6);
    mDocumentList->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    mDocumentList->header()->setStretchLastSection(false);
    mDocumentKind = new QComboBox(page);
    mDocumentKind->setObjectName(QStringLiteral("documentKind"));
    mNewDocumentVersion = new QComboBox(page);
    mNewDocumentVersion->setObjectName(QStringLiteral("newDocumentVersion"));
    // The selected document's archive facts: its version and where the signed original is kept.
    mDocumentVersion = new QComboBox(page);
    mDocumentVersion->setObjectName(QStringLiteral("documentVersion"));
    mDocumentHolder = new QLineEdit(page);
    mDocumentHolder->setObjectName(QStringLiteral("documentHolder"));
    mDocumentLocation = new QLineEdit(page);
    mDocumentLocation->setObjectName(QStringLiteral("documentLocation"));
    mDocumentVersionLabel = new QLabel(page);
    mDocumentHolderLabel = new QLabel(page);
    mDocumentLocationLabel = new QLabel(page);
    mDocumentVersionLabel->setBuddy(mDocumentVersion);
    mDocumentHolderLabel->setBuddy(mDocumentHolder);
    mDocumentLocationLabel->setBuddy(mDocumentLocation);
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
    buttons->addWidget(mNewDocumentVersion);
    buttons->addWidget(mAddDocument);
    buttons->addStretch(1);
    buttons->addWidget(mOpenDocument);
    buttons->addWidget(mSaveDocument);
    buttons->addWidget(mRemoveDocument);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(limit);
    layout->addWidget(mDocumentList, 1);
    auto *facts = new QHBoxLayout;
    facts->addWidget(mDocumentVersionLabel);
    facts->addWidget(mDocumentVersion);
    facts->addWidget(mDocumentHolderLabel);
    facts->addWidget(mDocumentHolder, 1);
    facts->addWidget(mDocumentLocationLabel);
    facts->addWidget(mDocumentLocation, 1);
    layout->addLayout(facts);
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
    connect(mDocumentList, &QTreeWidget::currentItemChanged, this, [this] { showDocumentFacts(); });
    // Edits of the selected document's facts are kept in the dialog until OK, like everything else in it.
    const auto editFacts = [this] {
        if (mLoading)
            return;
        const QUuid id = currentDocumentId();
        for (AttachedDocument &d : mDocuments) {
            if (d.meta.id != id)
                continue;
            d.version = DocumentVersion(mDocumentVersion->currentData().toInt());
            d.originalHolder = mDocumentHolder->text().trimmed();
            d.originalLocation = mDocumentLocation->text().trimmed();
            if (QTreeWidgetItem *item = mDocumentList->currentItem())
                fillDocumentItem(item, d);
        }
        later();
    };
    connect(mDocumentVersion, &QComboBox::currentIndexChanged, this, editFacts);
    connect(mDocumentHolder, &QLineEdit::textEdited, this, editFacts);
    connect(mDocumentLocation, &QLineEdit::textEdited, this, editFacts);
}

void AgreementEditor::fillDocumentItem(QTreeWidgetItem *item, const AttachedDocument &d) const
{
    // The hash is streamed once per handle and kept; the list checks scans up to ListCheckBytes on the spot and
    // leaves bigger ones to `petaksd check --documents` (never a pause of seconds when the tab opens).
    constexpr qint64 ListCheckBytes = 64 * 1024 * 1024;
    const bool checked = d.data.size() <= ListCheckBytes || d.data.kind() != DocumentData::Kind::Stored;
    const DocumentState state = checked ? documentState(d) : DocumentState::Intact;
    QStringList original;
    if (!d.originalHolder.isEmpty())
        original << d.originalHolder;
    if (!d.originalLocation.isEmpty())
        original << d.originalLocation;
    const QStringList cells{attachmentKindName(d.kind), shownValue(d.fileName),
                            d.version == DocumentVersion::Unstated ? QStringLiteral("–") : documentVersionName(d.version),
                            checked ? documentStateName(state) : QStringLiteral("–"), formatByteSize(d.data.size()),
                            original.isEmpty() ? QStringLiteral("–") : shownValue(original.join(QStringLiteral(" · ")))};
    for (int c = 0; c < cells.size(); ++c)
        item->setText(c, cells[c]);
    item->setToolTip(1, d.sha256.isEmpty() ? shownValue(d.mimeType)
                                           : tr("%1\nSHA-256 %2").arg(shownValue(d.mimeType), d.sha256));
    item->setForeground(3, state == DocumentState::Altered || state == DocumentState::Missing
                               ? QBrush(QColor(0xb0, 0x00, 0x20))
                               : QBrush());
    item->setToolTip(3, state == DocumentState::Altered
                            ? tr("Isi berkas tidak lagi cocok dengan SHA-256 yang dicatat saat dilampirkan.")
                            : state == DocumentState::Missing ? tr("Isi berkas tidak ada di salinan ini.")
                                                              : QString());
}

void AgreementEditor::showDocumentFacts()
{
    const QUuid id = currentDocumentId();
    const auto it = std::find_if(mDocuments.cbegin(), mDocuments.cend(),
                                 [&id](const AttachedDocument &d) { return d.meta.id == id; });
    const bool any = it != mDocuments.cend();
    mOpenDocument->setEnabled(any);
    mSaveDocument->setEnabled(any);
    mRemoveDocument->setEnabled(any);
    for (QWidget *w : std::initializer_list<QWidget *>{mDocumentVersion, mDocumentHolder, mDocumentLocation})
        w->setEnabled(any);
    const bool loading = mLoading;
    mLoading = true;
    mDocumentVersion->setCurrentIndex(qMax(0, mDocumentVersion->findData(any ? int(it->version) : 0)));
    mDocumentHolder->setText(any ? it->originalHolder : QString());
    mDocumentLocation->setText(any ? it->originalLocation : QString());
    mLoading = loading;
}

Result<AttachedDocument> AgreementEditor::readAttachmentInBackground(const QString &path, const QString &kind)
{
    // The copy and the hash of a big scan (up to MaxAttachmentBytes) run on a worker thread: the window keeps
    // repainting, with the progress and a cancel button, and the file is never held whole in memory.
    if (Status size = checkAttachmentSize(QFileInfo(path).fileName(), QFileInfo(path).size()); !size)
        return size.error();
    auto control = std::make_shared<TaskControl>();
    auto result = std::make_shared<std::optional<Result<AttachedDocument>>>();
    const QUuid agreementId = mOriginal.meta.id;
    std::unique_ptr<QThread> worker(QThread::create([control, result, agreementId, path, kind] {
        result->emplace(archiveFile(path, agreementId, kind, DocumentVersion::Unstated,
                                    [&control](qint64 done, qint64 total) {
                                        // Progress in kilobytes keeps a 256 MB file inside an int.
                                        return control->progress(int(done / 1024), int(total / 1024));
                                    }));
    }));
    QProgressDialog progress(tr("Melampirkan \"%1\"…").arg(shownValue(QFileInfo(path).fileName())), tr("Batal"), 0,
                             0, this);
    progress.setObjectName(QStringLiteral("attachProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    progress.setAutoReset(false);
    progress.setAutoClose(false);
    connect(&progress, &QProgressDialog::canceled, &progress, [control] { control->cancel(); });
    QTimer poll;
    poll.setInterval(100);
    connect(&poll, &QTimer::timeout, &progress, [&progress, control] {
        if (control->total() > 0) {
            progress.setMaximum(control->total());
            progress.setValue(control->done());
        }
    });
    QEventLoop loop;
    connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    poll.start();
    loop.exec();
    worker->wait();
    if (!result->has_value())
        return Error{tr("Lampiran tidak dapat dibaca."), path, 0};
    return std::move(**result);
}

Status AgreementEditor::addAttachmentFile(const QString &path, const QString &kind)
{
    Result<AttachedDocument> d = readAttachmentInBackground(path, kind);
    if (!d) {
        showMessage(mAttachmentMessage, d.error().message, true, true);
        mTabs->setCurrentIndex(DocumentsTab);
        return d.error();
    }
    d->meta.id = QUuid::createUuid(); // an id to find it in the dialog; the command stamps the real meta
    d->version = DocumentVersion(mNewDocumentVersion->currentData().toInt());
    mDocuments.append(*d);
    showMessage(mAttachmentMessage,
                tr("\"%1\" (%2) dilampirkan; tersimpan bersama kerja sama saat Simpan.")
                    .arg(shownValue(d->fileName), formatByteSize(d->data.size())),
                false);
    rebuildDocuments();
    later();
    return Status::success();
}

QString AgreementEditor::attachmentMessage() const
{
    return shownMessage(mAttachmentMessage);
}

void AgreementEditor::rebuildDocuments()
{
    mDocumentList->clear();
    for (const AttachedDocument &d : std::as_const(mDocuments)) {
        auto *item = new QTreeWidgetItem(mDocumentList);
        fillDocumentItem(item, d);
        item->setData(0, Qt::UserRole, d.meta.id);
        item->setTextAlignment(4, Qt::AlignRight | Qt::AlignVCenter);
    }
    for (int c : {0, 2, 3, 4, 5})
        mDocumentList->resizeColumnToContents(c);
    showDocumentFacts();
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
    // Opening hands the file to the desktop: only a document type, under a name whose extension comes from the
    // stored MIME type, in a private folder, after the user saw its real name and type.
    const AttachmentOpening opening = attachmentOpening(it->fileName, it->mimeType);
    QString path;
    if (saveOnly) {
        path = QFileDialog::getSaveFileName(this, tr("Simpan lampiran ke berkas"),
                                            QDir::home().filePath(opening.fileName.isEmpty()
                                                                      ? QStringLiteral("lampiran")
                                                                      : opening.fileName));
        if (path.isEmpty())
            return;
    } else {
        if (!opening.allowed) {
            showMessage(mAttachmentMessage, opening.reason, true, true);
            return;
        }
        const auto answer = QMessageBox::question(
            this, tr("Buka lampiran"),
            tr("Buka lampiran \"%1\" dengan aplikasi bawaan?\n\nJenis: %2\nDibuka sebagai: %3")
                .arg(opening.shownName, opening.typeName, opening.fileName));
        if (answer != QMessageBox::Yes)
            return;
        if (!mOpenDir)
            mOpenDir = std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("petaksd-XXXXXX")));
        if (!mOpenDir->isValid()) {
            showMessage(mAttachmentMessage, tr("Folder sementara untuk membuka lampiran tidak dapat dibuat."), true, true);
            return;
        }
        QFile::setPermissions(mOpenDir->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        path = mOpenDir->filePath(opening.fileName);
    }
    // Streamed from the project file (or the private copy of a file attached since the last save) to the new file.
    QSaveFile out(path);
    Status written = out.open(QIODevice::WriteOnly) ? writeDocumentTo(it->data, out) : Status(Error{out.errorString(), {}, 0});
    if (!written || !out.commit()) {
        showMessage(mAttachmentMessage,
                    tr("Lampiran tidak dapat ditulis ke %1: %2")
                        .arg(QDir::toNativeSeparators(path), written ? out.errorString() : written.error().message),
                    true, true);
        return;
    }
    if (saveOnly)
        showMessage(mAttachmentMessage, tr("Disimpan ke %1.").arg(QDir::toNativeSeparators(path)), false);
    else
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

} // namespace ksd
