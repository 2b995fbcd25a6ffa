#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "core/Error.h"
#include "tenant/TenantTypes.h"

namespace s2s {

// The SPN of step 7: "<spoAppId>/*.<domain>".
QString spnForDomain(const QString &domain);
// True when the SPN's host part, after "<appId>/" and any "*.", is the domain or a subdomain.
bool spnContainsDomain(const QString &spn, const QString &domain);
// `existing` plus `spn` when it is missing (case-insensitive); order kept.
QStringList mergeSpns(const QStringList &existing, const QString &spn);

// The entries of `required` that `present` lacks, ignoring case (SPNs and hex thumbprints both
// compare so).
QStringList missingFrom(const QStringList &required, const QStringList &present);
// Whether both hold the same entries, ignoring case and order.
bool sameEntries(const QStringList &a, const QStringList &b);

// SHA-1 of the certificate inside a key credential's base64 `key`, uppercase hex.
QString keyThumbprint(const KeyCredential &key);
// Every key as PATCH must re-send it: exactly {key,type,usage}.
QList<KeyCredential> resentKeyCredentials(const QList<KeyCredential> &existing);
// What PATCH must send: every existing key re-sent as exactly {key,type,usage}, then `added`.
QList<KeyCredential> mergeKeyCredentials(const QList<KeyCredential> &existing, const KeyCredential &added);
// keyThumbprint of each key, in order (empty for a key returned without `key`).
QStringList keyThumbprints(const QList<KeyCredential> &keys);
// The first key that came back without `key`: re-sending it would drop it.
const KeyCredential *firstKeyWithoutValue(const QList<KeyCredential> &keys);
const KeyCredential *findKeyByThumbprint(const QList<KeyCredential> &keys, const QString &thumbprint);

} // namespace s2s
