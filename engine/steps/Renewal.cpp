#include "Renewal.h"

using namespace Qt::StringLiterals;

namespace s2s {

std::optional<Error> renewalRefusal(const Session &)
{
    return Error{u"internal.unfinished"_s, u"Renewal is being built (issue 15)."_s, {}, {}};
}

QList<PlanLine> renewalPlan(const Session &, const Endpoints &)
{
    return {};
}

QCoro::Task<Status> renewStsCertificate(StepContext &context)
{
    co_return *renewalRefusal(context.session);
}

} // namespace s2s
