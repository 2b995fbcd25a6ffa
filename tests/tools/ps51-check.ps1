# Windows PowerShell 5.1 compatibility check for the farm scripts (issue 11, point 5).
#
# The farm runs engine/farm/powershell/*.ps1 in Windows PowerShell 5.1 on .NET Framework 4.8; the
# tests run them in PowerShell 7. This check walks each script with PowerShell's own parser (the
# AST, not regular expressions) and refuses, naming file:line and the construct:
#   syntax     syntax that the 5.1 parser lacks: every AST node type, AST property and operator that
#              PowerShell 7 has and PowerShell 5.1's System.Management.Automation (PowerShellStandard
#              .Library 5.1.1) does not (?:, ??, ??=, ?., ?[], && / ||, clean {}, trailing &, generic
#              method calls), plus 6/7-only literals (`u{}, `e, 1u/1y/1n/0b101 numbers), enum base
#              types, -replace with a script block, #requires -Version 6+ / -PSEdition Core.
#   command    a command that is neither defined in the checked scripts nor on the allow-list
#              tests/tools/ps51/commands.json (taken from the Windows PowerShell 5.1 documentation).
#   parameter  a parameter (named, splatted from a known hashtable, or passed to a SharePoint cmdlet
#              through Invoke-S2SCmdlet -Name ... -Parameters @{...}) that the 5.1 command does not
#              have, or a parameter combination 5.1 refuses (ConvertTo-SecureString -AsPlainText
#              without -Force).
#   type       a .NET type literal ([T], casts, -is/-as, attributes, catch types, New-Object T) that is
#              not in the .NET Framework 4.8 reference assemblies, PowerShell 5.1's
#              System.Management.Automation or tests/tools/ps51/sharepoint-types.json.
#   member     [T]::M that T (or a base type) does not have in those assemblies; $x.M(...) where no
#              public type there has an instance method M (extension methods do not count: PowerShell
#              does not bind them).
#   variable   automatic variables that only PowerShell 6/7 has ($IsWindows, $PSStyle, ...).
#   strict     Set-StrictMode -Off or another version than 2.0 anywhere; for -StrictModeRequired
#              files, no top-level Set-StrictMode -Version 2.0.
#
# The reference assemblies come from NuGet (Microsoft.NETFramework.ReferenceAssemblies.net48 1.0.3,
# PowerShellStandard.Library 5.1.1) through `dotnet restore` of tests/tools/ps51/refs.proj into
# -CacheDir, once; they are read as metadata (System.Reflection.Metadata), never loaded.
#
#   pwsh -NoProfile -File tests/tools/ps51-check.ps1 -CacheDir build/ps51-cache \
#        -StrictModeRequired engine/farm/powershell/FarmHost.ps1 -SelfTest engine/farm/powershell/*.ps1
#
# -SelfTest also checks every tests/tools/ps51/bad-samples/*.ps1 alone and fails unless each is
# refused with exactly the reasons its "# expect: <rule> <text>" lines name, and fails if
# tests/tools/ps51/good-samples/*.ps1 (5.1 code resembling the refused constructs) is refused.
[CmdletBinding()]
param(
    [Parameter(Mandatory = $true, Position = 0, ValueFromRemainingArguments = $true)] [string[]] $Path,
    [string] $CacheDir = '',
    [string[]] $StrictModeRequired = @(),
    [switch] $SelfTest,
    [string] $DotNet = ''
)

Set-StrictMode -Version 3.0
$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
$DataDir = Join-Path $PSScriptRoot 'ps51'
$Lang = 'System.Management.Automation.Language'
if ($CacheDir.Length -eq 0) { $CacheDir = Join-Path ([IO.Path]::GetTempPath()) 's2s-ps51-cache' }
$CacheDir = [IO.Path]::GetFullPath($CacheDir)

$Net48Package = 'microsoft.netframework.referenceassemblies.net48'
$Net48Version = '1.0.3'
$PsStdPackage = 'powershellstandard.library'
$PsStdVersion = '5.1.1'

# ------------------------------------------------------------------------------------------------
# Reference assemblies: restored once into the cache, then read as metadata.

function Get-DotNetPath {
    if ($DotNet.Length -gt 0) { return $DotNet }
    if ($env:DOTNET_ROOT -and (Test-Path -LiteralPath (Join-Path $env:DOTNET_ROOT 'dotnet'))) {
        return (Join-Path $env:DOTNET_ROOT 'dotnet')
    }
    $found = Get-Command -Name dotnet -CommandType Application -ErrorAction SilentlyContinue | Select-Object -First 1
    if ($null -ne $found) { return $found.Source }
    throw 'ps51-check: the .NET SDK (dotnet) is needed once to fetch the reference assemblies from NuGet, and was not found (PATH, DOTNET_ROOT, -DotNet).'
}

function Initialize-ReferenceAssemblies {
    $packages = Join-Path $CacheDir 'packages'
    $net48 = Join-Path $packages "$Net48Package/$Net48Version/build/.NETFramework/v4.8"
    $psStd = Join-Path $packages "$PsStdPackage/$PsStdVersion/lib/net452/System.Management.Automation.dll"
    $stamp = Join-Path $CacheDir "restored-$Net48Version-$PsStdVersion.ok"
    if (-not (Test-Path -LiteralPath $stamp)) {
        $null = New-Item -ItemType Directory -Force -Path $CacheDir
        $restoreDir = Join-Path $CacheDir 'restore'
        $null = New-Item -ItemType Directory -Force -Path $restoreDir
        Copy-Item -LiteralPath (Join-Path $DataDir 'refs.proj') -Destination (Join-Path $restoreDir 'refs.proj') -Force
        $dotnet = Get-DotNetPath
        $env:NUGET_PACKAGES = $packages
        $env:DOTNET_NOLOGO = '1'
        $env:DOTNET_CLI_TELEMETRY_OPTOUT = '1'
        $env:DOTNET_SKIP_FIRST_TIME_EXPERIENCE = '1'
        if (-not $env:HOME -or -not (Test-Path -LiteralPath $env:HOME)) { $env:DOTNET_CLI_HOME = Join-Path $CacheDir 'home' }
        Write-Host "ps51-check: fetching the reference assemblies from NuGet into $packages (once)"
        # Two tries: a first restore on a fresh machine can fail on a transient registry error.
        $output = ''
        $exitCode = 0
        foreach ($try in 1, 2) {
            $output = & $dotnet restore (Join-Path $restoreDir 'refs.proj') --nologo 2>&1 | Out-String
            $exitCode = $LASTEXITCODE
            if ($exitCode -eq 0 -and (Test-Path -LiteralPath (Join-Path $net48 'mscorlib.dll')) -and (Test-Path -LiteralPath $psStd)) { break }
            Write-Host "ps51-check: dotnet restore, try $try, exited with $exitCode"
        }
        if ($exitCode -ne 0 -or -not (Test-Path -LiteralPath (Join-Path $net48 'mscorlib.dll')) -or -not (Test-Path -LiteralPath $psStd)) {
            throw "ps51-check: 'dotnet restore' of tests/tools/ps51/refs.proj ($dotnet) failed with exit code $exitCode; is NuGet reachable?`n$output"
        }
        Set-Content -LiteralPath $stamp -Value "$Net48Package $Net48Version`n$PsStdPackage $PsStdVersion"
    }
    return [pscustomobject]@{
        Net48 = @(Get-ChildItem -LiteralPath $net48 -Filter '*.dll') + @(Get-ChildItem -LiteralPath (Join-Path $net48 'Facades') -Filter '*.dll')
        PsStd = $psStd
    }
}

