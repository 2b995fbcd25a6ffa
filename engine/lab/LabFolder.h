#pragma once

#include <QJsonObject>
#include <QString>

#include "core/Error.h"

namespace s2s::lab {

// Seed values the lab starts from (DESIGN.md, "Lab seed"); tests rely on them.
namespace seed {
inline const QString tenantId = QStringLiteral("a4c1e5f2-7b3d-4e8a-9f60-1d2c3b4a5e6f");
inline const QString farmRealm = QStringLiteral("8f2b6d1e-3c4a-4f5b-9e7d-0a1b2c3d4e5f");
inline const QString httpWebApp = QStringLiteral("http://sharepoint");
inline const QString httpsWebApp = QStringLiteral("https://portal.contoso.com");
inline const QString publicDomain = QStringLiteral("contoso.com");
} // namespace seed

// A lab folder holds farm.json and tenant.json: the whole state of the simulated farm and tenant,
// plain JSON so an admin or a test can read it and edit it to make a check fail.
class LabFolder {
public:
    explicit LabFolder(const QString &path);

    QString path() const { return m_path; }
    QString farmFile() const;
    QString tenantFile() const;
    // <lab>/run/tenant-ca.pem: the lab tenant server's certificate (public) of the current run,
    // which the lab farm host trusts.
    QString tenantCaFile() const;
    // <lab>/secrets: where a PFX password the wizard generated goes when no credential store keeps
    // it, in an owner-only file the session then names as the password file.
    QString passwordFolder() const;

    // Creates the folder and seeds missing files. Existing files are kept; a tenant.json from before
    // the lab had users only gets the seed's users added. The farm's seed makes an RSA key (its
    // STS certificate's), the first of `keyAttempts` racing on threads of their own; the tenant's
    // holds only certificates made once (LabSeed.cpp).
    Status ensureSeeded(int keyAttempts = 1) const;

    Result<QJsonObject> readFarm() const;
    Status writeFarm(const QJsonObject &farm) const;
    Result<QJsonObject> readTenant() const;
    Status writeTenant(const QJsonObject &tenant) const;

private:
    Status addSeedUsersIfMissing() const;

    QString m_path;
};

QJsonObject seedFarm(int keyAttempts = 1);
QJsonObject seedTenant(int port);

} // namespace s2s::lab
