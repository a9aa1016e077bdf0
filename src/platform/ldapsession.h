#pragma once

#include "platform/ldapdirectory.h"

#include <QByteArrayList>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

#include <ldap.h>

namespace roledesk::ldap {

struct Unbind {
    void operator()(LDAP *ld) const { ldap_unbind_ext_s(ld, nullptr, nullptr); }
};
struct MessageFree {
    void operator()(LDAPMessage *m) const { ldap_msgfree(m); }
};
struct MemFree {
    void operator()(char *p) const { ldap_memfree(p); }
};
/// Owning handles for what libldap hands out, so no early return leaks one.
using Handle = std::unique_ptr<LDAP, Unbind>;
using Message = std::unique_ptr<LDAPMessage, MessageFree>;
using String = std::unique_ptr<char, MemFree>;

/// A DN in one spelling for comparisons: LDAPv3 form (escapes and spaces made uniform, so that
/// "CN=Ångström\2C Zoë, OU=people" and "cn=Ångström\, Zoë,ou=people" agree), then case-folded,
/// since the naming attributes of people and groups (uid, cn, ou, dc) compare without case.
QString normalizedDn(const QByteArray &dn);
/// normalizedDn() as UTF-8, the form the reader keys its DN lookups by (cheaper to hash).
QByteArray dnKey(const QByteArray &dn);
/// One entry, read in one pass over its encoding as ldapsearch does (ldap_get_values_len walks
/// the entry again for every attribute asked): its DN and each attribute's values.
struct Entry {
    QByteArray dn;
    QList<std::pair<QByteArray, QByteArrayList>> attributes;

    static Entry read(LDAP *ld, LDAPMessage *entry);
    /// The values of \a attribute (names compare without case); empty if absent.
    QByteArrayList values(const QByteArray &attribute) const;
    /// The first value of \a attribute as text; empty if absent.
    QString first(const QByteArray &attribute) const;
};

/// One connection to the directory: opened (TLS, bind) and searched with paged results. Each
/// failure leaves a translated message naming the server and the DN or filter concerned; a
/// cancel seen while waiting abandons the operation and sets cancelled().
class Session {
    Q_DECLARE_TR_FUNCTIONS(roledesk::LdapReader)
public:
    Session(const LdapSettings &settings, const std::atomic_bool *cancel);
    /// Initializes the handle, sets the timeouts and TLS options, runs StartTLS if asked and binds.
    bool open();
    /// One search: its filter, the filter's name for messages ("user filter"), the attributes
    /// to fetch, and what to do with each entry.
    struct Search {
        QString filter;
        QString filterName;
        QByteArrayList attributes;
        std::function<void(LDAPMessage *)> onEntry;
    };
    /// Searches the base DN's subtree page by page; \a afterPage runs after each page and stops
    /// the search when it returns false (a cancel).
    bool search(const Search &search, const std::function<bool()> &afterPage);

    LDAP *handle() const { return m_ld.get(); }
    const QString &error() const { return m_error; }
    bool cancelled() const { return m_cancelled; }
    bool isCancelRequested() const { return m_cancel && m_cancel->load(); }

private:
    enum class Wait { Done, Failed, TimedOut, Cancelled };
    /// \a all: LDAP_MSG_ALL (the whole answer) or LDAP_MSG_ONE (the next entry or the result).
    Wait waitFor(int msgid, int all, Message *answer, int *rc);
    /// waitFor() with its outcome as a message naming \a operation ("the bind as cn=reader,...").
    bool await(int msgid, int all, Message *answer, const QString &operation);
    /// libldap's text for \a rc plus the server's diagnostic message, if any.
    QString reason(int rc) const;
    QString handshakeFailed(int rc) const;
    bool sendPage(const Search &search, const QByteArray &cookie, int *msgid);
    /// The page's result: an error, or the cookie for the next page (empty after the last).
    bool endPage(const Search &search, LDAPMessage *result, qint64 entries, QByteArray *cookie);
    bool fail(const QString &message);
    QString bindName() const;

    const LdapSettings &m_settings;
    const std::atomic_bool *m_cancel;
    const int m_timeoutSeconds;
    const int m_pageSize;
    Handle m_ld;
    QString m_error;
    bool m_cancelled = false;
};

} // namespace roledesk::ldap