# The metadata reader (tests/tools/ps51/RefIndex.cs), compiled once per source and pwsh version.
function Import-RefIndexType {
    if ('S2SPs51.RefIndex' -as [type]) { return }
    $source = Join-Path $DataDir 'RefIndex.cs'
    $hashInput = (Get-Content -LiteralPath $source -Raw) + $PSVersionTable.PSVersion.ToString()
    $hash = [Convert]::ToHexString([Security.Cryptography.SHA256]::HashData([Text.Encoding]::UTF8.GetBytes($hashInput))).Substring(0, 16)
    $dll = Join-Path $CacheDir "RefIndex-$hash.dll"
    $references = 'System.Reflection.Metadata', 'System.Collections', 'System.Collections.Immutable', 'System.Runtime', 'System.IO', 'System.Reflection.Primitives'
    if (-not (Test-Path -LiteralPath $dll)) {
        $null = New-Item -ItemType Directory -Force -Path $CacheDir
        $temp = "$dll.$PID.tmp"
        Add-Type -Path $source -ReferencedAssemblies $references -OutputAssembly $temp -OutputType Library
        Move-Item -LiteralPath $temp -Destination $dll -Force
    }
    Add-Type -Path $dll
}

function New-Index {
    $refs = Initialize-ReferenceAssemblies
    Import-RefIndexType
    $index = [S2SPs51.RefIndex]::new()
    foreach ($file in $refs.Net48) { $index.AddAssembly($file.FullName) }
    $index.AddAssembly($refs.PsStd)
    # SharePoint types: documented members only (sharepoint-types.json cites the pages).
    $sp = Get-Content -LiteralPath (Join-Path $DataDir 'sharepoint-types.json') -Raw | ConvertFrom-Json -AsHashtable
    foreach ($name in $sp.types.Keys) {
        $entry = $sp.types[$name]
        $type = $index.AddType($name, 'sharepoint-types.json')
        if ($entry.ContainsKey('baseType')) { $type.BaseType = $entry.baseType }
        if ($entry.ContainsKey('enum')) {
            $type.IsEnum = $true
            $type.IsValueType = $true
            $type.BaseType = 'System.Enum'
            foreach ($value in $entry.enum) { $null = $type.Static.Add($value) }
        }
        if ($entry.ContainsKey('constructor') -and $entry.constructor) { $type.HasPublicConstructor = $true }
        foreach ($list in 'properties', 'methods') {
            if (-not $entry.ContainsKey($list)) { continue }
            foreach ($member in $entry[$list]) {
                $null = $type.Instance.Add($member)
                if ($list -eq 'methods') { $index.AddInstanceMethod($member, $name) }
            }
        }
        if ($entry.ContainsKey('staticMembers')) { foreach ($member in $entry.staticMembers) { $null = $type.Static.Add($member) } }
    }
    return $index
}

# ------------------------------------------------------------------------------------------------
# Data

$Commands = Get-Content -LiteralPath (Join-Path $DataDir 'commands.json') -Raw | ConvertFrom-Json -AsHashtable
$Accelerators = @{}
foreach ($entry in (Get-Content -LiteralPath (Join-Path $DataDir 'accelerators.json') -Raw | ConvertFrom-Json -AsHashtable).accelerators.GetEnumerator()) {
    $Accelerators[$entry.Key] = $entry.Value
}
$CommandTable = @{}
foreach ($entry in $Commands.commands.GetEnumerator()) { $CommandTable[$entry.Key] = $entry.Value }
$CommandAliases = @{}
foreach ($entry in $Commands.commandAliases.GetEnumerator()) { $CommandAliases[$entry.Key] = $entry.Value }
$NativeCommands = @($Commands.native)

# Friendly names for what PowerShell 7 added to the AST (found generically, named here).
$Friendly = @{
    'TernaryExpressionAst'                   = 'ternary operator ?: (PowerShell 7.0)'
    'PipelineChainAst'                       = 'pipeline chain operator && / || (PowerShell 7.0)'
    'ChainableAst'                           = 'pipeline chain operator && / || (PowerShell 7.0)'
    'MemberExpressionAst.NullConditional'    = 'null-conditional member access ?. (PowerShell 7.1)'
    'InvokeMemberExpressionAst.NullConditional' = 'null-conditional method call ?. (PowerShell 7.1)'
    'IndexExpressionAst.NullConditional'     = 'null-conditional index ?[] (PowerShell 7.1)'
    'ScriptBlockAst.CleanBlock'              = 'clean {} block (PowerShell 7.3)'
    'FunctionDefinitionAst.CleanBlock'       = 'clean {} block (PowerShell 7.3)'
    'PipelineAst.Background'                 = 'background operator & at the end of a pipeline (PowerShell 6.0)'
    'InvokeMemberExpressionAst.GenericTypeArguments' = 'generic method call $x.Method[T]() (PowerShell 7.3)'
    'QuestionQuestion'                       = 'null-coalescing operator ?? (PowerShell 7.0)'
    'QuestionQuestionEquals'                 = 'null-coalescing assignment ??= (PowerShell 7.0)'
    'Clean'                                  = 'clean {} block (PowerShell 7.3)'
}

