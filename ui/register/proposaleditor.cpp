// SPDX-License-Identifier: Apache-2.0
#include "proposaleditor.h"

#include "document/recordfields.h"
#include "register/registerwidgets.h"
#include "rules/ruleset.h"
#include "widgets/pickers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace ksd {

namespace {

QLabel *wrapLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return l;
}

QString classText(const QString &key)
{
    if (const auto c = ksdClassFromKey(key))
        return ksdClassName(*c);
    return key;
}

} // namespace

ProposalEditor::ProposalEditor(const Proposal &proposal, const Project &project, QWidget *parent)
    : QDialog(parent)
    , mProject(project)
    , mOriginal(proposal)
    , mDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("proposalEditor"));
    mTitle = new QLineEdit(this);
    mTitle->setObjectName(QStringLiteral("title"));
    mUrusan = new UrusanPicker(this);
    mUrusan->setObjectName(QStringLiteral("urusan"));
    mSourcePd = new QComboBox(this);
    mSourcePd->setObjectName(QStringLiteral("sourcePd"));
    mSourcePd->setEditable(true);
    mSourcePd->setInsertPolicy(QComboBox::NoInsert);
    mYear = new QSpinBox(this);
    mYear->setRange(2000, 2100);
    mActivity = new QComboBox(this);
    mActivity->setObjectName(QStringLiteral("activity"));
    mPartnerType = new QComboBox(this);
    mPartnerType->setObjectName(QStringLiteral("partnerType"));
    mPartnerRegions = new RegionListEdit(this);
    mPartnerRegions->setObjectName(QStringLiteral("partnerRegions"));
    mPartnerNames = new QPlainTextEdit(this);
    mPartnerNames->setObjectName(QStringLiteral("partnerNames"));
    mPartnerNames->setTabChangesFocus(true);
    mPartnerNames->setFixedHeight(mPartnerNames->fontMetrics().lineSpacing() * 3 + 12);
    mForm = new QComboBox(this);
    mForm->setObjectName(QStringLiteral("form"));
    mCost = new NumberEdit(this);
    mCost->setObjectName(QStringLiteral("estimatedCost"));
    mInApbd = new QCheckBox(this);
    mInApbd->setObjectName(QStringLiteral("inApbd"));
    mBurdens = new QCheckBox(this);
    mBurdens->setObjectName(QStringLiteral("burdensPublic"));
    mDescription = new QPlainTextEdit(this);
    mDescription->setTabChangesFocus(true);
    mDescription->setFixedHeight(mDescription->fontMetrics().lineSpacing() * 4 + 12);
    mSuggestion = wrapLabel(this);
    // The engine's explanation kept from the suggestion: shown for reference, never edited.
    mSuggestionNote = new QPlainTextEdit(this);
    mSuggestionNote->setObjectName(QStringLiteral("suggestionNote"));
    mSuggestionNote->setReadOnly(true);
    mSuggestionNote->setTabChangesFocus(true);
    mSuggestionNote->setFixedHeight(mSuggestionNote->fontMetrics().lineSpacing() * 4 + 12);
    mSuggestionNote->setPlainText(proposal.suggestionNote);

    auto label = [this](const char *text, QWidget *buddy = nullptr) {
        auto *l = new QLabel(this);
        l->setBuddy(buddy);
        mLabels.append({l, text});
        return l;
    };
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(label(QT_TR_NOOP("&Judul:"), mTitle), mTitle);
    form->addRow(label(QT_TR_NOOP("&Urusan:"), mUrusan), mUrusan);
    auto *pdRow = new QHBoxLayout;
    pdRow->addWidget(mSourcePd, 1);
    pdRow->addWidget(label(QT_TR_NOOP("Tahun:")));
    pdRow->addWidget(mYear);
    form->addRow(label(QT_TR_NOOP("Perangkat &daerah:"), mSourcePd), pdRow);
    form->addRow(label(QT_TR_NOOP("Jenis &kegiatan:"), mActivity), mActivity);
    form->addRow(label(QT_TR_NOOP("Jenis &mitra:"), mPartnerType), mPartnerType);
    form->addRow(label(QT_TR_NOOP("Calon mitra daerah:")), mPartnerRegions);
    form->addRow(label(QT_TR_NOOP("Calon mitra lain:")), mPartnerNames);
    form->addRow(label(QT_TR_NOOP("&Bentuk yang dituju:"), mForm), mForm);
    auto *costRow = new QHBoxLayout;
    costRow->addWidget(label(QT_TR_NOOP("Rp")));
    costRow->addWidget(mCost);
    costRow->addStretch(1);
    mCost->setMinimumWidth(220);
    form->addRow(label(QT_TR_NOOP("Perkiraan &biaya:"), mCost), costRow);
    form->addRow(QString(), mInApbd);
    form->addRow(QString(), mBurdens);
    form->addRow(label(QT_TR_NOOP("U&raian:"), mDescription), mDescription);
    form->addRow(QString(), mSuggestion);
    mSuggestionNoteLabel = label(QT_TR_NOOP("Penjelasan mesin saran (hanya baca):"), mSuggestionNote);
    mSuggestionNoteLabel->setWordWrap(true);
    form->addRow(mSuggestionNoteLabel, mSuggestionNote);
    form->setRowVisible(mSuggestionNote, !proposal.suggestionNote.isEmpty());

    // Screening panel
    auto *screen = new QGroupBox(this);
    screen->setObjectName(QStringLiteral("screeningBox"));
    mVerdict = wrapLabel(screen);
    mVerdict->setObjectName(QStringLiteral("verdict"));
    QFont big = mVerdict->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.15);
    mVerdict->setFont(big);
    mCategory = wrapLabel(screen);
    mCategory->setObjectName(QStringLiteral("category"));
    mReason = wrapLabel(screen);
    mReason->setObjectName(QStringLiteral("reason"));
    mDprd = wrapLabel(screen);
    mDprd->setObjectName(QStringLiteral("dprd"));
    mPartners = wrapLabel(screen);
    mPartners->setObjectName(QStringLiteral("partnerClasses"));
    mNotes = wrapLabel(screen);
    mNotes->setObjectName(QStringLiteral("notes"));
    // Reasons cite their basis and can be long: the panel scrolls instead of clipping them.
    auto *screenBody = new QWidget;
    auto *screenLayout = new QVBoxLayout(screenBody);
    screenLayout->setContentsMargins(0, 0, 4, 0);
    screenLayout->addWidget(mVerdict);
    screenLayout->addWidget(mCategory);
    screenLayout->addWidget(mReason);
    screenLayout->addWidget(mDprd);
    screenLayout->addWidget(mPartners);
    screenLayout->addWidget(mNotes);
    screenLayout->addStretch(1);
    auto *screenScroll = new QScrollArea(screen);
    screenScroll->setWidget(screenBody);
    screenScroll->setWidgetResizable(true);
    screenScroll->setFrameShape(QFrame::NoFrame);
    screenScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *screenOuter = new QVBoxLayout(screen);
    screenOuter->addWidget(screenScroll);
    screen->setMinimumWidth(360);

    mProblems = wrapLabel(this);
    mProblems->setObjectName(QStringLiteral("problems"));
    mProblems->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    mProblems->hide();

    mButtons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(mButtons, &QDialogButtonBox::accepted, this, &ProposalEditor::accept);
    connect(mButtons, &QDialogButtonBox::rejected, this, &ProposalEditor::reject);

    auto *formColumn = new QVBoxLayout;
    formColumn->addLayout(form);
    formColumn->addStretch(1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(formColumn, 3);
    columns->addWidget(screen, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(mProblems);
    layout->addWidget(mButtons);

    fillChoices();

    // Load the proposal.
    mTitle->setText(proposal.title);
    mUrusan->setCode(proposal.urusanCode);
    QStringList pds;
    for (const Proposal &p : project.proposals) {
        if (!p.meta.deleted && !p.sourcePd.isEmpty() && !pds.contains(p.sourcePd))
            pds.append(p.sourcePd);
    }
    for (const Entry &e : project.entries) {
        if (!e.meta.deleted && !e.sourcePd.isEmpty() && !pds.contains(e.sourcePd))
            pds.append(e.sourcePd);
    }
    pds.sort(Qt::CaseInsensitive);
    mSourcePd->addItems(pds);
    mSourcePd->setCurrentText(proposal.sourcePd);
    const int year = project.year > 0 ? project.year : QDate::currentDate().year();
    mYear->setValue(proposal.year > 0 ? proposal.year : year);
    mActivity->setCurrentIndex(mActivity->findData(int(proposal.activity)));
    mPartnerType->setCurrentIndex(mPartnerType->findData(int(proposal.partnerType)));
    mPartnerRegions->setCodes(proposal.partnerRegionCodes);
    mPartnerNames->setPlainText(QString(proposal.partnerNames).replace(QLatin1Char(';'), QLatin1Char('\n')));
    mForm->setCurrentIndex(mForm->findData(int(proposal.form)));
    mCost->setValue(proposal.estimatedCost);
    mInApbd->setChecked(proposal.inApbd);
    mBurdens->setChecked(proposal.burdensPublic);
    mDescription->setPlainText(proposal.description);

    mDelay->setSingleShot(true);
    mDelay->setInterval(150);
    connect(mDelay, &QTimer::timeout, this, &ProposalEditor::refreshScreening);
    auto later = [this] { mDelay->start(); };
    connect(mTitle, &QLineEdit::textChanged, this, later);
    connect(mUrusan, &QComboBox::currentIndexChanged, this, later);
    connect(mUrusan, &QComboBox::editTextChanged, this, later);
    connect(mActivity, &QComboBox::currentIndexChanged, this, later);
    connect(mPartnerType, &QComboBox::currentIndexChanged, this, [this, later] {
        updatePartnerFields();
        later();
    });
    connect(mPartnerRegions, &RegionListEdit::codesChanged, this, later);
    connect(mPartnerNames, &QPlainTextEdit::textChanged, this, later);
    connect(mForm, &QComboBox::currentIndexChanged, this, later);
    connect(mCost, &NumberEdit::valueChanged, this, later);
    connect(mInApbd, &QCheckBox::toggled, this, later);
    connect(mBurdens, &QCheckBox::toggled, this, later);

    retranslate();
    updatePartnerFields();
    refreshScreening();
    resize(980, 620);
}

void ProposalEditor::fillChoices()
{
    const int activity = mActivity->currentData().toInt();
    const int partner = mPartnerType->currentData().toInt();
    const int form = mForm->currentData().toInt();
    mActivity->clear();
    for (ActivityKind a : {ActivityKind::KerjaSama, ActivityKind::Pengadaan, ActivityKind::Swakelola,
                           ActivityKind::Internal})
        mActivity->addItem(activityName(a), int(a));
    mPartnerType->clear();
    for (PartnerType t : {PartnerType::Daerah, PartnerType::PihakKetiga, PartnerType::KL, PartnerType::PemdaLN,
                          PartnerType::LembagaLN})
        mPartnerType->addItem(partnerTypeName(t), int(t));
    mForm->clear();
    for (DocType d : {DocType::KB, DocType::PKS, DocType::NK})
        mForm->addItem(docTypeName(d), int(d));
    mActivity->setCurrentIndex(qMax(0, mActivity->findData(activity)));
    mPartnerType->setCurrentIndex(qMax(0, mPartnerType->findData(partner)));
    mForm->setCurrentIndex(qMax(0, mForm->findData(form)));
}

void ProposalEditor::updatePartnerFields()
{
    const auto type = PartnerType(mPartnerType->currentData().toInt());
    mPartnerRegions->setEnabled(type == PartnerType::Daerah);
    mPartnerNames->setEnabled(type != PartnerType::Daerah);
}

Proposal ProposalEditor::proposal() const
{
    Proposal p = mOriginal;
    p.title = mTitle->text().simplified();
    p.urusanCode = mUrusan->code();
    p.sourcePd = mSourcePd->currentText().simplified();
    p.year = mYear->value();
    p.activity = ActivityKind(mActivity->currentData().toInt());
    p.partnerType = PartnerType(mPartnerType->currentData().toInt());
    p.partnerRegionCodes = p.partnerType == PartnerType::Daerah ? mPartnerRegions->codes() : QStringList();
    QStringList names;
    if (p.partnerType != PartnerType::Daerah) {
        for (const QString &line : mPartnerNames->toPlainText().split(QLatin1Char('\n'))) {
            if (!line.simplified().isEmpty())
                names.append(line.simplified());
        }
    }
    p.partnerNames = names.join(QStringLiteral("; "));
    p.form = DocType(mForm->currentData().toInt());
    p.estimatedCost = mCost->value();
    p.inApbd = mInApbd->isChecked();
    p.burdensPublic = mBurdens->isChecked();
    p.description = mDescription->toPlainText().trimmed();
    if (p.regionCode.isEmpty())
        p.regionCode = mProject.ownerRegion;
    return p;
}

QStringList ProposalEditor::problems() const
{
    QStringList out;
    if (mTitle->text().trimmed().isEmpty())
        out.append(tr("Judul usulan belum diisi."));
    if (mUrusan->code().isEmpty())
        out.append(tr("Urusan belum dipilih (misalnya 2.11 Lingkungan Hidup)."));
    if (!mCost->isAcceptable())
        out.append(tr("Perkiraan biaya \"%1\" bukan angka. Tulis misalnya 1.500.000.000.")
                       .arg(mCost->text().trimmed()));
    return out;
}

void ProposalEditor::accept()
{
    const QStringList p = problems();
    if (!p.isEmpty()) {
        mProblems->setText(tr("Usulan belum dapat disimpan:") + QLatin1Char('\n') + QStringLiteral("• ")
                           + p.join(QStringLiteral("\n• ")));
        mProblems->show();
        return;
    }
    mProblems->hide();
    QDialog::accept();
}

void ProposalEditor::refreshScreening()
{
    mDelay->stop();
    mScreening = screenProposal(proposal(), mProject);
    const ScreeningResult &s = mScreening;
    if (s.eligible) {
        mVerdict->setText(tr("✔ Memenuhi kriteria KSD"));
        mVerdict->setStyleSheet(QStringLiteral("QLabel { color: #1b6e20; }"));
    } else {
        mVerdict->setText(tr("✘ Tidak memenuhi kriteria KSD"));
        mVerdict->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    }
    QString category = s.eligible ? categoryName(s.category) : tr("Bukan kerja sama daerah");
    if (s.eligible && s.category == Category::KSDD) {
        category += QStringLiteral(" — ")
                    + (s.ksddClass.isEmpty() ? tr("kelas belum dapat dinilai (calon mitra daerah belum diisi)")
                                             : classText(s.ksddClass));
    }
    mCategory->setText(tr("<b>Kategori:</b> %1").arg(category.toHtmlEscaped()));
    mReason->setText(tr("<b>Alasan:</b> %1").arg(s.reason.toHtmlEscaped()));
    if (s.eligible) {
        mDprd->setText((s.dprdApproval ? tr("<b>Persetujuan DPRD:</b> diperlukan. %1")
                                       : tr("<b>Persetujuan DPRD:</b> tidak diperlukan. %1"))
                           .arg(s.dprdReason.toHtmlEscaped()));
    } else {
        mDprd->clear();
    }
    mDprd->setVisible(s.eligible);
    QStringList partners;
    for (const PartnerClass &pc : s.partnerClasses) {
        QString line = QStringLiteral("<b>%1</b>: %2").arg(regionName(pc.partnerRegion).toHtmlEscaped(),
                                                           pc.className.toHtmlEscaped());
        if (!pc.pairType.isEmpty())
            line += tr(" (tipe %1)").arg(pc.pairType);
        if (!pc.consequence.isEmpty())
            line += QStringLiteral("<br/><i>") + pc.consequence.toHtmlEscaped() + QStringLiteral("</i>");
        if (pc.legalReview)
            line += QStringLiteral("<br/>") + tr("Perlu kajian hukum (tipe C tidak disebut Permendagri 22/2020).");
        partners.append(line);
    }
    mPartners->setText(partners.join(QStringLiteral("<br/>")));
    mPartners->setVisible(!partners.isEmpty());
    QString notes = tr("<b>Catatan:</b>");
    for (const QString &n : s.notes)
        notes += QStringLiteral("<br/>• ") + n.toHtmlEscaped();
    mNotes->setText(notes);
    mNotes->setVisible(!s.notes.isEmpty());
}

void ProposalEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fillChoices();
        refreshScreening();
    }
    QDialog::changeEvent(event);
}

