// The two lab farms answer alike: s2s-lab-host (our C++ imitation) and the shipped FarmHost.ps1
// under pwsh with the SharePoint simulator (--lab-farm powershell) get the same requests on the
// wire for the same farm.json, and must give the same answers (results, error codes) and leave
// the same farm.json behind. Where they differ, Microsoft's documentation decides which is wrong.
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <QCoro/QCoroTask>

#include "LabFixture.h"
#include "core/Constants.h"
#include "core/JsonFile.h"
#include "crypto/Certificate.h"
#include "crypto/Pkcs12.h"
#include "farm/HostTransport.h"
#include "lab/LabFarmFetch.h"
#include "lab/LabFolder.h"
#include "lab/LabPowerShellFarm.h"
#include "lab/LabTenantServer.h"
#include "workbench/Backends.h"

using namespace Qt::StringLiterals;
using namespace s2s;

namespace {

enum class Farm {
    Host,
    PowerShell
};

struct Request {
    QString op;
    QJsonObject args;
    QString server;
};

const QString pfxPassword = u"Lab-Farms-Pw-1"_s;

// Ids the farms make up (proxy GUIDs) and what only one side can know (the PowerShell version)
// are not part of the contract.
QJsonValue normalized(const QJsonValue &value)
{
    static const QRegularExpression guid(
        u"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"_s);
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue &item : value.toArray())
            array.append(normalized(item));
        return array;
    }
    // Dates: both ISO 8601 UTC; .NET's round-trip format adds seven zero fraction digits.
    static const QRegularExpression zeroFraction(u"^(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d)\\.0+Z$"_s);
    if (value.isString()) {
        const auto match = zeroFraction.match(value.toString());
        return match.hasMatch() ? QJsonValue(match.captured(1) + u'Z') : value;
    }
    if (!value.isObject())
        return value;
    QJsonObject object = value.toObject();
    object.remove(u"host"_s); // host.info: the PowerShell that runs it
    if (object.value(u"id").isString() && guid.match(object.value(u"id").toString()).hasMatch())
        object.insert(u"id"_s, u"<guid>"_s);
    for (auto it = object.begin(); it != object.end(); ++it)
        it.value() = normalized(it.value());
    return object;
}

QString answerText(const Result<QJsonValue> &answer)
{
    if (!answer)
        return u"error "_s + answer.error().code;
    return QString::fromUtf8(
        QJsonDocument(QJsonObject{{u"result"_s, normalized(answer.value())}}).toJson(QJsonDocument::Compact));
}

} // namespace

class TestLabFarms : public QObject {
    Q_OBJECT
private:
    QByteArray m_pfx;
    QString m_thumbprint;

    static Result<HostTransport::Config> hostConfig(Farm farm, const lab::LabFolder &lab)
    {
        if (farm == Farm::PowerShell)
            return lab::powerShellLabHost(
                lab, {lab::findPwsh(), sharePointSimulatorFolder(), labHostProgram()}, lab.tenantCaFile());
        HostTransport::Config config;
        config.program = labHostProgram();
        config.arguments = {u"--lab"_s, lab.path(), u"--tenant-ca"_s, lab.tenantCaFile()};
        return config;
    }

    // `farm` trusting `caFile` and reaching `origins` (empty: the lab tenant's own), configured as
    // the wizard's openLab does for --endpoints.
    static Result<HostTransport::Config> farmReaching(Farm farm, const lab::LabFolder &lab,
                                                      const QString &caFile, const QStringList &origins)
    {
        if (farm == Farm::PowerShell)
            return lab::powerShellLabHost(
                lab, {lab::findPwsh(), sharePointSimulatorFolder(), labHostProgram()}, caFile, origins);
        HostTransport::Config config;
        config.program = labHostProgram();
        config.arguments = {u"--lab"_s, lab.path(), u"--tenant-ca"_s, caFile};
        for (const QString &origin : origins)
            config.arguments << u"--allow-origin"_s << origin;
        return config;
    }

    // A port nobody listens on right now (the kernel's pick).
    static quint16 freePort()
    {
        QTcpServer probe;
        return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
    }

