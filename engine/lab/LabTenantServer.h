#pragma once

#include <QHttpServer>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>

#include <functional>
#include <memory>

#include "core/Endpoints.h"
#include "crypto/Certificate.h"
#include "lab/LabAcsRoutes.h"
#include "lab/LabFaults.h"
#include "lab/LabGraphRoutes.h"
#include "lab/LabOAuthRoutes.h"
#include "lab/LabTenantModel.h"
#include "lab/LabTokenStore.h"

namespace s2s::lab {

// The lab tenant over HTTPS on 127.0.0.1: sign-in (login), Microsoft Graph, ACS (metadata document
// and token endpoint) and SharePoint Online's realm discovery under one base URL, backed by
// tenant.json, with faults from faults.json. Its TLS certificate is made at start() and trusted by
// nobody but whoever is handed certificate() or the PEM file written by writeCertificatePem(). Runs
// on the thread's event loop.
class LabTenantServer final : public QObject {
    Q_OBJECT
public:
    explicit LabTenantServer(LabFolder folder, QObject *parent = nullptr);
    ~LabTenantServer() override;

    // Listens on 127.0.0.1:`port`; 0 takes the port stored in tenant.json (the farm keeps the
    // metadata URL, so a lab folder keeps its port). TLS 1.2 or newer only. `tls`: the certificate
    // to serve, made beforehand (makeTlsCertificate, off the UI thread); empty: made now.
    Status start(quint16 port = 0, std::optional<crypto::GeneratedCertificate> tls = {});
    // A new loopback TLS certificate for start(); any thread.
    static Result<crypto::GeneratedCertificate> makeTlsCertificate();
    bool isListening() const;

    quint16 port() const { return m_port; }
    QUrl baseUrl() const; // https://127.0.0.1:<port>
    // login, graph, acs and sharepoint all at baseUrl().
    Endpoints endpoints() const;
    // The only certificate a client must trust to talk to this server (self-signed).
    QSslCertificate certificate() const { return m_certificate; }
    // Writes certificate() as PEM (public only) to `path`, creating its folder.
    Status writeCertificatePem(const QString &path) const;

private:
    using Handler = std::function<QHttpServerResponse(const QHttpServerRequest &)>;
    void addRoutes();
    // Faults first (faults.json), then `handler`: sign-in and ACS answer faults in OAuth's shape,
    // Graph in Graph's.
    QHttpServerResponse serveWithFaults(const QHttpServerRequest &request, const Handler &handler);
    QHttpServerResponse serveGraph(
        const QHttpServerRequest &request,
        const std::function<QHttpServerResponse(const LabGraphRoutes::Call &)> &handler);

    // Makes a second writer's change to tenant.json (faults.json "concurrentWrite").
    void raceWith(const LabConcurrentWrite &race) const;

    LabTenantModel m_model;
    LabTokenStore m_tokens;
    QHttpServer m_http;
    quint16 m_port = 0;
    QSslCertificate m_certificate;
    std::unique_ptr<LabOAuthRoutes> m_oauth;
    std::unique_ptr<LabGraphRoutes> m_graph;
    std::unique_ptr<LabAcsRoutes> m_acs;
};

} // namespace s2s::lab
