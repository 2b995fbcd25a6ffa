#pragma once

#include <QString>
#include <QStringList>

#include <optional>

#include "core/Endpoints.h"
#include "core/Error.h"
#include "core/StepId.h"

namespace s2s {

// The command line of DESIGN.md, parsed; shared by the GUI and the headless modes.
struct Options {
    enum class Mode {
        Gui,
        Auto,
        Check,
        RenewCertificate, // --renew-certificate: a new STS certificate, no outage of the trust
        Remove,           // --remove: undo what the session added or changed
        Export,
        Version,
        Help
    };
    Mode mode = Mode::Gui;
    QString labDir;
    // What serves the lab farm (--lab-farm): s2s-lab-host, or the shipped FarmHost.ps1 under pwsh.
    enum class LabFarm {
        Host,
        PowerShell
    };
    LabFarm labFarm = LabFarm::Host;
    QString answersFile;
    QString reportFile;
    QString sessionFile;
    std::optional<StepId> stopAfter;
    QString exportFile;
    QString format;
    int opTimeoutSeconds = 120;
    // --warn-days: a certificate or key expiring within this many days is a warning.
    static constexpr int defaultWarnDays = 60;
    int warnDays = defaultWarnDays;
    // Tenant side (--endpoints, --ca-file, --sign-in, --client-id, --tenant).
    std::optional<Endpoints> endpoints;
    QString caFile;
    enum class SignIn {
        Default,
        Browser,
        DeviceCode
    };
    SignIn signIn = SignIn::Default; // Default: browser in the GUI, device code headless
    QString clientId;
    QString tenant;
    QString helpText;
};

// Exit codes of DESIGN.md.
enum ExitCode {
    ExitOk = 0,
    ExitChecksFailed = 1,
    ExitUsage = 2,
    ExitBackend = 3,
    ExitWarning = 4 // nothing fails but a warning stands (monitoring convention)
};

// True when argv asks for a mode without windows (so main need not create a QApplication).
bool wantsHeadless(const QStringList &arguments);
// Needs a QCoreApplication instance (for --help text), with the translators installed
// (installTranslations(requestedLanguage(arguments))) so that its texts are translated.
Result<Options> parseOptions(const QStringList &arguments);

} // namespace s2s
