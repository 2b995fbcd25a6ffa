#pragma once

#include <optional>

#include "core/StepId.h"

namespace s2s {

// The wizard's page ids: the welcome page, then one page per documented step in order.
enum PageId : int {
    Welcome,
    Step1,
    Step2,
    Step3,
    Step4,
    Step5,
    Step6,
    Step7,
    Step8,
    Step9,
    Step10,
    Step11,
};

inline int pageIdFor(StepId id)
{
    return Step1 + int(id);
}

inline std::optional<StepId> stepForPage(int pageId)
{
    if (pageId < Step1 || pageId > Step11)
        return std::nullopt;
    return StepId(pageId - Step1);
}

} // namespace s2s
