#include "steps/StepSupport.h"
#include "steps/Steps.h"

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
                  "up here. Export the transcript for your change record. Next on the hybrid "
                  "roadmap: single sign-on and directory synchronization.");
    }

    QList<PlanLine> plan(const Session &, const Endpoints &) const override
    {
        return {note(tr("Re-run the checks of steps 1 to 10 (read-only)."))};
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
