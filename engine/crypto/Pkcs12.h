#pragma once

#include <QByteArray>
#include <QString>

#include "Certificate.h"
#include "Inspect.h"
#include "core/Error.h"

namespace s2s::crypto {

enum class PfxEncryption {
    // Key and certificate bags AES-256-CBC with PBKDF2 (HMAC-SHA256), SHA-256 MAC: OpenSSL 3's
    // default, which Windows Server 2019 and later import.
    Aes256Sha256,
    // Key and certificate bags PBE-SHA1-3DES, SHA-1 MAC: for Windows Server 2016 and older, which
    // cannot import AES PFX files. Never RC2: OpenSSL 3 only has it in the legacy provider.
    LegacyTripleDesSha1,
};

// A PKCS#12 (.pfx) holding the certificate and its private key, protected by `password`.
// `friendlyName`, when given, is the name Windows shows in the certificate store.
Result<QByteArray> exportPfx(const GeneratedCertificate &certificate, const QString &password,
                             PfxEncryption encryption = PfxEncryption::Aes256Sha256,
                             const QString &friendlyName = {});

struct PfxContents {
    CertificateDetails certificate;
    bool hasPrivateKey = false;
    int privateKeyBits = 0;
    bool keyMatchesCertificate = false;
    // The private key as unencrypted PKCS#8 PEM, only when asked for (PfxKey::Export) and present:
    // a secret, never logged, shown or put in an Error.
    QByteArray privateKeyPem;
};

// Whether readPfx hands out the private key: only the lab farm, which keeps it as a farm's
// configuration does, needs it; the wizard's own PFX handling never holds it in clear.
enum class PfxKey {
    Keep,
    Export,
};

// Opens a PFX with its password. Errors: crypto.pfx-corrupt (not a PKCS#12 file, or damaged),
// crypto.pfx-password (the password does not open it), crypto.pfx-unsupported (needs an algorithm
// OpenSSL 3 no longer offers, such as RC2), crypto.pfx-no-certificate.
Result<PfxContents> readPfx(const QByteArray &pfx, const QString &password, PfxKey key = PfxKey::Keep);

// readPfx on a file; crypto.file-read when it cannot be read.
Result<PfxContents> readPfxFile(const QString &path, const QString &password, PfxKey key = PfxKey::Keep);

} // namespace s2s::crypto
