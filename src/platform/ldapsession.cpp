#include "platform/ldapsession.h"

#include <QElapsedTimer>
#include <QFileInfo>

#include <algorithm>
#include <vector>

namespace roledesk::ldap {

namespace {

/// True for the DNs most directories are made of, "uid=alice,ou=people,dc=example,dc=org":
/// ASCII letters, digits, '.', '-' and '_' in values, one '=' per RDN, nothing to unescape, no
/// spaces to drop. Their normal form is simply their lower case.
bool isPlainDn(const QByteArray &dn)
{
    bool inValue = false;
    char previous = ',';
    for (const char c : dn) {
        if (c == ',') {
            if (!inValue || previous == '=')
                return false;
            inValue = false;
        } else if (c == '=') {
            if (inValue || previous == ',')
                return false;
            inValue = true;
        } else if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
                     || (inValue && (c == '.' || c == '_')))) {
            return false;
        }
        previous = c;
    }
    return inValue && previous != '=';
}

} // namespace

QByteArray dnKey(const QByteArray &dn)
{
    if (isPlainDn(dn))
        return dn.toLower(); // the common case, without libldap's parse and print (a third of a read)
    // LDAP_DN_PRETTY keeps non-ASCII letters as UTF-8 (not \c3\85), so that case folding reaches them.
    char *out = nullptr;
    if (ldap_dn_normalize(dn.constData(), LDAP_DN_FORMAT_LDAP, &out, LDAP_DN_FORMAT_LDAPV3 | LDAP_DN_PRETTY) != LDAP_SUCCESS || !out)
        return QString::fromUtf8(dn).toCaseFolded().toUtf8(); // not a DN at all: it can only match itself
    const String owned(out);
    return QString::fromUtf8(owned.get()).toCaseFolded().toUtf8();
}

QString normalizedDn(const QByteArray &dn)
{
    return QString::fromUtf8(dnKey(dn));
}

Entry Entry::read(LDAP *ld, LDAPMessage *entry)
{
    Entry e;
    BerElement *ber = nullptr;
    berval dn{0, nullptr};
    if (ldap_get_dn_ber(ld, entry, &ber, &dn) != LDAP_SUCCESS)
        return e;
    const std::unique_ptr<BerElement, void (*)(BerElement *)> ownedBer(ber, [](BerElement *b) { ber_free(b, 0); });
    e.dn = QByteArray(dn.bv_val, qsizetype(dn.bv_len)); // points into the message: copied
    berval attribute{0, nullptr};
    berval *values = nullptr;
    while (ldap_get_attribute_ber(ld, entry, ber, &attribute, &values) == LDAP_SUCCESS && attribute.bv_val) {
        QByteArrayList list;
        for (berval *v = values; v && v->bv_val; ++v)
            list.append(QByteArray(v->bv_val, qsizetype(v->bv_len)));
        ber_memfree(values);
        values = nullptr;
        e.attributes.append({QByteArray(attribute.bv_val, qsizetype(attribute.bv_len)), std::move(list)});
    }
    return e;
}

QByteArrayList Entry::values(const QByteArray &attribute) const
{
    for (const auto &[name, list] : attributes) {
        if (qstricmp(name.constData(), attribute.constData()) == 0)
            return list;
    }
    return {};
}

QString Entry::first(const QByteArray &attribute) const
{
    const QByteArrayList list = values(attribute);
    return list.isEmpty() ? QString() : QString::fromUtf8(list.constFirst());
}

Session::Session(const LdapSettings &settings, const std::atomic_bool *cancel)
    : m_settings(settings), m_cancel(cancel),
      // Zero would mean "give up at once" and "pages of nothing": the smallest sane values instead.
      m_timeoutSeconds(std::max(1, settings.timeoutSeconds)), m_pageSize(std::max(1, settings.pageSize))
{
}

bool Session::fail(const QString &message)
{
    m_error = message;
    return false;
}

QString Session::bindName() const
{
    return m_settings.bindDn.isEmpty() ? tr("the anonymous bind") : m_settings.bindDn;
}

