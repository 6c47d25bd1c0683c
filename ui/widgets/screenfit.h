// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QRect>
#include <QSize>

class QWidget;

namespace ksd {

/// The available geometry (without task bars) of the screen @p widget is on; the primary screen before it shows.
QRect availableScreenRect(const QWidget *widget);

/// Room a window manager's frame takes around a top-level window's client area (title bar, borders).
QSize windowFrameAllowance();

/// Resizes the top-level @p widget to @p wanted, shrunk so that it and its frame fit the available screen, and moves
/// it back onto that screen when it would stick out. Every window and dialog with a preferred size goes through here
/// instead of a bare resize().
void resizeToScreen(QWidget *widget, const QSize &wanted);

/// True when a top-level window with client geometry @p geometry, frame included, lies inside the available screen.
bool fitsScreen(const QWidget *widget, const QRect &geometry);

} // namespace ksd
