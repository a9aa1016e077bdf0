#pragma once

#include <QLocale>
#include <QString>

class QObject;
class QTranslator;

namespace roledesk {

/// The translators installCatalogues() installed; null for a catalogue that was not found.
struct InstalledCatalogues {
    QTranslator *qt = nullptr;  ///< Qt's own (qtbase_<lang>.qm from Qt's translations folder)
    QTranslator *own = nullptr; ///< RoleDesk's (roledesk_<lang>.qm)
};

/// Installs RoleDesk's catalogue roledesk_<lang>.qm from \a folder (":/i18n" in both programs)
/// and Qt's own qtbase catalogue for \a locale, as children of \a parent. The C locale (no LANG,
/// LC_ALL=C) reads English, whose catalogue holds the plural forms of %n messages. Shared by the
/// console's InterfaceLanguage and roledesk-cli, so both speak the same way.
InstalledCatalogues installCatalogues(const QLocale &locale, const QString &folder, QObject *parent);

} // namespace roledesk
