# SharePoint simulator module (tests only; see ../README.md). Loaded by PowerShell's command
# autoloading when the farm script calls Get-PSSnapin, because this folder is first on PSModulePath.
#
# What it provides, each at the narrowest seam (a command of the same name that PowerShell resolves
# before the real one; never a branch in FarmHost.ps1):
#   - the snap-in cmdlets Get-PSSnapin / Add-PSSnapin as in Windows PowerShell 5.1; Add-PSSnapin
#     imports the compiled SharePoint cmdlets (SharePointSimulator.dll) into the global scope, or
#     only warns "The local farm is not accessible..." for an account that is no shell admin;
#   - the Windows machine: Test-WSMan, Invoke-Command -ComputerName (a fresh runspace per call,
#     arguments and results through PowerShell's serializer), the Cert: drive (a provider over
#     farm.json rootCertificates), Import-PfxCertificate, Restart-Service, iisreset;
#   - the script's own wrappers of .NET calls that cannot work on Linux, replaced by name:
#     Get-S2SCurrentIdentity, Invoke-S2SServerProbe, Invoke-S2SOutboundGet, Invoke-S2SOutboundPost.
# All state is $env:S2S_LAB_DIR/farm.json, read on every call.

Set-StrictMode -Version 2.0

# SharePointSimulator.dll through a manifest named like the snap-in: the cmdlets' Source and
# ModuleName are then "Microsoft.SharePoint.PowerShell", as on a farm.
$script:SimDll = Join-Path (Join-Path $PSScriptRoot 'SnapIn') 'Microsoft.SharePoint.PowerShell.psd1'
$script:SnapinName = 'Microsoft.SharePoint.PowerShell'
$script:SnapinAdded = $false

# The simulator's types (real SharePoint full names) and, for now, only its Certificate provider:
# the SharePoint cmdlets come with Add-PSSnapin. A second Import-Module of the same assembly adds
# the cmdlets to the global scope; -Force or Remove-Module would drop the provider and its drive.
Import-Module -Name $script:SimDll -Cmdlet 'No-SuchCmdlet' -Global
$script:LocalComputer = [S2S.SharePointSimulator.Machine]::InitializeLocalComputer()
if ($null -eq (Get-PSDrive -Name Cert -PSProvider Certificate -ErrorAction SilentlyContinue)) {
    $null = New-PSDrive -Name Cert -PSProvider Certificate -Root '\' -Description $script:LocalComputer -Scope Global
}

# ---------------------------------------------------------------------------------------------
# Snap-ins (Windows PowerShell 5.1: Get-PSSnapin [[-Name] <string[]>] [-Registered];
# Add-PSSnapin [-Name] <string[]> [-PassThru])

function New-SimSnapinInfo {
    param([string] $Name)
    if ($Name -eq 'Microsoft.PowerShell.Core') {
        return [pscustomobject]@{
            PSTypeName = 'System.Management.Automation.PSSnapInInfo'
            Name = $Name; IsDefault = $true; PSVersion = [version]'5.1'; Version = [version]'3.0.0.0'
            Description = 'This Windows PowerShell snap-in contains cmdlets used to manage components of Windows PowerShell.'
            Vendor = 'Microsoft Corporation'; ApplicationBase = 'C:\Windows\System32\WindowsPowerShell\v1.0'
            AssemblyName = 'System.Management.Automation, Version=3.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35'
        }
    }
    return [pscustomobject]@{
        PSTypeName = 'System.Management.Automation.PSSnapInInfo'
        Name = $script:SnapinName; IsDefault = $false; PSVersion = [version]'1.0'; Version = [version]'16.0.0.0'
        Description = 'Register all administration Cmdlets for Microsoft SharePoint Server'
        Vendor = 'Microsoft'; ApplicationBase = 'C:\Program Files\Common Files\Microsoft Shared\Web Server Extensions\16\CONFIG\PowerShell\Registration'
        AssemblyName = 'Microsoft.SharePoint.PowerShell, Version=16.0.0.0, Culture=neutral, PublicKeyToken=71e9bce111e9429c'
    }
}