# Automatic variables that PowerShell 6/7 defines and 5.1 does not (about_Automatic_Variables,
# about_Preference_Variables of 7.x); under Set-StrictMode -Version 2.0 reading one fails on 5.1.
$Ps7Variables = 'IsWindows', 'IsLinux', 'IsMacOS', 'IsCoreCLR', 'PSStyle', 'EnabledExperimentalFeatures',
    'PSNativeCommandArgumentPassing', 'PSNativeCommandUseErrorActionPreference', 'PSNativeCommandErrorActionPreference'

# ------------------------------------------------------------------------------------------------
# Findings

$script:Findings = [System.Collections.Generic.List[object]]::new()
$script:Counts = @{ commands = 0; parameters = 0; types = 0; statics = 0; methods = 0 }

function Add-Finding {
    param($Ast, [string] $Rule, [string] $Message, [string] $File = '', [int] $Line = 0)
    if ($null -ne $Ast) {
        $File = $Ast.Extent.File
        $Line = $Ast.Extent.StartLineNumber
    }
    $script:Findings.Add([pscustomobject]@{ File = $File; Line = $Line; Rule = $Rule; Message = $Message })
}

function Format-Finding {
    param($Finding)
    $name = $Finding.File
    if ($name) { $name = [IO.Path]::GetFileName($name) }
    return "${name}:$($Finding.Line): [$($Finding.Rule)] $($Finding.Message)"
}

# ------------------------------------------------------------------------------------------------
# Syntax

$script:AstTypeInfo = @{}
$script:KnownEnumValues = [System.Collections.Generic.HashSet[string]]::new()

# For an AST node type: is it in 5.1 at all, which of its properties 5.1 lacks, which properties hold
# a PowerShell parser enum (TokenKind...) whose values must exist in 5.1 too.
function Get-AstTypeInfo {
    param([type] $Type)
    $info = $script:AstTypeInfo[$Type]
    if ($null -ne $info) { return $info }
    $known = $null -ne $Index.Find($Type.FullName)
    $newProperties = @()
    $enumProperties = @()
    foreach ($property in $Type.GetProperties()) {
        if ($property.Name -in 'Parent', 'Extent') { continue }
        if ($known -and -not $Index.HasInstance($Type.FullName, $property.Name)) { $newProperties += $property.Name }
        elseif ($property.PropertyType.IsEnum -and $property.PropertyType.Namespace -eq $Lang) { $enumProperties += $property }
    }
    $info = [pscustomobject]@{ Known = $known; New = $newProperties; Enums = $enumProperties }
    $script:AstTypeInfo[$Type] = $info
    return $info
}

function Test-Truthy {
    param($Value)
    if ($null -eq $Value) { return $false }
    if ($Value -is [bool]) { return $Value }
    if ($Value -is [System.Collections.ICollection]) { return $Value.Count -gt 0 }
    return $true
}

function Test-Syntax {
    param($Ast, $Tokens)
    $knownEnumValues = $script:KnownEnumValues
    foreach ($node in $Ast.FindAll({ $true }, $true)) {
        $type = $node.GetType()
        $info = $script:AstTypeInfo[$type]
        if ($null -eq $info) { $info = Get-AstTypeInfo $type }
        if (-not $info.Known) {
            $what = $Friendly[$type.Name]
            if (-not $what) { $what = "$($type.Name) (not in PowerShell 5.1's parser)" }
            Add-Finding $node 'syntax' "$what`: $(Get-Snippet $node)"
            continue
        }
        foreach ($name in $info.New) {
            if (Test-Truthy $node.$name) {
                $what = $Friendly["$($type.Name).$name"]
                if (-not $what) { $what = "$($type.Name).$name (not in PowerShell 5.1's parser)" }
                Add-Finding $node 'syntax' "$what`: $(Get-Snippet $node)"
            }
        }
        foreach ($property in $info.Enums) {
            $value = $node.($property.Name)
            if ($null -eq $value) { continue }
            $valueKey = "$($property.PropertyType.Name).$value"
            if ($knownEnumValues.Contains($valueKey)) { continue }
            # Flags enums (PropertyAttributes 'Public, Static') are checked value by value.
            $unknown = @($value.ToString() -split ', ' | Where-Object { -not $Index.HasStatic($property.PropertyType.FullName, $_) })
            if ($unknown.Count -eq 0) {
                $null = $knownEnumValues.Add($valueKey)
            } else {
                $what = $Friendly[$value.ToString()]
                if (-not $what) { $what = "operator $($property.PropertyType.Name).$value (not in PowerShell 5.1)" }
                Add-Finding $node 'syntax' "$what`: $(Get-Snippet $node)"
            }
        }
        if ($node -is [System.Management.Automation.Language.TypeDefinitionAst] -and $node.IsEnum -and $node.BaseTypes.Count -gt 0) {
            Add-Finding $node 'syntax' "enum with an underlying type (PowerShell 6.2): enum $($node.Name) : $($node.BaseTypes[0].TypeName.FullName)"
        }
        if ($node -is [System.Management.Automation.Language.BinaryExpressionAst] -and
            $node.Operator.ToString() -in 'Ireplace', 'Creplace' -and
            $node.Right -is [System.Management.Automation.Language.ArrayLiteralAst] -and
            @($node.Right.Elements | Where-Object { $_ -is [System.Management.Automation.Language.ScriptBlockExpressionAst] }).Count -gt 0) {
            Add-Finding $node 'syntax' "-replace with a script block substitution (PowerShell 6.1; 5.1 uses the block's text): $(Get-Snippet $node)"
        }
        if ($node -is [System.Management.Automation.Language.VariableExpressionAst] -and
            $node.VariablePath.IsUnqualified -and $node.VariablePath.UserPath -in $Ps7Variables -and
            -not (Test-VariableAssigned $Ast $node.VariablePath.UserPath)) {
            Add-Finding $node 'variable' "`$$($node.VariablePath.UserPath) is an automatic variable of PowerShell 6/7 only (undefined in 5.1; an error under Set-StrictMode)"
        }
    }
    foreach ($token in $Tokens) {
        $kind = $token.Kind.ToString()
        if ($kind -eq 'Number') {
            # 5.1 number literals: decimal or 0x hex, optional fraction and exponent, suffix l or d,
            # multiplier kb/mb/gb/tb/pb (about_Numeric_Literals 5.1).
            if ($token.Text -notmatch '^(?i)[-+]?(0x[0-9a-f]+l?|(\d+\.?\d*|\.\d+)(e[+-]?\d+)?[ld]?)(kb|mb|gb|tb|pb)?$') {
                Add-Finding $null 'syntax' "number literal $($token.Text) (type suffixes u/y/uy/s/us/ul/n and 0b binary literals are PowerShell 6.2/7.0)" $token.Extent.File $token.Extent.StartLineNumber
            }
        } elseif ($kind -in 'StringExpandable', 'HereStringExpandable') {
            foreach ($match in [regex]::Matches($token.Text, '(?<!`)(?:``)*`(u\{[0-9A-Fa-f]+\}|e)')) {
                Add-Finding $null 'syntax' "escape sequence ``$($match.Groups[1].Value) (PowerShell 6.0; 5.1 reads it as a plain letter)" $token.Extent.File $token.Extent.StartLineNumber
            }
        }
    }
    $requirements = $Ast.ScriptRequirements
    if ($null -ne $requirements) {
        if ($null -ne $requirements.RequiredPSVersion -and $requirements.RequiredPSVersion -gt [version]'5.1') {
            Add-Finding $null 'syntax' "#requires -Version $($requirements.RequiredPSVersion): Windows PowerShell 5.1 refuses to run the script" $Ast.Extent.File 1
        }
        if (@($requirements.RequiredPSEditions) -contains 'Core') {
            Add-Finding $null 'syntax' '#requires -PSEdition Core: Windows PowerShell 5.1 is Desktop' $Ast.Extent.File 1
        }
    }
}

