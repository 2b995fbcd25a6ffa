#include "ChangeSummary.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace s2s {
namespace {

struct SummaryText {
    Q_DECLARE_TR_FUNCTIONS(ChangeSummary)
};

// Times for the board in UTC: the servers, the admin and the reader may sit in three time zones.
QString utcTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s) : QString();
}

QString quotedStep(StepId id)
{
    return SummaryText::tr("step %1 \"%2\"").arg(stepNumber(id)).arg(stepTitle(id));
}

void setOutcome(ChangeSummary &summary, const Session &session)
{
    for (StepId id : allStepIds()) {
        if (session.step(id).state == StepState::Failed) {
            summary.outcome = ChangeSummary::Outcome::Failed;
            summary.step = id;
            summary.result = SummaryText::tr("Failed at %1.").arg(quotedStep(id));
            return;
        }
    }
    summary.step = session.firstUnfinished();
    summary.outcome = summary.step ? ChangeSummary::Outcome::Stopped : ChangeSummary::Outcome::Complete;
    summary.result = summary.step
                         ? SummaryText::tr("Stopped at %1.").arg(quotedStep(*summary.step))
                         : SummaryText::tr("Setup complete: every step is validated or does not apply.");
}

// The last report's trust check of `id`, from whichever step made it (step 11 does).
std::optional<Check> trustCheckIn(const Session &session, const QString &id)
{
    for (StepId step : allStepIds()) {
        const StepRecord record = session.step(step);
        if (const Check *check = record.report ? record.report->find(id) : nullptr)
            return *check;
    }
    return std::nullopt;
}

void setTrust(ChangeSummary &summary, const Session &session)
{
    QList<Check> found;
    for (const QString &id : trustCheckIds())
        if (const auto check = trustCheckIn(session, id))
            found.append(*check);
    if (found.isEmpty()) {
        summary.trust = ChangeSummary::Trust::NotChecked;
        summary.trustText = SummaryText::tr("Not yet checked: the final validation has not asked ACS for "
                                            "a token signed by this farm.");
        return;
    }
    // A failing check names the cause; else the first one that did not pass (or never ran).
    const Check *failing = nullptr;
    const Check *undecided = nullptr;
    for (const Check &check : found) {
        if (check.status == CheckStatus::Fail && !failing)
            failing = &check;
        if (check.status != CheckStatus::Pass && !undecided)
            undecided = &check;
    }
    if (failing) {
        summary.trust = ChangeSummary::Trust::NotProven;
        summary.trustCheck = failing->id;
        summary.trustText =
            SummaryText::tr("Not proven: the check \"%1\" (%2) fails.").arg(failing->title, failing->id);
    } else if (undecided || found.size() < trustCheckIds().size()) {
        summary.trust = ChangeSummary::Trust::NotProven;
        summary.trustCheck = undecided ? undecided->id : QString();
        summary.trustText = undecided
                                ? SummaryText::tr("Not proven: the check \"%1\" (%2) could not be decided.")
                                      .arg(undecided->title, undecided->id)
                                : SummaryText::tr("Not proven: not every trust check ran.");
    } else {
        summary.trust = ChangeSummary::Trust::Proven;
        summary.trustText = SummaryText::tr(
            "Proven: ACS issued tokens to this farm for SharePoint Online and for "
            "the farm's public host.");
    }
}

QList<ChangeSummary::Fact> factsOf(const Session &session, const QString &runBy)
{
    const SessionOrigin &origin = session.origin();
    const SessionInputs &inputs = session.inputs();
    QString farm = inputs.zone.isEmpty()
                       ? inputs.webApplication
                       : SummaryText::tr("%1, zone %2").arg(inputs.webApplication, inputs.zone);
    if (!origin.target.isEmpty())
        farm = farm.isEmpty() ? origin.target : u"%1 (%2)"_s.arg(farm, origin.target);
    QStringList tenant;
    for (const QString &part : {session.variables().tenantId, inputs.publicDomain})
        if (!part.isEmpty())
            tenant.append(part);
    QStringList with;
    for (const QString &part : {origin.hostVersion, origin.hostApplication})
        if (!part.isEmpty())
            with.append(part);
    return {{SummaryText::tr("Farm"), farm},
            {SummaryText::tr("Tenant"), tenant.join(u", "_s)},
            {SummaryText::tr("Run by"), runBy},
            {SummaryText::tr("On"), origin.machine},
            {SummaryText::tr("With"), with.join(u" — "_s)},
            {SummaryText::tr("Started"), utcTime(session.started())},
            {SummaryText::tr("Session id"), session.id()}};
}

