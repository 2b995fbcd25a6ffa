# $IsWindows exists only in PowerShell 6/7 (an error under Set-StrictMode in 5.1).
# expect: variable $IsWindows
if ($IsWindows) { $null = 1 }
