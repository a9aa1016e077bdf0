#pragma once

#include <QList>
#include <QLocale>
#include <QObject>
#include <QString>

class QMenu;
class QTranslator;

namespace roledesk {

/// The language of the interface: the system's (the default), English, Japanese or Simplified
/// Chinese. Installs RoleDesk's own catalogue and Qt's for the chosen language, makes its locale
/// the default one (numbers, dates), and remembers an explicit choice in QSettings
/// ("interface/language").
///
///     InterfaceLanguage language;              // catalogues from :/i18n
///     language.apply(language.saved(), false); // at start: the remembered choice
///     QMenu *menu = language.createMenu(window); // View ▸ Language, a choice emits languageChanged()
class InterfaceLanguage : public QObject {
    Q_OBJECT
public:
    /// One entry of the language menu: \a code is "" for the system's language, else "en", "ja"
    /// or "zh_CN"; \a name is the language's own name for itself (never translated).
    struct Choice {
        QString code;
        QString name;
    };
    /// The languages offered, the system default first.
    static QList<Choice> choices();
    /// Whether \a code is one of choices().
    static bool isKnown(const QString &code);

    /// Catalogues roledesk_<lang>.qm are read from \a catalogueFolder (a resource path by default).
    explicit InterfaceLanguage(QString catalogueFolder = QStringLiteral(":/i18n"), QObject *parent = nullptr);
    ~InterfaceLanguage() override;

    /// The remembered choice ("" when none was made, or the saved one is unknown).
    static QString saved();
    /// The choice in effect ("" for the system's language).
    QString current() const { return m_code; }
    /// The locale in effect: the system's, or the chosen language's.
    QLocale locale() const;

    /// Switches to \a code (see Choice) and, when \a remember, saves it. Emits languageChanged()
    /// when the language in effect changed. False (nothing changes) for an unknown code.
    bool apply(const QString &code, bool remember = true);

    /// A "&Language" menu for \a parent with one checkable entry per choice, kept in step with
    /// current(); choosing one applies and remembers it.
    QMenu *createMenu(QWidget *parent);

signals:
    /// The interface language changed to \a code: windows retranslate (or are rebuilt).
    void languageChanged(const QString &code);

private:
    void install();

    QString m_folder;
    QString m_code;
    bool m_installed = false;
    QTranslator *m_qt = nullptr;
    QTranslator *m_own = nullptr;
};

} // namespace roledesk
