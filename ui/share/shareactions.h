// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "workbench/actionhandler.h"

#include <QPointer>

class QAction;

namespace ksd {

class CopyBanner;
class ProjectDocument;

/// Sharing a project with the perangkat daerah (issue 8): File → Kirim ke perangkat daerah…, File → Gabungkan
/// salinan…, Proyek → Log penggabungan…, and the banner shown while a copy is open. Register it in MainWindow
/// with `workbench->addHandler(new ShareActions(workbench));`.
class ShareActions : public ActionHandler
{
    Q_OBJECT

public:
    explicit ShareActions(Workbench *workbench);
    void retranslate() override;

    QAction *sendAction() const { return mSend; }
    QAction *mergeAction() const { return mMerge; }
    QAction *mergeLogAction() const { return mLog; }
    CopyBanner *banner() const { return mBanner; }

    void sendCopy();
    void mergeCopies();
    void showMergeLog();

private:
    void documentChanged(ProjectDocument *document);
    void updateActions();
    void updateBanner();

    QAction *mSend = nullptr;
    QAction *mMerge = nullptr;
    QAction *mLog = nullptr;
    CopyBanner *mBanner = nullptr;
    QPointer<ProjectDocument> mDocument;
};

} // namespace ksd
