#requires -Version 7.0
# A script that requires PowerShell 7.
# expect: syntax #requires -Version 7.0
$null = 1
