# New-SPTrustedSecurityTokenIssuer has no -IsSelfIssuer parameter (the property is the complement of -IsTrustBroker).
# expect: parameter New-SPTrustedSecurityTokenIssuer -IsSelfIssuer
$issuer = New-SPTrustedSecurityTokenIssuer -Name "ACS" -MetadataEndPoint "https://example.invalid/metadata" -IsSelfIssuer
