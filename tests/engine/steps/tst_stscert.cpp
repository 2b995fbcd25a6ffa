// Step 3 (STS certificate) and step 6's per-server comparison against the lab: generate, import
// and keep; the lab host opens the PFX for real; servers change only when reset; re-runs change
// nothing; the PFX password never reaches the session, the transcript or the log.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <QCoro/QCoroTask>

#include "LabFixture.h"
#include "crypto/Certificate.h"
#include "crypto/OwnerOnlyAccess.h"
#include "crypto/Pkcs12.h"
#include "crypto/StsCertificate.h"
#include "farm/FarmOps.h"
#include "secrets/FallbackSecretStore.h"
#include "session/TranscriptExport.h"
#include "steps/StsCertificatePreview.h"
#include "steps/StsCertificateSource.h"
#include "workbench/Report.h"
#include "workbench/SessionInputsSetup.h"

using namespace Qt::StringLiterals;
using namespace s2s;
using s2s::test::LabFixture;

namespace {

const QString canary = u"Canary-7Qx9-Never-Written"_s;

// Everything Qt logs while the tests run: the wizard's log file receives exactly these lines.
QStringList &logLines()
{
    static QStringList lines;
    return lines;
}

void collectLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    logLines().append(message);
}

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// A PFX made outside the wizard, as an admin brings one to import.
QByteArray foreignPfx(const QString &password)
{
    crypto::StsCertificateOptions options;
    options.subject = u"CN=Contoso STS import"_s;
    const auto made = crypto::generateStsCertificate(options);
    if (!made)
        qFatal("keygen failed");
    return crypto::exportPfx(*made, password).value();
}

void choose(LabFixture &lab, const CertificateChoice &choice)
{
    SessionInputs inputs = lab.session().inputs();
    inputs.certificate = choice;
    lab.runner().changeInputs(inputs);
}

QJsonObject server(const QJsonObject &farm, const QString &name)
{
    for (const QJsonValue &value : farm.value(u"servers").toArray())
        if (value[u"name"].toString() == name)
            return value.toObject();
    return {};
}

QString thumbprintOf(const QJsonValue &base64)
{
    return crypto::sha1Thumbprint(QByteArray::fromBase64(base64.toString().toLatin1()));
}

int transcriptCount(const Session &session, const QString &commandStart)
{
    int count = 0;
    for (const TranscriptEntry &entry : session.transcript().entries())
        count += entry.command.startsWith(commandStart) ? 1 : 0;
    return count;
}

// An operation that returns nothing shows the host's own records only (under either lab farm).
bool onlyHostRecords(const QString &output)
{
    for (const QString &line : output.split(u'\n', Qt::SkipEmptyParts))
        if (!line.startsWith(u"VERBOSE: "_s) && !line.startsWith(u"WARNING: "_s))
            return false;
    return true;
}

const QStringList sharePointServers{u"SP-WFE1"_s, u"SP-WFE2"_s, u"SP-APP1"_s};

// Stands in for a working OS credential store: keeps secrets (in memory, for the test) and says so.
class LastingStore final : public secrets::SecretStore {
public:
    QString kind() const override { return u"keychain"_s; }
    QCoro::Task<Result<std::optional<QString>>> read(QString key) override { return m_memory.read(key); }
    QCoro::Task<Status> write(QString key, QString secret) override { return m_memory.write(key, secret); }
    QCoro::Task<Status> remove(QString key) override { return m_memory.remove(key); }

private:
    secrets::MemorySecretStore m_memory;
};

// An OS credential store that fails every call, as a locked keyring or a missing Secret Service.
class BrokenStore final : public secrets::SecretStore {
public:
    QString kind() const override { return u"keychain"_s; }
    QCoro::Task<Result<std::optional<QString>>> read(QString) override
    {
        const Error broken = failure();
        co_return broken;
    }
    QCoro::Task<Status> write(QString, QString) override
    {
        const Error broken = failure();
        co_return broken;
    }
    QCoro::Task<Status> remove(QString) override
    {
        const Error broken = failure();
        co_return broken;
    }

private:
    static Error failure() { return Error{u"secrets.unavailable"_s, u"No Secret Service."_s, {}, {}}; }
};

