# Invoke-WebRequest -SkipCertificateCheck (PowerShell 6.0).
# expect: parameter Invoke-WebRequest -SkipCertificateCheck
$page = Invoke-WebRequest -Uri "https://example.invalid/" -UseBasicParsing -SkipCertificateCheck
