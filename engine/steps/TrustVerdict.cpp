#include "steps/TrustVerdict.h"

#include <QCoreApplication>

#include <algorithm>

#include "steps/CheckCatalog.h"

using namespace Qt::StringLiterals;

namespace s2s {
namespace {

struct VerdictText {
    Q_DECLARE_TR_FUNCTIONS(TrustVerdict)
};

// The three checks that prove the trust, in the order a request travels: the realm first.
const QList<CheckDefinition> &trustChecks()
{
    static const QList<CheckDefinition> checks = {
        check_ids::trustRealmDiscovery, check_ids::trustTokenOutbound, check_ids::trustTokenInbound};
    return checks;
}

// The step that makes `check`, when it is one of steps 1 to 10 (the step to revisit for it).
std::optional<StepId> objectStepOf(const Check &check)
{
    const CheckDefinition *definition = findCheck(check.id);
    if (!definition || definition->step == StepId::FinalValidation)
        return std::nullopt;
    return definition->step;
}

// The lowest-numbered step that a failing check of steps 1 to 10 belongs to.
std::optional<StepId> firstFailingStep(const ValidationReport &report)
{
    std::optional<StepId> first;
    for (const Check &check : report.checks) {
        const std::optional<StepId> step = check.status == CheckStatus::Fail ? objectStepOf(check)
                                                                             : std::nullopt;
        if (step && (!first || stepNumber(*step) < stepNumber(*first)))
            first = step;
    }
    return first;
}

// The lowest-numbered step of 1 to 10 that `remedy` names (as stepReference() writes it).
std::optional<StepId> stepNamedIn(const QString &remedy)
{
    for (StepId id : allStepIds())
        if (id != StepId::FinalValidation && remedy.contains(stepReference(id)))
            return id;
    return std::nullopt;
}

// What a check found and what to do about it, one below the other.
QString findingsOf(const Check &check)
{
    QStringList lines;
    for (const QString &each : {check.actual, check.remedy})
        if (!each.isEmpty())
            lines.append(each);
    return lines.join(u'\n');
}

QString trustFailureHeadline(const QString &id)
{
    if (id == check_ids::trustRealmDiscovery.id())
        return VerdictText::tr("The trust does not work: SharePoint Online does not know the farm's realm.");
    if (id == check_ids::trustTokenOutbound.id())
        return VerdictText::tr("The trust does not work: SharePoint Online refused the farm's token.");
    return VerdictText::tr("The trust does not work: ACS does not issue tokens for the farm's public host.");
}

// The first trust check (in trustChecks() order) whose status is `status`.
const Check *firstTrustCheck(const ValidationReport &report, CheckStatus status)
{
    for (const CheckDefinition &each : trustChecks())
        if (const Check *check = report.find(each.id()); check && check->status == status)
            return check;
    return nullptr;
}

// The failing check the admin reads first: the first one of `step`, else the first one.
const Check *firstFailure(const ValidationReport &report, std::optional<StepId> step)
{
    const Check *first = nullptr;
    for (const Check &check : report.checks) {
        if (check.status != CheckStatus::Fail)
            continue;
        if (step && objectStepOf(check) == step)
            return &check;
        if (!first)
            first = &check;
    }
    return first;
}

// Whole sentences for one and for several: English has no translation file to supply plurals.
QString incompleteHeadline(int failing, std::optional<StepId> step)
{
    if (!step)
        return VerdictText::tr("Setup is not complete: %1 of the checks fail.").arg(failing);
    if (failing == 1)
        return VerdictText::tr("Setup is not complete: 1 check fails, in step %1 \"%2\".")
            .arg(stepNumber(*step))
            .arg(stepTitle(*step));
    return VerdictText::tr("Setup is not complete: %1 checks fail, the first in step %2 \"%3\".")
        .arg(failing)
        .arg(stepNumber(*step))
        .arg(stepTitle(*step));
}

TrustVerdict failing(const ValidationReport &report)
{
    TrustVerdict verdict;
    verdict.outcome = TrustVerdict::Outcome::Fails;
    verdict.revisit = firstFailingStep(report);
    if (const Check *trust = firstTrustCheck(report, CheckStatus::Fail)) {
        verdict.headline = trustFailureHeadline(trust->id);
        verdict.detail = findingsOf(*trust);
        if (!verdict.revisit) {
            verdict.revisit = stepNamedIn(trust->remedy);
        } else if (const Check *object = firstFailure(report, verdict.revisit)) {
            // The objects of an earlier step fail too: most likely the cause, and where the button leads.
            verdict.detail +=
                u'\n' +
                VerdictText::tr("Step %1 fails too: %2").arg(stepNumber(*verdict.revisit)).arg(object->title);
        }
        return verdict;
    }
    const auto count = std::count_if(report.checks.begin(), report.checks.end(),
                                     [](const Check &check) { return check.status == CheckStatus::Fail; });
    verdict.headline = incompleteHeadline(int(count), verdict.revisit);
    const Check *first = firstFailure(report, verdict.revisit);
    verdict.detail = first->title + u": "_s + findingsOf(*first);
    return verdict;
}

// How the other checks came out, for a verdict that does not fail: "32 of 33 checks pass. Warnings: 1 ..."
QString tally(const ValidationReport &report)
{
    int passing = 0;
    int warning = 0;
    int unknown = 0;
    for (const Check &check : report.checks) {
        passing += check.status == CheckStatus::Pass ? 1 : 0;
        warning += check.status == CheckStatus::Warn ? 1 : 0;
        unknown += check.status == CheckStatus::Unknown ? 1 : 0;
    }
    QStringList parts{VerdictText::tr("%1 of %2 checks pass.").arg(passing).arg(report.checks.size())};
    if (warning > 0)
        parts.append(VerdictText::tr("Warnings: %1 (see their remedies below).").arg(warning));
    if (unknown > 0)
        parts.append(VerdictText::tr("Could not be decided: %1.").arg(unknown));
    return parts.join(u' ');
}

TrustVerdict notProven(const ValidationReport &report)
{
    TrustVerdict verdict;
    verdict.outcome = TrustVerdict::Outcome::NotProven;
    const Check *undecided = firstTrustCheck(report, CheckStatus::Unknown);
    if (!undecided)
        undecided = firstTrustCheck(report, CheckStatus::Warn);
    if (undecided) {
        verdict.headline =
            VerdictText::tr("Not proven yet: \"%1\" could not be decided.").arg(undecided->title);
        verdict.detail = findingsOf(*undecided);
        verdict.revisit = stepNamedIn(undecided->remedy);
        return verdict;
    }
    verdict.headline = VerdictText::tr("Not proven yet: no token was requested from ACS.");
    verdict.detail = report.checks.isEmpty()
                         ? VerdictText::tr("Run this step: it checks every step once more and asks ACS for "
                                           "tokens signed by this farm.")
                         : tally(report) + u' ' +
                               VerdictText::tr(
                                   "Run this step again to ask ACS for tokens signed by this farm.");
    return verdict;
}

} // namespace

TrustVerdict trustVerdict(const ValidationReport &report)
{
    for (const Check &check : report.checks)
        if (check.status == CheckStatus::Fail)
            return failing(report);
    for (const CheckDefinition &each : trustChecks()) {
        const Check *check = report.find(each.id());
        if (!check || check->status != CheckStatus::Pass)
            return notProven(report);
    }
    TrustVerdict verdict;
    verdict.outcome = TrustVerdict::Outcome::Works;
    verdict.headline = VerdictText::tr(
        "The trust works: SharePoint Online accepted a token signed by this farm.");
    verdict.detail = tally(report);
    return verdict;
}

} // namespace s2s
