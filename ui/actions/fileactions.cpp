// SPDX-License-Identifier: Apache-2.0
#include "fileactions.h"

#include "util/format.h"

#include "demo/demoproject.h"
#include "dialogs/dialogbuttons.h"
#include "dialogs/projectinfodialog.h"
#include "document/projectdocument.h"
#include "store/ksdstore.h"
#include "store/schema.h"
#include "widgets/startpage.h"
#include "workbench/autosave.h"
#include "workbench/documentmanager.h"
#include "workbench/preferences.h"
#include "workbench/recentfiles.h"
#include "workbench/workbench.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QToolBar>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>

namespace ksd {

namespace {
const QString LastDirKey = QStringLiteral("files/lastDir");

QString lastDir()
{
    // The last folder used, else Documents, else home: never a folder that does not exist.
    for (const QString &dir : {QSettings().value(LastDirKey).toString(),
                               QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)}) {
        if (!dir.isEmpty() && QFileInfo(dir).isDir())
            return dir;
    }
    return QDir::homePath();
}

QString ksdFromMime(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl &url : mime->urls()) {
        const QString path = url.toLocalFile();
        if (path.endsWith(QLatin1String(".ksd"), Qt::CaseInsensitive))
            return path;
    }
    return {};
}
} // namespace

FileActions::FileActions(Workbench *workbench, StartPage *startPage)
    : ActionHandler(workbench)
    , mStartPage(startPage)
    , mAutosave(new AutosaveManager(workbench->documents(), this))
{
    QStyle *style = workbench->window()->style();
    mNew = new QAction(style->standardIcon(QStyle::SP_FileIcon), QString(), this);
    mNew->setShortcut(QKeySequence::New);
    mOpen = new QAction(style->standardIcon(QStyle::SP_DialogOpenButton), QString(), this);
    mOpen->setShortcut(QKeySequence::Open);
    mRecentMenu = new QMenu(workbench->window());
    mClearRecent = new QAction(this);
    mDemo = new QAction(style->standardIcon(QStyle::SP_FileDialogContentsView), QString(), this);
    mSave = new QAction(style->standardIcon(QStyle::SP_DialogSaveButton), QString(), this);
    mSave->setShortcut(QKeySequence::Save);
    mSaveAs = new QAction(this);
    mSaveAs->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+S")));
    mClose = new QAction(style->standardIcon(QStyle::SP_DialogCloseButton), QString(), this);
    mClose->setShortcut(QKeySequence(QStringLiteral("Ctrl+W")));
    mQuit = new QAction(this);
    mQuit->setShortcut(QKeySequence(QStringLiteral("Ctrl+Q")));
    mQuit->setMenuRole(QAction::QuitRole);

    // The banner of a read-only project (or of one opened without a lock), across the window above the pages.
    mBanner = new QToolBar(workbench->window());
    mBanner->setObjectName(QStringLiteral("documentBanner"));
    mBanner->setMovable(false);
    mBanner->setFloatable(false);
    mBanner->toggleViewAction()->setVisible(false);
    mBanner->setStyleSheet(QStringLiteral("QToolBar#documentBanner { background: #fff4ce; border: 1px solid #e0c36a; }"));
    mBannerText = new QLabel(mBanner);
    mBannerText->setObjectName(QStringLiteral("documentBannerText"));
    mBannerText->setWordWrap(true);
    mBannerText->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    mBanner->addWidget(mBannerText);
    mBannerSaveAs = mBanner->addAction(QString(), this, [this] { saveAs(); });
    workbench->window()->addToolBarBreak(Qt::TopToolBarArea);
    workbench->window()->addToolBar(Qt::TopToolBarArea, mBanner);
    mBanner->hide();

    workbench->addAction(MenuId::File, Section::FileNew, mNew);
    workbench->addAction(MenuId::File, Section::FileOpen, mOpen);
    workbench->addMenu(MenuId::File, Section::FileOpen, mRecentMenu);
    workbench->addAction(MenuId::File, Section::FileOpen, mDemo);
    workbench->addAction(MenuId::File, Section::FileSave, mSave);
    workbench->addAction(MenuId::File, Section::FileSave, mSaveAs);
    workbench->addAction(MenuId::File, Section::FileClose, mClose);
    workbench->addAction(MenuId::File, Section::FileQuit, mQuit);
    workbench->addToolBarAction(Section::FileNew, mNew);
    workbench->addToolBarAction(Section::FileNew, mOpen);
    workbench->addToolBarAction(Section::FileNew, mSave);

    connect(mNew, &QAction::triggered, this, &FileActions::newProject);
    connect(mOpen, &QAction::triggered, this, &FileActions::openDialog);
    connect(mDemo, &QAction::triggered, this, &FileActions::openDemo);
    connect(mSave, &QAction::triggered, this, &FileActions::save);
    connect(mSaveAs, &QAction::triggered, this, &FileActions::saveAs);
    connect(mClose, &QAction::triggered, this, &FileActions::closeDocument);
    connect(mQuit, &QAction::triggered, workbench->window(), &QWidget::close);
    connect(mClearRecent, &QAction::triggered, workbench->documents()->recentFiles(), &RecentFiles::clear);

    connect(startPage, &StartPage::newRequested, this, &FileActions::newProject);
    connect(startPage, &StartPage::openRequested, this, &FileActions::openDialog);
    connect(startPage, &StartPage::demoRequested, this, &FileActions::openDemo);
    connect(startPage, &StartPage::recentRequested, this, &FileActions::openFile);

    DocumentManager *docs = workbench->documents();
    connect(docs->recentFiles(), &RecentFiles::changed, this, &FileActions::rebuildRecentMenu);
    connect(docs, &DocumentManager::documentChanged, this, [this](ProjectDocument *doc) {
        if (doc) {
            connect(doc, &ProjectDocument::modifiedChanged, this, &FileActions::updateTitle);
            connect(doc, &ProjectDocument::filePathChanged, this, &FileActions::updateTitle);
            connect(doc, &ProjectDocument::projectInfoChanged, this, &FileActions::updateTitle);
            connect(doc, &ProjectDocument::modifiedChanged, this, &FileActions::updateActions);
            connect(doc, &ProjectDocument::readOnlyChanged, this, &FileActions::updateBanner);
        }
        mLockNote.clear();
        updateTitle();
        updateActions();
        updateBanner();
    });
    connect(docs, &DocumentManager::lockLost, this, [this](const QString &lockPath) {
        mLockNote = tr("Berkas kunci %1 kini milik editor lain yang membuka proyek ini juga. Simpan ke berkas lain "
                       "agar pekerjaan tidak saling menimpa.")
                        .arg(QDir::toNativeSeparators(lockPath));
        updateBanner();
    });
    connect(mAutosave, &AutosaveManager::autosaveFailed, this, [this](const QString &message) {
        this->workbench()->showMessage(tr("Salinan pemulihan gagal ditulis: %1").arg(message), 10000);
    });
    mAutosave->setIntervalMinutes(Preferences::instance()->autosaveMinutes());
    connect(Preferences::instance(), &Preferences::autosaveMinutesChanged, mAutosave,
            &AutosaveManager::setIntervalMinutes);

    workbench->window()->setAcceptDrops(true);
    workbench->window()->installEventFilter(this);
    retranslate();
    updateActions();
    updateTitle();
}

