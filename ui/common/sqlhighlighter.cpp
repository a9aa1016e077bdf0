#include "common/sqlhighlighter.h"

namespace roledesk {

SqlHighlighter::SqlHighlighter(QTextDocument *parent)
    : QSyntaxHighlighter(parent)
    , m_keywords(QStringLiteral(
          "\\b(BEGIN|COMMIT|ROLLBACK|GRANT|REVOKE|ON|TO|FROM|WITH|OPTION|FOR|ADMIN|CASCADE|ALL|IN|SCHEMA|TABLE|"
          "TABLES|SEQUENCE|SEQUENCES|FUNCTION|FUNCTIONS|PROCEDURE|TYPE|TYPES|SCHEMAS|DATABASE|PUBLIC|SET|LOCAL|"
          "ROLE|RESET|CREATE|ALTER|DROP|RENAME|REASSIGN|OWNED|BY|DEFAULT|PRIVILEGES|SELECT|INSERT|UPDATE|DELETE|"
          "TRUNCATE|REFERENCES|TRIGGER|EXECUTE|USAGE|CONNECT|TEMPORARY|LOGIN|NOLOGIN|SUPERUSER|NOSUPERUSER|"
          "INHERIT|NOINHERIT|CREATEDB|NOCREATEDB|CREATEROLE|NOCREATEROLE|REPLICATION|NOREPLICATION|BYPASSRLS|"
          "NOBYPASSRLS|CONNECTION|LIMIT|VALID|UNTIL|PASSWORD|NULL)\\b"))
{
    m_keyword.setForeground(QColor(0x1f, 0x4e, 0xa8));
    m_keyword.setFontWeight(QFont::Bold);
    m_identifier.setForeground(QColor(0x8a, 0x3f, 0x00));
    m_literal.setForeground(QColor(0x1d, 0x7a, 0x2e));
    m_comment.setForeground(QColor(0x7a, 0x7a, 0x7a));
    m_comment.setFontItalic(true);
}

void SqlHighlighter::highlightBlock(const QString &text)
{
    // Keywords first; quoted text and comments, scanned left to right, override them.
    for (auto it = m_keywords.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        setFormat(int(m.capturedStart()), int(m.capturedLength()), m_keyword);
    }
    // Identifiers and literals do not span lines in generated SQL ("" and '' are escapes).
    int i = 0;
    const int n = int(text.size());
    while (i < n) {
        const QChar c = text.at(i);
        if (c == u'-' && i + 1 < n && text.at(i + 1) == u'-') {
            setFormat(i, n - i, m_comment);
            return;
        }
        if (c == u'"' || c == u'\'') {
            int j = i + 1;
            while (j < n) {
                if (text.at(j) == c) {
                    if (j + 1 < n && text.at(j + 1) == c) {
                        j += 2;
                        continue;
                    }
                    break;
                }
                ++j;
            }
            const int end = std::min(j + 1, n);
            setFormat(i, end - i, c == u'"' ? m_identifier : m_literal);
            i = end;
            continue;
        }
        ++i;
    }
}

} // namespace roledesk
