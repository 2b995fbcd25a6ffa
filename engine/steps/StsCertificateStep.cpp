#include "steps/StepSupport.h"
#include "steps/Steps.h"

#include "farm/ops/ServerCertificateOps.h"
#include "steps/Expiry.h"
#include "steps/StsCertificateRollout.h"

using namespace Qt::StringLiterals;

namespace s2s {
namespace {

constexpr int minimumKeyBits = 2048;

class StsCertificateStep final : public Step {
    Q_DECLARE_TR_FUNCTIONS(StsCertificateStep)
public:
    StepId id() const override { return StepId::StsCertificate; }
    bool affectedBy(SessionInput input) const override { return input == SessionInput::Certificate; }
    QString explanation() const override
    {
        return tr("SharePoint Online trusts tokens signed by the farm's Security Token Service "
                  "certificate. Every SharePoint server must run the same certificate, with an RSA "
                  "key of at least 2048 bits, valid long enough. Keeping the current certificate "
                  "works if it meets these checks, but a dedicated certificate you can renew is "
                  "recommended.");
    }

    QString confirmationKey() const override { return u"outage"_s; }
    QString confirmationText() const override
    {
        return tr("Replacing the certificate resets IIS and restarts the SharePoint Timer Service "
                  "on every server, one server at a time: each server is out of service for a "
                  "minute or two while the others keep serving.");
    }

    bool asksConfirmation(const Session &session) const override
    {
        return session.inputs().certificate.mode != CertificateMode::Keep;
    }

    QList<PlanLine> plan(const Session &session, const Endpoints &) const override
    {
        const CertificateChoice &choice = session.inputs().certificate;
        if (choice.mode == CertificateMode::Keep)
            return {note(tr("Keep the current STS certificate: nothing is replaced; the checks "
                            "tell whether it is good enough.")),
                    powershell(stsConfigCommand()), powershell(serversCommand()),
                    powershell(runningStsCertificateCommand(u"<each server>"_s))};
        const QString each = u"<each server>"_s;
        const StsCertificateRecord &record = session.variables().stsCertificate;
        const QString pfx = record.source != StsCertificateRecord::current && !record.pfxPath.isEmpty()
                                ? record.pfxPath
                            : choice.pfx.isEmpty() ? tr("<new PFX in %1>").arg(defaultCertificateFolder())
                                                   : choice.pfx;
        const QString source =
            choice.mode == CertificateMode::Generate
                ? tr("Generate an RSA %1-bit key and a self-signed SHA-256 certificate valid %2 "
                     "years; write the PFX (%3) and the CER beside it, owner-only; the password "
                     "stays in the credential store.")
                      .arg(choice.keyBits)
                      .arg(choice.validityYears)
                      .arg(choice.legacyPfx ? tr("3DES, for Windows Server 2016 and older") : tr("AES-256"))
                : tr("Open the PFX with its password and check it holds the private key.");
        const StsRolloutCommands rollout = stsRolloutCommands(each, u"<thumbprint>"_s);
        return {note(source),
                powershell(loadPfxCommand(pfx)),
                powershell(serversCommand()),
                note(tr("(a) On each server whose root store lacks it:")),
                powershell(rollout.hasRootCertificate),
                powershell(rollout.importPfx),
                note(tr("(b) Once, when the farm signs with another certificate:")),
                powershell(rollout.setSigningCertificate),
                note(tr("(c) After you confirm the outage, one server at a time, only where the "
                        "running STS serves another certificate; then check it before the next:")),
                powershell(rollout.resetServer),
                powershell(runningStsCertificateCommand(each))};
    }

    QCoro::Task<Status> apply(StepContext &context) override
    {
        const CertificateChoice &choice = context.session.inputs().certificate;
        if (choice.mode == CertificateMode::Keep)
            co_return success(); // keeping changes nothing; validation tells if it fits
        const StsCertificateRecord earlier = context.session.variables().stsCertificate;
        if (isPreparedFor(earlier, choice)) {
            // Installed by an earlier run: nothing to do, and no password to ask for.
            const auto installed = co_await isStsCertificateInstalled(context, earlier.thumbprint);
            if (!installed)
                co_return installed.error();
            if (*installed)
                co_return success();
        }
        const auto prepared = co_await prepareStsCertificate(context, {});
        if (!prepared)
            co_return prepared.error();
        // The admin and the transcript see what will be installed before anything changes.
        context.recorder.add(TranscriptEntry::Kind::Note, {}, tr("STS certificate to install"),
                             describeStsCertificate(prepared->record), true, 0);
        showProgress(context, tr("Installing the STS certificate %1").arg(prepared->record.thumbprint));
        const bool confirmed = context.session.inputs().confirmed(confirmationKey());
        co_return co_await rollOutStsCertificate(context, *prepared, confirmed, confirmationKey(),
                                                 confirmationText());
    }

