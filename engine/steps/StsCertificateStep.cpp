#include "steps/StepSupport.h"
#include "steps/Steps.h"

#include "farm/FarmCommands.h"

using namespace Qt::StringLiterals;

namespace s2s {
namespace {

constexpr int minimumKeyBits = 2048;
constexpr int warnDaysBeforeExpiry = 90;

class StsCertificateStep final : public Step {
    Q_DECLARE_TR_FUNCTIONS(StsCertificateStep)
public:
    StepId id() const override { return StepId::StsCertificate; }
    QStringList inputKeys() const override { return {u"certificate"_s}; }
    QString title() const override { return tr("Configure the STS certificate"); }
    QString explanation() const override
    {
        return tr("SharePoint Online trusts tokens signed by the farm's Security Token Service "
                  "certificate. Every SharePoint server must run the same certificate, with an RSA "
                  "key of at least 2048 bits, valid long enough. Keeping the current certificate "
                  "works if it meets these checks, but a dedicated certificate you can renew is "
                  "recommended.");
    }

    QList<PlanLine> plan(const Session &, const Endpoints &) const override
    {
        return {note(tr("Certificate choice: keep the current STS certificate (nothing is "
                        "replaced; generate and import arrive in a later version).")),
                powershell(farm_commands::stsConfig()), powershell(farm_commands::servers()),
                powershell(farm_commands::runningStsCertificate(u"<each server>"_s))};
    }

    QCoro::Task<Status> apply(StepContext &context) override
    {
        if (context.session.inputs().certificateMode != u"keep")
            co_return Error{u"input.certificate"_s,
                            tr("Certificate mode \"%1\" is not available in this version.")
                                .arg(context.session.inputs().certificateMode),
                            {}, tr("Choose \"keep the current certificate\".")};
        co_return success(); // keeping the certificate changes nothing; validation tells if it fits
    }

    QCoro::Task<ValidationReport> validate(StepContext &context) override
    {
        const auto config = co_await context.farm.stsConfig();
        if (!config)
            co_return makeReport(unreadableChecks({u"sts-cert-same-on-all-servers"_s,
                                                   u"sts-cert-key-strength"_s,
                                                   u"sts-cert-validity"_s},
                                                  config.error()));
        const CertificateInfo &certificate = config->signingCertificate;
        QList<Check> checks;
        checks.append(co_await sameOnAllServers(context, certificate.thumbprint));
        checks.append(keyStrength(certificate));
        checks.append(validity(certificate));
        co_return makeReport(checks);
    }

private:
    QCoro::Task<Check> sameOnAllServers(StepContext &context, QString thumbprint)
    {
        const QString id = u"sts-cert-same-on-all-servers"_s;
        const auto servers = co_await context.farm.servers();
        if (!servers)
            co_return unreadableChecks({id}, servers.error()).constFirst();
        QStringList differing;
        QStringList matching;
        for (const ServerInfo &server : *servers) {
            if (!server.isSharePointServer())
                continue;
            const auto running = co_await context.farm.runningStsCertificate(server.name);
            if (!running)
                differing.append(u"%1: %2"_s.arg(server.name, running.error().message));
            else if (running->thumbprint != thumbprint)
                differing.append(u"%1: %2"_s.arg(server.name, running->thumbprint));
            else
                matching.append(server.name);
        }
        if (differing.isEmpty())
            co_return passCheck(id, thumbprint, tr("%1 on %2").arg(thumbprint, matching.join(u", "_s)));
        co_return failCheck(id, thumbprint, differing.join(u"; "_s),
                            tr("Reset IIS (iisreset) and restart the SharePoint Timer Service on "
                               "the servers listed, one at a time, so that they load the farm's "
                               "signing certificate; make sure each server is reachable."));
    }

    Check keyStrength(const CertificateInfo &certificate) const
    {
        const bool strong = certificate.keyAlgorithm == u"RSA" && certificate.keyBits >= minimumKeyBits;
        return checkIf(strong, u"sts-cert-key-strength"_s, tr("RSA, %1 bits or more").arg(minimumKeyBits),
                       tr("%1, %2 bits").arg(certificate.keyAlgorithm).arg(certificate.keyBits),
                       tr("Replace the STS certificate with one whose RSA key has at least 2048 "
                          "bits."));
    }

    Check validity(const CertificateInfo &certificate) const
    {
        const QString id = u"sts-cert-validity"_s;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const qint64 daysLeft = now.daysTo(certificate.notAfter);
        const QString expected = tr("valid now, more than %1 days left").arg(warnDaysBeforeExpiry);
        const QString actual = tr("valid %1 to %2 (%3 days left)")
                                   .arg(certificate.notBefore.toString(Qt::ISODate),
                                        certificate.notAfter.toString(Qt::ISODate))
                                   .arg(daysLeft);
        const QString renew = tr("Renew the STS certificate, then upload the new one to SharePoint "
                                 "Online (step \"Upload the STS certificate\").");
        if (certificate.notBefore > now || certificate.notAfter <= now)
            return failCheck(id, expected, actual, renew);
        if (daysLeft < warnDaysBeforeExpiry)
            return warnCheck(id, expected, actual, renew);
        return passCheck(id, expected, actual);
    }
};

} // namespace

std::unique_ptr<Step> makeStsCertificateStep()
{
    return std::make_unique<StsCertificateStep>();
}

} // namespace s2s