function Get-Snippet {
    param($Node)
    $text = $Node.Extent.Text -replace '\s+', ' '
    if ($text.Length -gt 80) { $text = $text.Substring(0, 77) + '...' }
    return $text
}

function Test-VariableAssigned {
    param($Root, [string] $Name)
    $assigned = $Root.Find({
            param($n)
            $n -is [System.Management.Automation.Language.AssignmentStatementAst] -and
            $n.Left -is [System.Management.Automation.Language.VariableExpressionAst] -and
            $n.Left.VariablePath.UserPath -eq $Name
        }, $true)
    return $null -ne $assigned
}

# ------------------------------------------------------------------------------------------------
# Commands and parameters

$CommonParameters = @{}
foreach ($entry in $Commands.commonParameters.names.GetEnumerator()) { $CommonParameters[$entry.Key] = @($entry.Value) }
$ShouldProcessParameters = @{}
foreach ($entry in $Commands.shouldProcessParameters.names.GetEnumerator()) { $ShouldProcessParameters[$entry.Key] = @($entry.Value) }

# name -> @(aliases) of everything the command accepts in 5.1.
function Get-AllowedParameters {
    param($Spec, [bool] $Advanced)
    $allowed = @{}
    foreach ($entry in $Spec.parameters.GetEnumerator()) { $allowed[$entry.Key] = @($entry.Value) }
    if ($Advanced) {
        foreach ($entry in $CommonParameters.GetEnumerator()) { $allowed[$entry.Key] = $entry.Value }
        if ($Spec.ContainsKey('shouldProcess') -and $Spec.shouldProcess) {
            foreach ($entry in $ShouldProcessParameters.GetEnumerator()) { $allowed[$entry.Key] = $entry.Value }
        }
    }
    return $allowed
}

# The parameter a name binds to, as PowerShell binds it: an exact name or alias, else a prefix of
# exactly one name or alias. Returns the parameter name, '' when unknown, '?a,b' when ambiguous.
function Resolve-ParameterName {
    param([hashtable] $Allowed, [string] $Name)
    foreach ($entry in $Allowed.GetEnumerator()) {
        if ($entry.Key -eq $Name -or @($entry.Value) -contains $Name) { return $entry.Key }
    }
    $matches0 = @()
    foreach ($entry in $Allowed.GetEnumerator()) {
        if ($entry.Key.StartsWith($Name, [StringComparison]::OrdinalIgnoreCase)) { $matches0 += $entry.Key; continue }
        foreach ($alias in @($entry.Value)) {
            if ($alias.StartsWith($Name, [StringComparison]::OrdinalIgnoreCase)) { $matches0 += $entry.Key; break }
        }
    }
    $matches0 = @($matches0 | Select-Object -Unique)
    if ($matches0.Count -eq 1) { return $matches0[0] }
    if ($matches0.Count -gt 1) { return '?' + ($matches0 -join ', ') }
    return ''
}

# Keys of a hashtable given as a literal or as a variable assigned in the enclosing function or
# script: @{...} literals, $v['Key'] = ..., $v.Key = ... . Constant keys only.
function Get-HashtableKeys {
    param($ValueAst, $Context)
    $keys = @()
    if ($ValueAst -is [System.Management.Automation.Language.HashtableAst]) {
        foreach ($pair in $ValueAst.KeyValuePairs) {
            if ($pair.Item1 -is [System.Management.Automation.Language.StringConstantExpressionAst]) {
                $keys += [pscustomobject]@{ Name = $pair.Item1.Value; Ast = $pair.Item1 }
            }
        }
        return $keys
    }
    if ($ValueAst -is [System.Management.Automation.Language.VariableExpressionAst]) {
        $name = $ValueAst.VariablePath.UserPath
        $scope = $Context
        while ($null -ne $scope -and $scope -isnot [System.Management.Automation.Language.FunctionDefinitionAst] -and $null -ne $scope.Parent) { $scope = $scope.Parent }
        foreach ($assignment in $scope.FindAll({ $args[0] -is [System.Management.Automation.Language.AssignmentStatementAst] }, $true)) {
            $left = $assignment.Left
            if ($left -is [System.Management.Automation.Language.VariableExpressionAst] -and $left.VariablePath.UserPath -eq $name) {
                $right = $assignment.Right
                if ($right -is [System.Management.Automation.Language.CommandExpressionAst]) { $right = $right.Expression }
                $keys += Get-HashtableKeys $right $Context
            } elseif ($left -is [System.Management.Automation.Language.IndexExpressionAst] -and
                $left.Target -is [System.Management.Automation.Language.VariableExpressionAst] -and
                $left.Target.VariablePath.UserPath -eq $name -and
                $left.Index -is [System.Management.Automation.Language.StringConstantExpressionAst]) {
                $keys += [pscustomobject]@{ Name = $left.Index.Value; Ast = $left.Index }
            } elseif ($left -is [System.Management.Automation.Language.MemberExpressionAst] -and
                $left.Expression -is [System.Management.Automation.Language.VariableExpressionAst] -and
                $left.Expression.VariablePath.UserPath -eq $name -and
                $left.Member -is [System.Management.Automation.Language.StringConstantExpressionAst]) {
                $keys += [pscustomobject]@{ Name = $left.Member.Value; Ast = $left.Member }
            }
        }
    }
    return $keys
}

