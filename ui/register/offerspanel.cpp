// SPDX-License-Identifier: Apache-2.0
#include "offerspanel.h"

#include "document/projectdocument.h"
#include "util/format.h"
#include "register/offers.h"
#include "document/registercommands.h"
#include "register/registerwidgets.h"
#include "util/usertext.h"
#include "widgets/pickers.h"
#include "workbench/documentmanager.h"
#include "workbench/workbench.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>

#include <algorithm>
#include <QVBoxLayout>

namespace ksd {

// --- OfferEditor --------------------------------------------------------------------------------------------------

OfferEditor::OfferEditor(const IncomingOffer &offer, const Project &project, QWidget *parent)
    : QDialog(parent)
    , mProject(project)
    , mOriginal(offer)
{
    setObjectName(QStringLiteral("offerEditor"));
    setWindowTitle(offer.meta.id.isNull() ? tr("Catat penawaran masuk") : tr("Ubah penawaran masuk"));
    mSenderType = new QComboBox(this);
    for (PartnerType t : {PartnerType::Daerah, PartnerType::PihakKetiga, PartnerType::KL, PartnerType::PemdaLN,
                          PartnerType::LembagaLN})
        mSenderType->addItem(partnerTypeName(t), int(t));
    mSenderRegion = new RegionPicker(this);
    mSenderName = new QLineEdit(this);
    mReceived = new DateEdit(this);
    mLetter = new QLineEdit(this);
    mUrusan = new UrusanPicker(this);
    mTitle = new QLineEdit(this);
    mTitle->setObjectName(QStringLiteral("offerTitle"));
    mDescription = new QPlainTextEdit(this);
    mDescription->setTabChangesFocus(true);
    mDescription->setFixedHeight(mDescription->fontMetrics().lineSpacing() * 3 + 12);
    mAskedPd = new QLineEdit(this);
    mDue = new OptionalDateEdit(this);
    mBurdens = new QCheckBox(tr("Membebani masyarakat"), this);
    mInApbd = new QCheckBox(tr("Pembiayaan sudah dalam APBD"), this);
    mScreening = new QLabel(this);
    mScreening->setObjectName(QStringLiteral("offerScreening"));
    mScreening->setWordWrap(true);
    mError = new QLabel(this);
    mError->setWordWrap(true);
    mError->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));

    auto *form = new QFormLayout;
    form->addRow(tr("Jenis pengirim:"), mSenderType);
    form->addRow(tr("Daerah pengirim:"), mSenderRegion);
    form->addRow(tr("Nama pengirim:"), mSenderName);
    form->addRow(tr("Tanggal diterima:"), mReceived);
    form->addRow(tr("Nomor surat:"), mLetter);
    form->addRow(tr("Urusan:"), mUrusan);
    form->addRow(tr("Hal yang ditawarkan:"), mTitle);
    form->addRow(tr("Uraian:"), mDescription);
    form->addRow(tr("PD yang dimintai pendapat:"), mAskedPd);
    form->addRow(tr("Batas waktu jawaban:"), mDue);
    auto *flags = new QHBoxLayout;
    flags->addWidget(mBurdens);
    flags->addWidget(mInApbd);
    flags->addStretch(1);
    form->addRow(QString(), flags);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Simpan"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Batal"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(mScreening);
    layout->addWidget(mError);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &OfferEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &OfferEditor::reject);

    mSenderType->setCurrentIndex(qMax(0, mSenderType->findData(int(offer.senderType))));
    mSenderRegion->setCode(offer.senderRegion);
    mSenderName->setText(offer.senderName);
    mReceived->setValue(offer.receivedOn.isValid() ? offer.receivedOn : QDate::currentDate());
    mLetter->setText(offer.letterNumber);
    if (!offer.urusanCode.isEmpty())
        mUrusan->setCode(offer.urusanCode);
    mTitle->setText(offer.title);
    mDescription->setPlainText(offer.description);
    mAskedPd->setText(offer.askedPd);
    mDue->setValue(offer.answerDue);
    mBurdens->setChecked(offer.burdensPublic);
    mInApbd->setChecked(offer.inApbd);

    auto *delay = new QTimer(this);
    delay->setSingleShot(true);
    delay->setInterval(250);
    connect(delay, &QTimer::timeout, this, &OfferEditor::updateScreening);
    auto later = [delay] { delay->start(); };
    connect(mSenderType, &QComboBox::currentIndexChanged, this, [this, later] {
        const bool region = PartnerType(mSenderType->currentData().toInt()) == PartnerType::Daerah;
        mSenderRegion->setEnabled(region);
        later();
    });
    connect(mSenderRegion, &RegionPicker::codeChanged, this, later);
    connect(mUrusan, &QComboBox::currentIndexChanged, this, later);
    connect(mTitle, &QLineEdit::textChanged, this, later);
    connect(mSenderName, &QLineEdit::textChanged, this, later);
    connect(mBurdens, &QCheckBox::toggled, this, later);
    connect(mInApbd, &QCheckBox::toggled, this, later);
    mSenderRegion->setEnabled(offer.senderType == PartnerType::Daerah);
    updateScreening();
    resize(640, sizeHint().height());
}

