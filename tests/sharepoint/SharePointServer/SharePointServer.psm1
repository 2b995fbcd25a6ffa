# Subscription Edition: Import-Module SharePointServer registers the SharePoint cmdlets (the same
# compiled cmdlets as the simulated snap-in; their Source stays "Microsoft.SharePoint.PowerShell",
# because PowerShell keeps one module per assembly). On a 2013-2019 farm there is no such module.
$simulator = Import-Module -Name (Join-Path (Join-Path (Split-Path -Parent $PSScriptRoot) 'Microsoft.SharePoint.PowerShell') 'Microsoft.SharePoint.PowerShell.psd1') -Global -PassThru
if (-not [S2S.SharePointSimulator.Machine]::IsSubscriptionEdition()) {
    throw (New-Object System.IO.FileNotFoundException "The specified module 'SharePointServer' was not loaded because no valid module file was found in any module directory.")
}
& $simulator { Import-SimSharePointCmdlets }
