// The catalogues in translations/: Japanese and Simplified Chinese translate every message, with
// the same placeholders as the source (a lost %2 shows the wrong value, a lost %n the wrong
// count); English gives both plural forms of every %n message. Read from the .ts sources, so a
// string added without its translations fails here, not in front of a user.
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    bool numerus = false;
    QString type;          // "", "unfinished", "vanished", "obsolete"
    QStringList forms;     // the translation, or its numerus forms
};

QList<Message> readCatalogue(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            m = Message{context, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"), {}, {}};
        } else if (name == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            if (m.numerus) {
                while (xml.readNextStartElement())
                    m.forms << xml.readElementText();
            } else {
                m.forms << xml.readElementText();
            }
            messages << m;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d+|n)"));
    QSet<QString> out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.insert(it.next().captured(1));
    return out;
}

QString catalogue(const QString &language)
{
    return qEnvironmentVariable("ROLEDESK_SOURCE_DIR") + QStringLiteral("/translations/roledesk_") + language
           + QStringLiteral(".ts");
}

QString where(const Message &m)
{
    return m.context + QStringLiteral(": \"") + m.source.left(80) + u'"';
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private slots:
    void everyMessageTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("ja") << QStringLiteral("ja");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

    void everyMessageTranslated()
    {
        QFETCH(QString, language);
        QString error;
        const QList<Message> messages = readCatalogue(catalogue(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 1000);
        QStringList problems;
        for (const Message &m : messages) {
            if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
                continue;
            if (m.type == QLatin1String("unfinished") || m.forms.isEmpty() || m.forms.first().isEmpty()) {
                problems << QStringLiteral("untranslated: ") + where(m);
                continue;
            }
            for (const QString &form : m.forms)
                if (placeholders(form) != placeholders(m.source))
                    problems << QStringLiteral("placeholders differ: ") + where(m) + QStringLiteral(" → ") + form;
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void englishPluralForms()
    {
        QString error;
        const QList<Message> messages = readCatalogue(catalogue(QStringLiteral("en")), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        int numerus = 0;
        QStringList problems;
        for (const Message &m : messages) {
            if (!m.numerus || m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
                continue;
            ++numerus;
            if (m.type == QLatin1String("unfinished") || m.forms.size() != 2 || m.forms.contains(QString()))
                problems << QStringLiteral("needs its singular and plural: ") + where(m);
            else if (m.forms.at(0).contains(QStringLiteral("(s)")) || m.forms.at(1).contains(QStringLiteral("(s)")))
                problems << QStringLiteral("still reads (s): ") + where(m);
            else if (placeholders(m.forms.at(0)) != placeholders(m.source) || placeholders(m.forms.at(1)) != placeholders(m.source))
                problems << QStringLiteral("placeholders differ: ") + where(m);
        }
        QVERIFY(numerus > 20);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
