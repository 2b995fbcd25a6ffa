#include "LabKeyCredentials.h"

#include "lab/LabJson.h"
#include "lab/LabTenantModel.h"

using namespace Qt::StringLiterals;

namespace s2s::lab {
namespace {

Error badRequest(const QString &message)
{
    return labGraphError(u"Request_BadRequest"_s, message);
}

// A date Graph was sent, or `fallback` when none was; an unparsable one is refused.
Result<QDateTime> sentDate(const QJsonObject &sent, const QString &name, const QDateTime &fallback)
{
    const QJsonValue value = sent.value(name);
    if (value.isUndefined() || value.isNull())
        return fallback;
    const QDateTime date = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!date.isValid())
        return badRequest(u"Invalid value specified for property '%1' of resource "
                          "'KeyCredential'."_s.arg(name));
    return date.toUTC();
}

} // namespace

Result<QJsonObject> labKeyCredential(const QJsonObject &sent, const QDateTime &now)
{
    const QString keyBase64 = sent.value(u"key").toString();
    if (keyBase64.isEmpty() || sent.value(u"type").toString().isEmpty() ||
        sent.value(u"usage").toString().isEmpty())
        return badRequest(u"Invalid value specified for property 'keyCredentials' of resource "
                          "'ServicePrincipal': key, type and usage are required."_s);
    const QString usage = sent.value(u"usage").toString();
    if (usage.compare(u"Verify"_s, Qt::CaseInsensitive) != 0 &&
        usage.compare(u"Sign"_s, Qt::CaseInsensitive) != 0)
        return badRequest(u"The value for the property \"usage\" in one of your credentials is "
                          "invalid. Acceptable values are Sign, Verify."_s);
    const auto certificate = certificateFromBase64(keyBase64);
    if (!certificate)
        return badRequest(u"Key credential key is not a valid X.509 certificate."_s);
    // Graph's message for every date it refuses, an expired certificate included.
    const Error invalidEnd = badRequest(u"Key credential end date is invalid."_s);
    if (certificate->notAfter <= now)
        return invalidEnd;
    const auto start = sentDate(sent, u"startDateTime"_s, certificate->notBefore);
    if (!start)
        return start.error();
    const auto end = sentDate(sent, u"endDateTime"_s, certificate->notAfter);
    if (!end)
        return end.error();
    if (*start < certificate->notBefore)
        return badRequest(u"Key credential start date is invalid."_s);
    if (*end > certificate->notAfter || *end <= *start || *end <= now)
        return invalidEnd;
    QJsonObject created = keyCredentialJson(keyBase64, sent.value(u"displayName").toString());
    created.insert(u"type"_s, sent.value(u"type").toString());
    created.insert(u"usage"_s, usage);
    created.insert(u"startDateTime"_s, start->toString(Qt::ISODate));
    created.insert(u"endDateTime"_s, end->toString(Qt::ISODate));
    return created;
}

} // namespace s2s::lab
