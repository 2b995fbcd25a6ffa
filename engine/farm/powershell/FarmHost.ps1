# S2S Wizard farm host: one persistent Windows PowerShell 5.1 runspace with SharePoint loaded,
# speaking the JSON Lines protocol of DESIGN.md ("Farm backend") over stdin/stdout.
#   -> {"id":7,"op":"realm.set","args":{"realm":"..."},"server":null}
#   <- {"id":7,"event":"verbose|warning|progress","text":"..."}   (zero or more)
#   <- {"id":7,"ok":true,"result":...}  or  {"id":7,"ok":false,"error":{type,message,category,fqid,inner,...}}
# The first line is {"event":"ready",...}. Requests are answered one at a time, in order.
#
# Windows PowerShell 5.1 code on .NET Framework 4.8 (no syntax, cmdlet, parameter or .NET API that
# only PowerShell 7 or .NET Core has), run under Set-StrictMode -Version 2.0. The tests run this
# same text under PowerShell 7 against a SharePoint simulator, which replaces what cannot exist
# there by name: the SharePoint cmdlets and snap-in cmdlets, Test-WSMan, Invoke-Command,
# Import-PfxCertificate, Restart-Service, iisreset and the four seam functions below
# (Get-S2SCurrentIdentity, Invoke-S2SServerProbe, Invoke-S2SOutboundGet, Invoke-S2SOutboundPost). Nothing here asks which
# PowerShell it runs in.
#
# Rules (see POWERSHELL.md): protocol lines only through [Console]::Out.WriteLine + Flush; every
# cmdlet result is assigned or discarded; arguments are read as data from the parsed request and
# bound as parameters (no Invoke-Expression, no command text built from strings); SharePoint
# objects are never serialised, only [ordered] hashtables of strings, numbers and booleans; dates
# as ISO 8601 UTC, enums as names, bytes as base64. Farm-wide cmdlets run locally; per-server
# operations never run SharePoint cmdlets on the remote server (Kerberos double hop).
#
# The operation table below is the contract with engine/farm/FarmOps.h: tst_hostscript reads the
# keys of $S2SOperations and fails when they differ from farm_ops::all().

Set-StrictMode -Version 2.0
$ProgressPreference = 'SilentlyContinue'
$ConfirmPreference = 'None'

$script:S2SUtf8 = New-Object System.Text.UTF8Encoding $false
$script:S2SRequestId = $null
$script:S2SLoadError = ''
$script:S2SLoadRemedy = ''
$script:S2SLoadWarnings = @()
# Type names, not TypeName: TypeName is translated with the farm's language.
$script:S2SAcsProxyType = 'Microsoft.SharePoint.Administration.SPAzureAccessControlServiceApplicationProxy'
$script:S2SWebServiceInstanceType = 'Microsoft.SharePoint.Administration.SPWebServiceInstance'
# Remoting: an unreachable server fails within seconds, an iisreset may take minutes.
$script:S2SRemoteOpenTimeoutMs = 15000
$script:S2SRemoteOperationTimeoutMs = 600000
# HTTP: the STS metadata document is a few kilobytes, the ACS metadata document a few dozen.
$script:S2SProbeMaxBytes = 1048576
$script:S2SOutboundMaxBytes = 4194304
$script:S2SHttpTimeoutMs = 30000
$script:S2SResult = $null
$script:S2SHasResult = $false

# ---------------------------------------------------------------------------------------------
# Protocol output

function Send-S2SMessage {
    param([Parameter(Mandatory = $true)] $Message)
    $json = ConvertTo-Json -InputObject $Message -Depth 10 -Compress
    # ConvertTo-Json never emits raw newlines in -Compress mode; guard anyway: one message, one line.
    $json = $json.Replace("`r", '').Replace("`n", '')
    [Console]::Out.WriteLine($json)
    [Console]::Out.Flush()
}

function Send-S2SEvent {
    param(
        [Parameter(Mandatory = $true)] [ValidateSet('verbose', 'warning', 'progress')] [string] $Kind,
        [Parameter(Mandatory = $true)] [AllowEmptyString()] [string] $Text
    )
    if ($null -eq $script:S2SRequestId) { return }
    Send-S2SMessage ([ordered]@{ id = $script:S2SRequestId; event = $Kind; text = $Text })
}

# A protocol error thrown by our own checks: carries a stable code and a remedy for the wizard.
function New-S2SError {
    param(
        [Parameter(Mandatory = $true)] [string] $Code,
        [Parameter(Mandatory = $true)] [string] $Message,
        [string] $Remedy = ''
    )
    $exception = New-Object System.InvalidOperationException $Message
    $exception.Data['S2SCode'] = $Code
    $exception.Data['S2SRemedy'] = $Remedy
    return New-Object System.Management.Automation.ErrorRecord -ArgumentList @(
        $exception, $Code, [System.Management.Automation.ErrorCategory]::InvalidOperation, $null)
}

# The error as the wizard shows it to a technician: the record's message, category and id, where
# it was raised (PositionMessage, ScriptStackTrace), the cmdlet's own ErrorDetails and every inner
# exception. FarmCodec.cpp reads type, message, category, fqid, inner, code and remedy, and adds
# errorDetails, position, scriptStackTrace and innerChain to the detail.
function ConvertTo-S2SErrorObject {
    param([Parameter(Mandatory = $true)] $Record)
    $error0 = [ordered]@{
        type = ''; message = ''; category = ''; fqid = ''; inner = ''
        errorDetails = ''; position = ''; scriptStackTrace = ''; innerChain = @()
    }
    if ($Record -is [System.Management.Automation.ErrorRecord]) {
        $exception = $Record.Exception
        $error0.type = [string]$exception.GetType().FullName
        $error0.message = [string]$exception.Message
        $error0.category = [string]$Record.CategoryInfo.Category.ToString()
        $error0.fqid = [string]$Record.FullyQualifiedErrorId
        if ($null -ne $Record.ErrorDetails) { $error0.errorDetails = [string]$Record.ErrorDetails.Message }
        if ($null -ne $Record.InvocationInfo) { $error0.position = [string]$Record.InvocationInfo.PositionMessage }
        $error0.scriptStackTrace = [string]$Record.ScriptStackTrace
    } elseif ($Record -is [System.Exception]) {
        $exception = $Record
        $error0.type = [string]$exception.GetType().FullName
        $error0.message = [string]$exception.Message
        $error0.category = 'NotSpecified'
    } else {
        $exception = $null
        $error0.type = 'S2S.HostError'
        $error0.message = [string]$Record
        $error0.category = 'NotSpecified'
    }
    if ($null -ne $exception) {
        $chain = @()
        $inner = $exception.InnerException
        while ($null -ne $inner -and $chain.Count -lt 16) {
            $chain += ('{0}: {1}' -f $inner.GetType().FullName, $inner.Message)
            $inner = $inner.InnerException
        }
        $error0.innerChain = $chain
        if ($null -ne $exception.InnerException) {
            $error0.inner = [string]$exception.InnerException.Message
        }
        if ($exception.Data.Contains('S2SCode')) {
            $error0['code'] = [string]$exception.Data['S2SCode']
            $error0['remedy'] = [string]$exception.Data['S2SRemedy']
        }
    }
    return $error0
}

# The result of the running operation. Operations hand it over here instead of writing it to the
# pipeline, which would turn a one-element list into its element and an empty one into nothing.
function Set-S2SResult {
    param([Parameter(Mandatory = $true)] [AllowNull()] [AllowEmptyCollection()] [AllowEmptyString()] [object] $Value)
    $script:S2SResult = $Value
    $script:S2SHasResult = $true
}

# ---------------------------------------------------------------------------------------------
# Arguments: read as entries of the parsed request (dictionaries, see ConvertFrom-S2SJson),
# checked, cast on purpose.

