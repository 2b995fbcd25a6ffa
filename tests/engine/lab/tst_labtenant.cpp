// The lab tenant server over real TLS, driven with a raw QNetworkAccessManager that trusts only the
// server's certificate of this run: sign-in (PKCE, refresh, device code), Graph's $select and
// PATCH rules, 401/403, injected faults, and the ACS metadata the lab farm fetches over HTTPS.
#include <QCryptographicHash>
#include <QDateTime>
#include <QHttpServer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

#include <QCoro/QCoroTask>

#include <functional>
#include <optional>

#include "LabFixture.h"
#include "core/Constants.h"
#include "core/JsonFile.h"
#include "crypto/Certificate.h"
#include "crypto/Jwt.h"
#include "crypto/ServerCertificate.h"
#include "lab/LabFarmFetch.h"
#include "lab/LabFarmModel.h"
#include "lab/LabFarmOperations.h"
#include "lab/LabFaults.h"
#include "lab/LabFolder.h"
#include "lab/LabJson.h"
#include "lab/LabTenantServer.h"

using namespace Qt::StringLiterals;
using namespace s2s;

namespace {

const QString clientId = constants::defaultClientId;
const QString redirectUri = u"http://localhost:53817/"_s;
const QString verifier = u"dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXkdBjftJeZ4CVP"_s;
const QString spoPrincipalId = u"5b1f0c3e-9a2d-4c6b-8e7f-2d3c4b5a6e7f"_s;
// What the wizard's client asks for (issue 12): the account comes from the id_token.
const QString requestedScopes =
    u"openid profile offline_access Application.ReadWrite.All Organization.Read.All"_s;
const QString seedAdminUpn = u"admin@contoso.onmicrosoft.com"_s;
const QString seedAdminId = u"3c9e7a51-8d2f-4b60-a1e4-6f0b2d8c5a97"_s;
const QString applicationAdministrator = u"9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3"_s;
const QString globalAdministrator = u"62e90394-69f5-4237-9190-012177145e10"_s;
const QString cloudApplicationAdministrator = u"158c047a-c907-4556-b7ef-446551a6b5f7"_s;
const QString deviceGrantType = u"urn:ietf:params:oauth:grant-type:device_code"_s;

struct Answer {
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QJsonObject json;
    QHash<QByteArray, QByteArray> headers; // lower-case names
};

QString challengeFor(const QString &codeVerifier)
{
    return QString::fromLatin1(QCryptographicHash::hash(codeVerifier.toLatin1(), QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

// The claims of an unsigned lab id_token.
QJsonObject claimsOf(const QString &idToken)
{
    return QJsonDocument::fromJson(
               QByteArray::fromBase64(idToken.section(u'.', 1, 1).toLatin1(), QByteArray::Base64UrlEncoding))
        .object();
}

QByteArray form(const QList<std::pair<QString, QString>> &fields)
{
    QByteArray body;
    for (const auto &[name, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

} // namespace

class TestLabTenant : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir; // a fresh lab for each test
    std::unique_ptr<lab::LabTenantServer> m_server;
    // New for each test: a connection kept alive to the previous test's server must not be reused.
    std::unique_ptr<QNetworkAccessManager> m_network;

    lab::LabFolder folder() const { return lab::LabFolder(m_dir->path()); }
    QString tenantPath() const { return u"/"_s + lab::seed::tenantId; }

    Answer send(const QByteArray &verb, const QString &path, const QByteArray &body = {},
                const QString &token = {}, bool trusted = true,
                const QByteArray &contentType = "application/x-www-form-urlencoded",
                const QByteArray &authorization = {})
    {
        QNetworkRequest request(QUrl(m_server->baseUrl().toString() + path));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        // Trust exactly this run's certificate, or (for the negative test) only the system's.
        if (trusted)
            tls.setCaCertificates({m_server->certificate()});
        request.setSslConfiguration(tls);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        if (!authorization.isEmpty())
            request.setRawHeader("Authorization", authorization);
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        request.setRawHeader("client-request-id", "test-client-request-id");
        QNetworkReply *reply = m_network->sendCustomRequest(request, verb, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            [&] { QVERIFY(finished.wait(20000)); }();
        Answer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.error = reply->error();
        answer.body = reply->readAll();
        answer.json = QJsonDocument::fromJson(answer.body).object();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            answer.headers.insert(name.toLower(), value);
        reply->deleteLater();
        return answer;
    }

    // GET authorize with PKCE for `scope`, as `client`, redirecting to `redirect`.
    Answer authorize(const QString &challenge, const QString &scope = requestedScopes,
                     const QString &client = clientId, const QString &redirect = redirectUri,
                     const QString &tenantSegment = {})
    {
        QUrlQuery query;
        for (const auto &[name, value] :
             QList<std::pair<QString, QString>>{{u"client_id"_s, client},
                                                {u"response_type"_s, u"code"_s},
                                                {u"redirect_uri"_s, redirect},
                                                {u"scope"_s, scope},
                                                {u"state"_s, u"xyz 1"_s},
                                                {u"code_challenge"_s, challenge},
                                                {u"code_challenge_method"_s, u"S256"_s}})
            query.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
        const QString segment = tenantSegment.isEmpty() ? tenantPath() : u"/"_s + tenantSegment;
        return send("GET", segment + u"/oauth2/v2.0/authorize?"_s + query.toString(QUrl::FullyEncoded));
    }

    QString authorizeCode(const QString &challenge, const QString &scope = requestedScopes,
                          const QString &client = clientId, const QString &redirect = redirectUri)
    {
        const Answer answer = authorize(challenge, scope, client, redirect);
        if (answer.status != 302)
            return {};
        const QUrl location(QString::fromLatin1(answer.headers.value("location")));
        if (!location.toString().startsWith(redirect))
            return {};
        const QUrlQuery back(location);
        if (back.queryItemValue(u"state"_s, QUrl::FullyDecoded) != u"xyz 1")
            return {};
        return back.queryItemValue(u"code"_s, QUrl::FullyDecoded);
    }

    Answer redeem(const QString &code, const QString &codeVerifier, const QString &client = clientId,
                  const QString &redirect = redirectUri)
    {
        return send("POST", tenantPath() + u"/oauth2/v2.0/token"_s,
                    form({{u"client_id"_s, client},
                          {u"grant_type"_s, u"authorization_code"_s},
                          {u"code"_s, code},
                          {u"redirect_uri"_s, redirect},
                          {u"code_verifier"_s, codeVerifier}}));
    }

    // A signed-in client: the tokens of an authorization code redeemed with PKCE.
    QJsonObject signIn(const QString &scope = requestedScopes)
    {
        const QString code = authorizeCode(challengeFor(verifier), scope);
        return redeem(code, verifier).json;
    }

    Answer refresh(const QString &refreshToken, const QString &scope)
    {
        QList<std::pair<QString, QString>> fields{{u"client_id"_s, clientId},
                                                  {u"grant_type"_s, u"refresh_token"_s},
                                                  {u"refresh_token"_s, refreshToken}};
        if (!scope.isEmpty())
            fields.append({u"scope"_s, scope});
        return send("POST", tenantPath() + u"/oauth2/v2.0/token"_s, form(fields));
    }

    Answer startDeviceCode()
    {
        return send("POST", tenantPath() + u"/oauth2/v2.0/devicecode"_s,
                    form({{u"client_id"_s, clientId}, {u"scope"_s, requestedScopes}}));
    }

    Answer pollDeviceCode(const QString &deviceCode)
    {
        return send("POST", tenantPath() + u"/oauth2/v2.0/token"_s,
                    form({{u"client_id"_s, clientId},
                          {u"grant_type"_s, deviceGrantType},
                          {u"device_code"_s, deviceCode}}));
    }

    void editTenant(const std::function<void(QJsonObject &)> &edit)
    {
        QJsonObject tenant = readJsonObject(folder().tenantFile()).value();
        edit(tenant);
        QVERIFY(writeJsonObject(folder().tenantFile(), tenant).ok());
    }

    void editSignIn(const QString &key, const QJsonValue &value)
    {
        editTenant([&](QJsonObject &tenant) {
            QJsonObject signInJson = tenant.value(u"signIn").toObject();
            signInJson.insert(key, value);
            tenant.insert(u"signIn"_s, signInJson);
        });
    }

    void setAdminRoles(const QJsonArray &roles)
    {
        editTenant([&](QJsonObject &tenant) {
            QJsonArray users = tenant.value(u"users").toArray();
            QVERIFY(!users.isEmpty());
            QJsonObject admin = users.at(0).toObject();
            admin.insert(u"directoryRoles"_s, roles);
            users.replace(0, admin);
            tenant.insert(u"users"_s, users);
        });
    }

    Answer patchSpo(const QString &token, const QJsonObject &changes)
    {
        return send("PATCH", u"/v1.0/servicePrincipals/"_s + spoPrincipalId, QJsonDocument(changes).toJson(),
                    token, true, "application/json");
    }

    void writeFaults(const QJsonObject &faults) { QVERIFY(test::writeLabFaults(m_dir->path(), faults).ok()); }

    QJsonObject spoPrincipal() const { return test::spoPrincipalIn(m_dir->path()); }

    // --- the trust proof: ACS token endpoint and realm discovery ---

    QString acsTokenUrl() const
    {
        return m_server->baseUrl().toString() + tenantPath() + u"/tokens/OAuth/2"_s;
    }
    static QString spoClientId(const QString &realm = lab::seed::tenantId)
    {
        return constants::spoAppId + u"@"_s + realm;
    }
    static QString spoResource(const QString &host = u"contoso.sharepoint.com"_s)
    {
        return constants::spoAppId + u"/"_s + host + u"@"_s + lab::seed::tenantId;
    }

    // A farm's STS certificate with its key added to the SPO principal's keyCredentials in
    // tenant.json (`register` false: not added), its credential adjusted by `adjust`.
    crypto::GeneratedCertificate stsCertificate(bool registerIt = true,
                                                const std::function<void(QJsonObject &)> &adjust = {})
    {
        const auto generated = crypto::generateSelfSigned(u"SharePoint Security Token Service"_s, 2048, 365);
        [&] { QVERIFY(generated.ok()); }();
        if (registerIt && generated)
            changeSpoPrincipal([&](QJsonObject &spo) {
                QJsonObject key = lab::keyCredentialJson(QString::fromLatin1(generated->der.toBase64()),
                                                         u"CN=SharePoint Security Token Service"_s);
                if (adjust)
                    adjust(key);
                QJsonArray keys = spo.value(u"keyCredentials").toArray();
                keys.append(key);
                spo.insert(u"keyCredentials"_s, keys);
            });
        return generated ? *generated : crypto::GeneratedCertificate{};
    }

    void changeSpoPrincipal(const std::function<void(QJsonObject &)> &change)
    {
        QJsonObject tenant = folder().readTenant().value();
        QJsonArray principals = tenant.value(u"servicePrincipals").toArray();
        const int index = lab::indexOf(principals, u"appId"_s, constants::spoAppId);
        [&] { QVERIFY(index >= 0); }();
        QJsonObject spo = principals.at(index).toObject();
        change(spo);
        principals.replace(index, spo);
        tenant.insert(u"servicePrincipals"_s, principals);
        [&] { QVERIFY(folder().writeTenant(tenant).ok()); }();
    }

    // The claims a farm puts in its client assertion (PROCEDURE.md step 11).
    QJsonObject assertionClaims(const QString &client = spoClientId()) const
    {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        return {{u"iss"_s, client},        {u"sub"_s, client},
                {u"aud"_s, acsTokenUrl()}, {u"jti"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                {u"nbf"_s, now - 60},      {u"exp"_s, now + 600}};
    }

    // An assertion whose header names `named`'s certificate (x5t), signed with `signer`'s key.
    static QString assertionFor(const crypto::GeneratedCertificate &named, const QJsonObject &claims,
                                const crypto::GeneratedCertificate *signer = nullptr,
                                const QString &algorithm = u"RS256"_s)
    {
        const QJsonObject header{
            {u"alg"_s, algorithm}, {u"typ"_s, u"JWT"_s}, {u"x5t"_s, crypto::x5tOf(named.der)}};
        const auto token = crypto::makeRs256Jwt(header, claims, (signer ? *signer : named).privateKeyPem);
        return token ? QString::fromLatin1(*token) : QString();
    }

    static QList<std::pair<QString, QString>> acsFields(const QString &assertion,
                                                        const QString &client = spoClientId(),
                                                        const QString &resource = spoResource())
    {
        return {{u"grant_type"_s, u"client_credentials"_s},
                {u"client_id"_s, client},
                {u"client_assertion_type"_s, u"urn:ietf:params:oauth:client-assertion-type:jwt-bearer"_s},
                {u"client_assertion"_s, assertion},
                {u"resource"_s, resource}};
    }

    Answer postAcs(const QList<std::pair<QString, QString>> &fields,
                   const QString &tenant = lab::seed::tenantId)
    {
        return send("POST", u"/"_s + tenant + u"/tokens/OAuth/2"_s, form(fields));
    }

    // "<status> <error> <AADSTS code>" of an Entra error answer, for one QCOMPARE.
    static QString acsErrorOf(const Answer &answer)
    {
        const QJsonArray codes = answer.json.value(u"error_codes").toArray();
        return u"%1 %2 %3"_s.arg(QString::number(answer.status), answer.json.value(u"error").toString(),
                                 codes.isEmpty() ? u"-"_s : QString::number(codes.at(0).toInt()));
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QVERIFY(folder().ensureSeeded().ok());
        m_server = std::make_unique<lab::LabTenantServer>(folder());
        const Status started = m_server->start();
        QVERIFY2(started.ok(), qPrintable(started ? QString() : started.error().toText()));
        m_network = std::make_unique<QNetworkAccessManager>();
    }

    void cleanup()
    {
        m_network.reset();
        m_server.reset();
        m_dir.reset();
    }

    void labFolderFromBeforeUsers_getsTheSeedUsersAndKeepsEverythingElse()
    {
        QJsonObject old = folder().readTenant().value();
        old.remove(u"users"_s);
        QJsonObject signIn = old.value(u"signIn"_s).toObject();
        signIn.remove(u"widsInIdToken"_s);
        old.insert(u"signIn"_s, signIn);
        old.insert(u"displayName"_s, u"Kept"_s);
        QVERIFY(folder().writeTenant(old).ok());
        QVERIFY(folder().ensureSeeded().ok());
        const QJsonObject upgraded = folder().readTenant().value();
        QCOMPARE(upgraded.value(u"displayName"_s).toString(), u"Kept"_s);
        QCOMPARE(upgraded.value(u"users"_s), lab::seedTenant(0).value(u"users"_s));
        // Seeded again: nothing changes any more.
        QVERIFY(folder().ensureSeeded().ok());
        QCOMPARE(folder().readTenant().value(), upgraded);
    }

    void listens_onTheTenantJsonPortOfLoopback()
    {
        const int port = readJsonObject(folder().tenantFile())->value(u"port").toInt();
        QCOMPARE(int(m_server->port()), port);
        QCOMPARE(m_server->endpoints().graph, QUrl(u"https://127.0.0.1:%1"_s.arg(port)));
        QCOMPARE(m_server->endpoints().metadataEndpoint(lab::seed::tenantId),
                 u"https://127.0.0.1:%1/%2/metadata/json/1"_s.arg(port).arg(lab::seed::tenantId));
    }

    void portInUse_isAClearErrorWithRemedy()
    {
        lab::LabTenantServer second(folder());
        const Status started = second.start();
        QVERIFY(!started.ok());
        QCOMPARE(started.error().code, u"backend.lab-tenant"_s);
        QVERIFY(started.error().message.contains(QString::number(m_server->port())));
        QVERIFY(started.error().remedy.contains(u"tenant.json"_s));
    }

    void clientNotTrustingTheCertificate_failsTheHandshake()
    {
        const Answer answer = send("GET", u"/v1.0/organization"_s, {}, {}, false);
        QCOMPARE(answer.error, QNetworkReply::SslHandshakeFailedError);
        QCOMPARE(answer.status, 0);
    }

    void certificatePem_isPublicOnlyAndNamesLoopback()
    {
        const QString path = m_dir->filePath(u"run/ca.pem"_s);
        QVERIFY(m_server->writeCertificatePem(path).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pem = file.readAll();
        QVERIFY(pem.startsWith("-----BEGIN CERTIFICATE-----"));
        QVERIFY(!pem.contains("PRIVATE KEY"));
        const QSslCertificate certificate(pem, QSsl::Pem);
        QCOMPARE(certificate, m_server->certificate());
        QVERIFY(certificate.subjectAlternativeNames().values(QSsl::IpAddressEntry).contains(u"127.0.0.1"_s));
        QVERIFY(certificate.subjectAlternativeNames().values(QSsl::DnsEntry).contains(u"localhost"_s));
    }

    void pkce_refusesAWrongVerifier_acceptsTheRightOne_andTheCodeOnce()
    {
        const QString code = authorizeCode(challengeFor(verifier));
        QVERIFY(!code.isEmpty());
        const Answer wrong = redeem(code, verifier + u"x"_s);
        QCOMPARE(wrong.status, 400);
        QCOMPARE(wrong.json.value(u"error").toString(), u"invalid_grant"_s);
        QVERIFY(wrong.json.value(u"error_description").toString().startsWith(u"AADSTS501481:"_s));
        QVERIFY(!wrong.json.value(u"trace_id").toString().isEmpty());
        QVERIFY(!wrong.json.value(u"correlation_id").toString().isEmpty());
        QCOMPARE(wrong.json.value(u"error_codes").toArray(), QJsonArray{501481});

        const Answer right = redeem(code, verifier);
        QCOMPARE(right.status, 200);
        QCOMPARE(right.json.value(u"token_type").toString(), u"Bearer"_s);
        QVERIFY(right.json.value(u"scope").toString().split(u' ').contains(constants::requiredGraphScope));
        QVERIFY(right.json.value(u"expires_in").toInt() > 0);
        QVERIFY(!right.json.value(u"refresh_token").toString().isEmpty());
        const QString idToken = right.json.value(u"id_token").toString();
        const QJsonObject claims = QJsonDocument::fromJson(
                                       QByteArray::fromBase64(idToken.section(u'.', 1, 1).toLatin1(),
                                                              QByteArray::Base64UrlEncoding))
                                       .object();
        QCOMPARE(claims.value(u"preferred_username").toString(), u"admin@contoso.onmicrosoft.com"_s);
        QCOMPARE(claims.value(u"tid").toString(), lab::seed::tenantId);

        const Answer again = redeem(code, verifier);
        QCOMPARE(again.status, 400);
        QCOMPARE(again.json.value(u"error").toString(), u"invalid_grant"_s);
    }

    void authorize_requiresS256AndALoopbackRedirect()
    {
        const Answer plain = send("GET",
                                  tenantPath() + u"/oauth2/v2.0/authorize?client_id=%1"
                                                 "&response_type=code&redirect_uri=%2"
                                                 "&scope=openid&state=s&code_challenge=abc"
                                                 "&code_challenge_method=plain"_s.arg(clientId, redirectUri));
        QCOMPARE(plain.status, 302);
        const QUrlQuery error(QUrl(QString::fromLatin1(plain.headers.value("location"))));
        QCOMPARE(error.queryItemValue(u"error"_s), u"invalid_request"_s);
        QCOMPARE(error.queryItemValue(u"state"_s), u"s"_s);

        const Answer elsewhere = send(
            "GET", tenantPath() + u"/oauth2/v2.0/authorize?client_id=%1&response_type=code"
                                  "&redirect_uri=https://evil.example/&scope=openid"
                                  "&code_challenge=abc&code_challenge_method=S256"_s.arg(clientId));
        QCOMPARE(elsewhere.status, 400);
        QVERIFY(elsewhere.json.value(u"error_description").toString().startsWith(u"AADSTS50011:"_s));

        const Answer unknownClient = send(
            "GET", tenantPath() + u"/oauth2/v2.0/authorize?client_id=00000000-1111-2222-3333-"
                                  "444444444444&response_type=code&redirect_uri=%1"_s.arg(redirectUri));
        QCOMPARE(unknownClient.status, 400);
        QCOMPARE(unknownClient.json.value(u"error").toString(), u"unauthorized_client"_s);
    }

    void refreshToken_rotates()
    {
        const QJsonObject first = signIn();
        const QString refresh = first.value(u"refresh_token").toString();
        QVERIFY(!refresh.isEmpty());
        const auto refreshWith = [&](const QString &token) {
            return send("POST", u"/organizations/oauth2/v2.0/token"_s,
                        form({{u"client_id"_s, clientId},
                              {u"grant_type"_s, u"refresh_token"_s},
                              {u"refresh_token"_s, token},
                              {u"scope"_s, requestedScopes}}));
        };
        const Answer renewed = refreshWith(refresh);
        QCOMPARE(renewed.status, 200);
        const QString newRefresh = renewed.json.value(u"refresh_token").toString();
        QVERIFY(!newRefresh.isEmpty() && newRefresh != refresh);
        QVERIFY(renewed.json.value(u"access_token").toString() != first.value(u"access_token").toString());
        QCOMPARE(
            send("GET", u"/v1.0/organization"_s, {}, renewed.json.value(u"access_token").toString()).status,
            200);
        const Answer reused = refreshWith(refresh);
        QCOMPARE(reused.status, 400);
        QCOMPARE(reused.json.value(u"error").toString(), u"invalid_grant"_s);
        QCOMPARE(refreshWith(newRefresh).status, 200);
    }

    void deviceCode_isPendingThenSlowDownThenSignedIn()
    {
        const Answer started = startDeviceCode();
        QCOMPARE(started.status, 200);
        const QString deviceCode = started.json.value(u"device_code").toString();
        const QString userCode = started.json.value(u"user_code").toString();
        QVERIFY(!deviceCode.isEmpty());
        QVERIFY(started.json.value(u"message").toString().contains(userCode));
        QVERIFY(started.json.value(u"message")
                    .toString()
                    .contains(started.json.value(u"verification_uri").toString()));
        const int interval = started.json.value(u"interval").toInt();
        QVERIFY(interval >= 1);
        QVERIFY(started.json.value(u"expires_in").toInt() > interval);
        const auto poll = [&] {
            return send("POST", tenantPath() + u"/oauth2/v2.0/token"_s,
                        form({{u"client_id"_s, clientId},
                              {u"grant_type"_s, u"urn:ietf:params:oauth:grant-type:device_code"_s},
                              {u"device_code"_s, deviceCode}}));
        };
        QCOMPARE(poll().json.value(u"error").toString(), u"authorization_pending"_s);
        const Answer tooFast = poll();
        QCOMPARE(tooFast.status, 400);
        QCOMPARE(tooFast.json.value(u"error").toString(), u"slow_down"_s);
        QTest::qWait(interval * 1000 + 100);
        const Answer done = poll();
        QCOMPARE(done.status, 200);
        QCOMPARE(claimsOf(done.json.value(u"id_token").toString()).value(u"preferred_username").toString(),
                 seedAdminUpn);
    }

    void deviceCode_expires()
    {
        writeFaults({{u"tenantLifetimes"_s, QJsonObject{{u"deviceCodeSeconds"_s, 1}}}});
        const Answer started = send(
            "POST", tenantPath() + u"/oauth2/v2.0/devicecode"_s,
            form({{u"client_id"_s, clientId}, {u"scope"_s, constants::delegatedScopes}}));
        QCOMPARE(started.json.value(u"expires_in").toInt(), 1);
        QTest::qWait(1200);
        const Answer late = send("POST", tenantPath() + u"/oauth2/v2.0/token"_s,
                                 form({{u"client_id"_s, clientId},
                                       {u"grant_type"_s, u"urn:ietf:params:oauth:grant-type:device_code"_s},
                                       {u"device_code"_s, started.json.value(u"device_code").toString()}}));
        QCOMPARE(late.status, 400);
        QCOMPARE(late.json.value(u"error").toString(), u"expired_token"_s);
    }

    void organization_listsTheTenantAndItsVerifiedDomains()
    {
        const Answer answer = send("GET", u"/v1.0/organization"_s, {},
                                   signIn().value(u"access_token").toString());
        QCOMPARE(answer.status, 200);
        const QJsonObject organization = answer.json.value(u"value").toArray().at(0).toObject();
        QCOMPARE(organization.value(u"id").toString(), lab::seed::tenantId);
        const QJsonArray domains = organization.value(u"verifiedDomains").toArray();
        QCOMPARE(domains.size(), 2);
        QCOMPARE(domains.at(0)[u"name"].toString(), u"contoso.onmicrosoft.com"_s);
        QVERIFY(domains.at(0)[u"isInitial"].toBool());
        QVERIFY(domains.at(1)[u"isDefault"].toBool());
        QCOMPARE(answer.headers.value("client-request-id"), QByteArray("test-client-request-id"));
        QVERIFY(!answer.headers.value("request-id").isEmpty());
    }

    void select_returnsKeyOnlyOnASingleObjectGetSelectingKeyCredentials()
    {
        const QString token = signIn().value(u"access_token").toString();
        const QJsonObject stored = spoPrincipal().value(u"keyCredentials").toArray().at(0).toObject();
        const QString byAppId = u"/v1.0/servicePrincipals(appId='%1')"_s.arg(constants::spoAppId);

        const Answer selected = send("GET", byAppId + u"?$select=id,keyCredentials"_s, {}, token);
        QCOMPARE(selected.status, 200);
        QVERIFY(!selected.json.contains(u"appId"));
        QCOMPARE(selected.json.value(u"id").toString(), spoPrincipalId);
        const QJsonObject key = selected.json.value(u"keyCredentials").toArray().at(0).toObject();
        QCOMPARE(key.value(u"key").toString(), stored.value(u"key").toString());
        // customKeyIdentifier: base64 of the binary SHA-1 thumbprint, not of its hex text.
        const QByteArray der = QByteArray::fromBase64(stored.value(u"key").toString().toLatin1());
        QCOMPARE(key.value(u"customKeyIdentifier").toString(),
                 QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha1).toBase64()));

        const Answer unselected = send("GET", byAppId, {}, token);
        QVERIFY(unselected.json.value(u"keyCredentials")[0][u"key"].isNull());
        QCOMPARE(unselected.json.value(u"appId").toString(), constants::spoAppId);

        const Answer listed = send(
            "GET",
            u"/v1.0/servicePrincipals?$filter=appId eq '%1'&$select=id,keyCredentials"_s.arg(
                constants::spoAppId),
            {}, token);
        QCOMPARE(listed.status, 200);
        const QJsonArray value = listed.json.value(u"value").toArray();
        QCOMPARE(value.size(), 1);
        QVERIFY(value.at(0)[u"keyCredentials"][0][u"key"].isNull());
        QVERIFY(!value.at(0)[u"keyCredentials"][0][u"customKeyIdentifier"].toString().isEmpty());

        const Answer unknownProperty = send("GET", byAppId + u"?$select=nope"_s, {}, token);
        QCOMPARE(unknownProperty.status, 400);
    }

    void patch_replacesCollections_andPersistsThemInTenantJson()
    {
        const QString token = signIn().value(u"access_token").toString();
        const QString path = u"/v1.0/servicePrincipals/"_s + spoPrincipalId;
        const Answer names = send(
            "PATCH", path,
            QJsonDocument(QJsonObject{{u"servicePrincipalNames"_s, QJsonArray{u"only-one"_s}}}).toJson(),
            token, true, "application/json");
        QCOMPARE(names.status, 204);
        QVERIFY(!names.headers.value("request-id").isEmpty());
        QCOMPARE(spoPrincipal().value(u"servicePrincipalNames").toArray(), QJsonArray{u"only-one"_s});

        const QJsonObject existing = spoPrincipal().value(u"keyCredentials").toArray().at(0).toObject();
        const auto added = crypto::generateSelfSigned(u"New STS"_s, 2048, 365);
        QVERIFY(added.ok());
        const QString addedKey = QString::fromLatin1(added->der.toBase64());
        const QJsonArray keys{QJsonObject{{u"key"_s, existing.value(u"key")},
                                          {u"type"_s, existing.value(u"type")},
                                          {u"usage"_s, existing.value(u"usage")}},
                              QJsonObject{{u"key"_s, addedKey},
                                          {u"type"_s, u"AsymmetricX509Cert"_s},
                                          {u"usage"_s, u"Verify"_s},
                                          {u"displayName"_s, u"CN=New STS"_s}}};
        QCOMPARE(send("PATCH", path, QJsonDocument(QJsonObject{{u"keyCredentials"_s, keys}}).toJson(), token,
                      true, "application/json")
                     .status,
                 204);
        const QJsonArray stored = spoPrincipal().value(u"keyCredentials").toArray();
        QCOMPARE(stored.size(), 2);
        // A re-sent key is stored as a new credential, as Graph does: a new keyId, the dates and
        // identifier of its certificate.
        QCOMPARE(stored.at(0)[u"key"], existing.value(u"key"));
        QVERIFY(!stored.at(0)[u"keyId"].toString().isEmpty());
        QVERIFY(stored.at(0)[u"keyId"] != existing.value(u"keyId"));
        QCOMPARE(stored.at(0)[u"customKeyIdentifier"], existing.value(u"customKeyIdentifier"));
        QCOMPARE(stored.at(1)[u"key"].toString(), addedKey);

        // Re-sending only the new key drops the old one: PATCH replaces, it does not merge.
        QCOMPARE(send("PATCH", path,
                      QJsonDocument(QJsonObject{{u"keyCredentials"_s, QJsonArray{keys.at(1)}}}).toJson(),
                      token, true, "application/json")
                     .status,
                 204);
        QCOMPARE(spoPrincipal().value(u"keyCredentials").toArray().size(), 1);
    }

    void patch_refusesAKeyCredentialWithoutKey_andMalformedJson()
    {
        const QString token = signIn().value(u"access_token").toString();
        const QString path = u"/v1.0/servicePrincipals/"_s + spoPrincipalId;
        const QJsonObject before = spoPrincipal();
        const Answer keyless = send(
            "PATCH", path,
            QJsonDocument(
                QJsonObject{{u"keyCredentials"_s, QJsonArray{QJsonObject{{u"type"_s, u"AsymmetricX509Cert"_s},
                                                                         {u"usage"_s, u"Verify"_s}}}}})
                .toJson(),
            token, true, "application/json");
        QCOMPARE(keyless.status, 400);
        const QJsonObject error = keyless.json.value(u"error").toObject();
        QCOMPARE(error.value(u"code").toString(), u"Request_BadRequest"_s);
        QCOMPARE(error.value(u"innerError")[u"client-request-id"].toString(), u"test-client-request-id"_s);
        QVERIFY(!error.value(u"innerError")[u"request-id"].toString().isEmpty());
        QVERIFY(!error.value(u"innerError")[u"date"].toString().isEmpty());

        const Answer malformed = send("PATCH", path, "{not json", token, true, "application/json");
        QCOMPARE(malformed.status, 400);
        QCOMPARE(spoPrincipal(), before);
    }

    void graph_refusesMissingUnknownAndExpiredTokensWith401()
    {
        const Answer missing = send("GET", u"/v1.0/organization"_s);
        QCOMPARE(missing.status, 401);
        QCOMPARE(missing.json.value(u"error")[u"code"].toString(), u"InvalidAuthenticationToken"_s);
        const Answer unknown = send("GET", u"/v1.0/organization"_s, {}, u"not-a-lab-token"_s);
        QCOMPARE(unknown.status, 401);
        QCOMPARE(unknown.json.value(u"error")[u"code"].toString(), u"InvalidAuthenticationToken"_s);

        writeFaults({{u"tenantLifetimes"_s, QJsonObject{{u"accessTokenSeconds"_s, 1}}}});
        const QJsonObject tokens = signIn();
        QCOMPARE(tokens.value(u"expires_in").toInt(), 1);
        const QString token = tokens.value(u"access_token").toString();
        QCOMPARE(send("GET", u"/v1.0/organization"_s, {}, token).status, 200);
        QTest::qWait(1100);
        const Answer expired = send("GET", u"/v1.0/organization"_s, {}, token);
        QCOMPARE(expired.status, 401);
        QVERIFY(expired.json.value(u"error")[u"message"].toString().contains(u"expired"_s));
    }

    void tokenWithoutTheScope_isDenied403()
    {
        QJsonObject tenant = readJsonObject(folder().tenantFile()).value();
        QJsonObject signInJson = tenant.value(u"signIn").toObject();
        signInJson.insert(u"scopes"_s, QJsonArray{u"Organization.Read.All"_s});
        tenant.insert(u"signIn"_s, signInJson);
        QVERIFY(writeJsonObject(folder().tenantFile(), tenant).ok());
        const QJsonObject tokens = signIn();
        QCOMPARE(tokens.value(u"scope").toString(), u"Organization.Read.All"_s);
        const QString token = tokens.value(u"access_token").toString();
        QCOMPARE(send("GET", u"/v1.0/organization"_s, {}, token).status, 200);
        const Answer denied = send(
            "PATCH", u"/v1.0/servicePrincipals/"_s + spoPrincipalId,
            QJsonDocument(QJsonObject{{u"servicePrincipalNames"_s, QJsonArray{u"x"_s}}}).toJson(), token,
            true, "application/json");
        QCOMPARE(denied.status, 403);
        QCOMPARE(denied.json.value(u"error")[u"code"].toString(), u"Authorization_RequestDenied"_s);
        QCOMPARE(denied.json.value(u"error")[u"message"].toString(),
                 u"Insufficient privileges to complete the operation."_s);
    }

    void fault429_answersRetryAfter_andCountsDownInFaultsJson()
    {
        const QString token = signIn().value(u"access_token").toString();
        writeFaults({{u"tenant"_s, QJsonArray{QJsonObject{{u"path"_s, u"/v1.0/servicePrincipals"_s},
                                                          {u"method"_s, u"PATCH"_s},
                                                          {u"status"_s, 429},
                                                          {u"retryAfter"_s, 2},
                                                          {u"times"_s, 1}}}}});
        const QByteArray body =
            QJsonDocument(QJsonObject{{u"servicePrincipalNames"_s, QJsonArray{u"a"_s}}}).toJson();
        const QString path = u"/v1.0/servicePrincipals/"_s + spoPrincipalId;
        // A GET does not match the PATCH fault.
        QCOMPARE(
            send("GET", u"/v1.0/servicePrincipals(appId='%1')"_s.arg(constants::spoAppId), {}, token).status,
            200);
        const Answer throttled = send("PATCH", path, body, token, true, "application/json");
        QCOMPARE(throttled.status, 429);
        QCOMPARE(throttled.headers.value("retry-after"), QByteArray("2"));
        QVERIFY(!throttled.json.value(u"error")[u"innerError"][u"request-id"].toString().isEmpty());
        const QJsonObject faults = readJsonObject(lab::labFaultsFile(m_dir->path())).value();
        QCOMPARE(faults.value(u"tenant")[0][u"times"].toInt(), 0);
        QCOMPARE(send("PATCH", path, body, token, true, "application/json").status, 204);
    }

    void fault401_expiresThePresentedToken_soTheClientMustRefresh()
    {
        const QJsonObject tokens = signIn();
        const QString token = tokens.value(u"access_token").toString();
        writeFaults(
            {{u"tenant"_s, QJsonArray{QJsonObject{
                               {u"path"_s, u"/v1.0/organization"_s}, {u"status"_s, 401}, {u"times"_s, 1}}}}});
        QCOMPARE(send("GET", u"/v1.0/organization"_s, {}, token).status, 401);
        QCOMPARE(send("GET", u"/v1.0/organization"_s, {}, token).status, 401); // still expired
        const Answer renewed = send("POST", tenantPath() + u"/oauth2/v2.0/token"_s,
                                    form({{u"client_id"_s, clientId},
                                          {u"grant_type"_s, u"refresh_token"_s},
                                          {u"refresh_token"_s, tokens.value(u"refresh_token").toString()}}));
        QCOMPARE(
            send("GET", u"/v1.0/organization"_s, {}, renewed.json.value(u"access_token").toString()).status,
            200);
    }

    void acsMetadata_isServedForTheTenant_and404ForAnother()
    {
        const Answer metadata = send("GET", tenantPath() + u"/metadata/json/1"_s);
        QCOMPARE(metadata.status, 200);
        QCOMPARE(metadata.json.value(u"realm").toString(), lab::seed::tenantId);
        QCOMPARE(metadata.json.value(u"issuer").toString(),
                 constants::acsPrincipalPrefix + u"@"_s + lab::seed::tenantId);
        QVERIFY(!metadata.json.value(u"keys").toArray().isEmpty());
        QCOMPARE(send("GET", u"/00000000-0000-0000-0000-000000000000/metadata/json/1"_s).status, 404);
    }

    void acsToken_validAssertion_getsATokenSignedWithTheMetadataKey()
    {
        const Answer metadata = send("GET", tenantPath() + u"/metadata/json/1"_s);
        QCOMPARE(metadata.status, 200);
        const QJsonArray endpoints = metadata.json.value(u"endpoints").toArray();
        QCOMPARE(endpoints.size(), 1);
        QCOMPARE(endpoints.at(0)[u"protocol"].toString(), u"OAuth2"_s);
        QCOMPARE(endpoints.at(0)[u"usage"].toString(), u"issuance"_s);
        QCOMPARE(endpoints.at(0)[u"location"].toString(), acsTokenUrl());
        const QJsonArray keys = metadata.json.value(u"keys").toArray();
        QCOMPARE(keys.size(), 1);
        QCOMPARE(keys.at(0)[u"usage"].toString(), u"signing"_s);
        // keyValue beside keyInfo, where SharePoint's metadata reader takes it (keys[].keyValue.value).
        const QJsonObject keyInfo = keys.at(0)[u"keyInfo"].toObject();
        QCOMPARE(keys.at(0)[u"keyValue"][u"type"].toString(), u"x509Certificate"_s);
        const QByteArray acsCertificate = QByteArray::fromBase64(
            keys.at(0)[u"keyValue"][u"value"].toString().toLatin1());
        QVERIFY(crypto::inspectDer(acsCertificate).ok());
        QCOMPARE(keyInfo[u"x5t"].toString(), crypto::x5tOf(acsCertificate));

        const auto sts = stsCertificate();
        const Answer answer = postAcs(acsFields(assertionFor(sts, assertionClaims())));
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json.value(u"token_type").toString(), u"Bearer"_s);
        QCOMPARE(answer.json.value(u"resource").toString(), spoResource());
        QCOMPARE(answer.json.value(u"expires_in").toString(), u"3600"_s);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QVERIFY(qAbs(answer.json.value(u"not_before").toString().toLongLong() - now) < 60);
        QCOMPARE(answer.json.value(u"expires_on").toString().toLongLong(),
                 answer.json.value(u"not_before").toString().toLongLong() + 3600);
        const auto token = crypto::parseJwt(answer.json.value(u"access_token").toString().toLatin1());
        QVERIFY(token.ok());
        QCOMPARE(token->header.value(u"alg").toString(), u"RS256"_s);
        QCOMPARE(token->header.value(u"x5t").toString(), keyInfo[u"x5t"].toString());
        QVERIFY(crypto::verifyRs256(token->signingInput, token->signature, acsCertificate));
        QVERIFY(!crypto::verifyRs256(token->signingInput, token->signature, sts.der));
        const QString issuer = constants::acsPrincipalPrefix + u"@"_s + lab::seed::tenantId;
        QCOMPARE(token->claims.value(u"aud").toString(), spoResource());
        QCOMPARE(token->claims.value(u"iss").toString(), issuer);
        QCOMPARE(token->claims.value(u"identityprovider").toString(), issuer);
        QCOMPARE(token->claims.value(u"nameid").toString(), spoClientId());
        QCOMPARE(qint64(token->claims.value(u"exp").toDouble()) -
                     qint64(token->claims.value(u"nbf").toDouble()),
                 qint64(3600));
        // The ACS key is made in memory at start, never written to the lab folder.
        QVERIFY(
            !QDir(m_dir->path()).entryList(QDir::Files).join(u' ').contains(u"acs"_s, Qt::CaseInsensitive));
    }

    void acsToken_refusals_data()
    {
        QTest::addColumn<QString>("situation");
        QTest::addColumn<QString>("expected");    // acsErrorOf
        QTest::addColumn<QString>("description"); // in error_description
        QTest::newRow("wrong signature") << u"wrong signature"_s << u"401 invalid_client 700027"_s
                                         << u"[Reason - The provided signature value did not match"_s;
        QTest::newRow("unknown key")
            << u"unknown key"_s << u"401 invalid_client 700027"_s
            << u"[Reason - The key was not found., Thumbprint of key used by client: '"_s;
        QTest::newRow("expired key") << u"expired key"_s << u"401 invalid_client 700027"_s
                                     << u"[Reason - The key used is expired."_s;
        QTest::newRow("wrong aud") << u"wrong aud"_s << u"400 invalid_client 700023"_s
                                   << u"audience claim does not match"_s;
        QTest::newRow("exp in the past")
            << u"exp in the past"_s << u"400 invalid_client 700024"_s << u"not within its valid time range"_s;
        QTest::newRow("nbf in the future") << u"nbf in the future"_s << u"400 invalid_client 700024"_s
                                           << u"not within its valid time range"_s;
        QTest::newRow("iss not client_id")
            << u"iss not client_id"_s << u"400 invalid_client 700021"_s << u"doesn't match 'client_id'"_s;
        QTest::newRow("client_id realm not the tenant")
            << u"client realm"_s << u"400 unauthorized_client 700016"_s
            << u"was not found in the directory"_s;
        QTest::newRow("client_id app not in the tenant")
            << u"client app"_s << u"400 unauthorized_client 700016"_s << u"was not found in the directory"_s;
        QTest::newRow("resource host without SPN")
            << u"resource host"_s << u"400 invalid_resource 500011"_s << u"The resource principal named"_s;
        QTest::newRow("resource realm not the tenant")
            << u"resource realm"_s << u"400 invalid_resource 500011"_s << u"The resource principal named"_s;
        QTest::newRow("jwt/1.0/bearer encoding")
            << u"jwt bearer grant"_s << u"400 unsupported_grant_type 70003"_s
            << u"http://oauth.net/grant_type/jwt/1.0/bearer"_s;
        QTest::newRow("no client_assertion_type")
            << u"no assertion type"_s << u"400 invalid_request 900144"_s << u"'client_assertion_type'"_s;
        QTest::newRow("no resource") << u"no resource"_s << u"400 invalid_request 900144"_s
                                     << u"'resource'"_s;
        QTest::newRow("JSON body") << u"json body"_s << u"400 invalid_request 900144"_s << u"'grant_type'"_s;
        QTest::newRow("unknown tenant") << u"unknown tenant"_s << u"400 invalid_tenant 90002"_s
                                        << u"Tenant '00000000-0000-0000-0000-000000000000' not found"_s;
        QTest::newRow("malformed assertion")
            << u"malformed"_s << u"400 invalid_request 50027"_s << u"invalid or malformed"_s;
        QTest::newRow("alg not RS256") << u"alg"_s << u"400 invalid_request 5002738"_s << u"'HS256'"_s;
        QTest::newRow("no jti") << u"no jti"_s << u"400 invalid_request 50027"_s << u"'jti'"_s;
    }

    void acsToken_refusals()
    {
        QFETCH(QString, situation);
        QFETCH(QString, expected);
        QFETCH(QString, description);
        const auto sts = stsCertificate(situation != u"unknown key", [&](QJsonObject &key) {
            if (situation == u"expired key")
                key.insert(u"endDateTime"_s,
                           QDateTime::currentDateTimeUtc().addDays(-1).toString(Qt::ISODate));
        });
        QJsonObject claims = assertionClaims();
        QString client = spoClientId();
        QString resource = spoResource();
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        std::optional<crypto::GeneratedCertificate> other;
        if (situation == u"wrong signature") {
            other = crypto::generateSelfSigned(u"Another key"_s, 2048, 365).value();
        } else if (situation == u"wrong aud") {
            claims.insert(u"aud"_s, m_server->baseUrl().toString() + u"/oauth2/token"_s);
        } else if (situation == u"exp in the past") {
            claims.insert(u"nbf"_s, now - 1800);
            claims.insert(u"exp"_s, now - 600); // beyond the five minutes of skew
        } else if (situation == u"nbf in the future") {
            claims.insert(u"nbf"_s, now + 600);
            claims.insert(u"exp"_s, now + 1200);
        } else if (situation == u"iss not client_id") {
            claims.insert(u"iss"_s, spoClientId(u"8f2b6d1e-3c4a-4f5b-9e7d-0a1b2c3d4e5f"_s));
        } else if (situation == u"client realm") {
            // The farm's realm not yet set to the tenant id (PROCEDURE.md step 9).
            client = spoClientId(u"8f2b6d1e-3c4a-4f5b-9e7d-0a1b2c3d4e5f"_s);
            claims = assertionClaims(client);
        } else if (situation == u"client app") {
            client = u"11111111-2222-3333-4444-555555555555@"_s + lab::seed::tenantId;
            claims = assertionClaims(client);
        } else if (situation == u"resource host") {
            resource = spoResource(u"sharepoint.fabrikam.com"_s);
        } else if (situation == u"resource realm") {
            resource = constants::spoAppId +
                       u"/contoso.sharepoint.com@8f2b6d1e-3c4a-4f5b-9e7d-0a1b2c3d4e5f"_s;
        } else if (situation == u"no jti") {
            claims.remove(u"jti"_s);
        }
        QString assertion = assertionFor(sts, claims, other ? &*other : nullptr,
                                         situation == u"alg" ? u"HS256"_s : u"RS256"_s);
        if (situation == u"malformed")
            assertion = assertion.section(u'.', 0, 1);
        QList<std::pair<QString, QString>> fields = acsFields(assertion, client, resource);
        Answer answer;
        if (situation == u"jwt bearer grant") {
            fields = {{u"grant_type"_s, u"http://oauth.net/grant_type/jwt/1.0/bearer"_s},
                      {u"assertion"_s, assertion},
                      {u"client_id"_s, client},
                      {u"resource"_s, resource}};
        } else if (situation == u"no assertion type") {
            fields.removeAt(2);
        } else if (situation == u"no resource") {
            fields.removeLast();
        }
        if (situation == u"json body") {
            QJsonObject body;
            for (const auto &[name, value] : fields)
                body.insert(name, value);
            answer = send("POST", tenantPath() + u"/tokens/OAuth/2"_s, QJsonDocument(body).toJson(), {}, true,
                          "application/json");
        } else {
            answer = postAcs(fields, situation == u"unknown tenant"
                                         ? u"00000000-0000-0000-0000-000000000000"_s
                                         : lab::seed::tenantId);
        }
        QCOMPARE(acsErrorOf(answer), expected);
        const QString text = answer.json.value(u"error_description").toString();
        QVERIFY2(text.startsWith(u"AADSTS"_s + expected.section(u' ', 2) + u": "_s), qPrintable(text));
        QVERIFY2(text.contains(description), qPrintable(text));
        QVERIFY2(text.contains(u"\r\nTrace ID: "_s) && text.contains(u"\r\nCorrelation ID: "_s) &&
                     text.contains(u"\r\nTimestamp: "_s),
                 qPrintable(text));
        QVERIFY(!answer.json.value(u"trace_id").toString().isEmpty());
        QVERIFY(!answer.json.contains(u"access_token"_s));
        // The thumbprint named is the certificate's, in hex as Windows shows it.
        if (expected.endsWith(u"700027"_s))
            QVERIFY2(text.contains(u"Thumbprint of key used by client: '%1'"_s.arg(
                         crypto::inspectDer(sts.der)->thumbprint)),
                     qPrintable(text));
        // Nothing of the assertion comes back.
        QVERIFY(assertion.isEmpty() || !answer.body.contains(assertion.toLatin1()));
    }

    void acsToken_wildcardSpn_coversHostsOfItsDomainOnly()
    {
        const auto sts = stsCertificate();
        const auto ask = [&](const QString &host) {
            return acsErrorOf(
                postAcs(acsFields(assertionFor(sts, assertionClaims()), spoClientId(), spoResource(host))));
        };
        // The seed's *.sharepoint.com does not cover a farm's own host name.
        QCOMPARE(ask(u"sharepoint.contoso.com"_s), u"400 invalid_resource 500011"_s);
        changeSpoPrincipal([](QJsonObject &spo) {
            QJsonArray spns = spo.value(u"servicePrincipalNames").toArray();
            spns.append(constants::spoAppId + u"/*.contoso.com"_s);
            spo.insert(u"servicePrincipalNames"_s, spns);
        });
        QCOMPARE(ask(u"sharepoint.contoso.com"_s), u"200  -"_s);
        QCOMPARE(ask(u"SharePoint.Contoso.COM"_s), u"200  -"_s);
        QCOMPARE(ask(u"contoso.com"_s), u"400 invalid_resource 500011"_s);
        QCOMPARE(ask(u"sharepoint.notcontoso.com"_s), u"400 invalid_resource 500011"_s);
        QCOMPARE(ask(u"sharepoint.fabrikam.com"_s), u"400 invalid_resource 500011"_s);
        // An exact SPN covers that host only.
        changeSpoPrincipal([](QJsonObject &spo) {
            QJsonArray spns = spo.value(u"servicePrincipalNames").toArray();
            spns.append(constants::spoAppId + u"/portal.fabrikam.com"_s);
            spo.insert(u"servicePrincipalNames"_s, spns);
        });
        QCOMPARE(ask(u"portal.fabrikam.com"_s), u"200  -"_s);
        QCOMPARE(ask(u"other.fabrikam.com"_s), u"400 invalid_resource 500011"_s);
    }

    void realmDiscovery_bearerGets401WithTheRealm_anonymous403()
    {
        const Answer bearer = send("GET", u"/_vti_bin/client.svc"_s, {}, {}, true, {}, "Bearer");
        QCOMPARE(bearer.status, 401);
        QCOMPARE(
            bearer.headers.value("www-authenticate"),
            QByteArray("Bearer realm=\"") + lab::seed::tenantId.toLatin1() +
                "\",client_id=\"00000003-0000-0ff1-ce00-000000000000\",trusted_issuers=\""
                "00000001-0000-0000-c000-000000000000@*,https://sts.windows.net/*/\",authorization_uri=\""
                "https://login.windows.net/common/oauth2/authorize\"");
        const Answer anonymous = send("GET", u"/_vti_bin/client.svc"_s);
        QCOMPARE(anonymous.status, 403);
        QVERIFY(!anonymous.headers.contains("www-authenticate"));
        QVERIFY(!anonymous.body.contains(lab::seed::tenantId.toLatin1()));
        const Answer basic = send("GET", u"/_vti_bin/client.svc"_s, {}, {}, true, {}, "Basic dXNlcjpwYXNz");
        QCOMPARE(basic.status, 403);
        // The lab's endpoints send realm discovery here.
        QCOMPARE(m_server->endpoints().sharepoint, m_server->baseUrl());
        QCOMPARE(m_server->endpoints().sharePointRoot(u"contoso.onmicrosoft.com"_s), m_server->baseUrl());
        QCOMPARE(m_server->endpoints().toJson().keys(),
                 (QStringList{u"acs"_s, u"graph"_s, u"login"_s, u"sharepoint"_s}));
    }

    void labFarmModel_keepsFieldsItDoesNotKnow_andTheFormsOfThoseItDoes()
    {
        QJsonObject seeded = *folder().readFarm();
        seeded.insert(u"language"_s, u"de-DE"_s);
        QJsonObject account = seeded.value(u"account").toObject();
        account.insert(u"shellAdmin"_s, false);
        seeded.insert(u"account"_s, account);
        QJsonArray servers = seeded.value(u"servers").toArray();
        QJsonObject second = servers.at(1).toObject();
        second.insert(u"stsRedirectsTo"_s, u"SP-WFE1"_s);
        servers.replace(1, second);
        seeded.insert(u"servers"_s, servers);
        QVERIFY(folder().writeFarm(seeded).ok());

        const lab::LabFarmModel model(folder());
        const QString realm = u"0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9"_s;
        QVERIFY(model
                    .mutate([&realm](lab::LabFarm &farm) {
                        farm.realm = realm;
                        farm.server(u"sp-wfe1"_s)->rootCertificates.append(farm.sts.signingCertificate);
                        return success();
                    })
                    .ok());
        const QJsonObject written = *folder().readFarm();
        QCOMPARE(written.value(u"realm").toString(), realm);
        QCOMPARE(written.value(u"language").toString(), u"de-DE"_s);
        QCOMPARE(written.value(u"account")[u"shellAdmin"], QJsonValue(false));
        QCOMPARE(written.value(u"account")[u"name"], seeded.value(u"account")[u"name"]);
        const QJsonArray writtenServers = written.value(u"servers").toArray();
        QCOMPARE(writtenServers.at(0)[u"rootCertificates"].toArray(),
                 QJsonArray{seeded.value(u"sts")[u"signingCertificate"]});
        QCOMPARE(writtenServers.at(1)[u"stsRedirectsTo"].toString(), u"SP-WFE1"_s);
        // Absent stays absent: no empty store, no running certificate on the SQL server.
        QVERIFY(!writtenServers.at(1).toObject().contains(u"rootCertificates"));
        QVERIFY(!writtenServers.at(3).toObject().contains(u"runningSigningCertificate"));
        QCOMPARE(written.value(u"webApplications"), seeded.value(u"webApplications"));
        QCOMPARE(written.value(u"trustedIssuers"), seeded.value(u"trustedIssuers"));
        QCOMPARE(written.value(u"proxies"), seeded.value(u"proxies"));
        QCOMPARE(written.value(u"schema"), seeded.value(u"schema"));

        // A failed change writes nothing.
        const Status refused = model.mutate([](lab::LabFarm &farm) -> Status {
            farm.realm = u"half done"_s;
            return Error{u"test.refused"_s, u"refused"_s, {}, {}};
        });
        QVERIFY(!refused.ok());
        QCOMPARE(*folder().readFarm(), written);
    }

    void labFarm_fetchesTheMetadataOverHttps_trustingOnlyThisRun()
    {
        const QString caFile = folder().tenantCaFile();
        QVERIFY(m_server->writeCertificatePem(caFile).ok());
        const QString url = m_server->endpoints().metadataEndpoint(lab::seed::tenantId);
        const lab::LabFarmContext farm{lab::LabFarmModel(folder()), caFile};
        const auto fetched = QCoro::waitFor(lab::fetchFromLabFarm(farm, url));
        QVERIFY2(fetched.ok(), qPrintable(fetched ? QString() : fetched.error().toText()));
        QCOMPARE(QJsonDocument::fromJson(*fetched).object().value(u"realm").toString(), lab::seed::tenantId);

        // Another run's certificate is not trusted.
        const auto other = crypto::generateSelfSigned(u"another run"_s, 2048, 1);
        QVERIFY(other.ok());
        const QString otherCa = m_dir->filePath(u"run/other.pem"_s);
        QFile file(otherCa);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QSslCertificate(other->der, QSsl::Der).toPem());
        file.close();
        const lab::LabFarmContext distrusting{lab::LabFarmModel(folder()), otherCa};
        const auto refused = QCoro::waitFor(lab::fetchFromLabFarm(distrusting, url));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, u"farm.outbound"_s);

        // Without a CA file the farm trusts the system's CAs, which do not know the lab's: the
        // TLS handshake is what fails, not reading a certificate file.
        const lab::LabFarmContext systemTrust{lab::LabFarmModel(folder()), QString()};
        const auto untrusted = QCoro::waitFor(lab::fetchFromLabFarm(systemTrust, url));
        QVERIFY(!untrusted.ok());
        QCOMPARE(untrusted.error().code, u"farm.outbound"_s);
        QVERIFY2(!untrusted.error().message.contains(u"cannot be read"_s),
                 qPrintable(untrusted.error().message));

        const auto wrongTenant = QCoro::waitFor(lab::fetchFromLabFarm(
            farm, m_server->endpoints().metadataEndpoint(u"00000000-0000-0000-0000-000000000000"_s)));
        QVERIFY(!wrongTenant.ok());
        QVERIFY(wrongTenant.error().message.contains(u"404"_s));
    }

    // --- As strict as Entra ID and Graph (issue 12, item 6) ---

    void token_carriesOnlyTheRequestedConsentedScopes_andARefreshTokenOnlyForOfflineAccess()
    {
        // Prefixed, lower-case, and one (User.Read) that tenant.json does not consent to.
        const QJsonObject tokens = signIn(
            u"https://graph.microsoft.com/application.readwrite.all User.Read"_s);
        QCOMPARE(tokens.value(u"scope").toString(), u"Application.ReadWrite.All"_s);
        QVERIFY(!tokens.contains(u"refresh_token"));
        QVERIFY(!tokens.contains(u"id_token"));
        const QString token = tokens.value(u"access_token").toString();
        // Organization.Read.All is consented but was not asked for: not on the token.
        const Answer organization = send("GET", u"/v1.0/organization"_s, {}, token);
        QCOMPARE(organization.status, 403);
        QCOMPARE(organization.json.value(u"error")[u"code"].toString(), u"Authorization_RequestDenied"_s);
        QCOMPARE(
            send("GET", u"/v1.0/servicePrincipals(appId='%1')"_s.arg(constants::spoAppId), {}, token).status,
            200);

        // OpenID Connect scopes are no Graph permissions; offline_access brings a refresh token.
        const QJsonObject full = signIn();
        QCOMPARE(full.value(u"scope").toString().split(u' '),
                 (QStringList{u"Application.ReadWrite.All"_s, u"Organization.Read.All"_s}));
        QVERIFY(!full.value(u"refresh_token").toString().isEmpty());

        // In authorize's query '+' is a space, as Entra reads it.
        const Answer plus = send("GET",
                                 tenantPath() + u"/oauth2/v2.0/authorize?client_id=%1&response_type=code"
                                                "&redirect_uri=%2&scope=openid+Organization.Read.All"
                                                "&code_challenge=%3&code_challenge_method=S256"_s.arg(
                                                    clientId, redirectUri, challengeFor(verifier)));
        QCOMPARE(plus.status, 302);
        const QString code = QUrlQuery(QUrl(QString::fromLatin1(plus.headers.value("location"))))
                                 .queryItemValue(u"code"_s, QUrl::FullyDecoded);
        const Answer redeemed = redeem(code, verifier);
        QCOMPARE(redeemed.json.value(u"scope").toString(), u"Organization.Read.All"_s);
        QVERIFY(redeemed.json.contains(u"id_token"));
    }

    void refresh_keepsTheGrantScopes_narrowedToWhatItAsksFor()
    {
        const QJsonObject first = signIn();
        const Answer narrowed = refresh(first.value(u"refresh_token").toString(),
                                        u"openid offline_access Organization.Read.All"_s);
        QCOMPARE(narrowed.status, 200);
        QCOMPARE(narrowed.json.value(u"scope").toString(), u"Organization.Read.All"_s);
        QVERIFY(!narrowed.json.value(u"id_token").toString().isEmpty());
        QCOMPARE(send("PATCH", u"/v1.0/servicePrincipals/"_s + spoPrincipalId,
                      QJsonDocument(QJsonObject{{u"servicePrincipalNames"_s, QJsonArray{u"x"_s}}}).toJson(),
                      narrowed.json.value(u"access_token").toString(), true, "application/json")
                     .status,
                 403);
        // A refresh never widens the grant, even to a consented permission.
        const Answer widened = refresh(narrowed.json.value(u"refresh_token").toString(), requestedScopes);
        QCOMPARE(widened.status, 200);
        QCOMPARE(widened.json.value(u"scope").toString(), u"Organization.Read.All"_s);
    }

    void idToken_onlyForOpenId_withTheUsersClaimsAndRoles()
    {
        QVERIFY(!signIn(u"offline_access Application.ReadWrite.All"_s).contains(u"id_token"));
        // The seed's default client emits no roles; a registration that does is configured.
        QVERIFY(!claimsOf(signIn().value(u"id_token").toString()).contains(u"wids"));
        editSignIn(u"widsInIdToken"_s, true);

        const QJsonObject tokens = signIn();
        const QJsonObject claims = claimsOf(tokens.value(u"id_token").toString());
        QCOMPARE(claims.value(u"aud").toString(), clientId);
        QCOMPARE(claims.value(u"iss").toString(),
                 m_server->baseUrl().toString() + u"/"_s + lab::seed::tenantId + u"/v2.0"_s);
        QCOMPARE(claims.value(u"tid").toString(), lab::seed::tenantId);
        QCOMPARE(claims.value(u"oid").toString(), seedAdminId);
        QCOMPARE(claims.value(u"preferred_username").toString(), seedAdminUpn);
        QVERIFY(!claims.value(u"name").toString().isEmpty());
        QVERIFY(!claims.value(u"sub").toString().isEmpty());
        QVERIFY(claims.value(u"sub") != claims.value(u"oid")); // pairwise, as in Entra
        QCOMPARE(claims.value(u"ver").toString(), u"2.0"_s);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QVERIFY(qAbs(claims.value(u"iat").toInteger() - now) < 60);
        QVERIFY(claims.value(u"nbf").toInteger() <= now);
        QVERIFY(claims.value(u"exp").toInteger() > now);
        // The user's roles and, as in Entra, every member user's default role.
        QCOMPARE(claims.value(u"wids").toArray(),
                 (QJsonArray{applicationAdministrator, u"b79fbf4d-3ef9-4689-8143-76b194e85509"_s}));
        setAdminRoles({});
        QCOMPARE(claimsOf(signIn().value(u"id_token").toString()).value(u"wids").toArray(),
                 QJsonArray{u"b79fbf4d-3ef9-4689-8143-76b194e85509"_s});

        // A refresh answers a fresh id_token too.
        const Answer renewed = refresh(tokens.value(u"refresh_token").toString(), requestedScopes);
        QCOMPARE(claimsOf(renewed.json.value(u"id_token").toString()).value(u"oid").toString(), seedAdminId);

        // wids only when the registration emits directory roles.
        editSignIn(u"widsInIdToken"_s, false);
        QVERIFY(!claimsOf(signIn().value(u"id_token").toString()).contains(u"wids"));
    }

    void signInEndpoints_answerForTheTenantIdDomainsAndOrganizations_notAnotherTenant()
    {
        const QString challenge = challengeFor(verifier);
        for (const QString &segment : {lab::seed::tenantId, u"organizations"_s, u"common"_s,
                                       u"contoso.onmicrosoft.com"_s, lab::seed::publicDomain})
            QVERIFY2(authorize(challenge, requestedScopes, clientId, redirectUri, segment).status == 302,
                     qPrintable(segment));
        const Answer other = authorize(challenge, requestedScopes, clientId, redirectUri,
                                       u"00000000-0000-0000-0000-000000000000"_s);
        QCOMPARE(other.status, 400);
        QCOMPARE(other.json.value(u"error").toString(), u"invalid_tenant"_s);
        QCOMPARE(other.json.value(u"error_codes").toArray(), QJsonArray{90002});
        const Answer token = send("POST", u"/fabrikam.com/oauth2/v2.0/token"_s,
                                  form({{u"client_id"_s, clientId},
                                        {u"grant_type"_s, u"refresh_token"_s},
                                        {u"refresh_token"_s, u"x"_s}}));
        QCOMPARE(token.json.value(u"error").toString(), u"invalid_tenant"_s);
    }

    void signIn_ofAUserMissingFromUsers_failsWithAadsts50034()
    {
        editSignIn(u"userPrincipalName"_s, u"ghost@contoso.onmicrosoft.com"_s);
        const Answer answer = authorize(challengeFor(verifier));
        QCOMPARE(answer.status, 400);
        QVERIFY2(answer.json.value(u"error_description").toString().startsWith(u"AADSTS50034:"_s),
                 answer.body.constData());
        QVERIFY(
            answer.json.value(u"error_description").toString().contains(u"ghost@contoso.onmicrosoft.com"_s));
    }

    void me_withoutUserRead_isDenied403()
    {
        const Answer denied = send("GET", u"/v1.0/me"_s, {}, signIn().value(u"access_token").toString());
        QCOMPARE(denied.status, 403);
        QCOMPARE(denied.json.value(u"error")[u"code"].toString(), u"Authorization_RequestDenied"_s);

        editSignIn(u"scopes"_s, QJsonArray{u"User.Read"_s, u"Application.ReadWrite.All"_s});
        const Answer me = send("GET", u"/v1.0/me"_s, {},
                               signIn(requestedScopes + u" User.Read"_s).value(u"access_token").toString());
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json.value(u"id").toString(), seedAdminId);
        QCOMPARE(me.json.value(u"userPrincipalName").toString(), seedAdminUpn);
    }

    void patch_needsTheScopeAndADirectoryRoleThatMayUpdatePrincipals()
    {
        const QJsonObject names{{u"servicePrincipalNames"_s, spoPrincipal().value(u"servicePrincipalNames")}};
        setAdminRoles(QJsonArray{QJsonObject{{u"roleTemplateId"_s, u"88d8e3e3-8f55-4a1e-953a-9b9898b8876b"_s},
                                             {u"displayName"_s, u"Directory Readers"_s}}});
        const QJsonObject before = spoPrincipal();
        const Answer denied = patchSpo(signIn().value(u"access_token").toString(), names);
        QCOMPARE(denied.status, 403);
        QCOMPARE(denied.json.value(u"error")[u"code"].toString(), u"Authorization_RequestDenied"_s);
        QCOMPARE(denied.json.value(u"error")[u"message"].toString(),
                 u"Insufficient privileges to complete the operation."_s);
        QCOMPARE(spoPrincipal(), before);

        for (const QString &role :
             {globalAdministrator, applicationAdministrator, cloudApplicationAdministrator}) {
            setAdminRoles(QJsonArray{QJsonObject{{u"roleTemplateId"_s, role}}});
            QVERIFY2(patchSpo(signIn().value(u"access_token").toString(), names).status == 204,
                     qPrintable(role));
        }
    }

    void patch_refusesAnSpnThatAnotherPrincipalHolds()
    {
        editTenant([](QJsonObject &tenant) {
            QJsonArray principals = tenant.value(u"servicePrincipals").toArray();
            principals.append(
                QJsonObject{{u"id"_s, u"0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"_s},
                            {u"appId"_s, u"11111111-2222-4333-8444-555555555555"_s},
                            {u"displayName"_s, u"Another app"_s},
                            {u"servicePrincipalNames"_s, QJsonArray{u"https://other.contoso.com/app"_s}},
                            {u"keyCredentials"_s, QJsonArray{}}});
            tenant.insert(u"servicePrincipals"_s, principals);
        });
        const QJsonObject before = spoPrincipal();
        QJsonArray names = before.value(u"servicePrincipalNames").toArray();
        names.append(u"HTTPS://OTHER.contoso.com/app"_s);
        const Answer taken = patchSpo(signIn().value(u"access_token").toString(),
                                      {{u"servicePrincipalNames"_s, names}});
        QCOMPARE(taken.status, 400);
        QCOMPARE(taken.json.value(u"error")[u"code"].toString(),
                 u"Request_MultipleObjectsWithSameKeyValue"_s);
        QCOMPARE(taken.json.value(u"error")[u"message"].toString(),
                 u"Another object with the same value for property servicePrincipalNames already "
                 "exists."_s);
        QCOMPARE(spoPrincipal(), before);
    }

    void patch_refusesAnExpiredCertificate_andDatesOutsideTheCertificate()
    {
        const QString token = signIn().value(u"access_token").toString();
        const QJsonObject before = spoPrincipal();
        const auto keyFor = [](const QString &base64) {
            return QJsonObject{
                {u"key"_s, base64}, {u"type"_s, u"AsymmetricX509Cert"_s}, {u"usage"_s, u"Verify"_s}};
        };
        const auto refused = [&](const QJsonObject &key, const QString &message) {
            const Answer answer = patchSpo(token, {{u"keyCredentials"_s, QJsonArray{key}}});
            QCOMPARE(answer.status, 400);
            QCOMPARE(answer.json.value(u"error")[u"code"].toString(), u"Request_BadRequest"_s);
            QCOMPARE(answer.json.value(u"error")[u"message"].toString(), message);
            QCOMPARE(spoPrincipal(), before);
        };
        // Validity ends a day ago.
        const auto expired = crypto::generateSelfSigned(u"Expired STS"_s, 2048, -1);
        QVERIFY(expired.ok());
        refused(keyFor(QString::fromLatin1(expired->der.toBase64())),
                u"Key credential end date is invalid."_s);
        if (QTest::currentTestFailed())
            return;

        const auto valid = crypto::generateSelfSigned(u"New STS"_s, 2048, 30);
        QVERIFY(valid.ok());
        const QString validKey = QString::fromLatin1(valid->der.toBase64());
        const auto info = crypto::inspectDer(valid->der);
        QVERIFY(info.ok());
        QJsonObject tooLate = keyFor(validKey);
        tooLate.insert(u"endDateTime"_s, info->notAfter.addDays(1).toString(Qt::ISODate));
        refused(tooLate, u"Key credential end date is invalid."_s);
        if (QTest::currentTestFailed())
            return;
        QJsonObject tooEarly = keyFor(validKey);
        tooEarly.insert(u"startDateTime"_s, info->notBefore.addDays(-1).toString(Qt::ISODate));
        refused(tooEarly, u"Key credential start date is invalid."_s);
        if (QTest::currentTestFailed())
            return;

        // Dates within the certificate are taken as sent.
        QJsonObject within = keyFor(validKey);
        const QString end = info->notAfter.addDays(-1).toUTC().toString(Qt::ISODate);
        within.insert(u"endDateTime"_s, end);
        QCOMPARE(patchSpo(token, {{u"keyCredentials"_s, QJsonArray{within}}}).status, 204);
        QCOMPARE(spoPrincipal().value(u"keyCredentials")[0][u"endDateTime"].toString(), end);
    }

    void patch_storesResentKeysAsNewCredentials_withTheCertificatesDates()
    {
        const QString token = signIn().value(u"access_token").toString();
        const QJsonObject existing = spoPrincipal().value(u"keyCredentials").toArray().at(0).toObject();
        // Sent back as read, with changed stored dates: Graph does not keep the stored entry.
        QJsonObject resent = existing;
        resent.remove(u"startDateTime"_s);
        resent.remove(u"endDateTime"_s);
        QCOMPARE(patchSpo(token, {{u"keyCredentials"_s, QJsonArray{resent}}}).status, 204);
        const QJsonObject stored = spoPrincipal().value(u"keyCredentials").toArray().at(0).toObject();
        QVERIFY(stored.value(u"keyId") != existing.value(u"keyId"));
        const auto certificate = crypto::inspectDer(
            QByteArray::fromBase64(existing.value(u"key").toString().toLatin1()));
        QVERIFY(certificate.ok());
        QCOMPARE(QDateTime::fromString(stored.value(u"startDateTime").toString(), Qt::ISODate),
                 certificate->notBefore);
        QCOMPARE(QDateTime::fromString(stored.value(u"endDateTime").toString(), Qt::ISODate),
                 certificate->notAfter);
        QCOMPARE(stored.value(u"customKeyIdentifier"), existing.value(u"customKeyIdentifier"));
        QCOMPARE(stored.value(u"displayName"), existing.value(u"displayName"));
    }

    void redirectUri_pathMustMatchTheRegistration()
    {
        const QString challenge = challengeFor(verifier);
        QCOMPARE(authorize(challenge, requestedScopes, clientId, u"http://localhost:53817"_s).status, 302);
        QCOMPARE(authorize(challenge, requestedScopes, clientId, u"http://localhost:1/"_s).status, 302);
        for (const QString &refused : {u"http://localhost:53817/callback"_s, u"http://localhost:53817/?x=1"_s,
                                       u"http://127.0.0.1:53817/"_s, u"https://localhost:53817/"_s}) {
            const Answer answer = authorize(challenge, requestedScopes, clientId, refused);
            QCOMPARE(answer.status, 400);
            QVERIFY2(answer.json.value(u"error_description").toString().startsWith(u"AADSTS50011:"_s),
                     qPrintable(refused));
        }
    }

    void deviceCode_isApprovedAtTheFirstPollAnIntervalAfterIssue()
    {
        const Answer started = startDeviceCode();
        QTest::qWait(started.json.value(u"interval").toInt() * 1000 + 100);
        const Answer first = pollDeviceCode(started.json.value(u"device_code").toString());
        QCOMPARE(first.status, 200);
        QVERIFY(!first.json.value(u"access_token").toString().isEmpty());
    }

    void deviceCode_declined_answersAuthorizationDeclined()
    {
        editSignIn(u"deviceCode"_s, u"decline"_s);
        const Answer started = startDeviceCode();
        const QString deviceCode = started.json.value(u"device_code").toString();
        QCOMPARE(pollDeviceCode(deviceCode).json.value(u"error").toString(), u"authorization_pending"_s);
        QTest::qWait(started.json.value(u"interval").toInt() * 1000 + 100);
        const Answer declined = pollDeviceCode(deviceCode);
        QCOMPARE(declined.status, 400);
        QCOMPARE(declined.json.value(u"error").toString(), u"authorization_declined"_s);
        QVERIFY(declined.json.value(u"error_description").toString().startsWith(u"AADSTS"_s));
        QTest::qWait(started.json.value(u"interval").toInt() * 1000 + 100);
        QCOMPARE(pollDeviceCode(deviceCode).json.value(u"error").toString(), u"invalid_grant"_s);
    }

    void deviceCode_expiredOrMistyped_staysPendingUntilItExpires_data()
    {
        QTest::addColumn<QString>("outcome");
        QTest::newRow("expire") << u"expire"_s;
        QTest::newRow("mistype") << u"mistype"_s;
    }

    void deviceCode_expiredOrMistyped_staysPendingUntilItExpires()
    {
        QFETCH(QString, outcome);
        editSignIn(u"deviceCode"_s, outcome);
        // Wide margins: a loaded CI machine may answer a poll late.
        writeFaults({{u"tenantLifetimes"_s,
                      QJsonObject{{u"deviceCodeSeconds"_s, 6}, {u"deviceCodeIntervalSeconds"_s, 2}}}});
        const Answer started = startDeviceCode();
        const QString deviceCode = started.json.value(u"device_code").toString();
        for (int poll = 0; poll < 2; ++poll) {
            QTest::qWait(2100);
            QCOMPARE(pollDeviceCode(deviceCode).json.value(u"error").toString(), u"authorization_pending"_s);
        }
        QTest::qWait(2100);
        const Answer expired = pollDeviceCode(deviceCode);
        QCOMPARE(expired.status, 400);
        QCOMPARE(expired.json.value(u"error").toString(), u"expired_token"_s);
    }

    void clients_aConfidentialOneGetsInvalidClient_publicOnesSignIn()
    {
        const QString confidential = u"2a7f0d3c-1b4e-4c5d-9e6f-7a8b9c0d1e2f"_s;
        const QString registeredPublic = u"4c5d6e7f-8a9b-4c0d-9e1f-2a3b4c5d6e7f"_s;
        const QString listedPublic = u"6e7f8a9b-0c1d-4e2f-8a3b-4c5d6e7f8a9b"_s;
        editSignIn(u"clients"_s,
                   QJsonArray{QJsonObject{{u"appId"_s, confidential}, {u"publicClient"_s, false}},
                              QJsonObject{{u"appId"_s, registeredPublic}, {u"publicClient"_s, true}}});
        editSignIn(u"clientIds"_s, QJsonArray{listedPublic});
        const QString challenge = challengeFor(verifier);

        const QString code = authorizeCode(challenge, requestedScopes, confidential);
        QVERIFY(!code.isEmpty());
        const Answer refused = redeem(code, verifier, confidential);
        QCOMPARE(refused.status, 401);
        QCOMPARE(refused.json.value(u"error").toString(), u"invalid_client"_s);
        QCOMPARE(refused.json.value(u"error_codes").toArray(), QJsonArray{7000218});
        QVERIFY(refused.json.value(u"error_description")
                    .toString()
                    .contains(u"'client_assertion' or 'client_secret'"_s));

        for (const QString &client : {registeredPublic, listedPublic}) {
            const Answer signedIn = redeem(authorizeCode(challenge, requestedScopes, client), verifier,
                                           client);
            QVERIFY2(signedIn.status == 200, signedIn.body.constData());
            QCOMPARE(claimsOf(signedIn.json.value(u"id_token").toString()).value(u"aud").toString(), client);
        }
    }

    // wids is the registration's choice (groupMembershipClaims), not the tenant's: one client's
    // id_token carries the roles, another's does not, for the same user.
    void idTokenRoles_comeFromTheClientsRegistration()
    {
        const QString emitting = u"3b4c5d6e-7f8a-4b9c-8d0e-1f2a3b4c5d6e"_s;
        const QString plain = u"5d6e7f8a-9b0c-4d1e-8f2a-3b4c5d6e7f8a"_s;
        editSignIn(u"clients"_s, QJsonArray{QJsonObject{{u"appId"_s, emitting},
                                                        {u"publicClient"_s, true},
                                                        {u"groupMembershipClaims"_s, u"DirectoryRole"_s}},
                                            QJsonObject{{u"appId"_s, plain}, {u"publicClient"_s, true}}});
        const QString challenge = challengeFor(verifier);
        const auto claimsFor = [&](const QString &client) {
            const Answer signedIn = redeem(authorizeCode(challenge, requestedScopes, client), verifier,
                                           client);
            return claimsOf(signedIn.json.value(u"id_token").toString());
        };
        QVERIFY(claimsFor(emitting).value(u"wids").toArray().contains(applicationAdministrator));
        QVERIFY(!claimsFor(plain).contains(u"wids"));
        QVERIFY(!claimsFor(clientId).contains(u"wids")); // the default client, as seeded
    }

    void clients_aSingleTenantOneSignsInAtItsTenantOnly()
    {
        const QString singleTenant = u"8a9b0c1d-2e3f-4a5b-8c6d-7e8f9a0b1c2d"_s;
        editSignIn(u"clients"_s, QJsonArray{QJsonObject{{u"appId"_s, singleTenant},
                                                        {u"publicClient"_s, true},
                                                        {u"signInAudience"_s, u"AzureADMyOrg"_s}}});
        const QString challenge = challengeFor(verifier);
        for (const QString &segment : {u"organizations"_s, u"common"_s}) {
            const Answer refused = authorize(challenge, requestedScopes, singleTenant, redirectUri, segment);
            QCOMPARE(refused.status, 400);
            QCOMPARE(refused.json.value(u"error_codes").toArray(), QJsonArray{50194});
        }
        QCOMPARE(authorize(challenge, requestedScopes, singleTenant).status, 302);
    }

    // The farm follows a redirect only as FarmHost.ps1 does (same scheme and host) and only within
    // the origins it may reach: a redirect cannot take the lab out to where it has no network.
    void labFarm_followsRedirectsOnlyWithinTheAllowedOrigins()
    {
        const QString target = m_server->endpoints().metadataEndpoint(lab::seed::tenantId);
        // A second HTTPS server, on another port, that redirects to the lab tenant.
        const auto generated = crypto::generateLoopbackServerCertificate(u"CN=redirector"_s, 1);
        QVERIFY(generated.ok());
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(generated->der, QSsl::Der));
        tls.setPrivateKey(QSslKey(generated->privateKeyPem, QSsl::Ec, QSsl::Pem));
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        auto listener = std::make_unique<QSslServer>();
        listener->setSslConfiguration(tls);
        QVERIFY(listener->listen(QHostAddress::LocalHost, 0));
        const QUrl redirectorUrl(u"https://127.0.0.1:%1"_s.arg(listener->serverPort()));
        QUrl otherHost(target);
        otherHost.setHost(u"localhost"_s);
        QHttpServer redirector;
        const auto redirectTo = [](const QString &location) {
            QHttpServerResponse response(QHttpServerResponder::StatusCode::Found);
            response.setHeader("Location", location.toUtf8());
            return response;
        };
        redirector.route(u"/here"_s, [&](const QHttpServerRequest &) { return redirectTo(target); });
        redirector.route(u"/away"_s,
                         [&](const QHttpServerRequest &) { return redirectTo(otherHost.toString()); });
        redirector.bind(listener.release());
        // The farm trusts both servers: only the redirect rule can refuse.
        const QString caFile = m_dir->filePath(u"both.pem"_s);
        QFile pem(caFile);
        QVERIFY(pem.open(QIODevice::WriteOnly));
        pem.write(QSslCertificate(generated->der, QSsl::Der).toPem() + m_server->certificate().toPem());
        pem.close();
        const QString here = redirectorUrl.toString() + u"/here"_s;

        const QStringList both{lab::originOf(redirectorUrl), lab::originOf(m_server->baseUrl())};
        const auto followed = QCoro::waitFor(lab::fetchOverHttps(here, caFile, both));
        QVERIFY2(followed.ok(), qPrintable(followed ? QString() : followed.error().toText()));
        QCOMPARE(QJsonDocument::fromJson(*followed).object().value(u"realm").toString(), lab::seed::tenantId);

        const auto outside = QCoro::waitFor(
            lab::fetchOverHttps(here, caFile, {lab::originOf(redirectorUrl)}));
        QVERIFY(!outside.ok());
        QCOMPARE(outside.error().code, u"farm.outbound"_s);
        QVERIFY2(outside.error().message.contains(target), qPrintable(outside.error().message));

        // Another host name is not followed even where that origin is allowed (FarmHost.ps1).
        const auto elsewhere = QCoro::waitFor(
            lab::fetchOverHttps(redirectorUrl.toString() + u"/away"_s, caFile,
                                {lab::originOf(redirectorUrl), lab::originOf(otherHost)}));
        QVERIFY(!elsewhere.ok());
        QVERIFY2(elsewhere.error().message.contains(u"not followed"_s),
                 qPrintable(elsewhere.error().message));
    }

    void originOf_normalisesSchemeHostAndDefaultPort()
    {
        QCOMPARE(lab::originOf(QUrl(u"https://Tenant.Example/x/y?z"_s)), u"https://tenant.example:443"_s);
        QCOMPARE(lab::originOf(QUrl(u"https://127.0.0.1:8443"_s)), u"https://127.0.0.1:8443"_s);
        QVERIFY(lab::originOf(QUrl(u"ftp://host"_s)).isEmpty());
        QVERIFY(lab::originOf(QUrl(u"/relative"_s)).isEmpty());
        const QStringList allowed{u"https://tenant.example"_s};
        QVERIFY(lab::reachesOrigin(allowed, QUrl(u"https://TENANT.example:443/a/metadata/json/1"_s)));
        QVERIFY(!lab::reachesOrigin(allowed, QUrl(u"https://tenant.example:444/a"_s)));
        QVERIFY(!lab::reachesOrigin(allowed, QUrl(u"http://tenant.example/a"_s)));
        QVERIFY(!lab::reachesOrigin(allowed, QUrl(u"https://tenant.example.evil/a"_s)));
        QVERIFY(!lab::reachesOrigin({}, QUrl(u"https://tenant.example/a"_s)));
    }
};

QTEST_GUILESS_MAIN(TestLabTenant)
#include "tst_labtenant.moc"
