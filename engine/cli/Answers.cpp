#include "Answers.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>

#include "core/CertificateLimits.h"
#include "core/InputRules.h"
#include "core/JsonFile.h"
#include "core/PublicDomain.h"

using namespace Qt::StringLiterals;

namespace s2s {
namespace {

struct AnswersText {
    Q_DECLARE_TR_FUNCTIONS(Answers)
};

Error badKey(const QString &key, const QString &message, const QString &remedy)
{
    return Error{u"input.answers"_s,
                 AnswersText::tr("Answers key \"%1\": %2").arg(key, message),
                 {},
                 remedy,
                 ErrorKind::Input};
}

Error badKey(const QString &key, const InputProblem &problem)
{
    return badKey(key, problem.message, problem.remedy);
}

Result<std::optional<QString>> optionalString(const QJsonObject &json, const QString &key,
                                              const QString &path)
{
    if (!json.contains(key))
        return std::optional<QString>();
    if (const InputCheck bad = input_rules::string(json.value(key)))
        return badKey(path, *bad);
    return std::optional<QString>(json.value(key).toString());
}

// An existing file the wizard may read (certificate.pfx to import, certificate.passwordFile).
Status readableFile(const QJsonObject &json, const QString &key)
{
    const QFileInfo file(json.value(key).toString());
    if (!file.isFile() || !file.isReadable())
        return badKey(
            u"certificate."_s + key,
            AnswersText::tr("\"%1\" is not a file the wizard can read.").arg(file.absoluteFilePath()),
            AnswersText::tr("Give the path of an existing, readable file."));
    return success();
}

// "certificate": {"mode", "keySize", "validityYears", "pfx", "passwordFile", "legacyPfx"}.
Result<QJsonObject> certificateAnswers(const QJsonValue &value)
{
    if (!value.isObject())
        return badKey(u"certificate"_s, AnswersText::tr("must be an object."),
                      AnswersText::tr("Write {\"mode\": \"generate\"}, {\"mode\": \"import\", \"pfx\": ...} "
                                      "or {\"mode\": \"keep\"}."));
    const QJsonObject json = value.toObject();
    static const QStringList known{u"mode"_s, u"keySize"_s,      u"validityYears"_s,
                                   u"pfx"_s,  u"passwordFile"_s, u"legacyPfx"_s};
    QJsonObject checked;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString key = u"certificate."_s + it.key();
        if (!known.contains(it.key()))
            return badKey(key, AnswersText::tr("is not a known key."),
                          AnswersText::tr("Known keys: %1.").arg(known.join(u", "_s)));
        checked.insert(it.key(), it.value());
    }
    static const std::pair<QString, InputCheck (*)(const QJsonValue &)> rules[]{
        {u"mode"_s, input_rules::certificateMode},
        {u"keySize"_s, input_rules::keySize},
        {u"validityYears"_s, input_rules::validityYears},
        {u"legacyPfx"_s, input_rules::boolean},
        {u"pfx"_s, input_rules::path},
        {u"passwordFile"_s, input_rules::path}};
    for (const auto &[key, rule] : rules) {
        if (!json.contains(key))
            continue;
        if (const InputCheck bad = rule(json.value(key)))
            return badKey(u"certificate."_s + key, *bad);
    }
    for (const QString &key : {u"pfx"_s, u"passwordFile"_s})
        if (json.contains(key))
            checked.insert(key, QFileInfo(json.value(key).toString()).absoluteFilePath());
    const bool importing = certificateModeFromName(json.value(u"mode").toString()) == CertificateMode::Import;
    if (importing && !json.contains(u"pfx"))
        return badKey(u"certificate.pfx"_s, AnswersText::tr("is needed to import a PFX."),
                      AnswersText::tr("Give the path of the PFX file to import."));
    if (json.contains(u"passwordFile")) {
        if (auto file = readableFile(json, u"passwordFile"_s); !file)
            return file.error();
    }
    if (importing) {
        if (auto file = readableFile(json, u"pfx"_s); !file)
            return file.error();
    }
    return checked;
}

} // namespace

const QStringList &confirmationKeys()
{
    return input_rules::confirmationKeys();
}

Result<Answers> Answers::fromFile(const QString &path)
{
    const auto json = readJsonObject(path);
    if (!json)
        return Error{u"input.answers"_s, json.error().message, json.error().detail, json.error().remedy,
                     ErrorKind::Input};
    return fromJson(*json);
}

Result<Answers> Answers::fromJson(const QJsonObject &json)
{
    static const QStringList known{u"webApplication"_s, u"zone"_s, u"publicDomain"_s, u"certificate"_s,
                                   u"confirm"_s};
    for (auto it = json.begin(); it != json.end(); ++it)
        if (!known.contains(it.key()))
            return badKey(it.key(), AnswersText::tr("is not a known key."),
                          AnswersText::tr("Known keys: %1.").arg(known.join(u", "_s)));
    Answers answers;
    auto web = optionalString(json, u"webApplication"_s, u"webApplication"_s);
    if (!web)
        return web.error();
    if (*web) {
        if (const InputCheck bad = input_rules::webApplicationUrl(**web))
            return badKey(u"webApplication"_s, *bad);
        answers.webApplication = **web;
    }
    auto zone = optionalString(json, u"zone"_s, u"zone"_s);
    if (!zone)
        return zone.error();
    if (*zone) {
        if (const InputCheck bad = input_rules::zone(**zone))
            return badKey(u"zone"_s, *bad);
    }
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
        auto certificate = certificateAnswers(json.value(u"certificate"));
        if (!certificate)
            return certificate.error();
        answers.certificate = *certificate;
    }
    if (json.contains(u"confirm")) {
        if (!json.value(u"confirm").isObject())
            return badKey(u"confirm"_s, AnswersText::tr("must be an object."),
                          AnswersText::tr("Write {\"realmChange\": true, ...}."));
        const QJsonObject confirm = json.value(u"confirm").toObject();
        for (auto it = confirm.begin(); it != confirm.end(); ++it) {
            if (const InputCheck bad = input_rules::confirmation(it.key(), it.value()))
                return badKey(u"confirm."_s + it.key(), *bad);
            answers.confirmations.insert(it.key(), it.value().toBool());
        }
    }
    return answers;
}

} // namespace s2s
