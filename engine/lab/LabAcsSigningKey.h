#pragma once

#include <QByteArray>

namespace s2s::lab {

// The key the lab ACS signs its access tokens with, its certificate published in the metadata's
// keys[]: the same in every lab and every process (LabAcsSigningKey.cpp says why), as one ACS
// signs for all its tenants; never written to a lab folder (the lab farms' parity test compares
// the metadata each fetched).
struct LabAcsSigningKey {
    QByteArray certificateDer;
    QByteArray privateKeyPem; // signs the lab's tokens only: never logged nor written
};
LabAcsSigningKey labAcsSigningKey(); // fixed: it cannot fail

} // namespace s2s::lab
