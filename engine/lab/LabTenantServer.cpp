#include "LabTenantServer.h"

#include <QCoreApplication>

#include <QDebug>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>

#include "crypto/ServerCertificate.h"
#include "lab/LabConcurrentWriter.h"
#include "lab/LabFaults.h"
#include "lab/LabHttp.h"

using namespace Qt::StringLiterals;

namespace s2s::lab {
namespace {

Error serverError(const QString &message, const QString &detail, const QString &remedy)
{
    return Error{u"backend.lab-tenant"_s, message, detail, remedy, ErrorKind::Backend};
}

} // namespace

LabTenantServer::LabTenantServer(LabFolder folder, QObject *parent)
    : QObject(parent)
    , m_model(std::move(folder))
{}

LabTenantServer::~LabTenantServer() = default;

bool LabTenantServer::isListening() const
{
    return m_port != 0;
}

QUrl LabTenantServer::baseUrl() const
{
    return QUrl(u"https://127.0.0.1:%1"_s.arg(m_port));
}

Endpoints LabTenantServer::endpoints() const
{
    Endpoints endpoints;
    endpoints.login = baseUrl();
    endpoints.graph = baseUrl();
    endpoints.acs = baseUrl();
    endpoints.sharepoint = baseUrl();
    return endpoints;
}

Result<crypto::GeneratedCertificate> LabTenantServer::makeTlsCertificate()
{
    return crypto::generateLoopbackServerCertificate(u"CN=S2S Wizard lab tenant"_s, 30);
}

Status LabTenantServer::start(quint16 port, std::optional<crypto::GeneratedCertificate> tls)
{
    if (isListening())
        return success();
    if (port == 0) {
        const auto tenant = m_model.read();
        if (!tenant)
            return tenant.error();
        port = quint16(tenant->value(u"port").toInt());
        if (port == 0)
            return serverError(QCoreApplication::translate("Lab", "tenant.json has no port for the lab "
                                                                  "tenant."),
                               {},
                               QCoreApplication::translate("Lab", "Set \"port\" in tenant.json to "
                                                                  "a free TCP port (1024-65535)."));
    }
    const auto generated = tls ? Result<crypto::GeneratedCertificate>(*tls) : makeTlsCertificate();
    if (!generated)
        return generated.error();
    const QSslCertificate certificate(generated->der, QSsl::Der);
    const QSslKey key(generated->privateKeyPem, QSsl::Ec, QSsl::Pem);
    if (certificate.isNull() || key.isNull())
        return serverError(QCoreApplication::translate("Lab", "The lab tenant's TLS certificate could not be "
                                                              "loaded."),
                           {},
                           QCoreApplication::translate("Lab", "Check that Qt Network has its "
                                                              "OpenSSL TLS backend."));
    QSslConfiguration serverTls = QSslConfiguration::defaultConfiguration();
    serverTls.setLocalCertificate(certificate);
    serverTls.setPrivateKey(key);
    serverTls.setProtocol(QSsl::TlsV1_2OrLater);         // Entra refuses TLS 1.0/1.1 (AADSTS1002016)
    serverTls.setPeerVerifyMode(QSslSocket::VerifyNone); // clients present no certificate
    auto listener = std::make_unique<QSslServer>();
    listener->setSslConfiguration(serverTls);
    if (!listener->listen(QHostAddress::LocalHost, port))
        return serverError(QCoreApplication::translate("Lab", "The lab tenant cannot listen on 127.0.0.1:%1: "
                                                              "%2")
                               .arg(QString::number(port), listener->errorString()),
                           {},
                           QCoreApplication::translate("Lab",
                                                       "Another program uses port %1, perhaps another "
                                                       "wizard on the same lab folder: close it. Or set a "
                                                       "free port as \"port\" in tenant.json; the farm "
                                                       "then needs the ACS step again, as its ACS proxy "
                                                       "and issuer keep the old URL.")
                               .arg(port));
    // bind() of a listening QSslServer works from Qt 6.4 on, where 6.8 removed listen() and
    // sslSetup() of QAbstractHttpServer: one code path for Debian's 6.4 and vcpkg's 6.8.
    m_http.bind(listener.release());
    m_port = port;
    m_certificate = certificate;
    m_oauth = std::make_unique<LabOAuthRoutes>(m_model, m_tokens, baseUrl());
    m_graph = std::make_unique<LabGraphRoutes>(m_model, m_tokens, baseUrl());
    m_acs = std::make_unique<LabAcsRoutes>(m_model, baseUrl());
    addRoutes();
    return success();
}

void LabTenantServer::addRoutes()
{
    using Method = QHttpServerRequest::Method;
    using Call = LabGraphRoutes::Call;
    // Qt HttpServer route patterns are regular expressions over the decoded path; <arg> is one
    // path segment. Rules are tried in this order.
    m_http.route(u"/<arg>/oauth2/v2\\.0/authorize"_s, Method::Get,
                 [this](const QString &tenant, const QHttpServerRequest &request) {
                     return serveWithFaults(
                         request, [&](const QHttpServerRequest &r) { return m_oauth->authorize(tenant, r); });
                 });
    m_http.route(u"/<arg>/oauth2/v2\\.0/token"_s, Method::Post,
                 [this](const QString &tenant, const QHttpServerRequest &request) {
                     return serveWithFaults(
                         request, [&](const QHttpServerRequest &r) { return m_oauth->token(tenant, r); });
                 });
    m_http.route(u"/<arg>/oauth2/v2\\.0/devicecode"_s, Method::Post,
                 [this](const QString &tenant, const QHttpServerRequest &request) {
                     return serveWithFaults(request, [&](const QHttpServerRequest &r) {
                         return m_oauth->deviceCode(tenant, r);
                     });
                 });
    m_http.route(u"/v1\\.0/me"_s, Method::Get, [this](const QHttpServerRequest &request) {
        return serveGraph(request, [&](const Call &call) { return m_graph->me(call, request); });
    });
    m_http.route(u"/v1\\.0/organization"_s, Method::Get, [this](const QHttpServerRequest &request) {
        return serveGraph(request, [&](const Call &call) { return m_graph->organization(call, request); });
    });
    m_http.route(u"/v1\\.0/servicePrincipals\\(appId='<arg>'\\)"_s, Method::Get,
                 [this](const QString &appId, const QHttpServerRequest &request) {
                     return serveGraph(request, [&](const Call &call) {
                         return m_graph->principal(call, u"appId"_s, appId, request);
                     });
                 });
    m_http.route(u"/v1\\.0/servicePrincipals"_s, Method::Get, [this](const QHttpServerRequest &request) {
        return serveGraph(request, [&](const Call &call) { return m_graph->principals(call, request); });
    });
    m_http.route(u"/v1\\.0/servicePrincipals/<arg>"_s, Method::Get,
                 [this](const QString &id, const QHttpServerRequest &request) {
                     return serveGraph(request, [&](const Call &call) {
                         return m_graph->principal(call, u"id"_s, id, request);
                     });
                 });
    m_http.route(u"/v1\\.0/servicePrincipals/<arg>"_s, Method::Patch,
                 [this](const QString &id, const QHttpServerRequest &request) {
                     return serveGraph(request, [&](const Call &call) {
                         return m_graph->patchPrincipal(call, id, request);
                     });
                 });
    m_http.route(u"/<arg>/metadata/json/1"_s, Method::Get,
                 [this](const QString &tenantId, const QHttpServerRequest &request) {
                     return serveWithFaults(
                         request, [&](const QHttpServerRequest &) { return m_acs->metadata(tenantId); });
                 });
    m_http.route(u"/<arg>/tokens/OAuth/2"_s, Method::Post,
                 [this](const QString &tenant, const QHttpServerRequest &request) {
                     return serveWithFaults(
                         request, [&](const QHttpServerRequest &r) { return m_acs->token(tenant, r); });
                 });
    m_http.route(u"/_vti_bin/client\\.svc"_s, Method::Get, [this](const QHttpServerRequest &request) {
        return serveWithFaults(request,
                               [&](const QHttpServerRequest &r) { return m_acs->realmDiscovery(r); });
    });
    // Last: anything else, shaped like the service the path belongs to.
    m_http.route(u".*"_s, Method::AnyKnown, [](const QHttpServerRequest &request) {
        const QString path = request.url().path();
        if (!path.startsWith(u"/v1.0/"_s))
            return http::json({{u"error"_s, u"not_found"_s},
                               {u"error_description"_s, u"The lab tenant has no endpoint %1 %2."_s.arg(
                                                            http::methodName(request.method()), path)}},
                              404);
        return LabGraphRoutes::error(
            LabGraphRoutes::callFor(request), 400, u"BadRequest"_s,
            u"Resource not found for the segment '%1'."_s.arg(path.section(u'/', 2, 2)));
    });
}

QHttpServerResponse LabTenantServer::serveWithFaults(const QHttpServerRequest &request,
                                                     const Handler &handler)
{
    const LabTenantFault fault = takeLabTenantFault(labFaultsFile(m_model.folder().path()),
                                                    http::methodName(request.method()), request.url().path());
    if (fault.status == 0)
        return handler(request);
    QHttpServerResponse response = LabOAuthRoutes::faultResponse(fault);
    if (fault.retryAfterSeconds > 0)
        response.setHeader("Retry-After", QByteArray::number(fault.retryAfterSeconds));
    return response;
}

QHttpServerResponse LabTenantServer::serveGraph(
    const QHttpServerRequest &request,
    const std::function<QHttpServerResponse(const LabGraphRoutes::Call &)> &handler)
{
    const LabGraphRoutes::Call call = LabGraphRoutes::callFor(request);
    const QString faults = labFaultsFile(m_model.folder().path());
    const QString method = http::methodName(request.method());
    // A second writer's change, around this request (faults.json "concurrentWrite").
    const auto race = takeLabConcurrentWrite(faults, method, request.url().path());
    if (race && !race->afterAnswer)
        raceWith(*race);
    const LabTenantFault fault = takeLabTenantFault(faults, method, request.url().path());
    QHttpServerResponse response =
        fault.status == 0 ? handler(call)
        : !fault.code.isEmpty()
            ? LabGraphRoutes::error(call, fault.status, fault.code,
                                    fault.message.isEmpty() ? u"Injected lab fault."_s : fault.message)
            : m_graph->faultResponse(call, request, fault.status, fault.retryAfterSeconds);
    if (race && race->afterAnswer)
        raceWith(*race);
    return response;
}

void LabTenantServer::raceWith(const LabConcurrentWrite &race) const
{
    // A test aid: a broken entry is reported, never answered to the client as its error.
    if (const Status written = applyConcurrentWrite(m_model.folder(), race.change); !written)
        qWarning().noquote() << "faults.json concurrentWrite:" << written.error().toText();
}

Status LabTenantServer::writeCertificatePem(const QString &path) const
{
    if (m_certificate.isNull())
        return serverError(QCoreApplication::translate("Lab", "The lab tenant has no certificate before it "
                                                              "starts."),
                           {}, {});
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return serverError(QCoreApplication::translate("Lab", "Cannot create the folder of %1.").arg(path),
                           {}, QCoreApplication::translate("Lab", "Choose a writable lab folder."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_certificate.toPem()) < 0 || !file.commit())
        return serverError(QCoreApplication::translate("Lab", "Cannot write the lab tenant's certificate to "
                                                              "%1.")
                               .arg(path),
                           file.errorString(),
                           QCoreApplication::translate("Lab", "Choose a writable lab folder."));
    return success();
}

} // namespace s2s::lab
