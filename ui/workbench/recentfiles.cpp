// SPDX-License-Identifier: Apache-2.0
#include "recentfiles.h"

#include <QFileInfo>
#include <QSettings>

namespace ksd {

namespace {
const QString Key = QStringLiteral("files/recent");
const QString TitlesKey = QStringLiteral("files/recentTitles");
}

RecentFiles::RecentFiles(QObject *parent) : QObject(parent) {}

QStringList RecentFiles::files() const
{
    QStringList list = QSettings().value(Key).toStringList();
    list.removeAll(QString());
    return list.mid(0, MaxFiles);
}

QString RecentFiles::title(const QString &path) const
{
    return QSettings().value(TitlesKey).toMap().value(path).toString();
}

void RecentFiles::add(const QString &path, const QString &title)
{
    const QString abs = QFileInfo(path).absoluteFilePath();
    QStringList list = files();
    list.removeAll(abs);
    list.prepend(abs);
    QVariantMap titles = QSettings().value(TitlesKey).toMap();
    titles.insert(abs, title.simplified().left(200));
    store(list.mid(0, MaxFiles), titles);
}

void RecentFiles::remove(const QString &path)
{
    QStringList list = files();
    if (list.removeAll(QFileInfo(path).absoluteFilePath()) + list.removeAll(path) > 0)
        store(list, QSettings().value(TitlesKey).toMap());
}

void RecentFiles::clear()
{
    store({}, {});
}

void RecentFiles::store(const QStringList &files, QVariantMap titles)
{
    // Titles only for the files still listed.
    for (auto it = titles.begin(); it != titles.end();) {
        if (files.contains(it.key()))
            ++it;
        else
            it = titles.erase(it);
    }
    QSettings settings;
    settings.setValue(Key, files);
    settings.setValue(TitlesKey, titles);
    emit changed();
}

} // namespace ksd
