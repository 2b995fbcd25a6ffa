# ConvertFrom-Json -AsHashtable (PowerShell 6.0).
# expect: parameter ConvertFrom-Json -AsHashtable
$request = ConvertFrom-Json -InputObject "{}" -AsHashtable