    QCoro::Task<ValidationReport> validate(StepContext &context) override
    {
        const auto config = co_await readStsConfig(context.farm);
        if (!config)
            co_return makeReport(unreadableChecks({check_ids::stsCertSameOnAllServers,
                                                   check_ids::stsCertKeyStrength, check_ids::stsCertValidity},
                                                  config.error()));
        const CertificateInfo &configured = config->signingCertificate;
        const bool replacing = context.session.inputs().certificate.mode != CertificateMode::Keep;
        const StsCertificateRecord chosen = context.session.variables().stsCertificate;
        const bool haveChosen = replacing && !chosen.isEmpty() &&
                                isPreparedFor(chosen, context.session.inputs().certificate);
        if (!replacing)
            rememberCurrent(context.session, configured);
        // What --check and the report tell of the farm's certificate: its end date as read.
        if (configured.notAfter.isValid())
            context.session.setExpiryReading(
                ExpiryReading{ExpiryReading::certificate, configured.thumbprint, configured.notAfter});
        // Replacing: the servers must run the chosen certificate, not merely agree on one.
        const QString expected = haveChosen ? chosen.thumbprint : configured.thumbprint;
        CertificateInfo target = configured;
        if (haveChosen && chosen.thumbprint != configured.thumbprint) {
            target.thumbprint = chosen.thumbprint;
            target.keyAlgorithm = chosen.keyAlgorithm;
            target.keyBits = chosen.keyBits;
            target.notBefore = chosen.notBefore;
            target.notAfter = chosen.notAfter;
        }
        QList<Check> checks;
        if (replacing && !haveChosen)
            checks.append(
                failCheck(check_ids::stsCertSameOnAllServers, tr("the new certificate on every server"),
                          tr("not made or opened yet; the farm signs with %1").arg(configured.thumbprint),
                          tr("Run this step.")));
        else
            checks.append(co_await sameOnAllServers(context, expected, configured.thumbprint));
        checks.append(keyStrength(target));
        checks.append(validity(target, context.warnDays));
        co_return makeReport(checks);
    }

private:
    // For the report: in keep mode the certificate is the one the farm signs with now.
    static void rememberCurrent(Session &session, const CertificateInfo &configured)
    {
        SessionVariables variables = session.variables();
        const StsCertificateRecord current = certificateRecord(configured, StsCertificateRecord::current);
        if (variables.stsCertificate.toJson() == current.toJson())
            return;
        variables.stsCertificate = current;
        session.setVariables(variables);
    }

    QCoro::Task<Check> sameOnAllServers(StepContext &context, QString thumbprint, QString configured)
    {
        const CheckDefinition &id = check_ids::stsCertSameOnAllServers;
        const auto servers = co_await readServers(context.farm);
        if (!servers)
            co_return unreadableChecks({id}, servers.error()).constFirst();
        QStringList differing;
        QStringList matching;
        if (configured.compare(thumbprint, Qt::CaseInsensitive) != 0)
            differing.append(tr("farm signing certificate: %1").arg(configured));
        for (const ServerInfo &server : *servers) {
            if (!server.isSharePointServer())
                continue;
            const auto running = co_await readRunningStsCertificate(context.farm, server.name);
            if (!running)
                differing.append(u"%1: %2"_s.arg(server.name, running.error().message));
            else if (running->thumbprint.compare(thumbprint, Qt::CaseInsensitive) != 0)
                differing.append(u"%1: %2"_s.arg(server.name, running->thumbprint));
            else
                matching.append(server.name);
        }
        // No server read is no evidence: the check passes only on servers that answered.
        if (matching.isEmpty() && differing.isEmpty())
            differing.append(tr("no SharePoint server found in the farm"));
        if (differing.isEmpty())
            co_return passCheck(id, thumbprint, tr("%1 on %2").arg(thumbprint, matching.join(u", "_s)));
        co_return failCheck(id, thumbprint, differing.join(u"; "_s),
                            tr("Run this step: it sets what is missing and resets the servers "
                               "listed one at a time, so that they load the farm's signing "
                               "certificate. Make sure each server is reachable."));
    }

    Check keyStrength(const CertificateInfo &certificate) const
    {
        const bool strong = certificate.keyAlgorithm == u"RSA" && certificate.keyBits >= minimumKeyBits;
        return checkIf(strong, check_ids::stsCertKeyStrength, tr("RSA, %1 bits or more").arg(minimumKeyBits),
                       tr("%1, %2 bits").arg(certificate.keyAlgorithm).arg(certificate.keyBits),
                       tr("Replace the STS certificate with one whose RSA key has at least 2048 "
                          "bits."));
    }

    // Valid now, and more than `warnDays` (--warn-days) days left: else a warning.
    Check validity(const CertificateInfo &certificate, int warnDays) const
    {
        const CheckDefinition &id = check_ids::stsCertValidity;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const qint64 left = daysLeft(certificate.notAfter, now);
        const QString expected = tr("valid now, more than %1 days left").arg(warnDays);
        const QString actual = tr("valid %1 to %2 (%3 days left)")
                                   .arg(certificate.notBefore.toString(Qt::ISODate),
                                        certificate.notAfter.toString(Qt::ISODate))
                                   .arg(left);
        const QString renew = tr("Renew the STS certificate, then upload the new one to SharePoint "
                                 "Online (%1).")
                                  .arg(stepReference(StepId::UploadCertificate));
        if (certificate.notBefore > now || certificate.notAfter <= now)
            return failCheck(id, expected, actual, renew);
        if (expiresWithin(left, warnDays))
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
