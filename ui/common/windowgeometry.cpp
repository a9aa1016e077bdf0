#include "common/windowgeometry.h"

#include <QDockWidget>
#include <QGuiApplication>
#include <QMainWindow>
#include <QScreen>
#include <QSettings>
#include <QWidget>

#include <algorithm>

namespace roledesk {

namespace {

QString groupOf(const QMainWindow *window)
{
    return QStringLiteral("window/") + (window->objectName().isEmpty() ? QStringLiteral("main") : window->objectName());
}

QRect availableFor(const QWidget *window)
{
    const QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    return screen ? screen->availableGeometry() : QRect();
}

} // namespace

QSize fittedWindowSize(const QRect &available, const QSize &preferred)
{
    if (!available.isValid())
        return preferred;
    // Title bar and borders are drawn outside the widget's geometry; leave room for them.
    constexpr int frameWidth = 16;
    constexpr int frameHeight = 40;
    return {std::max(320, std::min(preferred.width(), available.width() - frameWidth)),
            std::max(240, std::min(preferred.height(), available.height() - frameHeight))};
}

void fitWindowToScreen(QMainWindow *window, const QSize &preferred)
{
    const QRect available = availableFor(window);
    const QSize size = fittedWindowSize(available, preferred);
    window->resize(size);
    if (available.isValid())
        window->move(available.center() - QPoint(size.width() / 2, size.height() / 2));
}

void keepDockNarrow(QDockWidget *dock, int minimumWidth)
{
    if (QWidget *contents = dock->widget()) {
        // An explicit minimum overrides the layout's minimum size hint (QLayout::SetDefaultConstraint).
        contents->setMinimumWidth(minimumWidth);
        QSizePolicy policy = contents->sizePolicy();
        policy.setHorizontalPolicy(QSizePolicy::Ignored);
        contents->setSizePolicy(policy);
    }
}

bool restoreWindowLayout(QMainWindow *window, QSettings &settings)
{
    settings.beginGroup(groupOf(window));
    const QByteArray geometry = settings.value(QStringLiteral("geometry")).toByteArray();
    const QByteArray state = settings.value(QStringLiteral("state")).toByteArray();
    settings.endGroup();
    bool restored = !geometry.isEmpty() && window->restoreGeometry(geometry);
    if (!state.isEmpty())
        restored = window->restoreState(state) || restored;
    // A geometry saved on a larger screen is brought back inside this one.
    const QRect available = availableFor(window);
    if (restored && available.isValid() && !window->isMaximized()) {
        const QSize fitted = fittedWindowSize(available, window->size());
        if (fitted != window->size())
            window->resize(fitted);
    }
    return restored;
}

void saveWindowLayout(const QMainWindow *window, QSettings &settings)
{
    settings.beginGroup(groupOf(window));
    settings.setValue(QStringLiteral("geometry"), window->saveGeometry());
    settings.setValue(QStringLiteral("state"), window->saveState());
    settings.endGroup();
}

} // namespace roledesk
