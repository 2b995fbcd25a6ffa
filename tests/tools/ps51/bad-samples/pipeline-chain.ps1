# Pipeline chain operators && and || (PowerShell 7.0).
# expect: syntax pipeline chain operator
$null = Get-Date && Start-Sleep -Seconds 1
