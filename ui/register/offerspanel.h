// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/records.h"
#include "util/result.h"

#include <QDialog>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace ksd {

class DateEdit;
class OptionalDateEdit;
class ProjectDocument;
class RegionPicker;
class UrusanPicker;
class Workbench;
struct Project;

/// Records one incoming offer (penawaran masuk): sender, date, letter number, urusan, what is offered, the PD asked
/// for an opinion, the answer deadline; shows its screening with the same verdict as a proposal while typing.
class OfferEditor : public QDialog
{
    Q_OBJECT

public:
    OfferEditor(const IncomingOffer &offer, const Project &project, QWidget *parent = nullptr);
    IncomingOffer offer() const;
    /// The screening text shown (for tests).
    QString screeningText() const;
    void accept() override;

private:
    void updateScreening();

    const Project &mProject;
    IncomingOffer mOriginal;
    QComboBox *mSenderType;
    RegionPicker *mSenderRegion;
    QLineEdit *mSenderName;
    DateEdit *mReceived;
    QLineEdit *mLetter;
    UrusanPicker *mUrusan;
    QLineEdit *mTitle;
    QPlainTextEdit *mDescription;
    QLineEdit *mAskedPd;
    OptionalDateEdit *mDue;
    QCheckBox *mBurdens;
    QCheckBox *mInApbd;
    QLabel *mScreening;
    QLabel *mError;
};

/// The incoming offers of the Usulan tab, shown apart from the region's own proposals: each with its sender,
/// deadline, screening (the same verdict as a proposal) and status; record, accept into a proposal, decline with a
/// reason. Every change is an undo command (registercommands).
class OffersPanel : public QWidget
{
    Q_OBJECT

public:
    explicit OffersPanel(Workbench *workbench, QWidget *parent = nullptr);
    QTreeWidget *list() const { return mList; }
    void setDocument(ProjectDocument *document);
    /// Accepts / declines the selected offer (the buttons; a refusal is shown and returned).
    Status acceptSelected();
    Status declineSelected(const QString &reason);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void retranslate();
    void updateButtons();
    QUuid currentId() const;
    void edit(const QUuid &id);

    ProjectDocument *mDocument = nullptr;
    QLabel *mHeader;
    QTreeWidget *mList;
    QPushButton *mAdd;
    QPushButton *mAccept;
    QPushButton *mDecline;
    QPushButton *mRemove;
    QLabel *mMessage;
};

} // namespace ksd
