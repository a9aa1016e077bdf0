#include "pgx/modelname.h"

namespace roledesk {

namespace {

bool allowed(char32_t c)
{
    return (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z') || (c >= U'0' && c <= U'9') || c == U'_'
           || c == U'.' || c == U'-';
}

/// “é” (U+00E9); a character that cannot be shown (a control character) only by its code.
QString describe(char32_t c)
{
    const QString code = QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
    if (!QChar::isPrint(c))
        return code;
    return QString::fromUcs4(&c, 1).prepend(QChar(0x201C)).append(QChar(0x201D)) + QStringLiteral(" (") + code
           + u')';
}

} // namespace

QString ModelName::problem(QStringView name)
{
    if (name.isEmpty())
        return tr("A model name cannot be empty.");
    // Code points, so that a character outside the BMP counts as one position.
    const QList<uint> chars = name.toUcs4();
    for (qsizetype i = 0; i < chars.size(); ++i) {
        const auto c = char32_t(chars.at(i));
        if (!allowed(c))
            return tr("Character %1 at position %2 is not allowed in a model name: use only A-Z, a-z, "
                      "0-9, \"_\", \".\" and \"-\".")
                .arg(describe(c))
                .arg(i + 1);
    }
    if (name.startsWith(u'.'))
        return tr("A model name cannot start with \".\".");
    if (name.endsWith(u'.'))
        return tr("A model name cannot end with \".\".");
    if (const qsizetype at = name.indexOf(QLatin1String("..")); at >= 0)
        return tr("A model name cannot contain \"..\" (at position %1).").arg(at + 1);
    return {};
}

} // namespace roledesk
