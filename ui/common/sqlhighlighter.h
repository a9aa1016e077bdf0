#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace roledesk {

/// Colours SQL in a text document: keywords, quoted identifiers, string literals and comments.
class SqlHighlighter : public QSyntaxHighlighter {
    Q_OBJECT
public:
    explicit SqlHighlighter(QTextDocument *parent);

protected:
    void highlightBlock(const QString &text) override;

private:
    QRegularExpression m_keywords;
    QTextCharFormat m_keyword;
    QTextCharFormat m_identifier;
    QTextCharFormat m_literal;
    QTextCharFormat m_comment;
};

} // namespace roledesk
