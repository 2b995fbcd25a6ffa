#pragma once

#include <QList>
#include <QString>

#include "core/Check.h"
#include "core/Error.h"
#include "core/StepId.h"

namespace s2s {

// One check of PROCEDURE.md: its stable id and its English title. Steps name a check by its
// constant below, so a check cannot be made without a title.
struct CheckDefinition {
    const char *key;     // the stable id ("webapp-exists"), kept across releases
    const char *english; // translated in the context "Checks" when shown
    StepId step;         // the step that makes it (and whose page to revisit when it fails)

    QString id() const { return QString::fromLatin1(key); }
    QString title() const; // in the admin's language
};

// The catalog: every check id of PROCEDURE.md with its title, in PROCEDURE.md order.
namespace check_ids {
inline constexpr CheckDefinition webAppExists{
    "webapp-exists", QT_TRANSLATE_NOOP("Checks", "Web application exists"), StepId::WebAppAuth};
inline constexpr CheckDefinition zoneWindowsAuth{
    "zone-windows-auth", QT_TRANSLATE_NOOP("Checks", "Integrated Windows authentication"),
    StepId::WebAppAuth};
inline constexpr CheckDefinition zoneNtlm{
    "zone-ntlm", QT_TRANSLATE_NOOP("Checks", "NTLM (Kerberos disabled)"), StepId::WebAppAuth};
inline constexpr CheckDefinition oauthOverHttpEnabled{
    "oauth-over-http-enabled", QT_TRANSLATE_NOOP("Checks", "OAuth over HTTP enabled"), StepId::OAuthOverHttp};
inline constexpr CheckDefinition stsCertSameOnAllServers{
    "sts-cert-same-on-all-servers", QT_TRANSLATE_NOOP("Checks", "STS certificate same on all servers"),
    StepId::StsCertificate};
inline constexpr CheckDefinition stsCertKeyStrength{
    "sts-cert-key-strength", QT_TRANSLATE_NOOP("Checks", "STS certificate key strength"),
    StepId::StsCertificate};
inline constexpr CheckDefinition stsCertValidity{
    "sts-cert-validity", QT_TRANSLATE_NOOP("Checks", "STS certificate validity"), StepId::StsCertificate};
inline constexpr CheckDefinition hostReady{
    "host-ready", QT_TRANSLATE_NOOP("Checks", "SharePoint PowerShell host ready"), StepId::Connect};
inline constexpr CheckDefinition farmAdmin{
    "farm-admin", QT_TRANSLATE_NOOP("Checks", "Account is a farm administrator"), StepId::Connect};
inline constexpr CheckDefinition remotingEachServer{
    "remoting-each-server", QT_TRANSLATE_NOOP("Checks", "PowerShell remoting reaches every server"),
    StepId::Connect};
inline constexpr CheckDefinition signedIn{
    "signed-in", QT_TRANSLATE_NOOP("Checks", "Signed in to Microsoft 365"), StepId::Connect};
inline constexpr CheckDefinition graphPermission{
    "graph-permission", QT_TRANSLATE_NOOP("Checks", "Graph permission granted"), StepId::Connect};
inline constexpr CheckDefinition outboundAcs{
    "outbound-acs", QT_TRANSLATE_NOOP("Checks", "Farm reaches ACS over HTTPS"), StepId::Connect};
inline constexpr CheckDefinition publicDomainValid{
    "public-domain-valid", QT_TRANSLATE_NOOP("Checks", "Public domain valid"), StepId::Variables};
inline constexpr CheckDefinition siteUrlValid{"site-url-valid", QT_TRANSLATE_NOOP("Checks", "Site URL valid"),
                                              StepId::Variables};
inline constexpr CheckDefinition tenantIdKnown{
    "tenant-id-known", QT_TRANSLATE_NOOP("Checks", "Tenant id known"), StepId::Variables};
inline constexpr CheckDefinition metadataRealmMatches{
    "metadata-realm-matches", QT_TRANSLATE_NOOP("Checks", "Metadata realm matches tenant"),
    StepId::Variables};
inline constexpr CheckDefinition stsCertOnSpoPrincipal{
    "sts-cert-on-spo-principal",
    QT_TRANSLATE_NOOP("Checks", "STS certificate on SharePoint Online principal"), StepId::UploadCertificate};
inline constexpr CheckDefinition spoKeyValidity{
    "spo-key-validity", QT_TRANSLATE_NOOP("Checks", "Key credential dates cover today"),
    StepId::UploadCertificate};
inline constexpr CheckDefinition spoKeysKept{
    "spo-keys-kept", QT_TRANSLATE_NOOP("Checks", "Existing keys kept"), StepId::UploadCertificate};
inline constexpr CheckDefinition spnListed{"spn-listed", QT_TRANSLATE_NOOP("Checks", "SPN listed"),
                                           StepId::AddSpn};
inline constexpr CheckDefinition spnOnlyOneForDomain{
    "spn-only-one-for-domain", QT_TRANSLATE_NOOP("Checks", "Only SPN for the domain"), StepId::AddSpn};
inline constexpr CheckDefinition existingSpnsKept{
    "existing-spns-kept", QT_TRANSLATE_NOOP("Checks", "Existing SPNs kept"), StepId::AddSpn};
inline constexpr CheckDefinition appPrincipalRegistered{
    "app-principal-registered", QT_TRANSLATE_NOOP("Checks", "SharePoint Online app principal registered"),
    StepId::RegisterAppPrincipal};
inline constexpr CheckDefinition realmMatchesTenant{
    "realm-matches-tenant", QT_TRANSLATE_NOOP("Checks", "Realm GUIDs match"), StepId::AuthRealm};
inline constexpr CheckDefinition acsProxyPresent{
    "acs-proxy-present", QT_TRANSLATE_NOOP("Checks", "ACS proxy present and online"), StepId::AcsTrust};
inline constexpr CheckDefinition acsProxyDefaultGroup{
    "acs-proxy-default-group", QT_TRANSLATE_NOOP("Checks", "ACS proxy in the default proxy group"),
    StepId::AcsTrust};
inline constexpr CheckDefinition acsProxyMetadataMatches{
    "acs-proxy-metadata-matches", QT_TRANSLATE_NOOP("Checks", "ACS proxy metadata endpoint matches"),
    StepId::AcsTrust};
inline constexpr CheckDefinition trustedServiceConsumerPresent{
    "trusted-service-consumer-present", QT_TRANSLATE_NOOP("Checks", "Trusted Service Consumer present"),
    StepId::AcsTrust};
inline constexpr CheckDefinition trustedIssuerName{
    "trusted-issuer-name", QT_TRANSLATE_NOOP("Checks", "Trusted issuer name is the ACS principal"),
    StepId::AcsTrust};
inline constexpr CheckDefinition trustedIssuerIsBroker{
    "trusted-issuer-is-broker", QT_TRANSLATE_NOOP("Checks", "Trusted issuer is a broker"), StepId::AcsTrust};
// Step 11's proof that the trust works (PROCEDURE.md, "The trust, proven end to end").
inline constexpr CheckDefinition trustRealmDiscovery{
    "trust-realm-discovery", QT_TRANSLATE_NOOP("Checks", "SharePoint Online announces the farm's realm"),
    StepId::FinalValidation};
inline constexpr CheckDefinition trustTokenOutbound{
    "trust-token-outbound", QT_TRANSLATE_NOOP("Checks", "ACS issues a token for SharePoint Online"),
    StepId::FinalValidation};
inline constexpr CheckDefinition trustTokenInbound{
    "trust-token-inbound", QT_TRANSLATE_NOOP("Checks", "ACS issues a token for the farm's public host"),
    StepId::FinalValidation};
} // namespace check_ids

// Every check of the catalog above, for tests and for readers that only have an id.
const QList<CheckDefinition> &allChecks();
// The catalog's entry for `id`, or nullptr: an id no step makes.
const CheckDefinition *findCheck(const QString &id);

Check passCheck(const CheckDefinition &check, const QString &expected, const QString &actual);
Check failCheck(const CheckDefinition &check, const QString &expected, const QString &actual,
                const QString &remedy);
Check warnCheck(const CheckDefinition &check, const QString &expected, const QString &actual,
                const QString &remedy);
// The check could not be decided (no baseline, ...): shown as such, never fails a run.
Check unknownCheck(const CheckDefinition &check, const QString &expected, const QString &actual,
                   const QString &remedy);
Check checkIf(bool passed, const CheckDefinition &check, const QString &expected, const QString &actual,
              const QString &remedy);
// The checks `failed` all failed because reading the state failed with `error`.
QList<Check> unreadableChecks(const QList<CheckDefinition> &failed, const Error &error);

ValidationReport makeReport(QList<Check> checks);

} // namespace s2s
