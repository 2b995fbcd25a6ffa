#include "TrustProof.h"

#include <QUrl>

#include "core/Constants.h"
#include "farm/ops/TrustProofOps.h"
#include "steps/AcsTokenRefusal.h"
#include "steps/StepSupport.h"
#include "tenant/GraphRequests.h"

using namespace Qt::StringLiterals;

namespace s2s {
namespace {

struct TrustProofText {
    Q_DECLARE_TR_FUNCTIONS(TrustProof)
};

bool sameId(const QString &a, const QString &b)
{
    return !a.isEmpty() && a.compare(b, Qt::CaseInsensitive) == 0;
}

QString initialDomainOf(const Organization &organization)
{
    for (const VerifiedDomain &domain : organization.verifiedDomains)
        if (domain.isInitial)
            return domain.name;
    return {};
}

// 00000003-0000-0ff1-ce00-000000000000/<host>@<realm>, as the farm asks ACS for it.
QString resourceFor(const QString &host, const QString &realm)
{
    return u"%1/%2@%3"_s.arg(constants::spoAppId, host, realm);
}

// What the proof works with: read once, before any check.
struct ProofTarget {
    QString tenantId;
    QString initialDomain;
    QString farmRealm;
};

Check realmDiscoveryCheck(const RealmDiscovery &discovery, const ProofTarget &target)
{
    const CheckDefinition &id = check_ids::trustRealmDiscovery;
    const QString expected =
        TrustProofText::tr("HTTP 401 naming realm %1 (the tenant id, and the farm's realm) and client_id %2")
            .arg(target.tenantId, constants::spoAppId);
    const QString actual = discovery.realm.isEmpty()
                               ? TrustProofText::tr("HTTP %1 without a realm").arg(discovery.status)
                               : TrustProofText::tr("HTTP %1, realm %2, client_id %3; the farm's realm is %4")
                                     .arg(QString::number(discovery.status), discovery.realm,
                                          discovery.clientId, target.farmRealm);
    if (discovery.status != 401 || discovery.realm.isEmpty())
        return failCheck(
            id, expected, actual,
            TrustProofText::tr("%1 did not announce a realm: make sure it is this tenant's SharePoint Online "
                               "root and that this machine reaches it over HTTPS.")
                .arg(discovery.url));
    if (!sameId(discovery.realm, target.tenantId))
        return failCheck(
            id, expected, actual,
            TrustProofText::tr(
                "%1 belongs to another tenant: sign in to the tenant whose SharePoint Online you "
                "connect, or check the tenant id in %2.")
                .arg(discovery.url, stepReference(StepId::Variables)));
    if (!sameId(discovery.realm, target.farmRealm))
        return failCheck(id, expected, actual,
                         TrustProofText::tr("The farm's realm is not the tenant id: set it in %1.")
                             .arg(stepReference(StepId::AuthRealm)));
    return checkIf(
        sameId(discovery.clientId, constants::spoAppId), id, expected, actual,
        TrustProofText::tr("%1 answered as another service than SharePoint Online: check the SharePoint "
                           "Online address (the \"sharepoint\" entry of the endpoints file).")
            .arg(discovery.url));
}

// The other encoding's refusal, short: its code when it names one.
QString refusalCode(const AcsTokenAnswer &answer, const QString &host)
{
    const AcsTokenRefusal refusal = explainRefusal(answer, host);
    return refusal.code.isEmpty() ? refusal.summary : refusal.code;
}

// The token check for `host` from ACS's answer; `other` is the answer to the other encoding, if
// one was tried.
Check tokenCheck(const CheckDefinition &id, const QString &host, const ProofTarget &target,
                 const AcsTokenAnswer &answer, const std::optional<AcsTokenAnswer> &other)
{
    const QString resource = resourceFor(host, target.farmRealm);
    const QString expected =
        TrustProofText::tr("ACS issues a token for %1 to the farm's signed assertion").arg(resource);
    const QString otherText =
        !other ? QString()
        : other->accepted
            ? TrustProofText::tr(" (also accepted as %1)").arg(other->encoding)
            : TrustProofText::tr(" (%1 refused: %2)").arg(other->encoding, refusalCode(*other, host));
    if (answer.accepted) {
        const QString actual = TrustProofText::tr("token issued (grant %1): aud %2, iss %3, expires %4")
                                   .arg(answer.encoding, answer.audience, answer.issuer,
                                        answer.expires.toUTC().toString(Qt::ISODate)) +
                               otherText;
        // Issued by ACS for this tenant, to this resource, and not already expired.
        const bool right = answer.audience.compare(resource, Qt::CaseInsensitive) == 0 &&
                           answer.issuer.compare(constants::acsPrincipalPrefix + u"@"_s + target.tenantId,
                                                 Qt::CaseInsensitive) == 0 &&
                           answer.expires > QDateTime::currentDateTimeUtc();
        return checkIf(
            right, id, expected, actual,
            TrustProofText::tr("ACS issued a token for another audience or from another issuer than its "
                               "principal: check the ACS endpoints in use."));
    }
    const AcsTokenRefusal refusal = explainRefusal(answer, host);
    return failCheck(id, expected, refusal.summary + otherText, refusal.remedy);
}

// Asks ACS once per encoding given: which encoding the service takes is not published, so for
// SharePoint Online's own host both are asked and both answers go to the transcript.
QCoro::Task<Result<QList<AcsTokenAnswer>>> requestTokens(StepContext &context, QString tokenEndpoint,
                                                         QString host, QStringList encodings)
{
    QList<AcsTokenAnswer> answers;
    for (const QString &encoding : encodings) {
        const auto answer = co_await context.farm.call<RequestAcsTokenOp>(tokenEndpoint, host, encoding);
        if (!answer)
            co_return answer.error();
        answers.append(*answer);
    }
    co_return answers;
}

// The answer a check shows: the accepted one, else the first that refused the farm rather than
// the encoding.
Check tokenCheckOf(const CheckDefinition &id, const QString &host, const ProofTarget &target,
                   const QList<AcsTokenAnswer> &answers)
{
    int shown = 0;
    for (int i = 0; i < answers.size(); ++i)
        if (answers.at(i).accepted) {
            shown = i;
            break;
        }
    if (!answers.at(shown).accepted && refusedEncoding(answers.at(shown)) && answers.size() > 1 &&
        !refusedEncoding(answers.at(1)))
        shown = 1;
    const std::optional<AcsTokenAnswer> other = answers.size() > 1 ? std::optional(answers.at(1 - shown))
                                                                   : std::nullopt;
    return tokenCheck(id, host, target, answers.at(shown), other);
}

QString acceptedEncoding(const QList<AcsTokenAnswer> &answers)
{
    for (const AcsTokenAnswer &answer : answers)
        if (answer.accepted)
            return answer.encoding;
    return acs_token::clientAssertion.toString();
}

// The public host of the session's web application: the host of its alternate URL under the
// public domain; empty when none is.
QString publicHostOf(const QList<WebApplicationInfo> &applications, const QString &siteUrl,
                     const QString &domain, QStringList *zoneUrls)
{
    for (const WebApplicationInfo &application : applications) {
        if (QUrl(application.url).adjusted(QUrl::StripTrailingSlash) !=
            QUrl(siteUrl).adjusted(QUrl::StripTrailingSlash))
            continue;
        for (const ZoneInfo &zone : application.zones) {
            zoneUrls->append(u"%1 (%2)"_s.arg(zone.url, zone.zone));
            const QString host = QUrl(zone.url).host().toLower();
            if (!domain.isEmpty() && (host == domain || host.endsWith(u"."_s + domain)))
                return host;
        }
    }
    return {};
}

// `target` by reference: an aggregate argument of a coroutine is the temporary core/Coroutines.h
// warns of; the caller's local outlives the call it awaits.
QCoro::Task<Check> inboundCheck(StepContext &context, const ProofTarget &target, QString tokenEndpoint,
                                QString encoding)
{
    const CheckDefinition &id = check_ids::trustTokenInbound;
    const auto applications = co_await readWebApplications(context.farm);
    if (!applications)
        co_return unreadableChecks({id}, applications.error()).constFirst();
    const QString domain = publicDomain(context.session);
    QStringList zoneUrls;
    const QString host = publicHostOf(*applications, siteUrl(context.session), domain, &zoneUrls);
    if (host.isEmpty()) {
        const Check none = failCheck(
            id, TrustProofText::tr("an alternate URL of %1 under %2").arg(siteUrl(context.session), domain),
            zoneUrls.isEmpty() ? TrustProofText::tr("no zone URL")
                               : TrustProofText::tr("zone URLs: %1").arg(zoneUrls.join(u", ")),
            TrustProofText::tr(
                "SharePoint Online reaches the farm at its public URL: add one under %1 to the web "
                "application's alternate access mappings (Central Administration, e.g. the Internet zone "
                "https://sharepoint.%1), or choose the public domain of its public URL in %2.")
                .arg(domain, stepReference(StepId::Variables)));
        co_return none;
    }
    const QStringList encodings{encoding};
    const auto answers = co_await requestTokens(context, tokenEndpoint, host, encodings);
    if (!answers)
        co_return unreadableChecks({id}, answers.error()).constFirst();
    co_return tokenCheckOf(id, host, target, *answers);
}

QCoro::Task<Result<ProofTarget>> readTarget(StepContext &context)
{
    const auto tenantId = co_await resolveTenantId(context);
    if (!tenantId)
        co_return tenantId.error();
    const auto organization = co_await context.tenant.organization();
    if (!organization)
        co_return organization.error();
    const auto realm = co_await readFarmRealm(context.farm);
    if (!realm)
        co_return realm.error();
    ProofTarget target{*tenantId, initialDomainOf(*organization), *realm};
    if (target.initialDomain.isEmpty()) {
        Error noInitial{
            u"tenant.no-initial-domain"_s,
            TrustProofText::tr(
                "The tenant lists no initial domain (*.onmicrosoft.com), which names its SharePoint "
                "Online host."),
            {},
            TrustProofText::tr("Check the tenant's verified domains in the Microsoft 365 admin center."),
            ErrorKind::Backend};
        co_return noInitial;
    }
    co_return target;
}

} // namespace

QCoro::Task<QList<Check>> proveTrust(StepContext &context)
{
    const QList<CheckDefinition> all{check_ids::trustRealmDiscovery, check_ids::trustTokenOutbound,
                                     check_ids::trustTokenInbound};
    showProgress(context, TrustProofText::tr("Proving the trust with real tokens…"));
    const auto target = co_await readTarget(context);
    if (!target)
        co_return unreadableChecks(all, target.error());
    QList<Check> checks;
    const QUrl root = context.endpoints.sharePointRoot(target->initialDomain);
    const auto discovery = co_await context.tenant.discoverRealm(root);
    checks.append(discovery
                      ? realmDiscoveryCheck(*discovery, *target)
                      : unreadableChecks({check_ids::trustRealmDiscovery}, discovery.error()).constFirst());

    const auto metadata = co_await context.tenant.acsMetadata(
        context.endpoints.metadataEndpoint(target->tenantId));
    if (!metadata || metadata->tokenEndpoint.isEmpty()) {
        const Error noEndpoint =
            metadata ? Error{u"tenant.no-token-endpoint"_s,
                             TrustProofText::tr("The ACS metadata document lists no OAuth2 endpoint."),
                             {},
                             TrustProofText::tr("Check the metadata endpoint in %1.")
                                 .arg(stepReference(StepId::Variables))}
                     : metadata.error();
        checks.append(
            unreadableChecks({check_ids::trustTokenOutbound, check_ids::trustTokenInbound}, noEndpoint));
        co_return checks;
    }
    const QString host = Endpoints::sharePointHost(target->initialDomain);
    const QStringList encodings{acs_token::clientAssertion.toString(), acs_token::jwtBearer.toString()};
    const auto outbound = co_await requestTokens(context, metadata->tokenEndpoint, host, encodings);
    if (!outbound) {
        checks.append(unreadableChecks({check_ids::trustTokenOutbound, check_ids::trustTokenInbound},
                                       outbound.error()));
        co_return checks;
    }
    checks.append(tokenCheckOf(check_ids::trustTokenOutbound, host, *target, *outbound));
    const QString encoding = acceptedEncoding(*outbound);
    checks.append(co_await inboundCheck(context, *target, metadata->tokenEndpoint, encoding));
    co_return checks;
}

QList<PlanLine> trustProofPlan(const Session &session, const Endpoints &endpoints)
{
    const QString tenant = session.variables().tenantId.isEmpty() ? u"<tenant id>"_s
                                                                  : session.variables().tenantId;
    return {note(TrustProofText::tr("Prove the trust, read-only:")),
            graph(graph_requests::realmDiscovery(endpoints.sharepoint.isEmpty()
                                                     ? QUrl(u"https://<tenant>.sharepoint.com"_s)
                                                     : endpoints.sharepoint)),
            graph(graph_requests::acsMetadata(endpoints.metadataEndpoint(tenant))),
            powershell(RequestAcsTokenOp::command({u"<ACS token endpoint>"_s, u"<tenant>.sharepoint.com"_s,
                                                   acs_token::clientAssertion.toString()})),
            powershell(RequestAcsTokenOp::command({u"<ACS token endpoint>"_s,
                                                   u"<public host of %1>"_s.arg(siteUrl(session)),
                                                   acs_token::clientAssertion.toString()}))};
}

} // namespace s2s
