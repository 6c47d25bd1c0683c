// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/csvimportsession.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTimer;

namespace ksd {

class TaskRunner;

/// Import from an Excel CSV for entries, proposals or agreements: choose the file, see how its columns map to the
/// fields (and change it), preview the rows with the bad cells marked, read every error with its row and column,
/// choose all-or-nothing or "impor baris yang valid", save the errors for Excel. The dialog only prepares the
/// import; the caller applies session() as one undo step when it is accepted.
class CsvImportDialog : public QDialog
{
    Q_OBJECT

public:
    /// @p tasks (may be null) runs the import in the background for large files.
    CsvImportDialog(io::ImportKind kind, const ProjectDocument *document, TaskRunner *tasks,
                    QWidget *parent = nullptr);

    CsvImportSession &session() { return mSession; }
    const CsvImportSession &session() const { return mSession; }

    /// Loads a file (as the "Pilih berkas" button does) and runs the import; false with the message shown when the
    /// file cannot be read.
    bool loadFile(const QString &path);
    /// Runs the import again with the current mapping and options, now (tests) or in the background.
    void rerun(bool now = false);
    /// Ticks or clears "impor baris yang valid".
    void setSkipInvalid(bool skip);

    QTableWidget *mappingTable() const { return mMappingTable; }
    QTableWidget *previewTable() const { return mPreview; }
    QTableWidget *errorTable() const { return mErrors; }
    QString summaryText() const;
    bool canImport() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void rebuildMapping();
    void rebuildPreview();
    void showOutcome();
    void saveErrors();
    void chooseFile();

    CsvImportSession mSession;
    TaskRunner *mTasks;
    int mTask = 0;
    quint64 mGeneration = 0;

    QLineEdit *mPath;
    QPushButton *mBrowse;
    QLabel *mFileInfo;
    QTableWidget *mMappingTable;
    QTableWidget *mPreview;
    QCheckBox *mSkipInvalid;
    QLabel *mSummary;
    QTableWidget *mErrors;
    QPushButton *mSaveErrors;
    QDialogButtonBox *mButtons;
    QList<QPair<QLabel *, const char *>> mLabels;
};

} // namespace ksd