    QList<Request> requests(const QString &metadataUrl) const
    {
        const QJsonObject pfx{{u"pfx"_s, QString::fromLatin1(m_pfx.toBase64())},
                              {u"password"_s, pfxPassword}};
        QJsonObject wrongPassword = pfx;
        wrongPassword.insert(u"password"_s, u"not the password"_s);
        const auto site = u"https://portal.contoso.com"_s;
        const auto nameId = u"00000003-0000-0ff1-ce00-000000000000@"_s + lab::seed::tenantId;
        QList<Request> list{
            {u"host.info"_s, {}, {}},
            {u"servers.list"_s, {}, {}},
            {u"webapps.list"_s, {}, {}},
            {u"sts.get"_s, {}, {}},
            {u"realm.get"_s, {}, {}},
            {u"proxies.list"_s, {}, {}},
            {u"issuers.list"_s, {}, {}},
            {u"appPrincipal.get"_s,
             {{u"site"_s, site},
              {u"nameIdentifier"_s, u"c3d9a4f1-52e8-4b7d-a6c0-9e1f2b3c4d5e@"_s + lab::seed::farmRealm}},
             {}},
        };
        for (const QString &server : {u"SP-WFE1"_s, u"SP-WFE2"_s, u"SP-APP1"_s, u"SP-SQL1"_s, u"NOPE"_s}) {
            list.append({u"remoting.test"_s, {}, server});
            list.append({u"sts.running"_s, {}, server});
        }
        for (const auto &[app, zone] :
             {std::pair{u"http://sharepoint"_s, u"Default"_s},
              std::pair{u"https://portal.contoso.com"_s, u"Default"_s},
              std::pair{u"http://sharepoint"_s, u"Extranet"_s}, std::pair{u"http://nowhere"_s, u"Default"_s},
              std::pair{u"http://sharepoint"_s, u"Nowhere"_s}})
            list.append({u"webapp.authProvider"_s, {{u"webApplication"_s, app}, {u"zone"_s, zone}}, {}});
        // Empty or mistyped arguments: refused as the script refuses them (farm.argument).
        list << Request{u"realm.set"_s, {{u"realm"_s, u""_s}}, {}}
             << Request{u"acsProxy.new"_s, {{u"name"_s, u""_s}, {u"metadataEndpoint"_s, metadataUrl}}, {}}
             << Request{u"issuer.new"_s,
                        {{u"name"_s, u"ACS"_s},
                         {u"metadataEndpoint"_s, metadataUrl},
                         {u"isTrustBroker"_s, u"yes"_s}},
                        {}}
             << Request{u"appPrincipal.get"_s, {{u"site"_s, site}}, {}};
        list << Request{u"realm.set"_s, {{u"realm"_s, u"not-a-guid"_s}}, {}}
             << Request{u"realm.set"_s, {{u"realm"_s, lab::seed::tenantId}}, {}}
             << Request{u"realm.get"_s, {}, {}}
             << Request{u"sts.setAllowOAuthOverHttp"_s, {{u"allow"_s, true}}, {}}
             << Request{u"sts.get"_s, {}, {}} << Request{u"outbound.fetch"_s, {{u"url"_s, metadataUrl}}, {}}
             << Request{u"acsProxy.new"_s,
                        {{u"name"_s, u"ACS"_s},
                         {u"metadataEndpoint"_s, metadataUrl},
                         {u"defaultProxyGroup"_s, true}},
                        {}}
             << Request{u"acsProxy.new"_s,
                        {{u"name"_s, u"ACS"_s},
                         {u"metadataEndpoint"_s, metadataUrl},
                         {u"defaultProxyGroup"_s, true}},
                        {}}
             << Request{u"proxies.list"_s, {}, {}}
             << Request{u"issuer.new"_s,
                        {{u"name"_s, u"ACS"_s},
                         {u"metadataEndpoint"_s, metadataUrl},
                         {u"isTrustBroker"_s, true}},
                        {}}
             << Request{u"issuers.list"_s, {}, {}}
             << Request{u"appPrincipal.register"_s,
                        {{u"site"_s, site},
                         {u"nameIdentifier"_s, nameId},
                         {u"displayName"_s, u"SharePoint Online"_s}},
                        {}}
             << Request{u"appPrincipal.get"_s, {{u"site"_s, site}, {u"nameIdentifier"_s, nameId}}, {}}
             << Request{u"cert.rootHas"_s, {{u"thumbprint"_s, m_thumbprint}}, u"SP-WFE1"_s}
             << Request{u"cert.importPfx"_s, wrongPassword, u"SP-WFE1"_s}
             << Request{u"cert.importPfx"_s, pfx, u"SP-WFE1"_s}
             << Request{u"cert.rootHas"_s, {{u"thumbprint"_s, m_thumbprint}}, u"SP-WFE1"_s}
             << Request{u"cert.rootHas"_s, {{u"thumbprint"_s, m_thumbprint}}, u"SP-WFE2"_s}
             << Request{u"cert.rootHas"_s, {{u"thumbprint"_s, m_thumbprint}}, u"SP-APP1"_s}
             << Request{u"cert.rootHas"_s, {{u"thumbprint"_s, u"not a thumbprint"_s}}, u"SP-WFE1"_s}
             << Request{u"sts.setSigningCertificate"_s, wrongPassword, {}}
             << Request{u"sts.setSigningCertificate"_s, pfx, {}}
             << Request{u"server.reset"_s, {}, u"SP-WFE1"_s} << Request{u"sts.running"_s, {}, u"SP-WFE1"_s}
             << Request{u"sts.running"_s, {}, u"SP-WFE2"_s} << Request{u"server.reset"_s, {}, u"SP-SQL1"_s};
        return list;
    }