function Get-PSSnapin {
    [CmdletBinding()]
    param(
        [Parameter(Position = 0)] [string[]] $Name,
        [switch] $Registered
    )
    # -Registered lists the registered snap-ins that are not part of PowerShell itself.
    $available = @()
    if ($Registered) {
        # Subscription Edition registers no snap-in (its cmdlets are the SharePointServer module).
        if (-not [S2S.SharePointSimulator.Machine]::IsSubscriptionEdition()) { $available = @($script:SnapinName) }
    } else {
        $available = @('Microsoft.PowerShell.Core')
        if ($script:SnapinAdded) { $available += $script:SnapinName }
    }
    if ($null -eq $Name -or $Name.Count -eq 0) {
        foreach ($one in $available) { New-SimSnapinInfo $one }
        return
    }
    foreach ($pattern in $Name) {
        $matched = @($available | Where-Object { $_ -like $pattern })
        if ($matched.Count -eq 0 -and -not [System.Management.Automation.WildcardPattern]::ContainsWildcardCharacters($pattern)) {
            $exception = New-Object System.ArgumentException "No Windows PowerShell snap-ins matching the pattern '$pattern' were found. Check the pattern and then try the command again."
            $PSCmdlet.WriteError((New-Object System.Management.Automation.ErrorRecord $exception, 'NoPSSnapInsFound,Microsoft.PowerShell.Commands.GetPSSnapinCommand', ([System.Management.Automation.ErrorCategory]::InvalidArgument), $pattern))
            continue
        }
        foreach ($one in $matched) { New-SimSnapinInfo $one }
    }
}

# The SharePoint cmdlets, into the global scope. Without access to the configuration database
# (not a shell admin, not elevated) the cmdlets that depend on the farm are not registered and
# loading only warns (POWERSHELL.md, "Loading SharePoint can succeed without SharePoint"). Also
# called by the SharePointServer module (Subscription Edition).
function Import-SimSharePointCmdlets {
    if ([S2S.SharePointSimulator.Machine]::AccountIsShellAdmin()) {
        Import-Module -Name $script:SimDll -Global
    } else {
        Import-Module -Name $script:SimDll -Cmdlet 'Start-SPAssignment', 'Stop-SPAssignment' -Global
        Write-Warning 'The local farm is not accessible. Cmdlets with FeatureDependencyId are not registered.'
    }
}

function Add-PSSnapin {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipelineByPropertyName = $true)] [string[]] $Name,
        [switch] $PassThru
    )
    process {
        foreach ($one in $Name) {
            if ($one -ne $script:SnapinName -or [S2S.SharePointSimulator.Machine]::IsSubscriptionEdition()) {
                $exception = New-Object System.Management.Automation.PSArgumentException "The Windows PowerShell snap-in '$one' is not installed on this computer."
                $PSCmdlet.WriteError((New-Object System.Management.Automation.ErrorRecord $exception, 'AddPSSnapInRead,Microsoft.PowerShell.Commands.AddPSSnapinCommand', ([System.Management.Automation.ErrorCategory]::InvalidArgument), $one))
                continue
            }
            if ($script:SnapinAdded) {
                $exception = New-Object System.Management.Automation.PSArgumentException "Cannot add Windows PowerShell snap-in $one because it is already added. Verify the name of the snap-in, and then try again."
                $PSCmdlet.WriteError((New-Object System.Management.Automation.ErrorRecord $exception, 'AddPSSnapInRead,Microsoft.PowerShell.Commands.AddPSSnapinCommand', ([System.Management.Automation.ErrorCategory]::InvalidArgument), $one))
                continue
            }
            Import-SimSharePointCmdlets
            $script:SnapinAdded = $true
            if ($PassThru) { New-SimSnapinInfo $one }
        }
    }
}

# ---------------------------------------------------------------------------------------------
# Remoting (SHAREPOINT-CMDLETS.md §4.2, §4.3)

function New-SimWinRMError {
    param([string] $ComputerName, [string] $Kind)
    if ($Kind -eq 'unknown') {
        $text = "WinRM cannot process the request. The following error occurred while using Kerberos authentication: Cannot find the computer $ComputerName. Verify that the computer exists on the network and that the name provided is spelled correctly."
    } else {
        $text = 'WinRM cannot complete the operation. Verify that the specified computer name is valid, that the computer is accessible over the network, and that a firewall exception for the WinRM service is enabled and allows access from this computer. By default, the WinRM firewall exception for public profiles limits access to remote computers within the same local subnet.'
    }
    return $text
}

