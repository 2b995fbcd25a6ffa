#pragma once

#include <QList>
#include <QString>

#include "core/Error.h"
#include "farm/FarmTypes.h"

namespace s2s {

// How what a farm host returned prints in the transcript, like PowerShell's default table and
// list views. Only what the host returned: nothing is made up.
QString farmText(const Unit &);
QString farmText(bool value);
QString farmText(const QString &value);
QString farmText(const HostInfo &info);
QString farmText(const QList<ServerInfo> &servers);
QString farmText(const QList<WebApplicationInfo> &applications);
QString farmText(const AuthenticationProviderInfo &info);
QString farmText(const CertificateInfo &certificate);
QString farmText(const StsConfigInfo &config);
QString farmText(const AppPrincipalInfo &principal);
QString farmText(const QList<AppPrincipalInfo> &principals);
QString farmText(const ServiceProxyInfo &proxy);
QString farmText(const QList<ServiceProxyInfo> &proxies);
QString farmText(const TrustedIssuerInfo &issuer);
QString farmText(const QList<TrustedIssuerInfo> &issuers);
// The claims of the assertion and of the access token, never a token.
QString farmText(const AcsTokenAnswer &answer);

} // namespace s2s