bool FileActions::mayProceed(bool modified, UnsavedAnswer answer, const std::function<bool()> &save)
{
    if (!modified)
        return true;
    switch (answer) {
    case UnsavedAnswer::Save: return save();
    case UnsavedAnswer::Discard: return true;
    case UnsavedAnswer::Cancel: return false;
    }
    return false;
}

bool FileActions::confirmClose()
{
    ProjectDocument *doc = workbench()->document();
    if (!doc || !doc->isModified())
        return true;
    return mayProceed(true, askUnsaved(doc->displayName()), [this] { return save(); });
}

FileActions::UnsavedAnswer FileActions::askUnsaved(const QString &name)
{
    if (mUnsavedPrompt)
        return mUnsavedPrompt(name);
    QMessageBox box(QMessageBox::Warning, tr("Perubahan belum disimpan"),
                    tr("Simpan perubahan pada \"%1\" sebelum ditutup?").arg(name),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, workbench()->window());
    box.setInformativeText(tr("Bila tidak disimpan, perubahan sejak penyimpanan terakhir akan hilang."));
    box.setDefaultButton(QMessageBox::Save);
    localizeButtons(&box);
    box.button(QMessageBox::Discard)->setText(tr("Jangan simpan"));
    switch (box.exec()) {
    case QMessageBox::Save: return UnsavedAnswer::Save;
    case QMessageBox::Discard: return UnsavedAnswer::Discard;
    default: return UnsavedAnswer::Cancel;
    }
}