function Test-WSMan {
    [CmdletBinding(DefaultParameterSetName = 'ComputerName')]
    [OutputType([System.Xml.XmlElement])]
    param(
        [Parameter(ParameterSetName = 'ComputerName', Position = 0, ValueFromPipeline = $true)] [Alias('cn')] [string] $ComputerName,
        [Parameter(ParameterSetName = 'ComputerName')] [Alias('auth', 'am')]
        [ValidateSet('None', 'Default', 'Digest', 'Negotiate', 'Basic', 'Kerberos', 'ClientCertificate', 'Credssp')] [string] $Authentication = 'None',
        [Parameter(ParameterSetName = 'ComputerName')] [int] $Port,
        [Parameter(ParameterSetName = 'ComputerName')] [switch] $UseSSL,
        [Parameter(ParameterSetName = 'ComputerName')] [string] $ApplicationName,
        [Parameter(ValueFromPipelineByPropertyName = $true)] [Alias('cred', 'c')] [System.Management.Automation.PSCredential] $Credential,
        [Parameter()] [string] $CertificateThumbprint
    )
    process {
        $target = $ComputerName
        if ([string]::IsNullOrEmpty($target) -or $target -eq '.') { $target = 'localhost' }
        $reachable = [S2S.SharePointSimulator.Machine]::IsReachable($target)
        if (-not $reachable) {
            $kind = 'unreachable'
            if (-not [S2S.SharePointSimulator.Machine]::IsKnown($target)) { $kind = 'unknown' }
            $message = '<f:WSManFault xmlns:f="http://schemas.microsoft.com/wbem/wsman/1/wsmanfault" Code="2150859046" Machine="' + $env:COMPUTERNAME + '"><f:Message>' + (New-SimWinRMError -ComputerName $target -Kind $kind) + ' </f:Message></f:WSManFault>'
            $exception = New-Object System.InvalidOperationException $message
            $PSCmdlet.WriteError((New-Object System.Management.Automation.ErrorRecord $exception, 'WsManError,Microsoft.WSMan.Management.TestWSManCommand', ([System.Management.Automation.ErrorCategory]::InvalidOperation), $target))
            return
        }
        $xml = New-Object System.Xml.XmlDocument
        $xml.LoadXml('<wsmid:IdentifyResponse xmlns:wsmid="http://schemas.dmtf.org/wbem/wsman/identity/1/wsmanidentity.xsd"><wsmid:ProtocolVersion>http://schemas.dmtf.org/wbem/wsman/1/wsman.xsd</wsmid:ProtocolVersion><wsmid:ProductVendor>Microsoft Corporation</wsmid:ProductVendor><wsmid:ProductVersion>OS: 0.0.0 SP: 0.0 Stack: 3.0</wsmid:ProductVersion></wsmid:IdentifyResponse>')
        $xml.DocumentElement
    }
}

# The commands a simulated server has besides PowerShell's own: copied into each fresh runspace.
$script:MachineFunctions = @('Import-PfxCertificate', 'Restart-Service', 'iisreset')

