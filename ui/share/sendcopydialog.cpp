// SPDX-License-Identifier: Apache-2.0
#include "sendcopydialog.h"

#include "share/sharemessages.h"

#include "merge/merge.h"
#include "register/archive.h"
#include "refdata/refdata.h"
#include "store/ksdstore.h"
#include "widgets/screenfit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSet>
#include <QVBoxLayout>

namespace ksd {

namespace {

const QString RecentPdKey = QStringLiteral("share/recentPd");
constexpr int MaxRecentPd = 20;

} // namespace

SendCopyDialog::SendCopyDialog(const Project &project, const QString &projectPath, QWidget *parent)
    : QDialog(parent)
    , mProject(project)
    , mProjectPath(projectPath)
{
    setWindowTitle(tr("Kirim ke perangkat daerah"));

    auto *intro = new QLabel(tr("Buat salinan proyek untuk diisi oleh satu perangkat daerah. Perubahan yang mereka "
                                "buat dicatat atas nama perangkat daerah itu, lalu dapat digabungkan kembali "
                                "dengan Berkas → Gabungkan salinan…"),
                             this);
    intro->setWordWrap(true);

    mPd = new QComboBox(this);
    mPd->setEditable(true);
    mPd->setInsertPolicy(QComboBox::NoInsert);
    mPd->addItems(knownPds(project));
    mPd->setCurrentIndex(-1);
    mPd->lineEdit()->setPlaceholderText(tr("mis. Dinas Lingkungan Hidup"));
    mPd->setMinimumContentsLength(32);

    mAllUrusan = new QCheckBox(tr("Semua urusan"), this);
    mAllUrusan->setChecked(true);
    mUrusan = new QListWidget(this);
    mUrusan->setMinimumHeight(200);
    for (const Urusan &u : RefData::instance().urusanList()) {
        if (!u.isConcurrent())
            continue;
        auto *item = new QListWidgetItem(QStringLiteral("%1  %2").arg(u.code, u.displayName()), mUrusan);
        item->setData(Qt::UserRole, u.code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    mUrusan->setEnabled(false);
    auto *urusanHint = new QLabel(tr("Tanpa \"Semua urusan\", salinan hanya memuat isian, usulan dan kerja sama dari "
                                     "urusan yang dicentang."),
                                  this);
    urusanHint->setWordWrap(true);
    urusanHint->setForegroundRole(QPalette::PlaceholderText);

    mPath = new QLineEdit(this);
    auto *browse = new QPushButton(tr("Pilih…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(mPath, 1);
    pathRow->addWidget(browse);

    mSummary = new QLabel(this);
    mSummary->setWordWrap(true);
    mProblem = new QLabel(this);
    mProblem->setWordWrap(true);
    mProblem->setStyleSheet(QStringLiteral("color: #a4262c;"));
    mProblem->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Perangkat daerah:"), mPd);
    auto *urusanBox = new QVBoxLayout;
    urusanBox->addWidget(mAllUrusan);
    urusanBox->addWidget(mUrusan);
    urusanBox->addWidget(urusanHint);
    form->addRow(tr("Urusan:"), urusanBox);
    form->addRow(tr("Simpan ke:"), pathRow);
    // The scans stay in the office: names, hashes and versions travel, and the merge never reads them as changed.
    mWithoutScans = new QCheckBox(tr("Tanpa pindaian dokumen (nama, hash dan versi tetap ikut)"), this);
    mWithoutScans->setObjectName(QStringLiteral("withoutScans"));
    form->addRow(QString(), mWithoutScans);

    auto *buttons = new QDialogButtonBox(this);
    auto *ok = buttons->addButton(tr("Simpan salinan"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("sendButton"));
    ok->setDefault(true);
    buttons->addButton(tr("Batal"), QDialogButtonBox::RejectRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(mSummary);
    layout->addWidget(mProblem);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &SendCopyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SendCopyDialog::reject);
    connect(browse, &QPushButton::clicked, this, &SendCopyDialog::browse);
    connect(mPd, &QComboBox::currentTextChanged, this, [this] {
        updateDefaultPath();
        mProblem->hide();
    });
    connect(mAllUrusan, &QCheckBox::toggled, this, [this](bool all) {
        mUrusan->setEnabled(!all);
        updateSummary();
    });
    connect(mUrusan, &QListWidget::itemChanged, this, &SendCopyDialog::updateSummary);

    updateDefaultPath();
    updateSummary();
    resizeToScreen(this, QSize(640, 620));
}

QString SendCopyDialog::pd() const
{
    return mPd->currentText().simplified();
}

void SendCopyDialog::setPd(const QString &pd)
{
    mPd->setEditText(pd);
}

QStringList SendCopyDialog::urusan() const
{
    QStringList codes;
    if (mAllUrusan->isChecked())
        return codes;
    for (int i = 0; i < mUrusan->count(); ++i) {
        if (mUrusan->item(i)->checkState() == Qt::Checked)
            codes.append(mUrusan->item(i)->data(Qt::UserRole).toString());
    }
    return codes;
}

void SendCopyDialog::setUrusan(const QStringList &codes)
{
    const QSet<QString> want(codes.cbegin(), codes.cend());
    for (int i = 0; i < mUrusan->count(); ++i) {
        QListWidgetItem *item = mUrusan->item(i);
        item->setCheckState(want.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    mAllUrusan->setChecked(codes.isEmpty());
    updateSummary();
}

QString SendCopyDialog::outputPath() const
{
    return QDir::fromNativeSeparators(mPath->text().trimmed());
}

void SendCopyDialog::setOutputPath(const QString &path)
{
    mPath->setText(path);
}

QString SendCopyDialog::defaultFileName(const QString &projectTitle, const QString &pd)
{
    static const QRegularExpression bad(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]+"));
    QString name = QStringLiteral("%1 - %2").arg(projectTitle.simplified(), pd.simplified());
    name.replace(bad, QStringLiteral("-"));
    return name + QStringLiteral(".ksd");
}

QStringList SendCopyDialog::knownPds(const Project &project)
{
    QStringList names = QSettings().value(RecentPdKey).toStringList();
    QStringList own;
    auto add = [&own](const QString &name) {
        const QString n = name.simplified();
        if (!n.isEmpty())
            own.append(n);
    };
    // The project's own perangkat daerah: entries of the owner region, proposals and implementing units.
    for (const Entry &e : project.entries) {
        if (!e.meta.deleted && e.regionCode == project.ownerRegion)
            add(e.sourcePd);
    }
    for (const Proposal &p : project.proposals) {
        if (!p.meta.deleted)
            add(p.sourcePd);
    }
    for (const Agreement &a : project.agreements) {
        if (!a.meta.deleted)
            add(a.implementingPd);
    }
    own.sort(Qt::CaseInsensitive);
    names += own;
    names.removeDuplicates();
    return names;
}

void SendCopyDialog::rememberPd(const QString &pd)
{
    QSettings settings;
    QStringList names = settings.value(RecentPdKey).toStringList();
    names.removeAll(pd);
    names.prepend(pd);
    while (names.size() > MaxRecentPd)
        names.removeLast();
    settings.setValue(RecentPdKey, names);
}

QString SendCopyDialog::validationMessage() const
{
    if (pd().isEmpty())
        return tr("Isi nama perangkat daerah penerima.");
    if (!mAllUrusan->isChecked() && urusan().isEmpty())
        return tr("Centang paling sedikit satu urusan, atau pilih \"Semua urusan\".");
    if (outputPath().isEmpty())
        return tr("Pilih berkas tujuan.");
    return {};
}

Status SendCopyDialog::writeCopy(bool overwrite)
{
    if (Status s = canMakeCopy(mProject); !s)
        return s;
    if (const QString problem = validationMessage(); !problem.isEmpty())
        return Error{problem, {}, 0};
    const QString path = outputPath();
    if (!overwrite && QFileInfo::exists(path))
        return Error{tr("Berkas itu sudah ada dan tidak ditimpa."), QDir::toNativeSeparators(path), 0};
    Project copy = makeCopy(mProject, pd(), urusan(), nowUtc());
    if (mWithoutScans->isChecked())
        dropDocumentData(copy);
    if (Status s = KsdStore::save(copy, path); !s)
        return s;
    rememberPd(pd());
    return Status::success();
}

void SendCopyDialog::accept()
{
    mProblem->hide();
    if (const QString problem = validationMessage(); !problem.isEmpty()) {
        mProblem->setText(problem);
        mProblem->show();
        return;
    }
    const QString path = outputPath();
    bool overwrite = false;
    if (QFileInfo::exists(path)) {
        if (!askOverwrite(this, path))
            return;
        overwrite = true;
    }
    if (Status s = writeCopy(overwrite); !s) {
        showError(this, tr("Salinan tidak dapat disimpan"), s.error());
        return;
    }
    QDialog::accept();
}

void SendCopyDialog::updateDefaultPath()
{
    if (!mPath->text().isEmpty() && mPath->text() != mAutoPath)
        return; // the user chose a path: keep it
    const QString dir = mProjectPath.isEmpty() ? QDir::homePath() : QFileInfo(mProjectPath).absolutePath();
    mAutoPath = pd().isEmpty() ? QString()
                               : QDir::toNativeSeparators(QDir(dir).filePath(defaultFileName(mProject.title, pd())));
    mPath->setText(mAutoPath);
}

void SendCopyDialog::updateSummary()
{
    const QStringList codes = urusan();
    const QSet<QString> keep(codes.cbegin(), codes.cend());
    auto count = [&](const auto &list) {
        int n = 0;
        for (const auto &r : list)
            n += (!r.meta.deleted && (keep.isEmpty() || keep.contains(r.urusanCode))) ? 1 : 0;
        return n;
    };
    if (!mAllUrusan->isChecked() && codes.isEmpty()) {
        mSummary->setText(tr("Belum ada urusan yang dicentang."));
        return;
    }
    mSummary->setText(tr("Salinan akan berisi %1 isian, %2 usulan dan %3 kerja sama.")
                          .arg(count(mProject.entries))
                          .arg(count(mProject.proposals))
                          .arg(count(mProject.agreements)));
}

void SendCopyDialog::browse()
{
    QString start = outputPath();
    if (start.isEmpty())
        start = mProjectPath.isEmpty() ? QDir::homePath() : QFileInfo(mProjectPath).absolutePath();
    // The dialog asks about an existing file itself when Simpan salinan is pressed.
    const QString path = QFileDialog::getSaveFileName(this, tr("Simpan salinan untuk perangkat daerah"), start,
                                                      tr("Proyek PetaKSD (*.ksd)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    QString p = path;
    if (!p.endsWith(QStringLiteral(".ksd"), Qt::CaseInsensitive))
        p += QStringLiteral(".ksd");
    mPath->setText(QDir::toNativeSeparators(p));
}

} // namespace ksd
