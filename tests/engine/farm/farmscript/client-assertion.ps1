# Run by tst_farmscript after dot-sourcing FarmHost.ps1 (see runWithScript), with the SharePoint
# simulator on PSModulePath and S2S_LAB_DIR set: New-S2SClientAssertion with the farm's STS
# certificate as Get-SPSecurityTokenServiceConfig gives it.
# As Initialize-S2SHost: the snap-in (2013-2019), else the SharePointServer module (Subscription Edition).
try { Add-PSSnapin -Name 'Microsoft.SharePoint.PowerShell' -ErrorAction Stop } catch { Import-Module -Name 'SharePointServer' -DisableNameChecking -WarningAction SilentlyContinue }
$certificate = (Get-SPSecurityTokenServiceConfig).LocalLoginProvider.SigningCertificate
'hasKey ' + $certificate.HasPrivateKey
try {
    'jwt ' + (New-S2SClientAssertion -Certificate $certificate -Audience $env:S2S_TEST_ARG -Realm ([string](Get-SPAuthenticationRealm)))
} catch {
    'error ' + $_.Exception.Data['S2SCode'] + ' ' + $_.Exception.Message
}
