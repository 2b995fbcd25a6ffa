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
#include "session/ChangeLog.h"
#include "session/RenewalState.h"
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

// An end date the last validation read (the report's "expiry"): the farm's STS certificate
// (kind "sts-certificate") or the SharePoint Online key that matches it ("spo-key").
struct ExpiryReading {
    static inline const QString certificate = QStringLiteral("sts-certificate");
    static inline const QString key = QStringLiteral("spo-key");

    QString kind;
    QString thumbprint;
    QDateTime notAfter;
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
// Emits changed() after every change of the state and transcriptAppended() for each new transcript
// entry, so the owner can persist them (the state rewritten, the entry appended to its own file).
class Session : public QObject {
    Q_OBJECT
public:
    explicit Session(QObject *parent = nullptr);

    // 2: the transcript lives in its own JSON Lines file (session/TranscriptLines); 1 held it in
    // the session file, which still opens and is converted once (session/SessionFile).
    static constexpr int schemaVersion = 2;
    static constexpr int transcriptInFileSchema = 1;

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

    // What this session changed on the farm and the tenant, for --remove.
    const ChangeLog &changeLog() const { return m_changeLog; }
    // Records `change` unless the same change is recorded already and not undone (the first
    // before-value wins: a re-run finds the change made and records nothing new).
    void recordChange(ChangeRecord change);
    // Marks the recorded change like `change` undone (by a removal) at `when`; `foundGone` when the
    // removal found it already undone by someone else.
    void markChangeUndone(const ChangeRecord &change, const QDateTime &when, bool foundGone = false);
    void setRemovalTimes(const QDateTime &started, const QDateTime &finished);

    const RenewalState &renewal() const { return m_renewal; }
    void setRenewal(const RenewalState &renewal);

    // Read in this run only (never saved): the end dates the validation found.
    const QList<ExpiryReading> &expiryReadings() const { return m_expiry; }
    // Replaces the reading of the same kind.
    void setExpiryReading(const ExpiryReading &reading);

    const Transcript &transcript() const { return m_transcript; }
    void appendTranscript(TranscriptEntry entry);
    // The transcript read from its file, when the session is loaded (no signal).
    void restoreTranscript(Transcript transcript) { m_transcript = std::move(transcript); }

    bool isFinished() const;
    std::optional<StepId> firstUnfinished() const;

    // The state without the transcript (schema 2).
    QJsonObject toJson() const;
    // Schema 2, or schema 1 with its transcript.
    static Result<std::unique_ptr<Session>> fromJson(const QJsonObject &json);

Q_SIGNALS:
    void changed();
    void transcriptAppended(const s2s::TranscriptEntry &entry);
    void stepChanged(s2s::StepId id);

private:
    QString m_id;
    QDateTime m_started;
    SessionOrigin m_origin;
    SessionInputs m_inputs;
    SessionVariables m_variables;
    QMap<StepId, StepRecord> m_steps;
    ChangeLog m_changeLog;
    RenewalState m_renewal;
    QList<ExpiryReading> m_expiry;
    Transcript m_transcript;
};

} // namespace s2s