function Test-ParameterNames {
    param([string] $Command, [hashtable] $Allowed, $Used, $Spec, [string] $How)
    $bound = @()
    foreach ($use in $Used) {
        $script:Counts.parameters++
        $resolved = Resolve-ParameterName $Allowed $use.Name
        if ($resolved -eq '') {
            Add-Finding $use.Ast 'parameter' "$Command -$($use.Name)$How`: no such parameter in Windows PowerShell 5.1"
        } elseif ($resolved.StartsWith('?')) {
            Add-Finding $use.Ast 'parameter' "$Command -$($use.Name)$How`: ambiguous in Windows PowerShell 5.1 ($($resolved.Substring(1)))"
        } else {
            $bound += $resolved
        }
    }
    if ($null -ne $Spec -and $Spec.ContainsKey('requires')) {
        foreach ($entry in $Spec.requires.GetEnumerator()) {
            if ($bound -contains $entry.Key) {
                foreach ($needed in @($entry.Value)) {
                    if ($bound -notcontains $needed) {
                        $at = @($Used | Where-Object { (Resolve-ParameterName $Allowed $_.Name) -eq $entry.Key })[0].Ast
                        Add-Finding $at 'parameter' "$Command -$($entry.Key) without -$needed$How`: refused by Windows PowerShell 5.1 ($($Spec.requiresNote))"
                    }
                }
            }
        }
    }
}

# The parameters a CommandAst passes by name, including constant keys of splatted hashtables.
function Get-UsedParameters {
    param($CommandAst)
    $used = @()
    foreach ($element in $CommandAst.CommandElements) {
        if ($element -is [System.Management.Automation.Language.CommandParameterAst]) {
            $used += [pscustomobject]@{ Name = $element.ParameterName; Ast = $element }
        } elseif ($element -is [System.Management.Automation.Language.VariableExpressionAst] -and $element.Splatted) {
            $used += Get-HashtableKeys $element $CommandAst
        }
    }
    return $used
}

function Get-FunctionSpec {
    param($Definition)
    $parameters = @{}
    $advanced = $false
    $paramAsts = @()
    if ($null -ne $Definition.Parameters) { $paramAsts += $Definition.Parameters }
    if ($null -ne $Definition.Body.ParamBlock) {
        $paramAsts += $Definition.Body.ParamBlock.Parameters
        foreach ($attribute in $Definition.Body.ParamBlock.Attributes) {
            if ($attribute.TypeName.Name -eq 'CmdletBinding') { $advanced = $true }
        }
    }
    $supportsShouldProcess = $false
    foreach ($parameter in $paramAsts) {
        $aliases = @()
        foreach ($attribute in $parameter.Attributes) {
            if ($attribute -is [System.Management.Automation.Language.AttributeAst]) {
                if ($attribute.TypeName.Name -eq 'Parameter') { $advanced = $true }
                if ($attribute.TypeName.Name -eq 'Alias') { $aliases += @($attribute.PositionalArguments | ForEach-Object { $_.SafeGetValue() }) }
            }
        }
        $parameters[$parameter.Name.VariablePath.UserPath] = $aliases
    }
    if ($null -ne $Definition.Body.ParamBlock) {
        foreach ($attribute in $Definition.Body.ParamBlock.Attributes) {
            foreach ($named in $attribute.NamedArguments) {
                if ($named.ArgumentName -eq 'SupportsShouldProcess') { $supportsShouldProcess = $true }
            }
        }
    }
    return [pscustomobject]@{ Spec = @{ parameters = $parameters; shouldProcess = $supportsShouldProcess }; Advanced = $advanced }
}

function Get-CommandArgument {
    param($CommandAst, [string] $Parameter, [int] $Position = -1)
    $elements = $CommandAst.CommandElements
    $positional = 0
    for ($i = 1; $i -lt $elements.Count; $i++) {
        $element = $elements[$i]
        if ($element -is [System.Management.Automation.Language.CommandParameterAst]) {
            $name = $element.ParameterName
            $isMatch = $Parameter.StartsWith($name, [StringComparison]::OrdinalIgnoreCase)
            $value = $element.Argument
            if ($null -eq $value -and $i + 1 -lt $elements.Count -and $elements[$i + 1] -isnot [System.Management.Automation.Language.CommandParameterAst]) {
                $i++
                $value = $elements[$i]
            }
            if ($isMatch) { return $value }
            continue
        }
        if ($positional -eq $Position) { return $element }
        $positional++
    }
    return $null
}

function Test-Commands {
    param($Ast, [hashtable] $Functions)
    foreach ($command in $Ast.FindAll({ $args[0] -is [System.Management.Automation.Language.CommandAst] }, $true)) {
        $name = $command.GetCommandName()
        if (-not $name) { continue } # & $scriptBlock / & (expression): nothing to look up
        $script:Counts.commands++
        if ($Functions.ContainsKey($name)) {
            $function = $Functions[$name]
            $allowed = Get-AllowedParameters $function.Spec $function.Advanced
            Test-ParameterNames $name $allowed (Get-UsedParameters $command) $function.Spec ''
            foreach ($indirect in @($Commands.indirect)) {
                if ($indirect.function -eq $name) { Test-IndirectCall $command $indirect }
            }
            continue
        }
        if ($CommandAliases.ContainsKey($name) -and $name -ne '$comment') {
            Add-Finding $command 'command' "$name is an alias of $($CommandAliases[$name]): use the command's name (several 5.1 aliases do not exist in PowerShell 7 on Linux, where the tests run the script)"
            continue
        }
        $target = $name
        if ($CommandTable.ContainsKey($target)) {
            $spec = $CommandTable[$target]
            Test-ParameterNames $target (Get-AllowedParameters $spec $true) (Get-UsedParameters $command) $spec ''
            if ($target -eq 'New-Object') { Test-NewObject $command }
            if ($target -eq 'Set-StrictMode') { Test-StrictModeCall $command }
            continue
        }
        if ($name -match '[\\/]' -or $name -match '\.exe$' -or $NativeCommands -contains $name) { continue }
        Add-Finding $command 'command' "$name`: not a Windows PowerShell 5.1 command on the allow-list (tests/tools/ps51/commands.json) nor a function of the checked scripts"
    }
}

