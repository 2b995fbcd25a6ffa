// engine/farm/powershell: the Windows PowerShell farm host script, embedded as resources. There is
// no PowerShell here, so this checks the contract with FarmOps.h and the rules of POWERSHELL.md on
// the text; the grammar check runs in the ps_syntax test (tests/tools/ps-syntax-check.mjs). Also
// the rule of engine/farm/ops: one operation, one descriptor.
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTimeZone>

#include "farm/FarmCodec.h"
#include "farm/FarmOps.h"
#include "farm/HostScript.h"
#include "farm/SystemPowerShell.h"
#include "lab/LabHostDispatcher.h"

using namespace Qt::StringLiterals;
using namespace s2s;

namespace {

// The script's code without its comments (whole-line comments and " # ..." at the end of a line).
QString code(const QString &script)
{
    QStringList lines;
    static const QRegularExpression trailing(u"\\s+#\\s.*$"_s);
    for (QString line : script.split(u'\n')) {
        if (line.trimmed().startsWith(u'#'))
            continue;
        line.remove(trailing);
        lines.append(line);
    }
    return lines.join(u'\n');
}

// The C++ files under `folders` of the source tree, path -> text.
QHash<QString, QString> sources(const QStringList &folders)
{
    QHash<QString, QString> files;
    for (const QString &folder : folders) {
        QDirIterator it(QStringLiteral(S2S_SOURCE_DIR "/") + folder, {u"*.h"_s, u"*.cpp"_s}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly))
                files.insert(file.fileName().mid(qsizetype(sizeof(S2S_SOURCE_DIR))),
                             QString::fromUtf8(file.readAll()));
        }
    }
    return files;
}

// The files of `files` whose text matches `pattern`.
QStringList filesMatching(const QHash<QString, QString> &files, const QRegularExpression &pattern)
{
    QStringList matching;
    for (auto it = files.begin(); it != files.end(); ++it)
        if (it.value().contains(pattern))
            matching.append(it.key());
    matching.sort();
    return matching;
}

} // namespace

