// SPDX-License-Identifier: Apache-2.0
#include "screenfit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

#include <algorithm>

namespace ksd {

QRect availableScreenRect(const QWidget *widget)
{
    QScreen *screen = widget ? widget->screen() : nullptr;
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    return screen ? screen->availableGeometry() : QRect(0, 0, 1366, 768);
}

QSize windowFrameAllowance()
{
    // Before a window is shown its frame is unknown; this covers the usual title bar and borders.
    return QSize(16, 40);
}

void resizeToScreen(QWidget *widget, const QSize &wanted)
{
    const QRect avail = availableScreenRect(widget);
    const QSize room = avail.size() - windowFrameAllowance();
    const QSize size(std::max(1, std::min(wanted.width(), room.width())),
                     std::max(1, std::min(wanted.height(), room.height())));
    widget->resize(size);
    if (!widget->isWindow())
        return;
    // Keep the whole window on the screen: a window that would stick out moves back, top-left first.
    const QSize frame = windowFrameAllowance();
    QPoint pos = widget->pos();
    pos.setX(std::clamp(pos.x(), avail.left(), std::max(avail.left(), avail.right() + 1 - size.width() - frame.width())));
    pos.setY(std::clamp(pos.y(), avail.top(), std::max(avail.top(), avail.bottom() + 1 - size.height() - frame.height())));
    widget->move(pos);
}

bool fitsScreen(const QWidget *widget, const QRect &geometry)
{
    const QRect avail = availableScreenRect(widget);
    const QSize frame = windowFrameAllowance();
    return geometry.width() + frame.width() <= avail.width() + 1 && geometry.height() + frame.height() <= avail.height() + 1
        && avail.intersects(geometry);
}

} // namespace ksd
