#pragma once

#include "session/CertificateChoice.h"

namespace s2s {

// Which certificate the step 3 page shows beside the choice, decided here rather than in the page
// so that the rule (show only what the current choice will really use) is tested with the step.
struct StsCertificatePreview {
    enum class Kind {
        None,      // nothing prepared for this choice yet: the page shows no certificate
        Current,   // keep: the farm's current certificate, as read from the farm
        ToInstall, // generate or import: the certificate the step installs on every server
    };
    Kind kind = Kind::None;
    StsCertificateRecord record; // empty for None
    // A PFX the wizard made or opened: the admin may copy its password to keep with it.
    bool offersPfxPassword = false;
};

// `prepared` is the session's certificate (SessionVariables::stsCertificate), which may have
// been prepared for an earlier choice.
StsCertificatePreview stsCertificatePreview(const CertificateChoice &choice,
                                            const StsCertificateRecord &prepared);

} // namespace s2s
