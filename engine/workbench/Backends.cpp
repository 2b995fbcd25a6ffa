#include "Backends.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHostInfo>
#include <QStandardPaths>
#include <QSysInfo>

#include "core/AccountName.h"
#include "farm/HostScript.h"
#include "farm/ProtocolFarmBackend.h"
#include "lab/LabFarmFetch.h"
#include "lab/LabPowerShellFarm.h"
#include "secrets/ChunkedSecretStore.h"
#include "secrets/FallbackSecretStore.h"
#include "secrets/KeychainSecretStore.h"
#include "tenant/GraphTenantBackend.h"
#include "tenant/auth/RedirectFollower.h"
#include "tenant/http/TlsSettings.h"

using namespace Qt::StringLiterals;

namespace s2s {

QString Backends::target() const
{
    return isLab() ? u"lab:"_s + labDir : u"farm"_s;
}

namespace {

// `fileName` beside the running executable (build tree, Windows) or in the installed helper
// folder (lib/s2s-wizard on Linux), whichever `exists` says is there; else the first candidate.
QString helperPath(const QString &fileName, const char *overrideVariable, bool (*exists)(const QFileInfo &))
{
    const QString fromEnvironment = qEnvironmentVariable(overrideVariable);
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QDir wizardFolder(QCoreApplication::applicationDirPath());
    QStringList candidates{wizardFolder.filePath(fileName)};
    const QString helperFolder = QStringLiteral(S2S_HELPERDIR_FROM_BINDIR);
    if (!helperFolder.isEmpty())
        candidates.append(QDir::cleanPath(wizardFolder.filePath(helperFolder + u'/' + fileName)));
    for (const QString &candidate : candidates) {
        if (exists(QFileInfo(candidate)))
            return candidate;
    }
    // Missing everywhere: the start error then names the first place looked at.
    return candidates.first();
}

QString executableFileName(const QString &name)
{
#ifdef Q_OS_WIN
    return name + u".exe"_s;
#else
    return name;
#endif
}

} // namespace

QString helperProgram(const QString &name, const char *overrideVariable)
{
    return helperPath(executableFileName(name), overrideVariable,
                      [](const QFileInfo &file) { return file.isExecutable(); });
}

QString sharePointSimulatorFolder()
{
    return helperPath(u"sharepoint"_s, "S2S_SHAREPOINT_SIMULATOR",
                      [](const QFileInfo &file) { return file.isDir(); });
}

QString labHostProgram()
{
    return helperProgram(u"s2s-lab-host"_s, "S2S_LAB_HOST");
}

namespace {

// Browser in the GUI, device code headless, unless --sign-in says otherwise.
auth::SignInSettings::Flow signInFlow(const Options &options)
{
    const bool browser = options.signIn == Options::SignIn::Browser ||
                         (options.signIn == Options::SignIn::Default && options.mode == Options::Mode::Gui);
    return browser ? auth::SignInSettings::Flow::Browser : auth::SignInSettings::Flow::DeviceCode;
}

// --sign-in, --client-id and --tenant, the same for the lab tenant and a real one.
auth::SignInSettings signInSettings(const Options &options)
{
    auth::SignInSettings settings;
    settings.flow = signInFlow(options);
    if (!options.clientId.isEmpty())
        settings.clientId = options.clientId;
    settings.tenant = options.tenant;
    return settings;
}

// The lab farm behind s2s-lab-host or the shipped farm script under pwsh (--lab-farm), trusting
// `tenantCaFile` for the ACS metadata it fetches (the system's CAs when empty) and reaching only
// `allowedOrigins` (empty: the lab tenant's own server).
Result<std::unique_ptr<FarmBackend>> labFarm(const lab::LabFolder &lab, const QString &tenantCaFile,
                                             const QStringList &allowedOrigins, const Options &options)
{
    HostTransport::Config host;
    if (options.labFarm == Options::LabFarm::PowerShell) {
        auto script = lab::powerShellLabHost(lab,
                                             {lab::findPwsh(), sharePointSimulatorFolder(), labHostProgram()},
                                             tenantCaFile, allowedOrigins);
        if (!script)
            return script.error();
        host = *script;
    } else {
        host.program = labHostProgram();
        host.arguments = QStringList{u"--lab"_s, lab.path()};
        if (!tenantCaFile.isEmpty())
            host.arguments << u"--tenant-ca"_s << tenantCaFile;
        for (const QString &origin : allowedOrigins)
            host.arguments << u"--allow-origin"_s << origin;
    }
    host.opTimeout = std::chrono::seconds(options.opTimeoutSeconds);
    return std::unique_ptr<FarmBackend>(std::make_unique<ProtocolFarmBackend>(host));
}

// The lab tenant through the Graph client, like a real tenant: HTTPS trusting only this run's
// lab certificate and the real sign-in code (PKCE, or device code). The lab's "browser" follows
// the redirects by itself; its tokens stay in memory, never in the admin's credential store.
Status useLabGraphTenant(Backends &backends, const lab::LabFolder &lab, const Options &options,
                         auth::SignInUi ui)
{
    auto tls = http::tlsConfiguration(lab.tenantCaFile());
    if (!tls)
        return tls.error();
    auto browser = std::make_shared<auth::RedirectFollower>(*tls);
    ui.openBrowser = [browser](const QUrl &url) { browser->open(url); };
    backends.tenant = std::make_unique<GraphTenantBackend>(backends.endpoints, *tls, signInSettings(options),
                                                           std::move(ui), *backends.secrets);
    return success();
}

} // namespace

Result<Backends> openLab(const QString &folder, const Options &options, auth::SignInUi ui,
                         std::optional<LabPreparation> prepared)
{
    const lab::LabFolder lab(folder);
    if (!prepared) {
        if (auto seeded = lab.ensureSeeded(); !seeded)
            return seeded.error();
    }
    Backends backends;
    backends.labDir = lab.path();
    backends.passwordFileFolder = lab.passwordFolder();
    QString farmTrusts = lab.tenantCaFile();
    QStringList farmReaches; // empty: the lab tenant's own server
    if (options.endpoints) {
        // The tenant is elsewhere: no lab tenant server; the lab farm trusts what the wizard
        // trusts there: --ca-file, or the system's CAs (a real tenant), and reaches the acs
        // endpoint the admin configured, as a farm with outbound HTTPS to ACS would.
        farmTrusts = options.caFile;
        farmReaches.append(lab::originOf(options.endpoints->acs));
        if (auto graph = useGraphTenant(backends, *options.endpoints, options, std::move(ui)); !graph)
            return graph.error();
    } else {
        backends.tenantServer = std::make_unique<lab::LabTenantServer>(lab);
        if (auto started = backends.tenantServer->start(0, prepared ? prepared->tenantTls : std::nullopt);
            !started)
            return started.error();
        if (auto written = backends.tenantServer->writeCertificatePem(lab.tenantCaFile()); !written)
            return written.error();
        backends.endpoints = backends.tenantServer->endpoints();
        if (auto graph = useLabGraphTenant(backends, lab, options, std::move(ui)); !graph)
            return graph.error();
    }
    auto farm = labFarm(lab, farmTrusts, farmReaches, options);
    if (!farm)
        return farm.error();
    backends.farm = std::move(farm.value());
    return backends;
}

Result<Backends> openLab(const QString &folder, int opTimeoutSeconds)
{
    Options options; // the GUI's: the browser sign-in (PKCE) through the lab's own "browser"
    options.opTimeoutSeconds = opTimeoutSeconds;
    return openLab(folder, options, {});
}

Result<Backends> openRealFarm(const Options &options, auth::SignInUi ui)
{
    const Error unavailable{
        u"backend.unavailable"_s,
        QCoreApplication::translate("Backends",
                                    "Windows PowerShell with SharePoint Server is not available here."),
        {},
        QCoreApplication::translate("Backends",
                                    "Run the wizard on a SharePoint server, elevated, as a farm "
                                    "administrator; or try it against the built-in lab with --lab DIR."),
        ErrorKind::Backend};
#ifdef Q_OS_WIN
    const HostLaunch launch = powerShellHostLaunch(); // from the system, not %SystemRoot%
    if (!QFileInfo::exists(launch.program)) {
        Error missing = unavailable;
        missing.detail = launch.program;
        return missing;
    }
    Backends backends;
    HostTransport::Config host;
    host.program = launch.program;
    host.arguments = launch.arguments;
    host.initialInput = launch.initialInput; // the host script, read by the bootstrap from stdin
    host.opTimeout = std::chrono::seconds(options.opTimeoutSeconds);
    backends.farm = std::make_unique<ProtocolFarmBackend>(host);
    if (auto graph = useGraphTenant(backends, options.endpoints.value_or(Endpoints{}), options,
                                    std::move(ui));
        !graph)
        return graph.error();
    return backends;
#else
    // SharePoint Server runs on Windows only: elsewhere there is nothing to connect to.
    Q_UNUSED(options);
    Q_UNUSED(ui);
    return unavailable;
#endif
}

Status useGraphTenant(Backends &backends, const Endpoints &endpoints, const Options &options,
                      auth::SignInUi ui)
{
    auto tls = http::tlsConfiguration(options.caFile);
    if (!tls)
        return tls.error();
    const auth::SignInSettings settings = signInSettings(options);
    backends.tenant.reset(); // it holds the old store
    backends.secrets = std::make_unique<secrets::FallbackSecretStore>(
        std::make_unique<secrets::ChunkedSecretStore>(std::make_unique<secrets::KeychainSecretStore>()),
        ui.showMessage);
    backends.tenant = std::make_unique<GraphTenantBackend>(endpoints, *tls, settings, std::move(ui),
                                                           *backends.secrets);
    backends.endpoints = endpoints;
    return success();
}

Result<Backends> openBackends(const Options &options, auth::SignInUi ui)
{
    if (!options.labDir.isEmpty()) {
        // Every key at once: this thread only waits for them.
        const Result<LabPreparation> prepared =
            prepareLab(options.labDir, !options.endpoints, KeyPace::AllCores).result();
        if (!prepared)
            return prepared.error();
        return openLab(options.labDir, options, std::move(ui), *prepared);
    }
    return openRealFarm(options, std::move(ui));
}

QString defaultLabFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/lab"_s;
}

SessionOrigin currentOrigin(const Backends &backends)
{
    return {currentAccountName(), u"%1 (%2)"_s.arg(QHostInfo::localHostName(), QSysInfo::prettyProductName()),
            QCoreApplication::arguments().join(u' '), u"S2S Wizard %1"_s.arg(QStringLiteral(S2S_VERSION)),
            backends.target()};
}

} // namespace s2s
