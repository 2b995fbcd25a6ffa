# ConvertTo-Json -EnumsAsStrings (PowerShell 6.2).
# expect: parameter ConvertTo-Json -EnumsAsStrings
$json = ConvertTo-Json -InputObject @{ a = 1 } -Depth 10 -Compress -EnumsAsStrings
