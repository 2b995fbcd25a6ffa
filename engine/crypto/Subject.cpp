#include "Subject.h"

#include <QCoreApplication>

#include <QHash>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace s2s::crypto::ossl {
namespace {

Error subjectError(const QString &subject, const QString &why)
{
    return error(u"crypto.subject"_s,
                 QCoreApplication::translate("Crypto", "The certificate subject \"%1\" is not valid: "
                                                       "%2")
                     .arg(subject, why),
                 QCoreApplication::translate("Crypto", "Write it as CN=name, optionally followed by "
                                                       "O=organization, OU=unit, C=country."));
}

// Splits on commas outside quotes and escapes; removes the quotes and escapes.
QStringList splitRdns(const QString &subject)
{
    QStringList parts(QString{});
    bool quoted = false;
    for (qsizetype i = 0; i < subject.size(); ++i) {
        const QChar c = subject.at(i);
        if (c == u'\\' && i + 1 < subject.size())
            parts.last() += subject.at(++i);
        else if (c == u'"')
            quoted = !quoted;
        else if ((c == u',' || c == u';') && !quoted)
            parts.append(QString{});
        else
            parts.last() += c;
    }
    return parts;
}

// Windows' short names to OpenSSL's.
QString opensslAttribute(const QString &windowsName)
{
    static const QHash<QString, QString> names = {
        {u"CN"_s, u"CN"_s}, {u"O"_s, u"O"_s},   {u"OU"_s, u"OU"_s},
        {u"L"_s, u"L"_s},   {u"S"_s, u"ST"_s},  {u"ST"_s, u"ST"_s},
        {u"C"_s, u"C"_s},   {u"DC"_s, u"DC"_s}, {u"E"_s, u"emailAddress"_s}};
    return names.value(windowsName.trimmed().toUpper());
}

} // namespace

Result<NamePtr> parseSubject(const QString &subject)
{
    if (subject.trimmed().isEmpty())
        return subjectError(subject, QCoreApplication::translate("Crypto", "it is empty."));
    NamePtr name(X509_NAME_new());
    const QStringList rdns = splitRdns(subject);
    // The certificate stores the least specific RDN first, the reverse of how Windows writes it.
    for (auto it = rdns.crbegin(); it != rdns.crend(); ++it) {
        const qsizetype equals = it->indexOf(u'=');
        const QString attribute = opensslAttribute(it->left(equals));
        const QByteArray value = it->mid(equals + 1).trimmed().toUtf8();
        if (equals < 0 || attribute.isEmpty())
            return subjectError(subject, u"\"%1\" is not NAME=value with a known name."_s.arg(it->trimmed()));
        if (value.isEmpty())
            return subjectError(subject, QCoreApplication::translate("Crypto", "%1 has no "
                                                                               "value.")
                                             .arg(attribute));
        if (X509_NAME_add_entry_by_txt(name.get(), attribute.toLatin1().constData(), MBSTRING_UTF8,
                                       reinterpret_cast<const unsigned char *>(value.constData()),
                                       int(value.size()), -1, 0) != 1)
            return subjectError(subject, QCoreApplication::translate("Crypto",
                                                                     "OpenSSL refuses %1 (too long, or wrong "
                                                                     "format).")
                                             .arg(attribute));
    }
    return name;
}

} // namespace s2s::crypto::ossl
