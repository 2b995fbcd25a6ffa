#include "Merge.h"

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
    return host.compare(domain, Qt::CaseInsensitive) == 0 ||
           host.endsWith(u"."_s + domain, Qt::CaseInsensitive);
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

QList<KeyCredential> resentKeyCredentials(const QList<KeyCredential> &existing)
{
    QList<KeyCredential> resent;
    for (const KeyCredential &key : existing) {
        KeyCredential each;
        each.key = key.key;
        each.type = key.type;
        each.usage = key.usage;
        resent.append(each);
    }
    return resent;
}

QList<KeyCredential> mergeKeyCredentials(const QList<KeyCredential> &existing, const KeyCredential &added)
{
    QList<KeyCredential> merged = resentKeyCredentials(existing);
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

const KeyCredential *findKeyByThumbprint(const QList<KeyCredential> &keys, const QString &thumbprint)
{
    for (const KeyCredential &key : keys)
        if (keyThumbprint(key).compare(thumbprint, Qt::CaseInsensitive) == 0)
            return &key;
    return nullptr;
}

} // namespace s2s
