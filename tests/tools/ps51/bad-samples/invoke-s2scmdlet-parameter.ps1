# SharePoint cmdlets called by name through Invoke-S2SCmdlet: the hashtable keys are checked too.
# expect: parameter Set-SPSecurityTokenServiceConfig -AllowOAuthOverHttp (through Invoke-S2SCmdlet)
# expect: parameter New-SPAzureAccessControlServiceApplicationProxy -MetadataEndpointUri (through Invoke-S2SCmdlet)
function Invoke-S2SCmdlet {
    param([Parameter(Mandatory = $true)] [string] $Name, [hashtable] $Parameters = @{})
    $bound = @{}
    foreach ($key in $Parameters.Keys) { $bound[$key] = $Parameters[$key] }
    $command = Get-Command -Name $Name -CommandType Cmdlet
    return & $command @bound
}
$null = Invoke-S2SCmdlet -Name "Set-SPSecurityTokenServiceConfig" -Parameters @{ AllowOAuthOverHttp = $true }
$parameters = @{ Name = "ACS" }
$parameters["MetadataEndpointUri"] = "https://example.invalid/metadata"
$null = Invoke-S2SCmdlet -Name "New-SPAzureAccessControlServiceApplicationProxy" -Parameters $parameters
