// SPDX-License-Identifier: Apache-2.0
#include "reportexportdialog.h"

#include "reportfigures.h"
#include "reportodt.h"
#include "reportwriter.h"

#include "engine/engine.h"

#include "refdata/refdata.h"
#include "report/reportbuilder.h"
#include "util/format.h"
#include "util/i18n.h"
#include "widgets/screenfit.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <atomic>

namespace ksd {

namespace {

/// Progress shared between a worker thread and the progress dialog.
struct Progress
{
    std::atomic<bool> cancel{false};
    std::atomic<int> done{0};
    std::atomic<int> total{0};
    bool report(int d, int t)
    {
        done.store(d);
        total.store(t);
        return !cancel.load();
    }
};

/// Runs @p work on a worker thread while a modal progress dialog with a cancel button shows @p label; the window
/// keeps repainting. Returns false when the user cancelled.
bool runWithProgress(QWidget *parent, const QString &label, const std::function<void(Progress &)> &work)
{
    Progress progress;
    QProgressDialog dialog(label, ReportText::tr("Batal"), 0, 0, parent);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setAutoReset(false);
    dialog.setAutoClose(false);
    dialog.setMinimumDuration(400);
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&progress] { progress.cancel.store(true); });
    QEventLoop loop;
    std::unique_ptr<QThread> thread(QThread::create([&work, &progress] { work(progress); }));
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    QTimer timer;
    timer.setInterval(100);
    QObject::connect(&timer, &QTimer::timeout, &dialog, [&dialog, &progress] {
        const int total = progress.total.load();
        if (total > 0 && dialog.maximum() != total)
            dialog.setMaximum(total);
        if (total > 0)
            dialog.setValue(std::min(progress.done.load(), total));
    });
    thread->start();
    timer.start();
    loop.exec();
    thread->wait();
    timer.stop();
    const bool finished = !progress.cancel.load();
    dialog.disconnect(); // closing a QProgressDialog emits canceled()
    dialog.close();
    return finished;
}

} // namespace

ReportModel buildReportInLanguage(const Project &project, const ReportEngineData &engine,
                                  const ReportOptions &options)
{
    const QString previous = currentLanguage();
    const bool swap = options.language != previous;
    if (swap)
        installTranslations(options.language);
    ReportModel model = buildReport(project, engine, options);
    if (swap)
        installTranslations(previous);
    return model;
}

