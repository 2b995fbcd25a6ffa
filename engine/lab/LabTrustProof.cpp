#include "LabTrustProof.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <QUuid>

#include "core/Constants.h"
#include "crypto/Jwt.h"
#include "farm/FarmOps.h"
#include "lab/LabFarmAnswers.h"
#include "lab/LabFarmOperations.h"

using namespace Qt::StringLiterals;

namespace s2s::lab {
namespace {

constexpr qint64 assertionLifetimeSeconds = 300; // 5 minutes
constexpr qsizetype shownBodyCharacters = 200;

const QString clientAssertionType = u"urn:ietf:params:oauth:client-assertion-type:jwt-bearer"_s;
const QString jwtBearerGrant = u"http://oauth.net/grant_type/jwt/1.0/bearer"_s;
const QString formContentType = u"application/x-www-form-urlencoded"_s;

QByteArray formField(const QString &name, const QByteArray &value)
{
    return QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(QString::fromLatin1(value));
}

QByteArray formField(const QString &name, const QString &value)
{
    return QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
}

Error keyUnavailable()
{
    return farmError(u"farm.sts-key-unavailable"_s,
                     u"The private key of the farm's STS signing certificate is not available: the lab "
                     "farm's farm.json has no sts.signingKey."_s,
                     u"On a real farm, run the wizard as a farm administrator on a SharePoint server, "
                     "where the STS certificate's private key is readable; in the lab, put the STS "
                     "certificate's private key (PKCS#8 PEM) in farm.json's sts.signingKey, or set the "
                     "STS certificate again (sts.setSigningCertificate stores its key)."_s);
}

Error keyUnusable(const Error &why)
{
    return farmError(u"farm.sts-key-unavailable"_s,
                     u"The farm's STS signing key cannot sign: %1"_s.arg(why.message),
                     u"In the lab, farm.json's sts.signingKey must be the STS certificate's RSA private "
                     "key as PKCS#8 PEM; set the STS certificate again to store it."_s);
}

// The access token's claims the check shows; the token itself goes no further.
void readAccessToken(const QByteArray &token, AcsTokenAnswer &answer)
{
    const auto jwt = crypto::parseJwt(token);
    if (!jwt) {
        answer.errorDescription = u"The access token is not a JWT."_s;
        return;
    }
    const QJsonValue audience = jwt->claims.value(u"aud");
    answer.audience = audience.isArray() ? audience.toArray().first().toString() : audience.toString();
    answer.issuer = jwt->claims.value(u"iss").toString();
    const QJsonValue expires = jwt->claims.value(u"exp");
    if (expires.isDouble())
        answer.expires = QDateTime::fromSecsSinceEpoch(qint64(expires.toDouble()), Qt::UTC);
    answer.claimNames = jwt->claims.keys();
}

struct SigningMaterial {
    QString realm;
    QByteArray certificateDer;
    QByteArray keyPem;
};

Result<SigningMaterial> signingMaterial(const LabFarmContext &lab)
{
    return fromFarm(lab, [](LabFarm &farm) -> Result<SigningMaterial> {
        if (farm.sts.signingKey.trimmed().isEmpty())
            return keyUnavailable();
        if (farm.sts.signingCertificate.isEmpty())
            return farmError(u"farm.sts-key-unavailable"_s,
                             u"The farm has no STS signing certificate (farm.json sts.signingCertificate)."_s,
                             u"Set the STS certificate (step 3) first."_s);
        return SigningMaterial{farm.realm, QByteArray::fromBase64(farm.sts.signingCertificate.toLatin1()),
                               farm.sts.signingKey.toLatin1()};
    });
}

Status checkedArguments(const RequestAcsTokenOp::Args &args)
{
    const QString op = RequestAcsTokenOp::name.toString();
    if (args.encoding != acs_token::clientAssertion && args.encoding != acs_token::jwtBearer)
        return farmError(u"farm.argument"_s, u"%1: the encoding \"%2\" is neither %3 nor %4."_s.arg(
                                                 op, args.encoding, acs_token::clientAssertion.toString(),
                                                 acs_token::jwtBearer.toString()));
    const QUrl endpoint(args.tokenEndpoint);
    if (!endpoint.isValid() || endpoint.isRelative() || endpoint.host().isEmpty() ||
        endpoint.scheme() != u"https") // the signed assertion never travels in clear text
        return farmError(
            u"farm.argument"_s,
            u"%1: the token endpoint \"%2\" is not an absolute https URL."_s.arg(op, args.tokenEndpoint));
    return success();
}

QCoro::Task<Result<AcsTokenAnswer>> requestAcsToken(const LabFarmContext &lab, RequestAcsTokenOp::Args args)
{
    if (const Status checked = checkedArguments(args); !checked)
        co_return checked.error();
    const Result<SigningMaterial> material = signingMaterial(lab);
    if (!material)
        co_return material.error();
    const auto assertion = clientAssertion(material->certificateDer, material->keyPem, material->realm,
                                           args.tokenEndpoint, QDateTime::currentDateTimeUtc());
    if (!assertion)
        co_return assertion.error();
    // Windows pairs a certificate only with its own key: a key of another certificate is none.
    if (const auto signedJwt = crypto::parseJwt(assertion->jwt);
        !signedJwt ||
        !crypto::verifyRs256(signedJwt->signingInput, signedJwt->signature, material->certificateDer)) {
        Error foreignKey = farmError(u"farm.sts-key-unavailable"_s,
                                     u"The key in farm.json's sts.signingKey is not the private key of the "
                                     "farm's STS signing certificate."_s,
                                     u"Put the STS certificate's own private key (PKCS#8 PEM) in "
                                     "sts.signingKey, or set the STS certificate again from its PFX."_s);
        co_return foreignKey; // a named local: core/Coroutines.h
    }
    const QString clientId = farmClientId(material->realm);
    const QString resource = constants::spoAppId + u'/' + args.resourceHost + u'@' + material->realm;
    const auto form = tokenRequestForm(args.encoding, clientId, resource, assertion->jwt);
    if (!form)
        co_return form.error();
    const Result<HttpAnswer> posted = co_await postFromLabFarm(lab, args.tokenEndpoint, *form,
                                                               formContentType);
    if (!posted)
        co_return posted.error();
    AcsTokenAnswer sent;
    sent.encoding = args.encoding;
    sent.assertionX5t = assertion->x5t;
    sent.assertionIssuer = assertion->issuer;
    sent.assertionAudience = assertion->audience;
    AcsTokenAnswer answer = readAcsTokenAnswer(posted->status, posted->body, sent);
    co_return answer; // a named local: core/Coroutines.h
}

} // namespace

QString farmClientId(const QString &realm)
{
    return constants::spoAppId + u'@' + realm;
}

Result<ClientAssertion> clientAssertion(const QByteArray &certificateDer, const QByteArray &keyPem,
                                        const QString &realm, const QString &audience, const QDateTime &now)
{
    ClientAssertion assertion;
    assertion.x5t = crypto::x5tOf(certificateDer);
    assertion.issuer = farmClientId(realm);
    assertion.audience = audience;
    const qint64 notBefore = now.toSecsSinceEpoch();
    const QJsonObject header{{u"alg"_s, u"RS256"_s}, {u"typ"_s, u"JWT"_s}, {u"x5t"_s, assertion.x5t}};
    const QJsonObject claims{
        {u"iss"_s, assertion.issuer}, {u"sub"_s, assertion.issuer},
        {u"aud"_s, audience},         {u"jti"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {u"nbf"_s, notBefore},        {u"exp"_s, notBefore + assertionLifetimeSeconds}};
    const auto jwt = crypto::makeRs256Jwt(header, claims, keyPem);
    if (!jwt)
        return keyUnusable(jwt.error());
    assertion.jwt = *jwt;
    return assertion;
}

Result<QByteArray> tokenRequestForm(const QString &encoding, const QString &clientId, const QString &resource,
                                    const QByteArray &assertion)
{
    QList<QByteArray> fields;
    if (encoding == acs_token::clientAssertion)
        fields = {formField(u"grant_type"_s, u"client_credentials"_s), formField(u"client_id"_s, clientId),
                  formField(u"client_assertion_type"_s, clientAssertionType),
                  formField(u"client_assertion"_s, assertion), formField(u"resource"_s, resource)};
    else if (encoding == acs_token::jwtBearer)
        fields = {formField(u"grant_type"_s, jwtBearerGrant), formField(u"assertion"_s, assertion),
                  formField(u"client_id"_s, clientId), formField(u"resource"_s, resource)};
    else
        return farmError(u"farm.argument"_s,
                         u"%1: the encoding \"%2\" is neither %3 nor %4."_s.arg(
                             RequestAcsTokenOp::name.toString(), encoding,
                             acs_token::clientAssertion.toString(), acs_token::jwtBearer.toString()));
    return fields.join('&');
}

AcsTokenAnswer readAcsTokenAnswer(int status, const QByteArray &body, AcsTokenAnswer sent)
{
    AcsTokenAnswer answer = std::move(sent);
    answer.httpStatus = status;
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const bool isJson = parseError.error == QJsonParseError::NoError && document.isObject();
    const QJsonObject json = document.object();
    const QString token = json.value(u"access_token").toString();
    answer.accepted = status == 200 && isJson && !token.isEmpty();
    if (answer.accepted) {
        readAccessToken(token.toLatin1(), answer);
        return answer;
    }
    if (!isJson) {
        // A success answer that does not parse may still carry a token: it is never echoed.
        const bool mayHoldToken = status == 200 || body.contains("access_token");
        answer.errorDescription =
            mayHoldToken ? u"The answer is not the documented JSON (not shown: it may hold a token)."_s
                         : QString::fromUtf8(body).left(shownBodyCharacters);
        return answer;
    }
    answer.error = json.value(u"error").toString();
    answer.errorDescription = json.value(u"error_description").toString();
    for (const QJsonValue &code : json.value(u"error_codes").toArray())
        answer.errorCodes.append(code.toInt());
    return answer;
}

void addTrustProofOperations(LabOperations &table)
{
    addLabOperation<RequestAcsTokenOp>(table, requestAcsToken);
}

} // namespace s2s::lab