class TestHostScript : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void scriptsAreEmbedded()
    {
        QVERIFY(hostScriptText().contains(u"function Start-S2SFarmHost"));
        QVERIFY(hostBootstrapText().contains(u"Start-S2SFarmHost"));
        QVERIFY(!hostScriptText().startsWith(QChar(0xfeff)));
        QVERIFY(!hostBootstrapText().startsWith(QChar(0xfeff)));
    }

    void operationsMatchTheContract()
    {
        const QStringList declared = hostScriptOperations();
        const QStringList contract = farm_ops::all();
        QCOMPARE(declared.size(), QSet<QString>(declared.begin(), declared.end()).size());
        const QSet<QString> inScript(declared.begin(), declared.end());
        const QSet<QString> inContract(contract.begin(), contract.end());
        const QStringList missing = QSet<QString>(inContract).subtract(inScript).values();
        const QStringList extra = QSet<QString>(inScript).subtract(inContract).values();
        if (!missing.isEmpty() || !extra.isEmpty())
            QFAIL(qPrintable(u"FarmHost.ps1 and FarmOps.h drifted apart: missing in the script [%1], "
                             "unknown to FarmOps.h [%2]"_s.arg(missing.join(u", "), extra.join(u", "))));
        QCOMPARE(inScript, inContract);
    }

    // A wire name is written once on the C++ side: in its descriptor (engine/farm/ops).
    void everyWireName_isDeclaredInOneEngineFile()
    {
        const QHash<QString, QString> engine = sources({u"engine"_s});
        QVERIFY(engine.size() > 50);
        for (const QString &name : farm_ops::all()) {
            const QString literal = u"\""_s + name + u"\""_s;
            const QStringList files = filesMatching(engine,
                                                    QRegularExpression(QRegularExpression::escape(literal)));
            QVERIFY2(files.size() == 1 && files.constFirst().startsWith(u"engine/farm/ops/"_s),
                     qPrintable(name + u": "_s + files.join(u", "_s)));
        }
    }

    // Adding an operation touches its descriptor, the step using it and the lab handler (and the
    // script): its identifier appears in at most three C++ files of the product.
    void everyOperation_isNamedInAtMostThreeFiles()
    {
        const QHash<QString, QString> descriptors = sources({u"engine/farm/ops"_s});
        static const QRegularExpression declaration(u"^struct (\\w+Op) :"_s,
                                                    QRegularExpression::MultilineOption);
        QStringList identifiers;
        for (const QString &text : descriptors)
            for (auto it = declaration.globalMatch(text); it.hasNext();)
                identifiers.append(it.next().captured(1));
        QCOMPARE(identifiers.size(), farm_ops::all().size());
        const QHash<QString, QString> product = sources({u"engine"_s, u"app"_s, u"wizard_pages"_s});
        for (const QString &identifier : identifiers) {
            const QStringList files = filesMatching(product,
                                                    QRegularExpression(u"\\b"_s + identifier + u"\\b"_s));
            QVERIFY2(files.size() <= 3, qPrintable(identifier + u": "_s + files.join(u", "_s)));
        }
    }

    void labHost_answersEveryOperation()
    {
        const lab::LabHostDispatcher host(lab::LabFolder(u"unused"_s), QString());
        QStringList answered = host.operations();
        QStringList contract = farm_ops::all();
        answered.sort();
        contract.sort();
        QCOMPARE(answered, contract);
    }

    void everyOperationHasItsFunction()
    {
        const QString script = hostScriptText();
        static const QRegularExpression entry(u"^\\s*'([^']+)'\\s*=\\s*'([A-Za-z0-9-]+)'\\s*$"_s,
                                              QRegularExpression::MultilineOption);
        int checked = 0;
        for (auto it = entry.globalMatch(script); it.hasNext();) {
            const auto match = it.next();
            const QString function = u"function "_s + match.captured(2) + u" {"_s;
            QVERIFY2(script.contains(function), qPrintable(u"%1 maps to %2, which is not defined"_s.arg(
                                                    match.captured(1), match.captured(2))));
            ++checked;
        }
        QCOMPARE(checked, int(farm_ops::all().size()));
    }

    void noCodeFromStringsAndNoStrayOutput_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("script");
        QTest::newRow("FarmHost.ps1") << u"FarmHost.ps1"_s << hostScriptText();
        QTest::newRow("Bootstrap.ps1") << u"Bootstrap.ps1"_s << hostBootstrapText();
    }

    void noCodeFromStringsAndNoStrayOutput()
    {
        QFETCH(QString, name);
        QFETCH(QString, script);
        const QString body = code(script);
        QVERIFY(!body.isEmpty());
        const QStringList forbidden{
            u"\\bInvoke-Expression\\b"_s, u"\\biex\\b"_s,  u"\\bWrite-Host\\b"_s, u"\\bWrite-Output\\b"_s,
            u"\\bOut-Host\\b"_s,          u"\\bpwsh\\b"_s, u"\\bAddScript\\b"_s,  u"\\bNewScriptBlock\\b"_s};
        for (const QString &pattern : forbidden)
            QVERIFY2(!body.contains(QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption)),
                     qPrintable(u"forbidden construct: "_s + pattern));
        // The only script block made from text is the bootstrap's own embedded script.
        const qsizetype creates = body.count(u"[ScriptBlock]::Create("_s, Qt::CaseInsensitive);
        QCOMPARE(creates, name == u"Bootstrap.ps1"_s ? 1 : 0);
    }

    void everyConvertToJsonHasDepth()
    {
        const QString body = code(hostScriptText() + u'\n' + hostBootstrapText());
        static const QRegularExpression call(u"ConvertTo-Json[^\\n]*"_s,
                                             QRegularExpression::CaseInsensitiveOption);
        int calls = 0;
        for (auto it = call.globalMatch(body); it.hasNext();) {
            const QString line = it.next().captured(0);
            QVERIFY2(line.contains(u"-Depth 10"_s), qPrintable(line));
            QVERIFY2(line.contains(u"-Compress"_s), qPrintable(line));
            QVERIFY2(line.contains(u"-InputObject"_s), qPrintable(line));
            ++calls;
        }
        QVERIFY(calls >= 1);
    }

    void protocolLinesAreFlushed()
    {
        const QString body = code(hostScriptText());
        QVERIFY(body.count(u"[Console]::Out.WriteLine("_s) >= 1);
        QCOMPARE(body.count(u"[Console]::Out.WriteLine("_s), body.count(u"[Console]::Out.Flush()"_s));
        for (const QString &rule :
             {u"$ProgressPreference = 'SilentlyContinue'"_s, u"$ConfirmPreference = 'None'"_s,
              u"$ErrorActionPreference = 'Stop'"_s, u"$Host.Runspace.ThreadOptions = 'ReuseThread'"_s,
              u"Microsoft.SharePoint.PowerShell"_s, u"SharePointServer"_s,
              u".ToUniversalTime().ToString('o'"_s, u"[Convert]::ToBase64String($Certificate.RawData)"_s})
            QVERIFY2(body.contains(rule), qPrintable(rule));
        // UTF-8 without BOM on both pipes, set first thing in the bootstrap.
        const QString bootstrap = code(hostBootstrapText());
        QVERIFY(bootstrap.contains(u"New-Object System.Text.UTF8Encoding $false"_s));
        QVERIFY(bootstrap.contains(u"[Console]::InputEncoding"_s));
        QVERIFY(bootstrap.contains(u"[Console]::OutputEncoding"_s));
    }

    void remotingNeverRunsSharePointCmdlets()
    {
        // Double hop: a SharePoint cmdlet inside Invoke-Command fails without CredSSP.
        const QString body = code(hostScriptText());
        static const QRegularExpression invoke(u"Invoke-Command[^\\n]*"_s);
        int calls = 0;
        for (auto it = invoke.globalMatch(body); it.hasNext();) {
            const QString line = it.next().captured(0);
            QVERIFY2(!line.contains(QRegularExpression(u"-SP[A-Z]"_s)), qPrintable(line));
            QVERIFY2(line.contains(u"-ComputerName"_s), qPrintable(line));
            ++calls;
        }
        QVERIFY(calls >= 1);
        QVERIFY(body.contains(u"Test-WSMan -ComputerName"_s));
        // The running STS certificate is read over HTTP from the server, not through remoting.
        QVERIFY(body.contains(u"/_layouts/15/metadata/json/1"_s));
    }

    void bootstrapFitsTheCommandLine()
    {
        const QString encoded = hostBootstrapEncoded();
        QVERIFY(!encoded.isEmpty());
        const QByteArray utf16 = QByteArray::fromBase64(encoded.toLatin1());
        QCOMPARE(utf16.size(), hostBootstrapText().size() * 2);
        // powershell.exe -NoLogo -NoProfile -NonInteractive -EncodedCommand <...> under 32,767.
        QVERIFY2(encoded.size() < 30000, qPrintable(QString::number(encoded.size())));
    }

    void launch_isWindowsPowerShell64WithTheEncodedBootstrapAndTheFramedScript()
    {
        const HostLaunch launch = powerShellHostLaunch();
        QCOMPARE(launch.program, systemPowerShellPath());
        QVERIFY(launch.program.endsWith(u"\\System32\\WindowsPowerShell\\v1.0\\powershell.exe"_s,
                                        Qt::CaseInsensitive));
        QVERIFY(!launch.program.contains(u"pwsh"_s) && !launch.program.contains(u"SysWOW64"_s));
        for (const QString &flag : {u"-NoLogo"_s, u"-NoProfile"_s, u"-NonInteractive"_s})
            QVERIFY(launch.arguments.contains(flag));
        const qsizetype encoded = launch.arguments.indexOf(u"-EncodedCommand"_s);
        QVERIFY(encoded >= 0);
        QCOMPARE(launch.arguments.value(encoded + 1), hostBootstrapEncoded());
        QCOMPARE(launch.initialInput, hostScriptFramed());
    }

    // The wizard runs elevated: %SystemRoot% and %windir% are the caller's to set, so PowerShell's
    // path comes from the system (GetSystemDirectoryW on Windows) and never moves with them.
    void powerShellPath_comesFromTheSystem_notFromTheEnvironment()
    {
        const QString before = systemPowerShellPath();
        const QString launchedBefore = powerShellHostLaunch().program;
        const QByteArray savedRoot = qgetenv("SystemRoot");
        const QByteArray savedWindir = qgetenv("windir");
        qputenv("SystemRoot", "C:\\Users\\Public\\evil");
        qputenv("windir", "C:\\Users\\Public\\evil");
        const QString after = systemPowerShellPath();
        const QString launchedAfter = powerShellHostLaunch().program;
        savedRoot.isNull() ? qunsetenv("SystemRoot") : qputenv("SystemRoot", savedRoot);
        savedWindir.isNull() ? qunsetenv("windir") : qputenv("windir", savedWindir);
        QCOMPARE(after, before);
        QCOMPARE(launchedAfter, launchedBefore);
        QVERIFY(!after.contains(u"evil"_s));
        QCOMPARE(after, systemDirectory() + u"\\WindowsPowerShell\\v1.0\\powershell.exe"_s);
#ifndef Q_OS_WIN
        QCOMPARE(systemDirectory(), u"C:\\Windows\\System32"_s);
#endif
    }

    void scriptIsFramedByUtf8Length()
    {
        const QByteArray framed = hostScriptFramed();
        const qsizetype newline = framed.indexOf('\n');
        QVERIFY(newline > 0);
        bool ok = false;
        const qsizetype length = framed.left(newline).toLongLong(&ok);
        QVERIFY(ok);
        QCOMPARE(length, framed.size() - newline - 1);
        QCOMPARE(QString::fromUtf8(framed.mid(newline + 1)), hostScriptText());
    }

    void farmDatesAndThumbprintsAreRead()
    {
        // What the script sends: .ToUniversalTime().ToString('o') has seven fractional digits.
        const QJsonObject json{{u"thumbprint"_s, u"ab12cd"_s},
                               {u"subject"_s, u"CN=SharePoint Security Token Service"_s},
                               {u"notBefore"_s, u"2024-05-01T10:20:30.1234567Z"_s},
                               {u"notAfter"_s, u"2039-05-01T10:20:30.0000000Z"_s},
                               {u"keyBits"_s, 2048},
                               {u"keyAlgorithm"_s, u"RSA"_s},
                               {u"rawData"_s, u"AQID"_s}};
        const CertificateInfo info = farm_codec::certificate(json);
        QCOMPARE(info.thumbprint, u"AB12CD"_s);
        QVERIFY(info.notBefore.isValid());
        QCOMPARE(info.notBefore.toUTC(),
                 QDateTime(QDate(2024, 5, 1), QTime(10, 20, 30, 123), QTimeZone::utc()));
        QCOMPARE(info.notAfter.toUTC(), QDateTime(QDate(2039, 5, 1), QTime(10, 20, 30), QTimeZone::utc()));
        QCOMPARE(info.der, QByteArray("\x01\x02\x03"));
    }

    // A missing field read as a default (an empty thumbprint as "needs an iisreset"): an answer
    // without a required field is a protocol error naming the operation and the field.
    void farmAnswerMissingARequiredField_isAProtocolErrorNamingTheOpAndField()
    {
        const QJsonObject certificate = farm_codec::toJson(sampleCertificate());
        QJsonObject noThumbprint = certificate;
        noThumbprint.remove(u"thumbprint"_s);
        QJsonObject emptyThumbprint = certificate;
        emptyThumbprint.insert(u"thumbprint"_s, u""_s);
        QJsonObject badDate = certificate;
        badDate.insert(u"notAfter"_s, u"soon"_s);
        const auto refused = [](const auto &decoded, const QString &op, const QString &field) {
            if (decoded.ok())
                return u"%1 was read"_s.arg(op);
            if (decoded.error().code != u"backend.farm-protocol" ||
                decoded.error().kind != ErrorKind::Backend || !decoded.error().message.contains(op) ||
                !decoded.error().message.contains(field))
                return decoded.error().code + u": "_s + decoded.error().message;
            return QString();
        };
        const QJsonObject sts{{u"allowOAuthOverHttp"_s, false}, {u"signingCertificate"_s, noThumbprint}};
        QCOMPARE(refused(farm_op::decodeResult<GetStsConfigOp>(sts), u"sts.get"_s, u"thumbprint"_s),
                 QString());
        QCOMPARE(refused(farm_op::decodeResult<GetRunningStsCertificateOp>(emptyThumbprint), u"sts.running"_s,
                         u"thumbprint"_s),
                 QString());
        QCOMPARE(refused(farm_op::decodeResult<GetRunningStsCertificateOp>(badDate), u"sts.running"_s,
                         u"notAfter"_s),
                 QString());
        QCOMPARE(refused(farm_op::decodeResult<GetStsConfigOp>(QJsonObject{{u"allowOAuthOverHttp"_s, true}}),
                         u"sts.get"_s, u"signingCertificate"_s),
                 QString());
        QCOMPARE(refused(farm_op::decodeResult<GetStsConfigOp>(QJsonValue()), u"sts.get"_s,
                         u"allowOAuthOverHttp"_s),
                 QString());
        QCOMPARE(refused(farm_op::decodeResult<HasRootCertificateOp>(QJsonValue()), u"cert.rootHas"_s,
                         u"boolean"_s),
                 QString());
        QCOMPARE(refused(farm_op::decodeResult<GetRealmOp>(QJsonValue(3)), u"realm.get"_s, u"string"_s),
                 QString());
        QCOMPARE(refused(farm_op::decodeResult<ListServersOp>(QJsonValue()), u"servers.list"_s, u"list"_s),
                 QString());
        QCOMPARE(refused(farm_op::decodeResult<ListServersOp>(
                             QJsonArray{QJsonObject{{u"role"_s, u"Application"_s}}}),
                         u"servers.list"_s, u"name"_s),
                 QString());
        QCOMPARE(refused(farm_op::decodeResult<ListWebApplicationsOp>(
                             QJsonArray{QJsonObject{{u"url"_s, u"https://portal.contoso.com/"_s},
                                                    {u"name"_s, u"Portal"_s},
                                                    {u"hasRootSite"_s, true}}}),
                         u"webapps.list"_s, u"zones"_s),
                 QString());
        QCOMPARE(refused(farm_op::decodeResult<ListProxiesOp>(QJsonArray{QJsonObject{{u"name"_s, u"ACS"_s}}}),
                         u"proxies.list"_s, u"id"_s),
                 QString());
        QCOMPARE(refused(farm_op::decodeResult<FetchFromFarmOp>(QJsonObject{{u"body"_s, u""_s}}),
                         u"outbound.fetch"_s, u"status"_s),
                 QString());
        QCOMPARE(refused(farm_op::decodeResult<RequestAcsTokenOp>(QJsonObject{{u"encoding"_s, u"x"_s}}),
                         u"trust.requestToken"_s, u"httpStatus"_s),
                 QString());
    }

    // What FarmHost.ps1 and the lab host send decodes: every field they always write, and the
    // ones they may leave out or empty (a token refusal's claims, an issuer's endpoint).
    void farmAnswerWithEveryRequiredField_decodes_andOptionalFieldsStayOptional()
    {
        const CertificateInfo certificate = sampleCertificate();
        const auto sts = farm_op::decodeResult<GetStsConfigOp>(
            farm_codec::toJson(StsConfigInfo{true, certificate}));
        QVERIFY2(sts.ok(), qPrintable(sts.ok() ? QString() : sts.error().message));
        QCOMPARE(sts->signingCertificate.thumbprint, certificate.thumbprint);
        const auto issuers = farm_op::decodeResult<ListTrustedIssuersOp>(
            farm_codec::toJsonArray(QList<TrustedIssuerInfo>{{u"ACS"_s, u"i@r"_s, u""_s, false}}));
        QVERIFY(issuers.ok());
        QVERIFY(farm_op::decodeResult<ListServersOp>(QJsonArray()).ok());
        QVERIFY(farm_op::decodeResult<SetRealmOp>(QJsonValue()).ok()); // no result at all
        const auto refusal = farm_op::decodeResult<RequestAcsTokenOp>(QJsonObject{
            {u"encoding"_s, u"client_credentials"_s}, {u"httpStatus"_s, 401}, {u"accepted"_s, false}});
        QVERIFY(refusal.ok());
        QCOMPARE(refusal->httpStatus, 401);
        QVERIFY(farm_op::decodeResult<RequestAcsTokenOp>(farm_codec::toJson(AcsTokenAnswer{})).ok());
        const auto provider = farm_op::decodeResult<GetAuthenticationProviderOp>(
            farm_codec::toJson(AuthenticationProviderInfo{u""_s, false, true, true}));
        QVERIFY(provider.ok());
    }

private:
    static CertificateInfo sampleCertificate()
    {
        CertificateInfo certificate;
        certificate.thumbprint = u"AB12CD"_s;
        certificate.subject = u"CN=SharePoint Security Token Service"_s;
        certificate.notBefore = QDateTime(QDate(2024, 5, 1), QTime(10, 20, 30), QTimeZone::utc());
        certificate.notAfter = QDateTime(QDate(2039, 5, 1), QTime(10, 20, 30), QTimeZone::utc());
        certificate.keyBits = 2048;
        certificate.keyAlgorithm = u"RSA"_s;
        certificate.der = QByteArray("\x01\x02\x03");
        return certificate;
    }
};

QTEST_GUILESS_MAIN(TestHostScript)
#include "tst_hostscript.moc"
