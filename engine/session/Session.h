#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QStringList>

#include <optional>

#include "core/Check.h"
#include "core/Error.h"
#include "core/StepId.h"
#include "session/CertificateChoice.h"
#include "session/Transcript.h"

namespace s2s {

enum class StepState {
    Pending,
    Applied,
    Validated,
    Failed,
    NotApplicable
};
QString stepStateName(StepState state);
StepState stepStateFromName(const QString &name);
// The state in the admin's language, as the step list and the HTML export show it.
QString stepStateText(StepState state);
// A step is done when it validated or does not apply: only then may the wizard go on.
bool isDone(StepState state);

// What the admin chose. Confirmations are keyed like the answers file ("realmChange").
struct SessionInputs {
    QString webApplication;
    QString zone;
    QString publicDomain;
    CertificateChoice certificate;
    QMap<QString, bool> confirmations;

    bool confirmed(const QString &key) const { return confirmations.value(key, false); }
    QJsonObject toJson() const;
    static SessionInputs fromJson(const QJsonObject &json);
};

// One input a step can depend on (the confirmations are not: they never make a step pending).
enum class SessionInput {
    WebApplication,
    Zone,
    PublicDomain,
    Certificate
};
// The inputs that differ between `before` and `after`.
QList<SessionInput> changedInputs(const SessionInputs &before, const SessionInputs &after);

// Values the steps discover and later steps use ($spocontextID, the SPO principal id, ...), and
// what existed before the wizard changed anything, so "kept" checks can compare.
struct SessionVariables {
    QString tenantId;
    QString spoPrincipalId;
    QString metadataEndpoint;
    QString realmBefore;
    std::optional<QStringList> spnsBefore;
    // SHA-1 thumbprints of the SPO principal's keys at step 6's first read (keys are compared by
    // the key itself: Graph gives re-sent keys new keyIds and dates).
    std::optional<QStringList> keysBefore;
    StsCertificateRecord stsCertificate; // the certificate step 3 made, opened or kept

    QJsonObject toJson() const;
    static SessionVariables fromJson(const QJsonObject &json);
};

struct StepRecord {
    StepState state = StepState::Pending;
    std::optional<ValidationReport> report;
    std::optional<Error> error; // why the last run stopped, if it did
    QDateTime updated;
};

// Who ran the session where: the transcript header.
struct SessionOrigin {
    QString user;
    QString machine;
    QString hostApplication;
    QString hostVersion;
    QString target; // "lab:<dir>" or "farm"
};

// The whole state of one setup: inputs, per-step state with its last report, and the transcript.
// Emits changed() after every modification so the owner can persist it at once.
class Session : public QObject {
    Q_OBJECT
public:
    explicit Session(QObject *parent = nullptr);

    static constexpr int schemaVersion = 1;

    QString id() const { return m_id; }
    QDateTime started() const { return m_started; }
    const SessionOrigin &origin() const { return m_origin; }
    void setOrigin(const SessionOrigin &origin);

    const SessionInputs &inputs() const { return m_inputs; }
    void setInputs(const SessionInputs &inputs);
    const SessionVariables &variables() const { return m_variables; }
    void setVariables(const SessionVariables &variables);

    StepRecord step(StepId id) const { return m_steps.value(id); }
    void setStepState(StepId id, StepState state, const std::optional<Error> &error = {});
    // `error`: what kept the validation from reading the state (the farm host timed out, ...).
    void setStepReport(StepId id, const ValidationReport &report, StepState state,
                       const std::optional<Error> &error = {});

    const Transcript &transcript() const { return m_transcript; }
    void appendTranscript(TranscriptEntry entry);

    bool isFinished() const;
    std::optional<StepId> firstUnfinished() const;

    QJsonObject toJson() const;
    static Result<std::unique_ptr<Session>> fromJson(const QJsonObject &json);

Q_SIGNALS:
    void changed();
    void stepChanged(s2s::StepId id);

private:
    QString m_id;
    QDateTime m_started;
    SessionOrigin m_origin;
    SessionInputs m_inputs;
    SessionVariables m_variables;
    QMap<StepId, StepRecord> m_steps;
    Transcript m_transcript;
};

} // namespace s2s