# Invoke-S2SCmdlet -Name 'Get-SPFarm' -Parameters @{ ... }: the named cmdlet and the hashtable's keys.
function Test-IndirectCall {
    param($CommandAst, $Indirect)
    $nameAst = Get-CommandArgument $CommandAst $Indirect.nameParameter 0
    if ($nameAst -isnot [System.Management.Automation.Language.StringConstantExpressionAst]) { return }
    $target = $nameAst.Value
    if (-not $CommandTable.ContainsKey($target)) {
        Add-Finding $nameAst 'command' "$($Indirect.function) -$($Indirect.nameParameter) '$target': not a command on the allow-list (tests/tools/ps51/commands.json)"
        return
    }
    $spec = $CommandTable[$target]
    $parametersAst = Get-CommandArgument $CommandAst $Indirect.parametersParameter 1
    if ($null -eq $parametersAst) { return }
    if ($parametersAst -is [System.Management.Automation.Language.CommandExpressionAst]) { $parametersAst = $parametersAst.Expression }
    $used = Get-HashtableKeys $parametersAst $CommandAst
    Test-ParameterNames $target (Get-AllowedParameters $spec $true) $used $spec " (through $($Indirect.function))"
}

function Test-StrictModeCall {
    param($CommandAst)
    $off = $CommandAst.CommandElements | Where-Object { $_ -is [System.Management.Automation.Language.CommandParameterAst] -and 'Off'.StartsWith($_.ParameterName, [StringComparison]::OrdinalIgnoreCase) }
    if ($off) {
        Add-Finding $CommandAst 'strict' "Set-StrictMode -Off: the farm script runs under Set-StrictMode -Version 2.0 everywhere"
        return
    }
    $version = Get-StrictModeVersion $CommandAst
    if ($null -ne $version -and $version -ne '2.0') {
        Add-Finding $CommandAst 'strict' "Set-StrictMode -Version $version`: the farm script runs under -Version 2.0"
    }
}

function Get-StrictModeVersion {
    param($CommandAst)
    $value = Get-CommandArgument $CommandAst 'Version' 0
    if ($null -eq $value) { return $null }
    if ($value -is [System.Management.Automation.Language.ConstantExpressionAst]) {
        $raw = $value.Value
        if ($raw -is [double] -or $raw -is [int]) { return ([double]$raw).ToString('0.0##', [Globalization.CultureInfo]::InvariantCulture) }
        $text = [string]$raw
        $parsed = $null
        if ([version]::TryParse($text, [ref]$parsed)) { return "$($parsed.Major).$([Math]::Max($parsed.Minor, 0))" }
        if ($text -match '^\d+$') { return "$text.0" }
        return $text
    }
    return (Get-Snippet $value)
}

function Test-StrictModeRequired {
    param($Ast)
    foreach ($block in $Ast.BeginBlock, $Ast.ProcessBlock, $Ast.EndBlock) {
        if ($null -eq $block) { continue }
        foreach ($statement in $block.Statements) {
            if ($statement -isnot [System.Management.Automation.Language.PipelineAst] -or $statement.PipelineElements.Count -ne 1) { continue }
            $command = $statement.PipelineElements[0]
            if ($command -is [System.Management.Automation.Language.CommandAst] -and $command.GetCommandName() -eq 'Set-StrictMode' -and
                (Get-StrictModeVersion $command) -eq '2.0') { return }
        }
    }
    Add-Finding $null 'strict' 'no top-level Set-StrictMode -Version 2.0: the script must run under it everywhere, on the farm too (issue 11, point 5)' $Ast.Extent.File 1
}

# ------------------------------------------------------------------------------------------------
# .NET types and members

$script:TypeCache = @{}

# Resolves a type name as PowerShell 5.1 does: accelerators (5.1's list), the name, System.<name>,
# each `using namespace`; generic arity `n; arrays by element type. Returns the full name or $null.
function Resolve-TypeName {
    param($TypeName, [string[]] $Namespaces, [switch] $Attribute)
    if ($TypeName -is [System.Management.Automation.Language.ArrayTypeName]) {
        return Resolve-TypeName $TypeName.ElementType $Namespaces
    }
    if ($TypeName -is [System.Management.Automation.Language.GenericTypeName]) {
        foreach ($argument in $TypeName.GenericArguments) {
            if ($null -eq (Resolve-TypeName $argument $Namespaces)) { return $null }
        }
        return Resolve-SimpleTypeName ($TypeName.TypeName.Name + '`' + $TypeName.GenericArguments.Count) $Namespaces
    }
    $name = $TypeName.Name
    if ($Attribute) {
        $resolved = Resolve-SimpleTypeName ($name + 'Attribute') $Namespaces
        if ($null -ne $resolved) { return $resolved }
    }
    return Resolve-SimpleTypeName $name $Namespaces
}

function Resolve-SimpleTypeName {
    param([string] $Name, [string[]] $Namespaces)
    $key = $Name + '|' + ($Namespaces -join ';')
    if ($script:TypeCache.ContainsKey($key)) { return $script:TypeCache[$key] }
    $result = $null
    if ($Accelerators.ContainsKey($Name)) {
        $result = $Accelerators[$Name]
        if ($null -eq $Index.Find($result)) { $result = $null }
    } else {
        foreach ($candidate in @($Name, "System.$Name") + @($Namespaces | ForEach-Object { "$_.$Name" })) {
            if ($null -ne $Index.Find($candidate)) { $result = $Index.Find($candidate).FullName; break }
        }
    }
    $script:TypeCache[$key] = $result
    return $result
}

function Get-UsingNamespaces {
    param($Ast)
    $namespaces = @()
    foreach ($statement in $Ast.UsingStatements) {
        if ($statement.UsingStatementKind.ToString() -eq 'Namespace') { $namespaces += $statement.Name.Value }
    }
    return $namespaces
}

function Test-TypeLiteral {
    param($Node, $TypeName, [string[]] $Namespaces, [switch] $Attribute)
    $script:Counts.types++
    if ($TypeName.FullName -eq 'ordered' -and $Node.Parent -is [System.Management.Automation.Language.ConvertExpressionAst] -and
        $Node.Parent.Child -is [System.Management.Automation.Language.HashtableAst]) { return }
    $resolved = Resolve-TypeName $TypeName $Namespaces -Attribute:$Attribute
    if ($null -eq $resolved) {
        $why = 'not in the .NET Framework 4.8 reference assemblies, PowerShell 5.1''s System.Management.Automation nor sharepoint-types.json'
        if ($Accelerators.ContainsKey($TypeName.Name) -eq $false -and $TypeName.Name -notmatch '\.') { $why += ' (nor a Windows PowerShell 5.1 type accelerator)' }
        Add-Finding $Node 'type' "[$($TypeName.FullName)]: $why"
    }
}

