# Checks the SharePoint simulator against the documented behaviours it promises (README.md table),
# independently of FarmHost.ps1: run with
#   pwsh -NoProfile -NonInteractive -File SimulatorSelfTest.ps1 -ModuleDirectory <build>/bin/sharepoint [-Pwsh <pwsh>]
# Exit code 0 when every check passes. It makes its own farm.json in a temporary lab folder.
param(
    [Parameter(Mandatory = $true)] [string] $ModuleDirectory,
    # The pwsh to start the child check with (a .NET tool's process is dotnet, not pwsh).
    [string] $Pwsh = '',
    [ValidateSet('', 'NotShellAdmin', 'SubscriptionEdition')] [string] $Child = ''
)
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 2.0
$script:Failures = 0

function Assert-That {
    param([string] $What, [bool] $Condition, [string] $Detail = '')
    if ($Condition) { [Console]::Out.WriteLine("ok   $What") }
    else { $script:Failures += 1; [Console]::Out.WriteLine("FAIL $What $Detail") }
}

function Get-ErrorOf {
    param([scriptblock] $Block)
    try { $null = & $Block; return $null } catch { return $_ }
}

function New-TestCertificate {
    param([string] $Subject)
    $rsa = [System.Security.Cryptography.RSA]::Create(2048)
    $request = [System.Security.Cryptography.X509Certificates.CertificateRequest]::new($Subject, $rsa, 'SHA256', [System.Security.Cryptography.RSASignaturePadding]::Pkcs1)
    return $request.CreateSelfSigned([DateTimeOffset]::UtcNow.AddDays(-1), [DateTimeOffset]::UtcNow.AddYears(1))
}

