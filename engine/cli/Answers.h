#pragma once

#include <QJsonObject>
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
    // The "certificate" keys given, already checked, paths made absolute.
    QJsonObject certificate;
    QMap<QString, bool> confirmations;

    static Result<Answers> fromFile(const QString &path);
    static Result<Answers> fromJson(const QJsonObject &json);

    // Answers override the session's inputs.
    SessionInputs appliedTo(SessionInputs inputs) const;
};

// What is still missing takes the lab's defaults; with `confirmChanges` (headless runs in the
// lab) changes nobody confirmed or refused count as confirmed. The GUI leaves them to the admin.
SessionInputs withLabDefaults(SessionInputs inputs, bool confirmChanges);

// The confirmation keys the steps may ask for.
const QStringList &confirmationKeys();

} // namespace s2s
