# strict-mode-required
# Windows PowerShell 5.1 code the check must accept (the self-test fails on any finding here):
# constructs that look like the refused ones but exist in 5.1.
using namespace System.Collections.Generic
Set-StrictMode -Version 2.0
$ErrorActionPreference = 'Stop'

enum Level { Low = 1; High = 2 }
class Counter {
    [int] $Value = 0
    [void] Increment() { $this.Value += 1 }
    static [Counter] Create() { return [Counter]::new() }
}

function Get-Thing {
    [CmdletBinding(SupportsShouldProcess = $true)]
    param(
        [Parameter(Mandatory = $true)] [ValidateSet('a', 'b')] [string] $Name,
        [Alias('Count')] [int] $Number = 1,
        [switch] $Force
    )
    if ($PSCmdlet.ShouldProcess($Name)) { return "$Name$Number" }
    return ''
}

$list = [List[string]]::new()
$list.Add('x')
$sorted = @(3, 1, 2 | Sort-Object -Descending)
$filtered = @($sorted | Where-Object { $_ -gt 1 } | ForEach-Object { $_ * 2 })
$first = $filtered.Where({ $_ -gt 2 }, 'First')
$map = [ordered]@{ a = 1; b = [pscustomobject]@{ c = $true } }
$json = ConvertTo-Json -InputObject @($map) -Depth 10 -Compress
$back = ConvertFrom-Json -InputObject $json
$secure = ConvertTo-SecureString -String 'not-a-secret' -AsPlainText -Force
$bytes = [System.Text.Encoding]::UTF8.GetBytes('abc')
$hex = [System.BitConverter]::ToString($bytes).Replace('-', '')
$sha = [System.Security.Cryptography.SHA256]::Create()
$hash = [Convert]::ToBase64String($sha.ComputeHash($bytes))
$rsa = [System.Security.Cryptography.X509Certificates.RSACertificateExtensions]
$guid = [guid]::NewGuid()
$n = 0x1F + 10kb + 1.5e3 + 3l + -1
$text = "tab`t newline`n quote`" $($guid.ToString('N'))"
$null = $text -replace 'a', 'b'
$value = if ($n -gt 1) { 'many' } else { 'one' }
$thing = Get-Thing -Name 'a' -Count 2 -WhatIf:$false -ErrorAction Stop
$options = @{ ComputerName = 'server'; ScriptBlock = { $env:COMPUTERNAME }; ErrorAction = 'Stop' }
$remote = { param([string] $Name) Invoke-Command @options -ArgumentList $Name }
$counter = [Counter]::Create()
$counter.Increment()
$level = [Level]::High
try {
    $request = [System.Net.HttpWebRequest][System.Net.WebRequest]::Create('https://example.invalid/')
    $request.AllowAutoRedirect = $false
} catch [System.Net.WebException] {
    $null = $_.Exception.Message
}
$isText = $text -is [string]
$date = (Get-Date).ToUniversalTime().ToString('o', [System.Globalization.CultureInfo]::InvariantCulture)
$null = $list, $first, $back, $secure, $hex, $hash, $rsa, $value, $thing, $remote, $level, $isText, $date
