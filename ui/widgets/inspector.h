// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QLabel;
class QTreeView;

namespace ksd {

class PropertiesModel;
class Workbench;

/// The right dock: every field of the selected record (entry, proposal or agreement) as a form, editable with
/// the same editors as the tables; each edit is an undo command. Shows who changed the record last.
class Inspector : public QWidget
{
    Q_OBJECT

public:
    explicit Inspector(Workbench *workbench, QWidget *parent = nullptr);
    PropertiesModel *model() const { return mModel; }
    QTreeView *view() const { return mView; }
    QSize sizeHint() const override { return {360, 600}; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateHeading();
    void retranslate();

    Workbench *mWorkbench;
    PropertiesModel *mModel;
    QLabel *mHeading;
    QLabel *mMeta;
    QTreeView *mView;
    QLabel *mEmpty;
};

} // namespace ksd