ReportExportDialog::ReportExportDialog(const Project &project, const QString &defaultPath, QWidget *parent)
    : QDialog(parent), mProject(project), mDefaultPath(defaultPath)
{
    setWindowTitle(tr("Ekspor laporan hasil pemetaan"));
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(tr("Laporan A4 untuk kepala daerah, DPRD dan provinsi: ringkasan, rekomendasi, dasar "
                                "hukum, peta, saran kerja sama, profil daerah dan register; sebagai PDF, atau sebagai "
                                "dokumen OpenDocument (.odt) yang dapat disunting sebelum ditandatangani."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *sectionsBox = new QGroupBox(tr("Bagian laporan"), this);
    auto *grid = new QGridLayout(sectionsBox);
    const QList<ReportSection> all = allReportSections();
    const int rows = int((all.size() + 1) / 2);
    for (int i = 0; i < all.size(); ++i) {
        auto *box = new QCheckBox(reportSectionName(all[i]), sectionsBox);
        box->setChecked(true);
        box->setObjectName(QStringLiteral("section_") + reportSectionKey(all[i]));
        connect(box, &QCheckBox::toggled, this, &ReportExportDialog::updateButtons);
        mSections.insert(all[i], box);
        grid->addWidget(box, i % rows, i / rows);
    }
    layout->addWidget(sectionsBox);

    auto *form = new QFormLayout;
    mLanguage = new QComboBox(this);
    mLanguage->setObjectName(QStringLiteral("language"));
    mLanguage->addItem(tr("Bahasa Indonesia"), QStringLiteral("id"));
    mLanguage->addItem(tr("Bahasa Inggris (English)"), QStringLiteral("en"));
    form->addRow(tr("&Bahasa:"), mLanguage);

    mScope = new QComboBox(this);
    mScope->setObjectName(QStringLiteral("scope"));
    const RefData &ref = RefData::instance();
    const QStringList scope = reportScope(mProject, {});
    mScope->addItem(tr("Seluruh cakupan proyek (%n daerah)", nullptr, int(scope.size())), QStringList());
    if (const Region *owner = ref.region(mProject.ownerRegion))
        mScope->addItem(tr("Hanya %1").arg(owner->name), QStringList{owner->code});
    QMap<QString, QStringList> byProvince;
    for (const QString &code : scope) {
        if (const Region *r = ref.region(code))
            byProvince[r->provinceCode].append(code);
    }
    if (byProvince.size() > 1) {
        for (auto it = byProvince.cbegin(); it != byProvince.cend(); ++it) {
            const Region *province = ref.region(it.key());
            mScope->addItem(tr("Provinsi %1 (%n daerah)", nullptr, int(it.value().size()))
                                .arg(province ? province->name : it.key()),
                            it.value());
        }
    }
    form->addRow(tr("&Cakupan:"), mScope);

    mToday = new QDateEdit(QDate::currentDate(), this);
    mToday->setObjectName(QStringLiteral("today"));
    mToday->setCalendarPopup(true);
    mToday->setDisplayFormat(shortDateFormat());
    form->addRow(tr("&Tanggal laporan:"), mToday);

    mPreparedBy = new QLineEdit(this);
    mPreparedBy->setObjectName(QStringLiteral("preparedBy"));
    mPreparedBy->setPlaceholderText(tr("Bagian Pemerintahan Sekretariat Daerah"));
    form->addRow(tr("&Disusun oleh:"), mPreparedBy);
    mPdfA = new QCheckBox(tr("PDF/A-1b untuk arsip"), this);
    mPdfA->setObjectName(QStringLiteral("pdfa"));
    mPdfA->setToolTip(tr("Berkas PDF sesuai ISO 19005-1 (PDF/A-1b) untuk disimpan dalam arsip jangka panjang."));
    form->addRow(QString(), mPdfA);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    mSave = buttons->addButton(tr("&Simpan…"), QDialogButtonBox::AcceptRole);
    mSave->setToolTip(tr("Menyimpan laporan sebagai PDF, atau sebagai dokumen OpenDocument (.odt) yang dapat "
                         "disunting sebelum ditandatangani."));
    mPreview = buttons->addButton(tr("&Pratinjau…"), QDialogButtonBox::ActionRole);
    mPrint = buttons->addButton(tr("C&etak…"), QDialogButtonBox::ActionRole);
    mSave->setDefault(true);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Tutup"));
    connect(mSave, &QPushButton::clicked, this, &ReportExportDialog::saveAs);
    connect(mPreview, &QPushButton::clicked, this, &ReportExportDialog::preview);
    connect(mPrint, &QPushButton::clicked, this, &ReportExportDialog::print);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    // What was chosen last time.
    QSettings settings;
    const int lang = mLanguage->findData(settings.value(QStringLiteral("report/language"), currentLanguage()));
    mLanguage->setCurrentIndex(std::max(0, lang));
    mPreparedBy->setText(settings.value(QStringLiteral("report/preparedBy")).toString());
    mPdfA->setChecked(settings.value(QStringLiteral("report/pdfa"), false).toBool());
    const QStringList off = settings.value(QStringLiteral("report/sectionsOff")).toStringList();
    for (auto it = mSections.cbegin(); it != mSections.cend(); ++it)
        it.value()->setChecked(!off.contains(reportSectionKey(it.key())));
    updateButtons();
}

ReportOptions ReportExportDialog::options() const
{
    ReportOptions o;
    o.language = mLanguage->currentData().toString();
    o.sections.clear();
    for (auto it = mSections.cbegin(); it != mSections.cend(); ++it) {
        if (it.value()->isChecked())
            o.sections.append(it.key());
    }
    o.today = mToday->date();
    o.preparedBy = mPreparedBy->text().trimmed();
    o.scope = mScope->currentData().toStringList();
    return o;
}

void ReportExportDialog::setOptions(const ReportOptions &o)
{
    mLanguage->setCurrentIndex(std::max(0, mLanguage->findData(o.language)));
    for (auto it = mSections.cbegin(); it != mSections.cend(); ++it)
        it.value()->setChecked(o.sections.contains(it.key()));
    if (o.today.isValid())
        mToday->setDate(o.today);
    mPreparedBy->setText(o.preparedBy);
    const int scope = mScope->findData(o.scope);
    mScope->setCurrentIndex(std::max(0, scope));
}

void ReportExportDialog::updateButtons()
{
    bool any = false;
    for (QCheckBox *box : std::as_const(mSections))
        any = any || box->isChecked();
    mSave->setEnabled(any);
    mPreview->setEnabled(any);
    mPrint->setEnabled(any);
}

void ReportExportDialog::rememberSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("report/language"), mLanguage->currentData());
    settings.setValue(QStringLiteral("report/preparedBy"), mPreparedBy->text().trimmed());
    settings.setValue(QStringLiteral("report/pdfa"), mPdfA->isChecked());
    QStringList off;
    for (auto it = mSections.cbegin(); it != mSections.cend(); ++it) {
        if (!it.value()->isChecked())
            off.append(reportSectionKey(it.key()));
    }
    settings.setValue(QStringLiteral("report/sectionsOff"), off);
}

