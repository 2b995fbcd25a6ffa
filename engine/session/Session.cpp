#include "Session.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUuid>

#include "session/SessionRules.h"

using namespace Qt::StringLiterals;

namespace s2s {
namespace {

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList toStringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

std::optional<QStringList> optionalList(const QJsonObject &json, const QString &key)
{
    if (!json.contains(key))
        return std::nullopt;
    return toStringList(json.value(key));
}

} // namespace

QString stepStateName(StepState state)
{
    switch (state) {
    case StepState::Pending: return u"pending"_s;
    case StepState::Applied: return u"applied"_s;
    case StepState::Validated: return u"validated"_s;
    case StepState::Failed: return u"failed"_s;
    case StepState::NotApplicable: return u"not-applicable"_s;
    }
    return u"pending"_s;
}

// Context "PageText": the texts were first the pages' own.
QString stepStateText(StepState state)
{
    switch (state) {
    case StepState::Pending: return QCoreApplication::translate("PageText", "pending");
    case StepState::Applied: return QCoreApplication::translate("PageText", "applied, not validated");
    case StepState::Validated: return QCoreApplication::translate("PageText", "validated");
    case StepState::Failed: return QCoreApplication::translate("PageText", "failed");
    case StepState::NotApplicable: return QCoreApplication::translate("PageText", "not applicable");
    }
    return {};
}

StepState stepStateFromName(const QString &name)
{
    for (auto state : {StepState::Applied, StepState::Validated, StepState::Failed, StepState::NotApplicable})
        if (stepStateName(state) == name)
            return state;
    return StepState::Pending;
}

bool isDone(StepState state)
{
    return state == StepState::Validated || state == StepState::NotApplicable;
}

QJsonObject SessionInputs::toJson() const
{
    QJsonObject confirm;
    for (auto it = confirmations.cbegin(); it != confirmations.cend(); ++it)
        confirm.insert(it.key(), it.value());
    return {{u"webApplication"_s, webApplication},
            {u"zone"_s, zone},
            {u"publicDomain"_s, publicDomain},
            {u"certificate"_s, certificate.toJson()},
            {u"confirm"_s, confirm}};
}

QList<SessionInput> changedInputs(const SessionInputs &before, const SessionInputs &after)
{
    QList<SessionInput> changed;
    if (before.webApplication != after.webApplication)
        changed.append(SessionInput::WebApplication);
    if (before.zone != after.zone)
        changed.append(SessionInput::Zone);
    if (before.publicDomain != after.publicDomain)
        changed.append(SessionInput::PublicDomain);
    // As the session file holds it: a choice that saves the same is the same choice, whether the
    // admin made it or the page preselected it.
    CertificateChoice was = before.certificate;
    CertificateChoice is = after.certificate;
    was.chosen = is.chosen = false;
    if (was.toJson() != is.toJson())
        changed.append(SessionInput::Certificate);
    return changed;
}

SessionInputs SessionInputs::fromJson(const QJsonObject &json)
{
    SessionInputs inputs;
    inputs.webApplication = json.value(u"webApplication").toString();
    inputs.zone = json.value(u"zone").toString();
    inputs.publicDomain = json.value(u"publicDomain").toString();
    inputs.certificate = CertificateChoice::fromJson(json.value(u"certificate").toObject());
    const QJsonObject confirm = json.value(u"confirm").toObject();
    for (auto it = confirm.begin(); it != confirm.end(); ++it)
        inputs.confirmations.insert(it.key(), it.value().toBool());
    return inputs;
}

QJsonObject SessionVariables::toJson() const
{
    QJsonObject json{{u"tenantId"_s, tenantId},
                     {u"spoPrincipalId"_s, spoPrincipalId},
                     {u"metadataEndpoint"_s, metadataEndpoint},
                     {u"realmBefore"_s, realmBefore}};
    if (spnsBefore)
        json.insert(u"spnsBefore"_s, toArray(*spnsBefore));
    if (keysBefore)
        json.insert(u"keysBefore"_s, toArray(*keysBefore));
    if (!stsCertificate.isEmpty())
        json.insert(u"stsCertificate"_s, stsCertificate.toJson());
    return json;
}

SessionVariables SessionVariables::fromJson(const QJsonObject &json)
{
    SessionVariables variables;
    variables.tenantId = json.value(u"tenantId").toString();
    variables.spoPrincipalId = json.value(u"spoPrincipalId").toString();
    variables.metadataEndpoint = json.value(u"metadataEndpoint").toString();
    variables.realmBefore = json.value(u"realmBefore").toString();
    variables.spnsBefore = optionalList(json, u"spnsBefore"_s);
    variables.keysBefore = optionalList(json, u"keysBefore"_s);
    variables.stsCertificate = StsCertificateRecord::fromJson(json.value(u"stsCertificate").toObject());
    return variables;
}

Session::Session(QObject *parent)
    : QObject(parent)
    , m_id(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_started(QDateTime::currentDateTimeUtc())
{}

void Session::setOrigin(const SessionOrigin &origin)
{
    m_origin = origin;
    Q_EMIT changed();
}

void Session::setInputs(const SessionInputs &inputs)
{
    m_inputs = inputs;
    Q_EMIT changed();
}

void Session::setVariables(const SessionVariables &variables)
{
    m_variables = variables;
    Q_EMIT changed();
}

void Session::setStepState(StepId id, StepState state, const std::optional<Error> &error)
{
    StepRecord &record = m_steps[id];
    record.state = state;
    record.error = error;
    record.updated = QDateTime::currentDateTimeUtc();
    Q_EMIT stepChanged(id);
    Q_EMIT changed();
}

void Session::setStepReport(StepId id, const ValidationReport &report, StepState state,
                            const std::optional<Error> &error)
{
    StepRecord &record = m_steps[id];
    record.report = report;
    record.state = state;
    record.error = error;
    record.updated = QDateTime::currentDateTimeUtc();
    Q_EMIT stepChanged(id);
    Q_EMIT changed();
}

void Session::recordChange(ChangeRecord change)
{
    // The first record of a change stands; one a removal undid does not (set up again, it is new).
    for (const ChangeRecord &each : std::as_const(m_changeLog.changes))
        if (each.sameChangeAs(change) && !each.isUndone())
            return;
    if (!change.recorded.isValid())
        change.recorded = QDateTime::currentDateTimeUtc();
    m_changeLog.changes.append(change);
    Q_EMIT changed();
}

void Session::markChangeUndone(const ChangeRecord &change, const QDateTime &when, bool foundGone)
{
    for (ChangeRecord &each : m_changeLog.changes)
        if (each.sameChangeAs(change) && !each.isUndone()) {
            each.undone = when;
            each.foundGone = foundGone;
        }
    Q_EMIT changed();
}

void Session::setRemovalTimes(const QDateTime &started, const QDateTime &finished)
{
    m_changeLog.removalStarted = started;
    m_changeLog.removalFinished = finished;
    Q_EMIT changed();
}

void Session::setRenewal(const RenewalState &renewal)
{
    m_renewal = renewal;
    Q_EMIT changed();
}

void Session::setExpiryReading(const ExpiryReading &reading)
{
    m_expiry.removeIf([&](const ExpiryReading &each) { return each.kind == reading.kind; });
    m_expiry.append(reading);
}

void Session::appendTranscript(TranscriptEntry entry)
{
    m_transcript.append(std::move(entry));
    Q_EMIT transcriptAppended(m_transcript.entries().constLast());
}

bool Session::isFinished() const
{
    return !firstUnfinished().has_value();
}

std::optional<StepId> Session::firstUnfinished() const
{
    for (StepId id : allStepIds())
        if (!isDone(step(id).state))
            return id;
    return std::nullopt;
}

QJsonObject Session::toJson() const
{
    QJsonObject steps;
    for (auto it = m_steps.cbegin(); it != m_steps.cend(); ++it) {
        QJsonObject record{{u"state"_s, stepStateName(it->state)},
                           {u"updated"_s, it->updated.toString(Qt::ISODate)}};
        if (it->error)
            record.insert(u"error"_s, it->error->toJson());
        if (it->report)
            record.insert(u"report"_s, it->report->toJson());
        steps.insert(stepKey(it.key()), record);
    }
    const QJsonObject origin{{u"user"_s, m_origin.user},
                             {u"machine"_s, m_origin.machine},
                             {u"hostApplication"_s, m_origin.hostApplication},
                             {u"hostVersion"_s, m_origin.hostVersion},
                             {u"target"_s, m_origin.target}};
    return {{u"schema"_s, schemaVersion},
            {u"id"_s, m_id},
            {u"started"_s, m_started.toString(Qt::ISODate)},
            {u"origin"_s, origin},
            {u"inputs"_s, m_inputs.toJson()},
            {u"variables"_s, m_variables.toJson()},
            {u"steps"_s, steps},
            {u"changeLog"_s, m_changeLog.toJson()},
            {u"renewal"_s, m_renewal.toJson()}};
}

Result<std::unique_ptr<Session>> Session::fromJson(const QJsonObject &json)
{
    const int schema = json.value(u"schema").toInt(-1);
    if (schema != schemaVersion && schema != transcriptInFileSchema)
        return Error{u"session.schema"_s,
                     QCoreApplication::translate("Session", "The session file has schema version "
                                                            "%1; this wizard reads version %2.")
                         .arg(schema)
                         .arg(schemaVersion),
                     {},
                     QCoreApplication::translate("Session", "Open it with the wizard version that "
                                                            "wrote it, or start a new setup.")};
    // A session file is checked like an answers file before anything in it is used.
    if (const Status checked = checkSessionJson(json); !checked)
        return checked.error();
    auto session = std::make_unique<Session>();
    session->m_id = json.value(u"id").toString(session->m_id);
    session->m_started = QDateTime::fromString(json.value(u"started").toString(), Qt::ISODate);
    const QJsonObject origin = json.value(u"origin").toObject();
    session->m_origin = {origin.value(u"user").toString(), origin.value(u"machine").toString(),
                         origin.value(u"hostApplication").toString(), origin.value(u"hostVersion").toString(),
                         origin.value(u"target").toString()};
    session->m_inputs = SessionInputs::fromJson(json.value(u"inputs").toObject());
    session->m_variables = SessionVariables::fromJson(json.value(u"variables").toObject());
    const QJsonObject steps = json.value(u"steps").toObject();
    for (auto it = steps.begin(); it != steps.end(); ++it) {
        const auto id = stepFromKey(it.key());
        if (!id)
            continue;
        const QJsonObject record = it.value().toObject();
        StepRecord &target = session->m_steps[*id];
        target.state = stepStateFromName(record.value(u"state").toString());
        if (record.value(u"error").isObject())
            target.error = Error::fromJson(record.value(u"error").toObject());
        target.updated = QDateTime::fromString(record.value(u"updated").toString(), Qt::ISODate);
        if (record.contains(u"report"))
            target.report = ValidationReport::fromJson(record.value(u"report").toObject());
    }
    session->m_changeLog = ChangeLog::fromSessionJson(json);
    session->m_renewal = RenewalState::fromJson(json.value(u"renewal").toObject());
    if (schema == transcriptInFileSchema)
        session->m_transcript = Transcript::fromJson(json.value(u"transcript").toArray());
    return session;
}

} // namespace s2s