QString onOff(const QString &value)
{
    if (value.isEmpty())
        return value;
    return value == u"true" ? SummaryText::tr("allowed") : SummaryText::tr("not allowed");
}

// What the record changed, in words, with its before and after values.
ChangeSummary::Change describe(const ChangeRecord &record)
{
    using Kind = ChangeRecord::Kind;
    ChangeSummary::Change row;
    switch (record.kind) {
    case Kind::RealmChanged:
        row = {SummaryText::tr("Authentication realm"), record.before, record.after};
        break;
    case Kind::OAuthOverHttp:
        row = {SummaryText::tr("OAuth over HTTP"), onOff(record.before), onOff(record.after)};
        break;
    case Kind::StsCertificate:
        row = {SummaryText::tr("STS certificate (thumbprint)"), record.before, record.after};
        break;
    case Kind::SpnAdded: row = {SummaryText::tr("SPN added"), {}, record.object}; break;
    case Kind::KeyAdded:
        row = {SummaryText::tr("Key added to SharePoint Online (thumbprint)"), {}, record.object};
        break;
    case Kind::KeyRemoved:
        row = {SummaryText::tr("Key removed from SharePoint Online (thumbprint)"), record.object, {}};
        break;
    case Kind::AcsProxyCreated:
        row = {SummaryText::tr("ACS proxy created"), {}, u"%1 (%2)"_s.arg(record.name, record.object)};
        break;
    case Kind::TrustedIssuerCreated:
        row = {SummaryText::tr("Trusted token issuer created"),
               {},
               u"%1 (%2)"_s.arg(record.object, record.after)};
        break;
    case Kind::AppPrincipalRegistered:
        row = {SummaryText::tr("App principal registered"),
               {},
               SummaryText::tr("%1 at %2").arg(record.object, record.site)};
        break;
    }
    return row;
}

ChangeSummary::Change changeRow(const ChangeRecord &record)
{
    ChangeSummary::Change row = describe(record);
    if (const auto id = stepFromKey(record.step)) {
        row.step = stepTitle(*id);
        row.stepNumber = stepNumber(*id);
    } else {
        // After setup: the renewal records its changes under its own key (SetupRunner's).
        row.step = record.step == u"renew-certificate"
                       ? QCoreApplication::translate("TranscriptHtml", "Renewal of the STS certificate")
                       : record.step;
    }
    if (record.isUndone())
        row.undone =
            record.foundGone
                ? SummaryText::tr("found already undone by the removal on %1").arg(utcTime(record.undone))
                : SummaryText::tr("undone by the removal on %1").arg(utcTime(record.undone));
    return row;
}

QString removalOf(const ChangeLog &log)
{
    if (log.removalFinished.isValid())
        return SummaryText::tr("The hybrid trust was removed on %1.").arg(utcTime(log.removalFinished));
    if (log.removalStarted.isValid())
        return SummaryText::tr("A removal began on %1 and did not finish.").arg(utcTime(log.removalStarted));
    return {};
}

} // namespace

const QStringList &trustCheckIds()
{
    static const QStringList ids{u"trust-realm-discovery"_s, u"trust-token-outbound"_s,
                                 u"trust-token-inbound"_s};
    return ids;
}

ChangeSummary changeSummary(const Session &session)
{
    ChangeSummary summary;
    setOutcome(summary, session);
    setTrust(summary, session);
    // A session of an older version (or a platform where no name was found) has no account.
    summary.runBy = session.origin().user.isEmpty() ? SummaryText::tr("(not recorded)")
                                                    : session.origin().user;
    summary.facts = factsOf(session, summary.runBy);
    const ChangeLog &log = session.changeLog();
    summary.changesKnown = log.complete;
    for (const ChangeRecord &record : log.changes)
        summary.changes.append(changeRow(record));
    summary.removal = removalOf(log);
    return summary;
}

} // namespace s2s
