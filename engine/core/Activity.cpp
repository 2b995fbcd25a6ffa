#include "Activity.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace s2s {

QString describe(const Activity &activity)
{
    // A command's first line is enough for a one-line label; the plan shows all of it.
    const QString text = activity.text.section(u'\n', 0, 0);
    const QString onServer = activity.server.isEmpty() ? text : u"[%1] %2"_s.arg(activity.server, text);
    switch (activity.kind) {
    case Activity::Kind::CommandStarted: return onServer;
    case Activity::Kind::CommandFinished:
        return activity.ok ? QCoreApplication::translate("Activity", "%1: done").arg(onServer)
                           : QCoreApplication::translate("Activity", "%1: failed").arg(onServer);
    case Activity::Kind::Verbose: return u"VERBOSE: "_s + onServer;
    case Activity::Kind::Warning: return u"WARNING: "_s + onServer;
    case Activity::Kind::HostStarting:
    case Activity::Kind::HostReady:
    case Activity::Kind::Progress: return onServer;
    }
    return onServer;
}

} // namespace s2s
