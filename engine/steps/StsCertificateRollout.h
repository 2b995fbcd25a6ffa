#pragma once

#include "steps/StsCertificateSource.h"

namespace s2s {

// Step 3 (a)(b)(c) of PROCEDURE.md for a prepared certificate: imports the PFX on every
// SharePoint server whose root store lacks it, sets the farm's signing certificate once, then,
// when `outageConfirmed`, resets IIS and the timer server by server, checking each server's
// running STS before the next. Reads everything first and changes only what is missing; reports
// each server's progress through the recorder.
QCoro::Task<Status> rollOutStsCertificate(StepContext &context, PreparedStsCertificate prepared,
                                          bool outageConfirmed, QString outageKey, QString outageText);

// Whether the farm signs with `thumbprint` and every SharePoint server holds it in its root store
// and serves it: then a re-run needs neither the PFX nor its password.
QCoro::Task<Result<bool>> isStsCertificateInstalled(StepContext &context, QString thumbprint);

// The roll-out's farm commands as its plan shows them, for `server` and `thumbprint`.
struct StsRolloutCommands {
    QString hasRootCertificate;
    QString importPfx;
    QString setSigningCertificate;
    QString resetServer;
};
StsRolloutCommands stsRolloutCommands(const QString &server, const QString &thumbprint);

} // namespace s2s
