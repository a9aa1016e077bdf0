// STUB (to be replaced by helper H2): compiles and links, does nothing.
#include "platform/ldapdirectory.h"
namespace roledesk {
struct LdapReadWorker::Private {};
DirectoryLoad LdapReader::read(const LdapSettings &, const Progress &, const std::atomic_bool *) { return {}; }
LdapReadWorker::LdapReadWorker(QObject *parent) : QObject(parent), d(new Private) {}
LdapReadWorker::~LdapReadWorker() { delete d; }
void LdapReadWorker::start(const LdapSettings &) {}
void LdapReadWorker::cancel() {}
bool LdapReadWorker::isRunning() const { return false; }
}
