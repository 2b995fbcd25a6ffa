#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace s2s {

// The eleven documented steps, in PROCEDURE.md order. Their string ids are stable.
enum class StepId {
    WebAppAuth,
    OAuthOverHttp,
    StsCertificate,
    Connect,
    Variables,
    UploadCertificate,
    AddSpn,
    RegisterAppPrincipal,
    AuthRealm,
    AcsTrust,
    FinalValidation,
};

const QList<StepId> &allStepIds();
QString stepKey(StepId id);
std::optional<StepId> stepFromKey(const QString &key);
int stepNumber(StepId id); // 1-based, as in PROCEDURE.md

} // namespace s2s
