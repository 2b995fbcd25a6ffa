#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <QCoro/QCoroTask>

#include "core/Error.h"

namespace s2s::lab {

// The origin of `url` as "scheme://host:port": host in lower case, the scheme's default port
// written out; empty when `url` is no absolute http(s) URL. What the lab farm may reach is a
// list of such origins (s2s-lab-host --allow-origin, S2S_LAB_ALLOWED_ORIGINS of the simulator).
QString originOf(const QUrl &url);

// Whether `url` is on one of `origins` (each normalised by originOf, so "https://Host" and
// "https://host:443" are the same origin).
bool reachesOrigin(const QStringList &origins, const QUrl &url);

// What the lab farm's servers do to read a URL (Invoke-WebRequest / New-SPTrustedSecurityTokenIssuer
// on a real farm): a real HTTPS GET, TLS 1.2 or newer, trusting only the CA certificates in the
// PEM file `caFile` (the lab tenant's certificate of this run), or the system's CAs when `caFile`
// is empty (a tenant elsewhere, e.g. --endpoints without --ca-file). Redirects are followed only
// as FarmHost.ps1 follows them (same scheme and host) and only within `origins`: the lab has no
// internet beyond them. A non-200 answer is an error naming the status.
QCoro::Task<Result<QByteArray>> fetchOverHttps(QString url, QString caFile, QStringList origins);

} // namespace s2s::lab
