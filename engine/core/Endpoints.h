#pragma once

#include <QJsonObject>
#include <QUrl>

#include "Error.h"

namespace s2s {

// Base URLs of the cloud the wizard talks to, in one place so tests, the lab and other clouds can
// replace them together.
struct Endpoints {
    QUrl login = QUrl(QStringLiteral("https://login.microsoftonline.com"));
    QUrl graph = QUrl(QStringLiteral("https://graph.microsoft.com"));
    QUrl acs = QUrl(QStringLiteral("https://accounts.accesscontrol.windows.net"));

    // $metadataEndpoint of the article.
    QString metadataEndpoint(const QString &tenantId) const;

    static Result<Endpoints> fromJson(const QJsonObject &json);
    // An endpoints file (--endpoints): a JSON object with exactly "login", "graph" and "acs".
    static Result<Endpoints> fromFile(const QString &path);
    QJsonObject toJson() const;
};

} // namespace s2s
