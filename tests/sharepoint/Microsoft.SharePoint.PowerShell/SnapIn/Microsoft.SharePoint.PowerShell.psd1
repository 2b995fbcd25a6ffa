# The simulated snap-in's cmdlets: SharePointSimulator.dll imported under the snap-in's name, so that
# (Get-Command Get-SPFarm).Source and .ModuleName are "Microsoft.SharePoint.PowerShell" as on a farm.
# In a subfolder, so module discovery never finds it; the parent module imports it.
@{
    RootModule        = '../SharePointSimulator.dll'
    ModuleVersion     = '16.0.0'
    GUID              = '5d3c2b1a-0f9e-4d8c-b7a6-958473625140'
    Description       = 'SharePoint Server simulator cmdlets (tests only).'
    CmdletsToExport   = '*'
    FunctionsToExport = @()
    VariablesToExport = @()
    AliasesToExport   = @()
}
