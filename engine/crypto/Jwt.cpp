#include "Jwt.h"

#include <QCryptographicHash>
#include <QJsonDocument>

#include <openssl/pem.h>

#include "crypto/OpenSsl.h"

using namespace Qt::StringLiterals;

namespace s2s::crypto {
namespace {

using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, ossl::Deleter<EVP_MD_CTX_free>>;

Error malformed(const QString &why)
{
    return Error{u"crypto.jwt-malformed"_s, u"The token is not a compact JWS: %1."_s.arg(why)};
}

Result<QJsonObject> jsonPart(const QByteArray &part, const QString &name)
{
    const auto bytes = base64UrlDecode(part);
    if (!bytes)
        return malformed(u"its %1 is not base64url"_s.arg(name));
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(*bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return malformed(u"its %1 is not a JSON object"_s.arg(name));
    return document.object();
}

} // namespace

QByteArray base64UrlEncode(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

Result<QByteArray> base64UrlDecode(const QByteArray &text)
{
    for (const char c : text)
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
              c == '_'))
            return malformed(u"a character outside base64url"_s);
    // A length of 1 modulo 4 cannot come from any byte string.
    if (text.size() % 4 == 1)
        return malformed(u"a base64url part of impossible length"_s);
    const auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::Base64UrlEncoding |
                                                                  QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return malformed(u"a base64url part that does not decode"_s);
    return *decoded;
}

QString x5tOf(const QByteArray &certificateDer)
{
    return QString::fromLatin1(
        base64UrlEncode(QCryptographicHash::hash(certificateDer, QCryptographicHash::Sha1)));
}

Result<QByteArray> signRs256(const QByteArray &data, const QByteArray &privateKeyPem)
{
    ossl::BioPtr bio(BIO_new_mem_buf(privateKeyPem.constData(), int(privateKeyPem.size())));
    ossl::PKeyPtr key(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!key || EVP_PKEY_get_base_id(key.get()) != EVP_PKEY_RSA)
        return ossl::error(u"crypto.key-unreadable"_s,
                           u"The signing key is not an RSA private key in PEM."_s);
    MdCtxPtr context(EVP_MD_CTX_new());
    size_t length = 0;
    if (!context || EVP_DigestSignInit(context.get(), nullptr, EVP_sha256(), nullptr, key.get()) != 1 ||
        EVP_DigestSign(context.get(), nullptr, &length,
                       reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size())) != 1)
        return ossl::error(u"crypto.sign-failed"_s, u"Signing with the RSA key failed."_s);
    QByteArray signature(qsizetype(length), '\0');
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                       reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size())) != 1)
        return ossl::error(u"crypto.sign-failed"_s, u"Signing with the RSA key failed."_s);
    signature.resize(qsizetype(length));
    return signature;
}

bool verifyRs256(const QByteArray &data, const QByteArray &signature, const QByteArray &certificateDer)
{
    const ossl::X509Ptr certificate = ossl::fromDer(certificateDer);
    if (!certificate) {
        ossl::takeErrors();
        return false;
    }
    EVP_PKEY *key = X509_get0_pubkey(certificate.get()); // owned by the certificate
    MdCtxPtr context(EVP_MD_CTX_new());
    const bool valid = key && EVP_PKEY_get_base_id(key) == EVP_PKEY_RSA && context &&
                       EVP_DigestVerifyInit(context.get(), nullptr, EVP_sha256(), nullptr, key) == 1 &&
                       EVP_DigestVerify(context.get(),
                                        reinterpret_cast<const unsigned char *>(signature.constData()),
                                        size_t(signature.size()),
                                        reinterpret_cast<const unsigned char *>(data.constData()),
                                        size_t(data.size())) == 1;
    ossl::takeErrors(); // a bad signature leaves an entry behind
    return valid;
}

Result<QByteArray> makeRs256Jwt(const QJsonObject &header, const QJsonObject &claims,
                                const QByteArray &privateKeyPem)
{
    const QByteArray signingInput = base64UrlEncode(QJsonDocument(header).toJson(QJsonDocument::Compact)) +
                                    '.' +
                                    base64UrlEncode(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    const auto signature = signRs256(signingInput, privateKeyPem);
    if (!signature)
        return signature.error();
    return signingInput + '.' + base64UrlEncode(*signature);
}

Result<Jwt> parseJwt(const QByteArray &compact)
{
    const QList<QByteArray> parts = compact.split('.');
    if (parts.size() != 3)
        return malformed(u"it has %1 parts instead of 3"_s.arg(parts.size()));
    const auto header = jsonPart(parts.at(0), u"header"_s);
    if (!header)
        return header.error();
    const auto claims = jsonPart(parts.at(1), u"claims"_s);
    if (!claims)
        return claims.error();
    const auto signature = base64UrlDecode(parts.at(2));
    if (!signature)
        return signature.error();
    return Jwt{*header, *claims, parts.at(0) + '.' + parts.at(1), *signature};
}

} // namespace s2s::crypto
