#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace s2s {

// What is wrong with one input value and how to fix it. The caller names the key and the file:
// the answers file (cli/Answers) and the session file (session/SessionRules) check their values
// with these same rules, so a session edited by hand is held to what the answers file must meet.
struct InputProblem {
    QString message;
    QString remedy;
};
using InputCheck = std::optional<InputProblem>;

namespace input_rules {

// The confirmation keys the steps may ask for ("confirm" in the answers file and the session).
const QStringList &confirmationKeys();
// The zones of a web application (SPUrlZone).
const QStringList &zoneNames();

InputCheck string(const QJsonValue &value);
InputCheck boolean(const QJsonValue &value);
// An absolute http:// or https:// URL with a host (the web application).
InputCheck webApplicationUrl(const QString &value);
// An absolute https:// or http:// URL with a host (the metadata endpoint).
InputCheck url(const QString &value);
// A zone name of zoneNames().
InputCheck zone(const QString &value);
// A public domain normalizePublicDomain accepts.
InputCheck publicDomain(const QString &value);
// A GUID in its registry form (8-4-4-4-12 hex digits, without braces): a tenant or object id.
InputCheck guid(const QString &value);
// A file path: a non-empty string without control characters.
InputCheck path(const QJsonValue &value);
// A known confirmation key with a boolean value.
InputCheck confirmation(const QString &key, const QJsonValue &value);
// "generate", "import" or "keep".
InputCheck certificateMode(const QJsonValue &value);
InputCheck keySize(const QJsonValue &value);
InputCheck validityYears(const QJsonValue &value);
// A stable machine-readable id (check ids, error codes, step keys): lowercase letters, digits,
// '-', '.' and '_', at most 100 characters.
InputCheck stableId(const QString &value);
// An error code as recorded from the engine or a service (no spaces, quotes or markup).
InputCheck errorCode(const QString &value);
// A certificate thumbprint: 40 hex digits.
InputCheck thumbprint(const QString &value);
// One line of plain text (no control characters), at most `maxLength` characters.
InputCheck plainText(const QString &value, qsizetype maxLength = 1024);

} // namespace input_rules
} // namespace s2s
