#pragma once

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <utility>

#include "farm/FarmTypes.h"
#include "lab/LabFileLock.h"
#include "lab/LabFolder.h"

namespace s2s::lab {

// farm.json, typed. Each part keeps the JSON object it was read from (`json`): a write changes
// the fields the model knows and keeps every other one (added by a test or another tool, such as
// servers[].stsRedirectsTo), and leaves out a known field that was absent and is still empty.
// Certificates stay base64 DER as farm.json holds them.
struct LabZone : ZoneInfo {
    bool windowsAuthentication = false;
    bool kerberos = false;
    QString trustedProvider; // the identity provider a zone without Windows authentication uses
    QString formsProvider;   // a forms (membership) provider; comes before the trusted one
    bool extended = true;    // read only: false, a public URL without IIS settings
    QJsonObject json;
};

struct LabWebApplication {
    QString url;
    QString name;
    bool hasRootSite = false;
    bool claimsAuthentication = true; // false: a classic-mode web application (read only)
    QList<LabZone> zones;
    QJsonObject json;

    // As the farm lists it: the zones it is extended to that have a public URL of their own, in
    // SPUrlZone order.
    WebApplicationInfo info() const;
};

struct LabServer : ServerInfo {
    bool reachable = false;
    QString runningSigningCertificate;
    QStringList rootCertificates;
    // Read only: the server whose name its STS metadata endpoint redirects to (302), and whether
    // it runs the web application service (servers[].services; absent: it does).
    QString stsRedirectsTo;
    bool servesWebApplications = true;
    QJsonObject json;
};

struct LabSts {
    bool allowOAuthOverHttp = false;
    QString signingCertificate;
    // The signing certificate's private key, PKCS#8 PEM, as the configuration database holds it:
    // a secret, never in an Error, a log or a transcript. Empty: the farm cannot sign.
    QString signingKey;
    QJsonObject json;
};

struct LabHost {
    QString powershellVersion;
    QString sharepointBuild;
    QString computerName; // read only: the server the host runs on (empty: the first SharePoint one)
    QJsonObject json;
};

struct LabAccount {
    QString name;
    bool farmAdmin = false;
    bool elevated = false;
    bool shellAdmin = true; // read only, absent means true
    QJsonObject json;
};

// Kept in the protocol's own shape (FarmCodec).
struct LabAppPrincipal : AppPrincipalInfo {
    QJsonObject json;
};
struct LabProxy : ServiceProxyInfo {
    QJsonObject json;
};
struct LabIssuer : TrustedIssuerInfo {
    QJsonObject json;
};

struct LabFarm {
    LabHost host;
    LabAccount account;
    bool outboundHttps = false;
    QString language;                 // read only: the farm's display language (TypeName and display names)
    bool appManagementService = true; // read only: false, app principals cannot be registered
    QString realm;
    LabSts sts;
    QList<LabServer> servers;
    QList<LabWebApplication> webApplications;
    QList<LabAppPrincipal> appPrincipals;
    QList<LabProxy> proxies;
    QList<LabIssuer> trustedIssuers;
    // SPFarm.Properties (strings by key) and the farm object's version, which every
    // SPFarm.Update() raises (farm.json "properties", "farmVersion").
    QJsonObject properties;
    int farmVersion = 0;
    QJsonObject json;

    static LabFarm fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    // By name or URL, case-insensitive as SharePoint compares them; null when there is none.
    LabServer *server(const QString &name);
    const LabWebApplication *webApplication(const QString &url) const;
    // Whether `name` is the server the host runs on (its name, or a DNS name beginning with it).
    bool isLocalServer(const QString &name) const;
};

// The lab farm's state in farm.json, read on every operation so that edits to the file take
// effect at once and the state survives restarts.
class LabFarmModel {
public:
    explicit LabFarmModel(LabFolder folder)
        : m_folder(std::move(folder))
    {}

    const LabFolder &folder() const { return m_folder; }
    Result<LabFarm> read() const;

    // Reads farm.json, lets `change` edit it and writes it back when `change` succeeds; a failed
    // change writes nothing. `change` takes LabFarm& and returns a Result. The whole
    // read-modify-write holds the lab's file lock: another process serving the same lab farm
    // cannot write in between (LabFileLock).
    template <typename Change>
    auto mutate(Change change) const -> decltype(change(std::declval<LabFarm &>()))
    {
        using Outcome = decltype(change(std::declval<LabFarm &>()));
        const LabFileLock lock(m_folder.path());
        if (!lock.held())
            return Outcome(lockError(lock.error()));
        auto farm = read();
        if (!farm)
            return Outcome(farm.error());
        Outcome outcome = change(farm.value());
        if (!outcome)
            return outcome;
        if (auto written = write(farm.value()); !written)
            return Outcome(written.error());
        return outcome;
    }

private:
    Status write(const LabFarm &farm) const;
    static Error lockError(const QString &why);

    LabFolder m_folder;
};

} // namespace s2s::lab
