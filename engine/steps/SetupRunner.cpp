#include "SetupRunner.h"

#include <QLoggingCategory>

#include "steps/FarmReads.h"
#include "steps/Removal.h"
#include "steps/Renewal.h"
#include "steps/StepSupport.h"

Q_LOGGING_CATEGORY(lcRunner, "engine.steps")

using namespace Qt::StringLiterals;

namespace s2s {

SetupRunner::SetupRunner(StepRegistry &steps, Session &session, FarmBackend &farm, TenantBackend &tenant,
                         Endpoints endpoints, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_farm(farm)
    , m_tenant(tenant)
    , m_endpoints(std::move(endpoints))
    , m_recorder(session)
    , m_recordingFarm(farm, m_recorder)
    , m_recordingTenant(tenant, m_recorder, m_endpoints.graph)
    , m_readOnceTenant(m_recordingTenant)
    , m_context{session, m_recordingFarm, m_readOnceTenant, m_endpoints, m_recorder}
    , m_steps(steps)
    , m_lock(farm, FarmLock::Options::fromEnvironment())
{
    m_recorder.setServerProgressHandler(
        [this](const ServerProgress &each) { Q_EMIT serverProgress(m_current, each); });
    m_context.secrets = &m_memorySecrets;
    m_recorder.setRemedyHandler(remedyNamingStep);
    // A resumed session signs in to its own tenant only (GUI and headless both come through
    // here); a new one is bound at its first sign-in (ensureSignedIn).
    if (!session.variables().tenantId.isEmpty())
        m_tenant.bindTenant(session.variables().tenantId);
    m_recorder.setActivityHandler([this](const Activity &activity) {
        Q_EMIT this->activity(m_current, activity);
        // The one-line progress shows what runs now; host records stay in the activity list.
        if (activity.kind != Activity::Kind::CommandFinished && activity.kind != Activity::Kind::Verbose &&
            activity.kind != Activity::Kind::Warning)
            Q_EMIT progress(m_current, describe(activity));
    });
    m_farm.setActivityHandler([this](const Activity &activity) {
        if (activity.kind == Activity::Kind::Verbose || activity.kind == Activity::Kind::Warning)
            m_recorder.addHostRecord(activity);
        m_recorder.activity(activity);
    });
    // Another run took the lock over (this one stopped renewing it in time): stop changing.
    connect(&m_lock, &FarmLock::lost, this, [this](const Error &error) {
        m_recorder.add(TranscriptEntry::Kind::Note, {}, tr("The farm lock was lost"), error.toText(), false,
                       0);
        cancel();
    });
}

// The farm outlives the runner in the wizard: it must not call into a destroyed runner.
SetupRunner::~SetupRunner()
{
    m_farm.setActivityHandler({});
}

void SetupRunner::setBusy(bool busy)
{
    m_busy = busy;
    // Each operation reads the tenant afresh once (the admin may have changed it in between).
    m_readOnceTenant.forgetReads();
    Q_EMIT busyChanged(busy);
}

void SetupRunner::cancel()
{
    if (!m_busy)
        return;
    m_lock.cancelWait(); // a run waiting for another run's farm lock stops waiting
    m_farm.cancel();
}

QCoro::Task<StepState> SetupRunner::run(StepId id)
{
    co_return co_await execute(id, true);
}

QCoro::Task<StepState> SetupRunner::validate(StepId id)
{
    co_return co_await execute(id, false);
}

QCoro::Task<StepState> SetupRunner::execute(StepId id, bool apply)
{
    Step &step = m_steps.step(id);
    if (m_busy) {
        qCWarning(lcRunner) << "step" << step.key() << "requested while another runs";
        co_return m_session.step(id).state;
    }
    if (!step.isApplicable(m_session)) {
        m_session.setStepState(id, StepState::NotApplicable);
        co_return StepState::NotApplicable;
    }
    setBusy(true);
    m_current = id;
    m_recorder.setStep(step.key());
    m_recorder.takeBackendError(); // a warnings() read before this run is not this run's
    if (apply) {
        Status applied = co_await takeFarmLock();
        if (applied) {
            const Status done = co_await step.apply(m_context);
            applied = done;
        }
        co_await endApply();
        if (!applied) {
            qCWarning(lcRunner).noquote() << step.key() << "failed:" << applied.error().toText();
            m_recorder.add(TranscriptEntry::Kind::Note, {}, tr("Step \"%1\" stopped").arg(step.title()),
                           applied.error().toText(), false, 0);
            m_session.setStepState(id, StepState::Failed, applied.error());
            setBusy(false);
            co_return StepState::Failed;
        }
        m_session.setStepState(id, StepState::Applied);
    }
    Q_EMIT progress(id, tr("Validating…"));
    const ValidationReport report = co_await step.validate(m_context);
    QStringList lines;
    for (const Check &check : report.checks)
        lines.append(u"[%1] %2 (%3): %4"_s.arg(checkStatusName(check.status).toUpper(), check.title, check.id,
                                               check.actual));
    m_recorder.add(TranscriptEntry::Kind::Validation, {}, tr("Validate \"%1\"").arg(step.title()),
                   lines.join(u'\n'), !report.hasFailure(), 0);
    const std::optional<Error> unreadable = m_recorder.takeBackendError();
    const StepState state = report.hasFailure() || unreadable ? StepState::Failed : StepState::Validated;
    m_session.setStepReport(id, report, state, unreadable);
    setBusy(false);
    co_return state;
}

QCoro::Task<Status> SetupRunner::runLifecycle(StepId shownAs, QString key, QString title,
                                              std::function<QCoro::Task<Status>(StepContext &)> operation)
{
    if (m_busy) {
        Status refused = busyError();
        co_return refused;
    }
    setBusy(true);
    m_current = shownAs;
    m_recorder.setStep(key);
    m_recorder.takeBackendError();
    Status done = co_await takeFarmLock();
    if (done) {
        const Status operated = co_await operation(m_context);
        done = operated;
    }
    co_await endApply();
    if (!done) {
        qCWarning(lcRunner).noquote() << key << "failed:" << done.error().toText();
        m_recorder.add(TranscriptEntry::Kind::Note, {}, tr("\"%1\" stopped").arg(title),
                       done.error().toText(), false, 0);
    }
    setBusy(false);
    co_return done;
}

QCoro::Task<Status> SetupRunner::renewCertificate()
{
    co_return co_await runLifecycle(StepId::StsCertificate, lifecycleRenewKey,
                                    tr("Renew the STS certificate"), renewStsCertificate);
}

QCoro::Task<Status> SetupRunner::removeTrust()
{
    co_return co_await runLifecycle(StepId::FinalValidation, lifecycleRemoveKey,
                                    tr("Remove the hybrid trust"), removeHybridTrust);
}

QCoro::Task<> SetupRunner::revalidateFinished()
{
    for (const auto &step : m_steps.all()) {
        const StepState state = m_session.step(step->id()).state;
        if (state != StepState::Validated && state != StepState::NotApplicable)
            continue;
        co_await validate(step->id());
        // Signed in to another tenant than the session's: every later step would prompt for a
        // sign-in again and meet the same refusal.
        const std::optional<Error> &error = m_session.step(step->id()).error;
        if (error && error->code == u"backend.tenant-mismatch")
            break;
    }
}

void SetupRunner::changeInputs(const SessionInputs &inputs)
{
    const QList<SessionInput> changes = changedInputs(m_session.inputs(), inputs);
    m_session.setInputs(inputs);
    for (const auto &step : m_steps.all()) {
        bool changed = false;
        for (SessionInput input : changes)
            changed = changed || step->affectedBy(input);
        if (changed && m_session.step(step->id()).state != StepState::Pending)
            m_session.setStepState(step->id(), StepState::Pending);
    }
}

QCoro::Task<Result<StsCertificateRecord>> SetupRunner::prepareCertificate(QString typedPassword)
{
    if (m_busy) {
        Error busy{u"internal.busy"_s, tr("Another operation is running."), {}, tr("Wait until it ends.")};
        co_return busy; // a named local: core/Coroutines.h
    }
    setBusy(true);
    m_current = StepId::StsCertificate;
    m_recorder.setStep(stepKey(m_current));
    const auto prepared = co_await prepareStsCertificate(m_context, typedPassword);
    setBusy(false);
    if (!prepared)
        co_return prepared.error();
    co_return prepared->record;
}

QCoro::Task<Status> SetupRunner::takeFarmLock()
{
    if (m_lock.isHeld())
        co_return success();
    bool noted = false;
    const auto waiting = [this, &noted](const FarmLockHolder &holder) {
        const Error locked = FarmLock::lockedError(holder, farm_lock::defaultStaleSeconds);
        Q_EMIT progress(m_current, tr("Waiting for the farm lock: %1").arg(locked.message));
        if (!std::exchange(noted, true))
            m_recorder.add(TranscriptEntry::Kind::Note, {}, tr("Wait for the farm lock"), locked.message,
                           true, 0);
    };
    const Result<FarmLockAnswer> answer = co_await m_lock.acquire(waiting);
    if (!answer) {
        Status failed = answer.error();
        co_return failed;
    }
    const FarmLockHolder &previous = answer->previous;
    m_recorder.add(
        TranscriptEntry::Kind::Note, {},
        answer->tookOver ? tr("Take over the farm lock") : tr("Take the farm lock"),
        answer->tookOver
            ? tr("Took the farm lock over from %1 on %2 (process %3, session %4), "
                 "last renewed %5: stale, or that run's process has ended.")
                  .arg(previous.owner, previous.machine, previous.process, previous.session, previous.renewed)
            : tr("This run holds the farm lock (%1 on %2, process %3).")
                  .arg(answer->holder.owner, answer->holder.machine, answer->holder.process),
        true, 0);
    co_return success();
}

QCoro::Task<> SetupRunner::endApply()
{
    if (m_keepLock)
        co_return;
    [[maybe_unused]] const Status released = co_await m_lock.release(); // logged; stale in time
}

QCoro::Task<Status> SetupRunner::releaseFarmLock()
{
    co_return co_await m_lock.release();
}

Error SetupRunner::busyError() const
{
    return Error{u"internal.busy"_s, tr("Another operation is running."), {}, tr("Wait until it ends.")};
}

bool SetupRunner::beginListing(StepId id)
{
    if (m_busy)
        return false;
    setBusy(true);
    m_current = id;
    m_recorder.setStep(stepKey(id));
    return true;
}

QCoro::Task<Result<QList<WebApplicationInfo>>> SetupRunner::webApplications(StepId id)
{
    if (!beginListing(id)) {
        Result<QList<WebApplicationInfo>> refused = busyError();
        co_return refused;
    }
    Result<QList<WebApplicationInfo>> apps = co_await readWebApplications(m_recordingFarm);
    setBusy(false);
    co_return apps;
}

QCoro::Task<Result<QStringList>> SetupRunner::verifiedDomains(StepId id)
{
    Result<QStringList> names = QStringList();
    if (!m_recordingTenant.isSignedIn())
        co_return names;
    if (!beginListing(id)) {
        names = busyError();
        co_return names;
    }
    const Result<Organization> organization = co_await m_recordingTenant.organization();
    setBusy(false);
    if (!organization) {
        names = organization.error();
        co_return names;
    }
    QStringList found;
    for (const VerifiedDomain &domain : organization->verifiedDomains)
        found.append(domain.name);
    names = found;
    co_return names;
}

QCoro::Task<QStringList> SetupRunner::warnings(StepId id)
{
    if (m_busy) // the recorder belongs to the running step now
        co_return QStringList();
    m_recorder.setStep(stepKey(id));
    m_readOnceTenant.forgetReads();
    co_return co_await m_steps.step(id).warnings(m_context);
}

} // namespace s2s