if ($Child -eq '') {
    $lab = Join-Path ([System.IO.Path]::GetTempPath()) ('s2s-sim-selftest-' + [Guid]::NewGuid().ToString('N'))
    $null = New-Item -ItemType Directory -Path $lab
    $sts = New-TestCertificate 'CN=SharePoint Security Token Service'
    $stsB64 = [Convert]::ToBase64String($sts.RawData)
    $farm = [ordered]@{
        schema = 1; outboundHttps = $false; realm = '8f2b6d1e-3c4a-4f5b-9e7d-0a1b2c3d4e5f'
        host = @{ powershellVersion = '5.1.17763.6414'; sharepointBuild = '16.0.10417.20018' }
        account = @{ name = 'CONTOSO\sp-admin'; farmAdmin = $true; elevated = $true }
        sts = @{ allowOAuthOverHttp = $false; signingCertificate = $stsB64 }
        servers = @(
            @{ name = 'SP-WFE1'; role = 'WebFrontEnd'; reachable = $true; runningSigningCertificate = $stsB64 },
            @{ name = 'SP-WFE2'; role = 'WebFrontEnd'; reachable = $true; runningSigningCertificate = $stsB64; stsRedirectsTo = 'SP-WFE1' },
            @{ name = 'SP-APP1'; role = 'Application'; reachable = $false; runningSigningCertificate = $stsB64 },
            @{ name = 'SP-SQL1'; role = 'Invalid'; reachable = $true })
        webApplications = @(
            @{ url = 'http://sharepoint'; name = 'SharePoint - 80'; hasRootSite = $true; zones = @(
                @{ zone = 'Default'; url = 'http://sharepoint'; windowsAuthentication = $true; kerberos = $false },
                @{ zone = 'Internet'; url = ''; windowsAuthentication = $false; kerberos = $false }) })
        appPrincipals = @()
        proxies = @(
            @{ id = '2f6a9c1e-4b7d-4e3a-8c5f-1a2b3c4d5e6f'; name = 'ACS old'; typeName = 'Azure Access Control Service Application Proxy'; status = 'Online'; metadataEndpointUri = 'https://accounts.accesscontrol.windows.net/old/metadata/json/1'; inDefaultGroup = $true },
            @{ id = '3f6a9c1e-4b7d-4e3a-8c5f-1a2b3c4d5e6f'; name = 'ACS'; typeName = 'Azure Access Control Service Application Proxy'; status = 'Online'; metadataEndpointUri = 'https://accounts.accesscontrol.windows.net/new/metadata/json/1'; inDefaultGroup = $true },
            @{ id = '4f6a9c1e-4b7d-4e3a-8c5f-1a2b3c4d5e6f'; name = 'Managed Metadata Service'; typeName = 'Managed Metadata Service Connection'; status = 'Online'; metadataEndpointUri = ''; inDefaultGroup = $true })
        trustedIssuers = @()
        language = 'de-DE'
    }
    $farmFile = Join-Path $lab 'farm.json'
    [System.IO.File]::WriteAllText($farmFile, (ConvertTo-Json -InputObject $farm -Depth 10))
    $env:S2S_LAB_DIR = $lab
    $env:PSModulePath = $ModuleDirectory + [System.IO.Path]::PathSeparator + $env:PSModulePath
    $ConfirmPreference = 'High'
    try {
        # --- snap-in
        Assert-That 'Get-PSSnapin -Registered finds the snap-in' ($null -ne (Get-PSSnapin -Registered -Name 'Microsoft.SharePoint.PowerShell' -ErrorAction SilentlyContinue))
        $e = Get-ErrorOf { Get-PSSnapin -Name 'Microsoft.SharePoint.PowerShell' -ErrorAction Stop }
        Assert-That 'Get-PSSnapin of a snap-in not added fails (NoPSSnapInsFound)' ($null -ne $e -and $e.FullyQualifiedErrorId -like 'NoPSSnapInsFound*')
        Add-PSSnapin -Name 'Microsoft.SharePoint.PowerShell'
        $farmCmdlet = Get-Command -Name 'Get-SPFarm'
        Assert-That 'Get-SPFarm is a cmdlet implemented in Microsoft.SharePoint.*' ($farmCmdlet.CommandType -eq 'Cmdlet' -and $farmCmdlet.ImplementingType.FullName.StartsWith('Microsoft.SharePoint.'))
        Assert-That 'the cmdlets come from "Microsoft.SharePoint.PowerShell"' ($farmCmdlet.Source -eq 'Microsoft.SharePoint.PowerShell')
        $e = Get-ErrorOf { Add-PSSnapin -Name 'Microsoft.SharePoint.PowerShell' -ErrorAction Stop }
        Assert-That 'Add-PSSnapin twice fails' ($null -ne $e)

        # --- declarations
        $e = Get-ErrorOf { Get-SPWebApplication -Identitty 'http://sharepoint' }
        Assert-That 'a misspelt parameter fails' ($null -ne $e -and $e.FullyQualifiedErrorId -like 'NamedParameterNotFound*')
        $e = Get-ErrorOf { Stop-SPAssignment -Identity $null }
        Assert-That 'Stop-SPAssignment has no -Identity' ($null -ne $e -and $e.FullyQualifiedErrorId -like 'NamedParameterNotFound*')
        $e = Get-ErrorOf { New-SPTrustedSecurityTokenIssuer -Name 'X' -Confirm:$false }
        Assert-That 'New-SPTrustedSecurityTokenIssuer needs -Certificate or -MetadataEndPoint' ($null -ne $e -and $e.FullyQualifiedErrorId -like 'AmbiguousParameterSet*')
        $e = Get-ErrorOf { New-SPTrustedSecurityTokenIssuer -Name 'X' -MetadataEndPoint 'https://example.invalid/m' -IsSelfIssuer }
        Assert-That 'New-SPTrustedSecurityTokenIssuer has no -IsSelfIssuer' ($null -ne $e)
        $e = Get-ErrorOf { New-SPTrustedSecurityTokenIssuer -Name 'X' -MetadataEndPoint 'https://example.invalid/m' }
        Assert-That 'New-SPTrustedSecurityTokenIssuer (High) prompts: fails under -NonInteractive without -Confirm:$false' ($null -ne $e -and $e.Exception.Message -like '*NonInteractive*')
        $e = Get-ErrorOf { Set-SPSecurityTokenServiceConfig -ImportSigningCertificate $sts }
        Assert-That 'Set-SPSecurityTokenServiceConfig (High) prompts' ($null -ne $e -and $e.Exception.Message -like '*NonInteractive*')
        $publicOnly = [System.Security.Cryptography.X509Certificates.X509Certificate2]::new($sts.RawData)
        $e = Get-ErrorOf { Set-SPSecurityTokenServiceConfig -ImportSigningCertificate $publicOnly -Confirm:$false }
        Assert-That 'Set-SPSecurityTokenServiceConfig refuses a certificate without private key' ($null -ne $e)
        $realmBefore = Get-SPAuthenticationRealm
        Set-SPAuthenticationRealm -Realm 'A4C1E5F2-7B3D-4E8A-9F60-1D2C3B4A5E6F'
        Assert-That 'Set-SPAuthenticationRealm (Medium) does not prompt and stores lower case' ((Get-SPAuthenticationRealm) -eq 'a4c1e5f2-7b3d-4e8a-9f60-1d2c3b4a5e6f') "was $realmBefore"
        $e = Get-ErrorOf { Set-SPAuthenticationRealm 'x' }
        Assert-That 'Set-SPAuthenticationRealm -Realm is not positional' ($null -ne $e)
        $e = Get-ErrorOf { Get-SPAuthenticationProvider (Get-SPWebApplication 'http://sharepoint') 'Default' }
        Assert-That 'Get-SPAuthenticationProvider $wa Default binds $wa to -Identity (Zone missing)' ($null -ne $e)

        # --- not found: non-terminating, no output
        $errors = @()
        $none = Get-SPWebApplication 'http://nope' -ErrorAction SilentlyContinue -ErrorVariable errors
        Assert-That 'unknown identity: no output and a non-terminating error' ($null -eq $none -and $errors.Count -eq 1)

        # --- objects
        $wa = Get-SPWebApplication 'http://sharepoint'
        Assert-That 'SPWebApplication full name and trailing slash' ($wa.GetType().FullName -eq 'Microsoft.SharePoint.Administration.SPWebApplication' -and $wa.Url -eq 'http://sharepoint/')
        Assert-That 'IisSettings is Dictionary[SPUrlZone,SPIisSettings]' ($wa.IisSettings -is [System.Collections.Generic.Dictionary[Microsoft.SharePoint.Administration.SPUrlZone, Microsoft.SharePoint.Administration.SPIisSettings]])
        $internet = [Microsoft.SharePoint.Administration.SPUrlZone]::Internet
        Assert-That 'GetResponseUrl(zone) falls back to the Default zone' ($wa.AlternateUrls.GetResponseUrl($internet).IncomingUrl -eq 'http://sharepoint')
        Assert-That 'GetResponseUrl(zone, $false) does not' ($null -eq $wa.AlternateUrls.GetResponseUrl($internet, $false))
        $providers = @(Get-SPAuthenticationProvider -WebApplication $wa -Zone Internet)
        Assert-That 'a zone without Windows authentication has no Windows provider' (@($providers | Where-Object { $_ -is [Microsoft.SharePoint.Administration.SPWindowsAuthenticationProvider] }).Count -eq 0)
        $windows = Get-SPAuthenticationProvider -WebApplication $wa -Zone Default
        Assert-That 'Windows provider: ClaimProviderName AD, DisableKerberos, localized DisplayName' ($windows.ClaimProviderName -eq 'AD' -and $windows.DisableKerberos -and $windows.DisplayName -eq 'Windows-Authentifizierung')
        $proxies = @(Get-SPServiceApplicationProxy)
        $acs = @($proxies | Where-Object { $_.GetType().FullName -eq 'Microsoft.SharePoint.Administration.SPAzureAccessControlServiceApplicationProxy' })
        Assert-That 'ACS proxies by GetType().FullName; TypeName translated (de-DE)' ($acs.Count -eq 2 -and $acs[0].TypeName -ne 'Azure Access Control Service Application Proxy')
        Assert-That 'MetadataEndpointUri is a System.Uri' ($acs[0].MetadataEndpointUri -is [System.Uri])
        $group = Get-SPServiceApplicationProxyGroup -Default
        Assert-That 'default group: Proxies lists all members, DefaultProxies one per kind' (@($group.Proxies).Count -eq 3 -and @($group.DefaultProxies).Count -eq 2 -and $group.FriendlyName -eq '[default]')
        $config = Get-SPSecurityTokenServiceConfig
        Assert-That 'LocalLoginProvider.SigningCertificate is the STS certificate' ($config.LocalLoginProvider.SigningCertificate.Thumbprint -eq $sts.Thumbprint)
        $config.AllowOAuthOverHttp = $true
        $config.Update()
        Assert-That 'SPSecurityTokenServiceManager.Update() persists AllowOAuthOverHttp' ((Get-SPSecurityTokenServiceConfig).AllowOAuthOverHttp -eq $true)
        $farmObject = Get-SPFarm
        Assert-That 'SPFarm.BuildVersion and CurrentUserIsAdministrator()' ($farmObject.BuildVersion -eq [version]'16.0.10417.20018' -and $farmObject.CurrentUserIsAdministrator())
        $site = New-Object Microsoft.SharePoint.SPSite 'http://sharepoint/'
        Assert-That 'new SPSite(url) of a root site' ($site.ServerRelativeUrl -eq '/')
        $site.Dispose()
        $assignment = Start-SPAssignment
        $web = Get-SPWeb 'http://sharepoint' -AssignmentCollection $assignment
        Stop-SPAssignment -SemiGlobal $assignment
        Assert-That 'Stop-SPAssignment disposes what was assigned' ($null -ne (Get-ErrorOf { $web.Site.OpenWeb() }))
        $instances = @(Get-SPServiceInstance -Server 'SP-WFE1' | Where-Object { $_.GetType().FullName -eq 'Microsoft.SharePoint.Administration.SPWebServiceInstance' })
        Assert-That 'SP-WFE1 runs the web application service' ($instances.Count -eq 1)

        # --- removal (SHAREPOINT-CMDLETS.md 2.13, 2.15; OM jj167985, jj166052)
        foreach ($name in 'Remove-SPTrustedSecurityTokenIssuer', 'Remove-SPServiceApplicationProxy') {
            $command = Get-Command -Name $name
            $identity = @($command.Parameters['Identity'].Attributes | Where-Object { $_ -is [System.Management.Automation.ParameterAttribute] })[0]
            $declared = @($command.ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false))[0]
            Assert-That "$name`: Identity mandatory, position 0, ByValue; ShouldProcess, ConfirmImpact High" ($identity.Mandatory -and $identity.Position -eq 0 -and $identity.ValueFromPipeline -and $declared.SupportsShouldProcess -and $declared.ConfirmImpact -eq 'High')
        }
        Assert-That 'Remove-SPServiceApplicationProxy has the switch -RemoveData' ((Get-Command -Name 'Remove-SPServiceApplicationProxy').Parameters['RemoveData'].ParameterType -eq [System.Management.Automation.SwitchParameter])
        $null = New-SPTrustedSecurityTokenIssuer -Name 'Sim issuer' -Certificate $publicOnly -Confirm:$false
        $e = Get-ErrorOf { Remove-SPTrustedSecurityTokenIssuer 'Sim issuer' }
        Assert-That 'Remove-SPTrustedSecurityTokenIssuer (High) prompts: fails under -NonInteractive without -Confirm:$false' ($null -ne $e -and $e.Exception.Message -like '*NonInteractive*' -and @(Get-SPTrustedSecurityTokenIssuer).Count -eq 1)
        Remove-SPTrustedSecurityTokenIssuer 'sim ISSUER' -Confirm:$false
        Assert-That 'Remove-SPTrustedSecurityTokenIssuer -Confirm:$false removes it (name case-insensitive)' (@((Get-Content -Raw $farmFile | ConvertFrom-Json).trustedIssuers).Count -eq 0)
        $errors = @()
        $none = Remove-SPTrustedSecurityTokenIssuer 'Sim issuer' -Confirm:$false -ErrorAction SilentlyContinue -ErrorVariable errors
        Assert-That 'Remove-SPTrustedSecurityTokenIssuer of an unknown issuer: a non-terminating pipebind error' ($null -eq $none -and $errors.Count -eq 1 -and $errors[0].Exception -is [Microsoft.SharePoint.PowerShell.SPCmdletPipeBindException])
        $e = Get-ErrorOf { Remove-SPTrustedSecurityTokenIssuer }
        Assert-That 'Remove-SPTrustedSecurityTokenIssuer without -Identity fails (mandatory, non-interactive)' ($null -ne $e)
        $old = Get-SPServiceApplicationProxy '2f6a9c1e-4b7d-4e3a-8c5f-1a2b3c4d5e6f'
        $e = Get-ErrorOf { Remove-SPServiceApplicationProxy $old }
        Assert-That 'Remove-SPServiceApplicationProxy (High) prompts: fails under -NonInteractive without -Confirm:$false' ($null -ne $e -and $e.Exception.Message -like '*NonInteractive*' -and @(Get-SPServiceApplicationProxy).Count -eq 3)
        $old | Remove-SPServiceApplicationProxy -Confirm:$false
        $group = Get-SPServiceApplicationProxyGroup -Default
        Assert-That 'Remove-SPServiceApplicationProxy (by pipeline) removes the proxy and its group membership' (@(Get-SPServiceApplicationProxy).Count -eq 2 -and @($group.Proxies | Where-Object { $_.Id -eq $old.Id }).Count -eq 0 -and @($group.Proxies).Count -eq 2)
        $errors = @()
        $null = Remove-SPServiceApplicationProxy $old.Id -Confirm:$false -ErrorAction SilentlyContinue -ErrorVariable errors
        Assert-That 'Remove-SPServiceApplicationProxy of an unknown id: a non-terminating pipebind error' ($errors.Count -eq 1 -and $errors[0].Exception -is [Microsoft.SharePoint.PowerShell.SPCmdletPipeBindException])
        $assignment = Start-SPAssignment
        $rootWeb = (Get-SPSite 'http://sharepoint' -AssignmentCollection $assignment).RootWeb
        $registered = Register-SPAppPrincipal -Site $rootWeb -NameIdentifier 'app1@realm' -DisplayName 'App 1'
        $manager = [Microsoft.SharePoint.SPAppPrincipalManager]::GetManager($rootWeb)
        $manager.DeleteAppPrincipal($registered)
        Assert-That 'SPAppPrincipalManager.GetManager(web).DeleteAppPrincipal removes the app principal' ($null -eq (Get-SPAppPrincipal -Site $rootWeb -NameIdentifier 'app1@realm') -and @((Get-Content -Raw $farmFile | ConvertFrom-Json).appPrincipals).Count -eq 0)
        Assert-That 'DeleteAppPrincipal of a principal that is gone fails' ($null -ne (Get-ErrorOf { $manager.DeleteAppPrincipal($registered) }))
        Stop-SPAssignment -SemiGlobal $assignment
        Assert-That 'GetManager of a disposed web fails' ($null -ne (Get-ErrorOf { [Microsoft.SharePoint.SPAppPrincipalManager]::GetManager($rootWeb) }))

        # --- remoting
        Assert-That 'Test-WSMan answers for a reachable server' ((Test-WSMan -ComputerName 'SP-WFE2') -is [System.Xml.XmlElement])
        $e = Get-ErrorOf { Test-WSMan -ComputerName 'SP-APP1' -ErrorAction Stop }
        Assert-That 'Test-WSMan fails for an unreachable server (WsManError)' ($null -ne $e -and $e.FullyQualifiedErrorId -like 'WsManError*')
        $answer = Invoke-Command -ComputerName 'SP-WFE2' -ScriptBlock { param([byte[]] $Bytes, [securestring] $Secret) "$env:COMPUTERNAME|$($Bytes.Length)|$($Secret.Length)" } -ArgumentList ([byte[]](1, 2, 3)), (ConvertTo-SecureString 'abc' -AsPlainText -Force)
        Assert-That 'Invoke-Command runs on the server with serialized arguments' ($answer -eq 'SP-WFE2|3|3' -and $answer.PSComputerName -eq 'SP-WFE2')
        Assert-That 'Invoke-Command without -ComputerName runs here (the real cmdlet)' ((Invoke-Command -ScriptBlock { param($a) $a + 1 } -ArgumentList 1) -eq 2)
        function Get-ScriptOwnFunction { 'local' }
        $e = Get-ErrorOf { Invoke-Command -ComputerName 'SP-WFE2' -ScriptBlock { Get-ScriptOwnFunction } -ErrorAction Stop }
        Assert-That 'a script block calling a caller function fails remotely' ($null -ne $e -and $e.Exception.Message -like '*Get-ScriptOwnFunction*')
        $errors = @()
        $null = Invoke-Command -ComputerName 'SP-APP1' -ScriptBlock { 1 } -ErrorAction SilentlyContinue -ErrorVariable errors
        Assert-That 'unreachable server: non-terminating PSRemotingTransportException' ($errors.Count -eq 1 -and $errors[0].Exception -is [System.Management.Automation.Remoting.PSRemotingTransportException])
        $e = Get-ErrorOf { Invoke-Command -ComputerName 'SP-APP1' -ScriptBlock { 1 } -ErrorAction Stop }
        Assert-That 'unreachable server with -ErrorAction Stop throws' ($null -ne $e -and $e.Exception -is [System.Management.Automation.Remoting.PSRemotingTransportException])

        # --- certificate store, PFX import, iisreset
        $new = New-TestCertificate 'CN=New STS'
        $password = ConvertTo-SecureString 'Secret1' -AsPlainText -Force
        $pfx = $new.Export([System.Security.Cryptography.X509Certificates.X509ContentType]::Pfx, 'Secret1')
        $thumb = $new.Thumbprint
        $import = {
            param([byte[]] $Bytes, [securestring] $Password, [string] $Thumb)
            $file = [System.IO.Path]::GetTempFileName()
            try {
                [System.IO.File]::WriteAllBytes($file, $Bytes)
                $before = Test-Path -LiteralPath ('Cert:\LocalMachine\Root\' + $Thumb)
                $null = Import-PfxCertificate -FilePath $file -CertStoreLocation 'Cert:\LocalMachine\Root' -Password $Password -ErrorAction Stop
                $null = Import-PfxCertificate -FilePath $file -CertStoreLocation 'Cert:\LocalMachine\Root' -Password $Password -ErrorAction Stop
                $after = Test-Path -LiteralPath ('Cert:\LocalMachine\Root\' + $Thumb)
                "$before|$after"
            } finally { Remove-Item -LiteralPath $file -Force }
        }
        $result = Invoke-Command -ComputerName 'SP-WFE2' -ScriptBlock $import -ArgumentList $pfx, $password, $thumb
        $stored = @((Get-Content -Raw $farmFile | ConvertFrom-Json).servers | Where-Object { $_.name -eq 'SP-WFE2' })[0]
        Assert-That 'Import-PfxCertificate adds the public certificate to Root once' ($result -eq 'False|True' -and @($stored.rootCertificates).Count -eq 1)
        Assert-That 'the Root store of another server is untouched' (-not (Test-Path -LiteralPath ('Cert:\LocalMachine\Root\' + $thumb)))
        $wrong = ConvertTo-SecureString 'wrong' -AsPlainText -Force
        $e = Get-ErrorOf { Invoke-Command -ComputerName 'SP-WFE2' -ScriptBlock $import -ArgumentList $pfx, $wrong, $thumb -ErrorAction Stop }
        Assert-That 'a wrong PFX password fails as on Windows' ($null -ne $e -and $e.Exception.Message -eq 'The specified network password is not correct.') $(if ($e) { $e.Exception.Message })
        $withKey = [System.Security.Cryptography.X509Certificates.X509Certificate2]::new($pfx, 'Secret1', [System.Security.Cryptography.X509Certificates.X509KeyStorageFlags]::Exportable)
        Set-SPSecurityTokenServiceConfig -ImportSigningCertificate $withKey -Confirm:$false
        $reset = Invoke-Command -ComputerName 'SP-WFE1' -ScriptBlock { $out = iisreset 2>&1 | Out-String; "$LASTEXITCODE" }
        $stored = @((Get-Content -Raw $farmFile | ConvertFrom-Json).servers | Where-Object { $_.name -eq 'SP-WFE1' })[0]
        Assert-That 'iisreset: the server runs the farm signing certificate' ($reset -eq '0' -and $stored.runningSigningCertificate -eq [Convert]::ToBase64String($new.RawData))
        $probe = Invoke-S2SServerProbe -Server 'SP-WFE2' -Uri 'http://SP-WFE2/_layouts/15/metadata/json/1' -HostHeader 'sharepoint'
        Assert-That 'the STS probe of a redirecting server answers 302 elsewhere' ($probe.Status -eq 302 -and $probe.Location -like 'http://sp-wfe1/*')
        $probe = Invoke-S2SServerProbe -Server 'SP-WFE1' -Uri 'http://SP-WFE1/_layouts/15/metadata/json/1' -HostHeader 'sharepoint'
        Assert-That 'the STS probe reads the running certificate' ($probe.Status -eq 200 -and [System.Text.Encoding]::UTF8.GetString($probe.Body).Contains([Convert]::ToBase64String($new.RawData)))
        $e = Get-ErrorOf { Invoke-S2SOutboundGet -Uri 'https://accounts.accesscontrol.windows.net/x' }
        Assert-That 'outbound HTTPS blocked: the remote name could not be resolved' ($null -ne $e -and $e.Exception.Message -like '*could not be resolved*')
        $e = Get-ErrorOf { Invoke-S2SOutboundPost -Uri 'https://accounts.accesscontrol.windows.net/x/tokens/OAuth/2' -ContentType 'application/x-www-form-urlencoded' -Body ([byte[]](65, 61, 66)) }
        Assert-That 'outbound POST blocked alike: the remote name could not be resolved' ($null -ne $e -and $e.Exception.Message -like '*could not be resolved*')
        $signing = (Get-SPSecurityTokenServiceConfig).LocalLoginProvider.SigningCertificate
        $storedKey = [string](Get-Content -Raw $farmFile | ConvertFrom-Json).sts.signingKey
        Assert-That 'the imported STS certificate keeps its private key (farm.json sts.signingKey)' ($signing.HasPrivateKey -and $signing.Thumbprint -eq $new.Thumbprint -and $storedKey.StartsWith('-----BEGIN PRIVATE KEY-----'))
        # SPFarm.Properties persist with Update(); an Update() of a farm object read before another
        # writer's Update() is refused (SPUpdatedConcurrencyException), as the configuration database does.
        $first = Get-SPFarm
        $second = Get-SPFarm
        $first.Properties['S2S.SelfTest'] = 'one'
        $first.Update()
        $second.Properties['S2S.SelfTest'] = 'two'
        $e = Get-ErrorOf { $second.Update() }
        $inner = $null
        if ($null -ne $e) { $inner = $e.Exception.InnerException }
        Assert-That 'SPFarm.Update() of a stale farm object: SPUpdatedConcurrencyException' ($null -ne $inner -and $inner.GetType().FullName -eq 'Microsoft.SharePoint.Administration.SPUpdatedConcurrencyException') ([string]$e)
        $third = Get-SPFarm
        Assert-That 'SPFarm.Properties kept what the first Update() stored' ([string]$third.Properties['S2S.SelfTest'] -eq 'one')
        $third.Properties.Remove('S2S.SelfTest')
        $third.Update()
        Assert-That 'a fresh farm object updates' (-not (Get-SPFarm).Properties.ContainsKey('S2S.SelfTest'))
        # The script defines its own Get-S2SCurrentIdentity (Windows APIs): the simulator's alias wins.
        function global:Get-S2SCurrentIdentity { 'the script''s own function' }
        $identity = Get-S2SCurrentIdentity
        Assert-That 'Get-S2SCurrentIdentity answers from account' ($identity.Name -eq 'CONTOSO\sp-admin' -and $identity.IsElevated)

        # --- fresh processes: an account that is no shell admin; a Subscription Edition farm
        if ($Pwsh.Length -eq 0) { $Pwsh = (Get-Command -Name 'pwsh' -CommandType Application | Select-Object -First 1).Source }
        $farm.account.shellAdmin = $false
        [System.IO.File]::WriteAllText($farmFile, (ConvertTo-Json -InputObject $farm -Depth 10))
        $childOutput = & $Pwsh -NoProfile -NonInteractive -File $PSCommandPath -ModuleDirectory $ModuleDirectory -Child NotShellAdmin
        Assert-That 'not a shell admin: the snap-in warns and the farm cmdlets are missing' ($LASTEXITCODE -eq 0) ($childOutput -join ' ')
        $farm.account.shellAdmin = $true
        $farm.host.sharepointBuild = '16.0.17928.20238'
        [System.IO.File]::WriteAllText($farmFile, (ConvertTo-Json -InputObject $farm -Depth 10))
        $childOutput = & $Pwsh -NoProfile -NonInteractive -File $PSCommandPath -ModuleDirectory $ModuleDirectory -Child SubscriptionEdition
        Assert-That 'Subscription Edition: no snap-in, the SharePointServer module' ($LASTEXITCODE -eq 0) ($childOutput -join ' ')
    } finally {
        Remove-Item -LiteralPath $lab -Recurse -Force -ErrorAction SilentlyContinue
    }
    if ($script:Failures -gt 0) { [Console]::Out.WriteLine("$($script:Failures) check(s) failed"); exit 1 }
    [Console]::Out.WriteLine('all checks passed')
    exit 0
}

# Children: S2S_LAB_DIR and PSModulePath are inherited.
if ($Child -eq 'SubscriptionEdition') {
    $registered = Get-PSSnapin -Registered -Name 'Microsoft.SharePoint.PowerShell' -ErrorAction SilentlyContinue
    $addFails = $null -ne (Get-ErrorOf { Add-PSSnapin -Name 'Microsoft.SharePoint.PowerShell' -ErrorAction Stop })
    Import-Module -Name 'SharePointServer' -DisableNameChecking
    $hasFarm = $null -ne (Get-Command -Name 'Get-SPFarm' -ErrorAction SilentlyContinue)
    if ($null -eq $registered -and $addFails -and $hasFarm) { exit 0 }
    [Console]::Out.WriteLine("registered=$($null -ne $registered) addFails=$addFails farm=$hasFarm")
    exit 1
}
$warnings = @()
Add-PSSnapin -Name 'Microsoft.SharePoint.PowerShell' -WarningVariable warnings -WarningAction SilentlyContinue
$hasWarning = @($warnings | Where-Object { [string]$_ -like 'The local farm is not accessible*' }).Count -eq 1
$hasFarm = $null -ne (Get-Command -Name 'Get-SPFarm' -ErrorAction SilentlyContinue)
$hasAssignment = $null -ne (Get-Command -Name 'Start-SPAssignment' -ErrorAction SilentlyContinue)
if ($hasWarning -and -not $hasFarm -and $hasAssignment) { exit 0 }
[Console]::Out.WriteLine("warning=$hasWarning farm=$hasFarm assignment=$hasAssignment")
exit 1
