// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document/projectdocument.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace ksd {

class RegionPicker;

/// "Proyek baru" and "Data proyek": the region doing the mapping (picked with completion from all 552
/// regions), the title and the year. For a new project the title follows the region and year until edited.
class ProjectInfoDialog : public QDialog
{
    Q_OBJECT

public:
    enum Mode { NewProject, EditProject };

    explicit ProjectInfoDialog(Mode mode, QWidget *parent = nullptr);
    void setInfo(const ProjectInfo &info);
    ProjectInfo info() const;

    RegionPicker *regionPicker() const { return mRegion; }
    QLineEdit *titleEdit() const { return mTitle; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void suggestTitle();
    void validate();
    void retranslate();

    Mode mMode;
    RegionPicker *mRegion;
    QLineEdit *mTitle;
    QSpinBox *mYear;
    QLabel *mRegionLabel;
    QLabel *mTitleLabel;
    QLabel *mYearLabel;
    QLabel *mHint;
    QDialogButtonBox *mButtons;
    bool mTitleEdited = false;
    QString mAutoTitle;
};

} // namespace ksd
