# SharePoint simulator for the tests (tests/sharepoint/README.md). Named like the SharePoint snap-in
# and first on PSModulePath, so that the farm script's Get-PSSnapin / Add-PSSnapin (PowerShell 7
# has no snap-ins) autoload it. It exports the snap-in cmdlets and the machine seams only; the
# SharePoint cmdlets themselves (compiled, CommandType Cmdlet) arrive with Add-PSSnapin.
@{
    RootModule        = 'Microsoft.SharePoint.PowerShell.psm1'
    ModuleVersion     = '16.0.0'
    GUID              = '3f0c1d2e-5a4b-4c6d-8e7f-9a0b1c2d3e4f'
    Author            = 'S2S Wizard tests'
    Description       = 'SharePoint Server simulator over the lab farm.json (tests only, never shipped).'
    PowerShellVersion = '7.4'
    FunctionsToExport = @(
        'Get-PSSnapin', 'Add-PSSnapin',
        'Test-WSMan', 'Invoke-Command',
        'Import-PfxCertificate', 'Restart-Service', 'iisreset',
        'Get-SimS2SCurrentIdentity', 'Invoke-SimS2SServerProbe', 'Invoke-SimS2SOutboundGet', 'Invoke-SimS2SOutboundPost'
    )
    CmdletsToExport   = @()
    VariablesToExport = @()
    AliasesToExport   = @('iisreset.exe', 'Get-S2SCurrentIdentity', 'Invoke-S2SServerProbe', 'Invoke-S2SOutboundGet', 'Invoke-S2SOutboundPost')
}
