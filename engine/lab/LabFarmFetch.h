#pragma once

#include <QByteArray>
#include <QString>

#include <QCoro/QCoroTask>

#include "core/Error.h"

namespace s2s::lab {

// What the lab farm's servers do to read a URL (Invoke-WebRequest / New-SPTrustedSecurityTokenIssuer
// on a real farm): a real HTTPS GET, TLS 1.2 or newer, trusting only the CA certificates in the
// PEM file `caFile` (the lab tenant's certificate of this run), or the system's CAs when `caFile`
// is empty (a tenant elsewhere, e.g. --endpoints without --ca-file). A non-200 answer is an error
// naming the status.
QCoro::Task<Result<QByteArray>> fetchOverHttps(QString url, QString caFile);

} // namespace s2s::lab
