#include "FarmCommands.h"

using namespace Qt::StringLiterals;

namespace s2s::farm_commands {

QString quote(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'\'', u"''"_s);
    return u"'"_s + escaped + u"'"_s;
}

QString hostInfo()
{
    return u"$PSVersionTable.PSVersion; (Get-SPFarm).BuildVersion; "
           "Get-SPShellAdmin -Identity $env:USERDOMAIN\\$env:USERNAME"_s;
}

QString servers()
{
    return u"Get-SPServer | Where-Object Role -ne 'Invalid'"_s;
}

QString testRemoting(const QString &server)
{
    return u"Test-WSMan -ComputerName "_s + quote(server);
}

QString webApplications()
{
    return u"Get-SPWebApplication | Select-Object Url, DisplayName; Get-SPAlternateURL"_s;
}

QString authenticationProvider(const QString &webApplication, const QString &zone)
{
    return u"Get-SPAuthenticationProvider -WebApplication %1 -Zone %2"_s.arg(quote(webApplication),
                                                                             zone);
}

QString stsConfig()
{
    return u"Get-SPSecurityTokenServiceConfig"_s;
}

QString setAllowOAuthOverHttp(bool allow)
{
    return u"$c = Get-SPSecurityTokenServiceConfig; $c.AllowOAuthOverHttp = %1; $c.Update()"_s.arg(
        allow ? u"$true"_s : u"$false"_s);
}

QString runningStsCertificate(const QString &server)
{
    return u"(Invoke-RestMethod -Uri 'http://%1/_layouts/15/metadata/json/1').keys[0].keyValue.value"_s
        .arg(server);
}

QString loadPfx(const QString &pfxPath)
{
    return u"$pfxBytes = [IO.File]::ReadAllBytes(%1); "
           "$pfxPassword = Read-Host -AsSecureString -Prompt 'PFX password'"_s.arg(quote(pfxPath));
}

QString setStsSigningCertificate()
{
    return u"$stsCertificate = [Security.Cryptography.X509Certificates.X509Certificate2]::new("
           "$pfxBytes, $pfxPassword, 20); "
           "Set-SPSecurityTokenServiceConfig -ImportSigningCertificate $stsCertificate "
           "-Confirm:$false"_s;
}

QString hasRootCertificate(const QString &server, const QString &thumbprint)
{
    return u"Invoke-Command -ComputerName %1 -ScriptBlock { param($t) "
           "Test-Path -LiteralPath \"Cert:\\LocalMachine\\Root\\$t\" } -ArgumentList %2"_s
        .arg(quote(server), quote(thumbprint));
}

QString importPfx(const QString &server)
{
    return u"Invoke-Command -ComputerName %1 -ScriptBlock { param($bytes, $password) "
           "$file = [IO.Path]::GetTempFileName(); [IO.File]::WriteAllBytes($file, $bytes); "
           "Import-PfxCertificate -FilePath $file -CertStoreLocation Cert:\\LocalMachine\\Root "
           "-Password $password; Remove-Item $file } -ArgumentList $pfxBytes, $pfxPassword"_s.arg(
        quote(server));
}

QString resetServer(const QString &server)
{
    return u"Invoke-Command -ComputerName %1 -ScriptBlock { iisreset /noforce; "
           "Restart-Service -Name SPTimerV4 -Force }"_s.arg(quote(server));
}

QString authenticationRealm()
{
    return u"Get-SPAuthenticationRealm"_s;
}

QString setAuthenticationRealm(const QString &realm)
{
    return u"Set-SPAuthenticationRealm -Realm "_s + quote(realm);
}

QString appPrincipal(const QString &site, const QString &nameIdentifier)
{
    return u"Get-SPAppPrincipal -Site (Get-SPSite %1).RootWeb -NameIdentifier %2"_s.arg(
        quote(site), quote(nameIdentifier));
}

QString registerAppPrincipal(const QString &site, const QString &nameIdentifier,
                             const QString &displayName)
{
    return u"Register-SPAppPrincipal -Site (Get-SPSite %1).RootWeb -NameIdentifier %2 "
           "-DisplayName %3"_s.arg(quote(site), quote(nameIdentifier), quote(displayName));
}

QString serviceApplicationProxies()
{
    return u"Get-SPServiceApplicationProxy"_s;
}

QString newAcsProxy(const QString &name, const QString &metadataEndpoint)
{
    return u"New-SPAzureAccessControlServiceApplicationProxy -Name %1 "
           "-MetadataServiceEndpointUri %2 -DefaultProxyGroup"_s.arg(quote(name),
                                                                     quote(metadataEndpoint));
}

QString trustedIssuers()
{
    return u"Get-SPTrustedSecurityTokenIssuer"_s;
}

QString newTrustedIssuer(const QString &name, const QString &metadataEndpoint)
{
    return u"New-SPTrustedSecurityTokenIssuer -MetadataEndpoint %1 -IsTrustBroker:$true "
           "-Name %2"_s.arg(quote(metadataEndpoint), quote(name));
}

QString fetchFromFarm(const QString &url)
{
    return u"Invoke-WebRequest -Uri %1 -UseBasicParsing"_s.arg(quote(url));
}

} // namespace s2s::farm_commands
