#include "FarmText.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace s2s {
namespace {

QString yesNo(bool value)
{
    return value ? u"True"_s : u"False"_s;
}

template <typename T, typename Format>
QString joined(const QList<T> &items, Format format, const QString &separator = u"\n"_s)
{
    QStringList lines;
    for (const T &item : items)
        lines.append(format(item));
    return lines.join(separator);
}

} // namespace

QString farmText(const Unit &)
{
    return {};
}

QString farmText(bool value)
{
    return yesNo(value);
}

QString farmText(const QString &value)
{
    return value;
}

QString farmText(const HostInfo &info)
{
    return u"PowerShell %1, SharePoint %2, account %3, farm administrator: %4, elevated: %5"_s.arg(
        info.powershellVersion, info.sharepointBuild, info.account, yesNo(info.farmAdmin),
        yesNo(info.elevated));
}

QString farmText(const QList<ServerInfo> &servers)
{
    return joined(servers, [](const ServerInfo &server) { return server.name + u"  "_s + server.role; });
}

QString farmText(const QList<WebApplicationInfo> &applications)
{
    return joined(applications, [](const WebApplicationInfo &app) { return app.url + u"  "_s + app.name; });
}

QString farmText(const AuthenticationProviderInfo &info)
{
    return u"DisplayName     : %1\nDisableKerberos : %2\nUseWindowsIntegratedAuthentication : %3"_s.arg(
        info.displayName, yesNo(!info.kerberos), yesNo(info.windowsAuthentication));
}

QString farmText(const CertificateInfo &certificate)
{
    return u"Subject    : %1\nThumbprint : %2\nNotBefore  : %3\nNotAfter   : %4\nKey        : %5 %6"_s
        .arg(certificate.subject, certificate.thumbprint, certificate.notBefore.toString(Qt::ISODate),
             certificate.notAfter.toString(Qt::ISODate), certificate.keyAlgorithm)
        .arg(certificate.keyBits);
}

QString farmText(const StsConfigInfo &config)
{
    return u"AllowOAuthOverHttp : %1\nSigningCertificate :\n%2"_s.arg(yesNo(config.allowOAuthOverHttp),
                                                                      farmText(config.signingCertificate));
}

QString farmText(const AppPrincipalInfo &principal)
{
    return u"DisplayName    : %1\nNameIdentifier : %2"_s.arg(principal.displayName, principal.nameIdentifier);
}

QString farmText(const QList<AppPrincipalInfo> &principals)
{
    return joined(principals, [](const AppPrincipalInfo &principal) { return farmText(principal); });
}

QString farmText(const ServiceProxyInfo &proxy)
{
    return u"%1 | %2 | %3 | %4"_s.arg(proxy.name, proxy.typeName, proxy.status, proxy.id);
}

QString farmText(const QList<ServiceProxyInfo> &proxies)
{
    return joined(proxies, [](const ServiceProxyInfo &proxy) { return farmText(proxy); });
}

QString farmText(const TrustedIssuerInfo &issuer)
{
    return u"Name                 : %1\nRegisteredIssuerName : %2\nMetadataEndPoint     : %3\n"
           "IsSelfIssuer         : %4"_s.arg(issuer.name, issuer.registeredIssuerName,
                                             issuer.metadataEndpoint, yesNo(issuer.isSelfIssuer));
}

QString farmText(const QList<TrustedIssuerInfo> &issuers)
{
    return joined(
        issuers, [](const TrustedIssuerInfo &issuer) { return farmText(issuer); }, u"\n\n"_s);
}

QString farmText(const AcsTokenAnswer &answer)
{
    QString text = u"Encoding          : %1\nStatusCode        : %2\nAssertion x5t     : %3\n"
                   "Assertion iss     : %4\nAssertion aud     : %5\n"_s.arg(answer.encoding)
                       .arg(answer.httpStatus)
                       .arg(answer.assertionX5t, answer.assertionIssuer, answer.assertionAudience);
    if (answer.accepted)
        return text + u"Token aud         : %1\nToken iss         : %2\nToken exp         : %3\n"
                      "Token claims      : %4"_s.arg(answer.audience, answer.issuer,
                                                     answer.expires.toUTC().toString(Qt::ISODate),
                                                     answer.claimNames.join(u", "));
    return text +
           u"error             : %1\nerror_description : %2"_s.arg(answer.error, answer.errorDescription);
}

} // namespace s2s
