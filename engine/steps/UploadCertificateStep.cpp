#include "steps/StepSupport.h"
#include "steps/Steps.h"

#include "core/Constants.h"
#include "farm/FarmCommands.h"
#include "tenant/GraphRequests.h"
#include "tenant/Merge.h"

using namespace Qt::StringLiterals;

namespace s2s {
namespace {

class UploadCertificateStep final : public Step {
    Q_DECLARE_TR_FUNCTIONS(UploadCertificateStep)
public:
    StepId id() const override { return StepId::UploadCertificate; }
    QString title() const override { return tr("Upload the STS certificate to SharePoint Online"); }
    QString explanation() const override
    {
        return tr("SharePoint Online verifies the farm's tokens with the public key of the STS "
                  "certificate, stored as a key credential of the SharePoint Online service "
                  "principal. Graph replaces the whole key list on every change, so the wizard "
                  "re-sends every existing key with the new one: no key is ever dropped. A key "
                  "already uploaded is not added twice.");
    }

    QList<PlanLine> plan(const Session &, const Endpoints &endpoints) const override
    {
        return {powershell(u"$stsCert = (%1).LocalLoginProvider.SigningCertificate"_s.arg(
                    farm_commands::stsConfig())),
                graph(graph_requests::servicePrincipalByAppId(endpoints.graph, constants::spoAppId)),
                note(tr("If no key credential holds this certificate (compared by SHA-1 of the key "
                        "itself):")),
                graph(graph_requests::patchKeyCredentials(endpoints.graph, u"{id}"_s, 0,
                                                          u"CN=..."_s))};
    }

    QCoro::Task<Status> apply(StepContext &context) override
    {
        const auto config = co_await context.farm.stsConfig();
        if (!config)
            co_return config.error();
        const auto principal = co_await readSpoPrincipal(context);
        if (!principal)
            co_return principal.error();
        const CertificateInfo &certificate = config->signingCertificate;
        if (findKeyByThumbprint(principal->keyCredentials, certificate.thumbprint))
            co_return success();
        KeyCredential added;
        added.type = u"AsymmetricX509Cert"_s;
        added.usage = u"Verify"_s;
        added.key = QString::fromLatin1(certificate.der.toBase64());
        added.displayName = u"CN="_s + certificate.subject.section(u"CN="_s, 1).section(u',', 0, 0);
        added.startDateTime = certificate.notBefore;
        added.endDateTime = certificate.notAfter;
        co_return co_await context.tenant.patchKeyCredentials(
            principal->id, mergeKeyCredentials(principal->keyCredentials, added));
    }

    QCoro::Task<ValidationReport> validate(StepContext &context) override
    {
        const QStringList ids{u"sts-cert-on-spo-principal"_s, u"spo-key-validity"_s};
        const auto config = co_await context.farm.stsConfig();
        if (!config)
            co_return makeReport(unreadableChecks(ids, config.error()));
        const auto principal = co_await readSpoPrincipal(context);
        if (!principal)
            co_return makeReport(unreadableChecks(ids, principal.error()));
        const QString thumbprint = config->signingCertificate.thumbprint;
        const KeyCredential *key = findKeyByThumbprint(principal->keyCredentials, thumbprint);
        QStringList present;
        for (const KeyCredential &each : principal->keyCredentials)
            present.append(keyThumbprint(each));
        const QString runStep = tr("Run this step to upload the farm's STS certificate.");
        QList<Check> checks{checkIf(key != nullptr, u"sts-cert-on-spo-principal"_s, thumbprint,
                                    present.isEmpty() ? tr("no key credentials")
                                                      : present.join(u", "_s),
                                    runStep)};
        if (!key) {
            checks.append(failCheck(u"spo-key-validity"_s, tr("dates that cover today"),
                                    tr("no key for this certificate"), runStep));
            co_return makeReport(checks);
        }
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const bool current = key->startDateTime <= now && now < key->endDateTime;
        checks.append(checkIf(current, u"spo-key-validity"_s, tr("dates that cover today"),
                              tr("%1 to %2").arg(key->startDateTime.toString(Qt::ISODate),
                                                 key->endDateTime.toString(Qt::ISODate)),
                              tr("Renew the STS certificate and upload the new one.")));
        co_return makeReport(checks);
    }
};

} // namespace

std::unique_ptr<Step> makeUploadCertificateStep()
{
    return std::make_unique<UploadCertificateStep>();
}

} // namespace s2s
