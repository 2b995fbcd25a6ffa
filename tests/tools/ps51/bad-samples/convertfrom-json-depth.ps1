# ConvertFrom-Json -Depth (PowerShell 6.2).
# expect: parameter ConvertFrom-Json -Depth
$request = ConvertFrom-Json -InputObject "{}" -Depth 5