IncomingOffer OfferEditor::offer() const
{
    IncomingOffer o = mOriginal;
    o.senderType = PartnerType(mSenderType->currentData().toInt());
    o.senderRegion = o.senderType == PartnerType::Daerah ? mSenderRegion->code() : QString();
    o.senderName = mSenderName->text().simplified();
    o.receivedOn = mReceived->value();
    o.letterNumber = mLetter->text().simplified();
    o.urusanCode = mUrusan->code();
    o.title = mTitle->text().simplified();
    o.description = mDescription->toPlainText().trimmed();
    o.askedPd = mAskedPd->text().simplified();
    o.answerDue = mDue->value();
    o.burdensPublic = mBurdens->isChecked();
    o.inApbd = mInApbd->isChecked();
    return o;
}

QString OfferEditor::screeningText() const
{
    return mScreening->text();
}

void OfferEditor::updateScreening()
{
    const IncomingOffer o = offer();
    const ScreeningResult r = screenOffer(o, ProposalScreener(mProject), mProject);
    QStringList lines{r.reason};
    if (r.eligible) {
        if (!r.ksddClass.isEmpty())
            lines << tr("Kelas KSDD: %1").arg(r.partnerClasses.isEmpty() ? r.ksddClass
                                                                          : r.partnerClasses.first().className);
        lines << r.dprdReason;
    }
    lines += r.notes;
    mScreening->setText(lines.join(QLatin1Char('\n')));
}

void OfferEditor::accept()
{
    for (const ValidationProblem &p : validateOffer(offer())) {
        if (p.severity == ValidationProblem::Severity::Error) {
            mError->setText(p.message);
            return;
        }
    }
    QDialog::accept();
}

// --- OffersPanel --------------------------------------------------------------------------------------------------

namespace {
enum Column { ReceivedColumn = 0, SenderColumn, TitleColumn, DueColumn, ScreeningColumn, StatusColumn, ColumnCount };
}

