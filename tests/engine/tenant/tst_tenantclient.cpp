// The Microsoft Graph client and sign-in against a fake HTTP server that fails loudly on any
// request the test did not queue: retries, token renewal, errors, PKCE, loopback, device code,
// merges, the secret store fallback and the tenant-side command line.
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

#include <QCoro/QCoroTask>

#include "FakeHttpServer.h"
#include "LabFixture.h"
#include "cli/Options.h"
#include "core/Constants.h"
#include "core/JsonFile.h"
#include "secrets/ChunkedSecretStore.h"
#include "secrets/FallbackSecretStore.h"
#include "tenant/GraphClient.h"
#include "tenant/GraphJson.h"
#include "tenant/GraphRequests.h"
#include "tenant/GraphTenantBackend.h"
#include "tenant/Merge.h"
#include "tenant/auth/BrowserLauncher.h"
#include "tenant/auth/InteractiveSignIn.h"
#include "tenant/auth/LoopbackListener.h"
#include "tenant/auth/Pkce.h"
#include "tenant/http/RetryAfter.h"
#include "tenant/http/TlsSettings.h"

using namespace Qt::StringLiterals;
using namespace s2s;
using s2s::test::FakeHttpServer;
using s2s::test::FakeRequest;
using s2s::test::FakeResponse;
using s2s::test::jsonResponse;
using s2s::test::why;