    static bool loaded(const HostTransport &transport)
    {
        return !transport.readyInfo().value_or(QJsonObject{}).contains(u"loadError"_s);
    }

    // Without its farm cmdlets the script reads SharePoint's version from the file version of
    // SharePoint's assembly, which the simulator's (built once for every farm.json) does not carry.
    static QJsonObject unversioned(QJsonObject info)
    {
        info.remove(u"sharepoint"_s);
        return info;
    }

    // Every request's answer and then farm.json, as text lines, from `farm` serving `labDir`.
    QStringList answers(Farm farm, const QString &labDir)
    {
        const lab::LabFolder lab(labDir);
        lab::LabTenantServer tenant(lab);
        if (const auto started = tenant.start(); !started)
            return {u"cannot start the lab tenant: "_s + started.error().toText()};
        if (const auto written = tenant.writeCertificatePem(lab.tenantCaFile()); !written)
            return {u"cannot write the tenant CA: "_s + written.error().toText()};
        const QString metadataUrl = tenant.baseUrl().toString() + u"/"_s + lab::seed::tenantId +
                                    u"/metadata/json/1"_s;
        auto config = hostConfig(farm, lab);
        if (!config)
            return {u"cannot start the farm: "_s + config.error().toText()};
        config.value().opTimeout = std::chrono::seconds(60);
        HostTransport transport(*config);
        QStringList lines;
        for (const Request &request : requests(metadataUrl)) {
            auto answer = QCoro::waitFor(transport.call(request.op, request.args, request.server));
            if (answer && request.op == u"host.info" && !loaded(transport))
                answer = QJsonValue(unversioned(answer->toObject()));
            lines.append(u"%1 %2 -> %3"_s.arg(request.op, request.server, answerText(answer)));
        }
        // What the host announced before the first request (its load error and warnings).
        QJsonObject ready = transport.readyInfo().value_or(QJsonObject{});
        if (!loaded(transport))
            ready = unversioned(ready);
        ready.remove(u"languageMode"_s); // only a PowerShell host has one
        QStringList operations;
        for (const QJsonValue &name : ready.take(u"operations"_s).toArray())
            operations.append(name.toString());
        operations.sort();
        ready.insert(u"operations"_s, QJsonArray::fromStringList(operations));
        lines.prepend(
            u"ready -> "_s +
            QString::fromUtf8(QJsonDocument(normalized(ready).toObject()).toJson(QJsonDocument::Compact)));
        QJsonObject state = readJsonObject(lab.farmFile()).value();
        for (const QString &key : {u"host"_s, u"schema"_s})
            state.remove(key);
        const QString farmText = QString::fromUtf8(
            QJsonDocument(normalized(state).toObject()).toJson(QJsonDocument::Indented));
        lines.append(farmText.split(u'\n'));
        return lines;
    }