QString FileActions::askSavePath(const QString &suggested)
{
    if (mPathPrompt)
        return mPathPrompt(suggested);
    QString path = QFileDialog::getSaveFileName(workbench()->window(), tr("Simpan proyek sebagai"), suggested,
                                                tr("Proyek PetaKSD (*.ksd)"));
    if (!path.isEmpty() && !path.endsWith(QLatin1String(".ksd"), Qt::CaseInsensitive))
        path += QStringLiteral(".ksd");
    return path;
}

void FileActions::showError(const QString &title, const Error &error)
{
    if (mErrorSink) {
        mErrorSink(title, error.toString());
        return;
    }
    QMessageBox box(QMessageBox::Warning, title, error.message, QMessageBox::Ok, workbench()->window());
    if (!error.where.isEmpty())
        box.setInformativeText(QDir::toNativeSeparators(error.where));
    localizeButtons(&box);
    box.exec();
}

bool FileActions::openFile(const QString &path)
{
    if (path.isEmpty())
        return false;
    if (ProjectDocument *doc = workbench()->document();
        doc && QFileInfo(doc->filePath()) == QFileInfo(path)) {
        return true; // already open
    }
    if (!confirmClose())
        return false;
    OpenAccess access = OpenAccess::Edit;
    if (const std::optional<LockOwner> owner = ProjectLock::liveOwner(path)) {
        switch (askLocked(*owner, path)) {
        case LockAnswer::Cancel: return false;
        case LockAnswer::ReadOnly: access = OpenAccess::ReadOnly; break;
        case LockAnswer::OpenAnyway: access = OpenAccess::EditDespiteLock; break;
        case LockAnswer::Copy: return openCopy(path);
        }
    }
    const Status st = workbench()->documents()->open(path, access);
    if (!st && StoreError(st.error().code) == StoreError::Cancelled) {
        workbench()->showMessage(st.error().message);
        return false;
    }
    if (!st) {
        showError(tr("Berkas tidak dapat dibuka"), st.error());
        if (!QFileInfo::exists(path))
            workbench()->documents()->recentFiles()->remove(path);
        return false;
    }
    QSettings().setValue(LastDirKey, QFileInfo(path).absolutePath());
    reportOpen(path);
    return true;
}

void FileActions::reportOpen(const QString &path)
{
    const OpenReport &report = workbench()->documents()->lastOpenReport();
    const QString name = QFileInfo(path).fileName();
    QStringList notes;
    // Opening never writes: an old format is upgraded by the next save, which keeps the original beside it.
    const LoadInfo &info = report.load;
    if (info.fileVersion > 0 && info.fileVersion < schema::CurrentVersion)
        notes << tr("Berkas format versi %1 dibuka; berkas itu belum diubah. Saat disimpan, berkas "
                    "diperbarui ke format versi %2 dan aslinya disimpan sebagai %3.")
                     .arg(info.fileVersion)
                     .arg(schema::CurrentVersion)
                     .arg(QDir::toNativeSeparators(KsdStore::upgradeBackupPath(path, info.fileVersion)));
    else
        notes << tr("%1 dibuka.").arg(name);
    if (report.network)
        notes << tr("Berkas ada di folder bersama: proyek dikerjakan di memori dan ditulis utuh saat disimpan.");
    if (report.lock.outcome == LockOutcome::TookOverStale && report.lock.owner)
        notes << tr("Kunci lama dari %1 di %2 sudah tidak aktif dan diganti.")
                     .arg(report.lock.owner->who(), report.lock.owner->host);
    if (report.lock.outcome == LockOutcome::NotWritten && !report.lock.message.isEmpty()) {
        mLockNote = tr("Proyek dibuka tanpa berkas kunci, jadi PC lain tidak tahu proyek ini sedang dibuka. %1")
                        .arg(report.lock.message);
        notes << mLockNote;
    }
    updateBanner();
    workbench()->showMessage(notes.join(QLatin1Char(' ')), notes.size() > 1 ? 15000 : 6000);
}

