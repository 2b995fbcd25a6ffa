#include "Removal.h"

#include <QJsonArray>

#include <algorithm>

#include "core/Constants.h"
#include "core/UrlText.h"
#include "farm/ops/AppPrincipalOps.h"
#include "farm/ops/RealmOps.h"
#include "farm/ops/RemovalOps.h"
#include "farm/ops/StsOps.h"
#include "farm/ops/TrustOps.h"
#include "steps/FarmReads.h"
#include "steps/FarmWrites.h"
#include "steps/KeyCredentialWrites.h"
#include "steps/SpnWrites.h"
#include "steps/StepSupport.h"
#include "tenant/GraphRequests.h"
#include "tenant/Merge.h"

using namespace Qt::StringLiterals;

namespace s2s {
namespace {

using Kind = ChangeRecord::Kind;

struct RemovalText {
    Q_DECLARE_TR_FUNCTIONS(Removal)
};

// The answers key that confirms a removal (confirm.remove).
const QString confirmKey = u"remove"_s;

// A renewal's old key removal and the STS certificate are never reverted.
bool isReverted(Kind kind)
{
    return kind != Kind::KeyRemoved && kind != Kind::StsCertificate;
}

// Where the change's step stands in the setup (a renewal's changes after every step).
int stepRank(const ChangeRecord &change)
{
    if (const std::optional<StepId> id = stepFromKey(change.step))
        return stepNumber(*id);
    return 100;
}

QString principalId(const Session &session)
{
    const QString id = session.variables().spoPrincipalId;
    return id.isEmpty() ? u"{id}"_s : id;
}

// "PATCH <graph>/v1.0/servicePrincipals/<id>", without a body.
QString patchLine(const Endpoints &endpoints, const Session &session)
{
    return graph_requests::patchServicePrincipalNames(endpoints.graph, principalId(session), {})
        .section(u'\n', 0, 0);
}

QString acsProxyCommand(const ChangeRecord &change)
{
    return u"Get-SPServiceApplicationProxy | Where-Object { $_.GetType().FullName -eq '%1' -and $_.Name -eq "
           "'%2' -and $_.MetadataEndpointUri -eq '%3' } | ForEach-Object { "
           "Remove-SPServiceApplicationProxy -Identity $_.Id -Confirm:$false }"_s.arg(
               constants::acsProxyFullTypeName, change.name, change.object);
}

QString describe(const ChangeRecord &change)
{
    switch (change.kind) {
    case Kind::OAuthOverHttp:
        return RemovalText::tr(
            "Turn OAuth over HTTP off again on the farm (AllowOAuthOverHttp back to False)");
    case Kind::KeyAdded:
        return RemovalText::tr("The key credential the wizard uploaded to the SharePoint Online principal "
                               "(certificate %1); every other key stays")
            .arg(change.object);
    case Kind::SpnAdded:
        return RemovalText::tr("The SPN %1 on the SharePoint Online principal; every other SPN stays")
            .arg(change.object);
    case Kind::AppPrincipalRegistered:
        return RemovalText::tr("The app principal %1 registered on %2").arg(change.object, change.site);
    case Kind::RealmChanged:
        return RemovalText::tr("The farm's authentication realm back from %1 to %2 (what was registered on "
                               "%2 works again; what was registered since on %1 stops)")
            .arg(change.after, change.before);
    case Kind::AcsProxyCreated:
        return RemovalText::tr("The ACS proxy \"%1\" the wizard created (metadata endpoint %2)")
            .arg(change.name, change.object);
    case Kind::TrustedIssuerCreated:
        return RemovalText::tr("The trusted security token issuer \"%1\" the wizard created")
            .arg(change.object);
    case Kind::StsCertificate:
    case Kind::KeyRemoved: break;
    }
    return {};
}

QString commandFor(const ChangeRecord &change, const Session &session, const Endpoints &endpoints)
{
    switch (change.kind) {
    case Kind::OAuthOverHttp: return setAllowOAuthOverHttpCommand(false);
    case Kind::KeyAdded:
        return patchLine(endpoints, session) +
               u"\n{\"keyCredentials\":[%1]}"_s.arg(
                   RemovalText::tr("every other key re-sent as {key,type,usage}; not the key of %1")
                       .arg(change.object));
    case Kind::SpnAdded:
        return patchLine(endpoints, session) +
               u"\n{\"servicePrincipalNames\":[%1]}"_s.arg(
                   RemovalText::tr("every other SPN; not %1").arg(change.object));
    case Kind::AppPrincipalRegistered: return RemoveAppPrincipalOp::command({change.site, change.object});
    case Kind::RealmChanged: return setFarmRealmCommand(change.before);
    case Kind::AcsProxyCreated: return acsProxyCommand(change);
    case Kind::TrustedIssuerCreated: return RemoveTrustedIssuerOp::command({change.object});
    case Kind::StsCertificate:
    case Kind::KeyRemoved: break;
    }
    return {};
}

// What the removal found when it read before undoing.
enum class Found {
    Removed, // it was there as recorded and is gone now
    Gone     // someone else undid it (or changed it since): nothing removed
};

void note(StepContext &context, const QString &text)
{
    context.recorder.add(TranscriptEntry::Kind::Note, {}, text, {}, true, 0);
}

QCoro::Task<Result<Found>> undoSpn(StepContext &context, ChangeRecord change)
{
    const auto principal = co_await readSpoPrincipal(context);
    if (!principal)
        co_return principal.error();
    if (!principal->servicePrincipalNames.contains(change.object, Qt::CaseInsensitive))
        co_return Found::Gone;
    const Status removed = co_await removeSpoSpn(context, change.object);
    if (!removed)
        co_return removed.error();
    co_return Found::Removed;
}

QCoro::Task<Result<Found>> undoKey(StepContext &context, ChangeRecord change)
{
    const auto principal = co_await readSpoPrincipal(context);
    if (!principal)
        co_return principal.error();
    if (!findKeyByThumbprint(principal->keyCredentials, change.object))
        co_return Found::Gone;
    const Status removed = co_await removeSpoKey(context, change.object);
    if (!removed)
        co_return removed.error();
    co_return Found::Removed;
}

QCoro::Task<Result<Found>> undoAppPrincipal(StepContext &context, ChangeRecord change)
{
    const auto existing = co_await readAppPrincipals(context.farm, change.site, change.object);
    if (!existing)
        co_return existing.error();
    if (existing->isEmpty())
        co_return Found::Gone;
    const auto removed = co_await context.farm.call<RemoveAppPrincipalOp>(change.site, change.object);
    if (!removed)
        co_return removed.error();
    co_return Found::Removed;
}

QCoro::Task<Result<Found>> undoRealm(StepContext &context, ChangeRecord change)
{
    const auto realm = co_await readFarmRealm(context.farm);
    if (!realm)
        co_return realm.error();
    if (change.before.isEmpty() || realm->compare(change.after, Qt::CaseInsensitive) != 0) {
        if (realm->compare(change.before, Qt::CaseInsensitive) != 0)
            note(context, RemovalText::tr("The farm's realm is %1 now, neither the %2 the wizard set nor "
                                          "the %3 it replaced: it was changed since and stays as it is.")
                              .arg(*realm, change.after, change.before));
        co_return Found::Gone;
    }
    const auto set = co_await setFarmRealm(context.farm, change.before);
    if (!set)
        co_return set.error();
    co_return Found::Removed;
}

QCoro::Task<Result<Found>> undoOAuthOverHttp(StepContext &context, ChangeRecord change)
{
    const auto config = co_await readStsConfig(context.farm);
    if (!config)
        co_return config.error();
    if (!config->allowOAuthOverHttp || change.before != u"false")
        co_return Found::Gone;
    const auto set = co_await setAllowOAuthOverHttp(context.farm, false);
    if (!set)
        co_return set.error();
    co_return Found::Removed;
}

QCoro::Task<Result<Found>> undoAcsProxy(StepContext &context, ChangeRecord change)
{
    const auto proxies = co_await readProxies(context.farm);
    if (!proxies)
        co_return proxies.error();
    // By .NET type, as step 10 finds it (TypeName is translated with the farm's language).
    const auto proxy = std::find_if(proxies->cbegin(), proxies->cend(), [&](const ServiceProxyInfo &each) {
        return each.fullTypeName == constants::acsProxyFullTypeName &&
               each.name.compare(change.name, Qt::CaseInsensitive) == 0 &&
               sameUrl(each.metadataEndpointUri, change.object);
    });
    if (proxy == proxies->cend())
        co_return Found::Gone;
    const auto removed = co_await context.farm.call<RemoveAcsProxyOp>(proxy->id);
    if (!removed)
        co_return removed.error();
    co_return Found::Removed;
}

QCoro::Task<Result<Found>> undoTrustedIssuer(StepContext &context, ChangeRecord change)
{
    const auto issuers = co_await readTrustedIssuers(context.farm);
    if (!issuers)
        co_return issuers.error();
    const auto issuer = std::find_if(issuers->cbegin(), issuers->cend(), [&](const TrustedIssuerInfo &each) {
        return each.name.compare(change.object, Qt::CaseInsensitive) == 0;
    });
    if (issuer == issuers->cend())
        co_return Found::Gone;
    if (!change.after.isEmpty() && !sameUrl(issuer->metadataEndpoint, change.after)) {
        note(context,
             RemovalText::tr("The trusted issuer \"%1\" now reads its metadata from %2, not from the "
                             "%3 the wizard set: it is not the one the wizard created and stays.")
                 .arg(issuer->name, issuer->metadataEndpoint, change.after));
        co_return Found::Gone;
    }
    const auto removed = co_await context.farm.call<RemoveTrustedIssuerOp>(issuer->name);
    if (!removed)
        co_return removed.error();
    co_return Found::Removed;
}

QCoro::Task<Result<Found>> undo(StepContext &context, ChangeRecord change)
{
    switch (change.kind) {
    case Kind::OAuthOverHttp: co_return co_await undoOAuthOverHttp(context, change);
    case Kind::KeyAdded: co_return co_await undoKey(context, change);
    case Kind::SpnAdded: co_return co_await undoSpn(context, change);
    case Kind::AppPrincipalRegistered: co_return co_await undoAppPrincipal(context, change);
    case Kind::RealmChanged: co_return co_await undoRealm(context, change);
    case Kind::AcsProxyCreated: co_return co_await undoAcsProxy(context, change);
    case Kind::TrustedIssuerCreated: co_return co_await undoTrustedIssuer(context, change);
    case Kind::StsCertificate:
    case Kind::KeyRemoved: break;
    }
    co_return Found::Gone;
}

QJsonObject itemJson(const ChangeRecord &change)
{
    QJsonObject json{
        {u"kind"_s, changeKindName(change.kind)}, {u"object"_s, change.object}, {u"step"_s, change.step}};
    // The realm and OAuth over HTTP have no object: what they were set back from and to.
    if (change.object.isEmpty()) {
        json.insert(u"before"_s, change.before);
        json.insert(u"after"_s, change.after);
    }
    return json;
}

} // namespace

std::optional<Error> removalRefusal(const Session &session)
{
    if (!session.changeLog().complete)
        return Error{u"input.removal-unrecorded"_s,
                     RemovalText::tr("This session was written by a wizard version that did not record its "
                                     "changes: what it added to the farm and the tenant, and which values "
                                     "it replaced, is unknown. Removing by guess could delete an ACS proxy, "
                                     "a trusted issuer, an SPN or a key that existed before it, and break "
                                     "whatever else depends on them."),
                     {},
                     RemovalText::tr("Remove the trust by hand after checking what existed before "
                                     "(PROCEDURE.md, \"Lifecycle after setup\"): the SPN "
                                     "00000003-0000-0ff1-ce00-000000000000/*.<domain> and the farm's key on "
                                     "the SharePoint Online principal, the app principal "
                                     "(SPAppPrincipalManager.DeleteAppPrincipal), the trusted issuer "
                                     "(Remove-SPTrustedSecurityTokenIssuer), the ACS proxy "
                                     "(Remove-SPServiceApplicationProxy) and, if the wizard changed them, "
                                     "the realm (Set-SPAuthenticationRealm) and AllowOAuthOverHttp."),
                     ErrorKind::Input};
    if (session.renewal().inProgress())
        return Error{u"input.removal-renewal"_s,
                     RemovalText::tr("A renewal of the STS certificate is in progress in this session "
                                     "(stage %1).")
                         .arg(renewalStageName(session.renewal().stage)),
                     {},
                     RemovalText::tr("Finish it first with --renew-certificate --session and the same "
                                     "session file, then run --remove again."),
                     ErrorKind::Input};
    return std::nullopt;
}

QList<RemovalItem> removalPlan(const Session &session, const Endpoints &endpoints)
{
    // A key a renewal removed already (its old farm key) is not there to remove.
    QStringList keysRemoved;
    for (const ChangeRecord &change : session.changeLog().changes)
        if (change.kind == Kind::KeyRemoved)
            keysRemoved.append(change.object.toUpper());
    QList<ChangeRecord> changes;
    for (auto it = session.changeLog().changes.crbegin(); it != session.changeLog().changes.crend(); ++it)
        if (isReverted(it->kind) && !it->isUndone() &&
            !(it->kind == Kind::KeyAdded && keysRemoved.contains(it->object.toUpper())))
            changes.append(*it);
    // Reverse step order; within a step, the last change first.
    std::stable_sort(changes.begin(), changes.end(),
                     [](const ChangeRecord &a, const ChangeRecord &b) { return stepRank(a) > stepRank(b); });
    QList<RemovalItem> items;
    for (const ChangeRecord &change : std::as_const(changes))
        items.append({change, describe(change), commandFor(change, session, endpoints), false});
    return items;
}

QStringList removalKeeps(const Session &session)
{
    QString thumbprint = session.variables().stsCertificate.thumbprint;
    QString replaced;
    for (const ChangeRecord &change : session.changeLog().changes)
        if (change.kind == Kind::StsCertificate) {
            thumbprint = change.after; // the newest one the session set
            replaced = change.before;
        }
    if (thumbprint.isEmpty())
        return {};
    if (replaced.isEmpty())
        return {RemovalText::tr("The farm's STS signing certificate %1 stays, and so does its copy in the "
                                "SharePoint servers' trusted root stores: the farm signs with it, and this "
                                "session did not put it there as a replacement it could undo.")
                    .arg(thumbprint)};
    return {RemovalText::tr("The farm's STS signing certificate %1 stays: the certificate it replaced (%2) "
                            "cannot be put back, because its private key cannot be recovered from the farm. "
                            "It also stays in the SharePoint servers' trusted root stores. Replace it with "
                            "Set-SPSecurityTokenServiceConfig if you want another one.")
                .arg(thumbprint, replaced)};
}

QCoro::Task<Status> removeHybridTrust(StepContext &context)
{
    Session &session = context.session;
    if (const std::optional<Error> refused = removalRefusal(session))
        co_return *refused;
    if (!session.inputs().confirmed(confirmKey)) {
        const Error missing = confirmationMissing(
            confirmKey, RemovalText::tr("Remove what this session set up (the SPN, key, ACS proxy, trusted "
                                        "issuer, app principal, realm and OAuth over HTTP it added or "
                                        "changed); the hybrid features stop working."));
        co_return missing;
    }
    const ChangeLog &log = session.changeLog();
    const QDateTime started = log.removalStarted.isValid() && !log.removalFinished.isValid()
                                  ? log.removalStarted
                                  : QDateTime::currentDateTimeUtc();
    session.setRemovalTimes(started, {});
    const QList<RemovalItem> plan = removalPlan(session, context.endpoints);
    if (plan.isEmpty())
        note(context, RemovalText::tr("Nothing to remove: every change this session recorded is undone."));
    for (const RemovalItem &item : plan) {
        showProgress(context, item.description);
        const auto found = co_await undo(context, item.change);
        if (!found)
            co_return found.error();
        const bool gone = *found == Found::Gone;
        if (gone)
            note(context, RemovalText::tr("Already gone (undone by someone else): %1").arg(item.description));
        session.markChangeUndone(item.change, QDateTime::currentDateTimeUtc(), gone);
    }
    session.setRemovalTimes(started, QDateTime::currentDateTimeUtc());
    for (const QString &kept : removalKeeps(session))
        note(context, kept);
    // Not set up any more: the wizard and --auto can set it up again.
    for (StepId id : allStepIds())
        session.setStepState(id, StepState::Pending);
    co_return success();
}

QJsonObject removalReportJson(const Session &session)
{
    QJsonArray removed;
    QJsonArray alreadyGone;
    for (const ChangeRecord &change : session.changeLog().changes) {
        if (!isReverted(change.kind) || !change.isUndone())
            continue;
        (change.foundGone ? alreadyGone : removed).append(itemJson(change));
    }
    return {{u"removed"_s, removed},
            {u"alreadyGone"_s, alreadyGone},
            {u"kept"_s, QJsonArray::fromStringList(removalKeeps(session))}};
}

} // namespace s2s
