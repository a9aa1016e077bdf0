#pragma once
// Shared by the Platform page tests: the demo platform folder copied to a temporary folder (saves
// never touch the repository), and a hook on the next modal dialog of a type.

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

namespace roledesk::test {

/// A copy of resources/demo/platform (acme.yaml, people.json, people.csv) in a temporary folder.
class PlatformDemoCopy {
public:
    PlatformDemoCopy()
    {
        const QDir demo(qEnvironmentVariable("ROLEDESK_SOURCE_DIR") + QStringLiteral("/resources/demo/platform"));
        for (const QString &name : demo.entryList(QDir::Files))
            m_ok = QFile::copy(demo.filePath(name), m_dir.filePath(name)) && m_ok;
        m_ok = m_ok && QFile::exists(path());
    }
    bool ok() const { return m_ok && m_dir.isValid(); }
    QString path(const QString &name = QStringLiteral("acme.yaml")) const { return m_dir.filePath(name); }
    QByteArray read(const QString &name = QStringLiteral("acme.yaml")) const
    {
        QFile f(path(name));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    bool write(const QString &name, const QByteArray &data) const
    {
        QFile f(path(name));
        return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
    }

private:
    QTemporaryDir m_dir;
    bool m_ok = true;
};

/// With ROLEDESK_GRAB_DIR set, shows \a page at a desktop size with \a tab's tab in front and
/// saves it as <dir>/<name>.png: pictures of the offscreen run, to look at the page's other tabs.
inline void grabIfAsked(QWidget *page, QWidget *tab, const QString &name)
{
    const QString dir = qEnvironmentVariable("ROLEDESK_GRAB_DIR");
    if (dir.isEmpty())
        return;
    for (QWidget *w = tab; w && w != page; w = w->parentWidget())
        if (auto *tabs = qobject_cast<QTabWidget *>(w->parentWidget() ? w->parentWidget()->parentWidget() : nullptr))
            tabs->setCurrentWidget(w);
    page->resize(1400, 850);
    page->show();
    QTest::qWait(50);
    page->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

/// Runs \a handle on the first modal dialog of type T that opens (it must close it).
template <typename T>
void whenModalOpens(std::function<void(T *)> handle)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, handle] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            handle(dialog);
        }
    });
    timer->start();
}

} // namespace roledesk::test
