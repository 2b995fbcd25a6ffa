#pragma once

#include <QCoro/QCoroTask>

#include "farm/FarmBackend.h"

namespace s2s {

// Farm reads that several steps (and the web application page) share, with the command text
// their plans show: each operation stays named in one step file.
// The host the wizard runs on: its account, farm administrator, elevated, SharePoint build.
QCoro::Task<Result<HostInfo>> readHostInfo(FarmBackend &farm);
QString hostInfoCommand();

QCoro::Task<Result<QList<ServerInfo>>> readServers(FarmBackend &farm);
QString serversCommand();

QCoro::Task<Result<StsConfigInfo>> readStsConfig(FarmBackend &farm);
QString stsConfigCommand();

// The signing certificate the STS running on `server` publishes in its metadata.
QCoro::Task<Result<CertificateInfo>> readRunningStsCertificate(FarmBackend &farm, QString server);
QString runningStsCertificateCommand(const QString &server);

QCoro::Task<Result<QList<WebApplicationInfo>>> readWebApplications(FarmBackend &farm);
QString webApplicationsCommand();

QCoro::Task<Result<QList<TrustedIssuerInfo>>> readTrustedIssuers(FarmBackend &farm);
QString trustedIssuersCommand();

// The farm's authentication realm (step 9 sets it, step 11's trust proof compares it).
QCoro::Task<Result<QString>> readFarmRealm(FarmBackend &farm);
QString farmRealmCommand();

// The farm's service application proxies (step 10 finds the ACS proxy, a removal its own).
QCoro::Task<Result<QList<ServiceProxyInfo>>> readProxies(FarmBackend &farm);
QString proxiesCommand();

// The app principal `nameIdentifier` on the root site of `site`: none or one (step 8, a removal).
QCoro::Task<Result<QList<AppPrincipalInfo>>> readAppPrincipals(FarmBackend &farm, QString site,
                                                               QString nameIdentifier);
QString appPrincipalsCommand(const QString &site, const QString &nameIdentifier);

} // namespace s2s
