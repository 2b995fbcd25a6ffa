#include "steps/StepSupport.h"
#include "steps/Steps.h"
#include "steps/TrustProof.h"

using namespace Qt::StringLiterals;

namespace s2s {
namespace {

class FinalValidationStep final : public Step {
    Q_DECLARE_TR_FUNCTIONS(FinalValidationStep)
public:
    explicit FinalValidationStep(std::vector<Step *> others)
        : m_others(std::move(others))
    {}

    StepId id() const override { return StepId::FinalValidation; }
    // Validates everything the admin chose.
    bool affectedBy(SessionInput) const override { return true; }
    QString explanation() const override
    {
        return tr("Every check of every step runs again, read-only, and the results are summed "
                  "up here. Then the trust is proven with real tokens: SharePoint Online must "
                  "announce your tenant as its realm, and ACS must issue tokens to an assertion "
                  "the farm signs with its own STS key, for SharePoint Online and for the farm's "
                  "public host. Export the transcript for your change record. Next on the hybrid "
                  "roadmap: single sign-on and directory synchronization.");
    }

    QList<PlanLine> plan(const Session &session, const Endpoints &endpoints) const override
    {
        QList<PlanLine> lines{note(tr("Re-run the checks of steps 1 to 10 (read-only)."))};
        lines.append(trustProofPlan(session, endpoints));
        return lines;
    }

    QCoro::Task<Status> apply(StepContext &) override { co_return success(); }

    QCoro::Task<ValidationReport> validate(StepContext &context) override
    {
        QList<Check> checks;
        for (Step *step : m_others) {
            if (!step->isApplicable(context.session))
                continue;
            const ValidationReport report = co_await step->validate(context);
            checks.append(report.checks);
        }
        checks.append(co_await proveTrust(context));
        co_return makeReport(checks);
    }

private:
    std::vector<Step *> m_others;
};

} // namespace

std::unique_ptr<Step> makeFinalValidationStep(std::vector<Step *> others)
{
    return std::make_unique<FinalValidationStep>(std::move(others));
}

} // namespace s2s
