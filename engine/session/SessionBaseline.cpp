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
        const auto read = readSessionFile(path);
        if (!read)
            continue;
        const Session &earlier = *read.value();
        if (earlier.origin().target != origin.target
            || earlier.variables().tenantId.compare(tenantId, Qt::CaseInsensitive) != 0)
            continue;
        if (!baseline.spnsBefore && earlier.variables().spnsBefore) {
            baseline.spnsBefore = earlier.variables().spnsBefore;
            baseline.spnsFrom = path;
        }
        if (!baseline.keysBefore && earlier.variables().keysBefore) {
            baseline.keysBefore = earlier.variables().keysBefore;
            baseline.keysFrom = path;
        }
        if (baseline.spnsBefore && baseline.keysBefore)
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
