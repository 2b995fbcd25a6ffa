// The shipped FarmHost.ps1 against the real-farm behaviours of POWERSHELL.md ("Found by reading
// the script against Microsoft's documentation"): each test runs the script under pwsh with the
// SharePoint simulator (--lab-farm powershell), sets the farm.json switch that reproduces one
// behaviour and calls the FarmBackend op that meets it. Each failed on the script before the fix.
// The protocol tests (unreadable line, Constrained Language Mode) talk to pwsh directly.
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <QCoro/QCoroTask>

#include "FakeHttpServer.h"
#include "FarmAssertionCheck.h"
#include "LabFixture.h"
#include "core/Constants.h"
#include "core/JsonFile.h"
#include "farm/FarmOps.h"
#include "farm/HostScript.h"
#include "farm/HostTransport.h"
#include "farm/ProtocolFarmBackend.h"
#include "lab/LabFarmFetch.h"
#include "lab/LabFolder.h"
#include "lab/LabPowerShellFarm.h"
#include "lab/LabTenantServer.h"
#include "workbench/Backends.h"

using namespace Qt::StringLiterals;
using namespace s2s;

namespace {

template <typename T>
T wait(QCoro::Task<T> &&task)
{
    return QCoro::waitFor(std::move(task));
}

void editServer(QJsonObject &farm, const QString &server, const QString &key, const QJsonValue &value)
{
    test::setInArray(farm, u"servers"_s, u"name"_s, server, key, value);
}

QJsonObject firstApp(const QJsonObject &farm)
{
    return farm[u"webApplications"].toArray().first().toObject();
}

void setFirstApp(QJsonObject &farm, const QJsonObject &app)
{
    QJsonArray apps = farm[u"webApplications"].toArray();
    apps.replace(0, app);
    farm.insert(u"webApplications"_s, apps);
}

// The script's code without its comments.
QString code(const QString &script)
{
    QStringList lines;
    for (const QString &line : script.split(u'\n'))
        if (!line.trimmed().startsWith(u'#'))
            lines.append(line);
    return lines.join(u'\n');
}

// pwsh running the bootstrap directly (no relay), with the simulator and a lab; for raw lines.
struct RawHost {
    QProcess process;
    QByteArray buffer;

    bool start(const QString &labDir, const QStringList &arguments = {})
    {
        const auto config = lab::powerShellLabHost(
            lab::LabFolder(labDir), {lab::findPwsh(), sharePointSimulatorFolder(), labHostProgram()}, {});
        if (!config)
            return false;
        const HostLaunch launch = farmHostLaunch(lab::findPwsh());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(config->environment);
        process.setProcessEnvironment(environment);
        process.start(launch.program, arguments.isEmpty() ? launch.arguments : arguments);
        if (!process.waitForStarted(10000))
            return false;
        process.write(launch.initialInput);
        return true;
    }

    // The next JSON line on stdout (empty when none comes in time).
    QJsonObject line(int timeoutMs = 60000)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired()) {
            const qsizetype newline = buffer.indexOf('\n');
            if (newline >= 0) {
                const QByteArray text = buffer.left(newline).trimmed();
                buffer.remove(0, newline + 1);
                const QJsonObject json = QJsonDocument::fromJson(text).object();
                if (!json.isEmpty())
                    return json;
                continue;
            }
            if (process.state() == QProcess::NotRunning && process.bytesAvailable() == 0)
                return {};
            process.waitForReadyRead(200);
            buffer += process.readAllStandardOutput();
        }
        return {};
    }

    ~RawHost()
    {
        process.kill();
        process.waitForFinished(5000);
    }
};

