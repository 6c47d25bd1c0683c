// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QStringList>
#include <QVariantMap>

namespace ksd {

/// The most recently opened or saved .ksd files (QSettings "files/recent"), newest first, at most 10, each with
/// the project title it had then ("files/recentTitles"), so that lists can name projects, not only files.
class RecentFiles : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxFiles = 10;

    explicit RecentFiles(QObject *parent = nullptr);
    QStringList files() const;
    /// Puts @p path first (absolute, once), remembering @p title (may be empty).
    void add(const QString &path, const QString &title);
    /// The project title recorded for @p path; empty when none was.
    QString title(const QString &path) const;
    void remove(const QString &path);
    void clear();

signals:
    void changed();

private:
    void store(const QStringList &files, QVariantMap titles);
};

} // namespace ksd
