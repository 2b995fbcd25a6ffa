#include "SessionInputsSetup.h"

#include "lab/LabFolder.h"

using namespace Qt::StringLiterals;

namespace s2s {

SessionInputs applyAnswers(const Answers &answers, SessionInputs inputs)
{
    if (answers.webApplication)
        inputs.webApplication = *answers.webApplication;
    if (answers.zone)
        inputs.zone = *answers.zone;
    if (answers.publicDomain)
        inputs.publicDomain = *answers.publicDomain;
    if (!answers.certificate.isEmpty()) {
        QJsonObject merged = inputs.certificate.toJson();
        for (auto it = answers.certificate.begin(); it != answers.certificate.end(); ++it)
            merged.insert(it.key(), it.value());
        inputs.certificate = CertificateChoice::fromJson(merged);
        inputs.certificate.chosen = true; // the page never preselects over an answer
    }
    for (auto it = answers.confirmations.cbegin(); it != answers.confirmations.cend(); ++it)
        inputs.confirmations.insert(it.key(), it.value());
    return inputs;
}

SessionInputs withLabDefaults(SessionInputs inputs, bool confirmChanges)
{
    if (inputs.webApplication.isEmpty())
        inputs.webApplication = lab::seed::httpWebApp;
    if (inputs.zone.isEmpty())
        inputs.zone = u"Default"_s;
    if (inputs.publicDomain.isEmpty())
        inputs.publicDomain = lab::seed::publicDomain;
    if (confirmChanges)
        for (const QString &key : confirmationKeys())
            if (!inputs.confirmations.contains(key))
                inputs.confirmations.insert(key, true);
    return inputs;
}

} // namespace s2s
