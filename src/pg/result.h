#pragma once

#include "pg/error.h"

#include <QByteArray>
#include <QString>

#include <memory>

struct pg_result;

namespace roledesk::pg {

/// The outcome of one statement: rows on success, an Error otherwise. Owns its PGresult.
class Result {
public:
    Result() = default;
    /// Takes ownership of \a res (may be null when libpq ran out of memory or lost the connection).
    explicit Result(pg_result *res, Error error = {});
    /// A failed result carrying only an error.
    static Result failure(Error error);

    bool ok() const { return m_error.isNull(); }
    const Error &error() const { return m_error; }

    int rows() const;
    int columns() const;
    /// Column number for \a name, or -1.
    int column(const char *name) const;
    bool isNull(int row, int col) const;
    /// Text value as UTF-8 decoded QString (the connection's client_encoding is always UTF8).
    QString text(int row, int col) const;
    /// Raw bytes without copying beyond the returned QByteArray.
    QByteArray bytes(int row, int col) const;
    /// Value as a pointer into the result, valid while this Result lives.
    const char *raw(int row, int col) const;
    int length(int row, int col) const;
    bool boolean(int row, int col) const; ///< 't' is true
    qint64 integer(int row, int col) const;
    quint32 oid(int row, int col) const;
    /// Rows affected, for INSERT/UPDATE/DELETE and similar.
    qint64 affectedRows() const;

private:
    struct Deleter { void operator()(pg_result *r) const; };
    std::unique_ptr<pg_result, Deleter> m_res;
    Error m_error;
};

} // namespace roledesk::pg
