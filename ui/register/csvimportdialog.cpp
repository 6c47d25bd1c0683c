// SPDX-License-Identifier: Apache-2.0
#include "csvimportdialog.h"

#include "workbench/taskrunner.h"
#include "widgets/screenfit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ksd {

namespace {
constexpr int PreviewRows = 50;
const QColor BadCell(0xfd, 0xe2, 0xe2);
} // namespace

CsvImportDialog::CsvImportDialog(io::ImportKind kind, const ProjectDocument *document, TaskRunner *tasks,
                                 QWidget *parent)
    : QDialog(parent)
    , mSession(kind)
    , mTasks(tasks)
{
    setObjectName(QStringLiteral("csvImportDialog"));
    mSession.setDefaultsFrom(document);

    mPath = new QLineEdit(this);
    mPath->setReadOnly(true);
    mBrowse = new QPushButton(this);
    mFileInfo = new QLabel(this);
    mFileInfo->setObjectName(QStringLiteral("fileInfo"));
    mFileInfo->setWordWrap(true);

    mMappingTable = new QTableWidget(0, 3, this);
    mMappingTable->setObjectName(QStringLiteral("mapping"));
    mMappingTable->verticalHeader()->setVisible(false);
    mMappingTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    mMappingTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    mMappingTable->horizontalHeader()->setStretchLastSection(true);
    mMappingTable->setSelectionMode(QAbstractItemView::NoSelection);
    mMappingTable->setEditTriggers(QAbstractItemView::NoEditTriggers);

    mPreview = new QTableWidget(this);
    mPreview->setObjectName(QStringLiteral("preview"));
    mPreview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mPreview->horizontalHeader()->setDefaultSectionSize(120);

    mSkipInvalid = new QCheckBox(this);
    mSkipInvalid->setObjectName(QStringLiteral("skipInvalid"));
    mSummary = new QLabel(this);
    mSummary->setObjectName(QStringLiteral("summary"));
    mSummary->setWordWrap(true);
    mSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    mErrors = new QTableWidget(0, 4, this);
    mErrors->setObjectName(QStringLiteral("errors"));
    mErrors->verticalHeader()->setVisible(false);
    mErrors->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mErrors->setSelectionBehavior(QAbstractItemView::SelectRows);
    mErrors->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    mErrors->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    mErrors->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Interactive);
    mErrors->horizontalHeader()->setStretchLastSection(true);
    mErrors->setWordWrap(false);
    mErrors->setTextElideMode(Qt::ElideRight);
    mErrors->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    mErrors->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    mSaveErrors = new QPushButton(this);
    mSaveErrors->setEnabled(false);

    mButtons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(mButtons, &QDialogButtonBox::accepted, this, [this] {
        if (canImport())
            accept();
    });
    connect(mButtons, &QDialogButtonBox::rejected, this, &CsvImportDialog::reject);

    auto label = [this](const char *text) {
        auto *l = new QLabel(this);
        mLabels.append({l, text});
        return l;
    };
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(label(QT_TR_NOOP("Berkas:")));
    fileRow->addWidget(mPath, 1);
    fileRow->addWidget(mBrowse);

    auto *top = new QWidget(this);
    auto *topLayout = new QHBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto *mapBox = new QVBoxLayout;
    mapBox->addWidget(label(QT_TR_NOOP("Kolom berkas dan isian yang diisinya:")));
    mapBox->addWidget(mMappingTable, 1);
    auto *previewBox = new QVBoxLayout;
    previewBox->addWidget(label(QT_TR_NOOP("Pratinjau (sel yang salah bertanda merah):")));
    previewBox->addWidget(mPreview, 1);
    topLayout->addLayout(mapBox, 2);
    topLayout->addLayout(previewBox, 3);

    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(mSummary);
    bottomLayout->addWidget(mErrors, 1);
    auto *errorButtons = new QHBoxLayout;
    errorButtons->addWidget(mSkipInvalid);
    errorButtons->addStretch(1);
    errorButtons->addWidget(mSaveErrors);
    bottomLayout->addLayout(errorButtons);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addWidget(mFileInfo);
    layout->addWidget(split, 1);
    layout->addWidget(mButtons);

    connect(mBrowse, &QPushButton::clicked, this, &CsvImportDialog::chooseFile);
    connect(mSkipInvalid, &QCheckBox::toggled, this, [this](bool on) {
        mSession.setSkipInvalid(on);
        rerun();
    });
    connect(mSaveErrors, &QPushButton::clicked, this, &CsvImportDialog::saveErrors);

    retranslate();
    showOutcome();
    resizeToScreen(this, QSize(1100, 720));
}

