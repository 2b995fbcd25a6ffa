#include "StsCertificateSource.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QUrl>

#include <QCoro/QCoroFuture>

#include "crypto/OwnerOnlyAccess.h"
#include "crypto/Password.h"
#include "crypto/Pkcs12.h"
#include "crypto/PrivateFile.h"
#include "crypto/StsCertificate.h"
#include "steps/StepSupport.h"

using namespace Qt::StringLiterals;

namespace s2s {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(StsCertificate)
};

Error inputError(const QString &message, const QString &remedy, const QString &detail = {})
{
    return Error{u"input.certificate"_s, message, detail, remedy, ErrorKind::Input};
}

// The first line of the admin's password file, as `openssl -passin file:` reads it.
Result<QString> readPasswordFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return inputError(Text::tr("Cannot read the PFX password file %1.").arg(path),
                          Text::tr("Check certificate.passwordFile in the answers file."),
                          file.errorString());
    QString password = QString::fromUtf8(file.readLine(4096));
    while (password.endsWith(u'\n') || password.endsWith(u'\r'))
        password.chop(1);
    if (password.isEmpty())
        return inputError(Text::tr("The PFX password file %1 is empty.").arg(path),
                          Text::tr("Write the password on the first line of the file."));
    return password;
}

// The PFX password: typed on the page (then kept in the secret store), the password file, or the
// secret store. Empty optional: nobody gave one yet.
QCoro::Task<Result<std::optional<QString>>> knownPassword(StepContext &context, CertificateChoice choice,
                                                          QString pfxPath, QString typed)
{
    std::optional<QString> password;
    if (!typed.isEmpty()) {
        const Status kept = co_await context.secrets->write(pfxPasswordKey(pfxPath), typed);
        if (!kept)
            co_return kept.error();
        password = typed;
        co_return password;
    }
    co_return co_await storedPfxPassword(*context.secrets, choice, pfxPath);
}

// Nobody gave the password of an existing PFX and the secret store does not hold it.
Error passwordNeeded(const QString &pfxPath)
{
    return Error{u"input.certificate-password"_s,
                 Text::tr("The password of the PFX %1 is needed.").arg(pfxPath),
                 {},
                 Text::tr("Type it on the page, or set certificate.passwordFile in the answers file."),
                 ErrorKind::Input};
}

QString cerPathFor(const QString &pfxPath)
{
    const QFileInfo info(pfxPath);
    return info.dir().filePath(info.completeBaseName() + u".cer"_s);
}

// A certificate generated earlier still fits when key size and validity are the chosen ones.
bool fits(const StsCertificateRecord &record, const CertificateChoice &choice)
{
    constexpr qint64 slackSeconds = qint64{2} * 24 * 3600;
    return record.keyBits == choice.keyBits &&
           qAbs(record.notBefore.addYears(choice.validityYears).secsTo(record.notAfter)) < slackSeconds;
}

// Opens the PFX at `path` as the farm will: with its password, with a private key that matches.
Result<PreparedStsCertificate> openPfxFile(const QString &path, const QString &password,
                                           const QString &source, const QString &cerPath)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return inputError(Text::tr("Cannot read the PFX %1.").arg(path),
                          Text::tr("Check the path and that the wizard's account may read the file."),
                          file.errorString());
    const QByteArray bytes = file.readAll();
    const auto contents = crypto::readPfx(bytes, password);
    if (!contents)
        return inputError(contents.error().message, contents.error().remedy,
                          contents.error().code + u": "_s + contents.error().detail);
    if (!contents->hasPrivateKey || !contents->keyMatchesCertificate)
        return inputError(Text::tr("The PFX %1 holds no private key for its certificate.").arg(path),
                          Text::tr("Export the certificate again together with its private key."));
    PreparedStsCertificate prepared;
    prepared.record = certificateRecord(contents->certificate.info, source);
    prepared.record.signatureAlgorithm = contents->certificate.signatureAlgorithm;
    prepared.record.pfxPath = path;
    prepared.record.cerPath = cerPath;
    prepared.pfx = PfxData{bytes, password};
    prepared.der = contents->certificate.info.der;
    return prepared;
}

QString defaultSubject(const Session &session)
{
    const QString host = QUrl(session.inputs().webApplication).host();
    return crypto::defaultStsSubject(host.isEmpty() ? u"farm"_s : host);
}

