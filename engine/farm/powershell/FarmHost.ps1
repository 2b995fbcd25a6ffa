# S2S Wizard farm host: one persistent Windows PowerShell 5.1 runspace with SharePoint loaded,
# speaking the JSON Lines protocol of DESIGN.md ("Farm backend") over stdin/stdout.
#   -> {"id":7,"op":"realm.set","args":{"realm":"..."},"server":null}
#   <- {"id":7,"event":"verbose|warning|progress","text":"..."}   (zero or more)
#   <- {"id":7,"ok":true,"result":...}  or  {"id":7,"ok":false,"error":{type,message,category,fqid,inner}}
# The first line is {"event":"ready",...}. Requests are answered one at a time, in order.
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

$ProgressPreference = 'SilentlyContinue'
$ConfirmPreference = 'None'

$script:S2SUtf8 = New-Object System.Text.UTF8Encoding $false
$script:S2SRequestId = $null
$script:S2SLoadError = ''
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

function ConvertTo-S2SErrorObject {
    param([Parameter(Mandatory = $true)] $Record)
    $error0 = [ordered]@{ type = ''; message = ''; category = ''; fqid = ''; inner = '' }
    if ($Record -is [System.Management.Automation.ErrorRecord]) {
        $exception = $Record.Exception
        $error0.type = [string]$exception.GetType().FullName
        $error0.message = [string]$exception.Message
        $error0.category = [string]$Record.CategoryInfo.Category.ToString()
        $error0.fqid = [string]$Record.FullyQualifiedErrorId
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
# Arguments: read as properties of the parsed request, checked, cast on purpose.

function Get-S2SArgument {
    param(
        [Parameter(Mandatory = $true)] [AllowNull()] $Arguments,
        [Parameter(Mandatory = $true)] [string] $Name,
        [ValidateSet('string', 'bool')] [string] $Type = 'string',
        [switch] $Optional
    )
    $value = $null
    if ($null -ne $Arguments -and $null -ne $Arguments.PSObject.Properties[$Name]) {
        $value = $Arguments.PSObject.Properties[$Name].Value
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
# cmdlet has that parameter (the wizard has asked the administrator beforehand).
function Invoke-S2SCmdlet {
    param(
        [Parameter(Mandatory = $true)] [string] $Name,
        [hashtable] $Parameters = @{}
    )
    $command = Get-Command -Name $Name -CommandType Cmdlet -ErrorAction Stop
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
        if ($null -ne $rsa) { $keyBits = [int]$rsa.KeySize }
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

function Get-S2SDefaultProxyIds {
    $group = Invoke-S2SCmdlet -Name 'Get-SPServiceApplicationProxyGroup' -Parameters @{ Default = $true }
    $ids = @()
    foreach ($proxy in @($group.DefaultProxies)) { $ids += [string]$proxy.Id }
    return , $ids
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

function Get-S2SHostInfo {
    $identity = [System.Security.Principal.WindowsIdentity]::GetCurrent()
    $principal = New-Object System.Security.Principal.WindowsPrincipal $identity
    $info = [ordered]@{
        host       = [string]$PSVersionTable.PSVersion.ToString()
        sharepoint = ''
        account    = [string]$identity.Name
        farmAdmin  = $false
        elevated   = [bool]$principal.IsInRole([System.Security.Principal.WindowsBuiltInRole]::Administrator)
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
        $accountName = [string]$identity.Name
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

# One HTTP GET, synchronous, from this server. Returns status code and body bytes.
function Invoke-S2SHttpGet {
    param(
        [Parameter(Mandatory = $true)] [System.Uri] $Uri,
        [string] $HostHeader = '',
        [switch] $AllowNameMismatch,
        [int] $TimeoutMs = 30000
    )
    $request = [System.Net.HttpWebRequest][System.Net.WebRequest]::Create($Uri)
    $request.Method = 'GET'
    $request.Timeout = $TimeoutMs
    $request.ReadWriteTimeout = $TimeoutMs
    $request.AllowAutoRedirect = $true
    $request.UseDefaultCredentials = $true
    $request.UserAgent = 'S2SWizard-FarmHost'
    if ($HostHeader.Length -gt 0) { $request.Host = $HostHeader }
    if ($AllowNameMismatch) {
        # We connect by server name while the certificate names the web application's host:
        # accept a name mismatch only, never an untrusted chain. Runs synchronously on this thread
        # (GetResponse below), where the runspace is available. Verify on a real farm.
        $request.ServerCertificateValidationCallback = {
            param($sender, $certificate, $chain, $errors)
            $null = $sender, $certificate, $chain
            return (($errors -band (-bnot [System.Net.Security.SslPolicyErrors]::RemoteCertificateNameMismatch)) -eq [System.Net.Security.SslPolicyErrors]::None)
        }
    }
    $response = $null
    try {
        try {
            $response = [System.Net.HttpWebResponse]$request.GetResponse()
        } catch [System.Net.WebException] {
            if ($null -eq $_.Exception.Response) { throw }
            $response = [System.Net.HttpWebResponse]$_.Exception.Response
        }
        $stream = $response.GetResponseStream()
        $memory = New-Object System.IO.MemoryStream
        try {
            $stream.CopyTo($memory)
        } finally {
            $stream.Dispose()
        }
        return [pscustomobject]@{ Status = [int]$response.StatusCode; Body = $memory.ToArray() }
    } finally {
        if ($null -ne $response) { $response.Close() }
    }
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
    $remedy = "On $name run Enable-PSRemoting -Force, and check the firewall (TCP 5985) between the servers; then Test-WSMan $name must answer."
    try {
        $null = Test-WSMan -ComputerName $name -ErrorAction Stop
        # Test-WSMan alone is anonymous: also run a trivial command as this account. No SharePoint
        # cmdlet runs remotely (double hop to SQL Server).
        $remoteName = Invoke-Command -ComputerName $name -ErrorAction Stop -ScriptBlock { $env:COMPUTERNAME }
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
            try { $alternate = $webApp.AlternateUrls.GetResponseUrl($zone) } catch { $null = $_ }
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
    $result = [ordered]@{
        displayName           = ''
        windowsAuthentication = $false
        disableKerberos       = $true
        claimsBased           = [bool]$webApp.UseClaimsAuthentication
    }
    if ($null -ne $windows) {
        $result.displayName = [string]$windows.DisplayName
        $result.windowsAuthentication = [bool]$windows.UseWindowsIntegratedAuthentication
        $result.disableKerberos = [bool]$windows.DisableKerberos
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
    # Which web application to ask: the one named in the arguments, else the first http:// one
    # (no TLS name mismatch), else the first one. Every web application's process on a server
    # serves the certificate its STS loaded at the last iisreset.
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
    # 2013 and later). VERIFY ON A REAL FARM: the exact path for each SharePoint version, and that
    # the web application answers by server name with its host name in the Host header.
    $builder = New-Object System.UriBuilder -ArgumentList $webUri.Scheme, $Name, $webUri.Port, '/_layouts/15/metadata/json/1'
    $hostHeader = $webUri.Host
    if (-not $webUri.IsDefaultPort) { $hostHeader = "$($webUri.Host):$($webUri.Port)" }
    Send-S2SEvent -Kind progress -Text "Reading the running STS certificate of $Name ($($builder.Uri.AbsoluteUri), Host: $hostHeader)"
    try {
        $response = Invoke-S2SHttpGet -Uri $builder.Uri -HostHeader $hostHeader -AllowNameMismatch -TimeoutMs 30000
    } catch {
        throw (New-S2SError -Code 'farm.remoting' -Message "The server $Name did not answer $($builder.Uri.AbsoluteUri) (Host: $hostHeader): $($_.Exception.Message)" -Remedy "Check that IIS runs on $Name and that the web application answers there.")
    }
    if ($response.Status -lt 200 -or $response.Status -ge 300) {
        throw (New-S2SError -Code 'farm.metadata-invalid' -Message "The server $Name answered HTTP $($response.Status) for $($builder.Uri.AbsoluteUri).")
    }
    $document = ConvertFrom-Json -InputObject $script:S2SUtf8.GetString($response.Body)
    $value = $null
    if ($null -ne $document.keys -and @($document.keys).Count -gt 0) {
        $value = [string]@($document.keys)[0].keyValue.value
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

# Runs a self-contained script block on farm server $Name: here when it is this server, else
# through PowerShell remoting. Values travel in -ArgumentList, never inside the script text, and
# no SharePoint cmdlet runs remotely (Kerberos double hop). A remoting failure says what to fix.
function Invoke-S2SOnServer {
    param(
        [Parameter(Mandatory = $true)] [string] $Name,
        [Parameter(Mandatory = $true)] [scriptblock] $ScriptBlock,
        [object[]] $ArgumentList = @()
    )
    if ([string]::Equals($Name, [string]$env:COMPUTERNAME, [StringComparison]::OrdinalIgnoreCase)) {
        return & $ScriptBlock @ArgumentList
    }
    try {
        return Invoke-Command -ComputerName $Name -ScriptBlock $ScriptBlock -ArgumentList $ArgumentList -ErrorAction Stop
    } catch [System.Management.Automation.Remoting.PSRemotingTransportException] {
        throw (New-S2SError -Code 'farm.remoting' -Message "Connecting to remote server $Name failed: $($_.Exception.Message)" -Remedy "On $Name run Enable-PSRemoting -Force, and check the firewall (TCP 5985) between the servers; then Test-WSMan $Name must answer.")
    }
}

function Invoke-S2SSetSigningCertificate {
    param($Arguments, $Server)
    $null = $Server
    $pfx = Get-S2SPfxArguments $Arguments
    # 20 = Exportable | PersistKeySet, as in Microsoft's "Replace the STS certificate" article.
    $flags = [System.Security.Cryptography.X509Certificates.X509KeyStorageFlags]20
    try {
        $certificate = [System.Security.Cryptography.X509Certificates.X509Certificate2]::new($pfx.Bytes, $pfx.Password, $flags)
    } catch {
        $reason = $_.Exception.Message
        if ($null -ne $_.Exception.InnerException) { $reason = $_.Exception.InnerException.Message }
        throw (New-S2SError -Code 'farm.pfx-unreadable' -Message "The PFX cannot be opened: $reason" -Remedy 'Give the password the PFX was exported with.')
    }
    if (-not $certificate.HasPrivateKey) {
        throw (New-S2SError -Code 'farm.pfx-no-key' -Message 'The PFX holds no private key for its certificate.' -Remedy 'Export the certificate again together with its private key.')
    }
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
    Send-S2SEvent -Kind progress -Text "Importing the PFX into Cert:\LocalMachine\Root on $name"
    # Import-PfxCertificate in 5.1 reads a file: a temporary one in the account's own profile,
    # removed at once.
    $import = {
        param([byte[]] $PfxBytes, [System.Security.SecureString] $PfxPassword)
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
    $reset = {
        # A native program's stderr becomes error records that 'Stop' would throw on: read its
        # exit code instead.
        $ErrorActionPreference = 'Continue'
        $output = & (Join-Path $env:SystemRoot 'System32\iisreset.exe') /noforce 2>&1 | Out-String
        $exitCode = $LASTEXITCODE
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
        $principal = Invoke-S2SCmdlet -Name 'Register-SPAppPrincipal' -Parameters @{ Site = $web; NameIdentifier = $nameIdentifier; DisplayName = $displayName }
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
    $proxy = Invoke-S2SCmdlet -Name 'New-SPAzureAccessControlServiceApplicationProxy' -Parameters $parameters
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
    $issuer = Invoke-S2SCmdlet -Name 'New-SPTrustedSecurityTokenIssuer' -Parameters @{
        Name = $name; MetadataEndPoint = $endpoint; IsTrustBroker = [switch]$trustBroker
    }
    Set-S2SResult (ConvertTo-S2SIssuer $issuer)
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
    try {
        $response = Invoke-S2SHttpGet -Uri $uri -TimeoutMs 30000
    } catch {
        throw (New-S2SError -Code 'farm.outbound' -Message "The farm could not reach ${url}: $($_.Exception.Message)" -Remedy 'Allow this server to reach the URL over HTTPS (proxy, firewall, TLS 1.2).')
    }
    if ($response.Status -lt 200 -or $response.Status -ge 300) {
        throw (New-S2SError -Code 'farm.outbound' -Message "The farm fetched $url and got HTTP $($response.Status).")
    }
    Set-S2SResult ([ordered]@{ status = $response.Status; body = [Convert]::ToBase64String($response.Body) })
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
}

# ---------------------------------------------------------------------------------------------
# Request handling and the main loop

function Invoke-S2SRequest {
    param([Parameter(Mandatory = $true)] [string] $Line)
    $script:S2SRequestId = $null
    try {
        $request = ConvertFrom-Json -InputObject $Line -ErrorAction Stop
    } catch {
        # Not the parser's message: it quotes the line, which may carry a PFX and its password.
        $null = $_
        $unreadable = New-S2SError -Code 'farm.protocol' -Message "The request line ($($Line.Length) characters) is not JSON."
        return [ordered]@{ id = $null; ok = $false; error = (ConvertTo-S2SErrorObject $unreadable) }
    }
    $script:S2SRequestId = $request.id
    $response = [ordered]@{ id = $request.id; ok = $false }
    $op = [string]$request.op
    try {
        $ErrorActionPreference = 'Stop'
        if (-not $script:S2SOperations.Contains($op)) {
            throw (New-S2SError -Code 'farm.unknown-op' -Message "The host has no operation `"$op`"." -Remedy 'The wizard and its host script are from different versions.')
        }
        if ($script:S2SLoadError.Length -gt 0 -and $op -ne 'host.info') {
            throw (New-S2SError -Code 'farm.powershell' -Message "SharePoint could not be loaded in this PowerShell host: $($script:S2SLoadError)" -Remedy 'Run the wizard on a SharePoint server of the farm.')
        }
        $command = Get-Command -Name $script:S2SOperations[$op] -CommandType Function
        $server = $null
        if ($null -ne $request.PSObject.Properties['server']) { $server = $request.server }
        $script:S2SResult = $null
        $script:S2SHasResult = $false
        # Warnings of the cmdlets come back merged (3>&1) and go out as events; anything else an
        # operation writes to the pipeline is stray output, counted and dropped.
        $output = & $command -Arguments $request.args -Server $server 3>&1
        $stray = 0
        foreach ($item in $output) {
            if ($item -is [System.Management.Automation.WarningRecord]) {
                Send-S2SEvent -Kind warning -Text ([string]$item.Message)
            } else {
                $stray += 1
            }
        }
        if ($stray -gt 0) {
            Send-S2SEvent -Kind verbose -Text "The operation $op wrote $stray stray output objects; ignored."
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
    try {
        if ($null -ne (Get-PSSnapin -Registered -Name 'Microsoft.SharePoint.PowerShell' -ErrorAction SilentlyContinue)) {
            if ($null -eq (Get-PSSnapin -Name 'Microsoft.SharePoint.PowerShell' -ErrorAction SilentlyContinue)) {
                $null = Add-PSSnapin -Name 'Microsoft.SharePoint.PowerShell' -ErrorAction Stop
            }
        } else {
            # SharePoint Server Subscription Edition: the snap-in is gone, the module replaces it.
            $null = Import-Module -Name 'SharePointServer' -DisableNameChecking -ErrorAction Stop
        }
    } catch {
        $script:S2SLoadError = [string]$_.Exception.Message
    }
}

function Start-S2SFarmHost {
    $ErrorActionPreference = 'Stop'
    Initialize-S2SHost
    $ready = [ordered]@{ event = 'ready' }
    try {
        $info = Get-S2SHostInfo
        foreach ($key in $info.Keys) { $ready[$key] = $info[$key] }
    } catch {
        $ready['error'] = ConvertTo-S2SErrorObject $_
    }
    if ($script:S2SLoadError.Length -gt 0) { $ready['loadError'] = $script:S2SLoadError }
    $ready['operations'] = @($script:S2SOperations.Keys)
    Send-S2SMessage $ready
    while ($true) {
        $line = [Console]::In.ReadLine()
        if ($null -eq $line) { break } # stdin closed: the wizard went away
        if ($line.Trim().Length -eq 0) { continue }
        $response = Invoke-S2SRequest -Line $line
        try {
            Send-S2SMessage $response
        } catch {
            $fallback = [ordered]@{ id = $response.id; ok = $false; error = (ConvertTo-S2SErrorObject $_) }
            Send-S2SMessage $fallback
        }
        $script:S2SRequestId = $null
    }
}