QString Session::handshakeFailed(int rc) const
{
    // libldap reports a refused certificate as a connect error, mostly without detail: say what to check.
    return tr("%1: cannot reach the server, or the TLS handshake failed: %2 (is the server's certificate signed by the CA file's "
              "authority, for this host name?)")
        .arg(m_settings.url, reason(rc));
}

QString Session::reason(int rc) const
{
    QString text = QString::fromUtf8(ldap_err2string(rc));
    char *diagnostic = nullptr;
    if (m_ld && ldap_get_option(m_ld.get(), LDAP_OPT_DIAGNOSTIC_MESSAGE, &diagnostic) == LDAP_OPT_SUCCESS && diagnostic) {
        const String owned(diagnostic);
        if (*owned)
            text += QStringLiteral(" (%1)").arg(QString::fromUtf8(owned.get()));
    }
    return text;
}

Session::Wait Session::waitFor(int msgid, int all, Message *answer, int *rc)
{
    // Polled in short steps rather than one blocking wait, so that a cancel is seen within a
    // tenth of a second and a server that accepts but never answers costs the timeout, no more.
    QElapsedTimer clock;
    clock.start();
    for (;;) {
        if (isCancelRequested()) {
            ldap_abandon_ext(m_ld.get(), msgid, nullptr, nullptr);
            return Wait::Cancelled;
        }
        timeval tick{0, 100000};
        LDAPMessage *message = nullptr;
        const int got = ldap_result(m_ld.get(), msgid, all, &tick, &message);
        if (got > 0) {
            answer->reset(message);
            return Wait::Done;
        }
        if (got < 0) {
            ldap_get_option(m_ld.get(), LDAP_OPT_RESULT_CODE, rc);
            return Wait::Failed;
        }
        if (clock.elapsed() >= qint64(m_timeoutSeconds) * 1000) {
            ldap_abandon_ext(m_ld.get(), msgid, nullptr, nullptr);
            return Wait::TimedOut;
        }
    }
}

bool Session::await(int msgid, int all, Message *answer, const QString &operation)
{
    int rc = LDAP_OTHER;
    switch (waitFor(msgid, all, answer, &rc)) {
    case Wait::Done:
        return true;
    case Wait::Cancelled:
        m_cancelled = true;
        return false;
    case Wait::TimedOut:
        return fail(tr("%1: no answer to %2 within %3 s").arg(m_settings.url, operation).arg(m_timeoutSeconds));
    case Wait::Failed:
        break;
    }
    return fail(tr("%1: the server went away during %2: %3").arg(m_settings.url, operation, reason(rc)));
}

