# Test-Json (PowerShell 6.1).
# expect: command Test-Json
$valid = Test-Json -Json "{}"
