#include "Answers.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QUrl>

#include "core/JsonFile.h"
#include "lab/LabFolder.h"
#include "tenant/Merge.h"

using namespace Qt::StringLiterals;

namespace s2s {
namespace {

struct AnswersText {
    Q_DECLARE_TR_FUNCTIONS(Answers)
};

Error badKey(const QString &key, const QString &message, const QString &remedy)
{
    return Error{u"input.answers"_s, AnswersText::tr("Answers key \"%1\": %2").arg(key, message),
                 {}, remedy};
}

Result<std::optional<QString>> optionalString(const QJsonObject &json, const QString &key,
                                              const QString &path)
{
    if (!json.contains(key))
        return std::optional<QString>();
    if (!json.value(key).isString())
        return badKey(path, AnswersText::tr("must be a string."),
                      AnswersText::tr("Write it in double quotes."));
    return std::optional<QString>(json.value(key).toString());
}

} // namespace

const QStringList &confirmationKeys()
{
    static const QStringList keys{u"oauthOverHttp"_s, u"outage"_s, u"realmChange"_s};
    return keys;
}

Result<Answers> Answers::fromFile(const QString &path)
{
    const auto json = readJsonObject(path);
    if (!json)
        return Error{u"input.answers"_s, json.error().message, json.error().detail,
                     json.error().remedy};
    return fromJson(*json);
}

Result<Answers> Answers::fromJson(const QJsonObject &json)
{
    static const QStringList known{u"webApplication"_s, u"zone"_s, u"publicDomain"_s,
                                   u"certificate"_s, u"confirm"_s};
    for (auto it = json.begin(); it != json.end(); ++it)
        if (!known.contains(it.key()))
            return badKey(it.key(), AnswersText::tr("is not a known key."),
                          AnswersText::tr("Known keys: %1.").arg(known.join(u", "_s)));
    Answers answers;
    auto web = optionalString(json, u"webApplication"_s, u"webApplication"_s);
    if (!web)
        return web.error();
    if (*web) {
        const QUrl url(**web, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != u"http" && url.scheme() != u"https"))
            return badKey(u"webApplication"_s,
                          AnswersText::tr("\"%1\" is not an absolute http:// or https:// URL.")
                              .arg(**web),
                          AnswersText::tr("Write the web application URL, e.g. http://sharepoint."));
        answers.webApplication = **web;
    }
    auto zone = optionalString(json, u"zone"_s, u"zone"_s);
    if (!zone)
        return zone.error();
    static const QStringList zones{u"Default"_s, u"Intranet"_s, u"Internet"_s, u"Custom"_s,
                                   u"Extranet"_s};
    if (*zone && !zones.contains(**zone))
        return badKey(u"zone"_s, AnswersText::tr("\"%1\" is not a zone.").arg(**zone),
                      AnswersText::tr("Use one of: %1.").arg(zones.join(u", "_s)));
    answers.zone = *zone;
    auto domain = optionalString(json, u"publicDomain"_s, u"publicDomain"_s);
    if (!domain)
        return domain.error();
    if (*domain) {
        const auto normalized = normalizePublicDomain(**domain);
        if (!normalized)
            return badKey(u"publicDomain"_s, normalized.error().message, normalized.error().remedy);
        answers.publicDomain = *normalized;
    }
    if (json.contains(u"certificate")) {
        if (!json.value(u"certificate").isObject())
            return badKey(u"certificate"_s, AnswersText::tr("must be an object."),
                          AnswersText::tr("Write {\"mode\": \"keep\"}."));
        auto mode = optionalString(json.value(u"certificate").toObject(), u"mode"_s,
                                   u"certificate.mode"_s);
        if (!mode)
            return mode.error();
        if (*mode && **mode != u"keep")
            return badKey(u"certificate.mode"_s,
                          AnswersText::tr("\"%1\" is not available in this version.").arg(**mode),
                          AnswersText::tr("Use \"keep\" (generate and import arrive in a later version)."));
        answers.certificateMode = *mode;
    }
    if (json.contains(u"confirm")) {
        if (!json.value(u"confirm").isObject())
            return badKey(u"confirm"_s, AnswersText::tr("must be an object."),
                          AnswersText::tr("Write {\"realmChange\": true, ...}."));
        const QJsonObject confirm = json.value(u"confirm").toObject();
        for (auto it = confirm.begin(); it != confirm.end(); ++it) {
            const QString key = u"confirm."_s + it.key();
            if (!confirmationKeys().contains(it.key()))
                return badKey(key, AnswersText::tr("is not a known confirmation."),
                              AnswersText::tr("Known: %1.").arg(confirmationKeys().join(u", "_s)));
            if (!it.value().isBool())
                return badKey(key, AnswersText::tr("must be true or false."),
                              AnswersText::tr("Write true or false."));
            answers.confirmations.insert(it.key(), it.value().toBool());
        }
    }
    return answers;
}

SessionInputs Answers::appliedTo(SessionInputs inputs) const
{
    if (webApplication)
        inputs.webApplication = *webApplication;
    if (zone)
        inputs.zone = *zone;
    if (publicDomain)
        inputs.publicDomain = *publicDomain;
    if (certificateMode)
        inputs.certificateMode = *certificateMode;
    for (auto it = confirmations.cbegin(); it != confirmations.cend(); ++it)
        inputs.confirmations.insert(it.key(), it.value());
    return inputs;
}

SessionInputs withLabDefaults(SessionInputs inputs, bool confirmChanges)
{
    if (inputs.webApplication.isEmpty())
        inputs.webApplication = lab::seed::httpWebApp;
    if (inputs.zone.isEmpty())
        inputs.zone = u"Default"_s;
    if (inputs.publicDomain.isEmpty())
        inputs.publicDomain = lab::seed::publicDomain;
    if (confirmChanges)
        for (const QString &key : confirmationKeys())
            if (!inputs.confirmations.contains(key))
                inputs.confirmations.insert(key, true);
    return inputs;
}

} // namespace s2s