// Runs tests/engine/farm/farmscript/`snippet` in pwsh after dot-sourcing the embedded FarmHost.ps1
// (its own functions, no simulator): for the script's wrappers and its request handling on their
// own; `argument` is $env:S2S_TEST_ARG. Keeps the event loop turning (a FakeHttpServer may have to
// answer). Returns stdout; stderr goes to the log.
QString runWithScript(const char *snippet, const QString &argument = {},
                      const QProcessEnvironment &extra = {}, int timeoutMs = 120000)
{
    const QString snippetFile = QDir(QStringLiteral(QT_TESTCASE_SOURCEDIR))
                                    .filePath(u"engine/farm/farmscript/"_s + QLatin1StringView(snippet));
    if (!QFileInfo::exists(snippetFile))
        qFatal("missing %s", qPrintable(snippetFile));
    QTemporaryDir dir;
    const QString scriptFile = dir.filePath(u"FarmHost.ps1"_s);
    QFile file(scriptFile);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(hostScriptText().toUtf8());
    file.close();
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"S2S_FARM_SCRIPT"_s, scriptFile);
    environment.insert(u"S2S_TEST_SNIPPET"_s, snippetFile);
    environment.insert(u"S2S_TEST_ARG"_s, argument);
    environment.insert(extra);
    environment.insert(u"POWERSHELL_TELEMETRY_OPTOUT"_s, u"1"_s);
    process.setProcessEnvironment(environment);
    const QString prologue = u"$ErrorActionPreference = 'Stop'\n"
                             ". ([ScriptBlock]::Create([IO.File]::ReadAllText($env:S2S_FARM_SCRIPT)))\n"
                             ". $env:S2S_TEST_SNIPPET\n"_s;
    process.start(lab::findPwsh(),
                  {u"-NoLogo"_s, u"-NoProfile"_s, u"-NonInteractive"_s, u"-Command"_s, prologue});
    QDeadlineTimer deadline(timeoutMs);
    while (!process.waitForFinished(20) && !deadline.hasExpired())
        QCoreApplication::processEvents();
    if (process.state() != QProcess::NotRunning)
        process.kill();
    process.waitForFinished(5000);
    const QByteArray errors = process.readAllStandardError();
    if (!errors.isEmpty())
        qInfo().noquote() << "pwsh stderr:" << QString::fromUtf8(errors);
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

} // namespace

