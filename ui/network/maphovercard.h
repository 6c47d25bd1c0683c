// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFrame>

class QLabel;

namespace ksd {

class NetworkScene;
class RegionNodeItem;
class LinkItem;
class ClusterHullItem;

/// The card shown while hovering a node, a link or a cluster: the class, the factors behind the score, the legal
/// basis and who takes the urusan over, in Indonesian. A styled overlay that never takes the mouse.
class MapHoverCard : public QFrame
{
    Q_OBJECT

public:
    explicit MapHoverCard(QWidget *parent = nullptr);

    void setText(const QString &html);
    QString text() const;
    /// Shows the card near @p anchor (parent coordinates), kept inside @p area.
    void showNear(const QPoint &anchor, const QRect &area);

    // The card texts (rich text), also used by the details dialog.
    static QString textFor(const NetworkScene &scene, const RegionNodeItem &node);
    static QString textFor(const NetworkScene &scene, const LinkItem &link, int maxSuggestions = 3);
    static QString textFor(const NetworkScene &scene, const ClusterHullItem &hull);

private:
    QLabel *mLabel;
};

} // namespace ksd
