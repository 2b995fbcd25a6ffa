#include "LabHostDispatcher.h"

#include "farm/FarmCodec.h"
#include "farm/FarmOps.h"

using namespace Qt::StringLiterals;

namespace s2s::lab {
namespace codec = farm_codec;
namespace ops = farm_ops;
namespace {

// Turns a typed result into the JSON the protocol carries.
template <typename T, typename Write>
Result<QJsonValue> encoded(const Result<T> &result, Write write)
{
    if (!result)
        return result.error();
    return QJsonValue(write(result.value()));
}

QJsonValue none(const Unit &)
{
    return QJsonValue();
}

template <typename T>
QJsonValue one(const T &value)
{
    return codec::toJson(value);
}

template <typename T>
QJsonValue many(const QList<T> &values)
{
    return codec::toJsonArray(values);
}

Error missingArgument(const QString &op, const QString &name)
{
    return Error{u"farm.argument"_s, u"%1: the argument \"%2\" is missing."_s.arg(op, name)};
}

} // namespace

LabHostDispatcher::LabHostDispatcher(LabFolder folder, QString tenantCaFile)
    : m_farm(std::move(folder), std::move(tenantCaFile))
{
}

QCoro::Task<QJsonObject> LabHostDispatcher::readyMessage()
{
    const auto info = co_await m_farm.hostInfo();
    QJsonObject ready{{u"event"_s, u"ready"_s}};
    if (info) {
        const QJsonObject json = codec::toJson(info.value());
        for (auto it = json.begin(); it != json.end(); ++it)
            ready.insert(it.key(), it.value());
    }
    co_return ready;
}

QCoro::Task<QJsonObject> LabHostDispatcher::handle(QJsonObject request)
{
    const QJsonValue id = request.value(u"id");
    const QString op = request.value(u"op").toString();
    const Result<QJsonValue> result = co_await dispatch(op, request.value(u"args").toObject(),
                                                        request.value(u"server").toString());
    QJsonObject response{{u"id"_s, id}, {u"ok"_s, result.ok()}};
    if (result)
        response.insert(u"result"_s, result.value());
    else
        response.insert(u"error"_s, codec::toJson(result.error()));
    co_return response;
}

QCoro::Task<Result<QJsonValue>> LabHostDispatcher::dispatch(QString op, QJsonObject args,
                                                            QString server)
{
    // Arguments are read as data and checked: nothing here ever becomes code.
    const auto arg = [&args](const char *name) { return args.value(QLatin1StringView(name)).toString(); };
    if (op == ops::hostInfo)
        co_return encoded(co_await m_farm.hostInfo(), one<HostInfo>);
    if (op == ops::servers)
        co_return encoded(co_await m_farm.servers(), many<ServerInfo>);
    static const QStringList perServer{ops::testRemoting, ops::runningStsCertificate,
                                       ops::hasRootCertificate, ops::importPfx, ops::resetServer};
    if (perServer.contains(op) && server.isEmpty())
        co_return missingArgument(op, u"server"_s);
    if (op == ops::testRemoting)
        co_return encoded(co_await m_farm.testRemoting(server), none);
    if (op == ops::runningStsCertificate)
        co_return encoded(co_await m_farm.runningStsCertificate(server), one<CertificateInfo>);
    if (op == ops::hasRootCertificate) {
        if (arg("thumbprint").isEmpty())
            co_return missingArgument(op, u"thumbprint"_s);
        co_return encoded(co_await m_farm.hasRootCertificate(server, arg("thumbprint")),
                          [](bool has) { return QJsonValue(has); });
    }
    if (op == ops::importPfx || op == ops::setSigningCertificate) {
        // The PFX and its password arrive as data on stdin, like every argument.
        if (arg("pfx").isEmpty())
            co_return missingArgument(op, u"pfx"_s);
        const PfxData pfx = codec::pfx(args);
        if (op == ops::importPfx)
            co_return encoded(co_await m_farm.importPfx(server, pfx), one<CertificateInfo>);
        co_return encoded(co_await m_farm.setStsSigningCertificate(pfx), one<CertificateInfo>);
    }
    if (op == ops::resetServer)
        co_return encoded(co_await m_farm.resetServer(server), none);
    if (op == ops::webApplications)
        co_return encoded(co_await m_farm.webApplications(), many<WebApplicationInfo>);
    if (op == ops::authenticationProvider)
        co_return encoded(co_await m_farm.authenticationProvider(arg("webApplication"), arg("zone")),
                          one<AuthenticationProviderInfo>);
    if (op == ops::stsConfig)
        co_return encoded(co_await m_farm.stsConfig(), one<StsConfigInfo>);
    if (op == ops::setAllowOAuthOverHttp) {
        if (!args.value(u"allow").isBool())
            co_return missingArgument(op, u"allow"_s);
        co_return encoded(co_await m_farm.setAllowOAuthOverHttp(args.value(u"allow").toBool()), none);
    }
    if (op == ops::realm)
        co_return encoded(co_await m_farm.authenticationRealm(),
                          [](const QString &realm) { return QJsonValue(realm); });
    if (op == ops::setRealm)
        co_return encoded(co_await m_farm.setAuthenticationRealm(arg("realm")), none);
    if (op == ops::appPrincipals)
        co_return encoded(co_await m_farm.appPrincipals(arg("site"), arg("nameIdentifier")),
                          many<AppPrincipalInfo>);
    if (op == ops::registerAppPrincipal)
        co_return encoded(co_await m_farm.registerAppPrincipal(arg("site"), arg("nameIdentifier"),
                                                               arg("displayName")),
                          one<AppPrincipalInfo>);
    if (op == ops::proxies)
        co_return encoded(co_await m_farm.serviceApplicationProxies(), many<ServiceProxyInfo>);
    if (op == ops::newAcsProxy)
        co_return encoded(co_await m_farm.newAcsProxy(arg("name"), arg("metadataEndpoint"),
                                                      args.value(u"defaultProxyGroup").toBool()),
                          one<ServiceProxyInfo>);
    if (op == ops::issuers)
        co_return encoded(co_await m_farm.trustedIssuers(), many<TrustedIssuerInfo>);
    if (op == ops::newIssuer)
        co_return encoded(co_await m_farm.newTrustedIssuer(arg("name"), arg("metadataEndpoint"),
                                                           args.value(u"isTrustBroker").toBool()),
                          one<TrustedIssuerInfo>);
    if (op == ops::fetch)
        co_return encoded(co_await m_farm.fetchFromFarm(arg("url")), [](const QByteArray &body) {
            return QJsonValue(QJsonObject{{u"status"_s, 200},
                                          {u"body"_s, QString::fromLatin1(body.toBase64())}});
        });
    co_return Error{u"farm.unknown-op"_s, u"The host has no operation \"%1\"."_s.arg(op), {},
                    u"The wizard and its host script are from different versions."_s};
}

} // namespace s2s::lab