bool CsvImportDialog::loadFile(const QString &path)
{
    mPath->setText(QDir::toNativeSeparators(path));
    if (Status st = mSession.loadFile(path); !st) {
        mFileInfo->setText(st.error().toString());
        mFileInfo->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
        mMappingTable->setRowCount(0);
        mPreview->clear();
        mPreview->setRowCount(0);
        mPreview->setColumnCount(0);
        mSession.setOutcome({});
        showOutcome();
        return false;
    }
    const io::CsvTable &t = mSession.table();
    QString separator = t.separator == QLatin1Char(';')   ? tr("titik koma (;)")
                        : t.separator == QLatin1Char(',') ? tr("koma (,)")
                                                          : tr("tab");
    mFileInfo->setText(tr("%1 · pemisah %2 · %n baris data", nullptr, int(t.rows.size())).arg(t.encoding, separator));
    mFileInfo->setStyleSheet(QString());
    rebuildMapping();
    rebuildPreview();
    rerun();
    return true;
}

void CsvImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, windowTitle(), QFileInfo(mPath->text()).absolutePath(),
        tr("Berkas CSV (*.csv *.txt);;Semua berkas (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

void CsvImportDialog::setSkipInvalid(bool skip)
{
    mSkipInvalid->setChecked(skip); // reruns through the toggled signal when it changes
    mSession.setSkipInvalid(skip);
}

void CsvImportDialog::rebuildMapping()
{
    const io::CsvTable &t = mSession.table();
    const QList<io::ImportField> fields = io::importFields(mSession.kind());
    mMappingTable->setRowCount(int(t.header.size()));
    for (int c = 0; c < t.header.size(); ++c) {
        mMappingTable->setItem(c, 0, new QTableWidgetItem(t.header[c]));
        auto *box = new QComboBox(mMappingTable);
        box->addItem(tr("— abaikan —"), QString());
        for (const io::ImportField &f : fields)
            box->addItem(f.required ? tr("%1 (wajib)").arg(f.key) : f.key, f.key);
        for (int i = 1; i < box->count(); ++i)
            box->setItemData(i, fields[i - 1].label, Qt::ToolTipRole);
        box->setCurrentIndex(qMax(0, box->findData(mSession.mapping().value(c))));
        connect(box, &QComboBox::currentIndexChanged, this, [this, c, box] {
            mSession.setMapping(c, box->currentData().toString());
            rerun();
        });
        mMappingTable->setCellWidget(c, 1, box);
        QString sample;
        for (const csv::Record &r : t.rows) {
            if (c < r.fields.size() && !r.fields[c].trimmed().isEmpty()) {
                sample = r.fields[c].simplified();
                break;
            }
        }
        mMappingTable->setItem(c, 2, new QTableWidgetItem(sample));
    }
}

void CsvImportDialog::rebuildPreview()
{
    const io::CsvTable &t = mSession.table();
    const int rows = int(qMin<qsizetype>(t.rows.size(), PreviewRows));
    mPreview->clear();
    mPreview->setColumnCount(int(t.header.size()));
    mPreview->setHorizontalHeaderLabels(t.header);
    mPreview->setRowCount(rows);
    QStringList lines;
    for (int r = 0; r < rows; ++r) {
        const csv::Record &rec = t.rows[r];
        lines.append(QString::number(rec.line));
        for (int c = 0; c < t.header.size(); ++c)
            mPreview->setItem(r, c, new QTableWidgetItem(rec.fields.value(c)));
    }
    mPreview->setVerticalHeaderLabels(lines);
}

void CsvImportDialog::rerun(bool now)
{
    if (!mSession.isLoaded())
        return;
    const quint64 generation = ++mGeneration;
    if (now || !mTasks || mSession.table().rows.size() < 2000) {
        mSession.run();
        showOutcome();
        return;
    }
    if (mTask)
        mTasks->cancel(mTask);
    mButtons->button(QDialogButtonBox::Ok)->setEnabled(false);
    mSummary->setText(tr("Memeriksa baris…"));
    const auto kind = mSession.kind();
    const io::CsvTable table = mSession.table();
    const io::ColumnMapping mapping = mSession.mapping();
    io::ImportOptions options = mSession.options();
    mTask = mTasks->run<CsvImportOutcome>(
        tr("Memeriksa %1").arg(mSession.sourceName()), this,
        [kind, table, mapping, options](TaskControl &control) mutable {
            options.progress = [&control](int done, int total) { return control.progress(done, total); };
            return CsvImportSession::run(kind, table, mapping, options);
        },
        [this, generation](CsvImportOutcome &&outcome) {
            if (generation != mGeneration)
                return;
            mTask = 0;
            mSession.setOutcome(outcome);
            showOutcome();
        });
}

void CsvImportDialog::showOutcome()
{
    const CsvImportOutcome &o = mSession.outcome();
    mSummary->setText(o.ran ? mSession.summary() : tr("Pilih berkas CSV yang disimpan dari Excel."));
    mSummary->setStyleSheet(o.ran && !mSession.canApply() ? QStringLiteral("QLabel { color: #b00020; }")
                                                          : QString());
    mErrors->setRowCount(int(o.errors.size()));
    for (int i = 0; i < o.errors.size(); ++i) {
        const io::ImportError &e = o.errors[i];
        auto *row = new QTableWidgetItem(e.row > 0 ? QString::number(e.row) : QStringLiteral("—"));
        row->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        mErrors->setItem(i, 0, row);
        mErrors->setItem(i, 1, new QTableWidgetItem(e.column));
        // One line per error: long values and reasons elide and show whole in their tooltip (rows measured
        // before the table had its width came out many lines tall).
        for (auto [column, text] : {std::pair{2, e.value}, std::pair{3, e.reason}}) {
            auto *item = new QTableWidgetItem(text);
            item->setToolTip(text);
            mErrors->setItem(i, column, item);
        }
    }
    mSaveErrors->setEnabled(!o.errors.isEmpty());

    // Mark the bad cells of the preview.
    const io::CsvTable &t = mSession.table();
    QSet<QPair<int, QString>> bad;
    for (const io::ImportError &e : o.errors)
        bad.insert({e.row, e.column});
    for (int r = 0; r < mPreview->rowCount(); ++r) {
        const int line = t.rows.value(r).line;
        for (int c = 0; c < mPreview->columnCount(); ++c) {
            QTableWidgetItem *item = mPreview->item(r, c);
            if (!item)
                continue;
            const bool isBad = bad.contains({line, t.header.value(c)});
            item->setBackground(isBad ? QBrush(BadCell) : QBrush());
            QString tip;
            if (isBad) {
                for (const io::ImportError &e : o.errors) {
                    if (e.row == line && e.column == t.header.value(c))
                        tip += (tip.isEmpty() ? QString() : QStringLiteral("\n")) + e.reason;
                }
            }
            item->setToolTip(tip);
        }
    }
    if (QPushButton *ok = mButtons->button(QDialogButtonBox::Ok)) {
        ok->setEnabled(canImport());
        ok->setText(o.recordCount() > 0 && mSession.canApply()
                        ? tr("Impor %1 %2").arg(o.recordCount()).arg(CsvImportSession::kindNoun(mSession.kind()))
                        : tr("Impor"));
    }
}

bool CsvImportDialog::canImport() const
{
    return mSession.canApply() && mTask == 0;
}

QString CsvImportDialog::summaryText() const
{
    return mSummary->text();
}

void CsvImportDialog::saveErrors()
{
    const QString suggested = QFileInfo(mSession.sourceName()).completeBaseName() + tr("-kesalahan.csv");
    const QString path = QFileDialog::getSaveFileName(this, tr("Simpan daftar kesalahan"),
                                                      QDir::home().filePath(suggested),
                                                      tr("Berkas CSV (*.csv)"));
    if (path.isEmpty())
        return;
    if (Status st = mSession.saveErrors(path); !st)
        mSummary->setText(st.error().toString());
    else
        mSummary->setText(mSession.summary() + QLatin1Char(' ')
                          + tr("Daftar kesalahan disimpan ke %1.").arg(QDir::toNativeSeparators(path)));
}

void CsvImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (mSession.isLoaded())
            rebuildMapping();
        showOutcome();
    }
    QDialog::changeEvent(event);
}

