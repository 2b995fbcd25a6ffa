#include "KeyCredentialWrites.h"

#include <QCoreApplication>

#include "steps/StepSupport.h"
#include "tenant/Merge.h"

using namespace Qt::StringLiterals;

namespace s2s {
namespace {

// The context of the texts that moved here from step 6.
struct KeyText {
    Q_DECLARE_TR_FUNCTIONS(UploadCertificateStep)
};

// What every PATCH of the list needs: each key with its value, none expired but `leaving`.
std::optional<Error> resendProblem(const QList<KeyCredential> &keys, const QString &leaving = {})
{
    // Graph re-sends a key only as the `key` it is given: one without it would be dropped.
    if (const KeyCredential *blind = firstKeyWithoutValue(keys))
        return keyWithoutValueError(*blind);
    // Graph refuses an expired certificate in a PATCH, re-sent ones included: say which key
    // blocks the change rather than pass on a bare 400.
    for (const KeyCredential &key : keys)
        if (key.endDateTime.isValid() && key.endDateTime < QDateTime::currentDateTimeUtc() &&
            keyThumbprint(key).compare(leaving, Qt::CaseInsensitive) != 0)
            return expiredKeyError(key);
    return std::nullopt;
}

QList<KeyCredential> withoutKey(const QList<KeyCredential> &keys, const QString &thumbprint)
{
    QList<KeyCredential> kept;
    for (const KeyCredential &key : keys)
        if (keyThumbprint(key).compare(thumbprint, Qt::CaseInsensitive) != 0)
            kept.append(key);
    return kept;
}

} // namespace

Result<QStringList> KeyAddition::required(const ServicePrincipal &current) const
{
    if (const std::optional<Error> problem = resendProblem(current.keyCredentials))
        return *problem;
    QStringList required = keyThumbprints(current.keyCredentials);
    required.append(keyThumbprint(m_added));
    return required;
}

QStringList KeyAddition::present(const ServicePrincipal &principal) const
{
    return keyThumbprints(principal.keyCredentials);
}

QCoro::Task<Status> KeyAddition::patch(TenantBackend &tenant, const ServicePrincipal &current)
{
    co_return co_await tenant.patchKeyCredentials(current.id,
                                                  mergeKeyCredentials(current.keyCredentials, m_added));
}

QString KeyAddition::collection() const
{
    return KeyText::tr("key credentials");
}

Result<QStringList> KeyRemoval::required(const ServicePrincipal &current) const
{
    if (const std::optional<Error> problem = resendProblem(current.keyCredentials, m_thumbprint))
        return *problem;
    return keyThumbprints(withoutKey(current.keyCredentials, m_thumbprint));
}

QStringList KeyRemoval::present(const ServicePrincipal &principal) const
{
    return keyThumbprints(principal.keyCredentials);
}

QCoro::Task<Status> KeyRemoval::patch(TenantBackend &tenant, const ServicePrincipal &current)
{
    co_return co_await tenant.patchKeyCredentials(
        current.id, resentKeyCredentials(withoutKey(current.keyCredentials, m_thumbprint)));
}

QString KeyRemoval::collection() const
{
    return KeyText::tr("key credentials");
}

KeyCredential keyCredentialFor(const CertificateInfo &certificate)
{
    KeyCredential added;
    added.type = u"AsymmetricX509Cert"_s;
    added.usage = u"Verify"_s;
    added.key = QString::fromLatin1(certificate.der.toBase64());
    added.displayName = u"CN="_s + certificate.subject.section(u"CN="_s, 1).section(u',', 0, 0);
    added.startDateTime = certificate.notBefore;
    added.endDateTime = certificate.notAfter;
    return added;
}

Error keyWithoutValueError(const KeyCredential &key)
{
    return Error{
        u"tenant.key-without-value"_s,
        KeyText::tr("Microsoft Graph returned the existing key credential %1 (%2) of the "
                    "SharePoint Online principal without its key. Graph replaces the whole "
                    "key list on every change, so writing now would delete that key: the "
                    "wizard writes nothing.")
            .arg(key.keyId, key.displayName.isEmpty() ? KeyText::tr("no display name") : key.displayName),
        {},
        KeyText::tr("Read the principal with GET /v1.0/servicePrincipals(appId="
                    "'00000003-0000-0ff1-ce00-000000000000')?$select=keyCredentials (only "
                    "this single-object read returns each key) and check that key %1 comes "
                    "back with its key. If it still does not, ask whoever added that key "
                    "for its certificate and add the farm's by hand, re-sending both; never "
                    "PATCH keyCredentials without it.")
            .arg(key.keyId)};
}

Error expiredKeyError(const KeyCredential &key)
{
    return Error{u"tenant.key-expired"_s,
                 KeyText::tr("The existing key credential %1 (%2) of the SharePoint Online principal "
                             "expired on %3. Graph replaces the whole key list on every change and "
                             "refuses an expired certificate in it, so the wizard cannot add the farm's "
                             "key while it is there, and it does not remove a key on its own.")
                     .arg(key.keyId,
                          key.displayName.isEmpty() ? KeyText::tr("no display name") : key.displayName,
                          key.endDateTime.toString(Qt::ISODate)),
                 {},
                 KeyText::tr("If nothing uses that key any more (an expired key signs nothing), remove "
                             "it from the SharePoint Online principal (Microsoft Graph: PATCH "
                             "keyCredentials without it, re-sending every other key), then run this "
                             "step again.")};
}

QCoro::Task<Status> removeSpoKey(StepContext &context, QString thumbprint)
{
    const auto principal = co_await readSpoPrincipal(context);
    if (!principal)
        co_return principal.error();
    if (!findKeyByThumbprint(principal->keyCredentials, thumbprint))
        co_return success();
    KeyRemoval write(thumbprint);
    co_return co_await writeVerified(context, *principal, write);
}

} // namespace s2s
