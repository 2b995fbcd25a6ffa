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
// The step's title in the admin's language ("Prepare tools and sign in"), the one the page shows.
QString stepTitle(StepId id);
// How a remedy names a step (`step "Prepare tools and sign in"`): remedies never copy a title.
QString stepReference(StepId id);

} // namespace s2s
