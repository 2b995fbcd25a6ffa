#include "StepId.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace s2s {

const QList<StepId> &allStepIds()
{
    static const QList<StepId> ids = {
        StepId::WebAppAuth, StepId::OAuthOverHttp,     StepId::StsCertificate,  StepId::Connect,
        StepId::Variables,  StepId::UploadCertificate, StepId::AddSpn,          StepId::RegisterAppPrincipal,
        StepId::AuthRealm,  StepId::AcsTrust,          StepId::FinalValidation,
    };
    return ids;
}

QString stepKey(StepId id)
{
    switch (id) {
    case StepId::WebAppAuth: return u"web-app-auth"_s;
    case StepId::OAuthOverHttp: return u"oauth-over-http"_s;
    case StepId::StsCertificate: return u"sts-certificate"_s;
    case StepId::Connect: return u"connect"_s;
    case StepId::Variables: return u"variables"_s;
    case StepId::UploadCertificate: return u"upload-certificate"_s;
    case StepId::AddSpn: return u"add-spn"_s;
    case StepId::RegisterAppPrincipal: return u"register-app-principal"_s;
    case StepId::AuthRealm: return u"auth-realm"_s;
    case StepId::AcsTrust: return u"acs-trust"_s;
    case StepId::FinalValidation: return u"final-validation"_s;
    }
    return {};
}

std::optional<StepId> stepFromKey(const QString &key)
{
    for (StepId id : allStepIds())
        if (stepKey(id) == key)
            return id;
    return std::nullopt;
}

int stepNumber(StepId id)
{
    return int(allStepIds().indexOf(id)) + 1;
}

QString stepTitle(StepId id)
{
    // Each title keeps its step's translation context, where translators find its explanation.
    switch (id) {
    case StepId::WebAppAuth:
        return QCoreApplication::translate("WebAppAuthStep", "Verify web application settings");
    case StepId::OAuthOverHttp:
        return QCoreApplication::translate("OAuthOverHttpStep", "Configure OAuth over HTTP");
    case StepId::StsCertificate:
        return QCoreApplication::translate("StsCertificateStep", "Configure the STS certificate");
    case StepId::Connect: return QCoreApplication::translate("ConnectStep", "Prepare tools and sign in");
    case StepId::Variables: return QCoreApplication::translate("VariablesStep", "Set variables");
    case StepId::UploadCertificate:
        return QCoreApplication::translate("UploadCertificateStep",
                                           "Upload the STS certificate to SharePoint Online");
    case StepId::AddSpn: return QCoreApplication::translate("AddSpnStep", "Add the SPN");
    case StepId::RegisterAppPrincipal:
        return QCoreApplication::translate("RegisterAppPrincipalStep",
                                           "Register the SharePoint Online app principal");
    case StepId::AuthRealm:
        return QCoreApplication::translate("AuthRealmStep", "Set the authentication realm");
    case StepId::AcsTrust: return QCoreApplication::translate("AcsTrustStep", "Configure the proxy for ACS");
    case StepId::FinalValidation:
        return QCoreApplication::translate("FinalValidationStep", "Validation and next steps");
    }
    return {};
}

QString stepReference(StepId id)
{
    return QCoreApplication::translate("StepId", "step \"%1\"").arg(stepTitle(id));
}

} // namespace s2s
