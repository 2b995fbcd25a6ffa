// The two lab farms answer alike: s2s-lab-host (our C++ imitation) and the shipped FarmHost.ps1
// under pwsh with the SharePoint simulator (--lab-farm powershell) get the same requests on the
// wire for the same farm.json, and must give the same answers (results, error codes) and leave
// the same farm.json behind. Where they differ, Microsoft's documentation decides which is wrong.
#include <QDir>
#include <QHttpServer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QProcess>
#include <QRegularExpression>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <QCoro/QCoroTask>

#include "FarmAssertionCheck.h"
#include "LabFixture.h"
#include "core/Constants.h"
#include "core/JsonFile.h"
#include "crypto/Certificate.h"
#include "crypto/Jwt.h"
#include "crypto/Pkcs12.h"
#include "crypto/ServerCertificate.h"
#include "farm/FarmCodec.h"
#include "farm/HostTransport.h"
#include "lab/LabFarmFetch.h"
#include "lab/LabFarmLock.h"
#include "lab/LabFolder.h"
#include "lab/LabPowerShellFarm.h"
#include "lab/LabTenantServer.h"
#include "lab/LabTrustProof.h"
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
// The seed's Managed Metadata Service proxy (not an ACS proxy).
const QString seededProxyId = u"2f6a9c1e-4b7d-4e3a-8c5f-1a2b3c4d5e6f"_s;

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

// A token endpoint (POST /token) over HTTPS on 127.0.0.1 that answers what the test queued, in
// order, and keeps each request's form and content type.
class TokenResponder {
public:
    struct Answer {
        int status = 200;
        QByteArray contentType;
        QByteArray body;
    };

    bool start()
    {
        const auto generated = crypto::generateLoopbackServerCertificate(u"CN=Token responder"_s, 1);
        if (!generated)
            return false;
        m_certificate = QSslCertificate(generated->der, QSsl::Der);
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(m_certificate);
        tls.setPrivateKey(QSslKey(generated->privateKeyPem, QSsl::Ec, QSsl::Pem));
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        auto listener = std::make_unique<QSslServer>();
        listener->setSslConfiguration(tls);
        if (!listener->listen(QHostAddress::LocalHost, 0))
            return false;
        m_port = listener->serverPort();
        m_http.bind(listener.release());
        m_http.route(u"/token"_s, QHttpServerRequest::Method::Post,
                     [this](const QHttpServerRequest &request) {
                         forms.append(request.body());
                         contentTypes.append(request.value("Content-Type"));
                         const Answer answer = answers.isEmpty() ? Answer{599, "text/plain", "nothing queued"}
                                                                 : answers.takeFirst();
                         return QHttpServerResponse(answer.contentType, answer.body,
                                                    QHttpServerResponder::StatusCode(answer.status));
                     });
        return true;
    }

    QString url() const { return u"https://127.0.0.1:%1/token"_s.arg(m_port); }
    QString origin() const { return u"https://127.0.0.1:%1"_s.arg(m_port); }
    QByteArray certificatePem() const { return m_certificate.toPem(); }

    QList<Answer> answers;
    QList<QByteArray> forms;
    QList<QByteArray> contentTypes;

private:
    QHttpServer m_http;
    QSslCertificate m_certificate;
    quint16 m_port = 0;
};

// An application/x-www-form-urlencoded body as name -> value; a name given twice is kept twice
// (the test refuses it).
QMultiMap<QString, QString> formFields(const QByteArray &form)
{
    QMultiMap<QString, QString> fields;
    for (const QByteArray &pair : form.split('&')) {
        const qsizetype equals = pair.indexOf('=');
        fields.insert(QUrl::fromPercentEncoding(pair.left(equals)),
                      QUrl::fromPercentEncoding(pair.mid(equals + 1)));
    }
    return fields;
}

