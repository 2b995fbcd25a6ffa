#include "PublicDomain.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace s2s {

namespace {

// Every way a public domain can be wrong gets the same code, kind and remedy.
Error invalidDomain(const QString &message)
{
    return Error{u"input.publicDomain"_s,
                 message,
                 {},
                 QCoreApplication::translate("Domains", "Enter the public DNS domain only, such as "
                                                        "contoso.com (no https://, no path)."),
                 ErrorKind::Input};
}

} // namespace

Result<QString> normalizePublicDomain(const QString &input)
{
    QString domain = input.trimmed().toLower();
    if (domain.contains(u"://"_s) || domain.contains(u'/'))
        return invalidDomain(
            QCoreApplication::translate("Domains", "\"%1\" is a URL, not a domain name.").arg(input));
    if (domain.startsWith(u"*."))
        domain = domain.mid(2);
    if (domain.endsWith(u'.'))
        domain.chop(1);
    if (domain.contains(u'*'))
        return invalidDomain(
            QCoreApplication::translate("Domains", "\"%1\" has a wildcard other than a leading \"*.\".")
                .arg(input));
    static const QRegularExpression label(u"^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"_s);
    const QStringList labels = domain.split(u'.');
    if (domain.isEmpty() || labels.size() < 2)
        return invalidDomain(QCoreApplication::translate("Domains", "\"%1\" is not a domain name with at "
                                                                    "least two labels.")
                                 .arg(input));
    for (const QString &part : labels)
        if (!label.match(part).hasMatch())
            return invalidDomain(QCoreApplication::translate("Domains", "\"%1\" has an invalid label "
                                                                        "\"%2\": use letters, digits and "
                                                                        "inner hyphens.")
                                     .arg(input, part));
    return domain;
}

} // namespace s2s