Status writeCertificateFiles(const QString &pfxPath, const QByteArray &pfx, const QString &cerPath,
                             const QByteArray &der)
{
    const QFileInfo info(pfxPath);
    if (!QDir().mkpath(info.absolutePath()))
        return inputError(Text::tr("Cannot create the folder %1 for the PFX.").arg(info.absolutePath()),
                          Text::tr("Choose a folder the wizard's account may write to (certificate.pfx)."));
    if (info.absolutePath() == defaultCertificateFolder())
        if (Status restricted = crypto::ownerOnlyAccess().restrict(info.absolutePath()); !restricted)
            return restricted;
    if (Status written = crypto::writePrivateFile(pfxPath, pfx); !written)
        return written;
    return crypto::writePrivateFile(cerPath, der);
}

// A generated password no credential store keeps: the step stops before any file exists.
Error passwordNotKept(const QString &pfxPath, const Error &why)
{
    return Error{u"secrets.pfx-password-not-kept"_s,
                 Text::tr("The password generated for the new PFX %1 cannot be kept: no credential store "
                          "keeps it, and a PFX whose password is lost cannot be opened. Nothing was "
                          "written and the farm was not changed.")
                     .arg(QDir::toNativeSeparators(pfxPath)),
                 why.message,
                 Text::tr("Write a password on the first line of a file only you can read and name it in "
                          "certificate.passwordFile in the answers file (or type a password on the page); "
                          "or make the OS credential store work: on Windows the Credential Manager, on "
                          "Linux a Secret Service such as gnome-keyring, unlocked."),
                 ErrorKind::Failure};
}

// The lab's owner-only file for the generated password of the PFX at `pfxPath`: one per PFX path.
QString labPasswordFile(const QString &folder, const QString &pfxPath)
{
    const QByteArray id = QCryptographicHash::hash(QDir::cleanPath(pfxPath).toUtf8(),
                                                   QCryptographicHash::Sha256)
                              .toHex()
                              .left(12);
    return QDir(folder).filePath(QFileInfo(pfxPath).completeBaseName() + u'-' + QString::fromLatin1(id) +
                                 u".password"_s);
}

// Writes the lab's password file and names it in the session as certificate.passwordFile, which
// the next run (and a resumed one) reads as it reads an admin's password file.
Status keepInLabPasswordFile(StepContext &context, const QString &pfxPath, const QString &secret)
{
    const QString folder = context.passwordFileFolder;
    if (!QDir().mkpath(folder))
        return inputError(Text::tr("Cannot create the lab's password folder %1.").arg(folder),
                          Text::tr("Check that the wizard's account may write to the lab folder."));
    if (Status restricted = crypto::ownerOnlyAccess().restrict(folder); !restricted)
        return restricted;
    const QString file = labPasswordFile(folder, pfxPath);
    QFile::remove(file); // left by a run that stopped before it wrote the PFX: that PFX does not exist
    if (Status written = crypto::writePrivateFile(file, (secret + u'\n').toUtf8()); !written)
        return written;
    SessionInputs inputs = context.session.inputs();
    inputs.certificate.passwordFile = file;
    context.session.setInputs(inputs);
    return success();
}

// Keeps a generated PFX password where the next run finds it: the credential store, never memory
// only; in the lab without a store, an owner-only file in the lab folder.
QCoro::Task<Status> keepGeneratedPassword(StepContext &context, QString pfxPath, QString secret)
{
    const Status kept = co_await context.secrets->writeLasting(pfxPasswordKey(pfxPath), secret);
    if (kept)
        co_return kept;
    if (context.passwordFileFolder.isEmpty()) {
        const Error stopped = passwordNotKept(pfxPath, kept.error());
        co_return stopped;
    }
    co_return keepInLabPasswordFile(context, pfxPath, secret);
}

// Where the PFX goes: the one an earlier run generated while it still fits, else the chosen path
// or a new one in the default folder.
QString generatedPfxPath(const Session &session, const CertificateChoice &choice)
{
    const StsCertificateRecord earlier = session.variables().stsCertificate;
    const bool earlierFits = earlier.source == StsCertificateRecord::generated && fits(earlier, choice) &&
                             QFile::exists(earlier.pfxPath) &&
                             (choice.pfx.isEmpty() ||
                              QFileInfo(choice.pfx).absoluteFilePath() == earlier.pfxPath);
    return earlierFits            ? earlier.pfxPath
           : choice.pfx.isEmpty() ? newDefaultPfxPath()
                                  : QFileInfo(choice.pfx).absoluteFilePath();
}