    // The farm.json switches of the variants: one real-farm situation each.
    static void edit(QJsonObject &farm, const QString &variant)
    {
        const auto editFirstZone = [&farm](const QString &key, const QJsonValue &value) {
            QJsonArray apps = farm[u"webApplications"].toArray();
            QJsonObject app = apps[0].toObject();
            QJsonArray zones = app[u"zones"].toArray();
            QJsonObject zone = zones[0].toObject();
            zone.insert(key, value);
            zones.replace(0, zone);
            app.insert(u"zones"_s, zones);
            apps.replace(0, app);
            farm.insert(u"webApplications"_s, apps);
        };
        // An Extranet zone of the first web application (http://sharepoint).
        const auto addExtranet = [&farm](const QJsonObject &extra) {
            QJsonArray apps = farm[u"webApplications"].toArray();
            QJsonObject app = apps[0].toObject();
            QJsonArray zones = app[u"zones"].toArray();
            QJsonObject zone{{u"zone"_s, u"Extranet"_s}, {u"windowsAuthentication"_s, true}};
            for (auto it = extra.begin(); it != extra.end(); ++it)
                zone.insert(it.key(), it.value());
            zones.append(zone);
            app.insert(u"zones"_s, zones);
            apps.replace(0, app);
            farm.insert(u"webApplications"_s, apps);
        };
        if (variant == u"kerberos zone")
            editFirstZone(u"kerberos"_s, true);
        else if (variant == u"zone without Windows authentication")
            editFirstZone(u"windowsAuthentication"_s, false);
        else if (variant == u"SP-APP1 unreachable")
            test::setInArray(farm, u"servers"_s, u"name"_s, u"SP-APP1"_s, u"reachable"_s, false);
        else if (variant == u"no outbound HTTPS")
            farm.insert(u"outboundHttps"_s, false);
        else if (variant == u"German farm")
            farm.insert(u"language"_s, u"de-DE"_s);
        else if (variant == u"not a shell admin")
            test::setInObject(farm, u"account"_s, u"shellAdmin"_s, false);
        else if (variant == u"not elevated")
            test::setInObject(farm, u"account"_s, u"elevated"_s, false);
        else if (variant == u"SP-WFE2 STS redirects")
            test::setInArray(farm, u"servers"_s, u"name"_s, u"SP-WFE2"_s, u"stsRedirectsTo"_s, u"SP-WFE1"_s);
        else if (variant == u"host on SP-APP1, unreachable") {
            test::setInObject(farm, u"host"_s, u"computerName"_s, u"SP-APP1"_s);
            test::setInArray(farm, u"servers"_s, u"name"_s, u"SP-APP1"_s, u"reachable"_s, false);
        } else if (variant == u"SP-APP1 without the web application service")
            test::setInArray(farm, u"servers"_s, u"name"_s, u"SP-APP1"_s, u"services"_s,
                             QJsonArray{u"Microsoft SharePoint Foundation Timer"_s});
        else if (variant == u"zone with a trusted provider") {
            editFirstZone(u"windowsAuthentication"_s, false);
            editFirstZone(u"trustedProvider"_s, u"Contoso SAML"_s);
        } else if (variant == u"zone with a forms provider") {
            editFirstZone(u"windowsAuthentication"_s, false);
            editFirstZone(u"formsProvider"_s, u"Contoso Members"_s);
            editFirstZone(u"trustedProvider"_s, u"Contoso SAML"_s);
        } else if (variant == u"extranet zone without a URL")
            addExtranet({{u"url"_s, u""_s}});
        else if (variant == u"extranet zone not extended")
            addExtranet({{u"url"_s, u"http://extranet.contoso.com"_s}, {u"extended"_s, false}});
        else if (variant == u"no App Management service")
            farm.insert(u"appManagementService"_s, false);
        else if (variant == u"ACS proxy cmdlet returns nothing")
            farm.insert(u"acsProxyReturnsNothing"_s, true);
        else if (variant == u"portal without a root site")
            test::setInArray(farm, u"webApplications"_s, u"url"_s, u"https://portal.contoso.com"_s,
                             u"hasRootSite"_s, false);
        else if (variant == u"SP-APP1 runs Central Administration")
            test::setInArray(farm, u"servers"_s, u"name"_s, u"SP-APP1"_s, u"centralAdministration"_s, true);
        else if (variant == u"SharePoint 2019")
            test::setInObject(farm, u"host"_s, u"edition"_s, u"2019"_s);
        else if (variant == u"classic-mode web application")
            test::setInArray(farm, u"webApplications"_s, u"url"_s, u"http://sharepoint"_s,
                             u"claimsAuthentication"_s, false);
    }

