# Get-Error (PowerShell 7.0).
# expect: command Get-Error
$last = Get-Error -Newest 1
