#include "steps/Expiry.h"
#include "steps/KeyCredentialWrites.h"
#include "steps/StepSupport.h"
#include "steps/Steps.h"
#include "steps/VerifiedWrite.h"

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
        const QString read = graph_requests::servicePrincipalByAppId(endpoints.graph, constants::spoAppId);
        return {
            powershell(u"$stsCert = (%1).LocalLoginProvider.SigningCertificate"_s.arg(stsConfigCommand())),
            graph(read),
            note(tr("If no key credential holds this certificate (compared by SHA-1 of the key "
                    "itself), read the keys again right before writing them (a key without "
                    "its value stops the step):")),
            graph(read),
            graph(graph_requests::patchKeyCredentials(endpoints.graph, u"{id}"_s, 0, u"CN=..."_s)),
            note(tr("Read them back: every key of the read before plus the new one must be "
                    "there; if another change raced in, merge again (at most %1 times).")
                     .arg(verifiedWriteRounds)),
            graph(read)};
    }

    QCoro::Task<Status> apply(StepContext &context) override
    {
        const auto config = co_await readStsConfig(context.farm);
        if (!config)
            co_return config.error();
        // First read: the baseline "spo-keys-kept" compares with, kept from the first run.
        const auto principal = co_await readSpoPrincipal(context);
        if (!principal)
            co_return principal.error();
        // A key without its value has no thumbprint: no baseline from such a read.
        const KeyCredential *blind = firstKeyWithoutValue(principal->keyCredentials);
        if (!blind && !context.session.variables().keysBefore) {
            SessionVariables variables = context.session.variables();
            variables.keysBefore = keyThumbprints(principal->keyCredentials);
            context.session.setVariables(variables);
        }
        const CertificateInfo &certificate = config->signingCertificate;
        if (findKeyByThumbprint(principal->keyCredentials, certificate.thumbprint))
            co_return success(); // nothing to write, so nothing a blind key could lose
        if (blind)
            co_return keyWithoutValueError(*blind);
        // Recorded before the write: a run killed between the two still knows (--remove).
        context.session.recordChange(
            {.kind = ChangeRecord::Kind::KeyAdded, .step = key(), .object = certificate.thumbprint});
        KeyAddition write(keyCredentialFor(certificate));
        co_return co_await writeVerified(context, *principal, write);
    }

    QCoro::Task<ValidationReport> validate(StepContext &context) override
    {
        const QList<CheckDefinition> ids{check_ids::stsCertOnSpoPrincipal, check_ids::spoKeyValidity,
                                         check_ids::spoKeysKept};
        // The farm's signing certificate: the key that matches it is the one --warn-days watches.
        const auto config = co_await readStsConfig(context.farm);
        if (!config)
            co_return makeReport(unreadableChecks(ids, config.error()));
        const auto running = co_await runningThumbprints(context);
        if (!running)
            co_return makeReport(unreadableChecks(ids, running.error()));
        const auto principal = co_await readSpoPrincipal(context);
        if (!principal)
            co_return makeReport(unreadableChecks(ids, principal.error()));
        const KeyCredential *farmKey = latestKeyOf(principal->keyCredentials,
                                                   config->signingCertificate.thumbprint);
        if (farmKey && farmKey->endDateTime.isValid())
            context.session.setExpiryReading(
                ExpiryReading{ExpiryReading::key, keyThumbprint(*farmKey), farmKey->endDateTime});
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
                                    check_ids::stsCertOnSpoPrincipal, expected.join(u"; "_s),
                                    actual.join(u"; "_s), runStep)};
        if (keys.isEmpty()) {
            checks.append(failCheck(check_ids::spoKeyValidity, tr("dates that cover today"),
                                    tr("no key for this certificate"), runStep));
            checks.append(keptCheck(context.session.variables().keysBefore, principal->keyCredentials));
            co_return makeReport(checks);
        }
        checks.append(keyValidity(keys, farmKey, context.warnDays));
        checks.append(keptCheck(context.session.variables().keysBefore, principal->keyCredentials));
        co_return makeReport(checks);
    }

private:
    // The keys the servers sign with cover today (else a failure), and the key of the farm's
    // certificate has more than `warnDays` (--warn-days) days left (else a warning).
    static Check keyValidity(const QList<const KeyCredential *> &keys, const KeyCredential *farmKey,
                             int warnDays)
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        bool current = true;
        QStringList dates;
        for (const KeyCredential *key : keys)
            current = current && key->startDateTime <= now && now < key->endDateTime;
        QList<const KeyCredential *> shown = keys;
        if (farmKey && !shown.contains(farmKey))
            shown.append(farmKey);
        for (const KeyCredential *key : std::as_const(shown)) {
            dates.append(
                tr("%1 to %2 (%3 days left)")
                    .arg(key->startDateTime.toString(Qt::ISODate), key->endDateTime.toString(Qt::ISODate))
                    .arg(daysLeft(key->endDateTime, now)));
        }
        const QString expected = tr("dates that cover today, more than %1 days left").arg(warnDays);
        const QString renew = tr("Renew the STS certificate and upload the new one.");
        if (!current)
            return failCheck(check_ids::spoKeyValidity, expected, dates.join(u"; "_s), renew);
        if (farmKey && expiresWithin(daysLeft(farmKey->endDateTime, now), warnDays))
            return warnCheck(check_ids::spoKeyValidity, expected, dates.join(u"; "_s), renew);
        return passCheck(check_ids::spoKeyValidity, expected, dates.join(u"; "_s));
    }

    // Of the keys that hold the certificate `thumbprint`, the one that ends last (nullptr: none).
    static const KeyCredential *latestKeyOf(const QList<KeyCredential> &keys, const QString &thumbprint)
    {
        const KeyCredential *latest = nullptr;
        for (const KeyCredential &key : keys)
            if (keyThumbprint(key).compare(thumbprint, Qt::CaseInsensitive) == 0 &&
                (!latest || latest->endDateTime < key.endDateTime))
                latest = &key;
        return latest;
    }

    // Every key of the first read (by SHA-1 of `key`) is still on the principal.
    static Check keptCheck(const std::optional<QStringList> &before, const QList<KeyCredential> &now)
    {
        const CheckDefinition &id = check_ids::spoKeysKept;
        const QStringList present = keyThumbprints(now);
        if (!before)
            return unknownCheck(id, tr("every key present before this step"),
                                tr("no earlier key list recorded: the step has not run in this "
                                   "session, and no earlier session of this farm and tenant "
                                   "recorded one"),
                                tr("Nothing to compare with: run the step (it records the keys "
                                   "first), or validate in the session that set the tenant up "
                                   "(headless: --check --session FILE)."));
        const QString expected = before->isEmpty() ? tr("none") : before->join(u'\n');
        const QStringList missing = missingFrom(*before, present);
        if (!missing.isEmpty() && firstKeyWithoutValue(now))
            return unknownCheck(
                id, expected,
                tr("a key came back without its value: %1").arg(firstKeyWithoutValue(now)->keyId),
                tr("Read the principal with a single-object GET that selects "
                   "keyCredentials and validate again."));
        return checkIf(missing.isEmpty(), id, expected,
                       missing.isEmpty() ? present.join(u'\n') : tr("missing: %1").arg(missing.join(u", "_s)),
                       tr("Add the missing keys back to the SharePoint Online principal (their "
                          "certificates, as key credentials): whatever trusted them, such as "
                          "another SharePoint farm or Workflow Manager, fails to sign in to "
                          "SharePoint Online until then."));
    }

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