class TestFarmScript : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::preparePowerShellFarmTest();
        if (lab::findPwsh().isEmpty())
            QFAIL(qPrintable(test::pwshMissing()));
        qputenv("S2S_TEST_LAB_FARM", "powershell");
    }

    // Get-S2SCurrentIdentity is the one place the script asks Windows who runs it.
    void hostInfo_namesTheAccountThroughItsIdentitySeam()
    {
        test::LabFixture lab;
        const auto info = wait(lab.backends().farm->call<HostInfoOp>());
        QVERIFY2(info.ok(), qPrintable(test::why(info)));
        QCOMPARE(info->account, lab.farm()[u"account"][u"name"].toString());
        QVERIFY(info->elevated);
        QVERIFY(info->farmAdmin);
    }

    // Loading SharePoint only warns for an account that is no shell admin: the ops must say so.
    // The snap-in (2013-2019) and the SharePointServer module (Subscription Edition) alike.
    void notAShellAdmin_everyOpFailsWithTheLoadWarning_data()
    {
        QTest::addColumn<QString>("edition");
        QTest::newRow("SharePoint Server 2019 (snap-in)") << u"2019"_s;
        QTest::newRow("Subscription Edition (module)") << u"SE"_s;
    }

    void notAShellAdmin_everyOpFailsWithTheLoadWarning()
    {
        QFETCH(QString, edition);
        test::LabFixture lab;
        lab.editFarm([&edition](QJsonObject &farm) {
            QJsonObject account = farm[u"account"].toObject();
            account.insert(u"shellAdmin"_s, false);
            farm.insert(u"account"_s, account);
            QJsonObject host = farm[u"host"].toObject();
            host.insert(u"edition"_s, edition);
            farm.insert(u"host"_s, host);
        });
        const auto realm = wait(lab.backends().farm->call<GetRealmOp>());
        QVERIFY(!realm.ok());
        QCOMPARE(realm.error().code, u"farm.powershell"_s);
        QVERIFY2(realm.error().message.contains(u"The local farm is not accessible"_s),
                 qPrintable(realm.error().toText()));
        QVERIFY2(realm.error().remedy.contains(u"Add-SPShellAdmin"_s), qPrintable(realm.error().toText()));
    }

    // TypeName is translated; the proxy is recognised by its .NET type.
    void germanFarm_secondAcsTrustRunCreatesNoSecondProxy()
    {
        test::LabFixture lab;
        lab.editFarm([](QJsonObject &farm) { farm.insert(u"language"_s, u"de-DE"_s); });
        QCOMPARE(lab.runThrough(StepId::AcsTrust), StepState::Validated);
        const auto proxies = wait(lab.backends().farm->call<ListProxiesOp>());
        QVERIFY2(proxies.ok(), qPrintable(test::why(proxies)));
        int acs = 0;
        for (const ServiceProxyInfo &proxy : *proxies) {
            if (proxy.fullTypeName != constants::acsProxyFullTypeName)
                continue;
            ++acs;
            QVERIFY2(proxy.typeName != constants::acsProxyTypeName, qPrintable(proxy.typeName));
        }
        QCOMPARE(acs, 1);
        QCOMPARE(lab.run(StepId::AcsTrust), StepState::Validated);
        int inFarm = 0;
        for (const QJsonValue &proxy : lab.farm()[u"proxies"].toArray())
            inFarm += proxy[u"typeName"].toString() == constants::acsProxyTypeName ? 1 : 0;
        QCOMPARE(inFarm, 1);
        QCOMPARE(lab.check(StepId::AcsTrust, u"acs-proxy-present"_s)->status, CheckStatus::Pass);
    }

    // .DefaultProxies lists one proxy of each kind; membership is .Proxies.
    void defaultGroupMembership_isReadFromProxies()
    {
        test::LabFixture lab;
        lab.editFarm([](QJsonObject &farm) {
            QJsonArray proxies = farm[u"proxies"].toArray();
            QJsonObject second = proxies.first().toObject();
            second.insert(u"id"_s, u"7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f"_s);
            second.insert(u"name"_s, u"Managed Metadata Service 2"_s);
            second.insert(u"inDefaultGroup"_s, true);
            proxies.append(second);
            farm.insert(u"proxies"_s, proxies);
        });
        const auto proxies = wait(lab.backends().farm->call<ListProxiesOp>());
        QVERIFY2(proxies.ok(), qPrintable(test::why(proxies)));
        QCOMPARE(proxies->size(), 2);
        for (const ServiceProxyInfo &proxy : *proxies)
            QVERIFY2(proxy.inDefaultGroup, qPrintable(proxy.name));
    }

    // GetResponseUrl(zone) falls back to the Default zone's URL; GetResponseUrl(zone, $false) not.
    void zoneWithoutItsOwnUrl_isNotListedWithTheDefaultUrl()
    {
        test::LabFixture lab;
        lab.editFarm([](QJsonObject &farm) {
            QJsonObject app = firstApp(farm);
            QJsonArray zones = app[u"zones"].toArray();
            zones.append(QJsonObject{{u"zone"_s, u"Intranet"_s},
                                     {u"url"_s, QString()},
                                     {u"windowsAuthentication"_s, true},
                                     {u"kerberos"_s, false}});
            app.insert(u"zones"_s, zones);
            setFirstApp(farm, app);
        });
        const auto apps = wait(lab.backends().farm->call<ListWebApplicationsOp>());
        QVERIFY2(apps.ok(), qPrintable(test::why(apps)));
        const WebApplicationInfo &app = apps->first();
        QStringList zones;
        for (const ZoneInfo &zone : app.zones) {
            QVERIFY2(zone.zone != u"Intranet"_s, qPrintable(zone.zone + u" "_s + zone.url));
            QVERIFY2(!zone.url.isEmpty(), qPrintable(zone.zone));
            zones.append(zone.zone);
        }
        // The seed's own zones stay listed: Default and its public Internet zone.
        QCOMPARE(zones, (QStringList{u"Default"_s, u"Internet"_s}));
    }

    // DisableKerberos means nothing on a zone without Integrated Windows authentication.
    void zoneWithoutWindowsAuthentication_isNotNtlm()
    {
        test::LabFixture lab;
        lab.editFarm([](QJsonObject &farm) {
            QJsonObject app = firstApp(farm);
            QJsonArray zones = app[u"zones"].toArray();
            QJsonObject zone = zones.first().toObject();
            zone.insert(u"windowsAuthentication"_s, false);
            zones.replace(0, zone);
            app.insert(u"zones"_s, zones);
            setFirstApp(farm, app);
        });
        const QString url = firstApp(lab.farm())[u"url"].toString();
        const auto provider = wait(lab.backends().farm->call<GetAuthenticationProviderOp>(url, u"Default"_s));
        QVERIFY2(provider.ok(), qPrintable(test::why(provider)));
        QVERIFY(!provider->windowsAuthentication);
        QVERIFY2(provider->kerberos, "a zone without Windows authentication was reported as NTLM");
    }

    // The per-server probe reads that server: a redirect goes elsewhere and fails.
    void redirectingServer_failsNamingWhereItSends()
    {
        test::LabFixture lab;
        lab.editFarm(
            [](QJsonObject &farm) { editServer(farm, u"SP-WFE2"_s, u"stsRedirectsTo"_s, u"SP-WFE1"_s); });
        const auto running = wait(lab.backends().farm->call<GetRunningStsCertificateOp>(u"SP-WFE2"_s));
        QVERIFY(!running.ok());
        QCOMPARE(running.error().code, u"farm.metadata-redirect"_s);
        QVERIFY2(running.error().message.contains(u"SP-WFE1"_s, Qt::CaseInsensitive),
                 qPrintable(running.error().toText()));
    }

    // Only servers that run the web application service have an STS endpoint to read.
    void serverWithoutWebApplicationService_isNotProbed()
    {
        test::LabFixture lab;
        lab.editFarm([](QJsonObject &farm) {
            editServer(farm, u"SP-APP1"_s, u"services"_s,
                       QJsonArray{u"Microsoft SharePoint Foundation Timer"_s});
        });
        const auto running = wait(lab.backends().farm->call<GetRunningStsCertificateOp>(u"SP-APP1"_s));
        QVERIFY(!running.ok());
        QCOMPARE(running.error().code, u"farm.no-web-service"_s);
        const auto other = wait(lab.backends().farm->call<GetRunningStsCertificateOp>(u"SP-WFE1"_s));
        QVERIFY2(other.ok(), qPrintable(test::why(other)));
    }

    // outbound.fetch: no redirect to another host, a size limit, same-host redirects followed.
    void outboundFetch_followsNoRedirectToAnotherHostAndLimitsTheBody()
    {
        test::FakeHttpServer server;
        const QUrl base = server.url();
        QUrl elsewhere = base;
        elsewhere.setHost(u"localhost"_s);
        server.expect(
            "GET", u"/moved"_s,
            test::FakeResponse{302, {}, {{"Location", elsewhere.resolved(QUrl(u"/doc"_s)).toEncoded()}}});
        server.expect("GET", u"/here"_s, test::FakeResponse{301, {}, {{"Location", "/doc"}}});
        server.expect("GET", u"/doc"_s, test::jsonResponse(200, "{\"ok\":true}"));
        server.expect("GET", u"/big"_s, test::FakeResponse{200, QByteArray(5 * 1024 * 1024, 'x'), {}});
        test::LabFixture lab;
        // The lab farm reaches only the origins it is given: here the fake server's (and not
        // localhost's, where the redirect points).
        auto config = lab::powerShellLabHost(lab::LabFolder(lab.labDir()),
                                             {lab::findPwsh(), sharePointSimulatorFolder(), labHostProgram()},
                                             {}, {lab::originOf(base)});
        QVERIFY2(config.ok(), qPrintable(test::why(config)));
        ProtocolFarmBackend reaching(*config);
        FarmBackend &farm = reaching;

        const auto moved = wait(farm.call<FetchFromFarmOp>(base.resolved(QUrl(u"/moved"_s)).toString()));
        QVERIFY(!moved.ok());
        QCOMPARE(moved.error().code, u"farm.outbound"_s);
        QVERIFY2(moved.error().message.contains(u"localhost"_s), qPrintable(moved.error().toText()));

        const auto here = wait(farm.call<FetchFromFarmOp>(base.resolved(QUrl(u"/here"_s)).toString()));
        QVERIFY2(here.ok(), qPrintable(test::why(here)));
        QCOMPARE(here->body, QByteArray("{\"ok\":true}"));

        const auto big = wait(farm.call<FetchFromFarmOp>(base.resolved(QUrl(u"/big"_s)).toString()));
        QVERIFY(!big.ok());
        QCOMPARE(big.error().code, u"farm.outbound"_s);
        QVERIFY2(big.error().message.contains(u"larger than"_s), qPrintable(big.error().toText()));
    }

    // The server the host runs on is not reached through WinRM.
    void localServer_remotingTestAnswersWithoutWinRM()
    {
        test::LabFixture lab;
        lab.editFarm([](QJsonObject &farm) {
            QJsonObject host = farm[u"host"].toObject();
            host.insert(u"computerName"_s, u"SP-APP1"_s);
            farm.insert(u"host"_s, host);
            editServer(farm, u"SP-APP1"_s, u"reachable"_s, false);
        });
        const Status local = wait(lab.backends().farm->call<TestRemotingOp>(u"SP-APP1"_s));
        QVERIFY2(local.ok(), qPrintable(test::why(local)));
        const Status remote = wait(lab.backends().farm->call<TestRemotingOp>(u"SP-WFE2"_s));
        QVERIFY2(remote.ok(), qPrintable(test::why(remote)));
    }

    // iisreset by name (as Microsoft's article runs it), then the timer service, then the wait.
    void serverReset_runsIisresetByName()
    {
        test::LabFixture lab;
        const Status reset = wait(lab.backends().farm->call<ResetServerOp>(u"SP-WFE2"_s));
        QVERIFY2(reset.ok(), qPrintable(test::why(reset)));
    }

    // New-SPAzureAccessControlServiceApplicationProxy may return nothing: found by type afterwards.
    void acsProxyCmdletReturningNothing_isFoundAfterwards()
    {
        test::LabFixture lab;
        lab.editFarm([](QJsonObject &farm) { farm.insert(u"acsProxyReturnsNothing"_s, true); });
        const auto proxy = wait(lab.backends().farm->call<NewAcsProxyOp>(
            u"ACS"_s, u"https://accounts.accesscontrol.windows.net/metadata/json/1"_s, true));
        QVERIFY2(proxy.ok(), qPrintable(test::why(proxy)));
        QCOMPARE(proxy->name, u"ACS"_s);
        QCOMPARE(proxy->fullTypeName, constants::acsProxyFullTypeName);
    }

    // Register-SPAppPrincipal needs the App Management service application: the error says so.
    void registerWithoutAppManagement_namesTheServiceApplication()
    {
        test::LabFixture lab;
        lab.editFarm([](QJsonObject &farm) { farm.insert(u"appManagementService"_s, false); });
        const QString site = firstApp(lab.farm())[u"url"].toString();
        const auto principal = wait(lab.backends().farm->call<RegisterAppPrincipalOp>(
            site, u"00000003-0000-0ff1-ce00-000000000000@"_s + lab::seed::tenantId, u"SharePoint Online"_s));
        QVERIFY(!principal.ok());
        QCOMPARE(principal.error().code, u"farm.app-principal"_s);
        QVERIFY2(principal.error().remedy.contains(u"New-SPAppManagementServiceApplication"_s),
                 qPrintable(principal.error().toText()));
    }

    // A cmdlet's own error travels with where it was raised and its whole inner chain.
    void cmdletErrors_carryPositionAndScriptStackTrace()
    {
        test::LabFixture lab;
        const auto principals = wait(lab.backends().farm->call<GetAppPrincipalsOp>(
            u"https://nowhere.contoso.com"_s, u"00000003-0000-0ff1-ce00-000000000000@x"_s));
        QVERIFY(!principals.ok());
        QVERIFY2(principals.error().detail.contains(u"scriptStackTrace:"_s),
                 qPrintable(principals.error().toText()));
        QVERIFY2(principals.error().detail.contains(u"position:"_s), qPrintable(principals.error().toText()));
    }

    // An unreadable line is answered with the id it shows (the call fails now, not at its timeout).
    void unreadableRequestLine_isAnsweredWithItsId()
    {
        QTemporaryDir dir;
        QVERIFY(lab::LabFolder(dir.path()).ensureSeeded().ok());
        RawHost host;
        QVERIFY(host.start(dir.path()));
        QCOMPARE(host.line()[u"event"].toString(), u"ready"_s);
        host.process.write("{\"args\":{\"password\":\"x\"},\"id\":41,\"op\":\"realm.get\"\n");
        const QJsonObject cut = host.line();
        QCOMPARE(cut[u"id"].toInteger(), 41);
        QCOMPARE(cut[u"ok"].toBool(true), false);
        QCOMPARE(cut[u"error"][u"code"].toString(), u"farm.protocol"_s);
        host.process.write("not json at all\n");
        const QJsonObject garbage = host.line();
        QVERIFY(garbage[u"id"].isNull());
        QCOMPARE(garbage[u"error"][u"code"].toString(), u"farm.protocol"_s);
        host.process.write("{\"args\":{},\"id\":42,\"op\":\"realm.get\",\"server\":null}\n");
        const QJsonObject fine = host.line();
        QCOMPARE(fine[u"id"].toInteger(), 42);
        QVERIFY2(fine[u"ok"].toBool(), QJsonDocument(fine).toJson().constData());
    }

    // Constrained Language Mode: the bootstrap still says why, and every call fails with it.
    void constrainedLanguageMode_readySaysWhyAndCallsFailWithIt()
    {
        QTemporaryDir dir;
        QVERIFY(lab::LabFolder(dir.path()).ensureSeeded().ok());
        // What an AppLocker or WDAC policy does to powershell.exe, before the bootstrap's first line.
        const QString text = u"$ExecutionContext.SessionState.LanguageMode = 'ConstrainedLanguage'\n"_s +
                             hostBootstrapText();
        QByteArray utf16le;
        for (const QChar ch : text) {
            utf16le.append(char(ch.unicode() & 0xff));
            utf16le.append(char(ch.unicode() >> 8));
        }
        QStringList arguments = farmHostLaunch(lab::findPwsh()).arguments;
        arguments.last() = QString::fromLatin1(utf16le.toBase64());

        RawHost raw;
        QVERIFY(raw.start(dir.path(), arguments));
        const QJsonObject ready = raw.line();
        QCOMPARE(ready[u"event"].toString(), u"ready"_s);
        QCOMPARE(ready[u"languageMode"].toString(), u"ConstrainedLanguage"_s);
        QVERIFY(ready[u"fatal"].toBool());
        QCOMPARE(ready[u"error"][u"code"].toString(), u"farm.language-mode"_s);

        HostTransport::Config config;
        config.program = lab::findPwsh();
        config.arguments = arguments;
        config.initialInput = hostScriptFramed();
        config.startTimeout = std::chrono::seconds(60);
        HostTransport transport(config);
        const auto answer = wait(transport.call(u"realm.get"_s, {}, {}));
        QVERIFY(!answer.ok());
        QCOMPARE(answer.error().code, u"farm.language-mode"_s);
        QVERIFY2(answer.error().message.contains(u"ConstrainedLanguage"_s),
                 qPrintable(answer.error().toText()));
    }

    // Warnings go out as they are written: those of an operation that then fails are not lost.
    void warningsOfAFailingOp_areSentBeforeItsError()
    {
        const QString out = runWithScript("warn-then-fail.ps1");
        const QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        const QJsonObject warning = QJsonDocument::fromJson(lines[0].toUtf8()).object();
        QCOMPARE(warning[u"event"].toString(), u"warning"_s);
        QCOMPARE(warning[u"id"].toInteger(), 7);
        QCOMPARE(warning[u"text"].toString(), u"first the warning"_s);
        const QJsonObject answer = QJsonDocument::fromJson(lines[1].toUtf8()).object();
        QCOMPARE(answer[u"ok"].toBool(true), false);
        QCOMPARE(answer[u"error"][u"message"].toString(), u"then the failure"_s);
    }

    // The request reader: secrets as sent (spaces, quotes, non-ASCII), a cut line refused, no
    // name twice; what a log of the parameters would show is a type name.
    void requestReader_keepsValuesAndRefusesCutOrAmbiguousLines()
    {
        const QString out = runWithScript("request-reader.ps1");
        const QStringList expected{u"password=[  P\u00e4\"ss\\ ]"_s,
                                   u"id=Int64:3"_s,
                                   u"n=Double"_s,
                                   u"list=2:True"_s,
                                   u"empty=True:0"_s,
                                   u"item=i:True"_s,
                                   u"logged=System.Collections.Hashtable"_s,
                                   u"refused"_s,
                                   u"refused"_s,
                                   u"refused"_s};
        QCOMPARE(out.split(u'\n'), expected);
    }

    // The script's own probe (what runs on a farm): TCP to the server, the web application's
    // host name, one GET, no redirect followed, the Location reported.
    void serverProbe_sendsTheHostHeaderAndFollowsNoRedirect()
    {
        test::FakeHttpServer server;
        server.expect(
            "GET", u"/_layouts/15/metadata/json/1"_s,
            test::FakeResponse{302, "moved", {{"Location", "http://other/_layouts/15/metadata/json/1"}}});
        server.expect("GET", u"/_layouts/15/metadata/json/1"_s, test::jsonResponse(200, "{\"keys\":[]}"));
        const QString port = QString::number(server.url().port());
        const QString out = runWithScript("server-probe.ps1", port);
        QCOMPARE(out.split(u'\n'), QStringList({u"302 http://other/_layouts/15/metadata/json/1 moved"_s,
                                                u"200  {\"keys\":[]}"_s}));
        QCOMPARE(server.requests().size(), 2);
        QCOMPARE(server.requests().first().headers.value("host"),
                 QByteArray("sharepoint:") + port.toLatin1());
        QVERIFY(!server.requests().first().headers.contains("authorization"));
    }

    // The probe's own HTTP reading: a chunked body, Content-Length, a body read to the end of the
    // connection, and when an answer is whole (a server may keep the connection open).
    void serverProbe_readsChunkedAndContentLengthAnswers()
    {
        const QString out = runWithScript("http-parse.ps1");
        QCOMPARE(out.split(u'\n'), QStringList({u"True 200 [] [{\"a\":1}  ]"_s, u"False 200 [] [{\"a\":]"_s,
                                                u"True 302 [http://other/x] [abc]"_s, u"False 200 [] [abc]"_s,
                                                u"False 200 [] [until the end]"_s}));
    }

    // https: TCP to the server, but TLS names the web application's host (SNI and the
    // certificate check), as a browser reaching that web application on that server would. The
    // lab tenant's certificate names localhost and 127.0.0.1, not portal.contoso.com.
    void serverProbe_overTls_checksTheWebApplicationsHostName()
    {
        QTemporaryDir dir;
        const lab::LabFolder folder(dir.path());
        QVERIFY(folder.ensureSeeded().ok());
        lab::LabTenantServer server(folder);
        const Status started = server.start();
        QVERIFY2(started.ok(), qPrintable(test::why(started)));
        const QString pem = dir.filePath(u"tenant-ca.pem"_s);
        QVERIFY(server.writeCertificatePem(pem).ok());
        QProcessEnvironment trust;
        trust.insert(u"SSL_CERT_FILE"_s, pem); // how .NET on Linux is told which CA to trust
        const QString out = runWithScript("server-probe-tls.ps1", QString::number(server.port()), trust);
        const QStringList lines = out.split(u'\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines[0].startsWith(u"localhost: HTTP "_s), qPrintable(out));
        QVERIFY2(lines[1].startsWith(u"portal.contoso.com: refused"_s), qPrintable(out));
    }

    // The script's own outbound GET: no redirect followed, no credentials, a size limit.
    void outboundGet_followsNoRedirectAndLimitsTheBody()
    {
        test::FakeHttpServer server;
        server.expect("GET", u"/moved"_s,
                      test::FakeResponse{302, {}, {{"Location", "http://elsewhere/doc"}}});
        server.expect("GET", u"/big"_s, test::FakeResponse{200, QByteArray(300000, 'x'), {}});
        const QString base = server.url().toString(QUrl::StripTrailingSlash);
        const QString out = runWithScript("outbound-get.ps1", base);
        QCOMPARE(out.split(u'\n'), QStringList({u"302 http://elsewhere/doc"_s, u"refused"_s}));
        QVERIFY(!server.requests().first().headers.contains("authorization"));
    }

    // The script's own outbound POST (trust.requestToken): the form as given, any status an
    // answer, no redirect followed, no credentials, a size limit.
    void outboundPost_postsTheFormFollowsNoRedirectAndLimitsTheBody()
    {
        test::FakeHttpServer server;
        server.expect("POST", u"/token"_s, test::jsonResponse(401, R"({"error":"invalid_client"})"));
        server.expect("POST", u"/moved"_s,
                      test::FakeResponse{302, {}, {{"Location", "http://elsewhere/token"}}});
        server.expect("POST", u"/big"_s, test::FakeResponse{200, QByteArray(300000, 'x'), {}});
        const QString base = server.url().toString(QUrl::StripTrailingSlash);
        const QString out = runWithScript("outbound-post.ps1", base);
        QCOMPARE(out.split(u'\n'), QStringList({u"401 {\"error\":\"invalid_client\"}"_s,
                                                u"302 http://elsewhere/token"_s, u"refused"_s}));
        const test::FakeRequest &posted = server.requests().first();
        QCOMPARE(posted.body, QByteArray("grant_type=client_credentials&resource=a%2Fb"));
        QVERIFY(posted.headers.value("content-type").startsWith("application/x-www-form-urlencoded"));
        QVERIFY(!posted.headers.contains("authorization"));
        QCOMPARE(server.requests().size(), 3); // the redirect was not followed
    }

    // New-S2SClientAssertion with the STS certificate the simulator gives (farm.json's certificate
    // and sts.signingKey): the JWT verifies with openssl against the certificate and carries the
    // claims of PROCEDURE.md; without the key the script fails with farm.sts-key-unavailable.
    void clientAssertion_verifiesWithOpensslAgainstTheStsCertificate()
    {
        QTemporaryDir dir;
        const lab::LabFolder lab(dir.path());
        QVERIFY(lab.ensureSeeded().ok());
        const auto config = lab::powerShellLabHost(
            lab, {lab::findPwsh(), sharePointSimulatorFolder(), labHostProgram()}, {});
        QVERIFY2(config.ok(), qPrintable(test::why(config)));
        const QJsonObject farm = lab.readFarm().value();
        const QByteArray der = QByteArray::fromBase64(
            farm[u"sts"][u"signingCertificate"].toString().toLatin1());
        const QString clientId = constants::spoAppId + u"@"_s + farm[u"realm"].toString();
        const QString endpoint = u"https://accounts.accesscontrol.windows.net/"_s + lab::seed::tenantId +
                                 u"/tokens/OAuth/2"_s;
        QStringList lines = runWithScript("client-assertion.ps1", endpoint, config->environment).split(u'\n');
        QCOMPARE(lines.value(0), u"hasKey True"_s);
        QVERIFY2(lines.value(1).startsWith(u"jwt "_s), qPrintable(lines.join(u'\n')));
        const QString problem = test::clientAssertionProblem(lines.value(1).mid(4).toLatin1(), der, clientId,
                                                             endpoint);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        QJsonObject keyless = farm;
        QJsonObject sts = keyless[u"sts"].toObject();
        sts.remove(u"signingKey"_s);
        keyless.insert(u"sts"_s, sts);
        QVERIFY(lab.writeFarm(keyless).ok());
        lines = runWithScript("client-assertion.ps1", endpoint, config->environment).split(u'\n');
        QCOMPARE(lines.value(0), u"hasKey False"_s);
        QVERIFY2(lines.value(1).startsWith(u"error farm.sts-key-unavailable "_s),
                 qPrintable(lines.join(u'\n')));
    }

    // What cannot be seen through the simulator, read from the script text.
    void scriptText_requestsParsedByTheJsonReaderAndRemotingTimesOut()
    {
        const QString script = code(hostScriptText());
        // Module Logging (event 4103) writes a cmdlet's parameter binding: never the request line.
        QVERIFY(!script.contains(u"ConvertFrom-Json"_s, Qt::CaseInsensitive));
        QVERIFY(script.contains(u"JsonReaderWriterFactory]::CreateJsonReader("_s));
        // Every remote call has the session options with the short open timeout.
        static const QRegularExpression invoke(u"Invoke-Command [^\\n]*"_s);
        int calls = 0;
        for (auto it = invoke.globalMatch(script); it.hasNext(); ++calls) {
            const QString line = it.next().captured(0);
            QVERIFY2(line.contains(u"-SessionOption $options"_s), qPrintable(line));
        }
        QVERIFY(calls >= 2);
        QVERIFY(script.contains(u"$option.OpenTimeout = "_s));
        // iisreset as Microsoft's article runs it: by name, without /noforce.
        QVERIFY(script.contains(u"$output = iisreset 2>&1"_s));
        QVERIFY(!script.contains(u"/noforce"_s, Qt::CaseInsensitive));
        QVERIFY(script.contains(u"OEMCodePage"_s));
        QVERIFY(script.contains(u"Set-StrictMode -Version 2.0"_s));
    }
};

QTEST_GUILESS_MAIN(TestFarmScript)
#include "tst_farmscript.moc"
