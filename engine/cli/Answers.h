#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

#include "core/Error.h"

namespace s2s {

// The answers file of DESIGN.md. Every key is optional; a present but invalid key is an input
// error naming it. Parsed here (needing only core/); the workbench applies it to the session.
struct Answers {
    std::optional<QString> webApplication;
    std::optional<QString> zone;
    std::optional<QString> publicDomain;
    // The "certificate" keys given, already checked, paths made absolute.
    QJsonObject certificate;
    QMap<QString, bool> confirmations;

    static Result<Answers> fromFile(const QString &path);
    static Result<Answers> fromJson(const QJsonObject &json);
};

// The confirmation keys the steps may ask for.
const QStringList &confirmationKeys();

} // namespace s2s
