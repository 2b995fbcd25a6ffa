#pragma once

#include <QHttpServerResponse>
#include <QString>

#include "core/Error.h"

namespace s2s::lab {

// Entra's error answer of the lab's sign-in endpoints: {error, error_description "AADSTSnnnn:
// ... Trace ID: ... Correlation ID: ... Timestamp: ...", error_codes, timestamp, trace_id,
// correlation_id}.
QHttpServerResponse oauthError(int status, const QString &error, int aadsts, const QString &description);
// The same as the ACS token endpoint writes it: the trace, correlation and timestamp lines of
// error_description separated by CRLF, as Entra's documented sample.
QHttpServerResponse acsError(int status, const QString &error, int aadsts, const QString &description);
QHttpServerResponse invalidGrant(int aadsts, const QString &description);
// AADSTS50034: the signed-in user is not in tenant.json "users" (Error "lab.user-not-found").
QHttpServerResponse userNotFound(const Error &error);
// The lab's own files could not be read: server_error.
QHttpServerResponse serverError(const Error &error);

} // namespace s2s::lab