OffersPanel::OffersPanel(Workbench *workbench, QWidget *parent)
    : QWidget(parent)
    , mHeader(new QLabel(this))
    , mList(new QTreeWidget(this))
    , mAdd(new QPushButton(this))
    , mAccept(new QPushButton(this))
    , mDecline(new QPushButton(this))
    , mRemove(new QPushButton(this))
    , mMessage(new QLabel(this))
{
    setObjectName(QStringLiteral("offersPanel"));
    mList->setObjectName(QStringLiteral("offersList"));
    mList->setRootIsDecorated(false);
    mList->setColumnCount(ColumnCount);
    mList->setAlternatingRowColors(true);
    mList->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    mList->header()->setStretchLastSection(false);
    mList->setTextElideMode(Qt::ElideRight);
    QFont bold = mHeader->font();
    bold.setBold(true);
    mHeader->setFont(bold);
    mMessage->setWordWrap(true);
    // The header on a line of its own: at 1366 px the buttons beside it would cut it.
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(mAdd);
    buttons->addWidget(mAccept);
    buttons->addWidget(mDecline);
    buttons->addStretch(1);
    buttons->addWidget(mRemove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(mHeader);
    layout->addWidget(mList, 1);
    layout->addLayout(buttons);
    layout->addWidget(mMessage);

    connect(mAdd, &QPushButton::clicked, this, [this] { edit({}); });
    connect(mList, &QTreeWidget::itemDoubleClicked, this, [this] { edit(currentId()); });
    connect(mAccept, &QPushButton::clicked, this, [this] { static_cast<void>(acceptSelected()); });
    connect(mDecline, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString reason = QInputDialog::getMultiLineText(this, tr("Tolak penawaran"),
                                                              tr("Alasan penolakan (dicatat bersama penawaran):"),
                                                              QString(), &ok);
        if (ok)
            static_cast<void>(declineSelected(reason));
    });
    connect(mRemove, &QPushButton::clicked, this, [this] {
        if (mDocument && !currentId().isNull())
            mDocument->removeOffers({currentId()});
    });
    connect(mList, &QTreeWidget::currentItemChanged, this, &OffersPanel::updateButtons);
    connect(workbench->documents(), &DocumentManager::documentChanged, this, &OffersPanel::setDocument);
    QTimer::singleShot(0, this, [this, workbench] { setDocument(workbench->document()); });
    retranslate();
}

void OffersPanel::setDocument(ProjectDocument *document)
{
    if (mDocument)
        disconnect(mDocument, nullptr, this, nullptr);
    mDocument = document;
    if (mDocument) {
        for (auto sig : {&ProjectDocument::offersAdded, &ProjectDocument::offersRemoved})
            connect(mDocument, sig, this, &OffersPanel::rebuild);
        connect(mDocument, &ProjectDocument::offersChanged, this, &OffersPanel::rebuild);
        connect(mDocument, &ProjectDocument::projectReplaced, this, &OffersPanel::rebuild);
        // The screening reads the entries' evidence and the proposals, like a proposal's.
        connect(mDocument, &ProjectDocument::entriesChanged, this, &OffersPanel::rebuild);
    }
    rebuild();
}

QUuid OffersPanel::currentId() const
{
    const QTreeWidgetItem *item = mList->currentItem();
    return item ? item->data(0, Qt::UserRole).toUuid() : QUuid();
}

void OffersPanel::rebuild()
{
    const QUuid keep = currentId();
    mList->clear();
    int waiting = 0;
    if (mDocument) {
        const Project &p = mDocument->project();
        const ProposalScreener screener(p);
        const QDate today = QDate::currentDate();
        for (const IncomingOffer &o : p.offers) {
            if (o.meta.deleted)
                continue;
            const ScreeningResult r = screenOffer(o, screener, p);
            QString screening = r.eligible ? categoryKey(r.category) : tr("Tidak memenuhi");
            if (r.eligible && !r.ksddClass.isEmpty() && !r.partnerClasses.isEmpty())
                screening += QStringLiteral(" · ") + r.partnerClasses.first().className;
            QString status = offerStatusName(o.status);
            if (o.status == OfferStatus::Menunggu) {
                ++waiting;
                if (o.answerDue.isValid() && today.daysTo(o.answerDue) < 0)
                    status = tr("Menunggu, lewat batas %1 hari").arg(-today.daysTo(o.answerDue));
            } else if (o.status == OfferStatus::Ditolak) {
                status += QStringLiteral(": ") + o.declineReason;
            }
            // Short dates in the cells (the long form in the tooltip): the subject needs the width at 1366 px.
            auto *item = new QTreeWidgetItem(mList, {shortDate(o.receivedOn), shownValue(offerSenderText(o)),
                                                     shownValue(o.title), shortDate(o.answerDue), screening,
                                                     shownValue(status)});
            item->setToolTip(ReceivedColumn, longDate(o.receivedOn));
            item->setToolTip(DueColumn, longDate(o.answerDue));
            item->setToolTip(StatusColumn, status);
            item->setData(0, Qt::UserRole, o.meta.id);
            item->setToolTip(ScreeningColumn, r.reason + QLatin1Char('\n') + r.dprdReason);
            item->setToolTip(TitleColumn, o.letterNumber.isEmpty() ? o.title
                                                                   : tr("Nomor surat %1").arg(o.letterNumber));
            if (o.meta.id == keep)
                mList->setCurrentItem(item);
        }
    }
    // Fixed widths that leave the offer's subject (the stretching column) room on a 1366 px screen.
    const QFontMetrics fm = mList->fontMetrics();
    // A date column is as wide as a date or its header, whichever is wider (the header must not be clipped).
    const auto dateWidth = [&](int column) {
        return std::max(fm.horizontalAdvance(QStringLiteral("30/09/2024")),
                        fm.horizontalAdvance(mList->headerItem()->text(column)))
               + 16;
    };
    mList->setColumnWidth(ReceivedColumn, dateWidth(ReceivedColumn));
    mList->setColumnWidth(DueColumn, dateWidth(DueColumn));
    mList->setColumnWidth(SenderColumn, fm.horizontalAdvance(QLatin1Char('x')) * 20);
    mList->setColumnWidth(ScreeningColumn, fm.horizontalAdvance(QLatin1Char('x')) * 17);
    mList->setColumnWidth(StatusColumn, fm.horizontalAdvance(QLatin1Char('x')) * 18);
    mHeader->setText(tr("Penawaran masuk: %1, menunggu jawaban %2").arg(mList->topLevelItemCount()).arg(waiting));
    updateButtons();
}