    // Two copies of one seeded lab, edited by `edit`: both farms start from the same farm.json.
    static void twinLabs(const QTemporaryDir &root, const std::function<void(QJsonObject &)> &edit)
    {
        const lab::LabFolder first(root.filePath(u"host"_s));
        QVERIFY(first.ensureSeeded().ok());
        auto farm = first.readFarm();
        QVERIFY(farm.ok());
        edit(farm.value());
        QVERIFY(first.writeFarm(*farm).ok());
        const QString second = root.filePath(u"powershell"_s);
        QVERIFY(QDir().mkpath(second));
        for (const QString &file : {u"farm.json"_s, u"tenant.json"_s})
            QVERIFY(QFile::copy(first.path() + u'/' + file, second + u'/' + file));
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::preparePowerShellFarmTest();
        if (lab::findPwsh().isEmpty())
            QFAIL(qPrintable(test::pwshMissing()));
        const auto certificate = crypto::generateSelfSigned(u"Lab farms STS"_s, 2048, 365);
        QVERIFY(certificate.ok());
        const auto pfx = crypto::exportPfx(*certificate, pfxPassword);
        QVERIFY(pfx.ok());
        m_pfx = *pfx;
        m_thumbprint = crypto::sha1Thumbprint(certificate->der);
    }

    void bothFarms_answerEveryRequestAlike_data()
    {
        QTest::addColumn<QString>("variant");
        for (const char *variant : {"seed",
                                    "kerberos zone",
                                    "SP-APP1 unreachable",
                                    "no outbound HTTPS",
                                    "zone without Windows authentication",
                                    "German farm",
                                    "not a shell admin",
                                    "not elevated",
                                    "SP-WFE2 STS redirects",
                                    "host on SP-APP1, unreachable",
                                    "SP-APP1 without the web application service",
                                    "zone with a trusted provider",
                                    "zone with a forms provider",
                                    "classic-mode web application",
                                    "extranet zone without a URL",
                                    "extranet zone not extended",
                                    "no App Management service",
                                    "ACS proxy cmdlet returns nothing",
                                    "SharePoint 2019",
                                    "portal without a root site",
                                    "SP-APP1 runs Central Administration"})
            QTest::newRow(variant) << QString::fromLatin1(variant);
    }

    void bothFarms_answerEveryRequestAlike()
    {
        QFETCH(QString, variant);
        QTemporaryDir root;
        twinLabs(root, [&variant](QJsonObject &farm) { edit(farm, variant); });
        const QStringList host = answers(Farm::Host, root.filePath(u"host"_s));
        const QStringList script = answers(Farm::PowerShell, root.filePath(u"powershell"_s));
        // Alike only counts when the farms served: two identical start failures prove nothing.
        const auto served = [](const QStringList &lines) {
            return lines.filter(u" -> {\"result\""_s).size();
        };
        QVERIFY2(served(host) > 0, qPrintable(host.value(0)));
        QVERIFY2(served(script) > 0, qPrintable(script.value(0)));
        QStringList differences;
        for (qsizetype i = 0; i < std::max(host.size(), script.size()); ++i) {
            const QString left = host.value(i), right = script.value(i);
            if (left != right)
                differences.append(u"s2s-lab-host: %1\n       pwsh: %2"_s.arg(left, right));
        }
        for (const QString &difference : differences)
            qWarning().noquote() << difference;
        QVERIFY2(differences.isEmpty(),
                 qPrintable(u"%1 answers differ (listed above)"_s.arg(differences.size())));
    }

