#include "pg/result.h"

#include <libpq-fe.h>

#include <cstdlib>

namespace roledesk::pg {

void Result::Deleter::operator()(pg_result *r) const
{
    PQclear(r);
}

Result::Result(pg_result *res, Error error)
    : m_res(res), m_error(std::move(error))
{
}

Result Result::failure(Error error)
{
    return Result(nullptr, std::move(error));
}

int Result::rows() const { return m_res ? PQntuples(m_res.get()) : 0; }
int Result::columns() const { return m_res ? PQnfields(m_res.get()) : 0; }
int Result::column(const char *name) const { return m_res ? PQfnumber(m_res.get(), name) : -1; }
bool Result::isNull(int row, int col) const { return PQgetisnull(m_res.get(), row, col) != 0; }
const char *Result::raw(int row, int col) const { return PQgetvalue(m_res.get(), row, col); }
int Result::length(int row, int col) const { return PQgetlength(m_res.get(), row, col); }

QString Result::text(int row, int col) const
{
    return QString::fromUtf8(raw(row, col), length(row, col));
}

QByteArray Result::bytes(int row, int col) const
{
    return QByteArray(raw(row, col), length(row, col));
}

bool Result::boolean(int row, int col) const
{
    return raw(row, col)[0] == 't';
}

qint64 Result::integer(int row, int col) const
{
    return std::strtoll(raw(row, col), nullptr, 10);
}

quint32 Result::oid(int row, int col) const
{
    return static_cast<quint32>(std::strtoul(raw(row, col), nullptr, 10));
}

qint64 Result::affectedRows() const
{
    return m_res ? std::strtoll(PQcmdTuples(m_res.get()), nullptr, 10) : 0;
}

} // namespace roledesk::pg
