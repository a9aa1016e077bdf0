#include "pg/identifier.h"

namespace roledesk::pg {

namespace {

QString wrapDoubling(QStringView text, QChar quote)
{
    QString out;
    out.reserve(text.size() + 2);
    out += quote;
    for (QChar c : text) {
        if (c == quote)
            out += quote;
        out += c;
    }
    out += quote;
    return out;
}

bool isPlainIdentifier(QStringView name)
{
    if (name.isEmpty())
        return false;
    const QChar first = name.front();
    if (!((first >= u'a' && first <= u'z') || first == u'_'))
        return false;
    for (QChar c : name) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

QString quoteIdent(QStringView name)
{
    return wrapDoubling(name, u'"');
}

QString quoteIdentIfNeeded(QStringView name)
{
    // Keywords are not checked: a display form that omits quotes on "select" is still unambiguous
    // to a reader, and SQL that is executed always goes through quoteIdent().
    return isPlainIdentifier(name) ? name.toString() : quoteIdent(name);
}

QString quoteLiteral(QStringView value)
{
    // A plain '...' reads differently when standard_conforming_strings is off (a database owner
    // may set that): a backslash then escapes the next character. E'...' reads backslashes as
    // escapes under either setting, so doubling them there keeps the value as it is.
    if (!value.contains(u'\\'))
        return wrapDoubling(value, u'\'');
    QString out = QStringLiteral("E'");
    out.reserve(value.size() + 4);
    for (QChar c : value) {
        if (c == u'\'' || c == u'\\')
            out += c;
        out += c;
    }
    out += u'\'';
    return out;
}

QString QualifiedName::toSql() const
{
    return schema.isEmpty() ? quoteIdent(name) : quoteIdent(schema) + u'.' + quoteIdent(name);
}

QString QualifiedName::toDisplay() const
{
    return schema.isEmpty() ? quoteIdentIfNeeded(name)
                            : quoteIdentIfNeeded(schema) + u'.' + quoteIdentIfNeeded(name);
}

} // namespace roledesk::pg