function Invoke-SimOnServer {
    param(
        [Parameter(Mandatory = $true)] [System.Management.Automation.PSCmdlet] $Caller,
        [Parameter(Mandatory = $true)] [string] $Server,
        [Parameter(Mandatory = $true)] [scriptblock] $ScriptBlock,
        [object[]] $ArgumentList,
        [object[]] $InputObject
    )
    $known = [S2S.SharePointSimulator.Machine]::IsKnown($Server)
    if (-not [S2S.SharePointSimulator.Machine]::IsReachable($Server)) {
        $kind = 'unreachable'
        if (-not $known) { $kind = 'unknown' }
        $exception = New-Object System.Management.Automation.Remoting.PSRemotingTransportException ("Connecting to remote server $Server failed with the following error message : " + (New-SimWinRMError -ComputerName $Server -Kind $kind) + ' For more information, see the about_Remote_Troubleshooting Help topic.')
        $Caller.WriteError((New-Object System.Management.Automation.ErrorRecord $exception, 'WinRMOperationTimeout,PSSessionStateBroken', ([System.Management.Automation.ErrorCategory]::OpenError), $Server))
        return
    }
    $name = [S2S.SharePointSimulator.Machine]::CanonicalName($Server)
    # Values cross the wire through PowerShell's serializer, as with WinRM.
    $arguments = @()
    if ($null -ne $ArgumentList -and $ArgumentList.Count -gt 0) {
        $arguments = @([System.Management.Automation.PSSerializer]::Deserialize([System.Management.Automation.PSSerializer]::Serialize([object[]]$ArgumentList, 2)))
    }
    $iss = [System.Management.Automation.Runspaces.InitialSessionState]::CreateDefault2()
    $iss.Providers.Add((New-Object System.Management.Automation.Runspaces.SessionStateProviderEntry 'Certificate', ([S2S.SharePointSimulator.CertificateStoreProvider]), $null))
    foreach ($function in $script:MachineFunctions) {
        $definition = (Get-Item -LiteralPath "Function:\$function").ScriptBlock.ToString()
        $iss.Commands.Add((New-Object System.Management.Automation.Runspaces.SessionStateFunctionEntry $function, $definition))
    }
    $iss.Commands.Add((New-Object System.Management.Automation.Runspaces.SessionStateAliasEntry 'iisreset.exe', 'iisreset'))
    $runspace = [System.Management.Automation.Runspaces.RunspaceFactory]::CreateRunspace($iss)
    $previousName = $env:COMPUTERNAME
    $shell = $null
    try {
        $runspace.Open()
        # $env: is the process environment: it names the remote server while its block runs.
        $env:COMPUTERNAME = $name
        $shell = [System.Management.Automation.PowerShell]::Create()
        $shell.Runspace = $runspace
        $null = $shell.AddScript('param($Server) $null = New-PSDrive -Name Cert -PSProvider Certificate -Root ''\'' -Description $Server -Scope Global').AddArgument($name)
        $null = $shell.Invoke()
        $shell.Commands.Clear()
        $null = $shell.AddScript($ScriptBlock.ToString(), $true)
        foreach ($argument in $arguments) { $null = $shell.AddArgument($argument) }
        $output = $null
        $failure = $null
        try {
            if ($null -ne $InputObject -and $InputObject.Count -gt 0) {
                $output = $shell.Invoke([object[]]$InputObject)
            } else {
                $output = $shell.Invoke()
            }
        } catch {
            $failure = $_.Exception
            if ($failure -is [System.Management.Automation.MethodInvocationException] -and $null -ne $failure.InnerException) { $failure = $failure.InnerException }
        }
        foreach ($warning in $shell.Streams.Warning) { $Caller.WriteWarning($warning.Message) }
        foreach ($verbose in $shell.Streams.Verbose) { $Caller.WriteVerbose($verbose.Message) }
        foreach ($item in @($output)) {
            if ($null -eq $item) { continue }
            $copy = [System.Management.Automation.PSSerializer]::Deserialize([System.Management.Automation.PSSerializer]::Serialize($item, 1))
            $wrapped = Add-Member -InputObject $copy -NotePropertyName 'PSComputerName' -NotePropertyValue $name -Force -PassThru
            $wrapped = Add-Member -InputObject $wrapped -NotePropertyName 'RunspaceId' -NotePropertyValue $runspace.InstanceId -Force -PassThru
            $wrapped = Add-Member -InputObject $wrapped -NotePropertyName 'PSShowComputerName' -NotePropertyValue $true -Force -PassThru
            $wrapped
        }
        # Remote errors come back as records of a RemoteException with the original message.
        $records = @($shell.Streams.Error)
        if ($null -ne $failure) {
            if ($failure -is [System.Management.Automation.IContainsErrorRecord]) {
                $records += $failure.ErrorRecord
            } else {
                $records += New-Object System.Management.Automation.ErrorRecord $failure, 'RemoteScriptError', ([System.Management.Automation.ErrorCategory]::NotSpecified), $null
            }
        }
        foreach ($record in $records) {
            $remote = New-Object System.Management.Automation.RemoteException $record.Exception.Message
            $copyRecord = New-Object System.Management.Automation.ErrorRecord $remote, $record.FullyQualifiedErrorId, $record.CategoryInfo.Category, $name
            $Caller.WriteError($copyRecord)
        }
    } finally {
        $env:COMPUTERNAME = $previousName
        if ($null -ne $shell) { $shell.Dispose() }
        $runspace.Dispose()
    }
}

function Invoke-Command {
    [CmdletBinding(DefaultParameterSetName = 'InProcess')]
    param(
        [Parameter(ParameterSetName = 'ComputerName', Position = 0)] [Alias('Cn')] [ValidateNotNullOrEmpty()] [string[]] $ComputerName,
        [Parameter(ParameterSetName = 'InProcess', Mandatory = $true, Position = 0)]
        [Parameter(ParameterSetName = 'ComputerName', Mandatory = $true, Position = 1)]
        [Alias('Command')] [ValidateNotNull()] [scriptblock] $ScriptBlock,
        [Parameter(ParameterSetName = 'InProcess')] [switch] $NoNewScope,
        [Parameter(ValueFromPipeline = $true)] [psobject] $InputObject,
        [Alias('Args')] [object[]] $ArgumentList,
        [Parameter(ParameterSetName = 'ComputerName', ValueFromPipelineByPropertyName = $true)] [System.Management.Automation.PSCredential] $Credential,
        [Parameter(ParameterSetName = 'ComputerName')] [ValidateRange(1, 65535)] [int] $Port,
        [Parameter(ParameterSetName = 'ComputerName')] [switch] $UseSSL,
        [Parameter(ParameterSetName = 'ComputerName', ValueFromPipelineByPropertyName = $true)] [string] $ConfigurationName,
        [Parameter(ParameterSetName = 'ComputerName', ValueFromPipelineByPropertyName = $true)] [string] $ApplicationName,
        [Parameter(ParameterSetName = 'ComputerName')] [int] $ThrottleLimit = 32,
        [Parameter(ParameterSetName = 'ComputerName')] [switch] $AsJob,
        [Parameter(ParameterSetName = 'ComputerName')] [Alias('Disconnected')] [switch] $InDisconnectedSession,
        [Parameter(ParameterSetName = 'ComputerName')] [ValidateNotNullOrEmpty()] [string[]] $SessionName,
        [Parameter(ParameterSetName = 'ComputerName')] [Alias('HCN')] [switch] $HideComputerName,
        [Parameter(ParameterSetName = 'ComputerName')] [string] $JobName,
        [Parameter(ParameterSetName = 'ComputerName')] [System.Management.Automation.Remoting.PSSessionOption] $SessionOption,
        [Parameter(ParameterSetName = 'ComputerName')]
        [ValidateSet('Default', 'Basic', 'Negotiate', 'NegotiateWithImplicitCredential', 'Credssp', 'Digest', 'Kerberos')] [string] $Authentication,
        [Parameter(ParameterSetName = 'ComputerName')] [switch] $EnableNetworkAccess,
        [Parameter(ParameterSetName = 'ComputerName')] [string] $CertificateThumbprint
    )
    begin {
        $steppable = $null
        $collected = New-Object System.Collections.Generic.List[object]
        if ($PSCmdlet.ParameterSetName -eq 'InProcess') {
            $real = Get-Command -Name 'Microsoft.PowerShell.Core\Invoke-Command' -CommandType Cmdlet
            $bound = @{}
            foreach ($key in $PSBoundParameters.Keys) { if ($key -ne 'InputObject') { $bound[$key] = $PSBoundParameters[$key] } }
            $wrapped = { & $real @bound }
            $steppable = $wrapped.GetSteppablePipeline($MyInvocation.CommandOrigin)
            $steppable.Begin($PSCmdlet)
        } else {
            foreach ($unsupported in 'AsJob', 'InDisconnectedSession', 'SessionName', 'JobName') {
                if ($PSBoundParameters.ContainsKey($unsupported)) {
                    $exception = New-Object System.NotSupportedException "The SharePoint simulator does not simulate Invoke-Command -$unsupported."
                    $PSCmdlet.ThrowTerminatingError((New-Object System.Management.Automation.ErrorRecord $exception, 'SimulatorNotSupported', ([System.Management.Automation.ErrorCategory]::NotImplemented), $null))
                }
            }
            $usings = $ScriptBlock.Ast.FindAll({ param($node) $node -is [System.Management.Automation.Language.UsingExpressionAst] }, $true)
            if (@($usings).Count -gt 0) {
                $exception = New-Object System.NotSupportedException 'The SharePoint simulator does not simulate $using: variables in Invoke-Command -ComputerName.'
                $PSCmdlet.ThrowTerminatingError((New-Object System.Management.Automation.ErrorRecord $exception, 'SimulatorNotSupported', ([System.Management.Automation.ErrorCategory]::NotImplemented), $null))
            }
        }
    }
    process {
        if ($null -ne $steppable) {
            if ($PSBoundParameters.ContainsKey('InputObject')) { $steppable.Process($InputObject) } else { $steppable.Process() }
        } elseif ($PSBoundParameters.ContainsKey('InputObject')) {
            $collected.Add($InputObject)
        }
    }
    end {
        if ($null -ne $steppable) {
            $steppable.End()
            return
        }
        $targets = $ComputerName
        if ($null -eq $targets -or $targets.Count -eq 0) { $targets = @('localhost') }
        foreach ($target in $targets) {
            Invoke-SimOnServer -Caller $PSCmdlet -Server $target -ScriptBlock $ScriptBlock -ArgumentList $ArgumentList -InputObject $collected.ToArray()
        }
    }
}

# ---------------------------------------------------------------------------------------------
# The machine: certificate store, services, IIS (SHAREPOINT-CMDLETS.md §4.1, §4.5). These run in
# the host's runspace for the server the host runs on, and are copied into each remote runspace.
# They find the server they run on through the Cert: drive ($env:COMPUTERNAME for iisreset).

function Import-PfxCertificate {
    [CmdletBinding(SupportsShouldProcess = $true)]
    [OutputType([System.Security.Cryptography.X509Certificates.X509Certificate2])]
    param(
        [Parameter(Mandatory = $true, Position = 0, ValueFromPipelineByPropertyName = $true)] [Alias('FullName')] [string] $FilePath,
        [Parameter(Position = 1)] [string] $CertStoreLocation,
        [Parameter()] [System.Security.SecureString] $Password,
        [Parameter()] [switch] $Exportable
    )
    process {
        if ([string]::IsNullOrEmpty($CertStoreLocation)) { $CertStoreLocation = (Get-Location).Path }
        $parts = @($CertStoreLocation -split '[\\/]' | Where-Object { $_.Length -gt 0 })
        if ($parts.Count -ne 3 -or $parts[0] -ne 'Cert:') {
            $exception = New-Object System.ArgumentException "The certificate store location $CertStoreLocation is not a store of the Cert: drive (Cert:\LocalMachine\<store>)."
            $PSCmdlet.ThrowTerminatingError((New-Object System.Management.Automation.ErrorRecord $exception, 'System.ArgumentException,Microsoft.CertificateServices.Commands.ImportPfxCertificate', ([System.Management.Automation.ErrorCategory]::InvalidArgument), $CertStoreLocation))
        }
        if ($parts[1] -ne 'LocalMachine' -or $parts[2] -ne 'Root') {
            $exception = New-Object System.NotSupportedException "The SharePoint simulator keeps Cert:\LocalMachine\Root only (asked: $CertStoreLocation)."
            $PSCmdlet.ThrowTerminatingError((New-Object System.Management.Automation.ErrorRecord $exception, 'SimulatorNotSupported', ([System.Management.Automation.ErrorCategory]::NotImplemented), $CertStoreLocation))
        }
        $server = (Get-PSDrive -Name Cert -PSProvider Certificate).Description
        $path = $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath($FilePath)
        if (-not [System.IO.File]::Exists($path)) {
            $exception = New-Object System.IO.FileNotFoundException 'The system cannot find the file specified. 0x80070002 (WIN32: 2 ERROR_FILE_NOT_FOUND)'
            $PSCmdlet.WriteError((New-Object System.Management.Automation.ErrorRecord $exception, 'System.IO.FileNotFoundException,Microsoft.CertificateServices.Commands.ImportPfxCertificate', ([System.Management.Automation.ErrorCategory]::ObjectNotFound), $FilePath))
            return
        }
        $bytes = [System.IO.File]::ReadAllBytes($path)
        $flags = [System.Security.Cryptography.X509Certificates.X509KeyStorageFlags]::MachineKeySet
        if ($Exportable) { $flags = $flags -bor [System.Security.Cryptography.X509Certificates.X509KeyStorageFlags]::Exportable }
        try {
            $certificate = New-Object System.Security.Cryptography.X509Certificates.X509Certificate2 -ArgumentList $bytes, $Password, $flags
        } catch {
            $inner = $_.Exception
            while ($null -ne $inner.InnerException -and $inner -is [System.Management.Automation.MethodInvocationException]) { $inner = $inner.InnerException }
            # Windows words a wrong PFX password this way (ERROR_INVALID_PASSWORD, 86).
            if ($inner.HResult -eq -2147024810 -or $inner.Message -like '*password*') {
                $exception = New-Object System.ComponentModel.Win32Exception 86, 'The specified network password is not correct.'
                $category = [System.Management.Automation.ErrorCategory]::NotSpecified
            } else {
                $exception = New-Object System.Security.Cryptography.CryptographicException ("The PFX file could not be imported: " + $inner.Message)
                $category = [System.Management.Automation.ErrorCategory]::InvalidData
            }
            $PSCmdlet.WriteError((New-Object System.Management.Automation.ErrorRecord $exception, 'System.ComponentModel.Win32Exception,Microsoft.CertificateServices.Commands.ImportPfxCertificate', $category, $FilePath))
            return
        }
        if (-not $PSCmdlet.ShouldProcess($FilePath, 'Import-PfxCertificate')) { return }
        # The Root store keeps the public certificate; a second import adds nothing.
        [S2S.SharePointSimulator.Machine]::AddRootCertificate($server, $certificate.RawData)
        $certificate
    }
}

function Restart-Service {
    [CmdletBinding(DefaultParameterSetName = 'InputObject', SupportsShouldProcess = $true)]
    param(
        [Parameter(ParameterSetName = 'InputObject', Mandatory = $true, Position = 0, ValueFromPipeline = $true)] [ValidateNotNullOrEmpty()] [object[]] $InputObject,
        [Parameter(ParameterSetName = 'Default', Mandatory = $true, Position = 0, ValueFromPipeline = $true, ValueFromPipelineByPropertyName = $true)] [Alias('ServiceName')] [string[]] $Name,
        [Parameter(ParameterSetName = 'DisplayName', Mandatory = $true)] [string[]] $DisplayName,
        [switch] $Force,
        [switch] $PassThru,
        [ValidateNotNullOrEmpty()] [string[]] $Include,
        [ValidateNotNullOrEmpty()] [string[]] $Exclude
    )
    begin {
        # The services of a SharePoint server that the simulator knows (name -> display name).
        $services = [ordered]@{
            'SPTimerV4' = 'SharePoint Timer Service'; 'SPAdminV4' = 'SharePoint Administration'
            'SPTraceV4' = 'SharePoint Tracing Service'; 'SPWriterV4' = 'SharePoint VSS Writer'
            'W3SVC' = 'World Wide Web Publishing Service'; 'WAS' = 'Windows Process Activation Service'
            'IISADMIN' = 'IIS Admin Service'; 'WinRM' = 'Windows Remote Management (WS-Management)'
        }
    }
    process {
        $wanted = @()
        if ($PSCmdlet.ParameterSetName -eq 'Default') {
            foreach ($pattern in $Name) {
                $found = @($services.Keys | Where-Object { $_ -like $pattern })
                if ($found.Count -eq 0 -and -not [System.Management.Automation.WildcardPattern]::ContainsWildcardCharacters($pattern)) {
                    $exception = New-Object System.InvalidOperationException "Cannot find any service with service name '$pattern'."
                    $PSCmdlet.WriteError((New-Object System.Management.Automation.ErrorRecord $exception, 'NoServiceFoundForGivenName,Microsoft.PowerShell.Commands.RestartServiceCommand', ([System.Management.Automation.ErrorCategory]::ObjectNotFound), $pattern))
                }
                $wanted += $found
            }
        } elseif ($PSCmdlet.ParameterSetName -eq 'DisplayName') {
            foreach ($pattern in $DisplayName) {
                $found = @($services.Keys | Where-Object { $services[$_] -like $pattern })
                if ($found.Count -eq 0 -and -not [System.Management.Automation.WildcardPattern]::ContainsWildcardCharacters($pattern)) {
                    $exception = New-Object System.InvalidOperationException "Cannot find any service with display name '$pattern'."
                    $PSCmdlet.WriteError((New-Object System.Management.Automation.ErrorRecord $exception, 'NoServiceFoundForGivenDisplayName,Microsoft.PowerShell.Commands.RestartServiceCommand', ([System.Management.Automation.ErrorCategory]::ObjectNotFound), $pattern))
                }
                $wanted += $found
            }
        } else {
            foreach ($object in $InputObject) { $wanted += [string]$object.Name }
        }
        foreach ($service in $wanted) {
            if ($null -ne $Include -and -not @($Include | Where-Object { $service -like $_ }).Count) { continue }
            if ($null -ne $Exclude -and @($Exclude | Where-Object { $service -like $_ }).Count) { continue }
            if (-not $PSCmdlet.ShouldProcess("$($services[$service]) ($service)", 'Restart-Service')) { continue }
            if ($PassThru) {
                [pscustomobject]@{ PSTypeName = 'System.ServiceProcess.ServiceController'; Name = $service; DisplayName = $services[$service]; Status = 'Running'; MachineName = '.' }
            }
        }
    }
}

# iisreset.exe [computername] [/RESTART | /START | /STOP | /REBOOT | /STATUS] [/TIMEOUT:val] [/NOFORCE]
function iisreset {
    $action = 'restart'
    $computer = $env:COMPUTERNAME
    foreach ($argument in $args) {
        $text = [string]$argument
        switch -Regex ($text) {
            '^/(restart|start|stop|status)$' { $action = $Matches[1].ToLowerInvariant(); continue }
            '^/noforce$' { continue }
            '^/timeout:\d+$' { continue }
            '^[^/]' { $computer = $text; continue }
            default {
                'Usage:'
                'iisreset.exe [computername] [/RESTART | /START | /STOP | /REBOOT | /STATUS] [/TIMEOUT:val] [/NOFORCE]'
                $global:LASTEXITCODE = 1
                return
            }
        }
    }
    if (-not [S2S.SharePointSimulator.Machine]::IsReachable($computer)) {
        "Access denied, you must be an administrator of the remote computer to use this"
        "command. Either have your account added to the administrator local group of"
        "the remote computer or to the domain administrator global group."
        $global:LASTEXITCODE = 5
        return
    }
    if ($action -eq 'status') {
        'Status for IIS Admin Service ( IISADMIN ) : Running'
        'Status for World Wide Web Publishing Service ( W3SVC ) : Running'
        $global:LASTEXITCODE = 0
        return
    }
    if ($action -eq 'restart' -or $action -eq 'stop') {
        ''
        'Attempting stop...'
        'Internet services successfully stopped'
    }
    if ($action -eq 'restart' -or $action -eq 'start') {
        'Attempting start...'
        # Like the lab host's resetServer: the server's STS loads the farm's signing certificate.
        [S2S.SharePointSimulator.Machine]::ResetIis($computer)
        'Internet services successfully restarted'
        ''
    }
    $global:LASTEXITCODE = 0
}

Set-Alias -Name 'iisreset.exe' -Value 'iisreset'

# ---------------------------------------------------------------------------------------------
# The farm script's wrappers of .NET calls that cannot work on Linux, replaced by name: aliases
# named like the script's functions (an alias is resolved before a function, whatever the order in
# which the script and this module defined theirs), with the script's parameters.

function Get-SimS2SCurrentIdentity {
    [CmdletBinding()]
    param()
    [S2S.SharePointSimulator.Machine]::CurrentIdentity()
}

function Invoke-SimMachineCall {
    param([scriptblock] $Call)
    try {
        & $Call
    } catch {
        $exception = $_.Exception
        if ($exception -is [System.Management.Automation.MethodInvocationException] -and $null -ne $exception.InnerException) {
            throw $exception.InnerException
        }
        throw
    }
}

function Invoke-SimS2SServerProbe {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)] [string] $Server,
        [Parameter(Mandatory = $true)] [System.Uri] $Uri,
        [Parameter(Mandatory = $true)] [string] $HostHeader,
        [int] $TimeoutMs = 30000,
        [int] $MaxBytes = 1048576
    )
    $answer = Invoke-SimMachineCall { [S2S.SharePointSimulator.Machine]::Probe($Server, $Uri, $HostHeader, $TimeoutMs) }
    if ($answer.Body.Length -gt $MaxBytes) { throw "The answer of $Server is larger than $MaxBytes bytes." }
    $answer
}

