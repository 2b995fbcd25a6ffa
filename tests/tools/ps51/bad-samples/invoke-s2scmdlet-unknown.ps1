# A SharePoint cmdlet name that is not on the allow-list, called through Invoke-S2SCmdlet.
# expect: command Invoke-S2SCmdlet -Name 'Get-SPTrustedRootAuthority': not a command on the allow-list
function Invoke-S2SCmdlet {
    param([Parameter(Mandatory = $true)] [string] $Name, [hashtable] $Parameters = @{})
    $command = Get-Command -Name $Name -CommandType Cmdlet
    return & $command @Parameters
}
$roots = Invoke-S2SCmdlet -Name "Get-SPTrustedRootAuthority"
