#include "catalogues.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace roledesk {

namespace {

/// Loads \a name for \a locale from \a folder and installs it; null when there is none.
QTranslator *install(const QLocale &locale, const QString &name, const QString &folder, QObject *parent)
{
    auto *translator = new QTranslator(parent);
    if (translator->load(locale, name, QStringLiteral("_"), folder)
        && QCoreApplication::installTranslator(translator))
        return translator;
    delete translator;
    return nullptr;
}

} // namespace

InstalledCatalogues installCatalogues(const QLocale &locale, const QString &folder, QObject *parent)
{
    // English is the source language: its catalogue holds only the plural forms of %n messages.
    const QLocale catalogue = locale.language() == QLocale::C ? QLocale(QLocale::English) : locale;
    InstalledCatalogues installed;
    installed.qt = install(catalogue, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath),
                           parent);
    installed.own = install(catalogue, QStringLiteral("roledesk"), folder, parent);
    return installed;
}

} // namespace roledesk
