#pragma once

#include <QJsonObject>

#include "session/Session.h"

namespace s2s {

class StepRegistry;
class FarmBackend;
class TenantBackend;

// The --report JSON of DESIGN.md: every step with its state and checks, plus how it ran.
QJsonObject buildReport(const Session &session, const StepRegistry &steps, const QString &mode, int exitCode,
                        const FarmBackend &farm, const TenantBackend &tenant);

} // namespace s2s
