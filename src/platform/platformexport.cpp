// STUB (to be replaced by helper H3): compiles and links, does nothing.
#include "platform/platformexport.h"
namespace roledesk {
QByteArray PlatformExport::whoCan(const PlatformEvaluation &, const PlatformFile &, const QString &, const QString &, Format) { return {}; }
QByteArray PlatformExport::whatCan(const PlatformEvaluation &, const PlatformFile &, const QString &, Format) { return {}; }
QByteArray PlatformExport::roleGrants(const PlatformEvaluation &, const PlatformFile &, Format) { return {}; }
}
