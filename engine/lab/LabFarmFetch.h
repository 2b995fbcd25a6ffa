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

// An HTTP answer as it came: status and body.
struct HttpAnswer {
    int status = 0;
    QByteArray body;
};

// What the farm does to post a form (trust.requestToken, FarmHost.ps1's Invoke-S2SOutboundPost):
// a real HTTPS POST of `body` as `contentType`, with fetchOverHttps's TLS and trust. No redirect
// is followed: a 3xx is an answer like any other. Every HTTP answer is a result; only a transport
// failure is an error (farm.outbound: a URL outside `origins`, no connection, TLS, timeout, an
// answer over 4 MiB).
QCoro::Task<Result<HttpAnswer>> postOverHttps(QString url, QByteArray body, QString contentType,
                                              QString caFile, QStringList origins);

} // namespace s2s::lab
