#pragma once

#include "farm/FarmTypes.h"
#include "session/CertificateChoice.h"
#include "steps/Step.h"

namespace s2s {

// The certificate step 3 installs, with the secrets it travels to the farm with.
struct PreparedStsCertificate {
    StsCertificateRecord record;
    PfxData pfx;    // empty when the farm keeps its current certificate
    QByteArray der; // the certificate (CER)
};

// Generates (off the UI thread) or opens the certificate the admin chose, or reads the farm's
// current one; writes a generated PFX and CER owner-only, keeps the PFX password in the secret
// store and records the public facts in the session. Changes nothing on the farm. Idempotent: a
// certificate generated earlier is reused while it still fits the choice, and an existing file is
// never overwritten. `typedPassword`, when given, is the password the admin typed on the page.
QCoro::Task<Result<PreparedStsCertificate>> prepareStsCertificate(StepContext &context,
                                                                  QString typedPassword);

// Whether `record` is the certificate `choice` asks for, made or opened already (always true for
// keep): the page lets Run start only then, so the admin has seen it before anything changes.
bool isPreparedFor(const StsCertificateRecord &record, const CertificateChoice &choice);

// Subject, thumbprint, key, validity and files, one per line, as the page and the progress show.
QString describeStsCertificate(const StsCertificateRecord &record);

// Where a generated PFX goes when the admin names no path: the app-data folder, owner-only.
QString defaultCertificateFolder();
// A new PFX path in that folder for when the admin chose none, named by the time and a random tag;
// one a PFX or CER already holds gets "-2", "-3", ...
QString newDefaultPfxPath();

// The secret store key of the password of the PFX at `pfxPath`.
QString pfxPasswordKey(const QString &pfxPath);

// The password of the PFX at `pfxPath` as the wizard keeps it: the first line of the choice's
// password file when it names one (the admin's, or the lab's for a generated password), else the
// secret store. Empty optional: neither holds one.
QCoro::Task<Result<std::optional<QString>>> storedPfxPassword(secrets::SecretStore &secrets,
                                                              CertificateChoice choice, QString pfxPath);

// The public facts of a certificate the farm reports or a PFX holds.
StsCertificateRecord certificateRecord(const CertificateInfo &info, const QString &source);

} // namespace s2s