bool Session::open()
{
    const QString &url = m_settings.url;
    LDAP *ld = nullptr;
    if (url.isEmpty() || ldap_initialize(&ld, url.toUtf8().constData()) != LDAP_SUCCESS || !ld)
        return fail(tr("%1: not an LDAP URL (ldap://host:port or ldaps://host:port)").arg(url));
    m_ld.reset(ld);
    if (m_settings.baseDn.isEmpty())
        return fail(tr("%1: no base DN to search").arg(url));

    const int version = LDAP_VERSION3;
    const timeval timeout{m_timeoutSeconds, 0};
    ldap_set_option(ld, LDAP_OPT_PROTOCOL_VERSION, &version);
    ldap_set_option(ld, LDAP_OPT_NETWORK_TIMEOUT, &timeout); // connecting
    ldap_set_option(ld, LDAP_OPT_TIMEOUT, &timeout);         // StartTLS, the one synchronous call
    ldap_set_option(ld, LDAP_OPT_REFERRALS, LDAP_OPT_OFF);   // a referral would bind elsewhere anonymously

    // TLS settings on this handle only (a new context), so two reads with other CA files coexist;
    // the certificate is always checked: a self-signed server needs its CA file, never a bypass.
    const int demand = LDAP_OPT_X_TLS_DEMAND;
    ldap_set_option(ld, LDAP_OPT_X_TLS_REQUIRE_CERT, &demand);
    if (!m_settings.caFile.isEmpty()) {
        if (!QFileInfo(m_settings.caFile).isReadable())
            return fail(tr("%1: cannot read the CA file %2").arg(url, m_settings.caFile));
        ldap_set_option(ld, LDAP_OPT_X_TLS_CACERTFILE, m_settings.caFile.toUtf8().constData());
    }
    const int isServer = 0;
    if (const int rc = ldap_set_option(ld, LDAP_OPT_X_TLS_NEWCTX, &isServer); rc != LDAP_OPT_SUCCESS && (m_settings.startTls || url.startsWith(u"ldaps:", Qt::CaseInsensitive)))
        return fail(tr("%1: cannot set up TLS with the CA file %2: %3").arg(url, m_settings.caFile, reason(rc)));

    if (m_settings.startTls) {
        if (url.startsWith(u"ldaps:", Qt::CaseInsensitive))
            return fail(tr("%1: StartTLS is for ldap:// URLs; an ldaps:// URL is encrypted already").arg(url));
        if (const int rc = ldap_start_tls_s(ld, nullptr, nullptr); rc != LDAP_SUCCESS)
            return fail(rc == LDAP_SERVER_DOWN || rc == LDAP_TIMEOUT ? tr("%1: cannot reach the server: %2").arg(url, reason(rc))
                        : rc == LDAP_CONNECT_ERROR                     ? handshakeFailed(rc)
                                                                       : tr("%1: StartTLS refused: %2; the connection is not used without TLS").arg(url, reason(rc)));
    }

    // A DN without a password is an "unauthenticated bind" (RFC 4513 5.1.2): servers that allow it
    // treat it as anonymous, so the read would quietly show only what anonymous may see.
    if (!m_settings.bindDn.isEmpty() && m_settings.password.isEmpty())
        return fail(tr("%1: no password for %2 (a bind DN without a password would read anonymously)").arg(url, bindName()));
    QByteArray password = m_settings.password.toUtf8();
    berval credentials{ber_len_t(password.size()), password.data()};
    const QByteArray dn = m_settings.bindDn.toUtf8();
    int msgid = 0;
    int rc = ldap_sasl_bind(ld, dn.isEmpty() ? nullptr : dn.constData(), LDAP_SASL_SIMPLE, &credentials, nullptr, nullptr, &msgid);
    password.fill('\0');
    if (rc != LDAP_SUCCESS)
        return fail(url.startsWith(u"ldaps:", Qt::CaseInsensitive) && (rc == LDAP_SERVER_DOWN || rc == LDAP_CONNECT_ERROR)
                        ? handshakeFailed(rc)
                        : tr("%1: cannot reach the server: %2").arg(url, reason(rc)));
    Message answer;
    if (!await(msgid, LDAP_MSG_ALL, &answer, tr("the bind as %1").arg(bindName())))
        return false;
    int code = LDAP_OTHER;
    if (ldap_parse_result(ld, answer.get(), &code, nullptr, nullptr, nullptr, nullptr, 0) != LDAP_SUCCESS)
        code = LDAP_OTHER;
    if (code == LDAP_INVALID_CREDENTIALS)
        return fail(tr("%1: invalid credentials for %2").arg(url, bindName()));
    if (code != LDAP_SUCCESS)
        return fail(tr("%1: cannot bind as %2: %3").arg(url, bindName(), reason(code)));
    return true;
}

bool Session::sendPage(const Search &search, const QByteArray &cookie, int *msgid)
{
    const QString &url = m_settings.url;
    std::vector<char *> attrs;
    for (const QByteArray &a : search.attributes)
        attrs.push_back(const_cast<char *>(a.constData()));
    attrs.push_back(nullptr);
    // Critical: a server that cannot page must refuse, not return the first size-limit's worth.
    berval cookieValue{ber_len_t(cookie.size()), const_cast<char *>(cookie.constData())};
    LDAPControl *page = nullptr;
    int rc = ldap_create_page_control(m_ld.get(), ber_int_t(m_pageSize), cookie.isEmpty() ? nullptr : &cookieValue, 1, &page);
    if (rc != LDAP_SUCCESS)
        return fail(tr("%1: cannot ask for paged results: %2").arg(url, reason(rc)));
    const std::unique_ptr<LDAPControl, decltype(&ldap_control_free)> ownedPage(page, &ldap_control_free);
    LDAPControl *serverControls[] = {page, nullptr};
    rc = ldap_search_ext(m_ld.get(), m_settings.baseDn.toUtf8().constData(), LDAP_SCOPE_SUBTREE, search.filter.toUtf8().constData(),
                         attrs.data(), 0, serverControls, nullptr, nullptr, LDAP_NO_LIMIT, msgid);
    if (rc == LDAP_FILTER_ERROR)
        return fail(tr("%1: bad %2 \"%3\": %4").arg(url, search.filterName, search.filter, reason(rc)));
    if (rc != LDAP_SUCCESS)
        return fail(tr("%1: searching %2 with the %3 \"%4\" failed: %5").arg(url, m_settings.baseDn, search.filterName, search.filter, reason(rc)));
    return true;
}

