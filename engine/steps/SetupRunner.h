#pragma once

#include <QObject>

#include <functional>
#include <memory>

#include "steps/FarmLock.h"
#include "steps/ReadOnceTenantBackend.h"
#include "steps/RecordingFarmBackend.h"
#include "steps/RecordingTenantBackend.h"
#include "steps/Steps.h"
#include "steps/StsCertificateSource.h"

namespace s2s {

// Runs steps against the backends for one session: apply then validate, or validate only; keeps
// the step states in the session and tells listeners (pages, the headless runner) what happens.
// One operation at a time.
class SetupRunner : public QObject {
    Q_OBJECT
public:
    // `steps`: the one registry of the wizard (the pages show the same steps), outliving the runner.
    SetupRunner(StepRegistry &steps, Session &session, FarmBackend &farm, TenantBackend &tenant,
                Endpoints endpoints, QObject *parent = nullptr);
    ~SetupRunner() override;

    Session &session() { return m_session; }
    const StepRegistry &steps() const { return m_steps; }
    const Endpoints &endpoints() const { return m_endpoints; }
    bool isBusy() const { return m_busy; }
    // Where steps keep secrets (the PFX password); a memory store until the owner sets another.
    void setSecretStore(secrets::SecretStore &store) { m_context.secrets = &store; }
    // The lab's folder for generated PFX passwords without a credential store (StepContext).
    void setPasswordFileFolder(const QString &folder) { m_context.passwordFileFolder = folder; }
    // --warn-days: how many days before an end date a certificate or key is a warning.
    void setWarnDays(int days) { m_context.warnDays = days; }
    // Stops the farm operation now running; the step fails as cancelled and can be run again.
    void cancel();

    // The farm-wide lock (steps/FarmLock.h): every apply (run, renewCertificate, removeTrust)
    // takes it before its first read of the farm, waiting while another run holds it, and
    // releases it when it ends, unless the lock is kept for the whole run (headless --auto,
    // --renew-certificate, --remove), which then ends with releaseFarmLock(). Validation takes
    // no lock. `session` names this run's session in the lock (its file's path).
    void setFarmLockSession(const QString &session) { m_lock.setSession(session); }
    void setKeepFarmLock(bool keep) { m_keepLock = keep; }
    const FarmLock &farmLock() const { return m_lock; }
    QCoro::Task<Status> releaseFarmLock();

    // Apply (idempotent) then validate. Returns the step's new state.
    QCoro::Task<StepState> run(StepId id);
    // Validate only; changes nothing on the farm or the tenant.
    QCoro::Task<StepState> validate(StepId id);
    // After setup (Renewal.h, Removal.h): the transcript files their commands under
    // lifecycleRenewKey / lifecycleRemoveKey; progress and activity come as step 3's (renewal)
    // and step 11's (removal). Refused while another operation runs.
    static inline const QString lifecycleRenewKey = QStringLiteral("renew-certificate");
    static inline const QString lifecycleRemoveKey = QStringLiteral("remove");
    QCoro::Task<Status> renewCertificate();
    QCoro::Task<Status> removeTrust();
    // On resume: validate again every step that was done, since the farm may have changed.
    QCoro::Task<> revalidateFinished();
    // Stores new inputs; done steps that use a changed one are pending again.
    void changeInputs(const SessionInputs &inputs);
    // Read-only warnings for the page (e.g. what a realm change breaks).
    QCoro::Task<QStringList> warnings(StepId id);
    // Step 3: makes or opens the chosen STS certificate (nothing on the farm changes) so that the
    // page shows it before Run. A typed PFX password goes to the secret store.
    QCoro::Task<Result<StsCertificateRecord>> prepareCertificate(QString typedPassword);
    // What a page lists, read like a step's reads under step `id`: through the recorded backends
    // (in the transcript), refused while another operation runs, stopped by cancel().
    QCoro::Task<Result<QList<WebApplicationInfo>>> webApplications(StepId id);
    // The names of the tenant's verified domains; none while nobody is signed in (listing never
    // signs in).
    QCoro::Task<Result<QStringList>> verifiedDomains(StepId id);

Q_SIGNALS:
    void busyChanged(bool busy);
    void progress(s2s::StepId id, const QString &text);
    // Per-server progress of a change made server by server (step 3's certificate replacement).
    void serverProgress(s2s::StepId id, const s2s::ServerProgress &progress);
    // Commands starting and finishing (per server), the farm host starting, host records.
    void activity(s2s::StepId id, const s2s::Activity &activity);

private:
    QCoro::Task<StepState> execute(StepId id, bool apply);
    // Runs one after-setup operation under `key`, busy, with a transcript note when it stops.
    QCoro::Task<Status> runLifecycle(StepId shownAs, QString key, QString title,
                                     std::function<QCoro::Task<Status>(StepContext &)> operation);
    void setBusy(bool busy);
    // Takes the farm lock for an apply (at once when held), noting it in the transcript.
    QCoro::Task<Status> takeFarmLock();
    // Releases it after an apply, unless it is kept for the run.
    QCoro::Task<> endApply();
    // Goes busy for a listing under step `id`; false when another operation runs.
    bool beginListing(StepId id);
    Error busyError() const;

    Session &m_session;
    FarmBackend &m_farm;
    TenantBackend &m_tenant;
    Endpoints m_endpoints;
    Recorder m_recorder;
    RecordingFarmBackend m_recordingFarm;
    RecordingTenantBackend m_recordingTenant;
    // What steps use: a read repeated within one operation is answered without a request.
    ReadOnceTenantBackend m_readOnceTenant;
    secrets::MemorySecretStore m_memorySecrets;
    StepContext m_context;
    StepRegistry &m_steps;
    bool m_busy = false;
    StepId m_current = StepId::WebAppAuth;
    FarmLock m_lock;
    bool m_keepLock = false;
};

} // namespace s2s