void OffersPanel::updateButtons()
{
    const IncomingOffer *o = mDocument && !currentId().isNull() ? mDocument->offer(currentId()) : nullptr;
    const bool waiting = o && o->status == OfferStatus::Menunggu;
    mAdd->setEnabled(mDocument != nullptr);
    mAccept->setEnabled(waiting);
    mDecline->setEnabled(waiting);
    mRemove->setEnabled(o != nullptr);
}

void OffersPanel::edit(const QUuid &id)
{
    if (!mDocument)
        return;
    IncomingOffer o;
    if (!id.isNull()) {
        if (const IncomingOffer *x = mDocument->offer(id))
            o = *x;
    }
    OfferEditor editor(o, mDocument->project(), this);
    if (editor.exec() != QDialog::Accepted)
        return;
    const Result<QUuid> saved = mDocument->saveOffer(editor.offer());
    mMessage->setText(saved ? QString() : saved.error().message);
}

Status OffersPanel::acceptSelected()
{
    if (!mDocument || currentId().isNull())
        return Error{tr("Pilih penawaran lebih dulu."), {}, 0};
    const Result<QUuid> id = mDocument->acceptIncomingOffer(currentId());
    if (!id) {
        mMessage->setText(id.error().message);
        return id.error();
    }
    const Proposal *p = mDocument->proposal(*id);
    mMessage->setText(tr("Penawaran diterima menjadi usulan \"%1\" (tabel di atas).").arg(p ? p->title : QString()));
    return Status::success();
}

Status OffersPanel::declineSelected(const QString &reason)
{
    if (!mDocument || currentId().isNull())
        return Error{tr("Pilih penawaran lebih dulu."), {}, 0};
    const Status s = mDocument->declineIncomingOffer(currentId(), reason);
    mMessage->setText(s ? tr("Penawaran ditolak; alasannya dicatat.") : s.error().message);
    return s;
}

void OffersPanel::retranslate()
{
    mList->setHeaderLabels({tr("Tgl. masuk"), tr("Pengirim"), tr("Hal yang ditawarkan"), tr("Batas jawaban"),
                            tr("Penyaringan"), tr("Status")});
    mAdd->setText(tr("Catat penawaran…"));
    mAccept->setText(tr("Terima jadi usulan"));
    mDecline->setText(tr("Tolak…"));
    mRemove->setText(tr("Hapus"));
    rebuild();
}

void OffersPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace ksd
