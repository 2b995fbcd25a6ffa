#include "steps/StepSupport.h"
#include "steps/Steps.h"

#include "core/Constants.h"
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
                    stsConfigCommand())),
                graph(graph_requests::servicePrincipalByAppId(endpoints.graph, constants::spoAppId)),
                note(tr("If no key credential holds this certificate (compared by SHA-1 of the key "
                        "itself):")),
                graph(graph_requests::patchKeyCredentials(endpoints.graph, u"{id}"_s, 0,
                                                          u"CN=..."_s))};
    }

    QCoro::Task<Status> apply(StepContext &context) override
    {
        const auto config = co_await readStsConfig(context.farm);
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
        const auto running = co_await runningThumbprints(context);
        if (!running)
            co_return makeReport(unreadableChecks(ids, running.error()));
        const auto principal = co_await readSpoPrincipal(context);
        if (!principal)
            co_return makeReport(unreadableChecks(ids, principal.error()));
        // Each server's running STS signs with its certificate: SharePoint Online must hold the
        // key of every one, compared by the key itself (SHA-1 of the decoded key).
        QStringList expected;
        QStringList actual;
        QStringList missing;
        QList<const KeyCredential *> keys;
        for (auto it = running->cbegin(); it != running->cend(); ++it) {
            const KeyCredential *key = findKeyByThumbprint(principal->keyCredentials, it.value());
            expected.append(u"%1: %2"_s.arg(it.key(), it.value()));
            actual.append(u"%1: %2"_s.arg(it.key(), key ? tr("key present") : tr("no key")));
            if (key && !keys.contains(key))
                keys.append(key);
            if (!key && !missing.contains(it.value()))
                missing.append(it.value());
        }
        const QString runStep = tr("Run this step to upload the farm's STS certificate; if a "
                                   "server still runs an older certificate, finish the STS "
                                   "certificate step first.");
        QList<Check> checks{checkIf(missing.isEmpty() && !running->isEmpty(),
                                    u"sts-cert-on-spo-principal"_s, expected.join(u"; "_s),
                                    actual.join(u"; "_s), runStep)};
        if (keys.isEmpty()) {
            checks.append(failCheck(u"spo-key-validity"_s, tr("dates that cover today"),
                                    tr("no key for this certificate"), runStep));
            co_return makeReport(checks);
        }
        const QDateTime now = QDateTime::currentDateTimeUtc();
        bool current = true;
        QStringList dates;
        for (const KeyCredential *key : std::as_const(keys)) {
            current = current && key->startDateTime <= now && now < key->endDateTime;
            dates.append(tr("%1 to %2").arg(key->startDateTime.toString(Qt::ISODate),
                                            key->endDateTime.toString(Qt::ISODate)));
        }
        checks.append(checkIf(current, u"spo-key-validity"_s, tr("dates that cover today"),
                              dates.join(u"; "_s),
                              tr("Renew the STS certificate and upload the new one.")));
        co_return makeReport(checks);
    }

private:
    // Server name -> thumbprint of the certificate its running STS publishes.
    static QCoro::Task<Result<QMap<QString, QString>>> runningThumbprints(StepContext &context)
    {
        const auto servers = co_await readServers(context.farm);
        if (!servers)
            co_return servers.error();
        QMap<QString, QString> thumbprints;
        for (const ServerInfo &server : *servers) {
            if (!server.isSharePointServer())
                continue;
            const auto running = co_await readRunningStsCertificate(context.farm, server.name);
            if (!running)
                co_return running.error();
            thumbprints.insert(server.name, running->thumbprint);
        }
        co_return thumbprints;
    }
};

} // namespace

std::unique_ptr<Step> makeUploadCertificateStep()
{
    return std::make_unique<UploadCertificateStep>();
}

} // namespace s2s
