#pragma once

#include "crypto/Pkcs12.h"
#include "lab/LabOperation.h"

// What the lab farm's operations share (LabFarmOperations.cpp, LabServerOperations.cpp).
namespace s2s::lab {

// SharePoint reports errors as PowerShell error records; the lab words them the same way.
Error farmError(const QString &code, const QString &message, const QString &remedy = {});

// Opens a PFX as Windows does on import: with its password, refusing a wrong one in Windows' words.
Result<CertificateInfo> openPfx(const PfxData &pfx);
// The same, with its private key (contents.privateKeyPem: a secret).
Result<crypto::PfxContents> openPfxWithKey(const PfxData &pfx);

QString base64Of(const CertificateInfo &certificate);

// Reads farm.json and answers from it with `read`.
template <typename Read>
auto fromFarm(const LabFarmContext &lab, Read read) -> decltype(read(std::declval<LabFarm &>()))
{
    auto farm = lab.model.read();
    if (!farm)
        return farm.error();
    return read(farm.value());
}

// Adds the operations on one server of the farm (remoting, STS probe, certificate store, reset).
void addServerOperations(LabOperations &table);

} // namespace s2s::lab
