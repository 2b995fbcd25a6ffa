#pragma once

#include <QString>
#include <QStringList>

#include <optional>

#include "session/Session.h"

namespace s2s {

// What an earlier session recorded before the wizard changed the tenant, for a --check without
// --session: "existing-spns-kept" and "spo-keys-kept" compare with it instead of having nothing.
struct SessionBaseline {
    std::optional<QStringList> spnsBefore;
    QString spnsFrom; // the session file it came from
    std::optional<QStringList> keysBefore;
    QString keysFrom;

    bool isEmpty() const { return !spnsBefore && !keysBefore; }
};

// Reads (never locks or writes) the sessions in `folder`, newest first, and takes each baseline
// from the newest one of the same farm and tenant that recorded it. "Same farm" is the same
// origin target ("lab:<dir>", or "farm": the farm this machine belongs to, as sessions live in the
// machine's app-data folder); "same tenant" is variables.tenantId, compared ignoring case.
// Unreadable files and other schema versions are skipped.
SessionBaseline findSessionBaseline(const QString &folder, const SessionOrigin &origin,
                                    const QString &tenantId);

// Copies the baseline into `session`'s variables where it has none of its own.
void adoptSessionBaseline(Session &session, const SessionBaseline &baseline);

} // namespace s2s
