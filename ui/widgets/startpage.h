// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace ksd {

class RecentFiles;

/// What the window shows with no project open: "Proyek baru", "Buka proyek…", "Buka contoh" and the recent
/// files. It only emits requests; FileActions carries them out.
class StartPage : public QWidget
{
    Q_OBJECT

public:
    explicit StartPage(RecentFiles *recent, QWidget *parent = nullptr);
    QListWidget *recentList() const { return mRecent; }

signals:
    void newRequested();
    void openRequested();
    void demoRequested();
    void recentRequested(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuildRecent();
    void retranslate();

    RecentFiles *mRecentFiles;
    QLabel *mTitle;
    QLabel *mSubtitle;
    QPushButton *mNew;
    QPushButton *mOpen;
    QPushButton *mDemo;
    QLabel *mRecentTitle;
    QListWidget *mRecent;
    QLabel *mNoRecent;
    QLabel *mHint;
};

} // namespace ksd
