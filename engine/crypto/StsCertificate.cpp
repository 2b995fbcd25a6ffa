#include "StsCertificate.h"

#include <QCoreApplication>

#include <QDateTime>
#include <QtConcurrent/QtConcurrentRun>

#include <openssl/crypto.h>

#include "SelfSigned.h"
#include "Subject.h"

using namespace Qt::StringLiterals;

namespace s2s::crypto {

QString defaultStsSubject(const QString &farmOrHostName)
{
    QString cn = (u"SharePoint STS "_s + farmOrHostName.simplified()).trimmed();
    cn.truncate(64); // ub-common-name (RFC 5280): OpenSSL refuses a longer CN
    QString escaped;
    for (const QChar c : std::as_const(cn)) {
        if (u",;+=\"\\<>#"_s.contains(c))
            escaped += u'\\';
        escaped += c;
    }
    return u"CN="_s + escaped;
}

namespace {

Status checkKeyAndValidity(const StsCertificateOptions &options)
{
    if (options.keyBits != 2048 && options.keyBits != 3072 && options.keyBits != 4096)
        return Error{u"crypto.key-size"_s,
                     QCoreApplication::translate("Crypto", "An RSA key of %1 bits is not offered for the "
                                                           "STS certificate.")
                         .arg(options.keyBits),
                     {},
                     QCoreApplication::translate("Crypto", "Choose 2048, 3072 or 4096 bits (2048 is what "
                                                           "SharePoint and Microsoft Entra expect at "
                                                           "least).")};
    if (options.validityYears < 1 || options.validityYears > 10)
        return Error{u"crypto.validity"_s,
                     QCoreApplication::translate("Crypto", "A validity of %1 years is not offered "
                                                           "for the STS certificate.")
                         .arg(options.validityYears),
                     {},
                     QCoreApplication::translate("Crypto", "Choose between 1 and 10 years, and "
                                                           "note the expiry date: hybrid stops "
                                                           "working the day the certificate "
                                                           "expires.")};
    return success();
}

} // namespace

Status checkStsCertificateOptions(const StsCertificateOptions &options)
{
    if (Status valid = checkKeyAndValidity(options); !valid)
        return valid;
    const auto subject = ossl::parseSubject(options.subject);
    return subject ? success() : Status(subject.error());
}

Result<GeneratedCertificate> generateStsCertificate(const StsCertificateOptions &options)
{
    if (const Status valid = checkKeyAndValidity(options); !valid)
        return valid.error();
    auto subject = ossl::parseSubject(options.subject);
    if (!subject)
        return subject.error();
    // Someone waits for this key (a click, a run): every core races for it.
    auto key = ossl::generateRsaKey(options.keyBits, keyAttemptsOnAllCores());
    if (!key)
        return key.error();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Valid from an hour ago so that servers with a slightly slow clock accept it at once.
    return ossl::selfSign(key->get(), subject->get(), now.addSecs(qint64{-60} * 60),
                          now.addYears(options.validityYears), "critical,digitalSignature");
}

QFuture<Result<GeneratedCertificate>> generateStsCertificateAsync(const StsCertificateOptions &options)
{
    return QtConcurrent::run([options] {
        Result<GeneratedCertificate> generated = generateStsCertificate(options);
        // The pool thread outlives this job and may end only after OpenSSL's own cleanup at exit,
        // too late to free its per-thread state (random generators, error queue): free it now, as
        // OpenSSL asks of every thread that used it. The next job on this thread makes it again.
        OPENSSL_thread_stop();
        return generated;
    });
}

} // namespace s2s::crypto
