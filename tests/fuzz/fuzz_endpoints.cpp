// The endpoints file (engine/core/Endpoints.h), and the URLs the wizard derives from it.
#include "FuzzSupport.h"
#include "core/Endpoints.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto endpoints = s2s::Endpoints::fromFile(s2s::fuzz::file(s2s::fuzz::bytes(data, size)));
    if (!endpoints) {
        (void)endpoints.error().toText();
        return 0;
    }
    (void)endpoints->toJson();
    (void)endpoints->metadataEndpoint(QStringLiteral("00000000-0000-0000-0000-000000000001"));
    (void)endpoints->sharePointRoot(QStringLiteral("contoso.onmicrosoft.com"));
    return 0;
}
