# SharePoint simulator (tests only; ../README.md): the SharePointServer module of SharePoint Server
# Subscription Edition, which replaces the snap-in there. It exists on every simulated farm but
# loads only when farm.json describes a Subscription Edition farm (host.edition, or the build).
@{
    RootModule        = 'SharePointServer.psm1'
    ModuleVersion     = '16.0.0'
    GUID              = '7e4d3c2b-1a0f-4e9d-8c7b-6a5948372615'
    Description       = 'SharePoint Server Subscription Edition simulator (tests only, never shipped).'
    PowerShellVersion = '7.4'
    FunctionsToExport = @()
    CmdletsToExport   = @()
    VariablesToExport = @()
    AliasesToExport   = @()
}