void ProposalEditor::retranslate()
{
    setWindowTitle(mOriginal.meta.id.isNull() ? tr("Buat usulan kerja sama") : tr("Ubah usulan kerja sama"));
    for (auto &[l, text] : mLabels)
        l->setText(tr(text));
    mPartnerNames->setPlaceholderText(tr("Satu nama per baris: perusahaan, perguruan tinggi, kementerian/lembaga…"));
    mCost->setPlaceholderText(tr("mis. 1.500.000.000; kosong = belum diketahui"));
    mInApbd->setText(tr("Sudah dianggarkan dalam APBD tahun berjalan"));
    mBurdens->setText(tr("Membebani masyarakat"));
    mTitle->setPlaceholderText(tr("mis. TPA Regional Banjarbakula"));
    if (auto *b = mButtons->button(QDialogButtonBox::Save))
        b->setText(mOriginal.meta.id.isNull() ? tr("Buat usulan") : tr("Simpan"));
    if (auto *b = mButtons->button(QDialogButtonBox::Cancel))
        b->setText(tr("Batal"));
    if (auto *g = findChild<QGroupBox *>(QStringLiteral("screeningBox")))
        g->setTitle(tr("Penyaringan kriteria KSD (PP 28/2018)"));
    mSuggestion->setText(mOriginal.suggestionKey.isEmpty()
                             ? QString()
                             : tr("Berasal dari saran: %1").arg(mOriginal.suggestionKey));
    mSuggestion->setVisible(!mOriginal.suggestionKey.isEmpty());
}

} // namespace ksd
