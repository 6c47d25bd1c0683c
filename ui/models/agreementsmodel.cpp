// SPDX-License-Identifier: Apache-2.0
#include "agreementsmodel.h"

#include "document/projectdocument.h"
#include "register/agreementphase.h"
#include "register/expiry.h"

#include <QBrush>
#include <QFont>

namespace ksd {

namespace {

/// After the fields: the agreement's phase on the day (register/agreementphase), read-only, so that the table says
/// what the report and the counts say instead of the raw recorded status alone.
constexpr int PhaseColumn = AgreementTableColumns;

} // namespace

AgreementsModel::AgreementsModel(QObject *parent) : RecordTableModel(parent), mToday(QDate::currentDate()) {}

int AgreementsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : AgreementTableColumns + 1;
}

void AgreementsModel::setToday(const QDate &today)
{
    mToday = today;
    retranslate();
}

QList<QUuid> AgreementsModel::liveIds() const
{
    return document()->liveIds<Agreement>();
}

void AgreementsModel::connectDocument(ProjectDocument *document)
{
    connect(document, &ProjectDocument::agreementsAdded, this, &AgreementsModel::recordsAdded);
    connect(document, &ProjectDocument::agreementsRemoved, this, &AgreementsModel::recordsRemoved);
    connect(document, &ProjectDocument::agreementsChanged, this, &AgreementsModel::recordsChanged);
}

EditorKind AgreementsModel::editorAt(int column) const
{
    if (column == PhaseColumn)
        return EditorKind::ReadOnly;
    return fieldSpec(AgreementField(column)).editor;
}

QVariant AgreementsModel::valueAt(const QUuid &id, int column) const
{
    const Agreement *a = document()->agreement(id);
    if (a && column == PhaseColumn)
        return agreementPhaseName(agreementPhase(*a, mToday));
    return a ? fieldSpec(AgreementField(column)).get(*a) : QVariant();
}

QString AgreementsModel::headerAt(int column) const
{
    if (column == PhaseColumn)
        return tr("Keadaan");
    return fieldLabel(AgreementField(column));
}

QString AgreementsModel::helpAt(int column) const
{
    if (column == PhaseColumn)
        return tr("Keadaan kerja sama pada hari ini menurut tanggal dan statusnya, seperti dalam laporan dan rekap: "
                  "dalam proses, belum berlaku, aktif, diperpanjang, lewat masa berlaku, sudah berakhir atau "
                  "dihentikan. Tidak diisi langsung: ubah tanggal atau status.");
    return fieldHelp(AgreementField(column));
}

bool AgreementsModel::pushFieldChange(const QUuid &id, int column, const QVariant &value)
{
    if (column == PhaseColumn)
        return false;
    return document()->changeAgreementField(id, AgreementField(column), value);
}

QVariant AgreementsModel::extraData(const QUuid &id, int column, int role) const
{
    if (AgreementField(column) != AgreementField::EndDate
        || (role != Qt::ForegroundRole && role != Qt::ToolTipRole && role != Qt::FontRole))
        return {};
    const Agreement *a = document()->agreement(id);
    if (!a || !a->endDate.isValid()
        || (a->status != AgreementStatus::Aktif && a->status != AgreementStatus::Diperpanjang))
        return {};
    const qint64 days = mToday.daysTo(a->endDate);
    if (days > ExpiryWarningDays)
        return {};
    if (role == Qt::ForegroundRole)
        return QBrush(QColor(0xb0, 0x00, 0x20));
    if (role == Qt::FontRole) {
        QFont f;
        f.setBold(true);
        return f;
    }
    return days < 0 ? tr("Sudah lewat %n hari dari tanggal berakhir", nullptr, int(-days))
                    : tr("Berakhir dalam %n hari", nullptr, int(days));
}

} // namespace ksd
