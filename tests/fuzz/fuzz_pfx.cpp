// The PFX reader (engine/crypto/Pkcs12.h, readPfx) with the password of the seed files, handing
// out the key as the lab farm asks for it.
#include "FuzzSupport.h"
#include "crypto/Pkcs12.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace s2s::crypto;
    const auto contents = readPfx(s2s::fuzz::bytes(data, size), QStringLiteral("s2s-fuzz"), PfxKey::Export);
    if (!contents)
        (void)contents.error().toText();
    return 0;
}
