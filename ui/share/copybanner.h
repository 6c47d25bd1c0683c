// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFrame>

class QLabel;

namespace ksd {

struct Project;

/// The strip shown above the workspace while a copy sent to a perangkat daerah is open: "Salinan untuk Dinas X,
/// dibuat dari proyek Y pada tanggal Z", and that edits are recorded under that PD's name. Non-modal; hidden for
/// an original project.
class CopyBanner : public QFrame
{
    Q_OBJECT

public:
    explicit CopyBanner(QWidget *parent = nullptr);

    /// Shows the banner for @p project, or hides it when @p project is null or not a copy.
    void showFor(const Project *project);
    QString text() const;
    void retranslate();

private:
    QLabel *mIcon = nullptr;
    QLabel *mText = nullptr;
    QLabel *mHint = nullptr;
    QString mPd;
};

} // namespace ksd
