# Compiles SharePointSimulator.cs into SharePointSimulator.dll once, at build time (an Add-Type per
# host start would cost seconds). Written to a temporary name first, then moved over the old DLL,
# so that a failed build never leaves a half-written assembly behind.
param(
    [Parameter(Mandatory = $true)] [string] $Source,
    [Parameter(Mandatory = $true)] [string] $Output
)
$ErrorActionPreference = 'Stop'
$directory = Split-Path -Parent $Output
$null = New-Item -ItemType Directory -Force -Path $directory
$temporary = Join-Path $directory ('.SharePointSimulator.' + [Guid]::NewGuid().ToString('N') + '.dll')
try {
    Add-Type -Path $Source -OutputAssembly $temporary -OutputType Library
    Move-Item -LiteralPath $temporary -Destination $Output -Force
} finally {
    if (Test-Path -LiteralPath $temporary) { Remove-Item -LiteralPath $temporary -Force }
}
