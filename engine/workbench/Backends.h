#pragma once

#include <memory>
#include <optional>

#include "cli/Options.h"
#include "core/Endpoints.h"
#include "farm/FarmBackend.h"
#include "lab/LabTenantServer.h"
#include "secrets/SecretStore.h"
#include "session/Session.h"
#include "tenant/TenantBackend.h"
#include "tenant/auth/SignInSettings.h"
#include "workbench/PrepareLab.h"

namespace s2s {

// The farm and tenant the wizard works on: the lab in a folder, or the real ones.
struct Backends {
    // The lab tenant over HTTPS (lab only); first, so it outlives a farm host still fetching.
    std::unique_ptr<lab::LabTenantServer> tenantServer;
    // Refresh token and PFX password between runs (OS credential store, or memory without one).
    // Before the tenant, which uses it until it is gone.
    std::unique_ptr<secrets::SecretStore> secrets = std::make_unique<secrets::MemorySecretStore>();
    std::unique_ptr<FarmBackend> farm;
    std::unique_ptr<TenantBackend> tenant;
    Endpoints endpoints;
    QString labDir; // empty for the real farm
    // The lab's folder for generated PFX passwords without a credential store; empty elsewhere.
    QString passwordFileFolder;

    bool isLab() const { return !labDir.isEmpty(); }
    QString target() const;
};

// The lab: its tenant server started on 127.0.0.1 (tenant.json's port) with a certificate of this
// run and reached through the Graph client, its farm behind s2s-lab-host over the farm host
// protocol trusting that certificate. With --endpoints the farm stays the lab's and the tenant
// side goes to those endpoints (the farm then trusts --ca-file to fetch the ACS metadata).
// `prepared`: the folder seeded and the tenant's keys made beforehand (workbench/PrepareLab).
Result<Backends> openLab(const QString &folder, const Options &options, auth::SignInUi ui,
                         std::optional<LabPreparation> prepared = {});
// The lab as the GUI opens it (browser sign-in through the lab's own "browser").
Result<Backends> openLab(const QString &folder, int opTimeoutSeconds = 120);
// Microsoft Graph at `endpoints`, signing in as `options` say (--sign-in, --client-id, --tenant,
// --ca-file), the refresh token in the OS credential store (memory when there is none).
Status useGraphTenant(Backends &backends, const Endpoints &endpoints, const Options &options,
                      auth::SignInUi ui);
// A helper executable of the wizard: $overrideVariable if set, else `name` beside the running
// executable (build tree, Windows) or in the installed helper folder (lib/s2s-wizard on Linux).
QString helperProgram(const QString &name, const char *overrideVariable);
// s2s-lab-host, found by helperProgram (override: $S2S_LAB_HOST).
QString labHostProgram();
// The SharePoint simulator's module folder ("sharepoint" where helpers are; override:
// $S2S_SHAREPOINT_SIMULATOR), for --lab-farm powershell.
QString sharePointSimulatorFolder();
// The real farm: one warm Windows PowerShell 5.1 host running the embedded farm script, and the
// tenant through Microsoft Graph. Elsewhere than Windows, says clearly that there is no farm.
Result<Backends> openRealFarm(const Options &options, auth::SignInUi ui);
// `ui` opens the browser and shows sign-in messages and notices (the front end's).
Result<Backends> openBackends(const Options &options, auth::SignInUi ui = {});

// The lab folder offered in the app-data folder when no farm is available.
QString defaultLabFolder();
// Who, where and with what the session runs: the transcript header.
SessionOrigin currentOrigin(const Backends &backends);

} // namespace s2s