bool FileActions::openCopy(const QString &path)
{
    auto loaded = workbench()->documents()->load(QFileInfo(path).absoluteFilePath());
    if (!loaded && StoreError(loaded.error().code) == StoreError::Cancelled) {
        workbench()->showMessage(loaded.error().message);
        return false;
    }
    if (!loaded) {
        showError(tr("Berkas tidak dapat dibuka"), loaded.error());
        return false;
    }
    ProjectDocument *doc = workbench()->documents()->adopt(loaded->project, {});
    doc->markModified();
    workbench()->showMessage(tr("Salinan %1 dibuka. Simpan ke berkas baru agar tidak menimpa pekerjaan orang lain.")
                                 .arg(QFileInfo(path).fileName()),
                             15000);
    return true;
}

FileActions::LockAnswer FileActions::askLocked(const LockOwner &owner, const QString &path)
{
    if (mLockPrompt)
        return mLockPrompt(owner, path);
    QMessageBox box(QMessageBox::Warning, tr("Proyek sedang dibuka"), ProjectLock::busyMessage(owner),
                    QMessageBox::NoButton, workbench()->window());
    box.setInformativeText(tr("Bila dua orang menyunting dan menyimpan berkas yang sama, perubahan salah satunya "
                              "hilang. Buka hanya-baca untuk melihat, atau buka salinan untuk bekerja terpisah."));
    QPushButton *readOnly = box.addButton(tr("Buka hanya-baca"), QMessageBox::AcceptRole);
    QPushButton *copy = box.addButton(tr("Buka salinan"), QMessageBox::AcceptRole);
    QPushButton *anyway = box.addButton(tr("Tetap buka…"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    localizeButtons(&box);
    box.setDefaultButton(readOnly);
    box.exec();
    if (box.clickedButton() == readOnly)
        return LockAnswer::ReadOnly;
    if (box.clickedButton() == copy)
        return LockAnswer::Copy;
    if (box.clickedButton() != anyway)
        return LockAnswer::Cancel;
    QMessageBox warn(QMessageBox::Warning, tr("Tetap buka untuk disunting?"),
                     tr("%1 masih dapat menyimpan perubahannya ke berkas ini. Siapa pun yang menyimpan terakhir "
                        "menimpa perubahan yang lain.")
                         .arg(owner.who()),
                     QMessageBox::Yes | QMessageBox::Cancel, workbench()->window());
    warn.setInformativeText(tr("Lanjutkan hanya bila Anda yakin %1 tidak lagi menyunting %2.")
                                .arg(owner.who(), QFileInfo(path).fileName()));
    localizeButtons(&warn);
    warn.button(QMessageBox::Yes)->setText(tr("Tetap buka"));
    warn.setDefaultButton(QMessageBox::Cancel);
    return warn.exec() == QMessageBox::Yes ? LockAnswer::OpenAnyway : LockAnswer::Cancel;
}

void FileActions::updateBanner()
{
    ProjectDocument *doc = workbench()->document();
    QString text;
    if (doc && doc->isReadOnly())
        text = tr("Hanya-baca. %1 Perubahan dapat disimpan ke berkas lain.").arg(doc->readOnlyReason());
    else if (doc && !mLockNote.isEmpty())
        text = mLockNote;
    mBannerText->setText(text);
    mBannerSaveAs->setVisible(doc && doc->isReadOnly());
    mBanner->setVisible(!text.isEmpty());
}

void FileActions::openDialog()
{
    const QString path = QFileDialog::getOpenFileName(workbench()->window(), tr("Buka proyek"), lastDir(),
                                                      tr("Proyek PetaKSD (*.ksd);;Semua berkas (*)"));
    openFile(path);
}

void FileActions::openDemo()
{
    if (!confirmClose())
        return;
    workbench()->documents()->adopt(makeDemoProject(QDate::currentDate()));
    workbench()->showMessage(tr("Proyek contoh dibuka. Simpan dengan Ctrl+Shift+S untuk menyimpannya sebagai "
                                "berkas sendiri."),
                             10000);
}

void FileActions::newProject()
{
    ProjectInfoDialog dialog(ProjectInfoDialog::NewProject, workbench()->window());
    if (dialog.exec() != QDialog::Accepted || !confirmClose())
        return;
    const ProjectInfo info = dialog.info();
    workbench()->documents()->adopt(Project::create(info.ownerRegion, info.title, info.year));
    workbench()->showPage(Pages::Entries);
}

bool FileActions::save()
{
    ProjectDocument *doc = workbench()->document();
    if (!doc)
        return false;
    if (doc->isUntitled() || doc->isReadOnly())
        return saveAs();
    const Status st = workbench()->documents()->save();
    if (!st) {
        showError(tr("Proyek tidak dapat disimpan"), st.error());
        return false;
    }
    workbench()->showMessage(tr("Tersimpan: %1").arg(QDir::toNativeSeparators(doc->filePath())));
    return true;
}

bool FileActions::saveAs()
{
    ProjectDocument *doc = workbench()->document();
    if (!doc)
        return false;
    QString suggested = doc->filePath();
    if (suggested.isEmpty()) {
        QString name = doc->project().title;
        name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]+")), QStringLiteral(" "));
        suggested = QDir(lastDir()).filePath(name.simplified() + QStringLiteral(".ksd"));
    }
    const QString path = askSavePath(suggested);
    if (path.isEmpty())
        return false;
    // Never over a project another editor has open (the file this read-only document came from, for one).
    const bool ours = workbench()->documents()->lock().lockPath() == ProjectLock::lockPathFor(path);
    if (const std::optional<LockOwner> owner = ProjectLock::liveOwner(path); owner && !ours) {
        showError(tr("Proyek tidak dapat disimpan"),
                  Error{ProjectLock::busyMessage(*owner) + QLatin1Char(' ') + tr("Pilih nama berkas lain."), path, 0});
        return false;
    }
    const Status st = workbench()->documents()->saveAs(path);
    if (!st) {
        showError(tr("Proyek tidak dapat disimpan"), st.error());
        return false;
    }
    QSettings().setValue(LastDirKey, QFileInfo(path).absolutePath());
    const LockResult &lock = workbench()->documents()->lastOpenReport().lock;
    mLockNote = lock.outcome == LockOutcome::NotWritten ? lock.message : QString();
    updateBanner();
    workbench()->showMessage(tr("Tersimpan: %1").arg(QDir::toNativeSeparators(doc->filePath())));
    return true;
}

bool FileActions::closeDocument()
{
    if (!confirmClose())
        return false;
    workbench()->documents()->close();
    return true;
}

void FileActions::offerRecovery()
{
    const QList<RecoveryItem> items = AutosaveManager::pendingRecoveries();
    if (items.isEmpty())
        return;
    const RecoveryItem &item = items.first();
    const QString name = item.originalPath.isEmpty() ? item.title : QFileInfo(item.originalPath).fileName();
    QMessageBox box(QMessageBox::Question, tr("Pulihkan pekerjaan?"),
                    tr("PetaKSD tidak ditutup dengan benar terakhir kali. Ada perubahan pada \"%1\" yang belum "
                       "disimpan, tersimpan otomatis pada %2.")
                        .arg(name, shortDateTime(item.savedAt)),
                    QMessageBox::NoButton, workbench()->window());
    box.setInformativeText(tr("Pulihkan untuk melanjutkan dari salinan itu, lalu simpan. Buang bila tidak "
                              "diperlukan lagi."));
    QPushButton *recover = box.addButton(tr("Pulihkan"), QMessageBox::AcceptRole);
    QPushButton *discard = box.addButton(tr("Buang"), QMessageBox::DestructiveRole);
    box.addButton(tr("Nanti"), QMessageBox::RejectRole);
    box.setDefaultButton(recover);
    box.exec();
    if (box.clickedButton() == recover) {
        const Status st = mAutosave->recover(item);
        if (!st)
            showError(tr("Salinan pemulihan tidak dapat dibuka"), st.error());
        else
            workbench()->showMessage(tr("Pekerjaan dipulihkan. Simpan untuk menyimpannya ke berkas."), 15000);
    } else if (box.clickedButton() == discard) {
        AutosaveManager::discard(item);
    }
}

bool FileActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == workbench()->window()) {
        switch (event->type()) {
        case QEvent::DragEnter: {
            auto *e = static_cast<QDragEnterEvent *>(event);
            if (!ksdFromMime(e->mimeData()).isEmpty()) {
                e->acceptProposedAction();
                return true;
            }
            break;
        }
        case QEvent::Drop: {
            auto *e = static_cast<QDropEvent *>(event);
            const QString path = ksdFromMime(e->mimeData());
            if (!path.isEmpty()) {
                e->acceptProposedAction();
                // after the drop finishes: a modal question inside a drop handler confuses some platforms
                QMetaObject::invokeMethod(this, [this, path] { openFile(path); }, Qt::QueuedConnection);
                return true;
            }
            break;
        }
        case QEvent::Show:
            // the saved window state may have restored the banner's visibility of another session
            updateBanner();
            break;
        case QEvent::Close:
            if (!confirmClose()) {
                event->ignore();
                return true;
            }
            break;
        default: break;
        }
    }
    return ActionHandler::eventFilter(watched, event);
}

