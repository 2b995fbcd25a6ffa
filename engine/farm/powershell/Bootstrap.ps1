# S2S Wizard farm host bootstrap. The engine passes this text with -EncodedCommand (not a script
# file, so a Group Policy execution policy does not block it; keep it small: the command line is
# limited to 32,767 characters). It reads the host script from stdin, framed as one line holding
# the script's length in UTF-8 bytes followed by exactly that many bytes, defines it, and runs the
# protocol loop. Only our own embedded script text is ever turned into a script block.
$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
$ConfirmPreference = 'None'
if ($ExecutionContext.SessionState.LanguageMode -ne 'FullLanguage') {
    # Constrained Language Mode (AppLocker or WDAC) blocks the .NET calls the host needs, so it
    # cannot run. Say why in the ready line, marked fatal (the wizard fails the calls with this
    # error instead of sending them), and end. Only what that mode allows: no .NET methods, the
    # line written as pipeline output. Not $input either: a command that names it has its stdin
    # taken by PowerShell, in every language mode.
    $s2sMode = [string]$ExecutionContext.SessionState.LanguageMode
    $s2sError = [ordered]@{
        type = 'S2S.LanguageMode'; category = 'SecurityError'; fqid = 'farm.language-mode'; inner = ''
        code = 'farm.language-mode'
        message = "PowerShell runs in $s2sMode mode here (an AppLocker or WDAC policy): the farm host needs FullLanguage."
        remedy = 'Allow Windows PowerShell to run in FullLanguage mode for this account on this server (an AppLocker or WDAC exception), or run the wizard where it does.'
    }
    ConvertTo-Json -InputObject ([ordered]@{ event = 'ready'; fatal = $true; host = [string]$PSVersionTable.PSVersion; languageMode = $s2sMode; loadError = $s2sError.message; loadRemedy = $s2sError.remedy; error = $s2sError }) -Depth 10 -Compress
    exit 5
}
$s2sUtf8 = New-Object System.Text.UTF8Encoding $false
try {
    # Fails when the process has no console at all; the explicit streams below do not need one.
    [Console]::InputEncoding = $s2sUtf8
    [Console]::OutputEncoding = $s2sUtf8
} catch {
    $null = $_
}
$s2sStdin = [Console]::OpenStandardInput()
$s2sHeader = New-Object System.Text.StringBuilder
while ($true) {
    $s2sByte = $s2sStdin.ReadByte()
    if ($s2sByte -lt 0) { exit 4 }
    if ($s2sByte -eq 10) { break }
    if ($s2sByte -ne 13) { $null = $s2sHeader.Append([char]$s2sByte) }
}
$s2sLength = [int]::Parse($s2sHeader.ToString().Trim(), [Globalization.CultureInfo]::InvariantCulture)
$s2sBytes = New-Object byte[] $s2sLength
$s2sRead = 0
while ($s2sRead -lt $s2sLength) {
    $s2sCount = $s2sStdin.Read($s2sBytes, $s2sRead, $s2sLength - $s2sRead)
    if ($s2sCount -le 0) { exit 4 }
    $s2sRead += $s2sCount
}
# From here on the protocol reads UTF-8 lines from the same stream and writes UTF-8 without BOM.
[Console]::SetIn((New-Object System.IO.StreamReader -ArgumentList $s2sStdin, $s2sUtf8, $false))
$s2sStdout = New-Object System.IO.StreamWriter -ArgumentList ([Console]::OpenStandardOutput()), $s2sUtf8
$s2sStdout.AutoFlush = $true
$s2sStdout.NewLine = "`n"
[Console]::SetOut($s2sStdout)
. ([ScriptBlock]::Create($s2sUtf8.GetString($s2sBytes)))
Start-S2SFarmHost
