# The -ProgressAction common parameter (PowerShell 7.4).
# expect: parameter Get-Date -ProgressAction
$now = Get-Date -ProgressAction SilentlyContinue
