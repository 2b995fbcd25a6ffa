#pragma once

#include <QMap>
#include <QString>

#include <optional>

#include "core/Error.h"
#include "session/Session.h"

namespace s2s {

// The answers file of DESIGN.md. Every key is optional; a present but invalid key is an input
// error naming it.
struct Answers {
    std::optional<QString> webApplication;
    std::optional<QString> zone;
    std::optional<QString> publicDomain;
    std::optional<QString> certificateMode;
    QMap<QString, bool> confirmations;

    static Result<Answers> fromFile(const QString &path);
    static Result<Answers> fromJson(const QJsonObject &json);

    // Answers override the session's inputs; in the lab, what is still missing takes the lab
    // defaults (and unconfirmed changes count as confirmed).
    SessionInputs appliedTo(SessionInputs inputs, bool lab) const;
};

// The confirmation keys the steps may ask for.
const QStringList &confirmationKeys();

} // namespace s2s
