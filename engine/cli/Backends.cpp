#include "Backends.h"

#include <QCoreApplication>
#include <QDir>
#include <QHostInfo>
#include <QStandardPaths>
#include <QSysInfo>

#include "farm/ProtocolFarmBackend.h"
#include "lab/LabTenantBackend.h"
#include "secrets/FallbackSecretStore.h"
#include "secrets/KeychainSecretStore.h"
#include "tenant/GraphTenantBackend.h"
#include "tenant/http/TlsSettings.h"

using namespace Qt::StringLiterals;

namespace s2s {

QString Backends::target() const
{
    return isLab() ? u"lab:"_s + labDir : u"farm"_s;
}

QString labHostProgram()
{
    const QString fromEnvironment = qEnvironmentVariable("S2S_LAB_HOST");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
#ifdef Q_OS_WIN
    return QCoreApplication::applicationDirPath() + u"/s2s-lab-host.exe"_s;
#else
    return QCoreApplication::applicationDirPath() + u"/s2s-lab-host"_s;
#endif
}

Result<Backends> openLab(const QString &folder, int opTimeoutSeconds)
{
    const lab::LabFolder lab(folder);
    if (auto seeded = lab.ensureSeeded(); !seeded)
        return seeded.error();
    Backends backends;
    backends.tenantServer = std::make_unique<lab::LabTenantServer>(lab);
    if (auto started = backends.tenantServer->start(); !started)
        return started.error();
    if (auto written = backends.tenantServer->writeCertificatePem(lab.tenantCaFile()); !written)
        return written.error();
    HostTransport::Config host;
    host.program = labHostProgram();
    host.arguments = QStringList{u"--lab"_s, lab.path(), u"--tenant-ca"_s, lab.tenantCaFile()};
    host.opTimeout = std::chrono::seconds(opTimeoutSeconds);
    backends.farm = std::make_unique<ProtocolFarmBackend>(host);
    backends.tenant = std::make_unique<lab::LabTenantBackend>(lab);
    backends.endpoints = backends.tenantServer->endpoints();
    backends.labDir = lab.path();
    return backends;
}

Result<Backends> openRealFarm()
{
    return Error{u"backend.unavailable"_s,
                 QCoreApplication::translate(
                     "Backends", "Windows PowerShell with SharePoint Server is not available here."),
                 {},
                 QCoreApplication::translate(
                     "Backends", "Run the wizard on a SharePoint server, elevated, as a farm "
                                 "administrator; or try it against the built-in lab with --lab DIR.")};
}

Status useGraphTenant(Backends &backends, const Endpoints &endpoints, const Options &options,
                      auth::SignInUi ui)
{
    auto tls = http::tlsConfiguration(options.caFile);
    if (!tls)
        return tls.error();
    auth::SignInSettings settings;
    const bool browser = options.signIn == Options::SignIn::Browser
                         || (options.signIn == Options::SignIn::Default
                             && options.mode == Options::Mode::Gui);
    settings.flow = browser ? auth::SignInSettings::Flow::Browser
                            : auth::SignInSettings::Flow::DeviceCode;
    if (!options.clientId.isEmpty())
        settings.clientId = options.clientId;
    if (!options.tenant.isEmpty())
        settings.tenant = options.tenant;
    backends.tenant.reset(); // it holds the old store
    backends.secrets = std::make_unique<secrets::FallbackSecretStore>(
        std::make_unique<secrets::KeychainSecretStore>(), ui.showMessage);
    backends.tenant = std::make_unique<GraphTenantBackend>(endpoints, *tls, settings, std::move(ui),
                                                           *backends.secrets);
    backends.endpoints = endpoints;
    return success();
}

Result<Backends> openBackends(const Options &options, auth::SignInUi ui)
{
    auto backends = options.labDir.isEmpty() ? openRealFarm()
                                             : openLab(options.labDir, options.opTimeoutSeconds);
    if (!backends || !options.endpoints)
        return backends;
    // With --endpoints the farm stays what it is (the lab's) and the tenant side goes there.
    if (auto graph = useGraphTenant(backends.value(), *options.endpoints, options, std::move(ui));
        !graph)
        return graph.error();
    return backends;
}

QString defaultLabFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/lab"_s;
}

SessionOrigin currentOrigin(const Backends &backends)
{
    QString user = qEnvironmentVariable("USERNAME", qEnvironmentVariable("USER"));
    const QString domain = qEnvironmentVariable("USERDOMAIN");
    if (!domain.isEmpty())
        user = domain + u"\\"_s + user;
    return {user,
            u"%1 (%2)"_s.arg(QHostInfo::localHostName(), QSysInfo::prettyProductName()),
            QCoreApplication::arguments().join(u' '),
            u"S2S Wizard %1"_s.arg(QStringLiteral(S2S_VERSION)),
            backends.target()};
}

} // namespace s2s
