#include "FarmReads.h"

#include "farm/ops/AppPrincipalOps.h"
#include "farm/ops/HostOps.h"
#include "farm/ops/RealmOps.h"
#include "farm/ops/StsOps.h"
#include "farm/ops/TrustOps.h"
#include "farm/ops/WebAppOps.h"

namespace s2s {

QCoro::Task<Result<HostInfo>> readHostInfo(FarmBackend &farm)
{
    return farm.call<HostInfoOp>();
}

QString hostInfoCommand()
{
    return HostInfoOp::command();
}

QCoro::Task<Result<QList<ServerInfo>>> readServers(FarmBackend &farm)
{
    return farm.call<ListServersOp>();
}

QString serversCommand()
{
    return ListServersOp::command();
}

QCoro::Task<Result<StsConfigInfo>> readStsConfig(FarmBackend &farm)
{
    return farm.call<GetStsConfigOp>();
}

QString stsConfigCommand()
{
    return GetStsConfigOp::command();
}

QCoro::Task<Result<CertificateInfo>> readRunningStsCertificate(FarmBackend &farm, QString server)
{
    return farm.call<GetRunningStsCertificateOp>(std::move(server));
}

QString runningStsCertificateCommand(const QString &server)
{
    return GetRunningStsCertificateOp::command({server});
}

QCoro::Task<Result<QList<WebApplicationInfo>>> readWebApplications(FarmBackend &farm)
{
    return farm.call<ListWebApplicationsOp>();
}

QString webApplicationsCommand()
{
    return ListWebApplicationsOp::command();
}

QCoro::Task<Result<QList<TrustedIssuerInfo>>> readTrustedIssuers(FarmBackend &farm)
{
    return farm.call<ListTrustedIssuersOp>();
}

QString trustedIssuersCommand()
{
    return ListTrustedIssuersOp::command();
}

QCoro::Task<Result<QString>> readFarmRealm(FarmBackend &farm)
{
    return farm.call<GetRealmOp>();
}

QString farmRealmCommand()
{
    return GetRealmOp::command();
}

QCoro::Task<Result<QList<ServiceProxyInfo>>> readProxies(FarmBackend &farm)
{
    return farm.call<ListProxiesOp>();
}

QString proxiesCommand()
{
    return ListProxiesOp::command();
}

QCoro::Task<Result<QList<AppPrincipalInfo>>> readAppPrincipals(FarmBackend &farm, QString site,
                                                               QString nameIdentifier)
{
    return farm.call<GetAppPrincipalsOp>(std::move(site), std::move(nameIdentifier));
}

QString appPrincipalsCommand(const QString &site, const QString &nameIdentifier)
{
    return GetAppPrincipalsOp::command({site, nameIdentifier});
}

} // namespace s2s
