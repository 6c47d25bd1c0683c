// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "register/registerstats.h"

#include <QObject>
#include <QStringList>

class QStandardItemModel;

namespace ksd {

/// What the Monev tab shows, computed from a project on a given day (pure; may run in a worker thread).
struct DashboardData
{
    RegisterStats stats;
    int proposingPds = 0; ///< distinct perangkat daerah among the live proposals
    bool valid = false;
};
DashboardData computeDashboard(const Project &project, const QDate &today);

/// The numbers of the Monev tab as item models, so that the tables, the charts, the CSV export and the tests all
/// read the same cells. Every row carries a stable key in KeyRole on column 0 ("KB", "category:SINERGI",
/// "stage:pelaksanaan", …) and every number its raw value in ValueRole.
///  - documentsModel(): rows KB, PKS, NK (and ADDENDUM when there is one), total; columns daerah lain, pihak ketiga,
///    sinergi, total (the Kota Banjar 2021 table);
///  - proposalsModel(): proposals, perangkat daerah, eligible / not eligible (with the reasons), the category split
///    of the eligible ones, KSDD classes and DPRD approval; columns count and percentage (the Kabupaten Banjar 2024
///    figures);
///  - funnelModel(): one row per stage: current stage, and at or past it;
///  - expiryModel(): live active agreements past their end date or ending within six months, highlighted by band;
///  - monevModel(): records, average rating, latest recommendations.
class MonevDashboard : public QObject
{
    Q_OBJECT

public:
    enum Role {
        KeyRole = Qt::UserRole + 100, ///< QString: stable key of the row (column 0) or of the column (header)
        ValueRole,                    ///< double: the number behind a cell
        AgreementIdRole,              ///< QUuid: expiryModel() rows
        BandRole,                     ///< QString: expiryModel(): "expired", "90" or "180"
        DateRole,                     ///< QDate: expiryModel(): the end date
    };
    enum DocumentColumn { DaerahLainColumn = 0, PihakKetigaColumn, SinergiColumn, DocumentTotalColumn };

    explicit MonevDashboard(QObject *parent = nullptr);

    void setData(const DashboardData &data);
    const DashboardData &data() const { return mData; }
    const RegisterStats &stats() const { return mData.stats; }

    QStandardItemModel *documentsModel() const { return mDocuments; }
    QStandardItemModel *proposalsModel() const { return mProposals; }
    QStandardItemModel *funnelModel() const { return mFunnel; }
    QStandardItemModel *expiryModel() const { return mExpiry; }
    QStandardItemModel *monevModel() const { return mMonev; }

    /// Row of @p key in @p model (KeyRole on column 0), or -1.
    static int rowOf(const QStandardItemModel *model, const QString &key);
    /// The number in row @p key, column @p column (ValueRole), or -1 when there is no such cell.
    static double value(const QStandardItemModel *model, const QString &key, int column);

    /// Every number shown, as rows "bagian;baris;kolom;nilai" for Excel.
    QList<QStringList> exportRows() const;
    /// exportRows() as an Excel CSV (UTF-8 BOM, ';', CRLF, decimal comma).
    QByteArray exportCsv() const;

    /// Texts again in the current language.
    void retranslate();

signals:
    /// The models were filled again.
    void updated();

private:
    void fillDocuments();
    void fillProposals();
    void fillFunnel();
    void fillExpiry();
    void fillMonev();

    DashboardData mData;
    QStandardItemModel *mDocuments;
    QStandardItemModel *mProposals;
    QStandardItemModel *mFunnel;
    QStandardItemModel *mExpiry;
    QStandardItemModel *mMonev;
};

} // namespace ksd
