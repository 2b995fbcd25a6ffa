#include "GraphTenantBackend.h"

#include <QCoreApplication>

#include <QJsonArray>
#include <QJsonDocument>

#include "tenant/GraphJson.h"
#include "tenant/GraphRequests.h"

using namespace Qt::StringLiterals;

namespace s2s {
namespace {

const QString readOrganization = u"Organization.Read.All (or Directory.Read.All)"_s;
const QString changeApplications = u"Application.ReadWrite.All"_s;

} // namespace

GraphTenantBackend::GraphTenantBackend(const Endpoints &endpoints, QSslConfiguration tls,
                                       auth::SignInSettings settings, auth::SignInUi ui,
                                       secrets::SecretStore &secrets, http::RetryPolicy retry)
    : m_http(tls, retry)
    , // QSslConfiguration has no move constructor
    m_session(m_http, endpoints.login, std::move(settings), std::move(ui), secrets)
    , m_graph(m_http, m_session, endpoints.graph)
{}

QJsonObject GraphTenantBackend::reportInfo() const
{
    return {
        {u"kind"_s, kind()}, {u"graph"_s, m_graph.root().toString()}, {u"requests"_s, m_http.requestCount()}};
}

void GraphTenantBackend::bindTenant(const QString &tenantId)
{
    m_session.bindTenant(tenantId);
}

QCoro::Task<Result<SignedInAccount>> GraphTenantBackend::signIn()
{
    // The account comes from the id_token: GET /me would need User.Read, which a fresh tenant
    // may not have consented to.
    const auto signedIn = co_await m_session.signIn();
    if (!signedIn)
        co_return signedIn.error();
    SignedInAccount account{signedIn->id.preferredUsername, signedIn->scopes, signedIn->id.tenantId,
                            signedIn->id.objectId, signedIn->id.directoryRoles};
    m_account = account;
    co_return account; // a named local: core/Coroutines.h
}

QCoro::Task<Status> GraphTenantBackend::signOut()
{
    m_account.reset();
    co_return co_await m_session.signOut();
}

QCoro::Task<Result<Organization>> GraphTenantBackend::organization()
{
    const auto json = co_await m_graph.get(graph_requests::organizationPath(), readOrganization);
    if (!json)
        co_return json.error();
    const QJsonArray value = json->value(u"value").toArray();
    if (value.isEmpty()) {
        Error none{u"graph.bad-response"_s,
                   QCoreApplication::translate("Graph", "Microsoft Graph listed no organization."),
                   QString::fromUtf8(QJsonDocument(*json).toJson(QJsonDocument::Compact)),
                   {}};
        co_return none; // a named local: core/Coroutines.h
    }
    co_return graph_json::organization(value.first().toObject());
}

QCoro::Task<Result<ServicePrincipal>> GraphTenantBackend::servicePrincipalByAppId(QString appId)
{
    const auto json = co_await m_graph.get(graph_requests::servicePrincipalByAppIdPath(appId),
                                           changeApplications);
    if (!json)
        co_return json.error();
    co_return graph_json::servicePrincipal(*json);
}

QCoro::Task<Status> GraphTenantBackend::patchServicePrincipalNames(QString id, QStringList names)
{
    const QJsonObject body{{u"servicePrincipalNames"_s, QJsonArray::fromStringList(names)}};
    co_return co_await m_graph.patch(graph_requests::servicePrincipalPath(id), body, changeApplications);
}

QCoro::Task<Status> GraphTenantBackend::patchKeyCredentials(QString id, QList<KeyCredential> keys)
{
    QJsonArray array;
    for (const KeyCredential &key : keys)
        array.append(graph_json::keyCredentialJson(key));
    const QJsonObject body{{u"keyCredentials"_s, array}};
    co_return co_await m_graph.patch(graph_requests::servicePrincipalPath(id), body, changeApplications);
}

QCoro::Task<Result<AcsMetadata>> GraphTenantBackend::acsMetadata(QString url)
{
    // Public document: no token goes to ACS.
    http::Request request;
    request.url = QUrl(url);
    const auto response = co_await m_http.send(request);
    if (!response)
        co_return response.error();
    if (!response->isSuccess()) {
        Error refused{u"network.http-%1"_s.arg(response->status),
                      QCoreApplication::translate("Graph", "%1 answered HTTP %2.")
                          .arg(url, QString::number(response->status)),
                      {},
                      QCoreApplication::translate("Graph", "Check the tenant id in the metadata "
                                                           "endpoint.")};
        co_return refused; // a named local: core/Coroutines.h
    }
    const QJsonDocument document = QJsonDocument::fromJson(response->body);
    if (!document.isObject()) {
        Error notJson{u"network.bad-metadata"_s,
                      QCoreApplication::translate("Graph", "%1 did not answer with a JSON metadata "
                                                           "document.")
                          .arg(url),
                      {},
                      {}};
        co_return notJson; // a named local: core/Coroutines.h
    }
    co_return graph_json::acsMetadata(document.object());
}

QCoro::Task<Result<RealmDiscovery>> GraphTenantBackend::discoverRealm(QUrl sharePointRoot)
{
    http::Request request;
    request.url = graph_requests::realmDiscoveryUrl(sharePointRoot);
    request.emptyBearer = true;
    const auto response = co_await m_http.send(request);
    if (!response)
        co_return response.error();
    RealmDiscovery discovery = graph_json::realmDiscovery(*response);
    discovery.url = request.url.toString();
    co_return discovery;
}

} // namespace s2s
