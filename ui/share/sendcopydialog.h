// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/project.h"
#include "util/result.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace ksd {

/// File → Kirim ke perangkat daerah…: asks for the receiving perangkat daerah, an optional urusan filter and the
/// output file, and writes the copy (makeCopy + KsdStore::save). It never overwrites a file without asking.
class SendCopyDialog : public QDialog
{
    Q_OBJECT

public:
    /// @p projectPath is the project's own file (the default output goes beside it); may be empty.
    SendCopyDialog(const Project &project, const QString &projectPath, QWidget *parent = nullptr);

    QString pd() const;
    void setPd(const QString &pd);
    /// Chosen urusan codes; empty when "Semua urusan" is on.
    QStringList urusan() const;
    /// Turns "Semua urusan" off and ticks exactly @p codes (empty: turns "Semua urusan" on).
    void setUrusan(const QStringList &codes);
    QString outputPath() const;
    void setOutputPath(const QString &path);

    /// What is missing before a copy can be written (empty when the form is complete).
    QString validationMessage() const;
    /// Writes the copy. Refuses an existing file unless @p overwrite (the dialog asks first).
    Status writeCopy(bool overwrite = false);

    /// "<project> - <PD>.ksd", with characters that file systems refuse replaced.
    static QString defaultFileName(const QString &projectTitle, const QString &pd);
    /// PD names offered: names used before (newest first), then the project's own perangkat daerah.
    static QStringList knownPds(const Project &project);
    /// Remembers @p pd for the next time (QSettings).
    static void rememberPd(const QString &pd);

    void accept() override;

private:
    void updateDefaultPath();
    void updateSummary();
    void browse();

    Project mProject;
    QString mProjectPath;
    QComboBox *mPd = nullptr;
    QCheckBox *mAllUrusan = nullptr;
    QCheckBox *mWithoutScans = nullptr;
    QListWidget *mUrusan = nullptr;
    QLineEdit *mPath = nullptr;
    QLabel *mSummary = nullptr;
    QLabel *mProblem = nullptr;
    QString mAutoPath; ///< the path last filled in automatically; a user-typed path is left alone
};

} // namespace ksd
