// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/project.h"
#include "util/result.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace ksd {

/// Proyek → Log penggabungan…: every record a merge took, decided or noted, from which perangkat daerah and
/// copy, newest first, with export to CSV for Excel.
class MergeLogDialog : public QDialog
{
    Q_OBJECT

public:
    MergeLogDialog(const QList<MergeLogEntry> &log, const QString &projectPath, QWidget *parent = nullptr);

    QTableWidget *table() const { return mTable; }
    /// The log's older rows, kept out of memory (Project::archivedLog): not listed, but counted in the
    /// introduction and exported with the others.
    void setArchivedLog(const ArchivedMergeLog &archived);
    /// Writes the log as CSV to @p path (what "Ekspor CSV…" does after asking for the file).
    Status exportTo(const QString &path) const;

private:
    void exportCsv();

    QList<MergeLogEntry> mLog;
    ArchivedMergeLog mArchived;
    QString mProjectPath;
    QLabel *mIntro = nullptr;
    QTableWidget *mTable = nullptr;
};

} // namespace ksd
