// The lab farm's operations on one server: what FarmHost.ps1 runs there (here when it is the
// host's own server, else through remoting) or asks of that server's IIS.
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

#include "farm/FarmOps.h"
#include "lab/LabFarmAnswers.h"
#include "lab/LabJson.h"

using namespace Qt::StringLiterals;

namespace s2s::lab {
namespace {

// The SharePoint server `name` of `farm` (FarmHost.ps1's Get-S2STargetServer).
Result<LabServer *> targetServer(LabFarm &farm, const QString &name)
{
    LabServer *server = farm.server(name);
    if (!server)
        return farmError(u"farm.server-unknown"_s,
                         u"The server %1 is not a server of this farm."_s.arg(name));
    if (!server->isSharePointServer())
        return farmError(u"farm.server-not-sharepoint"_s,
                         u"%1 has role Invalid (SQL or mail server): it runs no SharePoint."_s.arg(name));
    return server;
}

// The SharePoint server `name` of `farm` to run commands on: the host's own server (no remoting
// needed, so even one other servers cannot reach), else one that remoting reaches.
Result<LabServer *> reachableServer(LabFarm &farm, const QString &name)
{
    const auto server = targetServer(farm, name);
    if (server && !farm.isLocalServer(name) && !(*server)->reachable)
        return farmError(
            u"farm.remoting"_s,
            u"Connecting to remote server %1 failed: WinRM cannot complete the operation."_s.arg(name),
            u"On %1 run Enable-PSRemoting -Force, and check the firewall (TCP 5985) between the "
            "servers; then Test-WSMan %1 must answer."_s.arg(name));
    return server;
}

// The STS certificate `server` publishes, read as FarmHost.ps1 reads it: the metadata endpoint of
// the first http:// web application (else the first), asked on that server, no redirect followed
// (another server's answer is not this server's STS).
Result<CertificateInfo> publishedStsCertificate(const LabFarm &farm, const LabServer &server)
{
    const QList<LabWebApplication> &apps = farm.webApplications;
    if (apps.isEmpty())
        return farmError(u"farm.webapp-unknown"_s, u"The farm has no web application to read the "
                                                   "security token service metadata from."_s);
    const auto http = std::find_if(apps.begin(), apps.end(), [](const LabWebApplication &app) {
        return app.url.startsWith(u"http://"_s, Qt::CaseInsensitive);
    });
    QUrl url(http != apps.end() ? http->url : apps.first().url);
    url.setPath(u"/_layouts/15/metadata/json/1"_s);
    const QString name = server.name;
    if (!server.reachable)
        return farmError(u"farm.remoting"_s,
                         u"The server %1 did not answer %2 (asked on %1): Unable to connect to "
                         "the remote server"_s.arg(name, url.toString()),
                         u"Check that IIS runs on %1 and that the web application answers "
                         "there."_s.arg(name));
    if (!server.stsRedirectsTo.isEmpty()) {
        QUrl location = url;
        location.setHost(server.stsRedirectsTo.toLower());
        return farmError(u"farm.metadata-redirect"_s,
                         u"The server %1 answered %2 with HTTP 302 to %3: it sends the request "
                         "elsewhere, so its own security token service cannot be read."_s.arg(
                             name, url.toString(), location.toString()),
                         u"Check the bindings and alternate access mappings of the web "
                         "application on %1: the metadata must be served by %1 itself."_s.arg(name));
    }
    if (server.runningSigningCertificate.isEmpty())
        return farmError(u"farm.metadata-invalid"_s,
                         u"The server %1 answered HTTP 503 for %2."_s.arg(name, url.toString()));
    return certificateFromBase64(server.runningSigningCertificate);
}

Status testRemoting(const LabFarmContext &lab, const ServerArgs &args)
{
    return fromFarm(lab, [&args](LabFarm &farm) -> Status {
        const auto server = reachableServer(farm, args.server);
        if (!server)
            return server.error();
        return success();
    });
}

Result<CertificateInfo> runningStsCertificate(const LabFarmContext &lab, const ServerArgs &args)
{
    return fromFarm(lab, [&args](LabFarm &farm) -> Result<CertificateInfo> {
        const auto server = targetServer(farm, args.server);
        if (!server)
            return server.error();
        if (!(*server)->servesWebApplications)
            return farmError(
                u"farm.no-web-service"_s,
                u"%1 does not run the Microsoft SharePoint Foundation Web Application service: it "
                "serves no web application, so it has no security token service metadata to "
                "read."_s.arg(args.server),
                u"Only servers that run that service (Central Administration > Manage services on "
                "server) answer for the web applications."_s);
        return publishedStsCertificate(farm, **server);
    });
}

Result<bool> hasRootCertificate(const LabFarmContext &lab, const HasRootCertificateOp::Args &args)
{
    return fromFarm(lab, [&args](LabFarm &farm) -> Result<bool> {
        // As FarmHost.ps1 checks them: the server, the thumbprint, then whether it can be reached.
        static const QRegularExpression thumbprint(u"^[0-9A-Fa-f]{40}$"_s);
        if (const auto target = targetServer(farm, args.server); !target)
            return target.error();
        if (!thumbprint.match(args.thumbprint).hasMatch())
            return farmError(u"farm.argument"_s,
                             u"The argument \"thumbprint\" is not 40 hexadecimal digits."_s);
        const auto server = reachableServer(farm, args.server);
        if (!server)
            return server.error();
        for (const QString &stored : (*server)->rootCertificates) {
            const auto certificate = certificateFromBase64(stored);
            if (certificate && certificate->thumbprint.compare(args.thumbprint, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    });
}

Result<CertificateInfo> importPfx(const LabFarmContext &lab, const ImportPfxOp::Args &args)
{
    return lab.model.mutate([&args](LabFarm &farm) -> Result<CertificateInfo> {
        const auto server = reachableServer(farm, args.server);
        if (!server)
            return server.error();
        const auto certificate = openPfx(args.pfx);
        if (!certificate)
            return certificate.error();
        // A certificate store holds a certificate once, whatever the number of imports.
        QStringList &store = (*server)->rootCertificates;
        if (!store.contains(base64Of(*certificate)))
            store.append(base64Of(*certificate));
        return certificate;
    });
}

Status resetServer(const LabFarmContext &lab, const ServerArgs &args)
{
    // FarmHost.ps1 then waits (5 minutes at most) until the server's STS answers again; the lab's
    // answer does not change with time, so it is read from the farm just reset.
    Status answering = success();
    const Status reset = lab.model.mutate([&args, &answering](LabFarm &farm) -> Status {
        const auto server = reachableServer(farm, args.server);
        if (!server)
            return server.error();
        // Like iisreset: the STS of this server loads the farm's signing certificate now, not before.
        (*server)->runningSigningCertificate = farm.sts.signingCertificate;
        if (!(*server)->servesWebApplications)
            return success();
        if (const auto published = publishedStsCertificate(farm, **server); !published)
            answering = farmError(
                u"farm.sts-not-answering"_s,
                u"The security token service of %1 did not answer within 5 minutes of the reset: "
                "%2"_s.arg(args.server, published.error().message),
                u"Check IIS and the SharePoint web applications on %1 before resetting the next "
                "server."_s.arg(args.server));
        return success();
    });
    if (!reset)
        return reset;
    return answering;
}

} // namespace

void addServerOperations(LabOperations &table)
{
    addLabOperation<TestRemotingOp>(table, testRemoting);
    addLabOperation<GetRunningStsCertificateOp>(table, runningStsCertificate);
    addLabOperation<HasRootCertificateOp>(table, hasRootCertificate);
    addLabOperation<ImportPfxOp>(table, importPfx);
    addLabOperation<ResetServerOp>(table, resetServer);
}

} // namespace s2s::lab