namespace {

const QString spoPath = u"/v1.0/servicePrincipals(appId='00000003-0000-0ff1-ce00-000000000000')"
                        "?$select=id,appId,displayName,servicePrincipalNames,keyCredentials"_s;
const QString tokenPath = u"/contoso/oauth2/v2.0/token"_s;

// Hands out "token-1", then "token-2", ... on renewal; counts renewals.
class CountingTokens final : public auth::AccessTokenSource {
public:
    QCoro::Task<Result<QString>> accessToken() override { co_return u"token-%1"_s.arg(m_generation); }
    QCoro::Task<Result<QString>> renewAccessToken() override
    {
        ++m_renewals;
        ++m_generation;
        co_return u"token-%1"_s.arg(m_generation);
    }
    int renewals() const { return m_renewals; }

private:
    int m_renewals = 0;
    int m_generation = 1;
};

// A credential store that is not there, like a desktop without Secret Service.
class MissingStore final : public secrets::SecretStore {
public:
    QString kind() const override { return u"keychain"_s; }
    QCoro::Task<Result<std::optional<QString>>> read(QString) override { co_return unavailable(); }
    QCoro::Task<Status> write(QString, QString) override { co_return unavailable(); }
    QCoro::Task<Status> remove(QString) override { co_return unavailable(); }
    int calls = 0;

private:
    Error unavailable()
    {
        ++calls;
        return Error{u"secrets.unavailable"_s, u"No Secret Service on the bus."_s, {}, {}};
    }
};

QByteArray graphErrorBody(const char *code, const char *message)
{
    return QByteArray("{\"error\":{\"code\":\"") + code + "\",\"message\":\"" + message +
           "\",\"innerError\":{\"date\":\"2026-11-27T10:00:00\",\"request-id\":\"req-42\",\"client-request-"
           "id\":\"c-1\"}}}";
}

// A store in memory that counts writes, can fail the n-th write or every removal, and lists its
// keys: the inner store of ChunkedSecretStore in the tests.
class CountingStore final : public secrets::SecretStore {
public:
    explicit CountingStore(QString kind = u"memory"_s)
        : m_kind(std::move(kind))
    {}
    QString kind() const override { return m_kind; }
    QCoro::Task<Result<std::optional<QString>>> read(QString key) override
    {
        std::optional<QString> found;
        if (m_secrets.contains(key))
            found = m_secrets.value(key);
        co_return found;
    }
    QCoro::Task<Status> write(QString key, QString secret) override
    {
        ++writes;
        if (writes == failWrite) {
            const Error failed{u"secrets.failed"_s, u"Injected failure."_s, {}, {}};
            co_return failed;
        }
        m_secrets.insert(key, secret);
        co_return success();
    }
    QCoro::Task<Status> remove(QString key) override
    {
        if (failRemoves) {
            const Error failed{u"secrets.failed"_s, u"Injected failure."_s, {}, {}};
            co_return failed;
        }
        m_secrets.remove(key);
        co_return success();
    }
    QStringList keys() const
    {
        QStringList all = m_secrets.keys();
        all.sort();
        return all;
    }
    int writes = 0;
    int failWrite = 0; // 0: none
    bool failRemoves = false;

private:
    QString m_kind;
    QHash<QString, QString> m_secrets;
};

// The generation a chunk marker "s2s-chunks:<generation>:<count>" points at.
QString generationOf(const QString &marker)
{
    return marker.section(u':', 1, 1);
}

const QString tenantA = u"a4c1e5f2-7b3d-4e8a-9f60-1d2c3b4a5e6f"_s;
const QString tenantB = u"b0b0b0b0-1111-4222-8333-444455556666"_s;

// An unsigned id_token as the token endpoint returns it (the client reads, never verifies, it).
QByteArray idToken(const QString &tenant, const QJsonObject &extra = {})
{
    QJsonObject claims{{u"aud"_s, constants::defaultClientId},
                       {u"tid"_s, tenant},
                       {u"oid"_s, u"0a0a0a0a-0000-4000-8000-000000000001"_s},
                       {u"preferred_username"_s, u"admin@contoso.com"_s},
                       {u"ver"_s, u"2.0"_s}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        claims.insert(it.key(), it.value());
    const auto part = [](const QJsonObject &object) {
        return QJsonDocument(object)
            .toJson(QJsonDocument::Compact)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    return part({{u"alg"_s, u"none"_s}}) + '.' + part(claims) + '.';
}

QByteArray tokenBody(const char *access, const char *refresh, const char *scope,
                     const QString &tenant = tenantA, const QJsonObject &extraClaims = {})
{
    return QByteArray("{\"token_type\":\"Bearer\",\"expires_in\":3600,\"access_token\":\"") + access +
           "\",\"refresh_token\":\"" + refresh + "\",\"scope\":\"" + scope + "\",\"id_token\":\"" +
           idToken(tenant, extraClaims) + "\"}";
}

QUrlQuery formOf(const FakeRequest &request)
{
    return QUrlQuery(QString::fromLatin1(request.body).replace(u'+', u' '));
}

QString formValue(const FakeRequest &request, const QString &name)
{
    return formOf(request).queryItemValue(name, QUrl::FullyDecoded);
}

// GETs `url` as a browser following the sign-in redirect would (plain HTTP to the listener).
int browse(const QUrl &url)
{
    QNetworkAccessManager network;
    std::unique_ptr<QNetworkReply> reply(network.get(QNetworkRequest(url)));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!finished.wait(5000))
        return -1;
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

} // namespace

// Retries as the client makes them, with waits short enough for a test.
http::RetryPolicy quickRetries()
{
    http::RetryPolicy policy;
    policy.fallbackWait = std::chrono::milliseconds(50);
    policy.maxTotalWait = std::chrono::seconds(10);
    return policy;
}

// A Graph client on a fake server, with counting tokens.
struct GraphOnFake {
    FakeHttpServer server;
    http::HttpClient http{http::tlsConfiguration().value(), quickRetries()};
    CountingTokens tokens;
    GraphClient graph{http, tokens, server.url()};

    Result<QJsonObject> getOrganization()
    {
        return QCoro::waitFor(graph.get(u"/v1.0/organization"_s, u"x"_s));
    }
};

class TestTenantClient : public QObject {
    Q_OBJECT
private:
    Endpoints fakeEndpoints(const FakeHttpServer &server) const
    {
        Endpoints endpoints;
        endpoints.login = server.url();
        endpoints.graph = server.url();
        endpoints.acs = server.url();
        return endpoints;
    }

    // The Graph backend against `server`, its refresh tokens in `store` (C++17 elision: it is
    // neither copied nor moved).
    GraphTenantBackend backendOn(const FakeHttpServer &server, secrets::SecretStore &store,
                                 const auth::SignInSettings &settings = deviceCodeSettings()) const
    {
        return GraphTenantBackend(fakeEndpoints(server), http::tlsConfiguration().value(), settings, {},
                                  store, quickRetries());
    }

    static auth::SignInSettings deviceCodeSettings()
    {
        auth::SignInSettings settings;
        settings.flow = auth::SignInSettings::Flow::DeviceCode;
        settings.tenant = u"contoso"_s;
        settings.slowDownStep = std::chrono::milliseconds(700);
        settings.defaultPollInterval = std::chrono::milliseconds(100);
        return settings;
    }

    // Device code approved at the first poll: the account comes from the id_token, no /me.
    static void queueDeviceSignIn(FakeHttpServer &server, const char *refresh,
                                  const QString &tenant = tenantA, const QString &authority = u"contoso"_s)
    {
        server.expect(
            "POST", u"/%1/oauth2/v2.0/devicecode"_s.arg(authority),
            jsonResponse(200,
                         "{\"device_code\":\"dev-1\",\"user_code\":\"ABCD\",\"verification_uri\":\"https://"
                         "microsoft.com/devicelogin\",\"expires_in\":60,\"interval\":0,\"message\":\"Go to "
                         "the page and enter ABCD.\"}"));
        server.expect("POST", u"/%1/oauth2/v2.0/token"_s.arg(authority),
                      jsonResponse(200, tokenBody("at-1", refresh, "Application.ReadWrite.All offline_access",
                                                  tenant)));
    }

private Q_SLOTS:
    // SharePoint Online's realm discovery: the Bearer challenge's realm and client_id, quoted or
    // not, in any order and case; another scheme's challenge is not read.
    void realmDiscovery_readsTheBearerChallenge()
    {
        http::Response answer;
        answer.status = 401;
        answer.headers = {
            {"WWW-Authenticate", "NTLM"},
            {"www-authenticate",
             "Bearer client_id=\"00000003-0000-0ff1-ce00-000000000000\", "
             "trusted_issuers=\"00000001-0000-0000-c000-000000000000@*\",REALM=\"a4c1e5f2-7b3d-4e8a-"
             "9f60-1d2c3b4a5e6f\",authorization_uri=\"https://login.windows.net/common/oauth2/authorize\""}};
        const RealmDiscovery discovery = graph_json::realmDiscovery(answer);
        QCOMPARE(discovery.status, 401);
        QCOMPARE(discovery.realm, u"a4c1e5f2-7b3d-4e8a-9f60-1d2c3b4a5e6f"_s);
        QCOMPARE(discovery.clientId, constants::spoAppId);
        answer.headers = {{"WWW-Authenticate", "Basic realm=\"not-this\""}};
        QVERIFY(graph_json::realmDiscovery(answer).realm.isEmpty());
        answer.headers = {{"WWW-Authenticate", "Bearer realm=b1,client_id=c"}};
        QCOMPARE(graph_json::realmDiscovery(answer).realm, u"b1"_s);
        QCOMPARE(graph_json::realmDiscovery(answer).clientId, u"c"_s);
    }

    // The token endpoint comes from the metadata document's OAuth2 entry, not from a guess.
    void acsMetadata_takesTheTokenEndpointOfTheOAuth2Entry()
    {
        const QJsonObject document{
            {u"realm"_s, u"r"_s},
            {u"endpoints"_s,
             QJsonArray{QJsonObject{{u"location"_s, u"https://acs.example/r/metadata/json/1"_s},
                                    {u"protocol"_s, u"WS-Federation"_s}},
                        QJsonObject{{u"location"_s, u"https://acs.example/r/tokens/OAuth/2"_s},
                                    {u"protocol"_s, u"OAuth2"_s}}}}};
        QCOMPARE(graph_json::acsMetadata(document).tokenEndpoint, u"https://acs.example/r/tokens/OAuth/2"_s);
        QVERIFY(graph_json::acsMetadata(QJsonObject{{u"realm"_s, u"r"_s}}).tokenEndpoint.isEmpty());
    }

    void pkce_matchesRfc7636AppendixB()
    {
        QCOMPARE(auth::pkceChallenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
                 QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
        const auth::Pkce pkce = auth::makePkce();
        QCOMPARE(pkce.verifier.size(), 43);
        QCOMPARE(pkce.challenge, auth::pkceChallenge(pkce.verifier));
        QVERIFY(auth::makePkce().verifier != pkce.verifier);
    }

    void retryAfter_readsSecondsAndHttpDates()
    {
        const QDateTime now(QDate(2026, 10, 21), QTime(7, 28, 0), Qt::UTC);
        QCOMPARE(http::parseRetryAfter("7", now), std::optional(std::chrono::milliseconds(7000)));
        QCOMPARE(http::parseRetryAfter("Wed, 21 Oct 2026 07:28:03 GMT", now),
                 std::optional(std::chrono::milliseconds(3000)));
        QCOMPARE(http::parseRetryAfter("soon", now), std::nullopt);
        QCOMPARE(http::parseRetryAfter("", now), std::nullopt);
    }

    // Found by fuzz_retry_after: seconds × 1000 overflowed a qint64 (a negative or wrapped wait);
    // a date in the past is no wait.
    void retryAfter_hugeOrFarAway_isClampedToTheMaximum_andNeverNegative()
    {
        const QDateTime now(QDate(2026, 10, 21), QTime(7, 28, 0), Qt::UTC);
        const std::optional<std::chrono::milliseconds> longest(http::maxRetryAfter);
        QCOMPARE(http::parseRetryAfter("9223372036854775807", now), longest);
        QCOMPARE(http::parseRetryAfter("9223372036854775", now), longest);
        QCOMPARE(http::parseRetryAfter("99999999999999999999999999", now), longest);
        QCOMPARE(http::parseRetryAfter("86400", now), longest);
        QCOMPARE(http::parseRetryAfter("86399", now), std::optional(std::chrono::milliseconds(86399000)));
        QCOMPARE(http::parseRetryAfter("Fri, 31 Dec 9999 23:59:59 GMT", now), longest);
        QCOMPARE(http::parseRetryAfter("Thu, 01 Jan 1970 00:00:00 GMT", now),
                 std::optional(std::chrono::milliseconds(0)));
        QCOMPARE(http::parseRetryAfter("-5", now), std::nullopt);
        QCOMPARE(http::parseRetryAfter("+5", now), std::nullopt);
    }

    void graph_429ThenSuccessWaitsAsTold()
    {
        GraphOnFake fake;
        FakeHttpServer &server = fake.server;
        server.expect(
            "GET", u"/v1.0/organization"_s,
            FakeResponse{429, graphErrorBody("TooManyRequests", "Slow down"), {{"Retry-After", "2"}}});
        server.expect("GET", u"/v1.0/organization"_s, jsonResponse(200, "{\"value\":[]}"));
        QElapsedTimer timer;
        timer.start();
        const auto answer = fake.getOrganization();
        QVERIFY2(answer.ok(), qPrintable(why(answer)));
        const auto requests = server.requestsFor("GET", u"/v1.0/organization"_s);
        QCOMPARE(requests.size(), 2);
        const qint64 gap = requests.at(0).received.msecsTo(requests.at(1).received);
        // At least what the server asked for (a precise timer); no upper bound: Qt promises none
        // on a loaded machine.
        QVERIFY2(gap >= 2000, qPrintable(u"waited %1 ms"_s.arg(gap)));
        QCOMPARE(fake.http.requestCount(), 2);
        QVERIFY(server.unexpected().isEmpty());
    }

    void graph_429BeyondTheWaitBudgetGivesUpAndSaysSo()
    {
        GraphOnFake fake;
        FakeHttpServer &server = fake.server;
        server.expect(
            "GET", u"/v1.0/organization"_s,
            FakeResponse{429, graphErrorBody("TooManyRequests", "Slow down"), {{"Retry-After", "3600"}}});
        QElapsedTimer timer;
        timer.start();
        const auto answer = fake.getOrganization();
        QVERIFY(!answer.ok());
        QVERIFY(timer.elapsed() < 2000);
        QCOMPARE(answer.error().code, u"graph.TooManyRequests"_s);
        QVERIFY(answer.error().remedy.contains(u"try again"_s));
        QVERIFY(server.unexpected().isEmpty());
    }

    void graph_401RenewsOnceThenSucceeds()
    {
        GraphOnFake fake;
        FakeHttpServer &server = fake.server;
        server.expect(
            "GET", u"/v1.0/organization"_s,
            jsonResponse(401, graphErrorBody("InvalidAuthenticationToken", "Access token has expired.")));
        server.expect("GET", u"/v1.0/organization"_s, jsonResponse(200, "{\"value\":[]}"));
        const auto answer = fake.getOrganization();
        QVERIFY2(answer.ok(), qPrintable(why(answer)));
        QCOMPARE(fake.tokens.renewals(), 1);
        const auto requests = server.requestsFor("GET", u"/v1.0/organization"_s);
        QCOMPARE(requests.at(0).headers.value("authorization"), QByteArray("Bearer token-1"));
        QCOMPARE(requests.at(1).headers.value("authorization"), QByteArray("Bearer token-2"));
    }

    void graph_second401FailsClearly()
    {
        GraphOnFake fake;
        FakeHttpServer &server = fake.server;
        for (int i = 0; i < 2; ++i)
            server.expect("GET", u"/v1.0/organization"_s,
                          jsonResponse(401, graphErrorBody("InvalidAuthenticationToken", "Token revoked.")));
        const auto answer = fake.getOrganization();
        QVERIFY(!answer.ok());
        QCOMPARE(fake.tokens.renewals(), 1);
        QCOMPARE(answer.error().code, u"graph.InvalidAuthenticationToken"_s);
        QVERIFY(answer.error().remedy.contains(u"Sign in again"_s));
        QVERIFY(server.unexpected().isEmpty());
    }

    void graph_403ShowsTheRoleAndConsentRemedy()
    {
        GraphOnFake fake;
        FakeHttpServer &server = fake.server;
        server.expect(
            "PATCH", u"/v1.0/servicePrincipals/sp-1"_s,
            jsonResponse(403, graphErrorBody("Authorization_RequestDenied",
                                             "Insufficient privileges to complete the operation.")));
        const Status patched = QCoro::waitFor(
            fake.graph.patch(u"/v1.0/servicePrincipals/sp-1"_s, {}, u"Application.ReadWrite.All"_s));
        QVERIFY(!patched.ok());
        const QString remedy = patched.error().remedy;
        for (const QString &needed : {u"Application.ReadWrite.All"_s, u"Application Administrator"_s,
                                      u"Cloud Application Administrator"_s, u"admin consent"_s,
                                      u"Privileged Role Administrator"_s, u"Global Administrator"_s})
            QVERIFY2(remedy.contains(needed), qPrintable(remedy));
        QCOMPARE(fake.tokens.renewals(), 0);
    }

    void graph_errorTextCarriesCodeMessageRequestIdAndDate()
    {
        GraphOnFake fake;
        FakeHttpServer &server = fake.server;
        server.expect("GET", u"/v1.0/organization"_s,
                      jsonResponse(400, graphErrorBody("Request_BadRequest", "Invalid property 'x'.")));
        const auto answer = fake.getOrganization();
        QVERIFY(!answer.ok());
        const QString text = answer.error().toText();
        for (const QString &part :
             {u"Request_BadRequest"_s, u"Invalid property 'x'."_s, u"req-42"_s, u"2026-11-27T10:00:00"_s})
            QVERIFY2(answer.error().message.contains(part), qPrintable(text));
        QVERIFY(!text.contains(u"token-1"_s));
    }

    void loopback_receivesTheCodeAndRefusesAWrongState()
    {
        auth::LoopbackListener listener("right-state");
        QVERIFY(listener.listen().ok());
        const QUrl redirect = listener.redirectUri();
        QCOMPARE(redirect.host(), u"localhost"_s);
        QVERIFY(redirect.port() > 0);
        QUrl local(u"http://127.0.0.1:%1/"_s.arg(redirect.port()));
        local.setQuery(u"code=stolen&state=wrong-state"_s);
        QCOMPARE(browse(local), 400);
        local.setQuery(u"code=the-code&state=right-state"_s);
        QCOMPARE(browse(local), 200);
        const auto code = QCoro::waitFor(listener.waitForCode(std::chrono::seconds(5)));
        QVERIFY2(code.ok(), qPrintable(why(code)));
        QCOMPARE(*code, u"the-code"_s);
    }

    void browserSignIn_sendsTheVerifierOfItsChallenge()
    {
        FakeHttpServer server;
        QByteArray challenge;
        server.expect("POST", tokenPath, [&challenge](const FakeRequest &request) {
            const bool good = formValue(request, u"grant_type"_s) == u"authorization_code" &&
                              formValue(request, u"code"_s) == u"auth-code" &&
                              auth::pkceChallenge(formValue(request, u"code_verifier"_s).toLatin1()) ==
                                  challenge;
            return good
                       ? jsonResponse(200, tokenBody("at-1", "rt-1",
                                                     "https://graph.microsoft.com/Application.ReadWrite.All"))
                       : jsonResponse(400, "{\"error\":\"invalid_grant\",\"error_description\":\"PKCE "
                                           "verification failed.\"}");
        });
        http::HttpClient http(http::tlsConfiguration().value(), quickRetries());
        auth::SignInSettings settings;
        settings.tenant = u"contoso"_s;
        settings.browserTimeout = std::chrono::seconds(10);
        auth::SignInUi ui;
        QUrl opened;
        ui.openBrowser = [&](const QUrl &url) {
            opened = url;
            const QUrlQuery query(url);
            challenge = query.queryItemValue(u"code_challenge"_s).toLatin1();
            QUrl back(query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded));
            back.setQuery(u"code=auth-code&state="_s + query.queryItemValue(u"state"_s));
            // The browser comes back later, from the event loop.
            QTimer::singleShot(10, [back] { browse(back); });
        };
        const auto tokens = QCoro::waitFor(auth::signInWithBrowser(http, server.url(), settings, ui));
        QVERIFY2(tokens.ok(), qPrintable(why(tokens)));
        QCOMPARE(tokens->accessToken, u"at-1"_s);
        QCOMPARE(tokens->scopes, QStringList{u"Application.ReadWrite.All"_s});
        QCOMPARE(opened.path(), u"/contoso/oauth2/v2.0/authorize"_s);
        const QUrlQuery query(opened);
        QCOMPARE(query.queryItemValue(u"code_challenge_method"_s), u"S256"_s);
        QCOMPARE(query.queryItemValue(u"client_id"_s), constants::defaultClientId);
        QVERIFY(
            query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded).startsWith(u"http://localhost:"_s));
        QVERIFY(server.unexpected().isEmpty());
    }

    void deviceCode_pollsAtTheIntervalAndSlowsDown()
    {
        FakeHttpServer server;
        server.expect(
            "POST", u"/contoso/oauth2/v2.0/devicecode"_s,
            jsonResponse(200,
                         "{\"device_code\":\"dev-1\",\"user_code\":\"ABCD\",\"verification_uri\":\"https://"
                         "microsoft.com/devicelogin\",\"expires_in\":60,\"interval\":1,\"message\":\"Go to "
                         "the page and enter ABCD.\"}"));
        server.expect(
            "POST", tokenPath,
            jsonResponse(400, "{\"error\":\"authorization_pending\",\"error_description\":\"pending\"}"));
        server.expect("POST", tokenPath,
                      jsonResponse(400, "{\"error\":\"slow_down\",\"error_description\":\"slow\"}"));
        server.expect("POST", tokenPath,
                      jsonResponse(200, tokenBody("at-1", "rt-1", "Application.ReadWrite.All")));
        http::HttpClient http(http::tlsConfiguration().value(), quickRetries());
        QStringList shown;
        auth::SignInUi ui;
        ui.showMessage = [&shown](const QString &text) { shown.append(text); };
        const auto tokens = QCoro::waitFor(
            auth::signInWithDeviceCode(http, server.url(), deviceCodeSettings(), ui));
        QVERIFY2(tokens.ok(), qPrintable(why(tokens)));
        QCOMPARE(shown, QStringList{u"Go to the page and enter ABCD."_s});
        const auto polls = server.requestsFor("POST", tokenPath);
        QCOMPARE(polls.size(), 3);
        QCOMPARE(formValue(polls.at(0), u"device_code"_s), u"dev-1"_s);
        const qint64 first = polls.at(0).received.msecsTo(polls.at(1).received);
        const qint64 slowed = polls.at(1).received.msecsTo(polls.at(2).received);
        // Never sooner than the interval, then the interval and slow_down's step (precise timers;
        // no upper bound: Qt promises none on a loaded machine).
        QVERIFY2(first >= 1000, qPrintable(QString::number(first)));
        QVERIFY2(slowed >= 1700, qPrintable(QString::number(slowed)));
        QVERIFY(server.unexpected().isEmpty());
    }

    // An interval of 0 polled in a tight loop: 0, a negative or a missing interval is RFC 8628's
    // default (SignInSettings::defaultPollInterval, 5 s; shortened here).
    void deviceCode_zeroNegativeOrMissingInterval_pollsAtTheDefaultInterval_data()
    {
        QTest::addColumn<QByteArray>("interval");
        QTest::newRow("zero") << QByteArray("\"interval\":0,");
        QTest::newRow("negative") << QByteArray("\"interval\":-3,");
        QTest::newRow("missing") << QByteArray();
    }

    void deviceCode_zeroNegativeOrMissingInterval_pollsAtTheDefaultInterval()
    {
        QFETCH(QByteArray, interval);
        FakeHttpServer server;
        server.expect(
            "POST", u"/contoso/oauth2/v2.0/devicecode"_s,
            jsonResponse(200, "{\"device_code\":\"dev-1\",\"user_code\":\"ABCD\",\"expires_in\":60," +
                                  interval + "\"message\":\"m\"}"));
        server.expect(
            "POST", tokenPath,
            jsonResponse(400, "{\"error\":\"authorization_pending\",\"error_description\":\"pending\"}"));
        server.expect("POST", tokenPath,
                      jsonResponse(200, tokenBody("at-1", "rt-1", "Application.ReadWrite.All")));
        http::HttpClient http(http::tlsConfiguration().value(), quickRetries());
        auth::SignInSettings settings = deviceCodeSettings();
        settings.defaultPollInterval = std::chrono::milliseconds(800);
        const auto tokens = QCoro::waitFor(auth::signInWithDeviceCode(http, server.url(), settings, {}));
        QVERIFY2(tokens.ok(), qPrintable(why(tokens)));
        const auto started = server.requestsFor("POST", u"/contoso/oauth2/v2.0/devicecode"_s);
        const auto polls = server.requestsFor("POST", tokenPath);
        QCOMPARE(started.size(), 1);
        QCOMPARE(polls.size(), 2);
        const qint64 first = started.at(0).received.msecsTo(polls.at(0).received);
        const qint64 second = polls.at(0).received.msecsTo(polls.at(1).received);
        QVERIFY2(first >= 800, qPrintable(QString::number(first)));
        QVERIFY2(second >= 800, qPrintable(QString::number(second)));
    }

    void deviceCode_expiredTokenEndsTheSignIn()
    {
        FakeHttpServer server;
        server.expect("POST", u"/contoso/oauth2/v2.0/devicecode"_s,
                      jsonResponse(200, "{\"device_code\":\"dev-1\",\"user_code\":\"ABCD\",\"expires_in\":60,"
                                        "\"interval\":0,\"message\":\"m\"}"));
        server.expect("POST", tokenPath,
                      jsonResponse(400, "{\"error\":\"expired_token\",\"error_description\":\"expired\"}"));
        http::HttpClient http(http::tlsConfiguration().value(), quickRetries());
        const auto tokens = QCoro::waitFor(
            auth::signInWithDeviceCode(http, server.url(), deviceCodeSettings(), {}));
        QVERIFY(!tokens.ok());
        QCOMPARE(tokens.error().code, u"tenant.sign-in.expired_token"_s);
    }

    void backend_mergesKeepEveryEarlierSpnAndKey()
    {
        FakeHttpServer server;
        queueDeviceSignIn(server, "rt-1");
        const QByteArray principal =
            "{\"id\":\"sp-1\",\"appId\":\"00000003-0000-0ff1-ce00-000000000000\",\"servicePrincipalNames\":["
            "\"00000003-0000-0ff1-ce00-000000000000\",\"00000003-0000-0ff1-ce00-000000000000/"
            "*.sharepoint.com\"],\"keyCredentials\":[{\"keyId\":\"k-1\",\"type\":\"AsymmetricX509Cert\","
            "\"usage\":\"Verify\",\"key\":\"T0xE\",\"displayName\":\"CN=old\",\"customKeyIdentifier\":"
            "\"AAAA\",\"startDateTime\":\"2025-01-01T00:00:00Z\",\"endDateTime\":\"2027-01-01T00:00:00Z\"}]}";
        server.expect("GET", spoPath, jsonResponse(200, principal));
        server.expect("PATCH", u"/v1.0/servicePrincipals/sp-1"_s, FakeResponse{204, {}, {}});
        server.expect("PATCH", u"/v1.0/servicePrincipals/sp-1"_s, FakeResponse{204, {}, {}});
        secrets::MemorySecretStore store;
        GraphTenantBackend tenant = backendOn(server, store);
        QVERIFY(QCoro::waitFor(tenant.signIn()).ok());
        const auto read = QCoro::waitFor(tenant.servicePrincipalByAppId(constants::spoAppId));
        QVERIFY2(read.ok(), qPrintable(why(read)));
        QCOMPARE(read->keyCredentials.size(), 1);
        QCOMPARE(read->keyCredentials.first().key, u"T0xE"_s);

        const QStringList names = mergeSpns(read->servicePrincipalNames, spnForDomain(u"contoso.com"_s));
        QVERIFY(QCoro::waitFor(tenant.patchServicePrincipalNames(read->id, names)).ok());
        KeyCredential added;
        added.type = u"AsymmetricX509Cert"_s;
        added.usage = u"Verify"_s;
        added.key = u"TkVX"_s;
        added.displayName = u"CN=new"_s;
        QVERIFY(QCoro::waitFor(
                    tenant.patchKeyCredentials(read->id, mergeKeyCredentials(read->keyCredentials, added)))
                    .ok());

        const auto patches = server.requestsFor("PATCH", u"/v1.0/servicePrincipals/sp-1"_s);
        QCOMPARE(patches.size(), 2);
        const QJsonArray sentNames =
            QJsonDocument::fromJson(patches.at(0).body)[u"servicePrincipalNames"].toArray();
        QCOMPARE(sentNames.size(), 3);
        for (const QString &earlier : read->servicePrincipalNames)
            QVERIFY(sentNames.contains(earlier));
        QVERIFY(sentNames.contains(u"00000003-0000-0ff1-ce00-000000000000/*.contoso.com"_s));
        const QJsonArray sentKeys = QJsonDocument::fromJson(patches.at(1).body)[u"keyCredentials"].toArray();
        QCOMPARE(sentKeys.size(), 2);
        QCOMPARE(sentKeys.at(0).toObject(), (QJsonObject{{u"key"_s, u"T0xE"_s},
                                                         {u"type"_s, u"AsymmetricX509Cert"_s},
                                                         {u"usage"_s, u"Verify"_s}}));
        QCOMPARE(sentKeys.at(1)[u"key"].toString(), u"TkVX"_s);
        QCOMPARE(sentKeys.at(1)[u"displayName"].toString(), u"CN=new"_s);
        QCOMPARE(patches.at(0).headers.value("authorization"), QByteArray("Bearer at-1"));

        const QJsonObject report = tenant.reportInfo();
        QCOMPARE(report.value(u"kind").toString(), u"graph"_s);
        QCOMPARE(report.value(u"graph").toString(), server.url().toString());
        QCOMPARE(report.value(u"requests").toInt(), server.requests().size());
        QVERIFY(server.unexpected().isEmpty());
        QVERIFY(server.unused().isEmpty());
    }

    // Closing the wizard while a request waits for its answer: the waiting coroutine ends inside
    // abandonRequests() (not never, leaking its frame), and nothing is sent afterwards.
    void abandonRequests_endsTheRequestInFlightAtOnce_andRefusesLaterOnes()
    {
        QTcpServer silent; // accepts the connection, reads the request, never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        http::HttpClient http(http::tlsConfiguration().value(), quickRetries());
        http::Request request;
        request.url = QUrl(u"http://127.0.0.1:%1/v1.0/organization"_s.arg(silent.serverPort()));
        std::optional<Result<http::Response>> answer;
        QCoro::connect(http.send(request), &silent,
                       [&answer](const Result<http::Response> &response) { answer = response; });
        QTRY_VERIFY(silent.hasPendingConnections());
        std::unique_ptr<QTcpSocket> socket(silent.nextPendingConnection());
        QTRY_VERIFY(socket->bytesAvailable() > 0);
        QVERIFY(!answer);

        http.abandonRequests();
        QVERIFY(answer.has_value()); // resumed synchronously, no event loop needed
        QVERIFY(!answer->ok());
        QCOMPARE(answer->error().code, u"backend.cancelled"_s);
        const auto later = QCoro::waitFor(http.send(request));
        QVERIFY(!later.ok());
        QCOMPARE(later.error().code, u"backend.cancelled"_s);
        QCOMPARE(http.requestCount(), 1);
    }

    void backend_failedRenewal_signsTheAdminOut()
    {
        FakeHttpServer server;
        queueDeviceSignIn(server, "rt-first");
        secrets::MemorySecretStore store;
        GraphTenantBackend tenant = backendOn(server, store);
        QVERIFY(QCoro::waitFor(tenant.signIn()).ok());
        QVERIFY(tenant.account().has_value());
        server.expect("GET", u"/v1.0/organization?$select=id,displayName,verifiedDomains"_s,
                      jsonResponse(401, graphErrorBody("InvalidAuthenticationToken", "Token revoked.")));
        server.expect("POST", tokenPath,
                      jsonResponse(400, "{\"error\":\"invalid_grant\",\"error_description\":\"revoked\"}"));
        QVERIFY(!QCoro::waitFor(tenant.organization()).ok());
        // Not still "signed in": the connect step signs in again instead of skipping it.
        QVERIFY(!tenant.account().has_value());
    }

    void backend_signsInSilentlyWithTheStoredRefreshTokenAndSignOutRemovesIt()
    {
        FakeHttpServer server;
        queueDeviceSignIn(server, "rt-first");
        secrets::MemorySecretStore store;
        {
            GraphTenantBackend first = backendOn(server, store);
            QVERIFY(QCoro::waitFor(first.signIn()).ok());
            // Kept under the tenant the id_token names, not the authority signed in at.
            const QString key = first.signInSession().secretKey(tenantA);
            QVERIFY(key.startsWith(u"s2s-wizard/refresh-token/127.0.0.1:"_s));
            QVERIFY(key.endsWith(u"/"_s + tenantA + u"/"_s + constants::defaultClientId));
            QCOMPARE(QCoro::waitFor(store.read(key)).value(), std::optional(u"rt-first"_s));
        }
        // A second run: the refresh token, no device code.
        server.expect("POST", tokenPath, [](const FakeRequest &request) {
            return formValue(request, u"refresh_token"_s) == u"rt-first"
                       ? jsonResponse(200, tokenBody("at-2", "rt-second", "Application.ReadWrite.All"))
                       : jsonResponse(400, "{\"error\":\"invalid_grant\",\"error_description\":\"unknown\"}");
        });
        GraphTenantBackend second = backendOn(server, store);
        second.bindTenant(tenantA); // the resumed session's tenant
        const auto account = QCoro::waitFor(second.signIn());
        QVERIFY2(account.ok(), qPrintable(why(account)));
        QCOMPARE(account->userPrincipalName, u"admin@contoso.com"_s);
        const QString key = second.signInSession().secretKey(tenantA);
        QCOMPARE(QCoro::waitFor(store.read(key)).value(), std::optional(u"rt-second"_s));

        QVERIFY(QCoro::waitFor(second.signOut()).ok());
        QVERIFY(!second.isSignedIn());
        QCOMPARE(QCoro::waitFor(store.read(key)).value(), std::nullopt);
        QVERIFY(server.unexpected().isEmpty());
    }

    void signIn_asksForOpenIdAndTakesTheAccountFromTheIdToken_neverMe()
    {
        FakeHttpServer server;
        server.expect("POST", u"/organizations/oauth2/v2.0/devicecode"_s,
                      jsonResponse(200, "{\"device_code\":\"dev-1\",\"user_code\":\"ABCD\",\"expires_in\":60,"
                                        "\"interval\":0,\"message\":\"m\"}"));
        const QJsonObject roles{{u"wids"_s, QJsonArray{constants::applicationAdministratorRole}}};
        server.expect(
            "POST", u"/organizations/oauth2/v2.0/token"_s,
            jsonResponse(200, tokenBody("at-1", "rt-1", "Application.ReadWrite.All Organization.Read.All",
                                        tenantA, roles)));
        secrets::MemorySecretStore store;
        auth::SignInSettings settings = deviceCodeSettings();
        settings.tenant.clear(); // a new session: no tenant yet
        GraphTenantBackend tenant = backendOn(server, store, settings);
        const auto account = QCoro::waitFor(tenant.signIn());
        QVERIFY2(account.ok(), qPrintable(why(account)));
        QCOMPARE(account->userPrincipalName, u"admin@contoso.com"_s);
        QCOMPARE(account->tenantId, tenantA);
        QCOMPARE(account->objectId, u"0a0a0a0a-0000-4000-8000-000000000001"_s);
        QCOMPARE(account->directoryRoles,
                 std::optional(QStringList{constants::applicationAdministratorRole}));
        const QStringList asked = formValue(server.requests().first(), u"scope"_s).split(u' ');
        for (const QString &scope : {u"openid"_s, u"profile"_s, u"offline_access"_s,
                                     u"Application.ReadWrite.All"_s, u"Organization.Read.All"_s})
            QVERIFY2(asked.contains(scope), qPrintable(asked.join(u' ')));
        QVERIFY(!asked.contains(u"User.Read"_s));
        // No GET /me (the fake answers 599 to anything not queued and lists it).
        QVERIFY2(server.unexpected().isEmpty(), qPrintable(server.unexpected().join(u", "_s)));
        QCOMPARE(server.requests().size(), 2);
    }

    void signIn_idTokenForAnotherClientIsRefused()
    {
        FakeHttpServer server;
        queueDeviceSignIn(server, "rt-1");
        secrets::MemorySecretStore store;
        auth::SignInSettings settings = deviceCodeSettings();
        settings.clientId = u"11111111-2222-3333-4444-555555555555"_s;
        GraphTenantBackend tenant = backendOn(server, store, settings);
        const auto account = QCoro::waitFor(tenant.signIn());
        QVERIFY(!account.ok());
        QCOMPARE(account.error().code, u"tenant.sign-in.id-token"_s);
        QVERIFY(!tenant.isSignedIn());
    }

    void boundTenant_signsInThereAndRefusesATokenOfAnotherTenant()
    {
        FakeHttpServer server;
        // The session's tenant is A; the account that signs in belongs to B (e.g. --tenant
        // organizations and the browser's other account).
        queueDeviceSignIn(server, "rt-b", tenantB, u"organizations"_s);
        secrets::MemorySecretStore store;
        auth::SignInSettings settings = deviceCodeSettings();
        settings.tenant = u"organizations"_s;
        GraphTenantBackend tenant = backendOn(server, store, settings);
        tenant.bindTenant(tenantA);
        const auto account = QCoro::waitFor(tenant.signIn());
        QVERIFY(!account.ok());
        QCOMPARE(account.error().code, u"backend.tenant-mismatch"_s);
        QVERIFY2(account.error().message.contains(tenantA) && account.error().message.contains(tenantB),
                 qPrintable(account.error().message));
        QVERIFY(!account.error().remedy.isEmpty());
        QVERIFY(!tenant.isSignedIn());
        // Nothing kept for either tenant, and no Graph call can go out.
        QCOMPARE(QCoro::waitFor(store.read(tenant.signInSession().secretKey(tenantB))).value(), std::nullopt);
        QVERIFY(!QCoro::waitFor(tenant.organization()).ok());
        QVERIFY(server.unexpected().isEmpty());

        // Without --tenant, the bound session signs in at its own tenant, not "organizations".
        FakeHttpServer own;
        queueDeviceSignIn(own, "rt-a", tenantA, tenantA);
        auth::SignInSettings unset = deviceCodeSettings();
        unset.tenant.clear();
        GraphTenantBackend bound = backendOn(own, store, unset);
        bound.bindTenant(tenantA);
        const auto signedIn = QCoro::waitFor(bound.signIn());
        QVERIFY2(signedIn.ok(), qPrintable(why(signedIn)));
        QVERIFY2(own.unexpected().isEmpty(), qPrintable(own.unexpected().join(u", "_s)));
    }

    void renewal_intoAnotherTenantIsRefusedAndSignsOut()
    {
        FakeHttpServer server;
        queueDeviceSignIn(server, "rt-a");
        secrets::MemorySecretStore store;
        GraphTenantBackend tenant = backendOn(server, store);
        tenant.bindTenant(tenantA);
        QVERIFY(QCoro::waitFor(tenant.signIn()).ok());
        server.expect("GET", u"/v1.0/organization?$select=id,displayName,verifiedDomains"_s,
                      jsonResponse(401, graphErrorBody("InvalidAuthenticationToken", "Expired.")));
        server.expect("POST", tokenPath,
                      jsonResponse(200, tokenBody("at-b", "rt-b", "Application.ReadWrite.All", tenantB)));
        const auto organization = QCoro::waitFor(tenant.organization());
        QVERIFY(!organization.ok());
        QCOMPARE(organization.error().code, u"backend.tenant-mismatch"_s);
        QVERIFY(!tenant.account().has_value());
        // The Graph call was not repeated with the other tenant's token.
        QCOMPARE(
            server.requestsFor("GET", u"/v1.0/organization?$select=id,displayName,verifiedDomains"_s).size(),
            1);
    }

    void binding_dropsASignInOfAnotherTenant_andSignOutRemovesEveryKeptToken()
    {
        FakeHttpServer server;
        queueDeviceSignIn(server, "rt-b", tenantB);
        secrets::MemorySecretStore store;
        // A refresh token kept under the authority by an earlier version of the wizard.
        GraphTenantBackend tenant = backendOn(server, store);
        QVERIFY(
            QCoro::waitFor(store.write(tenant.signInSession().secretKey(u"contoso"_s), u"rt-old"_s)).ok());
        QVERIFY(QCoro::waitFor(tenant.signIn()).ok()); // no session yet: tenant B is fine
        QVERIFY(tenant.account().has_value());
        // The session turns out to be tenant A's (the GUI kept B's sign-in): B's tokens go.
        tenant.bindTenant(tenantA);
        QVERIFY(!tenant.account().has_value());
        QVERIFY(!QCoro::waitFor(tenant.organization()).ok());
        QVERIFY2(server.requestsFor("GET", u"/v1.0/organization?$select=id,displayName,verifiedDomains"_s)
                     .isEmpty(),
                 "a Graph call went out with another tenant's token");
        // Sign-out forgets this session's tenant and what earlier versions kept under the
        // authority; tenant B's sign-in belongs to B's sessions and stays.
        QVERIFY(QCoro::waitFor(tenant.signOut()).ok());
        for (const QString &each : {tenantA, u"contoso"_s, u"organizations"_s})
            QCOMPARE(QCoro::waitFor(store.read(tenant.signInSession().secretKey(each))).value(),
                     std::nullopt);
        QCOMPARE(QCoro::waitFor(store.read(tenant.signInSession().secretKey(tenantB))).value(),
                 std::optional(u"rt-b"_s));
    }

    void boundRenewal_withoutAnIdToken_isRefused()
    {
        FakeHttpServer server;
        queueDeviceSignIn(server, "rt-a");
        secrets::MemorySecretStore store;
        GraphTenantBackend tenant = backendOn(server, store);
        tenant.bindTenant(tenantA);
        QVERIFY(QCoro::waitFor(tenant.signIn()).ok());
        server.expect("GET", u"/v1.0/organization?$select=id,displayName,verifiedDomains"_s,
                      jsonResponse(401, graphErrorBody("InvalidAuthenticationToken", "Expired.")));
        server.expect("POST", tokenPath,
                      jsonResponse(200,
                                   "{\"token_type\":\"Bearer\",\"expires_in\":3600,\"access_token\":\"at-x\","
                                   "\"refresh_token\":\"rt-x\",\"scope\":\"Application.ReadWrite.All\"}"));
        const auto organization = QCoro::waitFor(tenant.organization());
        QVERIFY(!organization.ok());
        QCOMPARE(organization.error().code, u"backend.tenant-mismatch"_s);
        QVERIFY(!tenant.isSignedIn());
    }

    void authorizationCode_isNeverResent()
    {
        FakeHttpServer server;
        FakeResponse unavailable = jsonResponse(
            503, "{\"error\":\"temporarily_unavailable\",\"error_description\":\"AADSTS90033: try again\"}");
        unavailable.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("0")));
        server.expect("POST", tokenPath, unavailable);
        http::HttpClient http(http::tlsConfiguration().value(), quickRetries());
        auth::SignInSettings settings;
        settings.tenant = u"contoso"_s;
        settings.browserTimeout = std::chrono::seconds(10);
        auth::SignInUi ui;
        ui.openBrowser = [](const QUrl &url) {
            const QUrlQuery query(url);
            QUrl back(query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded));
            back.setQuery(u"code=auth-code&state="_s + query.queryItemValue(u"state"_s));
            QTimer::singleShot(10, [back] { browse(back); });
        };
        const auto tokens = QCoro::waitFor(auth::signInWithBrowser(http, server.url(), settings, ui));
        QVERIFY(!tokens.ok());
        QCOMPARE(server.requestsFor("POST", tokenPath).size(), 1);
        QVERIFY(server.unexpected().isEmpty());
    }

    void graph_sendsAClientRequestIdAndErrorsShowBothIds()
    {
        GraphOnFake fake;
        fake.server.expect("GET", u"/v1.0/organization"_s,
                           jsonResponse(400, graphErrorBody("Request_BadRequest", "Bad.")));
        const auto answer = fake.getOrganization();
        QVERIFY(!answer.ok());
        const QByteArray sent = fake.server.requests().first().headers.value("client-request-id");
        QVERIFY2(!QUuid::fromString(QString::fromLatin1(sent)).isNull(), sent.constData());
        QVERIFY2(answer.error().message.contains(QString::fromLatin1(sent)),
                 qPrintable(answer.error().message));
        QVERIFY(answer.error().message.contains(u"req-42"_s));
        QVERIFY(fake.graph.lastRequestIds().contains(QString::fromLatin1(sent)));
        // Each call has its own id.
        fake.server.expect("GET", u"/v1.0/organization"_s, jsonResponse(200, "{}"));
        QVERIFY(fake.getOrganization().ok());
        QVERIFY(fake.server.requests().at(1).headers.value("client-request-id") != sent);
    }

    void tokens_neverFollowARedirectToAnotherOrigin()
    {
        FakeHttpServer elsewhere;
        GraphOnFake fake;
        FakeResponse moved{307, {}, {{"Location", elsewhere.url().toEncoded() + "v1.0/organization"}}};
        fake.server.expect("GET", u"/v1.0/organization"_s, moved);
        const auto answer = fake.getOrganization();
        QVERIFY(!answer.ok());
        QCOMPARE(answer.error().code, u"backend.redirect"_s);
        QVERIFY(elsewhere.requests().isEmpty());

        // Nor does a refresh token (a form with a grant).
        FakeHttpServer login;
        login.expect(
            "POST", tokenPath,
            FakeResponse{307, {}, {{"Location", elsewhere.url().toEncoded() + "contoso/oauth2/v2.0/token"}}});
        http::HttpClient http(http::tlsConfiguration().value(), quickRetries());
        const auto reply = QCoro::waitFor(
            auth::postForm(http, QUrl(login.url().toString() + tokenPath.mid(1)),
                           {{u"grant_type"_s, u"refresh_token"_s}, {u"refresh_token"_s, u"rt"_s}}));
        QVERIFY(!reply.ok());
        QVERIFY(elsewhere.requests().isEmpty());
    }

    void oauthErrors_tellWhatToDoForMfaConditionalAccessAndRevokedGrants()
    {
        const auto remedyOf = [](const char *body) {
            const QJsonObject json = QJsonDocument::fromJson(body).object();
            return auth::oauthError({json, json[u"error"].toString(), json[u"error_description"].toString()},
                                    u"Sign-in"_s)
                .remedy;
        };
        const QString blocked = remedyOf(
            "{\"error\":\"invalid_grant\",\"error_description\":\"AADSTS53003: Access has been blocked by "
            "Conditional Access policies.\",\"error_codes\":[53003]}");
        QVERIFY2(blocked.contains(u"Conditional Access"_s) && blocked.contains(u"--sign-in browser"_s),
                 qPrintable(blocked));
        const QString mfa = remedyOf("{\"error\":\"invalid_grant\",\"error_description\":\"AADSTS50076: Due "
                                     "to a configuration change made by your administrator, you must use "
                                     "multi-factor authentication.\",\"error_codes\":[50076]}");
        QVERIFY2(mfa.contains(u"multi-factor"_s), qPrintable(mfa));
        const QString interaction = remedyOf(
            "{\"error\":\"interaction_required\",\"error_description\":\"AADSTS50079: enroll\"}");
        QVERIFY2(interaction.contains(u"interactively"_s), qPrintable(interaction));
        const QString revoked = remedyOf("{\"error\":\"invalid_grant\",\"error_description\":\"AADSTS70008: "
                                         "expired\",\"error_codes\":[70008]}");
        QVERIFY2(revoked.contains(u"sign in again"_s) && revoked.contains(u"sign out"_s),
                 qPrintable(revoked));
        QVERIFY(remedyOf("{\"error\":\"invalid_client\",\"error_description\":\"AADSTS7000218: x\"}")
                    .contains(u"public client"_s));
    }

    void preview_isTheRequestSent()
    {
        FakeHttpServer server;
        queueDeviceSignIn(server, "rt-1");
        server.expect(
            "GET", spoPath,
            jsonResponse(200, "{\"id\":\"sp-1\",\"appId\":\"00000003-0000-0ff1-ce00-000000000000\"}"));
        server.expect("GET", u"/v1.0/organization?$select=id,displayName,verifiedDomains"_s,
                      jsonResponse(200, "{\"value\":[{\"id\":\"t\"}]}"));
        secrets::MemorySecretStore store;
        GraphTenantBackend tenant = backendOn(server, store);
        QVERIFY(QCoro::waitFor(tenant.signIn()).ok());
        QVERIFY(QCoro::waitFor(tenant.servicePrincipalByAppId(constants::spoAppId)).ok());
        QVERIFY(QCoro::waitFor(tenant.organization()).ok());
        const QString root = server.url().toString(QUrl::StripTrailingSlash);
        QCOMPARE(graph_requests::servicePrincipalByAppId(server.url(), constants::spoAppId),
                 u"GET "_s + root + server.requests().at(2).target);
        QCOMPARE(graph_requests::organization(server.url()),
                 u"GET "_s + root + server.requests().at(3).target);
        QVERIFY(server.unexpected().isEmpty());
    }

    void secrets_withoutACredentialStoreSayItOnceAndKeepInMemory()
    {
        auto missing = std::make_unique<MissingStore>();
        MissingStore *primary = missing.get();
        QStringList notices;
        secrets::FallbackSecretStore store(std::move(missing),
                                           [&notices](const QString &text) { notices.append(text); });
        QVERIFY(QCoro::waitFor(store.write(u"k"_s, u"v"_s)).ok());
        QCOMPARE(QCoro::waitFor(store.read(u"k"_s)).value(), std::optional(u"v"_s));
        QVERIFY(QCoro::waitFor(store.remove(u"k"_s)).ok());
        QCOMPARE(notices.size(), 1);
        QVERIFY(notices.first().contains(u"No credential store"_s));
        QCOMPARE(primary->calls, 1);
        QCOMPARE(store.kind(), u"memory"_s);
    }

    void options_badEndpointsOrCaFileAreInputErrorsNamingTheOption()
    {
        QTemporaryDir dir;
        const QString endpoints = dir.filePath(u"endpoints.json"_s);
        auto parse = [](const QStringList &extra) {
            return parseOptions(QStringList{u"s2s-wizard"_s, u"--auto"_s} + extra);
        };
        auto expectError = [&](const QStringList &extra, const QString &option, const QString &what) {
            const auto parsed = parse(extra);
            QVERIFY(!parsed.ok());
            QVERIFY2(parsed.error().message.startsWith(option + u':'), qPrintable(parsed.error().message));
            QVERIFY2(parsed.error().message.contains(what), qPrintable(parsed.error().message));
            QVERIFY(parsed.error().code.startsWith(u"input."_s));
        };
        expectError({u"--endpoints"_s, dir.filePath(u"missing.json"_s)}, u"--endpoints"_s, u"missing.json"_s);
        QFile file(endpoints);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{not json");
        file.close();
        expectError({u"--endpoints"_s, endpoints}, u"--endpoints"_s, u"endpoints.json"_s);
        QVERIFY(writeJsonObject(endpoints, {{u"login"_s, u"https://l.example"_s},
                                            {u"graph"_s, u"http://g.example"_s},
                                            {u"acs"_s, u"https://a.example"_s},
                                            {u"sharepoint"_s, u"https://s.example"_s}})
                    .ok());
        expectError({u"--endpoints"_s, endpoints}, u"--endpoints"_s, u"\"graph\""_s);
        // The SharePoint Online address is one of the four: without it realm discovery would go
        // to Microsoft's cloud.
        QVERIFY(writeJsonObject(endpoints, {{u"login"_s, u"https://l.example"_s},
                                            {u"graph"_s, u"https://g.example"_s},
                                            {u"acs"_s, u"https://a.example"_s}})
                    .ok());
        expectError({u"--endpoints"_s, endpoints}, u"--endpoints"_s, u"\"sharepoint\""_s);
        QVERIFY(writeJsonObject(endpoints,
                                {{u"login"_s, u"https://l.example"_s}, {u"graph"_s, u"https://g.example"_s}})
                    .ok());
        expectError({u"--endpoints"_s, endpoints}, u"--endpoints"_s, u"\"acs\""_s);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a certificate");
        file.close();
        expectError({u"--ca-file"_s, endpoints}, u"--ca-file"_s, u"no PEM certificate"_s);
        expectError({u"--sign-in"_s, u"carrier-pigeon"_s}, u"--sign-in"_s, u"carrier-pigeon"_s);

        QVERIFY(writeJsonObject(endpoints, {{u"login"_s, u"https://127.0.0.1:1"_s},
                                            {u"graph"_s, u"https://127.0.0.1:2"_s},
                                            {u"acs"_s, u"https://127.0.0.1:3"_s},
                                            {u"sharepoint"_s, u"https://127.0.0.1:4"_s}})
                    .ok());
        const auto good = parse({u"--endpoints"_s, endpoints, u"--sign-in"_s, u"device-code"_s, u"--tenant"_s,
                                 u"contoso.onmicrosoft.com"_s});
        QVERIFY2(good.ok(), qPrintable(why(good)));
        QCOMPARE(good->endpoints->graph, QUrl(u"https://127.0.0.1:2"_s));
        QCOMPARE(good->endpoints->sharepoint, QUrl(u"https://127.0.0.1:4"_s));
        QCOMPARE(good->endpoints->sharePointRoot(u"contoso.onmicrosoft.com"_s),
                 QUrl(u"https://127.0.0.1:4"_s));
        QCOMPARE(Endpoints{}.sharePointRoot(u"Contoso.onmicrosoft.com"_s),
                 QUrl(u"https://contoso.sharepoint.com"_s));
        QCOMPARE(Endpoints::sharePointHost(u"fabrikam.onmicrosoft.com"_s), u"fabrikam.sharepoint.com"_s);
        QCOMPARE(good->signIn, Options::SignIn::DeviceCode);
        QCOMPARE(good->tenant, u"contoso.onmicrosoft.com"_s);
        QCOMPARE(good->clientId, constants::defaultClientId);
    }

    void chunkedStore_splitsLongSecrets_andDropsOldParts()
    {
        auto owned = std::make_unique<CountingStore>();
        CountingStore &inner = *owned;
        secrets::ChunkedSecretStore store(std::move(owned), 10);
        const auto innerValue = [&inner](const QString &key) {
            return QCoro::waitFor(inner.read(key)).value();
        };
        const QString key = u"s2s-wizard/refresh-token/t1"_s;
        const QString long25 = u"abcdefghij0123456789ABCDE"_s;
        QVERIFY(QCoro::waitFor(store.write(key, long25)).ok());
        const QString generation = generationOf(innerValue(key).value_or(QString()));
        QCOMPARE(innerValue(key), std::optional(u"s2s-chunks:%1:3"_s.arg(generation)));
        QCOMPARE(innerValue(secrets::ChunkedSecretStore::partKey(key, generation, 3)),
                 std::optional(u"ABCDE"_s));
        QCOMPARE(QCoro::waitFor(store.read(key)).value(), std::optional(long25));
        QCOMPARE(inner.keys().size(), 4);

        QVERIFY(QCoro::waitFor(store.write(key, u"0123456789AB"_s)).ok()); // 2 parts now
        QCOMPARE(QCoro::waitFor(store.read(key)).value(), std::optional(u"0123456789AB"_s));
        QCOMPARE(inner.keys().size(), 3); // the marker and the new generation's parts only
        QVERIFY(QCoro::waitFor(store.write(key, u"short"_s)).ok()); // whole
        QCOMPARE(innerValue(key), std::optional(u"short"_s));
        QCOMPARE(inner.keys(), QStringList{key});
        // A secret that looks like the marker reads back as itself.
        QVERIFY(QCoro::waitFor(store.write(key, u"s2s-chunks:2"_s)).ok());
        QCOMPARE(QCoro::waitFor(store.read(key)).value(), std::optional(u"s2s-chunks:2"_s));

        QVERIFY(QCoro::waitFor(store.write(key, long25)).ok());
        const QString last = generationOf(innerValue(key).value_or(QString()));
        QVERIFY(QCoro::waitFor(inner.remove(secrets::ChunkedSecretStore::partKey(key, last, 2))).ok());
        const auto broken = QCoro::waitFor(store.read(key)); // a part went missing
        QVERIFY(!broken.ok());
        QCOMPARE(broken.error().code, u"secrets.incomplete"_s);
        QVERIFY(QCoro::waitFor(store.remove(key)).ok());
        QCOMPARE(inner.keys(), QStringList());

        // What earlier versions wrote ("s2s-chunks:<count>", "<key>#part-<n>") still reads.
        QVERIFY(QCoro::waitFor(inner.write(key, u"s2s-chunks:2"_s)).ok());
        QVERIFY(QCoro::waitFor(inner.write(key + u"#part-1"_s, u"0123456789"_s)).ok());
        QVERIFY(QCoro::waitFor(inner.write(key + u"#part-2"_s, u"AB"_s)).ok());
        QCOMPARE(QCoro::waitFor(store.read(key)).value(), std::optional(u"0123456789AB"_s));
        QVERIFY(QCoro::waitFor(store.write(key, long25)).ok());
        QCOMPARE(QCoro::waitFor(store.read(key)).value(), std::optional(long25));
        QCOMPARE(inner.keys().size(), 4); // the earlier parts are gone
    }

    // A rewrite that fails at any write (each part, the marker) leaves the old secret readable and
    // whole: the new parts go under a new generation, and the marker switches to it last.
    void chunkedStore_rewriteFailingAtAnyPart_leavesTheOldSecretWhole()
    {
        const QString key = u"s2s-wizard/refresh-token/t2"_s;
        const QString old = u"OLD-OLD-OLd-old-old-old-oLD-OL"_s;       // 3 parts of 10
        const QString next = u"new-new-new-NEW-NEW-NEW-new-new-nEW"_s; // 4 parts
        for (const QString &replacement : {next, u"short"_s}) {
            const int writes = replacement == next ? 5 : 1; // 4 parts and the marker, or the secret
            for (int failing = 1; failing <= writes; ++failing) {
                auto owned = std::make_unique<CountingStore>();
                CountingStore &inner = *owned;
                secrets::ChunkedSecretStore store(std::move(owned), 10);
                QVERIFY(QCoro::waitFor(store.write(key, old)).ok());
                inner.failWrite = inner.writes + failing;
                const Status rewritten = QCoro::waitFor(store.write(key, replacement));
                QVERIFY2(!rewritten.ok(), qPrintable(u"write %1 failed"_s.arg(failing)));
                inner.failWrite = 0;
                const auto read = QCoro::waitFor(store.read(key));
                QVERIFY2(read.ok(), qPrintable(why(read)));
                QCOMPARE(read->value_or(QString()), old);
                QCOMPARE(inner.keys().size(), 4); // the new generation's parts were dropped
                // And the next write goes through.
                QVERIFY(QCoro::waitFor(store.write(key, replacement)).ok());
                QCOMPARE(QCoro::waitFor(store.read(key))->value_or(QString()), replacement);
            }
        }
        // Dropping the old parts fails after the switch: the new secret is in place, whole.
        auto owned = std::make_unique<CountingStore>();
        CountingStore &inner = *owned;
        secrets::ChunkedSecretStore store(std::move(owned), 10);
        QVERIFY(QCoro::waitFor(store.write(key, old)).ok());
        inner.failRemoves = true;
        QVERIFY(QCoro::waitFor(store.write(key, next)).ok());
        QCOMPARE(QCoro::waitFor(store.read(key))->value_or(QString()), next);
    }

    // A secret that must outlive the run (a generated PFX password) never falls back to memory.
    void fallbackStore_neverKeepsALastingSecretInMemoryOnly()
    {
        QStringList notices;
        secrets::FallbackSecretStore store(std::make_unique<MissingStore>(),
                                           [&notices](const QString &text) { notices.append(text); });
        const Status lasting = QCoro::waitFor(store.writeLasting(u"pfx"_s, u"generated"_s));
        QVERIFY(!lasting.ok());
        QCOMPARE(lasting.error().code, u"secrets.memory-only"_s);
        QCOMPARE(QCoro::waitFor(store.read(u"pfx"_s)).value(), std::nullopt);
        // Still not after the store fell back for another secret (the sign-in).
        QVERIFY(QCoro::waitFor(store.write(u"token"_s, u"t"_s)).ok());
        QCOMPARE(store.kind(), u"memory"_s);
        QVERIFY(!QCoro::waitFor(store.writeLasting(u"pfx"_s, u"generated"_s)).ok());
        QCOMPARE(QCoro::waitFor(store.read(u"pfx"_s)).value(), std::nullopt);
        secrets::MemorySecretStore memory;
        QCOMPARE(QCoro::waitFor(memory.writeLasting(u"pfx"_s, u"generated"_s)).error().code,
                 u"secrets.memory-only"_s);
        // A working store keeps it, through the chunks too.
        secrets::FallbackSecretStore working(
            std::make_unique<secrets::ChunkedSecretStore>(std::make_unique<CountingStore>(u"keychain"_s), 4),
            {});
        QVERIFY(QCoro::waitFor(working.writeLasting(u"pfx"_s, u"generated"_s)).ok());
        QCOMPARE(QCoro::waitFor(working.read(u"pfx"_s)).value(), std::optional(u"generated"_s));
    }

    // The interactive sign-in hands the exact authorize URL to the injected launcher (on Windows
    // the desktop shell, which starts the browser unelevated), as data.
    void browserSignIn_opensTheExactUrlThroughTheInjectedLauncher()
    {
        struct Recording final : auth::BrowserLauncher {
            Status open(const QUrl &url) override
            {
                urls.append(url);
                return success();
            }
            QList<QUrl> urls;
        };
        auto launcher = std::make_shared<Recording>();
        http::HttpClient http(http::tlsConfiguration().value(), quickRetries());
        auth::SignInSettings settings;
        settings.tenant = u"contoso"_s;
        settings.browserTimeout = std::chrono::milliseconds(200);
        auth::SignInUi ui;
        ui.openBrowser = auth::browserOpener(launcher);
        const auto tokens = QCoro::waitFor(
            auth::signInWithBrowser(http, QUrl(u"https://login.example"_s), settings, ui));
        QVERIFY(!tokens.ok()); // nobody came back from the browser
        QCOMPARE(launcher->urls.size(), 1);
        const QUrl opened = launcher->urls.first();
        QCOMPARE(opened.scheme(), u"https"_s);
        QCOMPARE(opened.host(), u"login.example"_s);
        QCOMPARE(opened.path(), u"/contoso/oauth2/v2.0/authorize"_s);
        const QUrlQuery query(opened);
        QCOMPARE(query.queryItemValue(u"client_id"_s), constants::defaultClientId);
        QCOMPARE(query.queryItemValue(u"code_challenge_method"_s), u"S256"_s);
        QVERIFY(!query.queryItemValue(u"state"_s).isEmpty());
        QVERIFY(
            query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded).startsWith(u"http://localhost:"_s));
        QVERIFY(!query.hasQueryItem(u"code_verifier"_s)); // the PKCE secret stays in the wizard
    }
};

QTEST_GUILESS_MAIN(TestTenantClient)
#include "tst_tenantclient.moc"