const ReportEngineData *ReportExportDialog::engineData()
{
    if (mEngine)
        return &*mEngine;
    ReportEngineData data;
    auto suggestions = std::make_shared<SuggestionSet>();
    const Project project = mProject;
    const bool finished = runWithProgress(this, tr("Menghitung saran kerja sama…"), [&](Progress &p) {
        data = runReportEngine(project, [&p] { return p.cancel.load(); }, suggestions.get());
    });
    if (!finished || !data.available)
        return nullptr;
    mEngine = std::move(data);
    mSuggestions = std::move(suggestions);
    return &*mEngine;
}

bool ReportExportDialog::exportPdf(const QString &path)
{
    const ReportEngineData *engine = engineData();
    if (!engine)
        return false;
    const ReportModel model = buildReportInLanguage(mProject, *engine, options());
    // Painted here, not on a worker thread: the map figure is the network view's QGraphicsScene. The progress
    // dialog keeps the window alive between pages and offers cancel.
    QProgressDialog progress(tr("Menulis laporan %1…").arg(QFileInfo(path).fileName()), tr("Batal"), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setAutoReset(false);
    progress.setAutoClose(false);
    progress.setMinimumDuration(400);
    ReportWriter writer(model);
    writer.setFigurePainter(sharedRendererFigures(mProject, mSuggestions));
    writer.setPdfA(mPdfA->isChecked());
    const Status status = writer.writePdf(path, [&progress](int done, int total) {
        if (progress.maximum() != total)
            progress.setMaximum(total);
        progress.setValue(done);
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    });
    progress.close();
    if (!status && status.error().code == ReportWriter::Cancelled)
        return false;
    if (!status) {
        QMessageBox::warning(this, tr("Laporan tidak dapat ditulis"), status.error().toString());
        return false;
    }
    return true;
}

bool ReportExportDialog::exportOdt(const QString &path)
{
    const ReportEngineData *engine = engineData();
    if (!engine)
        return false;
    const ReportModel model = buildReportInLanguage(mProject, *engine, options());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    ReportOdtWriter writer(model);
    writer.setFigurePainter(sharedRendererFigures(mProject, mSuggestions));
    const Status status = writer.writeOdt(path);
    QApplication::restoreOverrideCursor();
    if (!status) {
        QMessageBox::warning(this, tr("Laporan tidak dapat ditulis"), status.error().toString());
        return false;
    }
    return true;
}

void ReportExportDialog::saveAs()
{
    QString suggested = mDefaultPath;
    if (suggested.isEmpty())
        suggested = tr("laporan-pemetaan-ksd.pdf");
    const QString pdfFilter = tr("Dokumen PDF (*.pdf)");
    const QString odtFilter = tr("Dokumen OpenDocument yang dapat disunting (*.odt)");
    QString chosen;
    QString path = QFileDialog::getSaveFileName(this, tr("Simpan laporan"), suggested,
                                                pdfFilter + QStringLiteral(";;") + odtFilter, &chosen);
    if (path.isEmpty())
        return;
    const bool odt = chosen == odtFilter || path.endsWith(QLatin1String(".odt"), Qt::CaseInsensitive);
    if (odt && !path.endsWith(QLatin1String(".odt"), Qt::CaseInsensitive))
        path = QFileInfo(path).completeSuffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0
                   ? path.left(path.size() - 4) + QStringLiteral(".odt")
                   : path + QStringLiteral(".odt");
    rememberSettings();
    if (odt ? exportOdt(path) : exportPdf(path))
        accept();
}

void ReportExportDialog::paintOn(QPrinter *printer)
{
    const ReportEngineData *engine = engineData();
    if (!engine)
        return;
    const ReportModel model = buildReportInLanguage(mProject, *engine, options());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    ReportWriter writer(model);
    writer.setFigurePainter(sharedRendererFigures(mProject, mSuggestions));
    const Status status = writer.print(printer);
    QApplication::restoreOverrideCursor();
    if (!status)
        QMessageBox::warning(this, tr("Laporan tidak dapat dicetak"), status.error().toString());
}

void ReportExportDialog::preview()
{
    rememberSettings();
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setFullPage(true);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Pratinjau laporan"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, &ReportExportDialog::paintOn);
    resizeToScreen(&dialog, QSize(900, 1000));
    dialog.exec();
}

void ReportExportDialog::print()
{
    rememberSettings();
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setFullPage(true);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Cetak laporan"));
    if (dialog.exec() == QDialog::Accepted)
        paintOn(&printer);
}

} // namespace ksd
