// SPDX-License-Identifier: Apache-2.0
#include "monevrecordeditor.h"

#include "register/monev.h"
#include "register/registerwidgets.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ksd {

MonevRecordEditor::MonevRecordEditor(const MonevRecord &record, const Project &project, QWidget *parent)
    : QDialog(parent)
    , mProject(project)
    , mOriginal(record)
{
    setObjectName(QStringLiteral("monevRecordEditor"));
    mDate = new DateEdit(this);
    mDate->setObjectName(QStringLiteral("date"));
    mRole = new QComboBox(this);
    mRole->setObjectName(QStringLiteral("evaluatorRole"));
    mRole->setEditable(true);
    mRole->setInsertPolicy(QComboBox::NoInsert);
    mRole->addItems(evaluatorRoles());
    mKendala = new QPlainTextEdit(this);
    mKendala->setObjectName(QStringLiteral("kendala"));
    mKendala->setTabChangesFocus(true);
    mKendala->setFixedHeight(mKendala->fontMetrics().lineSpacing() * 4 + 12);
    mRecommendation = new QComboBox(this);
    mRecommendation->setObjectName(QStringLiteral("recommendation"));
    mRating = new QSpinBox(this);
    mRating->setObjectName(QStringLiteral("rating"));
    mRating->setRange(1, 5);

    auto label = [this](const char *text, QWidget *buddy) {
        auto *l = new QLabel(this);
        l->setBuddy(buddy);
        mLabels.append({l, text});
        return l;
    };
    auto *form = new QFormLayout;
    form->addRow(label(QT_TR_NOOP("&Tanggal monev:"), mDate), mDate);
    form->addRow(label(QT_TR_NOOP("&Penilai:"), mRole), mRole);

    auto *criteria = new QGroupBox(this);
    criteria->setObjectName(QStringLiteral("criteriaBox"));
    auto *grid = new QGridLayout(criteria);
    for (int i = 0; i < MonevCriterionCount; ++i) {
        auto *spin = new QSpinBox(criteria);
        spin->setObjectName(QStringLiteral("score_") + monevCriterionKey(MonevCriterion(i)));
        spin->setRange(0, 5);
        mScores[size_t(i)] = spin;
        auto *l = new QLabel(criteria);
        l->setBuddy(spin);
        mScoreLabels[size_t(i)] = l;
        const int row = i % 4;
        const int col = (i / 4) * 2;
        grid->addWidget(l, row, col);
        grid->addWidget(spin, row, col + 1);
    }
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(2, 1);

    auto *lower = new QFormLayout;
    lower->addRow(label(QT_TR_NOOP("&Kendala:"), mKendala), mKendala);
    lower->addRow(label(QT_TR_NOOP("&Rekomendasi:"), mRecommendation), mRecommendation);
    lower->addRow(label(QT_TR_NOOP("&Nilai keseluruhan (1–5):"), mRating), mRating);

    mProblems = new QLabel(this);
    mProblems->setObjectName(QStringLiteral("problems"));
    mProblems->setWordWrap(true);
    mProblems->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    mProblems->hide();
    mWarnings = new QLabel(this);
    mWarnings->setObjectName(QStringLiteral("warnings"));
    mWarnings->setWordWrap(true);
    mWarnings->setStyleSheet(QStringLiteral("QLabel { color: #8a5a00; }"));
    mWarnings->hide();
    mButtons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(mButtons, &QDialogButtonBox::accepted, this, &MonevRecordEditor::accept);
    connect(mButtons, &QDialogButtonBox::rejected, this, &MonevRecordEditor::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(criteria);
    layout->addLayout(lower);
    layout->addWidget(mWarnings);
    layout->addWidget(mProblems);
    layout->addWidget(mButtons);

    retranslate();
    mDate->setValue(record.date.isValid() ? record.date : QDate::currentDate());
    mRole->setCurrentText(record.evaluatorRole.isEmpty() ? evaluatorRoles().constFirst() : record.evaluatorRole);
    for (int i = 0; i < MonevCriterionCount; ++i)
        mScores[size_t(i)]->setValue(record.scores[size_t(i)]);
    mKendala->setPlainText(record.kendala);
    mRecommendation->setCurrentIndex(mRecommendation->findData(int(record.recommendation)));
    mRating->setValue(qBound(1, record.rating, 5));
    connect(mDate, &DateEdit::valueChanged, this, &MonevRecordEditor::updateWarnings);
    updateWarnings();
}

QStringList MonevRecordEditor::evaluatorRoles()
{
    // Roles as they appear in berita acara monev; stored as typed, so not translated.
    return {QStringLiteral("TKKSD"), QStringLiteral("Bagian Pemerintahan"), QStringLiteral("Bagian Kerja Sama"),
            QStringLiteral("Bappeda"), QStringLiteral("Inspektorat"), QStringLiteral("Perangkat daerah pelaksana"),
            QStringLiteral("Mitra kerja sama")};
}

MonevRecord MonevRecordEditor::record() const
{
    MonevRecord r = mOriginal;
    r.date = mDate->value();
    r.evaluatorRole = mRole->currentText().simplified();
    for (int i = 0; i < MonevCriterionCount; ++i)
        r.scores[size_t(i)] = mScores[size_t(i)]->value();
    r.kendala = mKendala->toPlainText().trimmed();
    r.recommendation = Recommendation(mRecommendation->currentData().toInt());
    r.rating = mRating->value();
    return r;
}

QStringList MonevRecordEditor::messages(bool errors) const
{
    QStringList out;
    for (const ValidationProblem &p : validateMonev(record(), mProject)) {
        if ((p.severity == ValidationProblem::Severity::Error) == errors)
            out.append(p.message);
    }
    return out;
}

QStringList MonevRecordEditor::problems() const
{
    return messages(true);
}

QStringList MonevRecordEditor::warnings() const
{
    return messages(false);
}

void MonevRecordEditor::updateWarnings()
{
    const QStringList w = warnings();
    mWarnings->setText(w.isEmpty() ? QString() : QStringLiteral("⚠ ") + w.join(QStringLiteral("\n⚠ ")));
    mWarnings->setVisible(!w.isEmpty());
}

void MonevRecordEditor::accept()
{
    const QStringList p = problems();
    if (!p.isEmpty()) {
        mProblems->setText(QStringLiteral("• ") + p.join(QStringLiteral("\n• ")));
        mProblems->show();
        return;
    }
    QDialog::accept();
}

void MonevRecordEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void MonevRecordEditor::retranslate()
{
    setWindowTitle(mOriginal.meta.id.isNull() ? tr("Tambah catatan monev") : tr("Ubah catatan monev"));
    for (auto &[l, text] : mLabels)
        l->setText(tr(text));
    if (auto *g = findChild<QGroupBox *>(QStringLiteral("criteriaBox")))
        g->setTitle(tr("Kriteria (0 = tidak dinilai, 1 = sangat kurang … 5 = sangat baik)"));
    for (int i = 0; i < MonevCriterionCount; ++i) {
        mScoreLabels[size_t(i)]->setText(monevCriterionName(MonevCriterion(i)) + QLatin1Char(':'));
        mScores[size_t(i)]->setSpecialValueText(tr("tidak dinilai"));
    }
    const int rec = mRecommendation->currentData().toInt();
    mRecommendation->clear();
    for (Recommendation r : {Recommendation::Lanjut, Recommendation::Perbaiki, Recommendation::Hentikan})
        mRecommendation->addItem(recommendationName(r), int(r));
    mRecommendation->setCurrentIndex(qMax(0, mRecommendation->findData(rec)));
    mKendala->setPlaceholderText(tr("Kendala yang ditemui dalam pelaksanaan"));
    if (auto *b = mButtons->button(QDialogButtonBox::Save))
        b->setText(tr("Simpan"));
    if (auto *b = mButtons->button(QDialogButtonBox::Cancel))
        b->setText(tr("Batal"));
}

} // namespace ksd