    // --lab --endpoints F: the farm reaches F's acs origin over real HTTPS (a tenant server on a
    // port of its own, not the lab's) and nothing else; without allowed origins only the lab
    // tenant's own port. Both farms, with the origins passed as data (--allow-origin, or
    // S2S_LAB_ALLOWED_ORIGINS for the simulator).
    void bothFarms_reachOnlyTheAllowedOrigins()
    {
        QTemporaryDir root;
        twinLabs(root, [](QJsonObject &) {});
        const lab::LabFolder allowedLab(root.filePath(u"allowed"_s)), otherLab(root.filePath(u"other"_s));
        QVERIFY(allowedLab.ensureSeeded().ok());
        QVERIFY(otherLab.ensureSeeded().ok());
        lab::LabTenantServer allowed(allowedLab), other(otherLab);
        QVERIFY(allowed.start(freePort()).ok());
        QVERIFY(other.start(freePort()).ok());
        const int labPort = readJsonObject(root.filePath(u"host/tenant.json"_s)).value()[u"port"].toInt();
        QVERIFY(allowed.port() != labPort && other.port() != labPort);
        // Both servers trusted: only the origin rule can refuse the other one.
        const QString trusted = root.filePath(u"trusted.pem"_s);
        QFile pem(trusted);
        QVERIFY(pem.open(QIODevice::WriteOnly));
        pem.write(allowed.certificate().toPem() + other.certificate().toPem());
        pem.close();
        const QString allowedUrl = allowed.endpoints().metadataEndpoint(lab::seed::tenantId);
        const QString otherUrl = other.endpoints().metadataEndpoint(lab::seed::tenantId);
        const QStringList origins{lab::originOf(allowed.baseUrl())};

        for (const Farm farm : {Farm::Host, Farm::PowerShell}) {
            const QString name = farm == Farm::Host ? u"host"_s : u"powershell"_s;
            const lab::LabFolder lab(root.filePath(name));
            const auto call = [&](const QStringList &reach, const QString &op,
                                  const QJsonObject &args) -> Result<QJsonValue> {
                auto config = farmReaching(farm, lab, trusted, reach);
                if (!config)
                    return config.error();
                config.value().opTimeout = std::chrono::seconds(60);
                HostTransport transport(*config);
                return QCoro::waitFor(transport.call(op, args, {}));
            };
            const auto fetch = [&](const QStringList &reach, const QString &url) {
                return call(reach, u"outbound.fetch"_s, {{u"url"_s, url}});
            };
            const auto fetched = fetch(origins, allowedUrl);
            QVERIFY2(fetched.ok(),
                     qPrintable(name + u": "_s + (fetched ? QString() : fetched.error().toText())));
            const auto refused = fetch(origins, otherUrl);
            QVERIFY2(!refused.ok() && refused.error().code == u"farm.outbound",
                     qPrintable(name + u": "_s + answerText(refused)));
            // Without allowed origins the lab has only its own tenant: both servers are out of reach.
            const auto unconfigured = fetch({}, allowedUrl);
            QVERIFY2(!unconfigured.ok() && unconfigured.error().code == u"farm.outbound",
                     qPrintable(name + u": "_s + answerText(unconfigured)));
            // New-SPTrustedSecurityTokenIssuer reads the metadata through the same rule.
            const auto refusedIssuer = call(
                origins, u"issuer.new"_s,
                {{u"name"_s, u"Other ACS"_s}, {u"metadataEndpoint"_s, otherUrl}, {u"isTrustBroker"_s, true}});
            QVERIFY2(!refusedIssuer.ok() && refusedIssuer.error().code == u"farm.outbound",
                     qPrintable(name + u": "_s + answerText(refusedIssuer)));
            const auto issuer = call(
                origins, u"issuer.new"_s,
                {{u"name"_s, u"ACS"_s}, {u"metadataEndpoint"_s, allowedUrl}, {u"isTrustBroker"_s, true}});
            QVERIFY2(issuer.ok(), qPrintable(name + u": "_s + answerText(issuer)));
            QCOMPARE(issuer->toObject().value(u"registeredIssuerName"_s).toString(),
                     constants::acsPrincipalPrefix + u"@"_s + lab::seed::tenantId);
        }
    }

    // What the farm may reach is an origin, nothing more: a path, another scheme or a missing
    // value is a usage error, never silently widened or ignored.
    void labHost_refusesAnAllowOriginThatIsNoHttpsOrigin()
    {
        QTemporaryDir root;
        for (const QStringList &bad :
             {QStringList{u"--allow-origin"_s}, QStringList{u"--allow-origin"_s, u"http://127.0.0.1:1"_s},
              QStringList{u"--allow-origin"_s, u"https://127.0.0.1:1/tenant/metadata"_s},
              QStringList{u"--allow-origin"_s, u"https://user@127.0.0.1:1"_s}}) {
            QProcess host;
            host.start(labHostProgram(), QStringList{u"--lab"_s, root.path()} + bad);
            QVERIFY(host.waitForFinished(30000));
            QVERIFY2(host.exitCode() == 2, qPrintable(bad.join(u' ')));
            QVERIFY(host.readAllStandardError().contains("--allow-origin"));
        }
    }
};

QTEST_GUILESS_MAIN(TestLabFarms)
#include "tst_labfarms.moc"
