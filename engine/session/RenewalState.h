#pragma once

#include <QDateTime>
#include <QJsonObject>

#include "session/CertificateChoice.h"

namespace s2s {

// A renewal of the STS certificate (--renew-certificate) in progress or done, kept in the session
// so that a renewal killed at any point resumes where it stopped, with the same new certificate.
struct RenewalState {
    // Where the renewal is: each stage is done when the next begins.
    enum class Stage {
        None,         // no renewal began
        Prepared,     // the new certificate is made or opened (its PFX on disk)
        NewKeyAdded,  // SharePoint Online holds the new key next to the old one
        RolledOut,    // the farm signs with the new certificate and every server serves it
        Verified,     // the trust works with the new certificate
        OldKeyRemoved // done: the old farm key is gone from SharePoint Online
    };
    Stage stage = Stage::None;
    StsCertificateRecord oldCertificate; // what the farm signed with when the renewal began
    StsCertificateRecord newCertificate; // what it signs with once renewed
    QDateTime started;
    QDateTime finished;

    bool inProgress() const { return stage != Stage::None && !finished.isValid(); }
    QJsonObject toJson() const;
    static RenewalState fromJson(const QJsonObject &json);
};

QString renewalStageName(RenewalState::Stage stage);

} // namespace s2s
