// Microsoft Graph's JSON (engine/tenant/GraphJson.h, GraphError.h). The first byte picks the
// reader: an organization, a service principal, a key credential (and its JSON back), a realm
// discovery challenge (the rest is the WWW-Authenticate value) or a failed answer's error body
// (its status from the first byte too).
#include <QJsonDocument>

#include <iterator>

#include "FuzzSupport.h"
#include "tenant/GraphError.h"
#include "tenant/GraphJson.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace s2s;
    if (size < 1)
        return 0;
    const QByteArray rest = fuzz::bytes(data + 1, size - 1);
    const QJsonObject json = QJsonDocument::fromJson(rest).object();
    switch (data[0] % 5) {
    case 0: (void)graph_json::organization(json); break;
    case 1: (void)graph_json::servicePrincipal(json); break;
    case 2: (void)graph_json::keyCredentialJson(graph_json::keyCredential(json)); break;
    case 3: {
        http::Response response;
        response.status = 401;
        response.headers.append({QByteArrayLiteral("WWW-Authenticate"), rest});
        (void)graph_json::realmDiscovery(response);
        break;
    }
    default: {
        static const int statuses[] = {400, 401, 403, 404, 429, 500, 503};
        http::Response response;
        response.status = statuses[data[0] / 5 % std::size(statuses)];
        response.body = rest;
        response.headers.append({QByteArrayLiteral("request-id"), QByteArrayLiteral("fuzz")});
        (void)graphError(response, QStringLiteral("Application.ReadWrite.All"), QStringLiteral("fuzz"))
            .toText();
        break;
    }
    }
    return 0;
}
