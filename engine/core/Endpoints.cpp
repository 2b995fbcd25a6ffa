#include "Endpoints.h"

#include <QCoreApplication>

#include "core/JsonFile.h"

using namespace Qt::StringLiterals;

namespace s2s {

QString Endpoints::metadataEndpoint(const QString &tenantId) const
{
    QString base = acs.toString(QUrl::StripTrailingSlash);
    return base + u"/"_s + tenantId + u"/metadata/json/1"_s;
}

QString Endpoints::sharePointHost(const QString &initialDomain)
{
    const QString label = initialDomain.section(u'.', 0, 0).toLower();
    return label.isEmpty() ? QString() : label + u".sharepoint.com"_s;
}

QUrl Endpoints::sharePointRoot(const QString &initialDomain) const
{
    if (!sharepoint.isEmpty())
        return sharepoint;
    const QString host = sharePointHost(initialDomain);
    return host.isEmpty() ? QUrl() : QUrl(u"https://"_s + host);
}

Result<Endpoints> Endpoints::fromJson(const QJsonObject &json)
{
    Endpoints endpoints;
    for (const auto &[key, target] :
         {std::pair{u"login"_s, &endpoints.login}, std::pair{u"graph"_s, &endpoints.graph},
          std::pair{u"acs"_s, &endpoints.acs}, std::pair{u"sharepoint"_s, &endpoints.sharepoint}}) {
        if (!json.contains(key))
            continue;
        const QUrl url(json.value(key).toString(), QUrl::StrictMode);
        if (!url.isValid() || url.scheme() != u"https" || url.host().isEmpty())
            return Error{u"input.endpoints"_s,
                         QCoreApplication::translate("Endpoints", "Endpoint \"%1\" is not an "
                                                                  "absolute https:// "
                                                                  "URL.")
                             .arg(key),
                         {},
                         QCoreApplication::translate("Endpoints", "Write it as https://host[:port] "
                                                                  "in the endpoints file."),
                         ErrorKind::Input};
        *target = url;
    }
    return endpoints;
}

Result<Endpoints> Endpoints::fromFile(const QString &path)
{
    const auto json = readJsonObject(path);
    if (!json)
        return json.error();
    const QStringList keys{u"login"_s, u"graph"_s, u"acs"_s, u"sharepoint"_s};
    for (const QString &key : json->keys())
        if (!keys.contains(key))
            return Error{
                u"input.endpoints"_s,
                QCoreApplication::translate("Endpoints", "Unknown key \"%1\" in %2.").arg(key, path),
                {},
                QCoreApplication::translate(
                    "Endpoints",
                    "The endpoints file holds only \"login\", \"graph\", \"acs\" and \"sharepoint\"."),
                ErrorKind::Input};
    // A missing key would silently send that side to Microsoft's public cloud.
    for (const QString &key : keys)
        if (!json->contains(key))
            return Error{u"input.endpoints"_s,
                         QCoreApplication::translate("Endpoints", "%1 has no \"%2\" URL.").arg(path, key),
                         {},
                         QCoreApplication::translate(
                             "Endpoints", "Give all four: \"login\", \"graph\", \"acs\" and \"sharepoint\"."),
                         ErrorKind::Input};
    return fromJson(*json);
}

QJsonObject Endpoints::toJson() const
{
    QJsonObject json{
        {u"login"_s, login.toString()}, {u"graph"_s, graph.toString()}, {u"acs"_s, acs.toString()}};
    if (!sharepoint.isEmpty())
        json.insert(u"sharepoint"_s, sharepoint.toString());
    return json;
}

} // namespace s2s
