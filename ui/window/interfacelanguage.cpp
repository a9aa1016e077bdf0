#include "window/interfacelanguage.h"

#include "catalogues.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QMenu>
#include <QSettings>
#include <QTranslator>

#include <utility>

namespace roledesk {

namespace {

const QString settingsKey = QStringLiteral("interface/language");

} // namespace

QList<InterfaceLanguage::Choice> InterfaceLanguage::choices()
{
    return {
        {QString(), tr("System default")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("ja"), QStringLiteral("日本語")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
    };
}

bool InterfaceLanguage::isKnown(const QString &code)
{
    for (const Choice &c : choices())
        if (c.code == code)
            return true;
    return false;
}

InterfaceLanguage::InterfaceLanguage(QString catalogueFolder, QObject *parent)
    : QObject(parent)
    , m_folder(std::move(catalogueFolder))
{
}

InterfaceLanguage::~InterfaceLanguage()
{
    for (QTranslator *t : {m_qt, m_own})
        if (t)
            QCoreApplication::removeTranslator(t);
}

QString InterfaceLanguage::saved()
{
    const QString code = QSettings().value(settingsKey).toString();
    return isKnown(code) ? code : QString();
}

QLocale InterfaceLanguage::locale() const
{
    return m_code.isEmpty() ? QLocale::system() : QLocale(m_code);
}

bool InterfaceLanguage::apply(const QString &code, bool remember)
{
    if (!isKnown(code))
        return false;
    if (remember) {
        QSettings settings;
        if (code.isEmpty())
            settings.remove(settingsKey);
        else
            settings.setValue(settingsKey, code);
    }
    const bool changed = !m_installed || code != m_code;
    m_code = code;
    if (changed) {
        install();
        emit languageChanged(m_code);
    }
    return true;
}

void InterfaceLanguage::install()
{
    for (QTranslator *t : {std::exchange(m_qt, nullptr), std::exchange(m_own, nullptr)}) {
        if (t) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
    const QLocale language = locale();
    QLocale::setDefault(language);
    m_installed = true;
    const InstalledCatalogues installed = installCatalogues(language, m_folder, this);
    m_qt = installed.qt;
    m_own = installed.own;
}

QMenu *InterfaceLanguage::createMenu(QWidget *parent)
{
    // The title keeps the English word in every catalogue, so that a user lost in a language they
    // do not read still finds the way back.
    auto *menu = new QMenu(tr("&Language"), parent);
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(menu);
    group->setExclusive(true);
    for (const Choice &c : choices()) {
        QAction *action = menu->addAction(c.name);
        action->setObjectName(QStringLiteral("language_") + (c.code.isEmpty() ? QStringLiteral("system") : c.code));
        action->setCheckable(true);
        action->setChecked(c.code == m_code);
        action->setData(c.code);
        group->addAction(action);
        if (c.code.isEmpty())
            menu->addSeparator();
    }
    connect(group, &QActionGroup::triggered, this, [this](QAction *action) {
        apply(action->data().toString());
    });
    connect(this, &InterfaceLanguage::languageChanged, menu, [group](const QString &code) {
        for (QAction *a : group->actions())
            a->setChecked(a->data().toString() == code);
    });
    return menu;
}

} // namespace roledesk
