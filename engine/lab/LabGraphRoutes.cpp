#include "LabGraphRoutes.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

#include "lab/LabHttp.h"

using namespace Qt::StringLiterals;

namespace s2s::lab {
namespace {

// Least-privileged delegated permissions of each call, as Graph's reference lists them.
const QStringList readOrganization{u"User.Read"_s, u"Organization.Read.All"_s,
                                   u"Organization.ReadWrite.All"_s, u"Directory.Read.All"_s};
const QStringList readApplications{u"Application.Read.All"_s, u"Application.ReadWrite.All"_s,
                                   u"Directory.Read.All"_s, u"Directory.ReadWrite.All"_s};
const QStringList writeApplications{u"Application.ReadWrite.All"_s, u"Directory.ReadWrite.All"_s};
// GET /me: User.Read, or a permission that includes it (Graph's "Get user" reference).
const QStringList readMe{
    u"User.Read"_s,          u"User.ReadWrite"_s,     u"User.ReadBasic.All"_s,     u"User.Read.All"_s,
    u"User.ReadWrite.All"_s, u"Directory.Read.All"_s, u"Directory.ReadWrite.All"_s};

bool holdsAny(const QStringList &granted, const QStringList &anyOf)
{
    for (const QString &scope : anyOf)
        if (granted.contains(scope, Qt::CaseInsensitive))
            return true;
    return false;
}

QStringList selected(const QHttpServerRequest &request)
{
    QStringList names;
    for (const QString &name : http::field(request.query(), u"$select"_s).split(u',', Qt::SkipEmptyParts))
        names.append(name.trimmed());
    return names;
}

// Graph's rules for a servicePrincipal: with $select only the selected properties; a
// keyCredential's `key` only on a single-object GET that selects keyCredentials, else null.
Result<QJsonObject> shaped(const QJsonObject &stored, const QStringList &select, bool singleObject)
{
    QJsonObject principal = stored;
    const bool keysSelected = select.contains(u"keyCredentials"_s, Qt::CaseInsensitive);
    QJsonArray keys;
    for (const QJsonValue &value : stored.value(u"keyCredentials").toArray()) {
        QJsonObject key = value.toObject();
        if (!(singleObject && keysSelected))
            key.insert(u"key"_s, QJsonValue::Null);
        keys.append(key);
    }
    principal.insert(u"keyCredentials"_s, keys);
    if (select.isEmpty())
        return principal;
    QJsonObject only;
    for (const QString &name : select) {
        bool known = false;
        for (auto it = principal.begin(); it != principal.end(); ++it)
            if (it.key().compare(name, Qt::CaseInsensitive) == 0) {
                only.insert(it.key(), it.value());
                known = true;
            }
        if (!known)
            return Error{u"graph.Request_BadRequest"_s, u"Could not find a property named '%1' on type "
                                                        "'microsoft.graph.servicePrincipal'."_s.arg(name)};
    }
    return only;
}

int statusOf(const Error &error)
{
    if (error.code == u"graph.Request_ResourceNotFound")
        return 404;
    if (error.code.startsWith(u"graph."))
        return 400;
    return 500; // the lab's own files could not be read or written
}

} // namespace

LabGraphRoutes::Call LabGraphRoutes::callFor(const QHttpServerRequest &request)
{
    const QString clientRequestId = QString::fromLatin1(request.value("client-request-id"));
    const QString requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return {requestId, clientRequestId.isEmpty() ? requestId : clientRequestId};
}

QHttpServerResponse LabGraphRoutes::withIds(const Call &call, QHttpServerResponse response)
{
    response.setHeader("request-id", call.requestId.toLatin1());
    response.setHeader("client-request-id", call.clientRequestId.toLatin1());
    return response;
}

QHttpServerResponse LabGraphRoutes::error(const Call &call, int status, const QString &code,
                                          const QString &message)
{
    const QJsonObject inner{{u"date"_s, QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-ddTHH:mm:ss"_s)},
                            {u"request-id"_s, call.requestId},
                            {u"client-request-id"_s, call.clientRequestId}};
    return withIds(
        call,
        http::json(
            {{u"error"_s, QJsonObject{{u"code"_s, code}, {u"message"_s, message}, {u"innerError"_s, inner}}}},
            status));
}

LabGraphRoutes::LabGraphRoutes(const LabTenantModel &model, LabTokenStore &tokens, QUrl base)
    : m_model(model)
    , m_tokens(tokens)
    , m_base(std::move(base))
{}

QString LabGraphRoutes::metadataContext(const QString &entitySet) const
{
    return m_base.toString() + u"/v1.0/$metadata#"_s + entitySet;
}

QHttpServerResponse LabGraphRoutes::failure(const Call &call, const Error &failed) const
{
    return error(call, statusOf(failed), failed.code.section(u'.', 1), failed.message);
}

std::optional<QHttpServerResponse> LabGraphRoutes::refuse(const Call &call, const QHttpServerRequest &request,
                                                          const QStringList &anyOf) const
{
    const QString token = http::bearerToken(request);
    if (token.isEmpty())
        return error(call, 401, u"InvalidAuthenticationToken"_s, u"Access token is empty."_s);
    switch (m_tokens.check(token)) {
    case LabTokenStore::Check::Unknown:
        return error(call, 401, u"InvalidAuthenticationToken"_s,
                     u"Access token validation failure. Invalid token."_s);
    case LabTokenStore::Check::Expired:
        return error(call, 401, u"InvalidAuthenticationToken"_s,
                     u"Lifetime validation failed, the token is expired."_s);
    case LabTokenStore::Check::Valid: break;
    }
    if (!anyOf.isEmpty() && !holdsAny(m_tokens.grant(token)->scopes, anyOf))
        return error(call, 403, u"Authorization_RequestDenied"_s,
                     u"Insufficient privileges to complete the operation."_s);
    return std::nullopt;
}

QHttpServerResponse LabGraphRoutes::me(const Call &call, const QHttpServerRequest &request)
{
    if (auto refused = refuse(call, request, readMe))
        return std::move(*refused);
    const auto user = m_model.user(m_tokens.grant(http::bearerToken(request))->userPrincipalName);
    if (!user && user.error().code == u"lab.user-not-found")
        return error(call, 404, u"Request_ResourceNotFound"_s, user.error().message);
    if (!user)
        return failure(call, user.error());
    return withIds(call, http::json({{u"@odata.context"_s, metadataContext(u"users/$entity"_s)},
                                     {u"id"_s, user->id},
                                     {u"userPrincipalName"_s, user->userPrincipalName},
                                     {u"displayName"_s, user->displayName},
                                     {u"mail"_s, QJsonValue::Null}},
                                    200));
}

QHttpServerResponse LabGraphRoutes::organization(const Call &call, const QHttpServerRequest &request)
{
    if (auto refused = refuse(call, request, readOrganization))
        return std::move(*refused);
    const auto tenant = m_model.read();
    if (!tenant)
        return failure(call, tenant.error());
    return withIds(call, http::json({{u"@odata.context"_s, metadataContext(u"organization"_s)},
                                     {u"value"_s, QJsonArray{LabTenantModel::organizationJson(*tenant)}}},
                                    200));
}

QHttpServerResponse LabGraphRoutes::principal(const Call &call, const QString &property, const QString &value,
                                              const QHttpServerRequest &request)
{
    if (auto refused = refuse(call, request, readApplications))
        return std::move(*refused);
    const auto found = m_model.principal(property, value);
    if (!found)
        return failure(call, found.error());
    auto principal = shaped(*found, selected(request), true);
    if (!principal)
        return failure(call, principal.error());
    principal.value().insert(u"@odata.context"_s, metadataContext(u"servicePrincipals/$entity"_s));
    return withIds(call, http::json(*principal, 200));
}

QHttpServerResponse LabGraphRoutes::principals(const Call &call, const QHttpServerRequest &request)
{
    if (auto refused = refuse(call, request, readApplications))
        return std::move(*refused);
    const auto tenant = m_model.read();
    if (!tenant)
        return failure(call, tenant.error());
    QString filter = http::field(request.query(), u"$filter"_s);
    filter.replace(u'+', u' ');
    static const QRegularExpression appIdEquals(u"^\\s*appId\\s+eq\\s+'([^']*)'\\s*$"_s,
                                                QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = appIdEquals.match(filter);
    if (!filter.isEmpty() && !match.hasMatch())
        return error(call, 400, u"Request_UnsupportedQuery"_s,
                     u"Unsupported or invalid query filter clause specified: '%1'. The lab "
                     "tenant filters on appId eq '...' only."_s.arg(filter));
    QJsonArray value;
    for (const QJsonValue &stored : tenant->value(u"servicePrincipals").toArray()) {
        if (match.hasMatch() &&
            stored[u"appId"].toString().compare(match.captured(1), Qt::CaseInsensitive) != 0)
            continue;
        auto principal = shaped(stored.toObject(), selected(request), false);
        if (!principal)
            return failure(call, principal.error());
        value.append(*principal);
    }
    return withIds(call, http::json({{u"@odata.context"_s, metadataContext(u"servicePrincipals"_s)},
                                     {u"value"_s, value}},
                                    200));
}

QHttpServerResponse LabGraphRoutes::patchPrincipal(const Call &call, const QString &id,
                                                   const QHttpServerRequest &request)
{
    if (auto refused = refuse(call, request, writeApplications))
        return std::move(*refused);
    // Consent is not enough: on a delegated token Graph also wants the signed-in user to hold a
    // directory role that may update service principals.
    const auto user = m_model.user(m_tokens.grant(http::bearerToken(request))->userPrincipalName);
    if (!user || !mayUpdateServicePrincipals(*user))
        return error(call, 403, u"Authorization_RequestDenied"_s,
                     u"Insufficient privileges to complete the operation."_s);
    QJsonParseError parsed;
    const QJsonDocument body = QJsonDocument::fromJson(request.body(), &parsed);
    if (parsed.error != QJsonParseError::NoError || !body.isObject())
        return error(call, 400, u"BadRequest"_s,
                     u"Unable to read JSON request payload. Please ensure Content-Type header is "
                     "set and payload is of valid JSON format."_s);
    if (const Status patched = m_model.patchPrincipal(id, body.object()); !patched)
        return failure(call, patched.error());
    return withIds(call, http::status(204));
}

QHttpServerResponse LabGraphRoutes::faultResponse(const Call &call, const QHttpServerRequest &request,
                                                  int status, int retryAfterSeconds)
{
    if (status == 401) {
        // As if the token had just expired: the client must refresh it and retry.
        m_tokens.expire(http::bearerToken(request));
        return error(call, 401, u"InvalidAuthenticationToken"_s,
                     u"Lifetime validation failed, the token is expired."_s);
    }
    if (status == 403)
        return error(call, 403, u"Authorization_RequestDenied"_s,
                     u"Insufficient privileges to complete the operation."_s);
    const QString code = status == 429   ? u"TooManyRequests"_s
                         : status == 503 ? u"serviceNotAvailable"_s
                         : status == 504 ? u"gatewayTimeout"_s
                                         : u"UnknownError"_s;
    QHttpServerResponse response = error(
        call, status, code, u"Injected lab fault: please retry after %1 seconds."_s.arg(retryAfterSeconds));
    if (status == 429 || status == 503 || status == 504)
        response.setHeader("Retry-After", QByteArray::number(retryAfterSeconds));
    return response;
}

} // namespace s2s::lab
