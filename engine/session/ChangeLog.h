#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace s2s {

// One change the wizard made to the farm or the tenant, recorded in the session right before the
// change is sent (so that a run killed between the two still knows what it may have added), with
// the value it replaced. Removal (--remove) undoes exactly these, in reverse order, and never
// touches an object that existed before.
struct ChangeRecord {
    enum class Kind {
        OAuthOverHttp,          // step 2: before/after "true"/"false"
        StsCertificate,         // step 3 or a renewal: before/after thumbprints (never reverted)
        KeyAdded,               // step 6 or a renewal: object = SHA-1 thumbprint of the key added
        KeyRemoved,             // a renewal: object = thumbprint of the old farm key it removed
        SpnAdded,               // step 7: object = the SPN
        AppPrincipalRegistered, // step 8: object = name identifier, site = the site URL
        RealmChanged,           // step 9: before/after realm
        AcsProxyCreated,        // step 10: object = its metadata endpoint, name = its name
        TrustedIssuerCreated    // step 10: object = issuer name, after = its metadata endpoint
    };
    Kind kind = Kind::SpnAdded;
    QString step;   // key of the step (or "renew-certificate") that made it
    QString object; // what was added or changed (see Kind)
    QString name;   // a display name, when the object has one besides its id
    QString site;   // where the object lives (the app principal's site)
    QString before; // the value it replaced (RealmChanged, OAuthOverHttp, StsCertificate)
    QString after;  // the value it set
    QDateTime recorded;
    QDateTime undone;       // set once a removal undid it (or found it already gone)
    bool foundGone = false; // the removal found it already undone (by someone else): nothing removed

    bool isUndone() const { return undone.isValid(); }
    // Same change: same kind and object (realm and OAuth changes: same kind).
    bool sameChangeAs(const ChangeRecord &other) const;
    QJsonObject toJson() const;
    static std::optional<ChangeRecord> fromJson(const QJsonObject &json);
};

QString changeKindName(ChangeRecord::Kind kind);
std::optional<ChangeRecord::Kind> changeKindFromName(const QString &name);

// What a session changed, in the order it changed it. `complete` is false for a session written
// before the wizard recorded changes: what it changed then is unknown, so it cannot be removed.
struct ChangeLog {
    bool complete = true;
    QList<ChangeRecord> changes;
    QDateTime removalStarted;
    QDateTime removalFinished;

    // The record of the same change, if any.
    const ChangeRecord *find(const ChangeRecord &change) const;
    QJsonObject toJson() const;
    // A session file without "changeLog" was written before changes were recorded.
    static ChangeLog fromSessionJson(const QJsonObject &sessionJson);
};

} // namespace s2s