void FileActions::updateActions()
{
    const bool open = workbench()->document() != nullptr;
    mSave->setEnabled(open);
    mSaveAs->setEnabled(open);
    mClose->setEnabled(open);
}

void FileActions::updateTitle()
{
    QMainWindow *w = workbench()->window();
    ProjectDocument *doc = workbench()->document();
    if (!doc) {
        w->setWindowTitle(QStringLiteral("PetaKSD"));
        w->setWindowModified(false);
        w->setWindowFilePath(QString());
        return;
    }
    // "[*]" is where Qt shows the modified mark
    w->setWindowTitle(tr("%1[*] – PetaKSD").arg(doc->displayName()));
    w->setWindowModified(doc->isModified());
    w->setWindowFilePath(doc->filePath());
}

void FileActions::rebuildRecentMenu()
{
    mRecentMenu->clear();
    const QStringList files = workbench()->documents()->recentFiles()->files();
    for (int i = 0; i < files.size(); ++i) {
        const QString &path = files[i];
        const QString title = workbench()->documents()->recentFiles()->title(path);
        QString name = QFileInfo(path).fileName();
        if (!title.isEmpty())
            name = tr("%1 (%2)", "recent file: project title (file name)").arg(title, name);
        name.replace(QLatin1Char('&'), QStringLiteral("&&"));
        QAction *a = mRecentMenu->addAction(
            QStringLiteral("&%1 %2").arg(i + 1 < 10 ? QString::number(i + 1) : QStringLiteral("1&0"), name));
        a->setToolTip(QDir::toNativeSeparators(path));
        a->setStatusTip(QDir::toNativeSeparators(path));
        connect(a, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    if (!files.isEmpty())
        mRecentMenu->addSeparator();
    mRecentMenu->addAction(mClearRecent);
    mClearRecent->setEnabled(!files.isEmpty());
    mRecentMenu->setEnabled(!files.isEmpty());
}

void FileActions::retranslate()
{
    mNew->setText(tr("Proyek &baru…"));
    mNew->setToolTip(tr("Mulai pemetaan baru (Ctrl+N)"));
    mNew->setIconText(tr("Baru"));
    mOpen->setText(tr("&Buka…"));
    mOpen->setToolTip(tr("Buka berkas proyek .ksd (Ctrl+O)"));
    mOpen->setIconText(tr("Buka"));
    mRecentMenu->setTitle(tr("Buka &terakhir"));
    mClearRecent->setText(tr("Kosongkan daftar"));
    mDemo->setText(tr("Buka &contoh"));
    mDemo->setToolTip(tr("Buka proyek contoh Kabupaten Banjar 2024"));
    mSave->setText(tr("&Simpan"));
    mSave->setToolTip(tr("Simpan proyek (Ctrl+S)"));
    mSave->setIconText(tr("Simpan"));
    mSaveAs->setText(tr("Simpan s&ebagai…"));
    mSaveAs->setToolTip(tr("Simpan proyek ke berkas lain (Ctrl+Shift+S)"));
    mClose->setText(tr("&Tutup proyek"));
    mClose->setToolTip(tr("Tutup proyek dan kembali ke halaman awal (Ctrl+W)"));
    mQuit->setText(tr("&Keluar"));
    mBannerSaveAs->setText(tr("Simpan sebagai…"));
    updateBanner();
    rebuildRecentMenu();
    updateTitle();
}

} // namespace ksd