function Test-NewObject {
    param($CommandAst)
    $typeAst = Get-CommandArgument $CommandAst 'TypeName' 0
    if ($typeAst -isnot [System.Management.Automation.Language.StringConstantExpressionAst]) { return }
    $text = $typeAst.Value
    $tokens = $null
    $errors = $null
    $parsed = [System.Management.Automation.Language.Parser]::ParseInput("[$text]", [ref]$tokens, [ref]$errors)
    $literal = $parsed.Find({ $args[0] -is [System.Management.Automation.Language.TypeExpressionAst] }, $true)
    if ($null -eq $literal) { return }
    $root = $CommandAst
    while ($null -ne $root.Parent) { $root = $root.Parent }
    $resolved = Resolve-TypeName $literal.TypeName (Get-UsingNamespaces $root)
    if ($null -eq $resolved) {
        Add-Finding $typeAst 'type' "New-Object $text`: not in the .NET Framework 4.8 reference assemblies, PowerShell 5.1's System.Management.Automation nor sharepoint-types.json"
    }
}

# The static type of an expression when the script states it: [T]$x, [T]::new(), ([T]$x).
function Get-StaticType {
    param($Expression, [string[]] $Namespaces)
    if ($Expression -is [System.Management.Automation.Language.ParenExpressionAst]) {
        $pipeline = $Expression.Pipeline
        if ($pipeline -is [System.Management.Automation.Language.PipelineAst] -and $pipeline.PipelineElements.Count -eq 1 -and
            $pipeline.PipelineElements[0] -is [System.Management.Automation.Language.CommandExpressionAst]) {
            return Get-StaticType $pipeline.PipelineElements[0].Expression $Namespaces
        }
        return $null
    }
    if ($Expression -is [System.Management.Automation.Language.ConvertExpressionAst]) {
        $name = $Expression.Type.TypeName
        if ($name -is [System.Management.Automation.Language.ArrayTypeName] -or $name.FullName -in 'pscustomobject', 'psobject', 'object', 'ordered', 'ref') { return $null }
        return Resolve-TypeName $name $Namespaces
    }
    return $null
}

function Test-Members {
    param($Ast)
    $namespaces = Get-UsingNamespaces $Ast
    foreach ($node in $Ast.FindAll({
                $args[0] -is [System.Management.Automation.Language.TypeExpressionAst] -or
                $args[0] -is [System.Management.Automation.Language.TypeConstraintAst] -or
                $args[0] -is [System.Management.Automation.Language.AttributeAst] -or
                $args[0] -is [System.Management.Automation.Language.MemberExpressionAst] }, $true)) {
        if ($node -is [System.Management.Automation.Language.AttributeAst]) {
            Test-TypeLiteral $node $node.TypeName $namespaces -Attribute
            continue
        }
        if ($node -is [System.Management.Automation.Language.TypeExpressionAst] -or $node -is [System.Management.Automation.Language.TypeConstraintAst]) {
            Test-TypeLiteral $node $node.TypeName $namespaces
            continue
        }
        # Member access
        if ($node.Member -isnot [System.Management.Automation.Language.StringConstantExpressionAst]) { continue }
        $member = $node.Member.Value
        if ($node.Static) {
            if ($node.Expression -isnot [System.Management.Automation.Language.TypeExpressionAst]) { continue }
            $script:Counts.statics++
            $typeName = Resolve-TypeName $node.Expression.TypeName $namespaces
            if ($null -eq $typeName) { continue } # already reported as a type
            if ($member -eq 'new') {
                if ($node.Expression.TypeName -is [System.Management.Automation.Language.ArrayTypeName]) { continue }
                $type = $Index.Find($typeName)
                if (-not $type.HasPublicConstructor) {
                    Add-Finding $node 'member' "[$($node.Expression.TypeName.FullName)]::new: $typeName has no public constructor in .NET Framework 4.8 / PowerShell 5.1"
                }
            } elseif (-not $Index.HasStatic($typeName, $member)) {
                Add-Finding $node 'member' "[$($node.Expression.TypeName.FullName)]::$member`: $typeName has no public static member $member in .NET Framework 4.8 / PowerShell 5.1"
            }
            continue
        }
        if ($node -isnot [System.Management.Automation.Language.InvokeMemberExpressionAst]) { continue }
        $script:Counts.methods++
        if ($member -in 'ForEach', 'Where') { continue } # PowerShell 4.0+ intrinsic methods (about_Arrays)
        $staticType = Get-StaticType $node.Expression $namespaces
        if ($null -ne $staticType) {
            if (-not $Index.HasInstance($staticType, $member)) {
                Add-Finding $node 'member' "$(Get-Snippet $node): $staticType has no public instance method $member in .NET Framework 4.8 / PowerShell 5.1"
            }
            continue
        }
        if (-not $Index.InstanceMethods.ContainsKey($member)) {
            $hint = ''
            $extension = Find-ExtensionMethod $member
            if ($extension) { $hint = " (only the extension method $extension, which PowerShell does not bind as an instance method: call it as a static method)" }
            Add-Finding $node 'member' ".$member(): no public type of .NET Framework 4.8, PowerShell 5.1 or sharepoint-types.json has an instance method $member$hint"
        }
    }
}

function Find-ExtensionMethod {
    param([string] $Name)
    foreach ($type in $Index.Types.Values) {
        if ($type.FullName -like '*Extensions' -and $type.Static.Contains($Name)) { return "[$($type.FullName)]::$Name" }
    }
    return ''
}

# ------------------------------------------------------------------------------------------------
# Running the checks

function Read-Script {
    param([string] $File)
    $tokens = $null
    $errors = $null
    $ast = [System.Management.Automation.Language.Parser]::ParseFile($File, [ref]$tokens, [ref]$errors)
    foreach ($parseError in $errors) {
        Add-Finding $null 'parse' $parseError.Message $File $parseError.Extent.StartLineNumber
    }
    return [pscustomobject]@{ File = $File; Ast = $ast; Tokens = $tokens }
}

