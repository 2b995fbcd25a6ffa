// Compact JWS parsing (engine/crypto/Jwt.h): parseJwt, and base64url on the whole input.
#include "FuzzSupport.h"
#include "crypto/Jwt.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace s2s::crypto;
    const QByteArray input = s2s::fuzz::bytes(data, size);
    const auto jwt = parseJwt(input);
    if (jwt)
        (void)base64UrlEncode(jwt->signature);
    else
        (void)jwt.error().toText();
    (void)base64UrlDecode(input);
    return 0;
}
