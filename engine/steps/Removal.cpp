#include "Removal.h"

using namespace Qt::StringLiterals;

namespace s2s {

std::optional<Error> removalRefusal(const Session &)
{
    return Error{u"internal.unfinished"_s, u"Removal is being built (issue 15)."_s, {}, {}};
}

QList<RemovalItem> removalPlan(const Session &, const Endpoints &)
{
    return {};
}

QStringList removalKeeps(const Session &)
{
    return {};
}

QCoro::Task<Status> removeHybridTrust(StepContext &context)
{
    co_return *removalRefusal(context.session);
}

} // namespace s2s