function Invoke-Check {
    param([string[]] $Files, [string[]] $StrictFiles)
    $scripts = @($Files | ForEach-Object { Read-Script ([IO.Path]::GetFullPath($_)) })
    Write-Verbose "parsed $($Files.Count) file(s): $($stopwatch.Elapsed.TotalSeconds) s"
    # Functions of all checked files together: Bootstrap.ps1 calls what FarmHost.ps1 defines.
    $functions = @{}
    foreach ($script in $scripts) {
        foreach ($definition in $script.Ast.FindAll({ $args[0] -is [System.Management.Automation.Language.FunctionDefinitionAst] }, $true)) {
            $functions[$definition.Name] = Get-FunctionSpec $definition
        }
    }
    # Classes and enums of the checked scripts are types too.
    foreach ($script in $scripts) {
        foreach ($definition in $script.Ast.FindAll({ $args[0] -is [System.Management.Automation.Language.TypeDefinitionAst] }, $true)) {
            $type = $Index.AddType($definition.Name, [IO.Path]::GetFileName($script.File))
            $type.HasPublicConstructor = $true
            foreach ($member in $definition.Members) {
                $isStatic = $definition.IsEnum -or ($member.PSObject.Properties['IsStatic'] -and $member.IsStatic)
                if ($isStatic) { $null = $type.Static.Add($member.Name) } else { $null = $type.Instance.Add($member.Name) }
                if (-not $isStatic -and $member -is [System.Management.Automation.Language.FunctionMemberAst]) { $Index.AddInstanceMethod($member.Name, $definition.Name) }
            }
        }
    }
    $strict = @($StrictFiles | ForEach-Object { [IO.Path]::GetFullPath($_) })
    foreach ($script in $scripts) {
        Test-Syntax $script.Ast $script.Tokens
        Write-Verbose "syntax $([IO.Path]::GetFileName($script.File)): $($stopwatch.Elapsed.TotalSeconds) s"
        Test-Commands $script.Ast $functions
        Write-Verbose "commands $([IO.Path]::GetFileName($script.File)): $($stopwatch.Elapsed.TotalSeconds) s"
        Test-Members $script.Ast
        Write-Verbose "members $([IO.Path]::GetFileName($script.File)): $($stopwatch.Elapsed.TotalSeconds) s"
        if ($strict -contains $script.File) { Test-StrictModeRequired $script.Ast }
    }
}

$stopwatch = [Diagnostics.Stopwatch]::StartNew()
try {
    $Index = New-Index
    Write-Verbose "index of $($Index.AssemblyCount) assemblies, $($Index.Types.Count) types: $($stopwatch.Elapsed.TotalSeconds) s"
} catch {
    [Console]::Error.WriteLine($_.Exception.Message)
    exit 2
}
$failed = $false

if ($SelfTest) {
    $samples = @(Get-ChildItem -LiteralPath (Join-Path $DataDir 'bad-samples') -Filter '*.ps1' | Sort-Object Name)
    $passed = 0
    foreach ($sample in $samples) {
        $script:Findings.Clear()
        $text = Get-Content -LiteralPath $sample.FullName -Raw
        $expects = @([regex]::Matches($text, '(?m)^# expect: (\S+) (.+?)\s*$') | ForEach-Object { [pscustomobject]@{ Rule = $_.Groups[1].Value; Text = $_.Groups[2].Value; Seen = $false } })
        $strictFiles = @()
        if ($text -match '(?m)^# strict-mode-required\s*$') { $strictFiles = @($sample.FullName) }
        Invoke-Check @($sample.FullName) $strictFiles
        $problems = @()
        if ($expects.Count -eq 0) { $problems += 'has no "# expect: <rule> <text>" line' }
        foreach ($finding in $script:Findings) {
            $matched = $false
            foreach ($expect in $expects) {
                if ($finding.Rule -eq $expect.Rule -and $finding.Message.IndexOf($expect.Text, [StringComparison]::OrdinalIgnoreCase) -ge 0) {
                    $expect.Seen = $true
                    $matched = $true
                }
            }
            if (-not $matched) { $problems += "unexpected finding: $(Format-Finding $finding)" }
        }
        foreach ($expect in $expects) {
            if (-not $expect.Seen) { $problems += "not refused for: [$($expect.Rule)] $($expect.Text)" }
        }
        if ($problems.Count -eq 0) {
            $passed++
            Write-Host "ok      bad-samples/$($sample.Name): $((@($script:Findings | ForEach-Object { "[$($_.Rule)] $($_.Message)" })) -join ' | ')"
        } else {
            $failed = $true
            Write-Host "FAILED  bad-samples/$($sample.Name)"
            foreach ($problem in $problems) { Write-Host "        $problem" }
        }
    }
    Write-Host "self-test: $passed of $($samples.Count) bad samples refused with the expected reasons"
    if ($samples.Count -eq 0) { $failed = $true }
    # And 5.1 code that resembles the refused constructs passes without a finding.
    foreach ($sample in @(Get-ChildItem -LiteralPath (Join-Path $DataDir 'good-samples') -Filter '*.ps1' | Sort-Object Name)) {
        $script:Findings.Clear()
        Invoke-Check @($sample.FullName) @($sample.FullName)
        if ($script:Findings.Count -eq 0) {
            Write-Host "ok      good-samples/$($sample.Name): accepted"
        } else {
            $failed = $true
            Write-Host "FAILED  good-samples/$($sample.Name): Windows PowerShell 5.1 code refused"
            foreach ($finding in $script:Findings) { Write-Host "        $(Format-Finding $finding)" }
        }
    }
}

$script:Findings.Clear()
foreach ($key in @($script:Counts.Keys)) { $script:Counts[$key] = 0 }
Invoke-Check $Path $StrictModeRequired
foreach ($finding in ($script:Findings | Sort-Object File, Line)) { Write-Host (Format-Finding $finding) }
$names = ($Path | ForEach-Object { [IO.Path]::GetFileName($_) }) -join ', '
if ($script:Findings.Count -gt 0) {
    $failed = $true
    Write-Host "ps51-check: $($script:Findings.Count) construct(s) in $names that Windows PowerShell 5.1 / .NET Framework 4.8 does not have"
} else {
    Write-Host "ps51-check: $names use only Windows PowerShell 5.1 syntax, allow-listed commands and .NET Framework 4.8 types and members ($($script:Counts.commands) commands with $($script:Counts.parameters) named parameters, $($script:Counts.types) type literals, $($script:Counts.statics) static members, $($script:Counts.methods) method calls; $([int]$stopwatch.Elapsed.TotalSeconds) s)"
}
if ($failed) { exit 1 }
exit 0
