#include "StsCertificateSource.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>

#include <QCoro/QCoroFuture>

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
    if (!choice.passwordFile.isEmpty()) {
        const auto fromFile = readPasswordFile(choice.passwordFile);
        if (!fromFile)
            co_return fromFile.error();
        password = *fromFile;
        co_return password;
    }
    co_return co_await context.secrets->read(pfxPasswordKey(pfxPath));
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

QString newDefaultPfxPath()
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
    return defaultCertificateFolder() + u"/sts-"_s + stamp + u".pfx"_s;
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
        QFile::setPermissions(info.absolutePath(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (Status written = crypto::writePrivateFile(pfxPath, pfx); !written)
        return written;
    return crypto::writePrivateFile(cerPath, der);
}

QCoro::Task<Result<PreparedStsCertificate>> generated(StepContext &context, CertificateChoice choice,
                                                      QString typed)
{
    const StsCertificateRecord earlier = context.session.variables().stsCertificate;
    const bool earlierFits = earlier.source == StsCertificateRecord::generated && fits(earlier, choice) &&
                             QFile::exists(earlier.pfxPath) &&
                             (choice.pfx.isEmpty() ||
                              QFileInfo(choice.pfx).absoluteFilePath() == earlier.pfxPath);
    const QString pfxPath = earlierFits            ? earlier.pfxPath
                            : choice.pfx.isEmpty() ? newDefaultPfxPath()
                                                   : QFileInfo(choice.pfx).absoluteFilePath();
    const QString cerPath = cerPathFor(pfxPath);
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
        const Status kept = co_await context.secrets->write(pfxPasswordKey(pfxPath), secret);
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

QString pfxPasswordKey(const QString &pfxPath)
{
    return secrets::secretKey(u"pfx-password"_s, QDir::cleanPath(pfxPath));
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
