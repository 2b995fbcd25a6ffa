#include "CertificateChoice.h"

using namespace Qt::StringLiterals;

namespace s2s {
namespace {

QString iso(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

QJsonObject CertificateChoice::toJson() const
{
    QJsonObject json{{u"mode"_s, certificateModeName(mode)}, {u"keySize"_s, keyBits},
                     {u"validityYears"_s, validityYears},    {u"pfx"_s, pfx},
                     {u"passwordFile"_s, passwordFile},      {u"legacyPfx"_s, legacyPfx}};
    if (chosen)
        json.insert(u"chosen"_s, true);
    return json;
}

CertificateChoice CertificateChoice::fromJson(const QJsonObject &json)
{
    CertificateChoice choice;
    // The answers parser rejects an unknown word with its own message; a session file edited by
    // hand into one falls back to keep, which changes nothing on the farm.
    choice.mode = certificateModeFromName(json.value(u"mode").toString()).value_or(CertificateMode::Keep);
    choice.keyBits = json.value(u"keySize").toInt(choice.keyBits);
    choice.validityYears = json.value(u"validityYears").toInt(choice.validityYears);
    choice.pfx = json.value(u"pfx").toString();
    choice.passwordFile = json.value(u"passwordFile").toString();
    choice.legacyPfx = json.value(u"legacyPfx").toBool();
    choice.chosen = json.value(u"chosen").toBool();
    return choice;
}

QJsonObject StsCertificateRecord::toJson() const
{
    return {{u"source"_s, source},
            {u"thumbprint"_s, thumbprint},
            {u"subject"_s, subject},
            {u"keyBits"_s, keyBits},
            {u"keyAlgorithm"_s, keyAlgorithm},
            {u"signatureAlgorithm"_s, signatureAlgorithm},
            {u"notBefore"_s, iso(notBefore)},
            {u"notAfter"_s, iso(notAfter)},
            {u"pfx"_s, pfxPath},
            {u"cer"_s, cerPath}};
}

StsCertificateRecord StsCertificateRecord::fromJson(const QJsonObject &json)
{
    StsCertificateRecord record;
    record.source = json.value(u"source").toString();
    record.thumbprint = json.value(u"thumbprint").toString();
    record.subject = json.value(u"subject").toString();
    record.keyBits = json.value(u"keyBits").toInt();
    record.keyAlgorithm = json.value(u"keyAlgorithm").toString();
    record.signatureAlgorithm = json.value(u"signatureAlgorithm").toString();
    record.notBefore = QDateTime::fromString(json.value(u"notBefore").toString(), Qt::ISODate);
    record.notAfter = QDateTime::fromString(json.value(u"notAfter").toString(), Qt::ISODate);
    record.pfxPath = json.value(u"pfx").toString();
    record.cerPath = json.value(u"cer").toString();
    return record;
}

QJsonObject StsCertificateRecord::toReportJson() const
{
    QJsonObject json{
        {u"source"_s, source},   {u"thumbprint"_s, thumbprint},    {u"subject"_s, subject},
        {u"keySize"_s, keyBits}, {u"notBefore"_s, iso(notBefore)}, {u"notAfter"_s, iso(notAfter)}};
    if (source == generated) {
        json.insert(u"pfx"_s, pfxPath);
        json.insert(u"cer"_s, cerPath);
    } else if (source == imported) {
        json.insert(u"pfx"_s, pfxPath);
    }
    return json;
}

} // namespace s2s
