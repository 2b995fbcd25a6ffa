#include "SessionBaseline.h"

#include "session/SessionFile.h"

namespace s2s {

SessionBaseline findSessionBaseline(const QString &folder, const SessionOrigin &origin,
                                    const QString &tenantId)
{
    SessionBaseline baseline;
    if (tenantId.isEmpty())
        return baseline; // no tenant to match: any baseline could be another tenant's
    for (const QString &path : SessionFile::listSessions(folder)) {
        const auto read = readSessionFile(path, SessionParts::StateOnly);
        if (!read)
            continue;
        const Session &earlier = *read.value();
        if (earlier.origin().target != origin.target ||
            earlier.variables().tenantId.compare(tenantId, Qt::CaseInsensitive) != 0)
            continue;
        // The newest session of this farm and tenant only: an older one's list may be stale
        // (keys rotated since), and what the newest lacks stays unknown.
        baseline.spnsBefore = earlier.variables().spnsBefore;
        if (baseline.spnsBefore)
            baseline.spnsFrom = path;
        baseline.keysBefore = earlier.variables().keysBefore;
        if (baseline.keysBefore)
            baseline.keysFrom = path;
        break;
    }
    return baseline;
}

void adoptSessionBaseline(Session &session, const SessionBaseline &baseline)
{
    SessionVariables variables = session.variables();
    if (!variables.spnsBefore)
        variables.spnsBefore = baseline.spnsBefore;
    if (!variables.keysBefore)
        variables.keysBefore = baseline.keysBefore;
    session.setVariables(variables);
}

} // namespace s2s
