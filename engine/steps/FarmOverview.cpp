#include "FarmOverview.h"

#include "steps/Expiry.h"
#include "steps/FarmReads.h"

using namespace Qt::StringLiterals;

namespace s2s {

QCoro::Task<FarmOverview> readFarmOverview(FarmBackend &farm)
{
    FarmOverview overview;
    const Result<HostInfo> host = co_await readHostInfo(farm);
    if (host)
        overview.host = host.value();
    else
        overview.error = host.error();
    const Result<QList<ServerInfo>> servers = co_await readServers(farm);
    if (servers)
        overview.servers = servers.value();
    else if (!overview.error)
        overview.error = servers.error();
    co_return overview;
}

QString sharepointProduct(const QString &build)
{
    const QStringList parts = build.split(u'.');
    if (parts.size() < 3)
        return {};
    const int major = parts.at(0).toInt();
    const int number = parts.at(2).toInt();
    if (major == 15)
        return u"SharePoint Server 2013"_s;
    if (major != 16)
        return {};
    // Builds of version 16: 2016 from 4xxx, 2019 from 10xxx, Subscription Edition from 14xxx.
    if (number >= 14000)
        return u"SharePoint Server Subscription Edition"_s;
    if (number >= 10000)
        return u"SharePoint Server 2019"_s;
    return u"SharePoint Server 2016"_s;
}

namespace {

// The certificate SharePoint creates with the farm: what the setup replaces.
bool isFarmDefault(const CertificateInfo &certificate)
{
    return certificate.subject.contains(u"SharePoint Security Token Service"_s, Qt::CaseInsensitive);
}

bool passesKeyAndValidity(const CertificateInfo &certificate, int warnDays)
{
    constexpr int minimumKeyBits = 2048;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return certificate.keyAlgorithm == u"RSA" && certificate.keyBits >= minimumKeyBits &&
           certificate.notBefore <= now && certificate.notAfter > now &&
           !expiresWithin(daysLeft(certificate.notAfter, now), warnDays);
}

} // namespace

QCoro::Task<bool> runsFittingDedicatedStsCertificate(FarmBackend &farm, int warnDays)
{
    const Result<StsConfigInfo> config = co_await readStsConfig(farm);
    if (!config)
        co_return false;
    const CertificateInfo configured = config->signingCertificate;
    if (configured.thumbprint.isEmpty() || isFarmDefault(configured) ||
        !passesKeyAndValidity(configured, warnDays))
        co_return false;
    const Result<QList<ServerInfo>> servers = co_await readServers(farm);
    if (!servers)
        co_return false;
    int matching = 0;
    for (const ServerInfo &server : *servers) {
        if (!server.isSharePointServer())
            continue;
        const QString name = server.name;
        const Result<CertificateInfo> running = co_await readRunningStsCertificate(farm, name);
        if (!running || running->thumbprint.compare(configured.thumbprint, Qt::CaseInsensitive) != 0)
            co_return false;
        ++matching;
    }
    co_return matching > 0;
}

} // namespace s2s
