#pragma once

// The lab farm's trust.requestToken (PROCEDURE.md, "The trust, proven end to end"): the farm signs a
// client assertion with the STS key of farm.json and posts it to the ACS token endpoint, as
// FarmHost.ps1 does on a real farm with New-S2SClientAssertion and Invoke-S2SOutboundPost.
#include <QByteArray>
#include <QDateTime>
#include <QString>

#include "farm/FarmTypes.h"
#include "lab/LabOperation.h"

namespace s2s::lab {

// What the farm signed: the compact JWT (a secret: it goes to ACS and nowhere else) and the claims
// the answer reports.
struct ClientAssertion {
    QByteArray jwt;
    QString x5t;
    QString issuer; // = sub = client_id
    QString audience;
};

// The farm's client id at `realm`: 00000003-0000-0ff1-ce00-000000000000@<realm>.
QString farmClientId(const QString &realm);

// The client assertion: header {"alg":"RS256","typ":"JWT","x5t":<base64url SHA-1 of certificateDer>},
// claims iss = sub = farmClientId(realm), aud = `audience` as given, a new GUID as jti,
// nbf = `now`, exp = `now` + 5 minutes (seconds since the epoch), signed with `keyPem`.
Result<ClientAssertion> clientAssertion(const QByteArray &certificateDer, const QByteArray &keyPem,
                                        const QString &realm, const QString &audience, const QDateTime &now);

// The form body of the token request in `encoding` (acs_token::clientAssertion or
// acs_token::jwtBearer), every value percent-encoded; farm.argument for any other encoding.
Result<QByteArray> tokenRequestForm(const QString &encoding, const QString &clientId, const QString &resource,
                                    const QByteArray &assertion);

// ACS's answer (`status`, `body`) to a request described by `sent` (encoding and assertion
// fields): accepted with an access token's aud, iss, exp and claim names (the token itself is
// dropped), else the OAuth error of a JSON body or the first 200 characters of any other one.
AcsTokenAnswer readAcsTokenAnswer(int status, const QByteArray &body, AcsTokenAnswer sent);

// Adds trust.requestToken.
void addTrustProofOperations(LabOperations &table);

} // namespace s2s::lab