bool Session::endPage(const Search &search, LDAPMessage *result, qint64 entries, QByteArray *cookie)
{
    const QString &url = m_settings.url;
    int code = LDAP_OTHER;
    char *matched = nullptr;
    LDAPControl **controls = nullptr;
    if (ldap_parse_result(m_ld.get(), result, &code, &matched, nullptr, nullptr, &controls, 0) != LDAP_SUCCESS)
        code = LDAP_OTHER;
    const String ownedMatched(matched);
    const std::unique_ptr<LDAPControl *, decltype(&ldap_controls_free)> ownedControls(controls, &ldap_controls_free);
    if (code == LDAP_NO_SUCH_OBJECT)
        return fail(tr("%1: the base DN %2 does not exist, or %3 may not read it").arg(url, m_settings.baseDn, bindName()));
    if (code == LDAP_SIZELIMIT_EXCEEDED || code == LDAP_ADMINLIMIT_EXCEEDED)
        return fail(tr("%1: the server's size limit stopped the search with the %2 \"%3\" after %4 entries, paged results notwithstanding")
                        .arg(url, search.filterName, search.filter)
                        .arg(entries));
    if (code == LDAP_UNAVAILABLE_CRITICAL_EXTENSION)
        return fail(tr("%1: the server does not page results (RFC 2696), so a size limit could cut the listing short").arg(url));
    if (code == LDAP_FILTER_ERROR || code == LDAP_INAPPROPRIATE_MATCHING || code == LDAP_UNDEFINED_TYPE)
        return fail(tr("%1: bad %2 \"%3\": %4").arg(url, search.filterName, search.filter, reason(code)));
    if (code != LDAP_SUCCESS)
        return fail(tr("%1: searching %2 with the %3 \"%4\" failed: %5").arg(url, m_settings.baseDn, search.filterName, search.filter, reason(code)));
    cookie->clear();
    if (LDAPControl *response = ldap_control_find(LDAP_CONTROL_PAGEDRESULTS, controls, nullptr)) {
        ber_int_t estimate = 0;
        berval next{0, nullptr};
        if (ldap_parse_pageresponse_control(m_ld.get(), response, &estimate, &next) == LDAP_SUCCESS && next.bv_val) {
            *cookie = QByteArray(next.bv_val, qsizetype(next.bv_len));
            ber_memfree(next.bv_val);
        }
    }
    return true;
}

bool Session::search(const Search &search, const std::function<bool()> &afterPage)
{
    // One search at a time: slapd keeps one paged search per connection ("paged results cookie
    // is invalid" for a second). Entries are taken one by one as they arrive, so that this side
    // works while the server still sends the rest of the page.
    const QString operation = tr("the search with the %1 \"%2\"").arg(search.filterName, search.filter);
    QByteArray cookie;
    qint64 entries = 0;
    do {
        int msgid = 0;
        if (!sendPage(search, cookie, &msgid))
            return false;
        Message result;
        for (;;) {
            Message message;
            if (!await(msgid, LDAP_MSG_ONE, &message, operation))
                return false;
            const int type = ldap_msgtype(message.get());
            if (type == LDAP_RES_SEARCH_ENTRY) {
                search.onEntry(message.get());
                ++entries;
            } else if (type != LDAP_RES_SEARCH_REFERENCE) {
                result = std::move(message);
                break;
            }
        }
        if (!endPage(search, result.get(), entries, &cookie))
            return false;
        if (!afterPage()) {
            m_cancelled = true;
            return false;
        }
    } while (!cookie.isEmpty());
    return true;
}

} // namespace roledesk::ldap
