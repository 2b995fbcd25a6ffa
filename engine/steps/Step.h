#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <QCoro/QCoroTask>

#include "core/Check.h"
#include "core/Endpoints.h"
#include "core/Error.h"
#include "core/StepId.h"
#include "farm/FarmBackend.h"
#include "secrets/SecretStore.h"
#include "session/Recorder.h"
#include "session/Session.h"
#include "tenant/TenantBackend.h"

namespace s2s {

// One line of a step's plan: what it will run, as the admin would type or read it.
struct PlanLine {
    enum class Kind {
        PowerShell,
        Graph,
        Note
    };
    Kind kind = Kind::Note;
    QString text;
};

// What a step works with. The backends are the recording wrappers: everything lands in the
// transcript.
struct StepContext {
    Session &session;
    FarmBackend &farm;
    TenantBackend &tenant;
    const Endpoints &endpoints;
    Recorder &recorder;
    secrets::SecretStore *secrets = nullptr; // never null once the runner made the context
    // The lab only: where a generated PFX password goes, in an owner-only file the session names
    // as certificate.passwordFile, when no credential store keeps it. Empty: the step stops instead.
    QString passwordFileFolder;
    // A certificate or key that expires within this many days is a warning (--warn-days).
    int warnDays = defaultWarnDays;

    static constexpr int defaultWarnDays = 60;
};

// A documented step: explains itself, plans, applies idempotently (reads first, changes only what
// is missing) and validates read-only.
class Step {
public:
    virtual ~Step() = default;

    virtual StepId id() const = 0;
    QString key() const { return stepKey(id()); }
    QString title() const { return stepTitle(id()); }
    virtual QString explanation() const = 0;

    // Whether the step works with `input`: when it changes, a done step is pending again.
    virtual bool affectedBy(SessionInput) const { return false; }

    virtual bool isApplicable(const Session &) const { return true; }
    virtual QString notApplicableReason(const Session &) const { return {}; }
    // The answers key ("confirm.realmChange") of a change the admin must confirm, if any.
    virtual QString confirmationKey() const { return {}; }
    virtual QString confirmationText() const { return {}; }
    // Whether the confirmation matters with the session's inputs (the page hides it otherwise).
    virtual bool asksConfirmation(const Session &) const { return !confirmationKey().isEmpty(); }

    virtual QList<PlanLine> plan(const Session &session, const Endpoints &endpoints) const = 0;
    // Read-only look before running: what the admin should know (e.g. what a change breaks).
    virtual QCoro::Task<QStringList> warnings(StepContext &) { co_return QStringList(); }
    virtual QCoro::Task<Status> apply(StepContext &context) = 0;
    virtual QCoro::Task<ValidationReport> validate(StepContext &context) = 0;
};

} // namespace s2s
