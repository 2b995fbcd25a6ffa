#pragma once

// The trust proven with real tokens (PROCEDURE.md, "The trust, proven end to end"): the farm signs
// a client assertion with its own STS key, which never leaves it, and asks ACS for a token.

#include "farm/FarmOp.h"

namespace s2s {

// On the server hosting the wizard: builds the client assertion (RS256, header x5t of the STS
// certificate, iss = sub = client_id = 00000003-0000-0ff1-ce00-000000000000@<farm realm>,
// aud = tokenEndpoint, jti, nbf, exp within 10 minutes), signs it with the farm's STS signing key
// and posts it to tokenEndpoint with
// resource = 00000003-0000-0ff1-ce00-000000000000/<resourceHost>@<farm realm>, in the grant
// encoding `encoding` (acs_token::clientAssertion or acs_token::jwtBearer). Any answer of ACS is a
// result (accepted or not); only a transport failure is an error (farm.outbound).
struct RequestAcsTokenOp : FarmOpDefaults {
    static constexpr QStringView name = u"trust.requestToken";
    struct Args {
        QString tokenEndpoint;
        QString resourceHost;
        QString encoding;
    };
    using Result = AcsTokenAnswer;
    static QJsonObject writeArgs(const Args &args)
    {
        return {{QStringLiteral("tokenEndpoint"), args.tokenEndpoint},
                {QStringLiteral("resourceHost"), args.resourceHost},
                {QStringLiteral("encoding"), args.encoding}};
    }
    static Args readArgs(farm_op::ArgReader &in)
    {
        return {in.requiredText(QStringLiteral("tokenEndpoint")),
                in.requiredText(QStringLiteral("resourceHost")), in.requiredText(QStringLiteral("encoding"))};
    }
    // What an admin would type to do the same by hand; the signing itself is FarmHost.ps1's
    // New-S2SClientAssertion.
    static QString command(const Args &args)
    {
        return QStringLiteral(
                   "$realm = Get-SPAuthenticationRealm; "
                   "$stsCertificate = "
                   "(Get-SPSecurityTokenServiceConfig).LocalLoginProvider.SigningCertificate; "
                   "$assertion = New-S2SClientAssertion -Certificate $stsCertificate -Audience %1; "
                   "Invoke-WebRequest -Method Post -Uri %1 -Body @{ grant_type = %2; "
                   "client_id = \"00000003-0000-0ff1-ce00-000000000000@$realm\"; "
                   "resource = %3 + \"@$realm\"; ... }")
            .arg(farm_op::quote(args.tokenEndpoint),
                 farm_op::quote(args.encoding == acs_token::jwtBearer
                                    ? QStringLiteral("http://oauth.net/grant_type/jwt/1.0/bearer")
                                    : QStringLiteral("client_credentials")),
                 farm_op::quote(QStringLiteral("00000003-0000-0ff1-ce00-000000000000/") + args.resourceHost));
    }
};

using TrustProofOps = FarmOpList<RequestAcsTokenOp>;

} // namespace s2s
