#include "InputRules.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

#include "core/CertificateLimits.h"
#include "core/PublicDomain.h"

using namespace Qt::StringLiterals;

// Every text below keeps the translation context "Answers": they were first the answers parser's
// own, and the translations already have them there.
namespace s2s::input_rules {
namespace {

InputProblem problem(const QString &message, const QString &remedy)
{
    return InputProblem{message, remedy};
}

bool isWholeNumber(const QJsonValue &value)
{
    return value.isDouble() && value.toDouble() == double(value.toInt());
}

bool hasControlCharacter(const QString &value)
{
    return std::any_of(value.cbegin(), value.cend(),
                       [](QChar c) { return c.category() == QChar::Other_Control; });
}

InputCheck httpUrl(const QString &value, const QString &remedy)
{
    const QUrl parsed(value, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.host().isEmpty() || hasControlCharacter(value) ||
        (parsed.scheme() != u"http" && parsed.scheme() != u"https"))
        return problem(
            QCoreApplication::translate("Answers", "\"%1\" is not an absolute http:// or https:// URL.")
                .arg(value),
            remedy);
    return std::nullopt;
}

} // namespace

const QStringList &confirmationKeys()
{
    static const QStringList keys{u"oauthOverHttp"_s, u"outage"_s, u"realmChange"_s, u"remove"_s};
    return keys;
}

const QStringList &zoneNames()
{
    static const QStringList zones{u"Default"_s, u"Intranet"_s, u"Internet"_s, u"Custom"_s, u"Extranet"_s};
    return zones;
}

InputCheck string(const QJsonValue &value)
{
    if (!value.isString())
        return problem(QCoreApplication::translate("Answers", "must be a string."),
                       QCoreApplication::translate("Answers", "Write it in double quotes."));
    return std::nullopt;
}

InputCheck boolean(const QJsonValue &value)
{
    if (!value.isBool())
        return problem(QCoreApplication::translate("Answers", "must be true or false."),
                       QCoreApplication::translate("Answers", "Write true or false."));
    return std::nullopt;
}

InputCheck webApplicationUrl(const QString &value)
{
    return httpUrl(value, QCoreApplication::translate(
                              "Answers", "Write the web application URL, e.g. http://sharepoint."));
}

InputCheck url(const QString &value)
{
    return httpUrl(
        value, QCoreApplication::translate(
                   "Answers", "Write an absolute URL, e.g. https://accounts.accesscontrol.windows.net/..."));
}

InputCheck zone(const QString &value)
{
    if (!zoneNames().contains(value))
        return problem(
            QCoreApplication::translate("Answers", "\"%1\" is not a zone.").arg(value),
            QCoreApplication::translate("Answers", "Use one of: %1.").arg(zoneNames().join(u", "_s)));
    return std::nullopt;
}

InputCheck publicDomain(const QString &value)
{
    const auto normalized = normalizePublicDomain(value);
    if (!normalized)
        return problem(normalized.error().message, normalized.error().remedy);
    return std::nullopt;
}

InputCheck guid(const QString &value)
{
    static const QRegularExpression form(
        u"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"_s);
    if (!form.match(value).hasMatch())
        return problem(
            QCoreApplication::translate("Answers", "\"%1\" is not a GUID.").arg(value),
            QCoreApplication::translate(
                "Answers",
                "Write a GUID such as 00000000-0000-0000-0000-000000000000, or start a new setup."));
    return std::nullopt;
}

InputCheck path(const QJsonValue &value)
{
    if (!value.isString() || value.toString().isEmpty() || hasControlCharacter(value.toString()))
        return problem(QCoreApplication::translate("Answers", "must be a path."),
                       QCoreApplication::translate("Answers", "Write the path in double quotes."));
    return std::nullopt;
}

InputCheck confirmation(const QString &key, const QJsonValue &value)
{
    if (!confirmationKeys().contains(key))
        return problem(
            QCoreApplication::translate("Answers", "is not a known confirmation."),
            QCoreApplication::translate("Answers", "Known: %1.").arg(confirmationKeys().join(u", "_s)));
    return boolean(value);
}

InputCheck certificateMode(const QJsonValue &value)
{
    if (!certificateModeFromName(value.toString()))
        return problem(
            QCoreApplication::translate("Answers", "must be \"generate\", \"import\" or \"keep\"."),
            QCoreApplication::translate("Answers", "Write one of the three in double quotes."));
    return std::nullopt;
}

InputCheck keySize(const QJsonValue &value)
{
    if (isWholeNumber(value) && CertificateLimits::keySizes().contains(value.toInt()))
        return std::nullopt;
    QStringList sizes;
    for (int bits : CertificateLimits::keySizes())
        sizes.append(QString::number(bits));
    return problem(
        QCoreApplication::translate("Answers", "must be one of %1 (RSA bits).").arg(sizes.join(u", "_s)),
        QCoreApplication::translate("Answers", "Write a number, e.g. 2048."));
}

InputCheck validityYears(const QJsonValue &value)
{
    if (isWholeNumber(value) && value.toInt() >= CertificateLimits::minValidityYears &&
        value.toInt() <= CertificateLimits::maxValidityYears)
        return std::nullopt;
    return problem(QCoreApplication::translate("Answers", "must be a whole number of years from %1 to %2.")
                       .arg(CertificateLimits::minValidityYears)
                       .arg(CertificateLimits::maxValidityYears),
                   QCoreApplication::translate("Answers", "Write a number, e.g. 2."));
}

InputCheck stableId(const QString &value)
{
    static const QRegularExpression form(u"^[a-z0-9][a-z0-9._-]{0,99}$"_s);
    if (!form.match(value).hasMatch())
        return problem(QCoreApplication::translate("Answers", "is not a known id."),
                       QCoreApplication::translate(
                           "Answers",
                           "Ids are lowercase letters, digits and '-'; start a new setup if the file "
                           "was changed by hand."));
    return std::nullopt;
}

InputCheck errorCode(const QString &value)
{
    // Codes pass through what services answered: Graph's "graph.Authorization_RequestDenied",
    // Entra's AADSTS numbers, PowerShell's error ids; never spaces, quotes or markup.
    static const QRegularExpression form(u"^[A-Za-z0-9][A-Za-z0-9._:,-]{0,199}$"_s);
    if (!form.match(value).hasMatch())
        return problem(QCoreApplication::translate("Answers", "is not an error code."),
                       QCoreApplication::translate(
                           "Answers",
                           "Error codes are letters, digits and '.', '_', ':', ',' or '-'; start a new "
                           "setup if the file was changed by hand."));
    return std::nullopt;
}

InputCheck thumbprint(const QString &value)
{
    static const QRegularExpression form(u"^[0-9a-fA-F]{40}$"_s);
    if (!form.match(value).hasMatch())
        return problem(
            QCoreApplication::translate("Answers", "\"%1\" is not a certificate thumbprint (40 hex digits).")
                .arg(value.left(100)),
            QCoreApplication::translate("Answers", "Start a new setup if the file was changed by hand."));
    return std::nullopt;
}

InputCheck plainText(const QString &value, qsizetype maxLength)
{
    if (hasControlCharacter(value) || value.size() > maxLength)
        return problem(
            QCoreApplication::translate("Answers", "must be one line of at most %1 characters.")
                .arg(maxLength),
            QCoreApplication::translate("Answers", "Start a new setup if the file was changed by hand."));
    return std::nullopt;
}

} // namespace s2s::input_rules