// A .cer where a new PFX's certificate would go: refused, like an existing PFX, before anything is
// made. It may be the certificate servers or Microsoft Entra trust today, and the admin chose the
// PFX path: a file silently renamed would not be where the admin looks for it.
Error cerExists(const QString &cerPath)
{
    return inputError(Text::tr("A file already exists at %1, where the certificate (CER) of the new PFX "
                               "goes.")
                          .arg(QDir::toNativeSeparators(cerPath)),
                      Text::tr("Move that file away, or choose another path for the new PFX "
                               "(certificate.pfx): the wizard never overwrites a file."));
}

QCoro::Task<Result<PreparedStsCertificate>> generated(StepContext &context, CertificateChoice choice,
                                                      QString typed)
{
    const QString pfxPath = generatedPfxPath(context.session, choice);
    const QString cerPath = cerPathFor(pfxPath);
    if (!QFileInfo::exists(pfxPath) && QFileInfo::exists(cerPath))
        co_return cerExists(cerPath);
    const auto password = co_await knownPassword(context, choice, pfxPath, typed);
    if (!password)
        co_return password.error();
    if (QFileInfo::exists(pfxPath) && !*password)
        co_return passwordNeeded(pfxPath);
    if (QFileInfo::exists(pfxPath)) {
        // Made by an earlier run: reuse it, so that a re-run imports and resets nothing twice.
        auto reused = openPfxFile(pfxPath, **password, StsCertificateRecord::generated, cerPath);
        if (reused && fits(reused->record, choice)) {
            if (!QFile::exists(cerPath))
                if (Status cer = crypto::writePrivateFile(cerPath, reused->der); !cer)
                    co_return cer.error();
            co_return reused;
        }
        co_return inputError(Text::tr("A file already exists at %1, and it is not a PFX of the chosen "
                                      "key size and validity that the password opens.")
                                 .arg(pfxPath),
                             Text::tr("Choose another path for the new PFX (certificate.pfx) or move "
                                      "that file away: the wizard never overwrites a file."));
    }
    const QString secret = *password ? **password : crypto::generatePfxPassword();
    crypto::StsCertificateOptions options;
    options.subject = defaultSubject(context.session);
    options.keyBits = choice.keyBits;
    options.validityYears = choice.validityYears;
    showProgress(context, Text::tr("Generating an RSA %1-bit key…").arg(choice.keyBits));
    QFuture<Result<crypto::GeneratedCertificate>> future = crypto::generateStsCertificateAsync(options);
    const Result<crypto::GeneratedCertificate> made = co_await future;
    if (!made)
        co_return inputError(made.error().message, made.error().remedy, made.error().detail);
    const auto encryption = choice.legacyPfx ? crypto::PfxEncryption::LegacyTripleDesSha1
                                             : crypto::PfxEncryption::Aes256Sha256;
    const auto pfx = crypto::exportPfx(*made, secret, encryption, u"SharePoint STS"_s);
    if (!pfx)
        co_return pfx.error();
    // The password is kept before any file exists, so that no PFX is left nobody can open.
    if (!*password) {
        const Status kept = co_await keepGeneratedPassword(context, pfxPath, secret);
        if (!kept)
            co_return kept.error();
    }
    if (Status written = writeCertificateFiles(pfxPath, *pfx, cerPath, made->der); !written)
        co_return written.error();
    co_return openPfxFile(pfxPath, secret, StsCertificateRecord::generated, cerPath);
}

QCoro::Task<Result<PreparedStsCertificate>> imported(StepContext &context, CertificateChoice choice,
                                                     QString typed)
{
    if (choice.pfx.isEmpty())
        co_return inputError(Text::tr("No PFX file to import was chosen."),
                             Text::tr("Choose the PFX on the page, or set certificate.pfx in the "
                                      "answers file."));
    const QString pfxPath = QFileInfo(choice.pfx).absoluteFilePath();
    const auto password = co_await knownPassword(context, choice, pfxPath, typed);
    if (!password)
        co_return password.error();
    if (!*password)
        co_return passwordNeeded(pfxPath);
    co_return openPfxFile(pfxPath, **password, StsCertificateRecord::imported, {});
}

QCoro::Task<Result<PreparedStsCertificate>> current(StepContext &context)
{
    const auto config = co_await readStsConfig(context.farm);
    if (!config)
        co_return config.error();
    PreparedStsCertificate prepared;
    prepared.record = certificateRecord(config->signingCertificate, StsCertificateRecord::current);
    co_return prepared;
}

} // namespace

