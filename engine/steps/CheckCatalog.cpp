#include "CheckCatalog.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace s2s {

QString checkTitle(const QString &id)
{
    static const QHash<QString, const char *> titles = {
        {u"webapp-exists"_s, QT_TRANSLATE_NOOP("Checks", "Web application exists")},
        {u"zone-windows-auth"_s, QT_TRANSLATE_NOOP("Checks", "Integrated Windows authentication")},
        {u"zone-ntlm"_s, QT_TRANSLATE_NOOP("Checks", "NTLM (Kerberos disabled)")},
        {u"oauth-over-http-enabled"_s, QT_TRANSLATE_NOOP("Checks", "OAuth over HTTP enabled")},
        {u"sts-cert-same-on-all-servers"_s,
         QT_TRANSLATE_NOOP("Checks", "STS certificate same on all servers")},
        {u"sts-cert-key-strength"_s, QT_TRANSLATE_NOOP("Checks", "STS certificate key strength")},
        {u"sts-cert-validity"_s, QT_TRANSLATE_NOOP("Checks", "STS certificate validity")},
        {u"host-ready"_s, QT_TRANSLATE_NOOP("Checks", "SharePoint PowerShell host ready")},
        {u"farm-admin"_s, QT_TRANSLATE_NOOP("Checks", "Account is a farm administrator")},
        {u"remoting-each-server"_s,
         QT_TRANSLATE_NOOP("Checks", "PowerShell remoting reaches every server")},
        {u"signed-in"_s, QT_TRANSLATE_NOOP("Checks", "Signed in to Microsoft 365")},
        {u"graph-permission"_s, QT_TRANSLATE_NOOP("Checks", "Graph permission granted")},
        {u"outbound-acs"_s, QT_TRANSLATE_NOOP("Checks", "Farm reaches ACS over HTTPS")},
        {u"public-domain-valid"_s, QT_TRANSLATE_NOOP("Checks", "Public domain valid")},
        {u"site-url-valid"_s, QT_TRANSLATE_NOOP("Checks", "Site URL valid")},
        {u"tenant-id-known"_s, QT_TRANSLATE_NOOP("Checks", "Tenant id known")},
        {u"metadata-realm-matches"_s,
         QT_TRANSLATE_NOOP("Checks", "Metadata realm matches tenant")},
        {u"sts-cert-on-spo-principal"_s,
         QT_TRANSLATE_NOOP("Checks", "STS certificate on SharePoint Online principal")},
        {u"spo-key-validity"_s, QT_TRANSLATE_NOOP("Checks", "Key credential dates cover today")},
        {u"spo-keys-kept"_s, QT_TRANSLATE_NOOP("Checks", "Existing keys kept")},
        {u"spn-listed"_s, QT_TRANSLATE_NOOP("Checks", "SPN listed")},
        {u"spn-only-one-for-domain"_s, QT_TRANSLATE_NOOP("Checks", "Only SPN for the domain")},
        {u"existing-spns-kept"_s, QT_TRANSLATE_NOOP("Checks", "Existing SPNs kept")},
        {u"app-principal-registered"_s,
         QT_TRANSLATE_NOOP("Checks", "SharePoint Online app principal registered")},
        {u"realm-matches-tenant"_s, QT_TRANSLATE_NOOP("Checks", "Realm GUIDs match")},
        {u"acs-proxy-present"_s, QT_TRANSLATE_NOOP("Checks", "ACS proxy present and online")},
        {u"acs-proxy-default-group"_s,
         QT_TRANSLATE_NOOP("Checks", "ACS proxy in the default proxy group")},
        {u"acs-proxy-metadata-matches"_s,
         QT_TRANSLATE_NOOP("Checks", "ACS proxy metadata endpoint matches")},
        {u"trusted-service-consumer-present"_s,
         QT_TRANSLATE_NOOP("Checks", "Trusted Service Consumer present")},
        {u"trusted-issuer-name"_s,
         QT_TRANSLATE_NOOP("Checks", "Trusted issuer name is the ACS principal")},
        {u"trusted-issuer-is-broker"_s, QT_TRANSLATE_NOOP("Checks", "Trusted issuer is a broker")},
    };
    const auto it = titles.constFind(id);
    return it == titles.cend() ? id : QCoreApplication::translate("Checks", *it);
}

static Check make(const QString &id, CheckStatus status, const QString &expected,
                  const QString &actual, const QString &remedy)
{
    return {id, checkTitle(id), status, expected, actual,
            status == CheckStatus::Pass ? QString() : remedy};
}

Check passCheck(const QString &id, const QString &expected, const QString &actual)
{
    return make(id, CheckStatus::Pass, expected, actual, {});
}

Check failCheck(const QString &id, const QString &expected, const QString &actual,
                const QString &remedy)
{
    return make(id, CheckStatus::Fail, expected, actual, remedy);
}

Check warnCheck(const QString &id, const QString &expected, const QString &actual,
                const QString &remedy)
{
    return make(id, CheckStatus::Warn, expected, actual, remedy);
}

Check unknownCheck(const QString &id, const QString &expected, const QString &actual,
                   const QString &remedy)
{
    return make(id, CheckStatus::Unknown, expected, actual, remedy);
}

Check checkIf(bool passed, const QString &id, const QString &expected, const QString &actual,
              const QString &remedy)
{
    return make(id, passed ? CheckStatus::Pass : CheckStatus::Fail, expected, actual, remedy);
}

QList<Check> unreadableChecks(const QStringList &ids, const Error &error)
{
    QList<Check> checks;
    for (const QString &id : ids)
        checks.append(failCheck(id, QCoreApplication::translate("Checks", "readable state"),
                                error.message,
                                error.remedy.isEmpty()
                                    ? QCoreApplication::translate(
                                          "Checks", "Fix the error above, then validate again.")
                                    : error.remedy));
    return checks;
}

ValidationReport makeReport(QList<Check> checks)
{
    return {QDateTime::currentDateTimeUtc(), std::move(checks)};
}

} // namespace s2s
