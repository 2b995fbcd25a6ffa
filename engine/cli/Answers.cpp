#include "Answers.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>
#include <QUrl>

#include "core/CertificateLimits.h"
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

bool isWholeNumber(const QJsonValue &value)
{
    return value.isDouble() && value.toDouble() == double(value.toInt());
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
    if (json.contains(u"mode") && !certificateModeFromName(json.value(u"mode").toString()))
        return badKey(u"certificate.mode"_s, AnswersText::tr("must be \"generate\", \"import\" or \"keep\"."),
                      AnswersText::tr("Write one of the three in double quotes."));
    QStringList sizes;
    for (int bits : CertificateLimits::keySizes())
        sizes.append(QString::number(bits));
    if (json.contains(u"keySize") &&
        (!isWholeNumber(json.value(u"keySize")) ||
         !CertificateLimits::keySizes().contains(json.value(u"keySize").toInt())))
        return badKey(u"certificate.keySize"_s,
                      AnswersText::tr("must be one of %1 (RSA bits).").arg(sizes.join(u", "_s)),
                      AnswersText::tr("Write a number, e.g. 2048."));
    const QJsonValue years = json.value(u"validityYears");
    if (json.contains(u"validityYears") &&
        (!isWholeNumber(years) || years.toInt() < CertificateLimits::minValidityYears ||
         years.toInt() > CertificateLimits::maxValidityYears))
        return badKey(u"certificate.validityYears"_s,
                      AnswersText::tr("must be a whole number of years from %1 to %2.")
                          .arg(CertificateLimits::minValidityYears)
                          .arg(CertificateLimits::maxValidityYears),
                      AnswersText::tr("Write a number, e.g. 2."));
    if (json.contains(u"legacyPfx") && !json.value(u"legacyPfx").isBool())
        return badKey(u"certificate.legacyPfx"_s, AnswersText::tr("must be true or false."),
                      AnswersText::tr("Write true or false."));
    for (const QString &key : {u"pfx"_s, u"passwordFile"_s}) {
        if (!json.contains(key))
            continue;
        if (!json.value(key).isString() || json.value(key).toString().isEmpty())
            return badKey(u"certificate."_s + key, AnswersText::tr("must be a path."),
                          AnswersText::tr("Write the path in double quotes."));
        checked.insert(key, QFileInfo(json.value(key).toString()).absoluteFilePath());
    }
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
    static const QStringList keys{u"oauthOverHttp"_s, u"outage"_s, u"realmChange"_s, u"remove"_s};
    return keys;
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
        const QUrl url(**web, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"http" && url.scheme() != u"https"))
            return badKey(u"webApplication"_s,
                          AnswersText::tr("\"%1\" is not an absolute http:// or https:// URL.").arg(**web),
                          AnswersText::tr("Write the web application URL, e.g. http://sharepoint."));
        answers.webApplication = **web;
    }
    auto zone = optionalString(json, u"zone"_s, u"zone"_s);
    if (!zone)
        return zone.error();
    static const QStringList zones{u"Default"_s, u"Intranet"_s, u"Internet"_s, u"Custom"_s, u"Extranet"_s};
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

} // namespace s2s