QString defaultCertificateFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/certificates"_s;
}

QString newDefaultPfxPath()
{
    // The second and a random tag: neither file exists until the key is made, so another wizard
    // generating in the same second (a second window, tests side by side) would pick this very
    // name, and one of the two would then refuse to overwrite the other's PFX.
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
    const QString tag =
        QString::number(QRandomGenerator::global()->bounded(0x10000), 16).rightJustified(4, u'0');
    const QString base = defaultCertificateFolder() + u"/sts-"_s + stamp + u'-' + tag;
    QString path = base + u".pfx"_s;
    for (int n = 2; QFileInfo::exists(path) || QFileInfo::exists(cerPathFor(path)); ++n)
        path = base + u'-' + QString::number(n) + u".pfx"_s;
    return path;
}

QString pfxPasswordKey(const QString &pfxPath)
{
    return secrets::secretKey(u"pfx-password"_s, QDir::cleanPath(pfxPath));
}

QCoro::Task<Result<std::optional<QString>>> storedPfxPassword(secrets::SecretStore &secrets,
                                                              CertificateChoice choice, QString pfxPath)
{
    if (!choice.passwordFile.isEmpty()) {
        const auto fromFile = readPasswordFile(choice.passwordFile);
        if (!fromFile)
            co_return fromFile.error();
        std::optional<QString> password = *fromFile;
        co_return password;
    }
    co_return co_await secrets.read(pfxPasswordKey(pfxPath));
}

StsCertificateRecord certificateRecord(const CertificateInfo &info, const QString &source)
{
    StsCertificateRecord record;
    record.source = source;
    record.thumbprint = info.thumbprint;
    record.subject = info.subject;
    record.keyBits = info.keyBits;
    record.keyAlgorithm = info.keyAlgorithm;
    record.notBefore = info.notBefore;
    record.notAfter = info.notAfter;
    return record;
}

QCoro::Task<Result<PreparedStsCertificate>> prepareStsCertificate(StepContext &context, QString typedPassword)
{
    const CertificateChoice choice = context.session.inputs().certificate;
    Result<PreparedStsCertificate> prepared;
    if (choice.mode == CertificateMode::Generate)
        prepared = co_await generated(context, choice, typedPassword);
    else if (choice.mode == CertificateMode::Import)
        prepared = co_await imported(context, choice, typedPassword);
    else
        prepared = co_await current(context);
    if (!prepared)
        co_return prepared;
    SessionVariables variables = context.session.variables();
    if (variables.stsCertificate.toJson() != prepared->record.toJson()) {
        variables.stsCertificate = prepared->record;
        context.session.setVariables(variables);
    }
    co_return prepared;
}

bool isPreparedFor(const StsCertificateRecord &record, const CertificateChoice &choice)
{
    const bool samePath = choice.pfx.isEmpty() || QFileInfo(choice.pfx).absoluteFilePath() == record.pfxPath;
    if (choice.mode == CertificateMode::Generate)
        return record.source == StsCertificateRecord::generated && fits(record, choice) && samePath;
    if (choice.mode == CertificateMode::Import)
        return record.source == StsCertificateRecord::imported && !choice.pfx.isEmpty() && samePath;
    return true;
}

QString describeStsCertificate(const StsCertificateRecord &record)
{
    const qint64 daysLeft = QDateTime::currentDateTimeUtc().daysTo(record.notAfter);
    const QString signature = record.signatureAlgorithm.isEmpty() ? QString()
                                                                  : u", "_s + record.signatureAlgorithm;
    QStringList lines{
        Text::tr("Subject: %1").arg(record.subject), Text::tr("Thumbprint: %1").arg(record.thumbprint),
        Text::tr("Key: %1 %2 bits%3").arg(record.keyAlgorithm).arg(record.keyBits).arg(signature),
        Text::tr("Valid: %1 to %2 (%3 days left)")
            .arg(record.notBefore.toString(u"yyyy-MM-dd"_s), record.notAfter.toString(u"yyyy-MM-dd"_s))
            .arg(daysLeft)};
    if (!record.pfxPath.isEmpty())
        lines.append(Text::tr("PFX: %1").arg(QDir::toNativeSeparators(record.pfxPath)));
    if (!record.cerPath.isEmpty())
        lines.append(Text::tr("CER: %1").arg(QDir::toNativeSeparators(record.cerPath)));
    return lines.join(u'\n');
}

} // namespace s2s
