#pragma once

#include <QRect>
#include <QSize>

class QDockWidget;
class QMainWindow;
class QSettings;

namespace roledesk {

/// The first size of a window that would like \a preferred on a screen whose free area (without
/// panels and docks of the desktop) is \a available: never larger than that area, with a margin
/// left for the window frame.
QSize fittedWindowSize(const QRect &available, const QSize &preferred);

/// Sizes \a window to fittedWindowSize() on the screen it will show on and centres it there.
void fitWindowToScreen(QMainWindow *window, const QSize &preferred);

/// Keeps \a dock from widening its window: its contents may shrink to \a minimumWidth pixels
/// whatever their own minimum size hint says.
void keepDockNarrow(QDockWidget *dock, int minimumWidth = 220);

/// Restores the geometry and dock state \a window had when saveWindowLayout() last ran, from
/// \a settings (group "window/<objectName>"); a saved geometry that no longer fits the screen is
/// fitted again. Returns false when nothing was saved.
bool restoreWindowLayout(QMainWindow *window, QSettings &settings);
/// Saves the geometry and dock state of \a window to \a settings.
void saveWindowLayout(const QMainWindow *window, QSettings &settings);

} // namespace roledesk