// Records every path made owner-only, and makes it so through the platform's implementation.
class RecordingOwnerOnlyAccess final : public crypto::OwnerOnlyAccess {
public:
    RecordingOwnerOnlyAccess() { crypto::setOwnerOnlyAccess(this); }
    ~RecordingOwnerOnlyAccess() override { crypto::setOwnerOnlyAccess(nullptr); }
    Status restrict(const QString &path) override
    {
        paths.append(path);
        return m_platform->restrict(path);
    }
    QStringList paths;

private:
    std::unique_ptr<crypto::OwnerOnlyAccess> m_platform = crypto::platformOwnerOnlyAccess();
};

bool isOwnerOnly(const QString &path)
{
    return QFileInfo(path).permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                             QFileDevice::ReadUser | QFileDevice::WriteUser);
}

} // namespace

class TestStsCertificate : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_files;

    CertificateChoice generateChoice(const QString &name) const
    {
        CertificateChoice choice;
        choice.mode = CertificateMode::Generate;
        choice.pfx = m_files.filePath(name + u".pfx"_s);
        choice.passwordFile = writeFile(m_files.filePath(name + u".pw"_s), canary.toUtf8() + "\n");
        return choice;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qInstallMessageHandler(collectLog);
    }

    // Two wizards generating in the same second (a second window; tst_pages beside tst_pages_fr
    // failed so) pick different names: neither file exists until its key is made, and the later
    // writer would refuse to overwrite the other's PFX.
    void newDefaultPfxPath_isNotTakenByAnotherGenerationInTheSameSecond()
    {
        const QString first = newDefaultPfxPath();
        const QString second = newDefaultPfxPath();
        QVERIFY2(first != second, qPrintable(first));
        for (const QString &path : {first, second}) {
            QCOMPARE(QFileInfo(path).absolutePath(), defaultCertificateFolder());
            QVERIFY2(path.endsWith(u".pfx"_s), qPrintable(path));
        }
    }

    void generate_replacesTheCertificateOnEveryServer()
    {
        LabFixture lab;
        QCOMPARE(lab.runThrough(StepId::OAuthOverHttp), StepState::Validated);
        const CertificateChoice choice = generateChoice(u"generated"_s);
        choose(lab, choice);
        QCOMPARE(lab.run(StepId::StsCertificate), StepState::Validated);

        const StsCertificateRecord record = lab.session().variables().stsCertificate;
        QCOMPARE(record.source, StsCertificateRecord::generated);
        QVERIFY(QRegularExpression(u"^[0-9A-F]{40}$"_s).match(record.thumbprint).hasMatch());
        QCOMPARE(record.pfxPath, choice.pfx);
        QCOMPARE(QFileInfo(record.pfxPath).permissions() & (QFile::ReadGroup | QFile::ReadOther),
                 QFileDevice::Permissions());
        QVERIFY(QFile::exists(m_files.filePath(u"generated.cer"_s)));
        const auto opened = crypto::readPfxFile(record.pfxPath, canary);
        QVERIFY(opened.ok());
        QCOMPARE(opened->certificate.info.thumbprint, record.thumbprint);

        const QJsonObject farm = lab.farm();
        QCOMPARE(thumbprintOf(farm[u"sts"][u"signingCertificate"]), record.thumbprint);
        for (const QString &name : sharePointServers) {
            const QJsonObject entry = server(farm, name);
            QCOMPARE(thumbprintOf(entry.value(u"runningSigningCertificate")), record.thumbprint);
            QCOMPARE(entry.value(u"rootCertificates").toArray().size(), 1);
        }
        QVERIFY(!server(farm, u"SP-SQL1"_s).contains(u"rootCertificates"));
        QCOMPARE(lab.check(StepId::StsCertificate, u"sts-cert-same-on-all-servers"_s)->status,
                 CheckStatus::Pass);
        QCOMPARE(transcriptCount(lab.session(), u"Invoke-Command -ComputerName 'SP-SQL1'"_s), 0);

        const QJsonObject report = buildReport(lab.session(), lab.runner().steps(), u"auto"_s, 0,
                                               *lab.backends().farm, *lab.backends().tenant);
        QCOMPARE(report[u"certificate"][u"thumbprint"].toString(), record.thumbprint);
        QCOMPARE(report[u"certificate"][u"keySize"].toInt(), 2048);
        QCOMPARE(report[u"certificate"][u"cer"].toString(), m_files.filePath(u"generated.cer"_s));
    }

    // The transcript shows the command and what the host returned: no made-up cmdlet output
    // (iisreset's "Internet services successfully restarted", Test-WSMan's wsmid, a status code).
    void transcript_showsOnlyWhatTheHostReturned()
    {
        LabFixture lab;
        QCOMPARE(lab.runThrough(StepId::OAuthOverHttp), StepState::Validated);
        choose(lab, generateChoice(u"transcript"_s));
        QCOMPARE(lab.run(StepId::StsCertificate), StepState::Validated);
        QCOMPARE(lab.run(StepId::Connect), StepState::Validated);
        int resets = 0;
        int remotingTests = 0;
        for (const TranscriptEntry &entry : lab.session().transcript().entries()) {
            QVERIFY2(!entry.output.contains(u"successfully restarted"_s) &&
                         !entry.output.contains(u"wsmid"_s),
                     qPrintable(entry.output));
            if (entry.command.startsWith(u"Invoke-Command"_s) && entry.command.contains(u"iisreset"_s)) {
                ++resets;
                QVERIFY2(onlyHostRecords(entry.output), qPrintable(entry.output));
            }
            if (entry.command.startsWith(u"Test-WSMan"_s)) {
                ++remotingTests;
                QVERIFY2(onlyHostRecords(entry.output), qPrintable(entry.output));
            }
            if (entry.command.startsWith(u"Invoke-WebRequest"_s))
                QVERIFY2(entry.output.contains(u"StatusCode : 200\n"_s), qPrintable(entry.output));
        }
        QCOMPARE(resets, sharePointServers.size());
        QCOMPARE(remotingTests, sharePointServers.size());
    }

    void rerun_importsAndResetsNothingTwice()
    {
        LabFixture lab;
        QCOMPARE(lab.runThrough(StepId::OAuthOverHttp), StepState::Validated);
        choose(lab, generateChoice(u"rerun"_s));
        QCOMPARE(lab.run(StepId::StsCertificate), StepState::Validated);
        const QJsonObject farmBefore = lab.farm();
        const QString thumbprint = lab.session().variables().stsCertificate.thumbprint;
        const int imports = transcriptCount(
            lab.session(), u"Invoke-Command -ComputerName 'SP-WFE1' -ScriptBlock { param($bytes"_s);
        const int resets = transcriptCount(
            lab.session(), u"Invoke-Command -ComputerName 'SP-WFE1' -ScriptBlock { iisreset"_s);
        QCOMPARE(imports, 1);
        QCOMPARE(resets, 1);

        QCOMPARE(lab.run(StepId::StsCertificate), StepState::Validated);
        QCOMPARE(lab.session().variables().stsCertificate.thumbprint, thumbprint);
        QCOMPARE(transcriptCount(lab.session(),
                                 u"Invoke-Command -ComputerName 'SP-WFE1' -ScriptBlock { param($bytes"_s),
                 imports);
        QCOMPARE(transcriptCount(lab.session(),
                                 u"Invoke-Command -ComputerName 'SP-WFE1' -ScriptBlock { iisreset"_s),
                 resets);
        QCOMPARE(lab.farm(), farmBefore);
    }

    void generatedPassword_isKeptInTheSecretStore_andAskedForWhenGone()
    {
        LabFixture lab;
        LastingStore lasting; // a credential store that works
        lab.runner().setSecretStore(lasting);
        CertificateChoice choice;
        choice.mode = CertificateMode::Generate;
        choice.pfx = m_files.filePath(u"stored.pfx"_s);
        choose(lab, choice);
        QCOMPARE(lab.run(StepId::StsCertificate), StepState::Validated);
        secrets::SecretStore &store = lasting;
        QVERIFY(lab.session().inputs().certificate.passwordFile.isEmpty()); // the store keeps it
        const auto password = QCoro::waitFor(store.read(pfxPasswordKey(choice.pfx)));
        QVERIFY(password.ok() && password->has_value());
        QVERIFY(password->value().size() >= 20);
        QVERIFY(crypto::readPfxFile(choice.pfx, password->value()).ok());
        QVERIFY(!QJsonDocument(lab.session().toJson()).toJson().contains(password->value().toUtf8()));

        QVERIFY(QCoro::waitFor(store.remove(pfxPasswordKey(choice.pfx))).ok());
        QCOMPARE(lab.run(StepId::StsCertificate), StepState::Validated); // installed: no PFX needed
        lab.editFarm([](QJsonObject &farm) {
            test::setInArray(farm, u"servers"_s, u"name"_s, u"SP-APP1"_s, u"rootCertificates"_s,
                             QJsonArray());
        });
        QCOMPARE(lab.run(StepId::StsCertificate), StepState::Failed);
        QCOMPARE(lab.session().step(StepId::StsCertificate).error->code, u"input.certificate-password"_s);
    }

    // A generated password only memory would keep: the PFX could never be opened again, and a
    // run that stopped half-way could not resume. The step stops before any file or farm change.
    void generatedPassword_withoutACredentialStore_stopsBeforeAnyFileOrFarmChange()
    {
        LabFixture lab;
        secrets::FallbackSecretStore fallback(std::make_unique<BrokenStore>(), {});
        lab.runner().setSecretStore(fallback);
        lab.runner().setPasswordFileFolder({}); // not the lab's rule: a real farm's
        QCOMPARE(lab.runThrough(StepId::OAuthOverHttp), StepState::Validated);
        const QJsonObject farmBefore = lab.farm();
        CertificateChoice choice;
        choice.mode = CertificateMode::Generate;
        choice.pfx = m_files.filePath(u"unkept.pfx"_s);
        choose(lab, choice);
        QCOMPARE(lab.run(StepId::StsCertificate), StepState::Failed);
        const Error error = *lab.session().step(StepId::StsCertificate).error;
        QCOMPARE(error.code, u"secrets.pfx-password-not-kept"_s);
        QVERIFY2(error.remedy.contains(u"certificate.passwordFile"_s), qPrintable(error.remedy));
        QVERIFY2(error.remedy.contains(u"gnome-keyring"_s), qPrintable(error.remedy));
        QVERIFY2(error.remedy.contains(u"Credential Manager"_s), qPrintable(error.remedy));
        QVERIFY(!QFile::exists(choice.pfx));
        QVERIFY(!QFile::exists(m_files.filePath(u"unkept.cer"_s)));
        QCOMPARE(lab.farm(), farmBefore);

        // The remedy works: a password file, and the same step goes through.
        choice.passwordFile = writeFile(m_files.filePath(u"unkept.pw"_s), "Admin-Chosen-Pw-1\n");
        choose(lab, choice);
        QCOMPARE(lab.run(StepId::StsCertificate), StepState::Validated);
        QVERIFY(crypto::readPfxFile(choice.pfx, u"Admin-Chosen-Pw-1"_s).ok());
    }

    // In the lab, no credential store: the generated password goes to an owner-only file in the
    // lab folder, which the session names as the password file, so that the next run opens the PFX.
    void generatedPassword_inTheLab_goesToAnOwnerOnlyFileTheSessionNames()
    {
        LabFixture lab;
        QCOMPARE(lab.backends().secrets->kind(), u"memory"_s);
        CertificateChoice choice;
        choice.mode = CertificateMode::Generate;
        choice.pfx = m_files.filePath(u"labkept.pfx"_s);
        choose(lab, choice);
        QCOMPARE(lab.run(StepId::StsCertificate), StepState::Validated);
        const QString passwordFile = lab.session().inputs().certificate.passwordFile;
        QVERIFY2(passwordFile.startsWith(lab.labDir() + u"/secrets/"_s), qPrintable(passwordFile));
        QVERIFY(isOwnerOnly(passwordFile));
        QFile file(passwordFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString password = QString::fromUtf8(file.readLine()).trimmed();
        QVERIFY(password.size() >= 20);
        QVERIFY(crypto::readPfxFile(choice.pfx, password).ok());
        QVERIFY(!QJsonDocument(lab.session().toJson()).toJson().contains(password.toUtf8()));
        QVERIFY(!QCoro::waitFor(lab.backends().secrets->read(pfxPasswordKey(choice.pfx)))->has_value());
        // What the page's "Copy the PFX password" reads: the recorded file, not the empty store.
        const auto stored = QCoro::waitFor(
            storedPfxPassword(*lab.backends().secrets, lab.session().inputs().certificate, choice.pfx));
        QVERIFY(stored.ok() && stored->has_value());
        QCOMPARE(stored->value(), password);

        // A later run needs the PFX again (a server lost it): the recorded file opens it.
        lab.editFarm([](QJsonObject &farm) {
            test::setInArray(farm, u"servers"_s, u"name"_s, u"SP-APP1"_s, u"rootCertificates"_s,
                             QJsonArray());
        });
        QCOMPARE(lab.run(StepId::StsCertificate), StepState::Validated);
    }

    // Every file the step writes (PFX, CER, the lab's password file, the certificate folder) is made
    // owner-only through the one interface (on Windows a protected DACL), and ends 0600 here.
    void everyPrivateFile_goesThroughOwnerOnlyAccess_andEnds0600()
    {
        RecordingOwnerOnlyAccess recording;
        LabFixture lab;
        CertificateChoice choice;
        choice.mode = CertificateMode::Generate;
        choice.pfx = m_files.filePath(u"recorded.pfx"_s);
        choose(lab, choice);
        QCOMPARE(lab.run(StepId::StsCertificate), StepState::Validated);
        const QString cer = m_files.filePath(u"recorded.cer"_s);
        const QString passwordFile = lab.session().inputs().certificate.passwordFile;
        for (const QString &path : {choice.pfx, cer, passwordFile}) {
            QVERIFY2(isOwnerOnly(path), qPrintable(path));
            // Restricted while a temporary file beside it, before the first byte.
            const QString folder = QFileInfo(path).absolutePath();
            const QString prefix = folder + u"/."_s + QFileInfo(path).fileName() + u"."_s;
            QVERIFY2(std::any_of(recording.paths.begin(), recording.paths.end(),
                                 [&](const QString &p) { return p.startsWith(prefix); }),
                     qPrintable(recording.paths.join(u'\n')));
        }
        QVERIFY(recording.paths.contains(QFileInfo(passwordFile).absolutePath()));

        // The default folder too, when the admin names no path.
        choice.pfx.clear();
        choice.keyBits = 3072; // another certificate
        choose(lab, choice);
        const StepState second = lab.run(StepId::StsCertificate);
        QVERIFY2(second == StepState::Validated,
                 qPrintable(lab.session().step(StepId::StsCertificate).error.value_or(Error{}).toText()));
        QVERIFY(recording.paths.contains(defaultCertificateFolder()));
        QCOMPARE(QFileInfo(defaultCertificateFolder()).permissions() & ~QFileDevice::Permissions(0x7700),
                 QFileDevice::Permissions());
        QVERIFY(isOwnerOnly(lab.session().variables().stsCertificate.pfxPath));
    }

    // A .cer where the new PFX's certificate would go is never overwritten: the step stops before
    // it makes a key or writes anything, and names the file.
    void existingCer_besideANewPfx_isRefusedBeforeAnythingIsWritten()
    {
        LabFixture lab;
        const QString cer = writeFile(m_files.filePath(u"taken.cer"_s), "someone else's certificate");
        CertificateChoice choice = generateChoice(u"taken"_s);
        choose(lab, choice);
        QCOMPARE(lab.run(StepId::StsCertificate), StepState::Failed);
        const Error error = *lab.session().step(StepId::StsCertificate).error;
        QVERIFY2(error.message.contains(QDir::toNativeSeparators(cer)), qPrintable(error.message));
        QVERIFY2(error.remedy.contains(u"certificate.pfx"_s), qPrintable(error.remedy));
        QVERIFY(!QFile::exists(choice.pfx));
        QFile kept(cer);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("someone else's certificate"));
    }

    void labHost_refusesAWrongPasswordLikeWindows()
    {
        LabFixture lab;
        const QByteArray pfx = foreignPfx(u"right password"_s);
        const auto refused = QCoro::waitFor(
            lab.backends().farm->call<ImportPfxOp>(u"SP-WFE1"_s, PfxData{pfx, u"wrong password"_s}));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().message, u"The specified network password is not correct."_s);
        QVERIFY(!server(lab.farm(), u"SP-WFE1"_s).contains(u"rootCertificates"));
        const auto signing = QCoro::waitFor(
            lab.backends().farm->call<SetStsSigningCertificateOp>(PfxData{pfx, u"wrong password"_s}));
        QCOMPARE(signing.error().message, u"The specified network password is not correct."_s);

        const auto imported = QCoro::waitFor(
            lab.backends().farm->call<ImportPfxOp>(u"SP-WFE1"_s, PfxData{pfx, u"right password"_s}));
        QVERIFY(imported.ok());
        QVERIFY(QCoro::waitFor(
                    lab.backends().farm->call<HasRootCertificateOp>(u"SP-WFE1"_s, imported->thumbprint))
                    .value());
        QVERIFY(!QCoro::waitFor(
                     lab.backends().farm->call<HasRootCertificateOp>(u"SP-WFE2"_s, imported->thumbprint))
                     .value());
    }

    void serverNotReset_stillServesTheOldCertificate_andFailsSameOnAllServers()
    {
        LabFixture lab;
        FarmBackend &farm = *lab.backends().farm;
        const QString old = QCoro::waitFor(farm.call<GetRunningStsCertificateOp>(u"SP-WFE2"_s))->thumbprint;
        const PfxData pfx{foreignPfx(u"pw"_s), u"pw"_s};
        const auto installed = QCoro::waitFor(farm.call<SetStsSigningCertificateOp>(pfx));
        QVERIFY(installed.ok());
        QCOMPARE(QCoro::waitFor(farm.call<GetRunningStsCertificateOp>(u"SP-WFE1"_s))->thumbprint, old);
        QVERIFY(QCoro::waitFor(farm.call<ResetServerOp>(u"SP-WFE1"_s)).ok());
        QCOMPARE(QCoro::waitFor(farm.call<GetRunningStsCertificateOp>(u"SP-WFE1"_s))->thumbprint,
                 installed->thumbprint);
        QCOMPARE(QCoro::waitFor(farm.call<GetRunningStsCertificateOp>(u"SP-WFE2"_s))->thumbprint, old);

        QCOMPARE(lab.validate(StepId::StsCertificate), StepState::Failed);
        const auto same = lab.check(StepId::StsCertificate, u"sts-cert-same-on-all-servers"_s);
        QCOMPARE(same->status, CheckStatus::Fail);
        QVERIFY(same->actual.contains(u"SP-WFE2: "_s + old));
        QVERIFY(same->actual.contains(u"SP-APP1"_s));
        QVERIFY(!same->actual.contains(u"SP-WFE1"_s));
    }

    void noSharePointServer_isNoEvidence_sameOnAllServersFails()
    {
        LabFixture lab;
        lab.editFarm([](QJsonObject &farm) {
            for (const QString &name : sharePointServers)
                test::setInArray(farm, u"servers"_s, u"name"_s, name, u"role"_s, u"Invalid"_s);
        });
        QCOMPARE(lab.validate(StepId::StsCertificate), StepState::Failed);
        const auto same = lab.check(StepId::StsCertificate, u"sts-cert-same-on-all-servers"_s);
        QVERIFY(same);
        QCOMPARE(same->status, CheckStatus::Fail);
    }

    void unconfirmedOutage_changesNothingOnTheFarm()
    {
        LabFixture lab;
        SessionInputs inputs = lab.session().inputs();
        inputs.confirmations.insert(u"outage"_s, false);
        lab.runner().changeInputs(inputs);
        choose(lab, generateChoice(u"unconfirmed"_s));
        const QJsonObject before = lab.farm();
        QCOMPARE(lab.run(StepId::StsCertificate), StepState::Failed);
        QCOMPARE(lab.session().step(StepId::StsCertificate).error->code, u"confirm.outage"_s);
        QCOMPARE(lab.farm(), before);
    }

    void importedPfx_withWrongPasswordFile_stopsWithAnInputError()
    {
        LabFixture lab;
        CertificateChoice choice;
        choice.mode = CertificateMode::Import;
        choice.pfx = writeFile(m_files.filePath(u"import-wrong.pfx"_s), foreignPfx(u"right"_s));
        choice.passwordFile = writeFile(m_files.filePath(u"import-wrong.pw"_s), "not it\n");
        choose(lab, choice);
        const QJsonObject before = lab.farm();
        QCOMPARE(lab.run(StepId::StsCertificate), StepState::Failed);
        const Error error = *lab.session().step(StepId::StsCertificate).error;
        QCOMPARE(error.code, u"input.certificate"_s);
        QVERIFY(error.message.contains(u"password"_s));
        QCOMPARE(lab.farm(), before);
    }

    void generate_neverOverwritesAnExistingFile()
    {
        LabFixture lab;
        CertificateChoice choice = generateChoice(u"occupied"_s);
        writeFile(choice.pfx, "an admin's own file");
        choose(lab, choice);
        QCOMPARE(lab.run(StepId::StsCertificate), StepState::Failed);
        QCOMPARE(lab.session().step(StepId::StsCertificate).error->code, u"input.certificate"_s);
        QFile file(choice.pfx);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("an admin's own file"));
    }

    void passwordAndPfx_neverReachSessionTranscriptOrLog()
    {
        LabFixture lab;
        logLines().clear();
        const QByteArray pfx = foreignPfx(canary);
        CertificateChoice choice;
        choice.mode = CertificateMode::Import;
        choice.pfx = writeFile(m_files.filePath(u"canary.pfx"_s), pfx);
        choice.passwordFile = writeFile(m_files.filePath(u"canary.pw"_s), canary.toUtf8());
        choose(lab, choice);
        QCOMPARE(lab.runThrough(StepId::UploadCertificate), StepState::Validated);
        QCOMPARE(lab.session().variables().stsCertificate.source, StsCertificateRecord::imported);

        const QString pfxText = QString::fromLatin1(pfx.toBase64());
        const QStringList haystacks{QString::fromUtf8(QJsonDocument(lab.session().toJson()).toJson()),
                                    transcriptAsText(lab.session()), transcriptAsHtml(lab.session()),
                                    transcriptAsJson(lab.session()), logLines().join(u'\n')};
        for (const QString &text : haystacks) {
            QVERIFY(!text.isEmpty());
            QVERIFY(!text.contains(canary));
            QVERIFY(!text.contains(pfxText.mid(200, 60))); // any slice of the PFX's base64
        }
        QVERIFY(transcriptAsText(lab.session()).contains(u"Import-PfxCertificate"_s));
    }

    void uploadValidation_comparesEveryServersRunningCertificateWithTheTenantKeys()
    {
        LabFixture lab;
        choose(lab, generateChoice(u"upload"_s));
        QCOMPARE(lab.runThrough(StepId::UploadCertificate), StepState::Validated);
        const QString thumbprint = lab.session().variables().stsCertificate.thumbprint;
        bool uploaded = false;
        for (const QJsonValue &key : lab.spoPrincipal().value(u"keyCredentials").toArray())
            uploaded = uploaded || thumbprintOf(key[u"key"]) == thumbprint;
        QVERIFY(uploaded);

        // SP-APP1 serves a certificate the tenant never received.
        const auto other = crypto::generateSelfSigned(u"Other"_s, 2048, 365);
        lab.editFarm([&other](QJsonObject &farm) {
            test::setInArray(farm, u"servers"_s, u"name"_s, u"SP-APP1"_s, u"runningSigningCertificate"_s,
                             QString::fromLatin1(other->der.toBase64()));
        });
        QCOMPARE(lab.validate(StepId::UploadCertificate), StepState::Failed);
        const auto onPrincipal = lab.check(StepId::UploadCertificate, u"sts-cert-on-spo-principal"_s);
        QVERIFY(onPrincipal->actual.contains(u"SP-APP1: no key"_s));
        QVERIFY(onPrincipal->actual.contains(u"SP-WFE1: key present"_s));
    }

    void keep_withACertificateExpiringSoon_warnsButValidates()
    {
        LabFixture lab;
        const auto soon = crypto::generateSelfSigned(u"Expiring STS"_s, 2048, 30);
        const QString base64 = QString::fromLatin1(soon->der.toBase64());
        lab.editFarm([&base64](QJsonObject &farm) {
            QJsonObject sts = farm.value(u"sts").toObject();
            sts.insert(u"signingCertificate"_s, base64);
            farm.insert(u"sts"_s, sts);
            for (const QString &name : sharePointServers)
                test::setInArray(farm, u"servers"_s, u"name"_s, name, u"runningSigningCertificate"_s, base64);
        });
        QCOMPARE(lab.run(StepId::StsCertificate), StepState::Validated);
        QCOMPARE(lab.check(StepId::StsCertificate, u"sts-cert-validity"_s)->status, CheckStatus::Warn);
        QCOMPARE(lab.session().variables().stsCertificate.source, StsCertificateRecord::current);
    }

    // The page shows only the certificate the current choice uses: keep shows the farm's current
    // one, generate and import the one they prepared, and nothing prepared for another choice.
    void preview_showsOnlyTheCertificateTheChoiceUses()
    {
        StsCertificateRecord current;
        current.source = StsCertificateRecord::current;
        current.thumbprint = u"AA"_s.repeated(20);
        StsCertificateRecord generated = current;
        generated.source = StsCertificateRecord::generated;
        generated.keyBits = 2048;
        generated.notBefore = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        generated.notAfter = generated.notBefore.addYears(2);
        generated.pfxPath = QDir::current().absoluteFilePath(u"sts.pfx"_s);

        CertificateChoice keep;
        CertificateChoice generate;
        generate.mode = CertificateMode::Generate;
        CertificateChoice import;
        import.mode = CertificateMode::Import;
        import.pfx = generated.pfxPath;
        using Kind = StsCertificatePreview::Kind;

        const StsCertificatePreview kept = stsCertificatePreview(keep, current);
        QVERIFY(kept.kind == Kind::Current);
        QCOMPARE(kept.record.thumbprint, current.thumbprint);
        QVERIFY(!kept.offersPfxPassword);
        const StsCertificatePreview made = stsCertificatePreview(generate, generated);
        QVERIFY(made.kind == Kind::ToInstall);
        QVERIFY(made.offersPfxPassword);
        // Prepared for another choice (or another key size): nothing to show yet.
        QVERIFY(stsCertificatePreview(keep, generated).kind == Kind::None);
        QVERIFY(stsCertificatePreview(generate, current).kind == Kind::None);
        QVERIFY(stsCertificatePreview(import, generated).kind == Kind::None);
        CertificateChoice bigger = generate;
        bigger.keyBits = 4096;
        QVERIFY(stsCertificatePreview(bigger, generated).kind == Kind::None);
        QVERIFY(stsCertificatePreview(generate, {}).kind == Kind::None);
        QVERIFY(stsCertificatePreview(generate, {}).record.isEmpty());
        // An opened PFX offers its password too (typed by the admin, kept in the store).
        StsCertificateRecord imported = generated;
        imported.source = StsCertificateRecord::imported;
        const StsCertificatePreview opened = stsCertificatePreview(import, imported);
        QVERIFY(opened.kind == Kind::ToInstall && opened.offersPfxPassword);
    }

    void answers_takeEveryCertificateKey()
    {
        const QString passwordFile = writeFile(m_files.filePath(u"answers.pw"_s), "x\n");
        const QJsonObject json{{u"certificate"_s, QJsonObject{{u"mode"_s, u"generate"_s},
                                                              {u"keySize"_s, 3072},
                                                              {u"validityYears"_s, 3},
                                                              {u"pfx"_s, u"out/sts.pfx"_s},
                                                              {u"passwordFile"_s, passwordFile},
                                                              {u"legacyPfx"_s, true}}}};
        const auto answers = Answers::fromJson(json);
        QVERIFY2(answers.ok(), qPrintable(answers.ok() ? QString() : answers.error().toText()));
        const CertificateChoice choice = applyAnswers(*answers, {}).certificate;
        QCOMPARE(choice.mode, CertificateMode::Generate);
        QCOMPARE(choice.keyBits, 3072);
        QCOMPARE(choice.validityYears, 3);
        QCOMPARE(choice.pfx, QDir::current().absoluteFilePath(u"out/sts.pfx"_s));
        QCOMPARE(choice.passwordFile, passwordFile);
        QVERIFY(choice.legacyPfx);
    }
};

QTEST_GUILESS_MAIN(TestStsCertificate)
#include "tst_stscert.moc"
