// The token endpoint's answers (engine/tenant/auth/OAuthReply.h) and the id_token in them
// (IdToken.h). The first byte picks: a granted answer (HTTP 200), a refusal (HTTP 400), or the
// rest as an id_token alone.
#include "FuzzSupport.h"
#include "core/Constants.h"
#include "tenant/auth/OAuthReply.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace s2s;
    if (size < 1)
        return 0;
    const QByteArray rest = fuzz::bytes(data + 1, size - 1);
    const int mode = data[0] % 3;
    if (mode == 2) {
        const auto claims = auth::readIdToken(QString::fromUtf8(rest), constants::defaultClientId);
        if (!claims)
            (void)claims.error().toText();
        return 0;
    }
    http::Response response;
    response.status = mode == 0 ? 200 : 400;
    response.body = rest;
    const auth::OAuthReply reply = auth::oauthReply(response);
    const auto tokens = auth::tokenSetFrom(reply, QStringLiteral("Sign-in"), constants::defaultClientId);
    if (!tokens)
        (void)tokens.error().toText();
    return 0;
}
