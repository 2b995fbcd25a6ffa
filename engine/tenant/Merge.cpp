#include "Merge.h"

#include <QCoreApplication>

#include <QRegularExpression>

#include "core/Constants.h"
#include "crypto/Certificate.h"

using namespace Qt::StringLiterals;

namespace s2s {

QString spnForDomain(const QString &domain)
{
    return constants::spoAppId + u"/*."_s + domain;
}

bool spnContainsDomain(const QString &spn, const QString &domain)
{
    const qsizetype slash = spn.indexOf(u'/');
    if (slash < 0 || domain.isEmpty())
        return false;
    QString host = spn.mid(slash + 1);
    if (host.startsWith(u"*."))
        host = host.mid(2);
    return host.compare(domain, Qt::CaseInsensitive) == 0
           || host.endsWith(u"."_s + domain, Qt::CaseInsensitive);
}

QStringList mergeSpns(const QStringList &existing, const QString &spn)
{
    QStringList merged = existing;
    if (!existing.contains(spn, Qt::CaseInsensitive))
        merged.append(spn);
    return merged;
}

QStringList missingFrom(const QStringList &required, const QStringList &present)
{
    QStringList missing;
    for (const QString &each : required)
        if (!present.contains(each, Qt::CaseInsensitive) && !missing.contains(each, Qt::CaseInsensitive))
            missing.append(each);
    return missing;
}

bool sameEntries(const QStringList &a, const QStringList &b)
{
    return missingFrom(a, b).isEmpty() && missingFrom(b, a).isEmpty();
}

QString keyThumbprint(const KeyCredential &key)
{
    if (key.key.isEmpty())
        return {};
    return crypto::sha1Thumbprint(QByteArray::fromBase64(key.key.toLatin1()));
}

QList<KeyCredential> mergeKeyCredentials(const QList<KeyCredential> &existing,
                                         const KeyCredential &added)
{
    QList<KeyCredential> merged;
    for (const KeyCredential &key : existing) {
        KeyCredential resent;
        resent.key = key.key;
        resent.type = key.type;
        resent.usage = key.usage;
        merged.append(resent);
    }
    merged.append(added);
    return merged;
}

QStringList keyThumbprints(const QList<KeyCredential> &keys)
{
    QStringList thumbprints;
    for (const KeyCredential &key : keys)
        thumbprints.append(keyThumbprint(key));
    return thumbprints;
}

const KeyCredential *firstKeyWithoutValue(const QList<KeyCredential> &keys)
{
    for (const KeyCredential &key : keys)
        if (key.key.isEmpty())
            return &key;
    return nullptr;
}

const KeyCredential *findKeyByThumbprint(const QList<KeyCredential> &keys,
                                         const QString &thumbprint)
{
    for (const KeyCredential &key : keys)
        if (keyThumbprint(key).compare(thumbprint, Qt::CaseInsensitive) == 0)
            return &key;
    return nullptr;
}

Result<QString> normalizePublicDomain(const QString &input)
{
    QString domain = input.trimmed().toLower();
    const QString remedy =
        QCoreApplication::translate("Domains", "Enter the public DNS domain only, such as "
                                               "contoso.com (no https://, no path).");
    if (domain.contains(u"://"_s) || domain.contains(u'/'))
        return Error{u"input.publicDomain"_s,
                     QCoreApplication::translate("Domains", "\"%1\" is a URL, not a domain "
                                                            "name.").arg(input), {}, remedy, ErrorKind::Input};
    if (domain.startsWith(u"*."))
        domain = domain.mid(2);
    if (domain.endsWith(u'.'))
        domain.chop(1);
    if (domain.contains(u'*'))
        return Error{u"input.publicDomain"_s,
                     QCoreApplication::translate("Domains", "\"%1\" has a wildcard other than a "
                                                            "leading \"*.\".").arg(input), {},
                     remedy, ErrorKind::Input};
    static const QRegularExpression label(u"^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"_s);
    const QStringList labels = domain.split(u'.');
    if (domain.isEmpty() || labels.size() < 2)
        return Error{u"input.publicDomain"_s,
                     QCoreApplication::translate("Domains", "\"%1\" is not a domain name with at "
                                                            "least two labels.").arg(input), {},
                     remedy, ErrorKind::Input};
    for (const QString &part : labels)
        if (!label.match(part).hasMatch())
            return Error{u"input.publicDomain"_s,
                         QCoreApplication::translate("Domains", "\"%1\" has an invalid label "
                                                                "\"%2\": use letters, digits and "
                                                                "inner hyphens.").arg(input, part),
                         {}, remedy, ErrorKind::Input};
    return domain;
}

} // namespace s2s