function Invoke-SimS2SOutboundGet {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)] [System.Uri] $Uri,
        [int] $TimeoutMs = 30000,
        [int] $MaxBytes = 4194304
    )
    Invoke-SimMachineCall { [S2S.SharePointSimulator.Outbound]::Get($Uri, $TimeoutMs, $MaxBytes) }
}

function Invoke-SimS2SOutboundPost {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)] [System.Uri] $Uri,
        [Parameter(Mandatory = $true)] [string] $ContentType,
        [Parameter(Mandatory = $true)] [AllowEmptyCollection()] [byte[]] $Body,
        [int] $TimeoutMs = 30000,
        [int] $MaxBytes = 4194304
    )
    Invoke-SimMachineCall { [S2S.SharePointSimulator.Outbound]::Post($Uri, $ContentType, $Body, $TimeoutMs, $MaxBytes) }
}

Set-Alias -Name 'Get-S2SCurrentIdentity' -Value 'Get-SimS2SCurrentIdentity'
Set-Alias -Name 'Invoke-S2SServerProbe' -Value 'Invoke-SimS2SServerProbe'
Set-Alias -Name 'Invoke-S2SOutboundGet' -Value 'Invoke-SimS2SOutboundGet'
Set-Alias -Name 'Invoke-S2SOutboundPost' -Value 'Invoke-SimS2SOutboundPost'

Export-ModuleMember -Function @(
    'Get-PSSnapin', 'Add-PSSnapin',
    'Test-WSMan', 'Invoke-Command',
    'Import-PfxCertificate', 'Restart-Service', 'iisreset',
    'Get-SimS2SCurrentIdentity', 'Invoke-SimS2SServerProbe', 'Invoke-SimS2SOutboundGet', 'Invoke-SimS2SOutboundPost'
) -Alias @('iisreset.exe', 'Get-S2SCurrentIdentity', 'Invoke-S2SServerProbe', 'Invoke-S2SOutboundGet', 'Invoke-S2SOutboundPost')
