#include "steps/SpnWrites.h"
#include "steps/StepSupport.h"
#include "steps/Steps.h"
#include "steps/VerifiedWrite.h"

#include "core/Constants.h"
#include "tenant/GraphRequests.h"
#include "tenant/Merge.h"

using namespace Qt::StringLiterals;

namespace s2s {
namespace {

class AddSpnStep final : public Step {
    Q_DECLARE_TR_FUNCTIONS(AddSpnStep)
public:
    StepId id() const override { return StepId::AddSpn; }
    bool affectedBy(SessionInput input) const override { return input == SessionInput::PublicDomain; }
    QString explanation() const override
    {
        return tr("SharePoint Online accepts the farm's tokens for hosts in your public domain "
                  "when its service principal lists the wildcard SPN "
                  "00000003-0000-0ff1-ce00-000000000000/*.<domain>. The wizard reads the list, "
                  "adds the SPN if it is missing and writes back the whole list: every existing "
                  "SPN is kept. It reads the list again right before writing and reads it back "
                  "afterwards, so a change someone else makes meanwhile is merged, not lost.");
    }

    QList<PlanLine> plan(const Session &session, const Endpoints &endpoints) const override
    {
        const QString domain = publicDomain(session);
        const QString spn = spnForDomain(domain.isEmpty() ? u"<public domain>"_s : domain);
        const QString read = graph_requests::servicePrincipalByAppId(endpoints.graph, constants::spoAppId);
        return {graph(read),
                note(tr("If %1 is not listed yet, read the list again right before writing it:").arg(spn)),
                graph(read),
                graph(graph_requests::patchServicePrincipalNames(endpoints.graph, u"{id}"_s,
                                                                 {u"<every existing SPN>"_s, spn})),
                note(tr("Read it back: every SPN of the read before plus the new one must be "
                        "listed; if another change raced in, merge again (at most %1 times).")
                         .arg(verifiedWriteRounds)),
                graph(read)};
    }

    QCoro::Task<Status> apply(StepContext &context) override
    {
        const QString domain = publicDomain(context.session);
        if (domain.isEmpty()) {
            const Error missing = noPublicDomain();
            co_return missing; // a named local: core/Coroutines.h
        }
        // First read: the baseline "existing-spns-kept" compares with, kept from the first run.
        const auto principal = co_await readSpoPrincipal(context);
        if (!principal)
            co_return principal.error();
        if (!context.session.variables().spnsBefore) {
            SessionVariables variables = context.session.variables();
            variables.spnsBefore = principal->servicePrincipalNames;
            context.session.setVariables(variables);
        }
        if (principal->servicePrincipalNames.contains(spnForDomain(domain), Qt::CaseInsensitive))
            co_return success();
        // Recorded before the write: a run killed between the two still knows (--remove).
        context.session.recordChange(
            {.kind = ChangeRecord::Kind::SpnAdded, .step = key(), .object = spnForDomain(domain)});
        SpnAddition write(spnForDomain(domain));
        co_return co_await writeVerified(context, *principal, write);
    }

    QCoro::Task<ValidationReport> validate(StepContext &context) override
    {
        const QList<CheckDefinition> ids{check_ids::spnListed, check_ids::spnOnlyOneForDomain,
                                         check_ids::existingSpnsKept};
        const QString domain = publicDomain(context.session);
        if (domain.isEmpty())
            co_return makeReport(unreadableChecks(ids, noPublicDomain()));
        const auto principal = co_await readSpoPrincipal(context);
        if (!principal)
            co_return makeReport(unreadableChecks(ids, principal.error()));
        const QStringList &spns = principal->servicePrincipalNames;
        const QString spn = spnForDomain(domain);
        QStringList forDomain;
        for (const QString &each : spns)
            if (spnContainsDomain(each, domain))
                forDomain.append(each);
        QList<Check> checks{
            checkIf(spns.contains(spn, Qt::CaseInsensitive), check_ids::spnListed, spn, spns.join(u'\n'),
                    tr("Run this step to add the SPN.")),
            checkIf(forDomain.size() == 1 && forDomain.constFirst().compare(spn, Qt::CaseInsensitive) == 0,
                    check_ids::spnOnlyOneForDomain, spn,
                    forDomain.isEmpty() ? tr("none") : forDomain.join(u", "_s),
                    tr("Remove the other SPNs for %1 from the SharePoint Online principal: only "
                       "the wildcard SPN may name the domain.")
                        .arg(domain))};
        checks.append(keptCheck(context.session.variables().spnsBefore, spns));
        co_return makeReport(checks);
    }

private:
    // The domain comes from the variables step; without one, this step has nothing to add.
    static Error noPublicDomain()
    {
        return Error{u"input.publicDomain"_s,
                     tr("No valid public domain is set."),
                     {},
                     tr("Enter it in the %1.").arg(stepReference(StepId::Variables)),
                     ErrorKind::Input};
    }

    Check keptCheck(const std::optional<QStringList> &before, const QStringList &now) const
    {
        const CheckDefinition &id = check_ids::existingSpnsKept;
        if (!before)
            return unknownCheck(id, tr("every SPN listed before this step"),
                                tr("no earlier list recorded: the step has not run in this "
                                   "session, and no earlier session of this farm and tenant "
                                   "recorded one"),
                                tr("Nothing to compare with: run the step (it records the list "
                                   "first), or validate in the session that set the tenant up "
                                   "(headless: --check --session FILE)."));
        QStringList missing;
        for (const QString &spn : *before)
            if (!now.contains(spn, Qt::CaseInsensitive))
                missing.append(spn);
        return checkIf(missing.isEmpty(), id, before->join(u'\n'),
                       missing.isEmpty() ? tr("all %1 still listed").arg(before->size())
                                         : tr("missing: %1").arg(missing.join(u", "_s)),
                       tr("Add the missing SPNs back to the SharePoint Online principal: other "
                          "hybrid features depend on them."));
    }
};

} // namespace

std::unique_ptr<Step> makeAddSpnStep()
{
    return std::make_unique<AddSpnStep>();
}

} // namespace s2s