function Get-S2SArgument {
    param(
        [Parameter(Mandatory = $true)] [AllowNull()] $Arguments,
        [Parameter(Mandatory = $true)] [string] $Name,
        [ValidateSet('string', 'bool')] [string] $Type = 'string',
        [switch] $Optional
    )
    $value = $null
    if ($Arguments -is [System.Collections.IDictionary] -and $Arguments.Contains($Name)) {
        $value = $Arguments[$Name]
    }
    if ($Type -eq 'bool') {
        if ($value -is [bool]) { return [bool]$value }
        if ($Optional -and $null -eq $value) { return $false }
        throw (New-S2SError -Code 'farm.argument' -Message "The argument `"$Name`" is missing or not a boolean.")
    }
    if ($value -is [string] -and $value.Length -gt 0) { return [string]$value }
    if ($Optional) { return '' }
    throw (New-S2SError -Code 'farm.argument' -Message "The argument `"$Name`" is missing or empty.")
}

function Get-S2SServerArgument {
    param([AllowNull()] $Server)
    if ($Server -is [string] -and $Server.Length -gt 0) { return [string]$Server }
    throw (New-S2SError -Code 'farm.argument' -Message 'The argument "server" is missing.')
}

# Runs a SharePoint cmdlet by name with bound parameters; adds -Confirm:$false only where the
# cmdlet has that parameter (the wizard has asked the administrator beforehand). The name must
# resolve to a cmdlet implemented by SharePoint (its .NET type in a Microsoft.SharePoint or
# Microsoft.Office namespace, whether it came with the snap-in or the SharePointServer module): an
# alias, a profile function or another module's command of the same name is refused.
function Invoke-S2SCmdlet {
    param(
        [Parameter(Mandatory = $true)] [string] $Name,
        [hashtable] $Parameters = @{}
    )
    $command = Get-Command -Name $Name -ErrorAction SilentlyContinue | Select-Object -First 1
    if ($null -eq $command) {
        throw (New-S2SError -Code 'farm.cmdlet-missing' -Message "The SharePoint cmdlet $Name is not available in this PowerShell session." -Remedy 'Run the wizard elevated (Run as administrator) with an account that is a shell admin of the farm (Add-SPShellAdmin).')
    }
    $implementation = ''
    if ($command -is [System.Management.Automation.CmdletInfo] -and $null -ne $command.ImplementingType) {
        $implementation = [string]$command.ImplementingType.FullName
    }
    if (-not ($implementation.StartsWith('Microsoft.SharePoint.', [StringComparison]::Ordinal) -or
            $implementation.StartsWith('Microsoft.Office.', [StringComparison]::Ordinal))) {
        throw (New-S2SError -Code 'farm.cmdlet-foreign' -Message "$Name resolves to the $($command.CommandType) of `"$($command.Source)`", not to SharePoint's cmdlet." -Remedy "Remove the alias or function named $Name from this account's PowerShell environment.")
    }
    $bound = @{}
    foreach ($key in $Parameters.Keys) { $bound[$key] = $Parameters[$key] }
    if ($command.Parameters.ContainsKey('Confirm')) { $bound['Confirm'] = $false }
    $bound['ErrorAction'] = 'Stop'
    return & $command @bound
}

function Get-S2SUrl {
    param([AllowNull()] [string] $Url)
    if ($null -eq $Url) { return '' }
    return $Url.TrimEnd('/')
}

function Get-S2SDate {
    param([Parameter(Mandatory = $true)] [datetime] $Date)
    return $Date.ToUniversalTime().ToString('o', [System.Globalization.CultureInfo]::InvariantCulture)
}

# ---------------------------------------------------------------------------------------------
# Shapes (exactly what engine/farm/FarmCodec.cpp reads)

function ConvertTo-S2SCertificate {
    param([Parameter(Mandatory = $true)] [System.Security.Cryptography.X509Certificates.X509Certificate2] $Certificate)
    $keyBits = 0
    try {
        $rsa = [System.Security.Cryptography.X509Certificates.RSACertificateExtensions]::GetRSAPublicKey($Certificate)
        # The modulus length, not KeySize: on some RSA implementations PowerShell sees KeySize as
        # write-only.
        if ($null -ne $rsa) { $keyBits = [int]$rsa.ExportParameters($false).Modulus.Length * 8 }
    } catch {
        $null = $_
    }
    if ($keyBits -eq 0) {
        try { $keyBits = [int]$Certificate.PublicKey.Key.KeySize } catch { $null = $_ }
    }
    return [ordered]@{
        thumbprint   = [string]$Certificate.Thumbprint.ToUpperInvariant()
        subject      = [string]$Certificate.Subject
        notBefore    = Get-S2SDate $Certificate.NotBefore
        notAfter     = Get-S2SDate $Certificate.NotAfter
        keyBits      = $keyBits
        keyAlgorithm = [string]$Certificate.PublicKey.Oid.FriendlyName
        rawData      = [Convert]::ToBase64String($Certificate.RawData)
    }
}

# The members of the farm's default proxy group: .Proxies (.DefaultProxies lists only the default
# proxy of each kind).
function Get-S2SDefaultProxyIds {
    $group = Invoke-S2SCmdlet -Name 'Get-SPServiceApplicationProxyGroup' -Parameters @{ Default = $true }
    $ids = @()
    foreach ($proxy in @($group.Proxies)) { $ids += [string]$proxy.Id }
    return , $ids
}

function Test-S2SAcsProxy {
    param([Parameter(Mandatory = $true)] $Proxy)
    return ([string]$Proxy.GetType().FullName -eq $script:S2SAcsProxyType)
}

function ConvertTo-S2SProxy {
    param([Parameter(Mandatory = $true)] $Proxy, [string[]] $DefaultIds = @())
    $name = [string]$Proxy.Name
    if ($name.Length -eq 0) { $name = [string]$Proxy.DisplayName }
    $endpoint = ''
    if ($null -ne $Proxy.PSObject.Properties['MetadataEndpointUri'] -and $null -ne $Proxy.MetadataEndpointUri) {
        $endpoint = [string]$Proxy.MetadataEndpointUri.ToString()
    }
    return [ordered]@{
        id                  = [string]$Proxy.Id.ToString()
        name                = $name
        typeName            = [string]$Proxy.TypeName
        fullTypeName        = [string]$Proxy.GetType().FullName
        status              = [string]$Proxy.Status.ToString()
        metadataEndpointUri = $endpoint
        inDefaultGroup      = [bool]($DefaultIds -contains [string]$Proxy.Id)
    }
}

function ConvertTo-S2SIssuer {
    param([Parameter(Mandatory = $true)] $Issuer)
    $endpoint = ''
    if ($null -ne $Issuer.MetadataEndPoint) { $endpoint = [string]$Issuer.MetadataEndPoint.ToString() }
    return [ordered]@{
        name                 = [string]$Issuer.Name
        registeredIssuerName = [string]$Issuer.RegisteredIssuerName
        metadataEndpoint     = $endpoint
        isSelfIssuer         = [bool]$Issuer.IsSelfIssuer
    }
}

function ConvertTo-S2SAppPrincipal {
    param([Parameter(Mandatory = $true)] $Principal, [Parameter(Mandatory = $true)] [string] $Site)
    return [ordered]@{
        displayName    = [string]$Principal.DisplayName
        nameIdentifier = [string]$Principal.NameIdentifier
        site           = Get-S2SUrl $Site
    }
}

# ---------------------------------------------------------------------------------------------
# Helpers for the farm

# Seam: the Windows account this host runs as and whether its token is elevated.
function Get-S2SCurrentIdentity {
    $identity = [System.Security.Principal.WindowsIdentity]::GetCurrent()
    $principal = New-Object System.Security.Principal.WindowsPrincipal $identity
    return [pscustomobject]@{
        Name       = [string]$identity.Name
        IsElevated = [bool]$principal.IsInRole([System.Security.Principal.WindowsBuiltInRole]::Administrator)
    }
}

function Get-S2SHostInfo {
    $identity = Get-S2SCurrentIdentity
    $info = [ordered]@{
        host       = [string]$PSVersionTable.PSVersion.ToString()
        sharepoint = ''
        account    = [string]$identity.Name
        farmAdmin  = $false
        elevated   = [bool]$identity.IsElevated
        shellAdmin = $false
    }
    try {
        $farm = Invoke-S2SCmdlet -Name 'Get-SPFarm'
        $info.sharepoint = [string]$farm.BuildVersion.ToString()
        # SPFarm.CurrentUserIsAdministrator(): member of the Farm Administrators group.
        $info.farmAdmin = [bool]$farm.CurrentUserIsAdministrator()
    } catch {
        # No access to the configuration database (not a shell admin) or SharePoint not loaded.
        $null = $_
        try {
            $assembly = [Microsoft.SharePoint.Administration.SPFarm].Assembly.Location
            $info.sharepoint = [string][System.Diagnostics.FileVersionInfo]::GetVersionInfo($assembly).FileVersion
        } catch {
            $null = $_
        }
    }
    try {
        $accountName = [string]$info.account
        $admins = @(Invoke-S2SCmdlet -Name 'Get-SPShellAdmin')
        foreach ($admin in $admins) {
            if ([string]::Equals([string]$admin.UserName, $accountName, [StringComparison]::OrdinalIgnoreCase)) {
                $info.shellAdmin = $true
            }
        }
        # A farm administrator of a farm whose shell admins cannot be listed is still reported by
        # CurrentUserIsAdministrator above; Get-SPShellAdmin itself needs config DB access.
    } catch {
        $null = $_
    }
    return $info
}

function Get-S2SWebApplication {
    param([Parameter(Mandatory = $true)] [string] $Url)
    try {
        return Invoke-S2SCmdlet -Name 'Get-SPWebApplication' -Parameters @{ Identity = $Url }
    } catch {
        throw (New-S2SError -Code 'farm.webapp-unknown' -Message "Cannot find an SPWebApplication object with URL $Url. $($_.Exception.Message)")
    }
}

function Get-S2SFarmServer {
    param([Parameter(Mandatory = $true)] [string] $Name)
    $found = $null
    foreach ($server in @(Invoke-S2SCmdlet -Name 'Get-SPServer')) {
        if ([string]::Equals([string]$server.Name, $Name, [StringComparison]::OrdinalIgnoreCase) -or
            [string]::Equals([string]$server.Address, $Name, [StringComparison]::OrdinalIgnoreCase)) {
            $found = $server
        }
    }
    if ($null -eq $found) {
        throw (New-S2SError -Code 'farm.server-unknown' -Message "The server $Name is not a server of this farm.")
    }
    if ($found.Role.ToString() -eq 'Invalid') {
        throw (New-S2SError -Code 'farm.server-not-sharepoint' -Message "$Name has role Invalid (SQL or mail server): it runs no SharePoint.")
    }
    return $found
}

# Whether $Name is the server this host runs on (its NetBIOS name or a DNS name beginning with it).
function Test-S2SLocalServer {
    param([Parameter(Mandatory = $true)] [string] $Name)
    $local = [string]$env:COMPUTERNAME
    if ($local.Length -eq 0) { return $false }
    return ([string]::Equals($Name, $local, [StringComparison]::OrdinalIgnoreCase) -or
        $Name.StartsWith($local + '.', [StringComparison]::OrdinalIgnoreCase))
}

# Whether server $Name runs the "Microsoft SharePoint Foundation Web Application" service, i.e.
# serves the web applications (and so the STS metadata). Matched by type, not by the translated
# TypeName; Central Administration's instance has the same type and is left out by its service.
function Test-S2SServesWebApplications {
    param([Parameter(Mandatory = $true)] [string] $Name)
    foreach ($instance in @(Invoke-S2SCmdlet -Name 'Get-SPServiceInstance' -Parameters @{ Server = $Name })) {
        if ($null -eq $instance -or [string]$instance.GetType().FullName -ne $script:S2SWebServiceInstanceType) { continue }
        # Central Administration's instance (same type) belongs to the administration service.
        if ($null -ne $instance.PSObject.Properties['Service'] -and $null -ne $instance.Service -and
            [string]$instance.Service.Name -eq 'WSS_Administration') { continue }
        if ([string]$instance.Status.ToString() -eq 'Online') { return $true }
    }
    return $false
}

# The request's server: named, a server of this farm and not of role Invalid.
function Get-S2STargetServer {
    param([AllowNull()] $Server)
    $name = Get-S2SServerArgument $Server
    $null = Get-S2SFarmServer -Name $name
    return $name
}

function Test-S2SRootSite {
    param([Parameter(Mandatory = $true)] [string] $Url)
    $site = $null
    try {
        $site = New-Object Microsoft.SharePoint.SPSite -ArgumentList ($Url + '/')
        return [bool]($site.ServerRelativeUrl -eq '/')
    } catch {
        return $false
    } finally {
        if ($null -ne $site) { $site.Dispose() }
    }
}

# Seam: one GET of $Uri (which names server $Server) with the web application's host name
# $HostHeader. TCP goes to $Server; the Host header and, for https, the TLS server name (SNI) and
# the certificate check use the web application's host name, as a browser reaching that web
# application on that server would (HttpWebRequest cannot do this: it sends the URL's host as
# the TLS server name). HTTP/1.1 with Connection: close, no proxy, no credentials (the metadata
# endpoint is anonymous), no redirect, at most $MaxBytes of body. Returns the
# status, the Location header and the body; what they mean is decided by the caller.
function Invoke-S2SServerProbe {
    param(
        [Parameter(Mandatory = $true)] [string] $Server,
        [Parameter(Mandatory = $true)] [System.Uri] $Uri,
        [Parameter(Mandatory = $true)] [string] $HostHeader,
        [int] $TimeoutMs = 30000,
        [int] $MaxBytes = 1048576
    )
    $tlsName = $HostHeader
    if ($tlsName.StartsWith('[')) {
        $tlsName = $tlsName.Substring(0, $tlsName.IndexOf(']') + 1)
    } elseif ($tlsName.Contains(':')) {
        $tlsName = $tlsName.Substring(0, $tlsName.IndexOf(':'))
    }
    $client = New-Object System.Net.Sockets.TcpClient
    try {
        $connecting = $client.BeginConnect($Server, $Uri.Port, $null, $null)
        if (-not $connecting.AsyncWaitHandle.WaitOne($TimeoutMs)) {
            throw "Connecting to ${Server}:$($Uri.Port) took longer than $TimeoutMs ms."
        }
        $client.EndConnect($connecting)
        $client.ReceiveTimeout = $TimeoutMs
        $client.SendTimeout = $TimeoutMs
        $stream = $client.GetStream()
        if ($Uri.Scheme -eq 'https') {
            $tls = New-Object System.Net.Security.SslStream -ArgumentList $stream, $false
            # Chain and name checked as HttpWebRequest does by default (no revocation lookup: farm
            # servers often cannot reach the CA's CRL).
            $tls.AuthenticateAsClient($tlsName, $null, [System.Security.Authentication.SslProtocols]::Tls12, $false)
            $stream = $tls
        }
        $head = "GET $($Uri.PathAndQuery) HTTP/1.1`r`nHost: $HostHeader`r`nUser-Agent: S2SWizard-FarmHost`r`nAccept: application/json`r`nConnection: close`r`n`r`n"
        $headBytes = [System.Text.Encoding]::ASCII.GetBytes($head)
        $stream.Write($headBytes, 0, $headBytes.Length)
        $stream.Flush()
        $memory = New-Object System.IO.MemoryStream
        $buffer = New-Object byte[] 65536
        $limit = [long]$MaxBytes + 65536
        # To the end of the answer (Content-Length or the last chunk), or of the connection when
        # the answer says neither: a server may keep the connection open despite Connection: close.
        while (-not (Test-S2SHttpResponseComplete -Bytes $memory.ToArray())) {
            $count = $stream.Read($buffer, 0, $buffer.Length)
            if ($count -le 0) { break }
            $memory.Write($buffer, 0, $count)
            if ($memory.Length -gt $limit) { throw "The answer of $Server is larger than $MaxBytes bytes." }
        }
        return (ConvertFrom-S2SHttpResponse -Bytes $memory.ToArray() -MaxBytes $MaxBytes)
    } finally {
        $client.Close()
    }
}

# Whether $Bytes hold a whole HTTP/1.1 answer: its headers and then Content-Length bytes, or the
# last chunk; a 204 or 304 answer ends with its headers. Without either, only the end of the
# connection ends it ($false).
function Test-S2SHttpResponseComplete {
    param([Parameter(Mandatory = $true)] [AllowEmptyCollection()] [byte[]] $Bytes)
    $text = [System.Text.Encoding]::GetEncoding('iso-8859-1').GetString($Bytes)
    $end = $text.IndexOf("`r`n`r`n", [StringComparison]::Ordinal)
    if ($end -lt 0) { return $false }
    $head = $text.Substring(0, $end)
    $status = [regex]::Match($head, '^HTTP/1\.[01] ([0-9]{3})')
    if ($status.Success -and @('204', '304') -contains $status.Groups[1].Value) { return $true }
    $body = $text.Substring($end + 4)
    if ([regex]::IsMatch($head, '(?im)^transfer-encoding:.*chunked')) {
        return ($body.StartsWith("0`r`n`r`n") -or $body.EndsWith("`r`n0`r`n`r`n"))
    }
    $length = [regex]::Match($head, '(?im)^content-length:\s*([0-9]+)\s*$')
    if ($length.Success) { return ($body.Length -ge [long]$length.Groups[1].Value) }
    return $false
}

# An HTTP/1.1 response: status, Location and the body (Content-Length or chunked).
function ConvertFrom-S2SHttpResponse {
    param([Parameter(Mandatory = $true)] [byte[]] $Bytes, [int] $MaxBytes = 1048576)
    $latin1 = [System.Text.Encoding]::GetEncoding('iso-8859-1')
    $text = $latin1.GetString($Bytes)
    $end = $text.IndexOf("`r`n`r`n", [StringComparison]::Ordinal)
    if ($end -lt 0) { throw 'The server closed the connection before the end of the HTTP headers.' }
    $lines = $text.Substring(0, $end).Split(@("`r`n"), [StringSplitOptions]::None)
    $statusLine = [regex]::Match($lines[0], '^HTTP/1\.[01] ([0-9]{3})')
    if (-not $statusLine.Success) { throw "The server did not answer HTTP: $($lines[0])" }
    $headers = @{}
    foreach ($line in ($lines | Select-Object -Skip 1)) {
        $colon = $line.IndexOf(':')
        if ($colon -gt 0) { $headers[$line.Substring(0, $colon).Trim().ToLowerInvariant()] = $line.Substring($colon + 1).Trim() }
    }
    $body = New-Object byte[] ($Bytes.Length - $end - 4)
    [Array]::Copy($Bytes, $end + 4, $body, 0, $body.Length)
    if ($headers.ContainsKey('transfer-encoding') -and ([string]$headers['transfer-encoding']).ToLowerInvariant().Contains('chunked')) {
        $body = ConvertFrom-S2SChunkedBody -Bytes $body
    } elseif ($headers.ContainsKey('content-length')) {
        $length = [int]::Parse([string]$headers['content-length'], [System.Globalization.CultureInfo]::InvariantCulture)
        if ($length -lt $body.Length) {
            $cut = New-Object byte[] $length
            [Array]::Copy($body, 0, $cut, 0, $length)
            $body = $cut
        }
    }
    if ($body.Length -gt $MaxBytes) { throw "The answer is larger than $MaxBytes bytes." }
    $location = ''
    if ($headers.ContainsKey('location')) { $location = [string]$headers['location'] }
    return [pscustomobject]@{ Status = [int]$statusLine.Groups[1].Value; Location = $location; Body = $body }
}

function ConvertFrom-S2SChunkedBody {
    param([Parameter(Mandatory = $true)] [AllowEmptyCollection()] [byte[]] $Bytes)
    $latin1 = [System.Text.Encoding]::GetEncoding('iso-8859-1')
    $memory = New-Object System.IO.MemoryStream
    $position = 0
    while ($position -lt $Bytes.Length) {
        $lineEnd = $latin1.GetString($Bytes, $position, $Bytes.Length - $position).IndexOf("`r`n", [StringComparison]::Ordinal)
        if ($lineEnd -lt 0) { throw 'A chunk of the HTTP answer is cut off.' }
        $sizeText = $latin1.GetString($Bytes, $position, $lineEnd).Split(';')[0].Trim()
        $size = [int]::Parse($sizeText, [System.Globalization.NumberStyles]::HexNumber, [System.Globalization.CultureInfo]::InvariantCulture)
        $position += $lineEnd + 2
        if ($size -eq 0) { break }
        if ($position + $size -gt $Bytes.Length) { throw 'A chunk of the HTTP answer is cut off.' }
        $memory.Write($Bytes, $position, $size)
        $position += $size + 2
    }
    return , $memory.ToArray()
}

# The request of both outbound seams: no redirect followed, no credentials of this account sent.
function New-S2SOutboundRequest {
    param(
        [Parameter(Mandatory = $true)] [System.Uri] $Uri,
        [Parameter(Mandatory = $true)] [string] $Method,
        [int] $TimeoutMs = 30000
    )
    $request = [System.Net.HttpWebRequest][System.Net.WebRequest]::Create($Uri)
    $request.Method = $Method
    $request.Timeout = $TimeoutMs
    $request.ReadWriteTimeout = $TimeoutMs
    $request.AllowAutoRedirect = $false
    $request.UseDefaultCredentials = $false
    $request.Credentials = $null
    $request.UserAgent = 'S2SWizard-FarmHost'
    return $request
}

# The answer of an outbound request, an HTTP error status included: {Status, Location, Body},
# at most $MaxBytes of body.
function Read-S2SOutboundAnswer {
    param(
        [Parameter(Mandatory = $true)] [System.Net.HttpWebRequest] $Request,
        [Parameter(Mandatory = $true)] [System.Uri] $Uri,
        [int] $MaxBytes = 4194304
    )
    $response = $null
    try {
        try {
            $response = [System.Net.HttpWebResponse]$Request.GetResponse()
        } catch [System.Net.WebException] {
            if ($null -eq $_.Exception.Response) { throw }
            $response = [System.Net.HttpWebResponse]$_.Exception.Response
        }
        $location = ''
        if ($null -ne $response.Headers['Location']) { $location = [string]$response.Headers['Location'] }
        $stream = $response.GetResponseStream()
        $memory = New-Object System.IO.MemoryStream
        try {
            $buffer = New-Object byte[] 65536
            while ($true) {
                $count = $stream.Read($buffer, 0, $buffer.Length)
                if ($count -le 0) { break }
                $memory.Write($buffer, 0, $count)
                if ($memory.Length -gt $MaxBytes) { throw "The answer of $($Uri.Host) is larger than $MaxBytes bytes." }
            }
        } finally {
            $stream.Dispose()
        }
        return [pscustomobject]@{ Status = [int]$response.StatusCode; Location = $location; Body = $memory.ToArray() }
    } finally {
        if ($null -ne $response) { $response.Close() }
    }
}

# Seam: one outbound GET from this server (the ACS metadata document). The system's proxy
# settings apply (outbound traffic often has to go through one); no credentials of this account
# are sent to the target, no redirect is followed (the caller decides), at most $MaxBytes of body.
function Invoke-S2SOutboundGet {
    param(
        [Parameter(Mandatory = $true)] [System.Uri] $Uri,
        [int] $TimeoutMs = 30000,
        [int] $MaxBytes = 4194304
    )
    $request = New-S2SOutboundRequest -Uri $Uri -Method 'GET' -TimeoutMs $TimeoutMs
    return Read-S2SOutboundAnswer -Request $request -Uri $Uri -MaxBytes $MaxBytes
}

# Seam: one outbound POST from this server (the token request to ACS), as Invoke-S2SOutboundGet:
# the system's proxy settings apply, no credentials of this account are sent, no redirect is
# followed (a 3xx is an answer), at most $MaxBytes of body. The body comes as bytes: it may hold a
# signed assertion, which a log of this call's parameters must not show.
function Invoke-S2SOutboundPost {
    param(
        [Parameter(Mandatory = $true)] [System.Uri] $Uri,
        [Parameter(Mandatory = $true)] [string] $ContentType,
        [Parameter(Mandatory = $true)] [AllowEmptyCollection()] [byte[]] $Body,
        [int] $TimeoutMs = 30000,
        [int] $MaxBytes = 4194304
    )
    $request = New-S2SOutboundRequest -Uri $Uri -Method 'POST' -TimeoutMs $TimeoutMs
    $request.ContentType = $ContentType
    $request.ContentLength = $Body.Length
    # No "Expect: 100-continue" round trip (.NET Framework's default for a POST): the form is small.
    $request.ServicePoint.Expect100Continue = $false
    $requestStream = $request.GetRequestStream()
    try {
        $requestStream.Write($Body, 0, $Body.Length)
    } finally {
        $requestStream.Dispose()
    }
    return Read-S2SOutboundAnswer -Request $request -Uri $Uri -MaxBytes $MaxBytes
}

# ---------------------------------------------------------------------------------------------
# JSON in: a .NET reader that exists in .NET Framework 4.8 and in .NET alike, not ConvertFrom-Json:
# with Module Logging on, a cmdlet's parameter binding goes to the event log (4103), and a request
# line may carry a PFX password. Objects become hashtables (their text in a log is the type name),
# arrays object[], numbers long or double.

function ConvertFrom-S2SJson {
    param([Parameter(Mandatory = $true)] [AllowEmptyCollection()] [byte[]] $Bytes)
    # The reader closes what a cut text leaves open: a document must end where its value ends.
    $last = $script:S2SUtf8.GetString($Bytes).TrimEnd()
    if ($last.Length -eq 0 -or ($last[-1] -ne '}' -and $last[-1] -ne ']')) { throw 'The JSON text is empty or cut off.' }
    $quotas = [System.Xml.XmlDictionaryReaderQuotas]::Max
    $reader = [System.Runtime.Serialization.Json.JsonReaderWriterFactory]::CreateJsonReader($Bytes, $quotas)
    try {
        $document = New-Object System.Xml.XmlDocument
        $document.PreserveWhitespace = $true
        $document.Load($reader)
    } finally {
        $reader.Close()
    }
    return , (ConvertFrom-S2SJsonElement -Element $document.DocumentElement)
}

function ConvertFrom-S2SJsonElement {
    param([Parameter(Mandatory = $true)] [System.Xml.XmlElement] $Element)
    $kind = $Element.GetAttribute('type')
    if ($kind -eq 'object') {
        $map = @{}
        foreach ($child in $Element.ChildNodes) {
            if ($child -isnot [System.Xml.XmlElement]) { continue }
            # A name that is no XML name arrives as <item item="name">.
            $key = $child.LocalName
            if ($key -eq 'item' -and $child.HasAttribute('item')) { $key = $child.GetAttribute('item') }
            if ($map.ContainsKey($key)) { throw "The JSON object names `"$key`" twice." }
            $map[$key] = ConvertFrom-S2SJsonElement -Element $child
        }
        return , $map
    }
    if ($kind -eq 'array') {
        $list = New-Object System.Collections.ArrayList
        foreach ($child in $Element.ChildNodes) {
            if ($child -is [System.Xml.XmlElement]) { $null = $list.Add((ConvertFrom-S2SJsonElement -Element $child)) }
        }
        return , $list.ToArray()
    }
    if ($kind -eq 'null') { return $null }
    if ($kind -eq 'boolean') { return ($Element.InnerText -eq 'true') }
    if ($kind -eq 'number') {
        $invariant = [System.Globalization.CultureInfo]::InvariantCulture
        $whole = [long]0
        if ([long]::TryParse($Element.InnerText, [System.Globalization.NumberStyles]::Integer, $invariant, [ref]$whole)) { return $whole }
        return [double]::Parse($Element.InnerText, [System.Globalization.NumberStyles]::Float, $invariant)
    }
    return [string]$Element.InnerText
}

# A value of a parsed document: $Map[$Name] when $Map is a dictionary holding it, else $null.
function Get-S2SJsonValue {
    param([AllowNull()] $Map, [Parameter(Mandatory = $true)] [string] $Name)
    if ($Map -isnot [System.Collections.IDictionary] -or -not $Map.Contains($Name)) { return $null }
    $value = $Map[$Name]
    if ($value -is [array]) { return , $value }
    return $value
}

# ---------------------------------------------------------------------------------------------
# Operations: one function each. Parameters: the request's args object and its server name.
# Each hands its result to Set-S2SResult (or none): the pipeline unrolls arrays, so results never
# travel through it, and anything an op writes to the pipeline is stray output and discarded.

function Invoke-S2SHostInfo {
    param($Arguments, $Server)
    $null = $Arguments, $Server
    $info = Get-S2SHostInfo
    Set-S2SResult ([ordered]@{
        host = $info.host; sharepoint = $info.sharepoint; account = $info.account
        farmAdmin = $info.farmAdmin; elevated = $info.elevated
    })
}

function Invoke-S2SServers {
    param($Arguments, $Server)
    $null = $Arguments, $Server
    $list = @()
    foreach ($spServer in @(Invoke-S2SCmdlet -Name 'Get-SPServer')) {
        $list += [ordered]@{ name = [string]$spServer.Name; role = [string]$spServer.Role.ToString() }
    }
    Set-S2SResult $list
}

function Invoke-S2STestRemoting {
    param($Arguments, $Server)
    $null = $Arguments
    $name = Get-S2STargetServer $Server
    Send-S2SEvent -Kind progress -Text "Testing PowerShell remoting to $name"
    if (Test-S2SLocalServer -Name $name) {
        # This server's per-server operations run here, not through WinRM (Invoke-S2SOnServer).
        Send-S2SEvent -Kind verbose -Text "$name is the server this host runs on: no remoting needed"
        return
    }
    $remedy = "On $name run Enable-PSRemoting -Force, and check the firewall (TCP 5985) between the servers; then Test-WSMan $name must answer."
    try {
        $null = Test-WSMan -ComputerName $name -ErrorAction Stop
        # Test-WSMan alone is anonymous: also run a trivial command as this account. No SharePoint
        # cmdlet runs remotely (double hop to SQL Server).
        $options = New-S2SSessionOption
        $remoteName = Invoke-Command -ComputerName $name -SessionOption $options -ErrorAction Stop -ScriptBlock { $env:COMPUTERNAME }
        Send-S2SEvent -Kind verbose -Text "Remoting to $name answered as $remoteName"
    } catch {
        throw (New-S2SError -Code 'farm.remoting' -Message "Connecting to remote server $name failed: $($_.Exception.Message)" -Remedy $remedy)
    }
}

function Invoke-S2SWebApplications {
    param($Arguments, $Server)
    $null = $Arguments, $Server
    $list = @()
    foreach ($webApp in @(Invoke-S2SCmdlet -Name 'Get-SPWebApplication')) {
        $url = Get-S2SUrl ([string]$webApp.Url)
        $zones = @()
        # The zones the web application is extended to (they have IIS settings), Default first,
        # each with its public URL.
        foreach ($zone in @($webApp.IisSettings.Keys | Sort-Object -Property { [int]$_ })) {
            $alternate = $null
            # Without the fallback flag a zone without a URL of its own answers the Default zone's.
            try { $alternate = $webApp.AlternateUrls.GetResponseUrl($zone, $false) } catch { $null = $_ }
            if ($null -ne $alternate) {
                $zones += [ordered]@{ zone = [string]$zone.ToString(); url = Get-S2SUrl ([string]$alternate.IncomingUrl) }
            }
        }
        $list += [ordered]@{
            url         = $url
            name        = [string]$webApp.Name
            hasRootSite = Test-S2SRootSite -Url $url
            zones       = $zones
        }
    }
    Set-S2SResult $list
}

function Invoke-S2SAuthenticationProvider {
    param($Arguments, $Server)
    $null = $Server
    $url = Get-S2SArgument $Arguments 'webApplication'
    $zoneName = Get-S2SArgument $Arguments 'zone'
    # Enum.TryParse(Type, ...) does not exist in .NET Framework: match the names explicitly.
    $zoneType = [Microsoft.SharePoint.Administration.SPUrlZone]
    $zone = $null
    foreach ($candidate in [Enum]::GetNames($zoneType)) {
        if ([string]::Equals($candidate, $zoneName, [StringComparison]::OrdinalIgnoreCase)) {
            $zone = [Enum]::Parse($zoneType, $candidate)
        }
    }
    if ($null -eq $zone) {
        throw (New-S2SError -Code 'farm.zone-unknown' -Message "There is no zone named $zoneName.")
    }
    $webApp = Get-S2SWebApplication -Url $url
    if (-not $webApp.IisSettings.ContainsKey($zone)) {
        throw (New-S2SError -Code 'farm.zone-unknown' -Message "The web application $url is not extended to the zone $zoneName.")
    }
    $providers = @(Invoke-S2SCmdlet -Name 'Get-SPAuthenticationProvider' -Parameters @{ WebApplication = $webApp; Zone = $zone })
    $windows = $null
    foreach ($provider in $providers) {
        if ($provider -is [Microsoft.SharePoint.Administration.SPWindowsAuthenticationProvider]) { $windows = $provider }
    }
    # NTLM is Integrated Windows authentication with Kerberos disabled. A zone without Integrated
    # Windows authentication is not NTLM, whatever its DisableKerberos says: disableKerberos is true
    # only when both hold, so the wizard's NTLM check cannot pass on such a zone.
    $result = [ordered]@{
        displayName           = ''
        windowsAuthentication = $false
        disableKerberos       = $false
        claimsBased           = [bool]$webApp.UseClaimsAuthentication
    }
    if ($null -ne $windows) {
        $integrated = [bool]$windows.UseWindowsIntegratedAuthentication
        $result.displayName = [string]$windows.DisplayName
        $result.windowsAuthentication = $integrated
        $result.disableKerberos = $integrated -and [bool]$windows.DisableKerberos
    } elseif ($providers.Count -gt 0) {
        $result.displayName = [string]$providers[0].DisplayName
    }
    Set-S2SResult $result
}

function Invoke-S2SStsConfig {
    param($Arguments, $Server)
    $null = $Arguments, $Server
    $config = Invoke-S2SCmdlet -Name 'Get-SPSecurityTokenServiceConfig'
    Set-S2SResult ([ordered]@{
        allowOAuthOverHttp = [bool]$config.AllowOAuthOverHttp
        signingCertificate = ConvertTo-S2SCertificate $config.LocalLoginProvider.SigningCertificate
    })
}

function Invoke-S2SSetAllowOAuthOverHttp {
    param($Arguments, $Server)
    $null = $Server
    $allow = Get-S2SArgument $Arguments 'allow' -Type bool
    $config = Invoke-S2SCmdlet -Name 'Get-SPSecurityTokenServiceConfig'
    $config.AllowOAuthOverHttp = $allow
    $config.Update()
}

# The certificate the STS running on server $Name publishes in its metadata.
function Get-S2SRunningCertificate {
    param(
        [Parameter(Mandatory = $true)] [string] $Name,
        [AllowEmptyString()] [string] $WebApplication = ''
    )
    # Which web application to ask: the one named in the arguments, else the first http:// one,
    # else the first one. Every web application's process on a server serves the certificate its
    # STS loaded at the last iisreset. The request goes to server $Name with the web application's
    # host name (Host header and, for https, the TLS server name).
    $webApps = @(Invoke-S2SCmdlet -Name 'Get-SPWebApplication')
    if ($webApps.Count -eq 0) {
        throw (New-S2SError -Code 'farm.webapp-unknown' -Message 'The farm has no web application to read the security token service metadata from.')
    }
    $chosen = $null
    if ($WebApplication.Length -gt 0) { $chosen = Get-S2SWebApplication -Url $WebApplication }
    if ($null -eq $chosen) {
        foreach ($webApp in $webApps) {
            if ($null -eq $chosen -and ([string]$webApp.Url).StartsWith('http://', [StringComparison]::OrdinalIgnoreCase)) { $chosen = $webApp }
        }
    }
    if ($null -eq $chosen) { $chosen = $webApps[0] }
    $webUri = New-Object System.Uri ([string]$chosen.Url)
    # The STS publishes its signing certificate at this path of every web application (SharePoint
    # 2013 and later). VERIFY ON A REAL FARM: the exact path for each SharePoint version.
    $builder = New-Object System.UriBuilder -ArgumentList $webUri.Scheme, $Name, $webUri.Port, '/_layouts/15/metadata/json/1'
    $url = (New-Object System.UriBuilder -ArgumentList $webUri.Scheme, $webUri.Host, $webUri.Port, '/_layouts/15/metadata/json/1').Uri.AbsoluteUri
    $hostHeader = $webUri.Host
    if (-not $webUri.IsDefaultPort) { $hostHeader = "$($webUri.Host):$($webUri.Port)" }
    Send-S2SEvent -Kind progress -Text "Reading the running STS certificate of $Name ($url on $Name)"
    try {
        $response = Invoke-S2SServerProbe -Server $Name -Uri $builder.Uri -HostHeader $hostHeader -TimeoutMs $script:S2SHttpTimeoutMs -MaxBytes $script:S2SProbeMaxBytes
    } catch {
        throw (New-S2SError -Code 'farm.remoting' -Message "The server $Name did not answer $url (asked on $Name): $($_.Exception.Message)" -Remedy "Check that IIS runs on $Name and that the web application answers there.")
    }
    if ($response.Status -ge 300 -and $response.Status -lt 400) {
        # Following it would read another server (or the load balancer): not this server's STS.
        throw (New-S2SError -Code 'farm.metadata-redirect' -Message "The server $Name answered $url with HTTP $($response.Status) to $($response.Location): it sends the request elsewhere, so its own security token service cannot be read." -Remedy "Check the bindings and alternate access mappings of the web application on ${Name}: the metadata must be served by $Name itself.")
    }
    if ($response.Status -lt 200 -or $response.Status -ge 300) {
        throw (New-S2SError -Code 'farm.metadata-invalid' -Message "The server $Name answered HTTP $($response.Status) for $url.")
    }
    $value = ''
    try {
        $document = ConvertFrom-S2SJson -Bytes $response.Body
        $keys = Get-S2SJsonValue $document 'keys'
        if ($keys -is [array] -and $keys.Count -gt 0) {
            $value = [string](Get-S2SJsonValue (Get-S2SJsonValue $keys[0] 'keyValue') 'value')
        }
    } catch {
        throw (New-S2SError -Code 'farm.metadata-invalid' -Message "The metadata of $Name ($url) is not JSON: $($_.Exception.Message)")
    }
    if ([string]::IsNullOrEmpty($value)) {
        throw (New-S2SError -Code 'farm.metadata-invalid' -Message "The metadata of $Name has no signing key (keys[0].keyValue.value).")
    }
    $certificate = New-Object System.Security.Cryptography.X509Certificates.X509Certificate2 -ArgumentList (, [Convert]::FromBase64String($value))
    return (ConvertTo-S2SCertificate $certificate)
}

function Invoke-S2SRunningStsCertificate {
    param($Arguments, $Server)
    $name = Get-S2STargetServer $Server
    $wanted = Get-S2SArgument $Arguments 'webApplication' -Optional
    if (-not (Test-S2SServesWebApplications -Name $name)) {
        throw (New-S2SError -Code 'farm.no-web-service' -Message "$name does not run the Microsoft SharePoint Foundation Web Application service: it serves no web application, so it has no security token service metadata to read." -Remedy "Only servers that run that service (Central Administration > Manage services on server) answer for the web applications.")
    }
    Set-S2SResult (Get-S2SRunningCertificate -Name $name -WebApplication $wanted)
}

# The PFX bytes and password of a request, read as data: the password becomes a SecureString at
# once and never appears in script text, on a command line or in a message.
function Get-S2SPfxArguments {
    param([AllowNull()] $Arguments)
    $text = Get-S2SArgument $Arguments 'pfx'
    try {
        $bytes = [Convert]::FromBase64String($text)
    } catch {
        throw (New-S2SError -Code 'farm.argument' -Message 'The argument "pfx" is not base64.')
    }
    $plain = Get-S2SArgument $Arguments 'password' -Optional
    $secure = New-Object System.Security.SecureString
    foreach ($character in $plain.ToCharArray()) { $secure.AppendChar($character) }
    $secure.MakeReadOnly()
    return [pscustomobject]@{ Bytes = $bytes; Password = $secure }
}

# Remoting that fails within seconds when a server does not answer (the defaults wait minutes).
# The object New-PSSessionOption -OpenTimeout -OperationTimeout makes, built directly (PowerShell 7
# on Linux has the type but not those parameters of the cmdlet).
function New-S2SSessionOption {
    $option = New-Object System.Management.Automation.Remoting.PSSessionOption
    $option.OpenTimeout = [TimeSpan]::FromMilliseconds($script:S2SRemoteOpenTimeoutMs)
    $option.OperationTimeout = [TimeSpan]::FromMilliseconds($script:S2SRemoteOperationTimeoutMs)
    return $option
}

# The PFX of a request opened here: a wrong password, an unreadable file and a missing private key
# each fail with their own code (ERROR_INVALID_PASSWORD is 0x80070056 in .NET Framework and .NET).
function Open-S2SPfx {
    param(
        [Parameter(Mandatory = $true)] $Pfx,
        [Parameter(Mandatory = $true)] [System.Security.Cryptography.X509Certificates.X509KeyStorageFlags] $Flags
    )
    try {
        $certificate = New-Object System.Security.Cryptography.X509Certificates.X509Certificate2 -ArgumentList $Pfx.Bytes, $Pfx.Password, $Flags
    } catch {
        $inner = $_.Exception
        while ($null -ne $inner.InnerException) { $inner = $inner.InnerException }
        if ($inner.HResult -eq -2147024810) {
            throw (New-S2SError -Code 'farm.pfx-password' -Message 'The specified network password is not correct.' -Remedy 'Give the password the PFX was exported with.')
        }
        throw (New-S2SError -Code 'farm.pfx-unreadable' -Message "The PFX cannot be imported: $($inner.Message)" -Remedy 'Export the certificate again as a PFX (PKCS #12) file.')
    }
    if (-not $certificate.HasPrivateKey) {
        throw (New-S2SError -Code 'farm.pfx-no-key' -Message 'The PFX holds no private key for its certificate.' -Remedy 'Export the certificate again together with its private key.')
    }
    return $certificate
}

# Runs a self-contained script block on farm server $Name: here when it is this server, else
# through PowerShell remoting. Values travel in -ArgumentList, never inside the script text, and
# no SharePoint cmdlet runs remotely (Kerberos double hop). A remoting failure says what to fix.
function Invoke-S2SOnServer {
    param(
        [Parameter(Mandatory = $true)] [string] $Name,
        [Parameter(Mandatory = $true)] [scriptblock] $ScriptBlock,
        [object[]] $ArgumentList = @()
    )
    if (Test-S2SLocalServer -Name $Name) {
        return & $ScriptBlock @ArgumentList
    }
    $options = New-S2SSessionOption
    try {
        return Invoke-Command -ComputerName $Name -SessionOption $options -ScriptBlock $ScriptBlock -ArgumentList $ArgumentList -ErrorAction Stop
    } catch [System.Management.Automation.Remoting.PSRemotingTransportException] {
        throw (New-S2SError -Code 'farm.remoting' -Message "Connecting to remote server $Name failed: $($_.Exception.Message)" -Remedy "On $Name run Enable-PSRemoting -Force, and check the firewall (TCP 5985) between the servers; then Test-WSMan $Name must answer.")
    }
}

function Invoke-S2SSetSigningCertificate {
    param($Arguments, $Server)
    $null = $Server
    $pfx = Get-S2SPfxArguments $Arguments
    # 20 = Exportable | PersistKeySet, as in Microsoft's "Replace the STS certificate" article.
    $certificate = Open-S2SPfx -Pfx $pfx -Flags ([System.Security.Cryptography.X509Certificates.X509KeyStorageFlags]20)
    Send-S2SEvent -Kind progress -Text "Setting the farm's STS signing certificate to $($certificate.Thumbprint)"
    $null = Invoke-S2SCmdlet -Name 'Set-SPSecurityTokenServiceConfig' -Parameters @{ ImportSigningCertificate = $certificate }
    Set-S2SResult (ConvertTo-S2SCertificate $certificate)
}

function Invoke-S2SHasRootCertificate {
    param($Arguments, $Server)
    $name = Get-S2STargetServer $Server
    $thumbprint = Get-S2SArgument $Arguments 'thumbprint'
    if ($thumbprint -notmatch '^[0-9A-Fa-f]{40}$') {
        throw (New-S2SError -Code 'farm.argument' -Message 'The argument "thumbprint" is not 40 hexadecimal digits.')
    }
    $test = {
        param([string] $Thumbprint)
        Set-StrictMode -Version 2.0
        $ErrorActionPreference = 'Stop'
        Test-Path -LiteralPath ('Cert:\LocalMachine\Root\' + $Thumbprint)
    }
    $found = @(Invoke-S2SOnServer -Name $name -ScriptBlock $test -ArgumentList @($thumbprint))
    Set-S2SResult ([bool]($found.Count -gt 0 -and $found[-1] -eq $true))
}

function Invoke-S2SImportPfx {
    param($Arguments, $Server)
    $name = Get-S2STargetServer $Server
    $pfx = Get-S2SPfxArguments $Arguments
    # Checked here first: a wrong password says so in its own words, whatever language the
    # remote server's error message is in. Opened without persisting its key, then dropped.
    $check = Open-S2SPfx -Pfx $pfx -Flags ([System.Security.Cryptography.X509Certificates.X509KeyStorageFlags]::DefaultKeySet)
    $check.Reset()
    Send-S2SEvent -Kind progress -Text "Importing the PFX into Cert:\LocalMachine\Root on $name"
    # Import-PfxCertificate in 5.1 reads a file: a temporary one in the account's own profile,
    # removed at once.
    $import = {
        param([byte[]] $PfxBytes, [System.Security.SecureString] $PfxPassword)
        Set-StrictMode -Version 2.0
        $ErrorActionPreference = 'Stop'
        $file = [System.IO.Path]::GetTempFileName()
        try {
            [System.IO.File]::WriteAllBytes($file, $PfxBytes)
            $imported = Import-PfxCertificate -FilePath $file -CertStoreLocation 'Cert:\LocalMachine\Root' -Password $PfxPassword
            @{ thumbprint = [string]$imported.Thumbprint; rawData = [Convert]::ToBase64String($imported.RawData) }
        } finally {
            Remove-Item -LiteralPath $file -Force -ErrorAction SilentlyContinue
        }
    }
    try {
        $answer = @(Invoke-S2SOnServer -Name $name -ScriptBlock $import -ArgumentList @($pfx.Bytes, $pfx.Password))
    } catch {
        if ($_.FullyQualifiedErrorId -like 'farm.remoting*') { throw }
        throw (New-S2SError -Code 'farm.pfx-import' -Message "Importing the PFX on $name failed: $($_.Exception.Message)" -Remedy 'Check the PFX password; "The specified network password is not correct." means another password.')
    }
    if ($answer.Count -eq 0) {
        throw (New-S2SError -Code 'farm.pfx-import' -Message "Importing the PFX on $name returned no certificate.")
    }
    $rawData = [Convert]::FromBase64String([string]$answer[-1].rawData)
    $certificate = [System.Security.Cryptography.X509Certificates.X509Certificate2]::new($rawData)
    Set-S2SResult (ConvertTo-S2SCertificate $certificate)
}

function Invoke-S2SResetServer {
    param($Arguments, $Server)
    $null = $Arguments
    $name = Get-S2STargetServer $Server
    Send-S2SEvent -Kind progress -Text "Resetting IIS and restarting the SharePoint Timer Service on $name"
    # As Microsoft's "Replace the STS certificate" article runs it: iisreset (without /noforce, which
    # would give up on a busy worker process), then the timer service. iisreset writes in the OEM
    # code page, not in the UTF-8 this host set for its own console: decode it as such.
    $reset = {
        Set-StrictMode -Version 2.0
        # A native program's stderr becomes error records that 'Stop' would throw on: read its
        # exit code instead.
        $ErrorActionPreference = 'Continue'
        $saved = $null
        try {
            $saved = [Console]::OutputEncoding
            $oem = [System.Globalization.CultureInfo]::CurrentCulture.TextInfo.OEMCodePage
            [Console]::OutputEncoding = [System.Text.Encoding]::GetEncoding($oem)
        } catch {
            $null = $_
        }
        $global:LASTEXITCODE = -1
        try {
            $output = iisreset 2>&1 | Out-String
            $exitCode = $global:LASTEXITCODE
        } finally {
            if ($null -ne $saved) {
                try { [Console]::OutputEncoding = $saved } catch { $null = $_ }
            }
        }
        $ErrorActionPreference = 'Stop'
        if ($exitCode -eq 0) { Restart-Service -Name 'SPTimerV4' -Force }
        @{ exitCode = [int]$exitCode; output = [string]$output }
    }
    $outcome = @(Invoke-S2SOnServer -Name $name -ScriptBlock $reset)
    if ($outcome.Count -eq 0 -or [int]$outcome[-1].exitCode -ne 0) {
        $detail = ''
        if ($outcome.Count -gt 0) { $detail = [string]$outcome[-1].output }
        throw (New-S2SError -Code 'farm.iisreset' -Message "iisreset on $name failed: $detail" -Remedy "Run iisreset on $name yourself and look at the System event log.")
    }
    Send-S2SEvent -Kind verbose -Text ([string]$outcome[-1].output)
    # A server without the web application service has no STS endpoint to wait for.
    if (-not (Test-S2SServesWebApplications -Name $name)) { return }
    # The next server may only go down once this one serves again.
    $deadline = (Get-Date).AddMinutes(5)
    $lastError = ''
    while ((Get-Date) -lt $deadline) {
        try {
            $null = Get-S2SRunningCertificate -Name $name
            return
        } catch {
            $lastError = [string]$_.Exception.Message
            Start-Sleep -Seconds 5
        }
    }
    throw (New-S2SError -Code 'farm.sts-not-answering' -Message "The security token service of $name did not answer within 5 minutes of the reset: $lastError" -Remedy "Check IIS and the SharePoint web applications on $name before resetting the next server.")
}

function Invoke-S2SRealm {
    param($Arguments, $Server)
    $null = $Arguments, $Server
    Set-S2SResult ([string](Invoke-S2SCmdlet -Name 'Get-SPAuthenticationRealm'))
}

function Invoke-S2SSetRealm {
    param($Arguments, $Server)
    $null = $Server
    $realm = Get-S2SArgument $Arguments 'realm'
    $guid = [Guid]::Empty
    if (-not [Guid]::TryParse($realm, [ref]$guid)) {
        throw (New-S2SError -Code 'farm.realm-invalid' -Message "The realm `"$realm`" is not a GUID (the tenant id).")
    }
    $null = Invoke-S2SCmdlet -Name 'Set-SPAuthenticationRealm' -Parameters @{ Realm = $guid.ToString() }
}

function Invoke-S2SAppPrincipals {
    param($Arguments, $Server)
    $null = $Server
    $site = Get-S2SArgument $Arguments 'site'
    $nameIdentifier = Get-S2SArgument $Arguments 'nameIdentifier'
    $assignment = Start-SPAssignment
    try {
        $web = Invoke-S2SCmdlet -Name 'Get-SPWeb' -Parameters @{ Identity = $site; AssignmentCollection = $assignment }
        # Returns nothing when no such principal is registered (VERIFY ON A REAL FARM that it does
        # not throw instead).
        $principals = @(Invoke-S2SCmdlet -Name 'Get-SPAppPrincipal' -Parameters @{ Site = $web; NameIdentifier = $nameIdentifier })
        $list = @()
        foreach ($principal in $principals) {
            if ($null -ne $principal) { $list += ConvertTo-S2SAppPrincipal -Principal $principal -Site $site }
        }
        Set-S2SResult $list
    } finally {
        Stop-SPAssignment -SemiGlobal $assignment
    }
}

function Invoke-S2SRegisterAppPrincipal {
    param($Arguments, $Server)
    $null = $Server
    $site = Get-S2SArgument $Arguments 'site'
    $nameIdentifier = Get-S2SArgument $Arguments 'nameIdentifier'
    $displayName = Get-S2SArgument $Arguments 'displayName'
    $assignment = Start-SPAssignment
    try {
        try {
            $web = Invoke-S2SCmdlet -Name 'Get-SPWeb' -Parameters @{ Identity = $site; AssignmentCollection = $assignment }
        } catch {
            throw (New-S2SError -Code 'farm.site-unknown' -Message "Cannot find an SPSite object with Id or Url: $site. $($_.Exception.Message)" -Remedy 'Create a site collection at the root of the web application.')
        }
        try {
            $principal = Invoke-S2SCmdlet -Name 'Register-SPAppPrincipal' -Parameters @{ Site = $web; NameIdentifier = $nameIdentifier; DisplayName = $displayName }
        } catch {
            throw (New-S2SError -Code 'farm.app-principal' -Message "Register-SPAppPrincipal failed for $site`: $($_.Exception.Message)" -Remedy 'Registering an app principal needs the App Management service application: create it (New-SPAppManagementServiceApplication), start the App Management Service on a server, and put its proxy in the web application''s proxy group.')
        }
        if ($null -eq $principal) {
            throw (New-S2SError -Code 'farm.app-principal' -Message "Register-SPAppPrincipal returned no app principal for $site." -Remedy 'Registering an app principal needs the App Management service application: check that it exists and that its proxy is in the web application''s proxy group.')
        }
        Set-S2SResult (ConvertTo-S2SAppPrincipal -Principal $principal -Site $site)
    } finally {
        Stop-SPAssignment -SemiGlobal $assignment
    }
}

function Invoke-S2SProxies {
    param($Arguments, $Server)
    $null = $Arguments, $Server
    $defaultIds = Get-S2SDefaultProxyIds
    $list = @()
    foreach ($proxy in @(Invoke-S2SCmdlet -Name 'Get-SPServiceApplicationProxy')) {
        $list += ConvertTo-S2SProxy -Proxy $proxy -DefaultIds $defaultIds
    }
    Set-S2SResult $list
}

function Invoke-S2SNewAcsProxy {
    param($Arguments, $Server)
    $null = $Server
    $name = Get-S2SArgument $Arguments 'name'
    $endpoint = Get-S2SArgument $Arguments 'metadataEndpoint'
    $defaultGroup = Get-S2SArgument $Arguments 'defaultProxyGroup' -Type bool -Optional
    $parameters = @{ Name = $name; MetadataServiceEndpointUri = $endpoint }
    if ($defaultGroup) { $parameters['DefaultProxyGroup'] = $true }
    foreach ($existing in @(Invoke-S2SCmdlet -Name 'Get-SPServiceApplicationProxy')) {
        if ($null -ne $existing -and [string]::Equals([string]$existing.Name, $name, [StringComparison]::OrdinalIgnoreCase)) {
            throw (New-S2SError -Code 'farm.name-in-use' -Message "An object of the type $($script:S2SAcsProxyType) named `"$name`" already exists under the parent Microsoft.SharePoint.Administration.SPFarm." -Remedy "A service application proxy named $name exists already. Remove it (Remove-SPServiceApplicationProxy) if it is stale, or keep it if it is the ACS proxy of this tenant.")
        }
    }
    $proxy = Invoke-S2SCmdlet -Name 'New-SPAzureAccessControlServiceApplicationProxy' -Parameters $parameters
    if ($null -eq $proxy) {
        # The cmdlet may return nothing: find what it created, by type and name.
        foreach ($candidate in @(Invoke-S2SCmdlet -Name 'Get-SPServiceApplicationProxy')) {
            if ($null -ne $candidate -and (Test-S2SAcsProxy $candidate) -and [string]$candidate.Name -eq $name) { $proxy = $candidate }
        }
    }
    if ($null -eq $proxy) {
        throw (New-S2SError -Code 'farm.acs-proxy-missing' -Message "New-SPAzureAccessControlServiceApplicationProxy returned nothing and no ACS proxy named $name exists afterwards." -Remedy 'Run Get-SPServiceApplicationProxy and look for the proxy; the ULS log has the reason.')
    }
    Set-S2SResult (ConvertTo-S2SProxy -Proxy $proxy -DefaultIds (Get-S2SDefaultProxyIds))
}

function Invoke-S2SIssuers {
    param($Arguments, $Server)
    $null = $Arguments, $Server
    $list = @()
    foreach ($issuer in @(Invoke-S2SCmdlet -Name 'Get-SPTrustedSecurityTokenIssuer')) {
        $list += ConvertTo-S2SIssuer $issuer
    }
    Set-S2SResult $list
}

function Invoke-S2SNewIssuer {
    param($Arguments, $Server)
    $null = $Server
    $name = Get-S2SArgument $Arguments 'name'
    $endpoint = Get-S2SArgument $Arguments 'metadataEndpoint'
    $trustBroker = Get-S2SArgument $Arguments 'isTrustBroker' -Type bool -Optional
    try {
        $issuer = Invoke-S2SCmdlet -Name 'New-SPTrustedSecurityTokenIssuer' -Parameters @{
            Name = $name; MetadataEndPoint = $endpoint; IsTrustBroker = [switch]$trustBroker
        }
    } catch {
        # The cmdlet reads the metadata document from this server: a network failure is outbound.
        $inner = $_.Exception
        while ($null -ne $inner -and $inner -isnot [System.Net.WebException]) { $inner = $inner.InnerException }
        if ($null -eq $inner) { throw }
        throw (New-S2SError -Code 'farm.outbound' -Message "The farm could not reach ${endpoint}: $($inner.Message)" -Remedy 'Allow outbound HTTPS (TCP 443) from the SharePoint servers to accounts.accesscontrol.windows.net and login.microsoftonline.com, directly or through the proxy configured for the farm.')
    }
    Set-S2SResult (ConvertTo-S2SIssuer $issuer)
}

# ---------------------------------------------------------------------------------------------
# Taking the trust down (--remove). Each removal reads first and fails with its own code when the
# object is not there; the two cmdlets are ConfirmImpact High and get -Confirm:$false.

function Invoke-S2SRemoveProxy {
    param($Arguments, $Server)
    $null = $Server
    $id = Get-S2SArgument $Arguments 'id'
    $guid = [Guid]::Empty
    $proxy = $null
    if ([Guid]::TryParse($id, [ref]$guid)) {
        # Any kind of proxy: the ACS proxy is identified by the Id the wizard recorded.
        foreach ($candidate in @(Invoke-S2SCmdlet -Name 'Get-SPServiceApplicationProxy')) {
            if ($null -ne $candidate -and [Guid]$candidate.Id -eq $guid) { $proxy = $candidate }
        }
    }
    if ($null -eq $proxy) {
        throw (New-S2SError -Code 'farm.proxy-unknown' -Message "Cannot find a service application proxy with Id $id." -Remedy 'It was removed already, or the id is not the proxy''s: list the proxies with Get-SPServiceApplicationProxy.')
    }
    $null = Invoke-S2SCmdlet -Name 'Remove-SPServiceApplicationProxy' -Parameters @{ Identity = $proxy; Confirm = $false }
}

function Invoke-S2SRemoveIssuer {
    param($Arguments, $Server)
    $null = $Server
    $name = Get-S2SArgument $Arguments 'name'
    $issuer = $null
    foreach ($candidate in @(Invoke-S2SCmdlet -Name 'Get-SPTrustedSecurityTokenIssuer')) {
        if ($null -ne $candidate -and [string]::Equals([string]$candidate.Name, $name, [StringComparison]::OrdinalIgnoreCase)) { $issuer = $candidate }
    }
    if ($null -eq $issuer) {
        throw (New-S2SError -Code 'farm.issuer-unknown' -Message "Cannot find a SPTrustedSecurityTokenService object with Id or Name: $name." -Remedy 'It was removed already, or it has another name: list the issuers with Get-SPTrustedSecurityTokenIssuer.')
    }
    $null = Invoke-S2SCmdlet -Name 'Remove-SPTrustedSecurityTokenIssuer' -Parameters @{ Identity = $issuer; Confirm = $false }
}

# No cmdlet removes an app principal: SPAppPrincipalManager.DeleteAppPrincipal does, with the
# root web of the site collection as its context.
function Invoke-S2SRemoveAppPrincipal {
    param($Arguments, $Server)
    $null = $Server
    $site = Get-S2SArgument $Arguments 'site'
    $nameIdentifier = Get-S2SArgument $Arguments 'nameIdentifier'
    $siteObject = $null
    try {
        try {
            $siteObject = Invoke-S2SCmdlet -Name 'Get-SPSite' -Parameters @{ Identity = $site }
        } catch {
            # Not found is SharePoint's pipebind error; anything else (access denied, ...) as it is.
            if ([string]$_.Exception.GetType().Name -ne 'SPCmdletPipeBindException') { throw }
            throw (New-S2SError -Code 'farm.site-unknown' -Message "Cannot find an SPSite object with Id or Url: $site." -Remedy 'Give the URL of the web application whose root site collection the app principal was registered on.')
        }
        if ($null -eq $siteObject) {
            throw (New-S2SError -Code 'farm.site-unknown' -Message "Cannot find an SPSite object with Id or Url: $site." -Remedy 'Give the URL of the web application whose root site collection the app principal was registered on.')
        }
        # The root web belongs to the SPSite and is disposed with it.
        $web = $siteObject.RootWeb
        $principal = $null
        foreach ($candidate in @(Invoke-S2SCmdlet -Name 'Get-SPAppPrincipal' -Parameters @{ Site = $web; NameIdentifier = $nameIdentifier })) {
            if ($null -ne $candidate) { $principal = $candidate }
        }
        if ($null -eq $principal) {
            throw (New-S2SError -Code 'farm.app-principal-unknown' -Message "No app principal $nameIdentifier is registered on $site." -Remedy "It was removed already, or it was registered under another identifier (Get-SPAppPrincipal -Site (Get-SPSite $site).RootWeb -NameIdentifier ...).")
        }
        $manager = [Microsoft.SharePoint.SPAppPrincipalManager]::GetManager($web)
        $manager.DeleteAppPrincipal($principal)
    } finally {
        if ($null -ne $siteObject) { $siteObject.Dispose() }
    }
}

function Invoke-S2SFetch {
    param($Arguments, $Server)
    $null = $Server
    $url = Get-S2SArgument $Arguments 'url'
    $uri = $null
    if (-not [System.Uri]::TryCreate($url, [System.UriKind]::Absolute, [ref]$uri) -or
        ($uri.Scheme -ne 'https' -and $uri.Scheme -ne 'http')) {
        throw (New-S2SError -Code 'farm.argument' -Message "The URL `"$url`" is not an absolute http(s) URL.")
    }
    Send-S2SEvent -Kind progress -Text "Fetching $url from this server"
    $response = $null
    # Redirects are followed only on the same host and scheme, at most 5 times: the wizard asked
    # for this host's document, not for whatever another host serves.
    $current = $uri
    for ($hop = 0; $hop -le 5; $hop++) {
        try {
            $response = Invoke-S2SOutboundGet -Uri $current -TimeoutMs $script:S2SHttpTimeoutMs -MaxBytes $script:S2SOutboundMaxBytes
        } catch {
            throw (New-S2SError -Code 'farm.outbound' -Message "The farm could not reach $($current.AbsoluteUri): $($_.Exception.Message)" -Remedy 'Allow this server to reach the URL over HTTPS (proxy, firewall, TLS 1.2).')
        }
        if ($response.Status -lt 300 -or $response.Status -ge 400) { break }
        $next = $null
        if ($response.Location.Length -eq 0 -or -not [System.Uri]::TryCreate($current, $response.Location, [ref]$next)) {
            throw (New-S2SError -Code 'farm.outbound' -Message "The farm fetched $($current.AbsoluteUri) and got HTTP $($response.Status) without a usable Location.")
        }
        if ($hop -eq 5 -or $next.Scheme -ne $uri.Scheme -or -not [string]::Equals($next.Host, $uri.Host, [StringComparison]::OrdinalIgnoreCase)) {
            throw (New-S2SError -Code 'farm.outbound' -Message "The farm fetched $($current.AbsoluteUri) and was redirected (HTTP $($response.Status)) to $($next.AbsoluteUri), which is not followed." -Remedy 'A proxy or firewall may rewrite the request; allow this server to reach the URL directly.')
        }
        $current = $next
    }
    if ($response.Status -lt 200 -or $response.Status -ge 300) {
        throw (New-S2SError -Code 'farm.outbound' -Message "The farm fetched $($current.AbsoluteUri) and got HTTP $($response.Status).")
    }
    Set-S2SResult ([ordered]@{ status = $response.Status; body = [Convert]::ToBase64String($response.Body) })
}

# ---------------------------------------------------------------------------------------------
# The trust proven with a real token (PROCEDURE.md, "The trust, proven end to end"): the farm signs
# a client assertion with its STS key, which never leaves this server, and asks ACS for a token.
# The assertion goes to ACS only; of the access token only aud, iss, exp and the claim names come
# back.

function ConvertTo-S2SBase64Url {
    param([Parameter(Mandatory = $true)] [AllowEmptyCollection()] [byte[]] $Bytes)
    return [Convert]::ToBase64String($Bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_')
}

function ConvertFrom-S2SBase64Url {
    param([Parameter(Mandatory = $true)] [AllowEmptyString()] [string] $Text)
    $base64 = $Text.Replace('-', '+').Replace('_', '/')
    switch ($base64.Length % 4) {
        2 { $base64 += '==' }
        3 { $base64 += '=' }
    }
    return , [Convert]::FromBase64String($base64)
}

function New-S2SKeyUnavailableError {
    param([Parameter(Mandatory = $true)] [string] $Message)
    return New-S2SError -Code 'farm.sts-key-unavailable' -Message $Message -Remedy "Run the wizard as a farm administrator on a SharePoint server: the private key of the farm's STS certificate must be readable by this account (in the lab: farm.json needs sts.signingKey)."
}

# The private key of the STS certificate, or farm.sts-key-unavailable.
function Get-S2SSigningKey {
    param([Parameter(Mandatory = $true)] [System.Security.Cryptography.X509Certificates.X509Certificate2] $Certificate)
    $key = $null
    $why = 'the certificate has no private key here'
    if ($Certificate.HasPrivateKey) {
        try {
            $key = [System.Security.Cryptography.X509Certificates.RSACertificateExtensions]::GetRSAPrivateKey($Certificate)
        } catch {
            $why = $_.Exception.Message
        }
    }
    if ($null -eq $key) {
        throw (New-S2SKeyUnavailableError -Message "The private key of the farm's STS signing certificate $($Certificate.Thumbprint) is not available to this account: $why")
    }
    return $key
}

# RS256 (RSASSA-PKCS1-v1_5 with SHA-256). A key in a legacy CSP (PROV_RSA_FULL) refuses SHA-256 on
# .NET Framework ("Invalid algorithm specified"): its key container is opened again through the
# AES provider (PROV_RSA_AES), which signs SHA-256 with the same key without exporting it.
function Invoke-S2SSignRs256 {
    param(
        [Parameter(Mandatory = $true)] $Key,
        [Parameter(Mandatory = $true)] [byte[]] $Data
    )
    $sha256 = [System.Security.Cryptography.HashAlgorithmName]::SHA256
    $pkcs1 = [System.Security.Cryptography.RSASignaturePadding]::Pkcs1
    $failure = ''
    try {
        return , $Key.SignData($Data, $sha256, $pkcs1)
    } catch {
        $failure = $_.Exception.Message
    }
    if ($Key -isnot [System.Security.Cryptography.RSACryptoServiceProvider]) {
        throw (New-S2SKeyUnavailableError -Message "The farm's STS signing key cannot sign with SHA-256: $failure")
    }
    $container = $Key.CspKeyContainerInfo
    $parameters = New-Object System.Security.Cryptography.CspParameters -ArgumentList 24, 'Microsoft Enhanced RSA and AES Cryptographic Provider', $container.KeyContainerName
    $parameters.KeyNumber = [int]$container.KeyNumber
    $parameters.Flags = [System.Security.Cryptography.CspProviderFlags]::UseExistingKey
    if ($container.MachineKeyStore) {
        $parameters.Flags = $parameters.Flags -bor [System.Security.Cryptography.CspProviderFlags]::UseMachineKeyStore
    }
    try {
        $aesProvider = New-Object System.Security.Cryptography.RSACryptoServiceProvider -ArgumentList $parameters
        try {
            return , $aesProvider.SignData($Data, $sha256, $pkcs1)
        } finally {
            $aesProvider.Dispose()
        }
    } catch {
        throw (New-S2SKeyUnavailableError -Message "The farm's STS signing key is in a legacy cryptographic provider that refuses SHA-256 ($failure), and the AES provider cannot open it: $($_.Exception.Message)")
    }
}

# The client assertion: header {"alg":"RS256","typ":"JWT","x5t":<base64url SHA-1 of the
# certificate>}, claims iss = sub = 00000003-0000-0ff1-ce00-000000000000@<realm>, aud = $Audience
# as given, a new jti, nbf = now, exp = now + 5 minutes, signed with the certificate's private key.
# The result is a secret: it goes to ACS and nowhere else.
function New-S2SClientAssertion {
    param(
        [Parameter(Mandatory = $true)] [System.Security.Cryptography.X509Certificates.X509Certificate2] $Certificate,
        [Parameter(Mandatory = $true)] [string] $Audience,
        [Parameter(Mandatory = $true)] [string] $Realm
    )
    $key = Get-S2SSigningKey -Certificate $Certificate
    $sha1 = [System.Security.Cryptography.SHA1]::Create()
    try {
        $x5t = ConvertTo-S2SBase64Url $sha1.ComputeHash($Certificate.RawData)
    } finally {
        $sha1.Dispose()
    }
    $clientId = "00000003-0000-0ff1-ce00-000000000000@$Realm"
    $now = [DateTimeOffset]::UtcNow.ToUnixTimeSeconds()
    $header = [ordered]@{ alg = 'RS256'; typ = 'JWT'; x5t = $x5t }
    $claims = [ordered]@{
        aud = $Audience; iss = $clientId; sub = $clientId; jti = [Guid]::NewGuid().ToString()
        nbf = [long]$now; exp = [long]($now + 300)
    }
    $headerJson = ConvertTo-Json -InputObject $header -Depth 10 -Compress
    $claimsJson = ConvertTo-Json -InputObject $claims -Depth 10 -Compress
    $signingInput = (ConvertTo-S2SBase64Url $script:S2SUtf8.GetBytes($headerJson)) + '.' + (ConvertTo-S2SBase64Url $script:S2SUtf8.GetBytes($claimsJson))
    $signature = Invoke-S2SSignRs256 -Key $key -Data ([System.Text.Encoding]::ASCII.GetBytes($signingInput))
    return $signingInput + '.' + (ConvertTo-S2SBase64Url $signature)
}

# The form of the token request, every value percent-encoded (RFC 3986 unreserved kept).
function ConvertTo-S2SFormBody {
    param([Parameter(Mandatory = $true)] [object[]] $Fields)
    $parts = New-Object System.Collections.ArrayList
    foreach ($field in $Fields) {
        $null = $parts.Add([Uri]::EscapeDataString([string]$field[0]) + '=' + [Uri]::EscapeDataString([string]$field[1]))
    }
    return ($parts.ToArray() -join '&')
}

# ACS's answer as FarmCodec's AcsTokenAnswer: accepted (status 200 and an access_token) with the
# token's aud, iss, exp and claim names, else the OAuth error of a JSON body or the first 200
# characters of another one. The access token itself is dropped here.
function ConvertTo-S2SAcsTokenAnswer {
    param(
        [Parameter(Mandatory = $true)] $Response,
        [Parameter(Mandatory = $true)] [System.Collections.IDictionary] $Sent
    )
    $answer = [ordered]@{
        encoding = $Sent.encoding; httpStatus = [int]$Response.Status; accepted = $false
        assertionX5t = $Sent.assertionX5t; assertionIssuer = $Sent.assertionIssuer; assertionAudience = $Sent.assertionAudience
        audience = ''; issuer = ''; expires = ''; claimNames = @()
        error = ''; errorDescription = ''; errorCodes = @()
    }
    $json = $null
    try {
        $json = ConvertFrom-S2SJson -Bytes $Response.Body
    } catch {
        $json = $null
    }
    if ($json -isnot [System.Collections.IDictionary]) {
        $text = $script:S2SUtf8.GetString($Response.Body)
        if ($text.Length -gt 200) { $text = $text.Substring(0, 200) }
        # A success answer that does not parse may still carry a token: it is never echoed.
        if ([int]$Response.Status -eq 200 -or $text.Contains('access_token')) { $text = 'The answer is not the documented JSON (not shown: it may hold a token).' }
        $answer.errorDescription = $text
        return $answer
    }
    $token = Get-S2SJsonValue $json 'access_token'
    if ($Response.Status -eq 200 -and $token -is [string] -and $token.Length -gt 0) {
        $answer.accepted = $true
        $claims = $null
        $parts = $token.Split('.')
        if ($parts.Length -eq 3) {
            try {
                $claims = ConvertFrom-S2SJson -Bytes (ConvertFrom-S2SBase64Url $parts[1])
            } catch {
                $claims = $null
            }
        }
        if ($claims -isnot [System.Collections.IDictionary]) {
            $answer.errorDescription = 'The access token is not a JWT.'
            return $answer
        }
        $audience = Get-S2SJsonValue $claims 'aud'
        if ($audience -is [array]) { $audience = $audience[0] }
        if ($audience -is [string]) { $answer.audience = $audience }
        $issuer = Get-S2SJsonValue $claims 'iss'
        if ($issuer -is [string]) { $answer.issuer = $issuer }
        $expires = Get-S2SJsonValue $claims 'exp'
        if ($expires -is [long] -or $expires -is [double]) {
            $answer.expires = Get-S2SDate ([DateTimeOffset]::FromUnixTimeSeconds([long][Math]::Floor($expires)).UtcDateTime)
        }
        $names = [string[]]@($claims.Keys)
        [Array]::Sort($names, [StringComparer]::Ordinal)
        $answer.claimNames = $names
        return $answer
    }
    $error0 = Get-S2SJsonValue $json 'error'
    if ($error0 -is [string]) { $answer.error = $error0 }
    $description = Get-S2SJsonValue $json 'error_description'
    if ($description -is [string]) { $answer.errorDescription = $description }
    $codes = New-Object System.Collections.ArrayList
    $listed = Get-S2SJsonValue $json 'error_codes'
    if ($listed -is [array]) {
        foreach ($code in $listed) {
            if ($code -is [long] -or $code -is [double]) { $null = $codes.Add([int]$code) }
        }
    }
    $answer.errorCodes = $codes.ToArray()
    return $answer
}

function Invoke-S2SRequestToken {
    param($Arguments, $Server)
    $null = $Server
    $endpoint = Get-S2SArgument $Arguments 'tokenEndpoint'
    $resourceHost = Get-S2SArgument $Arguments 'resourceHost'
    $encoding = Get-S2SArgument $Arguments 'encoding'
    if ($encoding -cne 'client_credentials' -and $encoding -cne 'jwt_bearer') {
        throw (New-S2SError -Code 'farm.argument' -Message "trust.requestToken: the encoding `"$encoding`" is neither client_credentials nor jwt_bearer.")
    }
    $uri = $null
    if (-not [System.Uri]::TryCreate($endpoint, [System.UriKind]::Absolute, [ref]$uri) -or
        $uri.Scheme -ne 'https') {
        # The signed assertion never travels in clear text.
        throw (New-S2SError -Code 'farm.argument' -Message "trust.requestToken: the token endpoint `"$endpoint`" is not an absolute https URL.")
    }
    $realm = [string](Invoke-S2SCmdlet -Name 'Get-SPAuthenticationRealm')
    $config = Invoke-S2SCmdlet -Name 'Get-SPSecurityTokenServiceConfig'
    $certificate = $config.LocalLoginProvider.SigningCertificate
    if ($null -eq $certificate) {
        throw (New-S2SKeyUnavailableError -Message 'The farm has no STS signing certificate.')
    }
    $assertion = New-S2SClientAssertion -Certificate $certificate -Audience $endpoint -Realm $realm
    $clientId = "00000003-0000-0ff1-ce00-000000000000@$realm"
    $resource = "00000003-0000-0ff1-ce00-000000000000/$resourceHost@$realm"
    if ($encoding -ceq 'client_credentials') {
        $fields = @(
            , @('grant_type', 'client_credentials')
            , @('client_id', $clientId)
            , @('client_assertion_type', 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer')
            , @('client_assertion', $assertion)
            , @('resource', $resource))
    } else {
        $fields = @(
            , @('grant_type', 'http://oauth.net/grant_type/jwt/1.0/bearer')
            , @('assertion', $assertion)
            , @('client_id', $clientId)
            , @('resource', $resource))
    }
    $body = $script:S2SUtf8.GetBytes((ConvertTo-S2SFormBody -Fields $fields))
    $assertion = $null
    $sha1 = [System.Security.Cryptography.SHA1]::Create()
    try {
        $x5t = ConvertTo-S2SBase64Url $sha1.ComputeHash($certificate.RawData)
    } finally {
        $sha1.Dispose()
    }
    Send-S2SEvent -Kind progress -Text "Requesting a token for $resource from $($uri.AbsoluteUri) ($encoding)"
    try {
        $response = Invoke-S2SOutboundPost -Uri $uri -ContentType 'application/x-www-form-urlencoded' -Body $body -TimeoutMs $script:S2SHttpTimeoutMs -MaxBytes $script:S2SOutboundMaxBytes
    } catch {
        throw (New-S2SError -Code 'farm.outbound' -Message "The farm could not reach $($uri.AbsoluteUri): $($_.Exception.Message)" -Remedy 'Allow outbound HTTPS (TCP 443) from the SharePoint servers to accounts.accesscontrol.windows.net and login.microsoftonline.com, directly or through the proxy configured for the farm.')
    }
    $sent = @{ encoding = $encoding; assertionX5t = $x5t; assertionIssuer = $clientId; assertionAudience = $endpoint }
    Set-S2SResult (ConvertTo-S2SAcsTokenAnswer -Response $response -Sent $sent)
}

# ---------------------------------------------------------------------------------------------
# The farm-wide lock (engine/farm/ops/FarmLockOps.h): SPFarm.Properties['S2SWizard.Lock'] holds a
# JSON text {owner, machine, process, session, since, renewed}. Taking, renewing and releasing it
# is one SPFarm.Update(): when another writer updated the farm object since it was read, SharePoint
# refuses with SPUpdatedConcurrencyException and the lock is read again.

$script:S2SLockKey = 'S2SWizard.Lock'
$script:S2SLockAttempts = 5

function Get-S2SLockClaim {
    param($Arguments)
    $process = Get-S2SArgument $Arguments 'process'
    if ($process -notmatch '^[0-9]{1,10}$') {
        throw (New-S2SError -Code 'farm.argument' -Message "The argument `"process`" is not a process id.")
    }
    return [ordered]@{
        machine = Get-S2SArgument $Arguments 'machine'
        process = $process
        session = Get-S2SArgument $Arguments 'session'
    }
}

function Get-S2SNowText {
    return [DateTime]::UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", [System.Globalization.CultureInfo]::InvariantCulture)
}

# The lock's holder as the property bag holds it; every field empty when nobody holds it (or
# the value is not the wizard's JSON).
function Read-S2SFarmLock {
    param([Parameter(Mandatory = $true)] $Farm)
    $holder = [ordered]@{ owner = ''; machine = ''; process = ''; session = ''; since = ''; renewed = '' }
    if (-not $Farm.Properties.ContainsKey($script:S2SLockKey)) { return $holder }
    $parsed = $null
    try {
        $parsed = ConvertFrom-S2SJson -Bytes ($script:S2SUtf8.GetBytes([string]$Farm.Properties[$script:S2SLockKey]))
    } catch {
        $null = $_
    }
    foreach ($key in @($holder.Keys)) {
        $value = Get-S2SJsonValue $parsed $key
        if ($value -is [string]) { $holder[$key] = $value }
    }
    return $holder
}

function Test-S2SLockEmpty {
    param($Holder)
    return ($Holder.machine.Length -eq 0 -and $Holder.process.Length -eq 0 -and $Holder.session.Length -eq 0)
}

function Test-S2SLockHolder {
    param($Holder, $Claim)
    return (-not (Test-S2SLockEmpty $Holder) -and
        [string]::Equals($Holder.machine, $Claim.machine, [StringComparison]::OrdinalIgnoreCase) -and
        $Holder.process -ceq $Claim.process -and $Holder.session -ceq $Claim.session)
}

# Whether process $Id runs on this server (the wizard runs where its host runs).
function Test-S2SProcessRuns {
    param([string] $Id)
    $number = 0
    if (-not [int]::TryParse($Id, [ref]$number) -or $number -le 0) { return $false }
    $process = Get-Process -Id $number -ErrorAction SilentlyContinue
    return ($null -ne $process)
}

# Free, Mine, Stale (not renewed for $StaleSeconds), Abandoned (the claimant's own session on this
# machine, its process gone: a killed run) or Held: as engine/lab/LabFarmLock.cpp decides.
function Get-S2SLockVerdict {
    param($Holder, $Claim, [int] $StaleSeconds)
    if (Test-S2SLockEmpty $Holder) { return 'Free' }
    if (Test-S2SLockHolder $Holder $Claim) { return 'Mine' }
    $renewed = [DateTime]::MinValue
    $read = [DateTime]::TryParse($Holder.renewed, [System.Globalization.CultureInfo]::InvariantCulture,
        [System.Globalization.DateTimeStyles]::RoundtripKind, [ref]$renewed)
    if (-not $read -or ([DateTime]::UtcNow - $renewed.ToUniversalTime()).TotalSeconds -gt $StaleSeconds) { return 'Stale' }
    if ([string]::Equals($Holder.machine, $Claim.machine, [StringComparison]::OrdinalIgnoreCase) -and
        $Holder.session -ceq $Claim.session -and -not (Test-S2SProcessRuns $Holder.process)) {
        return 'Abandoned'
    }
    return 'Held'
}

function Test-S2SConcurrencyError {
    param($Exception)
    $each = $Exception
    while ($null -ne $each) {
        if ([string]$each.GetType().FullName -eq 'Microsoft.SharePoint.Administration.SPUpdatedConcurrencyException') { return $true }
        $each = $each.InnerException
    }
    return $false
}

# Stores $Holder (an empty holder removes the lock) with SPFarm.Update(); $false when another
# writer updated the farm object since $Farm was read.
function Update-S2SFarmLock {
    param([Parameter(Mandatory = $true)] $Farm, [Parameter(Mandatory = $true)] $Holder)
    if (Test-S2SLockEmpty $Holder) {
        $null = $Farm.Properties.Remove($script:S2SLockKey)
    } else {
        $Farm.Properties[$script:S2SLockKey] = [string](ConvertTo-Json -InputObject $Holder -Depth 10 -Compress)
    }
    try {
        $null = $Farm.Update()
        return $true
    } catch {
        if (-not (Test-S2SConcurrencyError $_.Exception)) { throw }
    }
    Send-S2SEvent -Kind verbose -Text 'Another writer updated the farm object at the same time; reading the farm lock again.'
    if ($null -ne $Farm.PSObject.Methods['Uncache']) { $null = $Farm.Uncache() }
    return $false
}

function New-S2SLockError {
    param([string] $Code, $Holder, [string] $What)
    $by = 'nobody holds it'
    if (-not (Test-S2SLockEmpty $Holder)) {
        $by = "it is held by $($Holder.owner) on $($Holder.machine) (process $($Holder.process), session $($Holder.session))"
    }
    return (New-S2SError -Code $Code -Message "The farm lock cannot be $What by this run: $by.")
}

function New-S2SLockContendedError {
    return (New-S2SError -Code 'farm.lock-contended' -Message "The farm object was updated by others $($script:S2SLockAttempts) times while the farm lock was being changed." -Remedy 'Run the wizard again in a minute.')
}

# Reads the farm lock, lets $Decide choose, and stores what it chose with SPFarm.Update()'s
# concurrency check; another writer in between means reading again, at most S2SLockAttempts times.
# $Decide gets the holder as read and returns @{ result = ... } to answer without a write, or
# @{ store = <holder>; result = ... } to store first. It sees its caller's variables (PowerShell's
# dynamic scope), so the names here start with "lock" to shadow none of them.
function Invoke-S2SFarmLockChange {
    param([Parameter(Mandatory = $true)] [scriptblock] $Decide)
    for ($lockAttempt = 1; $lockAttempt -le $script:S2SLockAttempts; $lockAttempt++) {
        $lockFarm = Invoke-S2SCmdlet -Name 'Get-SPFarm'
        $lockDecision = & $Decide (Read-S2SFarmLock $lockFarm)
        if (-not $lockDecision.ContainsKey('store') -or (Update-S2SFarmLock -Farm $lockFarm -Holder $lockDecision.store)) {
            Set-S2SResult $lockDecision.result
            return
        }
    }
    throw (New-S2SLockContendedError)
}

function Invoke-S2SFarmLockAcquire {
    param($Arguments, $Server)
    $null = $Server
    $claim = Get-S2SLockClaim $Arguments
    $staleText = Get-S2SArgument $Arguments 'staleAfterSeconds'
    $stale = 0
    if (-not [int]::TryParse($staleText, [System.Globalization.NumberStyles]::None, [System.Globalization.CultureInfo]::InvariantCulture, [ref]$stale) -or $stale -lt 60) {
        throw (New-S2SError -Code 'farm.argument' -Message 'The argument "staleAfterSeconds" is not a number of seconds of at least 60.')
    }
    $owner = [string](Get-S2SCurrentIdentity).Name
    Invoke-S2SFarmLockChange -Decide {
        param($holder)
        $verdict = Get-S2SLockVerdict -Holder $holder -Claim $claim -StaleSeconds $stale
        if ($verdict -eq 'Held') { return @{ result = [ordered]@{ acquired = $false; tookOver = $false; holder = $holder } } }
        $now = Get-S2SNowText
        $since = $now
        if ($verdict -eq 'Mine') { $since = $holder.since }
        $mine = [ordered]@{ owner = $owner; machine = $claim.machine; process = $claim.process; session = $claim.session; since = $since; renewed = $now }
        $tookOver = ($verdict -eq 'Stale' -or $verdict -eq 'Abandoned')
        $answer = [ordered]@{ acquired = $true; tookOver = $tookOver; holder = $mine }
        if ($tookOver) { $answer['previous'] = $holder }
        return @{ store = $mine; result = $answer }
    }
}

function Invoke-S2SFarmLockRenew {
    param($Arguments, $Server)
    $null = $Server
    $claim = Get-S2SLockClaim $Arguments
    Invoke-S2SFarmLockChange -Decide {
        param($holder)
        if (-not (Test-S2SLockHolder $holder $claim)) { throw (New-S2SLockError -Code 'farm.lock-lost' -Holder $holder -What 'renewed') }
        $holder.renewed = Get-S2SNowText
        return @{ store = $holder; result = $holder }
    }
}

function Invoke-S2SFarmLockRelease {
    param($Arguments, $Server)
    $null = $Server
    $claim = Get-S2SLockClaim $Arguments
    Invoke-S2SFarmLockChange -Decide {
        param($holder)
        if (Test-S2SLockEmpty $holder) { return @{ result = $false } }
        if (-not (Test-S2SLockHolder $holder $claim)) { throw (New-S2SLockError -Code 'farm.lock-not-holder' -Holder $holder -What 'released') }
        $none = [ordered]@{ owner = ''; machine = ''; process = ''; session = ''; since = ''; renewed = '' }
        return @{ store = $none; result = $true }
    }
}

# ---------------------------------------------------------------------------------------------
# The dispatch table: protocol operation name -> function. The contract with FarmOps.h.

$script:S2SOperations = [ordered]@{
    'host.info'                 = 'Invoke-S2SHostInfo'
    'servers.list'              = 'Invoke-S2SServers'
    'remoting.test'             = 'Invoke-S2STestRemoting'
    'webapps.list'              = 'Invoke-S2SWebApplications'
    'webapp.authProvider'       = 'Invoke-S2SAuthenticationProvider'
    'sts.get'                   = 'Invoke-S2SStsConfig'
    'sts.setAllowOAuthOverHttp' = 'Invoke-S2SSetAllowOAuthOverHttp'
    'sts.running'               = 'Invoke-S2SRunningStsCertificate'
    'sts.setSigningCertificate' = 'Invoke-S2SSetSigningCertificate'
    'cert.rootHas'              = 'Invoke-S2SHasRootCertificate'
    'cert.importPfx'            = 'Invoke-S2SImportPfx'
    'server.reset'              = 'Invoke-S2SResetServer'
    'realm.get'                 = 'Invoke-S2SRealm'
    'realm.set'                 = 'Invoke-S2SSetRealm'
    'appPrincipal.get'          = 'Invoke-S2SAppPrincipals'
    'appPrincipal.register'     = 'Invoke-S2SRegisterAppPrincipal'
    'proxies.list'              = 'Invoke-S2SProxies'
    'acsProxy.new'              = 'Invoke-S2SNewAcsProxy'
    'issuers.list'              = 'Invoke-S2SIssuers'
    'issuer.new'                = 'Invoke-S2SNewIssuer'
    'outbound.fetch'            = 'Invoke-S2SFetch'
    'trust.requestToken'        = 'Invoke-S2SRequestToken'
    'acsProxy.remove'           = 'Invoke-S2SRemoveProxy'
    'issuer.remove'             = 'Invoke-S2SRemoveIssuer'
    'appPrincipal.remove'       = 'Invoke-S2SRemoveAppPrincipal'
    'farmLock.acquire'          = 'Invoke-S2SFarmLockAcquire'
    'farmLock.renew'            = 'Invoke-S2SFarmLockRenew'
    'farmLock.release'          = 'Invoke-S2SFarmLockRelease'
}

# ---------------------------------------------------------------------------------------------
# Request handling and the main loop

# One request line, as UTF-8 bytes (a log of this call's parameters shows System.Byte[], never the
# line). An unreadable line is answered with the id the raw text shows, so the wizard's call fails
# at once instead of waiting for its timeout, and with code farm.protocol.
function Invoke-S2SRequest {
    param([Parameter(Mandatory = $true)] [AllowEmptyCollection()] [byte[]] $Bytes)
    $script:S2SRequestId = $null
    $request = $null
    try {
        $request = ConvertFrom-S2SJson -Bytes $Bytes
    } catch {
        # Not the parser's message: it may quote the line, which may carry a PFX and its password.
        $null = $_
    }
    if ($request -isnot [System.Collections.IDictionary] -or -not ((Get-S2SJsonValue $request 'id') -is [long])) {
        $id = $null
        $shown = [regex]::Match($script:S2SUtf8.GetString($Bytes), '"id"\s*:\s*([0-9]{1,18})\s*[,}]')
        if ($shown.Success) { $id = [long]::Parse($shown.Groups[1].Value, [System.Globalization.CultureInfo]::InvariantCulture) }
        $unreadable = New-S2SError -Code 'farm.protocol' -Message "The request line ($($Bytes.Length) bytes) is not a JSON object with a numeric id." -Remedy 'The wizard and its host script are from different versions, or the line was cut.'
        return [ordered]@{ id = $id; ok = $false; error = (ConvertTo-S2SErrorObject $unreadable) }
    }
    $script:S2SRequestId = Get-S2SJsonValue $request 'id'
    $response = [ordered]@{ id = $script:S2SRequestId; ok = $false }
    $op = [string](Get-S2SJsonValue $request 'op')
    try {
        $ErrorActionPreference = 'Stop'
        if (-not $script:S2SOperations.Contains($op)) {
            throw (New-S2SError -Code 'farm.unknown-op' -Message "The host has no operation `"$op`"." -Remedy 'The wizard and its host script are from different versions.')
        }
        if ($script:S2SLoadError.Length -gt 0 -and $op -ne 'host.info') {
            throw (New-S2SError -Code 'farm.powershell' -Message "SharePoint could not be loaded in this PowerShell host: $($script:S2SLoadError)" -Remedy $script:S2SLoadRemedy)
        }
        $command = Get-Command -Name $script:S2SOperations[$op] -CommandType Function
        $arguments = Get-S2SJsonValue $request 'args'
        $server = Get-S2SJsonValue $request 'server'
        $script:S2SResult = $null
        $script:S2SHasResult = $false
        # Warnings go out as events the moment they are written, so those of an operation that
        # fails later are not lost; anything else an operation writes to the pipeline is stray
        # output, counted and dropped.
        $script:S2SStray = 0
        & $command -Arguments $arguments -Server $server 3>&1 | ForEach-Object {
            if ($_ -is [System.Management.Automation.WarningRecord]) {
                Send-S2SEvent -Kind warning -Text ([string]$_.Message)
            } else {
                $script:S2SStray += 1
            }
        }
        if ($script:S2SStray -gt 0) {
            Send-S2SEvent -Kind verbose -Text "The operation $op wrote $($script:S2SStray) stray output objects; ignored."
        }
        $result = $null
        if ($script:S2SHasResult) { $result = $script:S2SResult }
        $response.ok = $true
        $response['result'] = $result
    } catch {
        $response.ok = $false
        $response['error'] = ConvertTo-S2SErrorObject $_
    }
    return $response
}

function Initialize-S2SHost {
    try {
        # As the SharePoint Management Shell does, before any SharePoint object is loaded.
        $Host.Runspace.ThreadOptions = 'ReuseThread'
    } catch {
        $null = $_
    }
    # ACS and Graph require TLS 1.2; .NET 4.x on older servers offers only TLS 1.0 by default.
    [System.Net.ServicePointManager]::SecurityProtocol = [System.Net.ServicePointManager]::SecurityProtocol -bor [System.Net.SecurityProtocolType]::Tls12
    # The JSON reader of ConvertFrom-S2SJson (loaded already in most hosts; this makes sure).
    Add-Type -AssemblyName 'System.Runtime.Serialization'
    $loaded = @()
    $script:S2SLoadRemedy = 'Run the wizard on a SharePoint server of the farm.'
    try {
        # Loading can "succeed" without SharePoint: for an account that is not elevated or not a
        # shell admin the snap-in only warns "The local farm is not accessible. Cmdlets with
        # FeatureDependencyId are not registered." Keep those warnings: merged into the output
        # (3>&1), which also catches what a module's own script writes while it is imported, where
        # -WarningAction and -WarningVariable of the importing call do not reach.
        if ($null -ne (Get-PSSnapin -Registered -Name 'Microsoft.SharePoint.PowerShell' -ErrorAction SilentlyContinue)) {
            if ($null -eq (Get-PSSnapin -Name 'Microsoft.SharePoint.PowerShell' -ErrorAction SilentlyContinue)) {
                $loaded = @(Add-PSSnapin -Name 'Microsoft.SharePoint.PowerShell' -ErrorAction Stop 3>&1)
            }
        } else {
            # SharePoint Server Subscription Edition: the snap-in is gone, the module replaces it.
            $loaded = @(Import-Module -Name 'SharePointServer' -DisableNameChecking -ErrorAction Stop 3>&1)
        }
    } catch {
        $script:S2SLoadError = [string]$_.Exception.Message
    }
    $texts = @()
    foreach ($item in $loaded) {
        if ($item -is [System.Management.Automation.WarningRecord]) { $texts += [string]$item.Message }
    }
    $script:S2SLoadWarnings = $texts
    if ($script:S2SLoadError.Length -eq 0 -and $null -eq (Get-Command -Name 'Get-SPFarm' -ErrorAction SilentlyContinue)) {
        $script:S2SLoadError = 'SharePoint loaded without its farm cmdlets (Get-SPFarm is missing).'
        if ($texts.Count -gt 0) { $script:S2SLoadError += ' ' + ($texts -join ' ') }
        $script:S2SLoadRemedy = 'Run the wizard elevated (Run as administrator) with an account that is a farm administrator and a shell admin of the farm (Add-SPShellAdmin).'
    }
}

function Start-S2SFarmHost {
    $ErrorActionPreference = 'Stop'
    $ready = [ordered]@{ event = 'ready' }
    $ready['languageMode'] = [string]$ExecutionContext.SessionState.LanguageMode
    try {
        Initialize-S2SHost
        $info = Get-S2SHostInfo
        foreach ($key in $info.Keys) { $ready[$key] = $info[$key] }
    } catch {
        $ready['error'] = ConvertTo-S2SErrorObject $_
    }
    if ($script:S2SLoadError.Length -gt 0) {
        $ready['loadError'] = $script:S2SLoadError
        $ready['loadRemedy'] = $script:S2SLoadRemedy
    }
    $ready['loadWarnings'] = @($script:S2SLoadWarnings)
    $ready['operations'] = @($script:S2SOperations.Keys)
    Send-S2SMessage $ready
    while ($true) {
        $line = [Console]::In.ReadLine()
        if ($null -eq $line) { break } # stdin closed: the wizard went away
        if ($line.Trim().Length -eq 0) { continue }
        $response = Invoke-S2SRequest -Bytes $script:S2SUtf8.GetBytes($line)
        $line = $null
        try {
            Send-S2SMessage $response
        } catch {
            $fallback = [ordered]@{ id = $response.id; ok = $false; error = (ConvertTo-S2SErrorObject $_) }
            Send-S2SMessage $fallback
        }
        $script:S2SRequestId = $null
    }
}