// Whether every character of `form` outside name=value&... separators is percent-encoded or unreserved.
bool percentEncoded(const QByteArray &form)
{
    static const QRegularExpression encoded(
        u"^([A-Za-z0-9._~-]|%[0-9A-F]{2})+=([A-Za-z0-9._~-]|%[0-9A-F]{2})*$"_s);
    for (const QByteArray &pair : form.split('&'))
        if (!encoded.match(QString::fromLatin1(pair)).hasMatch())
            return false;
    return true;
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
             << Request{u"appPrincipal.get"_s, {{u"site"_s, site}, {u"nameIdentifier"_s, nameId}}, {}};
        // Taking it down (--remove): what was created and what the seed had, then again (not found).
        const auto seededPrincipal = u"c3d9a4f1-52e8-4b7d-a6c0-9e1f2b3c4d5e@"_s + lab::seed::farmRealm;
        list << Request{u"issuer.remove"_s, {{u"name"_s, u"ACS"_s}}, {}}
             << Request{u"issuer.remove"_s, {{u"name"_s, u"acs"_s}}, {}}
             << Request{u"issuer.remove"_s, {{u"name"_s, u"Contoso Expenses High-Trust"_s}}, {}}
             << Request{u"issuer.remove"_s, {{u"name"_s, u""_s}}, {}} << Request{u"issuers.list"_s, {}, {}}
             << Request{u"appPrincipal.remove"_s, {{u"site"_s, site}, {u"nameIdentifier"_s, nameId}}, {}}
             << Request{u"appPrincipal.remove"_s, {{u"site"_s, site}, {u"nameIdentifier"_s, nameId}}, {}}
             << Request{u"appPrincipal.remove"_s,
                        {{u"site"_s, site}, {u"nameIdentifier"_s, seededPrincipal}},
                        {}}
             << Request{u"appPrincipal.remove"_s,
                        {{u"site"_s, u"http://nowhere"_s}, {u"nameIdentifier"_s, nameId}},
                        {}}
             << Request{u"appPrincipal.get"_s,
                        {{u"site"_s, site}, {u"nameIdentifier"_s, seededPrincipal}},
                        {}}
             << Request{u"acsProxy.remove"_s, {{u"id"_s, seededProxyId}}, {}}
             << Request{u"acsProxy.remove"_s, {{u"id"_s, seededProxyId.toUpper()}}, {}}
             << Request{u"acsProxy.remove"_s, {{u"id"_s, u"not a GUID"_s}}, {}}
             << Request{u"proxies.list"_s, {}, {}};
        list << Request{u"cert.rootHas"_s, {{u"thumbprint"_s, m_thumbprint}}, u"SP-WFE1"_s}
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

    // The lab host's client assertion (lab::clientAssertion) verifies with openssl against the STS
    // certificate and carries the claims of PROCEDURE.md; signed with another key it does not verify.
    void labHost_clientAssertion_verifiesWithOpensslAgainstTheStsCertificate()
    {
        const auto sts = crypto::generateSelfSigned(u"SharePoint Security Token Service"_s, 2048, 365);
        QVERIFY(sts.ok());
        const QString endpoint = u"https://accounts.accesscontrol.windows.net/"_s + lab::seed::tenantId +
                                 u"/tokens/OAuth/2"_s;
        const QString clientId = constants::spoAppId + u"@"_s + lab::seed::tenantId;
        const auto assertion = lab::clientAssertion(sts->der, sts->privateKeyPem, lab::seed::tenantId,
                                                    endpoint, QDateTime::currentDateTimeUtc());
        QVERIFY2(assertion.ok(), qPrintable(test::why(assertion)));
        const QString problem = test::clientAssertionProblem(assertion->jwt, sts->der, clientId, endpoint);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(assertion->x5t, crypto::x5tOf(sts->der));
        QCOMPARE(assertion->issuer, clientId);
        QCOMPARE(assertion->audience, endpoint);
        const auto other = crypto::generateSelfSigned(u"Another STS"_s, 2048, 365);
        QVERIFY(other.ok());
        const auto foreign = lab::clientAssertion(sts->der, other->privateKeyPem, lab::seed::tenantId,
                                                  endpoint, QDateTime::currentDateTimeUtc());
        QVERIFY(foreign.ok());
        QVERIFY(test::clientAssertionProblem(foreign->jwt, sts->der, clientId, endpoint)
                    .startsWith(u"openssl"_s));
    }

    // How the lab host reads an answer of ACS and writes its form, function by function.
    void labHost_tokenAnswerAndFormAreReadAndWrittenAsDocumented()
    {
        AcsTokenAnswer described;
        described.encoding = u"client_credentials"_s;
        described.assertionX5t = u"x5t"_s;
        const QByteArray html = "<html>" + QByteArray(300, 'x');
        const AcsTokenAnswer notJson = lab::readAcsTokenAnswer(503, html, described);
        QCOMPARE(notJson.httpStatus, 503);
        QVERIFY(!notJson.accepted);
        QVERIFY(notJson.error.isEmpty());
        QCOMPARE(notJson.errorDescription, QString::fromLatin1(html.left(200)));
        QCOMPARE(notJson.assertionX5t, u"x5t"_s);
        // A success that does not parse may hold a token (a BOM, a proxy's wrapper): never echoed.
        const QByteArray wrapped =
            "\xEF\xBB\xBF{\"access_token\":\"eyJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJ4In0.c2ln\"";
        for (const int status : {200, 400}) {
            const AcsTokenAnswer hidden = lab::readAcsTokenAnswer(status, wrapped, described);
            QVERIFY(!hidden.accepted);
            QVERIFY2(!hidden.errorDescription.contains(u"eyJ"_s), qPrintable(hidden.errorDescription));
        }
        // 200 without an access token is no acceptance.
        const AcsTokenAnswer empty = lab::readAcsTokenAnswer(200, R"({"token_type":"Bearer"})", described);
        QVERIFY(!empty.accepted);
        const AcsTokenAnswer entra = lab::readAcsTokenAnswer(
            400,
            R"({"error":"unauthorized_client","error_description":"AADSTS700016: Application not found.","error_codes":[700016,90002]})",
            described);
        QCOMPARE(entra.error, u"unauthorized_client"_s);
        QCOMPARE(entra.errorDescription, u"AADSTS700016: Application not found."_s);
        QCOMPARE(entra.errorCodes, (QList<int>{700016, 90002}));
        const auto form = lab::tokenRequestForm(u"client_credentials"_s, u"id@realm"_s, u"a/b c@realm"_s,
                                                "x.y.z");
        QVERIFY(form.ok());
        QCOMPARE(*form, QByteArray("grant_type=client_credentials&client_id=id%40realm&client_assertion_type="
                                   "urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type%3Ajwt-bearer&"
                                   "client_assertion=x.y.z&resource=a%2Fb%20c%40realm"));
        const auto bearer = lab::tokenRequestForm(u"jwt_bearer"_s, u"id@realm"_s, u"r"_s, "x.y.z");
        QVERIFY(bearer.ok());
        QCOMPARE(*bearer, QByteArray("grant_type=http%3A%2F%2Foauth.net%2Fgrant_type%2Fjwt%2F1.0%2Fbearer&"
                                     "assertion=x.y.z&client_id=id%40realm&resource=r"));
        QCOMPARE(lab::tokenRequestForm(u"saml"_s, u"id"_s, u"r"_s, "x").error().code, u"farm.argument"_s);
    }

    // trust.requestToken on both farms against a token endpoint of the test's own: the farm signs
    // with farm.json's STS key (the assertion it posts verifies with openssl), posts the form of the
    // encoding asked for, and maps every HTTP answer to an AcsTokenAnswer without the token; no key,
    // a key of another certificate, an unknown encoding and no outbound HTTPS are errors.
    void bothFarms_requestAcsToken_signWithTheStsKeyAndReadEveryAnswer()
    {
        QTemporaryDir root;
        twinLabs(root, [](QJsonObject &) {});
        TokenResponder responder;
        QVERIFY(responder.start());
        const QString trusted = root.filePath(u"responder.pem"_s);
        {
            QFile pem(trusted);
            QVERIFY(pem.open(QIODevice::WriteOnly));
            pem.write(responder.certificatePem());
        }
        const QString realm = lab::seed::farmRealm;
        const QString clientId = constants::spoAppId + u"@"_s + realm;
        const QString resource = constants::spoAppId + u"/contoso.sharepoint.com@"_s + realm;
        const QString acsIssuer = constants::acsPrincipalPrefix + u"@"_s + realm;
        const auto acsKey = crypto::generateSelfSigned(u"ACS"_s, 2048, 30);
        QVERIFY(acsKey.ok());
        const QJsonObject tokenClaims{{u"aud"_s, resource},    {u"iss"_s, acsIssuer},
                                      {u"nbf"_s, 1800000000},  {u"exp"_s, 1900000000},
                                      {u"nameid"_s, clientId}, {u"identityprovider"_s, acsIssuer}};
        const auto accessToken = crypto::makeRs256Jwt({{u"alg"_s, u"RS256"_s}, {u"typ"_s, u"JWT"_s}},
                                                      tokenClaims, acsKey->privateKeyPem);
        QVERIFY(accessToken.ok());
        const QByteArray granted = QJsonDocument(
                                       QJsonObject{{u"token_type"_s, u"Bearer"_s},
                                                   {u"access_token"_s, QString::fromLatin1(*accessToken)},
                                                   {u"expires_in"_s, u"3599"_s},
                                                   {u"resource"_s, resource}})
                                       .toJson(QJsonDocument::Compact);
        const QByteArray refused =
            R"({"error":"invalid_client","error_description":"AADSTS700027: Client assertion contains an invalid signature.","error_codes":[700027]})";
        const QByteArray html = "<html><body>" + QByteArray(300, 'x') + "</body></html>";
        const auto sortedKeys = [](const QMultiMap<QString, QString> &fields) {
            QStringList keys = fields.keys();
            keys.sort();
            return keys;
        };

        for (const Farm farm : {Farm::Host, Farm::PowerShell}) {
            const QString name = farm == Farm::Host ? u"host"_s : u"powershell"_s;
            qInfo().noquote() << "farm:" << name;
            const lab::LabFolder lab(root.filePath(name));
            const QJsonObject seeded = lab.readFarm().value();
            const QByteArray stsDer = QByteArray::fromBase64(
                seeded[u"sts"][u"signingCertificate"].toString().toLatin1());
            auto config = farmReaching(farm, lab, trusted, {responder.origin()});
            QVERIFY2(config.ok(), qPrintable(test::why(config)));
            config.value().opTimeout = std::chrono::seconds(60);
            HostTransport transport(*config);
            const auto request = [&](const QString &encoding) {
                return QCoro::waitFor(transport.call(u"trust.requestToken"_s,
                                                     {{u"tokenEndpoint"_s, responder.url()},
                                                      {u"resourceHost"_s, u"contoso.sharepoint.com"_s},
                                                      {u"encoding"_s, encoding}},
                                                     {}));
            };
            const auto editSts = [&lab](const std::function<void(QJsonObject &)> &edit) {
                QJsonObject farmJson = lab.readFarm().value();
                QJsonObject sts = farmJson[u"sts"].toObject();
                edit(sts);
                farmJson.insert(u"sts"_s, sts);
                QVERIFY(lab.writeFarm(farmJson).ok());
            };
            responder.forms.clear();
            responder.contentTypes.clear();
            responder.answers = {{200, "application/json; charset=utf-8", granted},
                                 {401, "application/json; charset=utf-8", refused},
                                 {502, "text/html", html}};

            // Accepted: the claims of the access token, never the token.
            const auto accepted = request(u"client_credentials"_s);
            QVERIFY2(accepted.ok(), qPrintable(name + u": "_s + answerText(accepted)));
            const QByteArray acceptedJson =
                QJsonDocument(accepted->toObject()).toJson(QJsonDocument::Compact);
            QVERIFY2(!acceptedJson.contains(accessToken->split('.').at(1)), acceptedJson.constData());
            QVERIFY(!acceptedJson.contains(accessToken->split('.').at(2)));
            const AcsTokenAnswer ok = farm_codec::acsTokenAnswer(*accepted);
            QCOMPARE(ok.encoding, u"client_credentials"_s);
            QCOMPARE(ok.httpStatus, 200);
            QVERIFY(ok.accepted);
            QCOMPARE(ok.audience, resource);
            QCOMPARE(ok.issuer, acsIssuer);
            QCOMPARE(ok.expires, QDateTime::fromSecsSinceEpoch(1900000000, Qt::UTC));
            QCOMPARE(ok.claimNames, (QStringList{u"aud"_s, u"exp"_s, u"identityprovider"_s, u"iss"_s,
                                                 u"nameid"_s, u"nbf"_s}));
            QCOMPARE(ok.assertionX5t, crypto::x5tOf(stsDer));
            QCOMPARE(ok.assertionIssuer, clientId);
            QCOMPARE(ok.assertionAudience, responder.url());
            QVERIFY(ok.error.isEmpty() && ok.errorDescription.isEmpty() && ok.errorCodes.isEmpty());
            QCOMPARE(responder.forms.size(), 1);
            QVERIFY(responder.contentTypes.at(0).startsWith("application/x-www-form-urlencoded"));
            QVERIFY2(percentEncoded(responder.forms.at(0)), responder.forms.at(0).constData());
            auto fields = formFields(responder.forms.at(0));
            QCOMPARE(sortedKeys(fields), (QStringList{u"client_assertion"_s, u"client_assertion_type"_s,
                                                      u"client_id"_s, u"grant_type"_s, u"resource"_s}));
            QCOMPARE(fields.value(u"grant_type"_s), u"client_credentials"_s);
            QCOMPARE(fields.value(u"client_id"_s), clientId);
            QCOMPARE(fields.value(u"client_assertion_type"_s),
                     u"urn:ietf:params:oauth:client-assertion-type:jwt-bearer"_s);
            QCOMPARE(fields.value(u"resource"_s), resource);
            QString problem = test::clientAssertionProblem(fields.value(u"client_assertion"_s).toLatin1(),
                                                           stsDer, clientId, responder.url());
            QVERIFY2(problem.isEmpty(), qPrintable(name + u": "_s + problem));

            // Refused in Entra's form, with the older encoding.
            const auto refusal = request(u"jwt_bearer"_s);
            QVERIFY2(refusal.ok(), qPrintable(name + u": "_s + answerText(refusal)));
            const AcsTokenAnswer no = farm_codec::acsTokenAnswer(*refusal);
            QCOMPARE(no.encoding, u"jwt_bearer"_s);
            QCOMPARE(no.httpStatus, 401);
            QVERIFY(!no.accepted);
            QCOMPARE(no.error, u"invalid_client"_s);
            QCOMPARE(no.errorDescription, u"AADSTS700027: Client assertion contains an invalid signature."_s);
            QCOMPARE(no.errorCodes, QList<int>{700027});
            QVERIFY(no.audience.isEmpty() && no.issuer.isEmpty() && !no.expires.isValid() &&
                    no.claimNames.isEmpty());
            QCOMPARE(no.assertionX5t, crypto::x5tOf(stsDer));
            QCOMPARE(responder.forms.size(), 2);
            fields = formFields(responder.forms.at(1));
            QCOMPARE(sortedKeys(fields),
                     (QStringList{u"assertion"_s, u"client_id"_s, u"grant_type"_s, u"resource"_s}));
            QCOMPARE(fields.value(u"grant_type"_s), u"http://oauth.net/grant_type/jwt/1.0/bearer"_s);
            QCOMPARE(fields.value(u"client_id"_s), clientId);
            QCOMPARE(fields.value(u"resource"_s), resource);
            problem = test::clientAssertionProblem(fields.value(u"assertion"_s).toLatin1(), stsDer, clientId,
                                                   responder.url());
            QVERIFY2(problem.isEmpty(), qPrintable(name + u": "_s + problem));

            // Not JSON: the first 200 characters of the body.
            const auto gateway = request(u"client_credentials"_s);
            QVERIFY2(gateway.ok(), qPrintable(name + u": "_s + answerText(gateway)));
            const AcsTokenAnswer bad = farm_codec::acsTokenAnswer(*gateway);
            QCOMPARE(bad.httpStatus, 502);
            QVERIFY(!bad.accepted);
            QVERIFY(bad.error.isEmpty());
            QCOMPARE(bad.errorDescription, QString::fromLatin1(html.left(200)));

            // Errors before anything is sent.
            QCOMPARE(request(u"saml"_s).error().code, u"farm.argument"_s);
            const QString key = seeded[u"sts"][u"signingKey"].toString();
            QVERIFY(key.startsWith(u"-----BEGIN PRIVATE KEY-----"_s));
            editSts([](QJsonObject &sts) { sts.remove(u"signingKey"_s); });
            const auto noKey = request(u"client_credentials"_s);
            QVERIFY2(!noKey.ok() && noKey.error().code == u"farm.sts-key-unavailable",
                     qPrintable(name + u": "_s + answerText(noKey)));
            QVERIFY(!noKey.error().remedy.isEmpty());
            const auto otherKey = crypto::generateSelfSigned(u"Another STS"_s, 2048, 30);
            editSts([&otherKey](QJsonObject &sts) {
                sts.insert(u"signingKey"_s, QString::fromLatin1(otherKey->privateKeyPem));
            });
            const auto foreignKey = request(u"client_credentials"_s);
            QVERIFY2(!foreignKey.ok() && foreignKey.error().code == u"farm.sts-key-unavailable",
                     qPrintable(name + u": "_s + answerText(foreignKey)));
            QCOMPARE(responder.forms.size(), 3);
            // No key, no secret in the error.
            QVERIFY(!noKey.error().toText().contains(u"PRIVATE KEY"_s));
            editSts([&key](QJsonObject &sts) { sts.insert(u"signingKey"_s, key); });
            QJsonObject farmJson = lab.readFarm().value();
            farmJson.insert(u"outboundHttps"_s, false);
            QVERIFY(lab.writeFarm(farmJson).ok());
            const auto offline = request(u"client_credentials"_s);
            QVERIFY2(!offline.ok() && offline.error().code == u"farm.outbound",
                     qPrintable(name + u": "_s + answerText(offline)));
            QCOMPARE(responder.forms.size(), 3);
        }
    }

    // sts.setSigningCertificate keeps the PFX's private key in farm.json (sts.signingKey), on both
    // farms alike (bothFarms_answerEveryRequestAlike compares the files), and it signs.
    // --remove's farm operations on both farms: each takes its object down for good (farm.json), a
    // second removal fails with its own not-found code, and objects the wizard did not create (the
    // seed's) go the same way when asked for.
    void bothFarms_removeTheTrust_andRefuseWhatIsGone()
    {
        QTemporaryDir root;
        twinLabs(root, [](QJsonObject &) {});
        const auto site = u"https://portal.contoso.com"_s;
        const auto nameId = constants::spoAppId + u"@"_s + lab::seed::tenantId;
        QStringList farmFiles;
        for (const Farm farm : {Farm::Host, Farm::PowerShell}) {
            const QString name = farm == Farm::Host ? u"host"_s : u"powershell"_s;
            const lab::LabFolder lab(root.filePath(name));
            lab::LabTenantServer tenant(lab);
            QVERIFY(tenant.start().ok());
            QVERIFY(tenant.writeCertificatePem(lab.tenantCaFile()).ok());
            const QString metadataUrl = tenant.endpoints().metadataEndpoint(lab::seed::tenantId);
            auto config = hostConfig(farm, lab);
            QVERIFY2(config.ok(), qPrintable(test::why(config)));
            config.value().opTimeout = std::chrono::seconds(60);
            HostTransport transport(*config);
            const auto call = [&](const QString &op, const QJsonObject &args) {
                return QCoro::waitFor(transport.call(op, args, {}));
            };
            const auto removed = [&](const QString &op, const QJsonObject &args) {
                const auto answer = call(op, args);
                return answer.ok() && answer->isNull();
            };
            const auto refused = [&](const QString &op, const QJsonObject &args, const QString &code) {
                const auto answer = call(op, args);
                if (answer.ok() || answer.error().code != code)
                    qWarning().noquote() << name << op << answerText(answer);
                return !answer.ok() && answer.error().code == code;
            };
            const auto listed = [&](const QString &op, const QJsonObject &args, const QString &key,
                                    const QString &value) {
                const auto answer = call(op, args);
                if (!answer.ok())
                    return -1;
                int count = 0;
                for (const QJsonValue &item : answer->toArray())
                    count += item[key].toString().compare(value, Qt::CaseInsensitive) == 0 ? 1 : 0;
                return count;
            };

            // The ACS proxy, in the default proxy group: removed by its id, with its membership.
            const auto proxy = call(u"acsProxy.new"_s, {{u"name"_s, u"ACS"_s},
                                                        {u"metadataEndpoint"_s, metadataUrl},
                                                        {u"defaultProxyGroup"_s, true}});
            QVERIFY2(proxy.ok(), qPrintable(name + u": "_s + answerText(proxy)));
            const QString proxyId = proxy->toObject()[u"id"].toString();
            QVERIFY(proxy->toObject()[u"inDefaultGroup"].toBool());
            QCOMPARE(listed(u"proxies.list"_s, {}, u"id"_s, proxyId), 1);
            QVERIFY2(removed(u"acsProxy.remove"_s, {{u"id"_s, proxyId}}), qPrintable(name));
            QCOMPARE(listed(u"proxies.list"_s, {}, u"id"_s, proxyId), 0);
            QCOMPARE(listed(u"proxies.list"_s, {}, u"id"_s, seededProxyId), 1);
            QVERIFY(refused(u"acsProxy.remove"_s, {{u"id"_s, proxyId}}, u"farm.proxy-unknown"_s));
            // A proxy of another kind that the seed had: removed the same way.
            QVERIFY2(removed(u"acsProxy.remove"_s, {{u"id"_s, seededProxyId}}), qPrintable(name));
            QCOMPARE(listed(u"proxies.list"_s, {}, u"id"_s, seededProxyId), 0);

            // The trusted issuer, by its name (case-insensitive, as SharePoint compares names).
            const auto issuer = call(
                u"issuer.new"_s,
                {{u"name"_s, u"ACS"_s}, {u"metadataEndpoint"_s, metadataUrl}, {u"isTrustBroker"_s, true}});
            QVERIFY2(issuer.ok(), qPrintable(name + u": "_s + answerText(issuer)));
            QVERIFY2(removed(u"issuer.remove"_s, {{u"name"_s, u"acs"_s}}), qPrintable(name));
            QCOMPARE(listed(u"issuers.list"_s, {}, u"name"_s, u"ACS"_s), 0);
            QVERIFY(refused(u"issuer.remove"_s, {{u"name"_s, u"ACS"_s}}, u"farm.issuer-unknown"_s));
            const auto addin = u"Contoso Expenses High-Trust"_s;
            QCOMPARE(listed(u"issuers.list"_s, {}, u"name"_s, addin), 1);
            QVERIFY2(removed(u"issuer.remove"_s, {{u"name"_s, addin}}), qPrintable(name));
            QCOMPARE(listed(u"issuers.list"_s, {}, u"name"_s, addin), 0);

            // The app principal, by its site and name identifier.
            const QJsonObject principal{{u"site"_s, site}, {u"nameIdentifier"_s, nameId}};
            QJsonObject registration = principal;
            registration.insert(u"displayName"_s, u"SharePoint Online"_s);
            const auto registered = call(u"appPrincipal.register"_s, registration);
            QVERIFY2(registered.ok(), qPrintable(name + u": "_s + answerText(registered)));
            QCOMPARE(listed(u"appPrincipal.get"_s, principal, u"nameIdentifier"_s, nameId), 1);
            QVERIFY2(removed(u"appPrincipal.remove"_s, principal), qPrintable(name));
            QCOMPARE(listed(u"appPrincipal.get"_s, principal, u"nameIdentifier"_s, nameId), 0);
            QVERIFY(refused(u"appPrincipal.remove"_s, principal, u"farm.app-principal-unknown"_s));
            QVERIFY(refused(u"appPrincipal.remove"_s,
                            {{u"site"_s, u"https://nowhere.contoso.com"_s}, {u"nameIdentifier"_s, nameId}},
                            u"farm.site-unknown"_s));
            const auto seeded = u"c3d9a4f1-52e8-4b7d-a6c0-9e1f2b3c4d5e@"_s + lab::seed::farmRealm;
            QVERIFY2(removed(u"appPrincipal.remove"_s, {{u"site"_s, site}, {u"nameIdentifier"_s, seeded}}),
                     qPrintable(name));

            // Gone from farm.json, which is the state both farms serve.
            const QJsonObject state = lab.readFarm().value();
            for (const QString &list : {u"proxies"_s, u"trustedIssuers"_s, u"appPrincipals"_s})
                QVERIFY2(state[list].toArray().isEmpty(), qPrintable(name + u": "_s + list));
            QJsonObject kept = state;
            for (const QString &key : {u"host"_s, u"schema"_s})
                kept.remove(key);
            farmFiles.append(QString::fromUtf8(QJsonDocument(normalized(kept).toObject()).toJson()));
        }
        QCOMPARE(farmFiles.value(1), farmFiles.value(0));
    }

    // The farm lock (farmLock.*): both farms take it, refuse it while another live run holds it,
    // refuse a renewal or release by a non-holder, hand a stale lock or a killed run's lock of the
    // same session over and say so, and leave the same lock in farm.json.
    void bothFarms_farmLock_takeRefuseReleaseAndTakeOverAlike()
    {
        QTemporaryDir root;
        twinLabs(root, [](QJsonObject &) {});
        const QString alive = QString::number(QCoreApplication::applicationPid());
        // A process id that runs nowhere (above any pid_max).
        const QString gone = u"2147483646"_s;
        const QString session1 = u"/home/admin/.local/share/s2s/one.s2s.json"_s;
        const QString session2 = u"C:\\Users\\admin\\two.s2s.json"_s;
        const auto claim = [](const QString &machine, const QString &process, const QString &session) {
            return QJsonObject{{u"machine"_s, machine},
                               {u"process"_s, process},
                               {u"session"_s, session},
                               {u"staleAfterSeconds"_s, u"900"_s}};
        };
        const QJsonObject mine = claim(u"SP-APP1"_s, alive, session1);
        const QJsonObject other = claim(u"SP-WFE1"_s, u"4242"_s, session2);
        // Times within the last minutes are this run's: shown as <now>.
        const auto timeless = [](QJsonValue value) {
            const std::function<QJsonValue(const QJsonValue &)> walk = [&walk](const QJsonValue &v) {
                if (v.isObject()) {
                    QJsonObject object = v.toObject();
                    for (auto it = object.begin(); it != object.end(); ++it) {
                        const QDateTime time = QDateTime::fromString(it.value().toString(), Qt::ISODate);
                        if ((it.key() == u"since" || it.key() == u"renewed") && time.isValid() &&
                            std::abs(time.secsTo(QDateTime::currentDateTimeUtc())) < 600)
                            it.value() = u"<now>"_s;
                        else
                            it.value() = walk(it.value());
                    }
                    return QJsonValue(object);
                }
                return v;
            };
            return walk(value);
        };
        QList<QStringList> transcripts;
        for (const Farm farm : {Farm::Host, Farm::PowerShell}) {
            const QString name = farm == Farm::Host ? u"host"_s : u"powershell"_s;
            const lab::LabFolder lab(root.filePath(name));
            auto config = hostConfig(farm, lab);
            QVERIFY2(config.ok(), qPrintable(test::why(config)));
            config.value().opTimeout = std::chrono::seconds(60);
            HostTransport transport(*config);
            QStringList lines;
            const auto call = [&](const QString &op, const QJsonObject &args) {
                auto answer = QCoro::waitFor(transport.call(op, args, {}));
                if (answer)
                    answer = timeless(answer.value());
                lines.append(op + u" -> "_s + answerText(answer));
                return answer;
            };
            const auto acquired = [&](const QJsonObject &args) {
                const auto answer = call(u"farmLock.acquire"_s, args);
                return answer.ok() && answer->toObject()[u"acquired"].toBool();
            };
            const auto refused = [&](const QString &op, const QJsonObject &args, const QString &code) {
                const auto answer = call(op, args);
                return !answer.ok() && answer.error().code == code;
            };
            const auto holder = [&lab] { return lab::labFarmLockHolder(lab).value(); };

            QVERIFY2(acquired(mine), qPrintable(name + u": "_s + lines.last()));
            QCOMPARE(holder().process, alive);
            QCOMPARE(holder().owner, u"CONTOSO\\sp-admin"_s);
            // Another live run: refused, told who holds it; it can neither renew nor release it.
            QVERIFY2(!acquired(other), qPrintable(name + u": "_s + lines.last()));
            QVERIFY(lines.last().contains(u"SP-APP1"_s));
            QVERIFY2(refused(u"farmLock.renew"_s, other, u"farm.lock-lost"_s), qPrintable(lines.last()));
            QVERIFY2(refused(u"farmLock.release"_s, other, u"farm.lock-not-holder"_s),
                     qPrintable(lines.last()));
            QCOMPARE(holder().process, alive);
            // The holder: again at once (the same since), renews, releases; a second release finds none.
            QVERIFY(acquired(mine));
            QVERIFY2(call(u"farmLock.renew"_s, mine).ok(), qPrintable(lines.last()));
            const auto released = call(u"farmLock.release"_s, mine);
            QVERIFY2(released.ok() && *released == QJsonValue(true), qPrintable(lines.last()));
            QVERIFY(holder().isEmpty());
            const auto none = call(u"farmLock.release"_s, mine);
            QVERIFY2(none.ok() && *none == QJsonValue(false), qPrintable(lines.last()));
            // Stale (not renewed for 15 minutes): taken over, and the answer names the one before.
            QVERIFY(lab::holdLabFarmLock(lab, {u"CONTOSO\\other"_s, u"SP-WFE2"_s, u"777"_s, session2,
                                               u"2020-01-01T08:00:00Z"_s, u"2020-01-01T09:00:00Z"_s})
                        .ok());
            const auto takeover = call(u"farmLock.acquire"_s, other);
            QVERIFY2(takeover.ok() && takeover->toObject()[u"tookOver"].toBool(), qPrintable(lines.last()));
            QCOMPARE(takeover->toObject()[u"previous"][u"machine"].toString(), u"SP-WFE2"_s);
            // A killed run of the same session on the same machine: taken over at once; while its
            // process still runs, or from another session, it is held.
            QVERIFY(lab::holdLabFarmLock(lab, {u"CONTOSO\\sp-admin"_s, u"SP-APP1"_s, alive, session1, {}, {}})
                        .ok());
            QVERIFY(!acquired(claim(u"SP-APP1"_s, u"4242"_s, session1)));
            QVERIFY(!acquired(claim(u"SP-APP1"_s, u"4242"_s, session2)));
            QVERIFY(lab::holdLabFarmLock(lab, {u"CONTOSO\\sp-admin"_s, u"sp-app1"_s, gone, session1, {}, {}})
                        .ok());
            QVERIFY(!acquired(claim(u"SP-APP1"_s, u"4242"_s, session2)));
            QVERIFY2(acquired(claim(u"SP-APP1"_s, u"4242"_s, session1)), qPrintable(lines.last()));
            QVERIFY(lines.last().contains(u"\"tookOver\":true"_s));
            // Arguments as data, checked.
            QJsonObject badProcess = mine;
            badProcess.insert(u"process"_s, u"$(whoami)"_s);
            QVERIFY(refused(u"farmLock.acquire"_s, badProcess, u"farm.argument"_s));
            QJsonObject shortStale = mine;
            shortStale.insert(u"staleAfterSeconds"_s, u"5"_s);
            QVERIFY(refused(u"farmLock.acquire"_s, shortStale, u"farm.argument"_s));
            const QJsonObject state = lab.readFarm().value();
            lines.append(u"farmVersion %1"_s.arg(state[u"farmVersion"].toInt()));
            lines.append(u"lock "_s + QString::fromUtf8(QJsonDocument(timeless(holder().toJson()).toObject())
                                                            .toJson(QJsonDocument::Compact)));
            transcripts.append(lines);
        }
        QCOMPARE(transcripts.value(1), transcripts.value(0));
    }

    void bothFarms_setSigningCertificate_storesItsKey()
    {
        QTemporaryDir root;
        twinLabs(root, [](QJsonObject &farm) {
            QJsonObject sts = farm[u"sts"].toObject();
            sts.remove(u"signingKey"_s);
            farm.insert(u"sts"_s, sts);
        });
        for (const Farm farm : {Farm::Host, Farm::PowerShell}) {
            const QString name = farm == Farm::Host ? u"host"_s : u"powershell"_s;
            const lab::LabFolder lab(root.filePath(name));
            auto config = hostConfig(farm, lab);
            QVERIFY2(config.ok(), qPrintable(test::why(config)));
            config.value().opTimeout = std::chrono::seconds(60);
            HostTransport transport(*config);
            const QJsonObject pfx{{u"pfx"_s, QString::fromLatin1(m_pfx.toBase64())},
                                  {u"password"_s, pfxPassword}};
            const auto set = QCoro::waitFor(transport.call(u"sts.setSigningCertificate"_s, pfx, {}));
            QVERIFY2(set.ok(), qPrintable(name + u": "_s + answerText(set)));
            const QJsonObject sts = lab.readFarm().value()[u"sts"].toObject();
            const QByteArray keyPem = sts[u"signingKey"].toString().toLatin1();
            QVERIFY2(keyPem.startsWith("-----BEGIN PRIVATE KEY-----\n") &&
                         keyPem.endsWith("-----END PRIVATE KEY-----\n"),
                     qPrintable(name));
            const QByteArray der = QByteArray::fromBase64(sts[u"signingCertificate"].toString().toLatin1());
            QCOMPARE(crypto::sha1Thumbprint(der), m_thumbprint);
            const auto signature = crypto::signRs256("data", keyPem);
            QVERIFY(signature.ok());
            QVERIFY2(crypto::verifyRs256("data", *signature, der), qPrintable(name));
        }
    }
};

QTEST_GUILESS_MAIN(TestLabFarms)
#include "tst_labfarms.moc"
