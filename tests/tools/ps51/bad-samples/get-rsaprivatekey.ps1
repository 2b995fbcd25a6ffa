# GetRSAPrivateKey() is an extension method in .NET Framework 4.8 (RSACertificateExtensions): PowerShell does not bind it.
# expect: member .GetRSAPrivateKey(): no public type
$certificate = New-Object System.Security.Cryptography.X509Certificates.X509Certificate2
$key = $certificate.GetRSAPrivateKey()