void CsvImportDialog::retranslate()
{
    switch (mSession.kind()) {
    case io::ImportKind::Entries: setWindowTitle(tr("Impor isian dari CSV")); break;
    case io::ImportKind::Proposals: setWindowTitle(tr("Impor usulan dari CSV")); break;
    case io::ImportKind::Agreements: setWindowTitle(tr("Impor kerja sama dari CSV")); break;
    case io::ImportKind::Offers: setWindowTitle(tr("Impor penawaran masuk dari CSV")); break;
    }
    for (auto &[l, text] : mLabels)
        l->setText(tr(text));
    mBrowse->setText(tr("Pilih berkas…"));
    mMappingTable->setHorizontalHeaderLabels({tr("Kolom di berkas"), tr("Dipakai untuk"), tr("Contoh isi")});
    mErrors->setHorizontalHeaderLabels({tr("Baris"), tr("Kolom"), tr("Nilai"), tr("Alasan")});
    mSkipInvalid->setText(tr("Impor baris yang valid (lewati baris yang salah)"));
    mSkipInvalid->setToolTip(tr("Tanpa tanda ini, satu baris yang salah membatalkan seluruh impor"));
    mSaveErrors->setText(tr("Simpan daftar kesalahan…"));
    if (auto *b = mButtons->button(QDialogButtonBox::Cancel))
        b->setText(tr("Batal"));
}

} // namespace ksd
